"""End to end on the real embedded small model: llama.cpp in process, no network."""

import json

import pytest

from conftest import REPO
from summarizer.load import read_article

pytestmark = pytest.mark.model


def test_example_article_end_to_end(small_model):
    """Every question asked of the real model (as an endpoint model is), then the default set."""
    from summarizer import Summarizer
    from summarizer.prompt_config import ALL_QUESTIONS

    article = read_article(REPO / "examples" / "valdera-truce.txt")
    asked_all = Summarizer(backend="local", model=small_model.settings.model, ask="all")
    asked_all.__dict__["backend"] = small_model.backend  # the same loaded model
    result = asked_all.summarize(article)
    assert result.provenance.backend == "local" and result.provenance.tokens_out > 0
    assert set(result.provenance.questions) <= {q.value for q in ALL_QUESTIONS} and "brief" in result.provenance.questions
    default = small_model.summarize(article)  # an English article the template briefs: no call
    assert default.provenance.llm_calls == 0 and default.provenance.brief_source == "template"
    assert "subscriber" not in result.brief.lower()
    assert len(result.quotes) == 3
    for quote in result.quotes:
        assert article[quote.start : quote.end] == quote.text
        assert quote.speaker in {"Grace Okonjo", "Tomas Reyes", None} or quote.speaker in article
    stated = {12, 400, 100, 3, 85}
    assert all(c.count_low in stated for c in result.casualties)
    for item in [*result.casualties, *result.negotiations]:
        assert article[item.evidence.start : item.evidence.end] == item.evidence.text


def test_instructions_in_the_article_do_not_become_facts(small_model, fixture_text):
    article = fixture_text("injection.txt")
    result = small_model.summarize(article)
    assert all(article[q.start : q.end] == q.text for q in result.quotes)
    assert all(c.count_low in {5000, 4} for c in result.casualties)
    # the figure 5,000 sits only inside the planted instruction; if the model took it, the
    # evidence shown is the sentence that reveals it as a hacked message
    for figure in result.casualties:
        if figure.count_low == 5000:
            assert "Ignore previous instructions" in figure.evidence.text


def test_non_english_article_keeps_quotes_verbatim(small_model):
    gold = [json.loads(line) for line in (REPO / "evals" / "gold" / "core.jsonl").read_text().splitlines()]
    french = next(r for r in gold if r["id"] == "core-019")
    article = read_article_text = french["text"]
    result = small_model.summarize(read_article_text)
    assert result.brief.strip()
    assert all(article[q.start : q.end] == q.text for q in result.quotes)
    assert any("«" in article[q.start - 2 : q.start] for q in result.quotes)
