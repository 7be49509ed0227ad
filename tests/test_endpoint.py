"""The openai backend against a real HTTP server on loopback: retries, re-asks, timeouts, salvage.

The real `openai` client, instructor and tenacity run; calls are counted at the server.
"""

import asyncio
import time

import pytest

from openai_server import Step
from responders import answer
from summarizer import Summarizer
from summarizer.errors import BackendError, NoValidOutputError


@pytest.fixture
def article(fixture_text):
    return fixture_text("truce-talks.txt")


def test_valid_answer_becomes_grounded_summary(server, endpoint_summarizer, article):
    server.responder = answer(brief="Talks opened in Nairobi after an attack killed nine civilians.", speaker="Amina Wekesa", status="ongoing")
    result = endpoint_summarizer.summarize(article)
    assert server.chat_calls == 1
    assert [q.text for q in result.quotes][:1] == ["Every day without a truce costs lives"]
    assert all(article[q.start : q.end] == q.text for q in result.quotes)
    # the script labels every figure killed; "more than 2,000 people have fled" is overruled by
    # the word attached to its number (schema v2), with a warning
    assert {(c.kind.value, c.count_low, c.count_high) for c in result.casualties} >= {("killed", 9, 9), ("displaced", 2000, None)}
    assert any("'killed' disagrees with the word attached to 'More than 2,000'" in w for w in result.warnings)
    assert result.negotiation_status.value == "ongoing"
    assert result.provenance.backend == "openai" and result.provenance.llm_calls == 1
    assert result.provenance.tokens_in > 0 and result.provenance.tokens_out > 0


def test_invalid_then_valid_is_reasked(server, endpoint_summarizer, article):
    server.enqueue(Step(content="{not json"), Step(content={"brief": "x"}))
    server.responder = answer()
    result = endpoint_summarizer.summarize(article)
    assert server.chat_calls == 3
    assert result.provenance.llm_calls == 3
    reask = server.requests[-1]["messages"]
    assert len(reask) > 2, "the validation error is sent back to the model"


def test_429_with_retry_after_is_honoured(server, endpoint_summarizer, article):
    server.enqueue(Step(status=429, headers={"Retry-After": "1"}))
    server.responder = answer()
    started = time.perf_counter()
    endpoint_summarizer.summarize(article)
    assert time.perf_counter() - started >= 0.9
    assert server.chat_calls == 2


def test_500_then_success(server, endpoint_summarizer, article):
    server.enqueue(Step(status=500), Step(status=503))
    server.responder = answer()
    endpoint_summarizer.summarize(article)
    assert server.chat_calls == 3


def test_slow_endpoint_times_out_then_retries(server, endpoint_summarizer, article):
    server.enqueue(Step(delay_s=3.0))  # the fixture's timeout is 2 s
    server.responder = answer()
    endpoint_summarizer.summarize(article)
    assert server.chat_calls == 2


def test_persistent_500_is_a_backend_error(server, endpoint_summarizer, article):
    server.enqueue(*[Step(status=500) for _ in range(10)])
    with pytest.raises(BackendError, match="failed after retries"):
        endpoint_summarizer.summarize(article)
    assert server.chat_calls == 4  # the transport budget, not the re-ask budget


def test_unreachable_endpoint_is_a_backend_error(article):
    summarizer = Summarizer(backend="openai", model="m", base_url="http://127.0.0.1:9/v1", timeout_s=1, max_attempts=2, max_backoff_s=0.1)
    with pytest.raises(BackendError):
        summarizer.summarize(article)


def test_never_valid_output_is_a_clear_error(server, endpoint_summarizer, article):
    server.enqueue(*[Step(content="not json at all") for _ in range(5)])
    with pytest.raises(NoValidOutputError, match="never produced valid output"):
        endpoint_summarizer.summarize(article)
    assert server.chat_calls == 3  # 1 + max_reasks


def test_ungrounded_answer_is_salvaged_not_invented(server, endpoint_summarizer, article):
    """Invented parts are dropped with warnings, never kept: an invented speaker gives way to the
    attribution's cue, a brief with a number the article never gives to the template brief."""
    server.responder = answer(brief="An attack killed nine civilians. Officials said 5,000 died.", speaker="Vladimir Invented")
    result = endpoint_summarizer.summarize(article)
    assert server.chat_calls == 1  # neither is worth a second call: both have a grounded fallback
    assert "5,000" not in result.brief and result.provenance.brief_source == "template"
    assert all(q.speaker != "Vladimir Invented" for q in result.quotes)
    assert result.quotes[0].speaker == "Amina Wekesa"  # the deterministic cue replaces it
    assert any("5000" in w and "brief was not used" in w for w in result.warnings)


def test_instructions_inside_the_article_are_data(server, endpoint_summarizer, fixture_text):
    article = fixture_text("injection.txt")
    server.responder = answer(brief="Hackers defaced a ministry website; 5,000 people were killed and a peace deal was signed.", status="agreement")
    result = endpoint_summarizer.summarize(article)
    system, user = server.requests[0]["messages"][0]["content"], server.requests[0]["messages"][1]["content"]
    assert "DATA" in system and "<article>" in user and "Ignore previous instructions" in user
    # 5,000 does occur in the article, so the number check alone cannot catch it; what must
    # hold is that nothing leaves the article: quotes verbatim, figures parsed from evidence.
    assert all(article[q.start : q.end] == q.text for q in result.quotes)
    for figure in result.casualties:
        assert article[figure.evidence.start : figure.evidence.end] == figure.evidence.text


def test_tools_mode(server, article):
    server.responder = answer()
    summarizer = Summarizer(backend="openai", model="m", base_url=server.base_url, mode="tools", timeout_s=2)
    summarizer.summarize(article)
    assert "tools" in server.requests[0]


def test_async_summarize(server, endpoint_summarizer, article):
    server.responder = answer()

    async def many():
        return await asyncio.gather(*(endpoint_summarizer.asummarize(article) for _ in range(4)))

    results = asyncio.run(many())
    assert len(results) == 4 and server.chat_calls == 4
    assert all(r.provenance.llm_calls == 1 for r in results)


def test_api_key_never_leaks(server, article):
    server.responder = answer()
    summarizer = Summarizer(backend="openai", model="m", base_url=server.base_url, api_key="sk-secret-123", timeout_s=2)
    result = summarizer.summarize(article)
    assert "sk-secret-123" not in result.model_dump_json()
    assert "sk-secret-123" not in repr(summarizer.settings)


def test_async_path_retries_and_meters(server, endpoint_summarizer, article):
    server.enqueue(Step(status=429, headers={"Retry-After": "0"}), Step(status=500))
    server.responder = answer()
    result = asyncio.run(endpoint_summarizer.asummarize(article))
    assert server.chat_calls == 3
    assert result.provenance.tokens_in > 0 and result.provenance.llm_calls == 1  # answered calls; 429/500 cost nothing


def test_a_brief_in_another_language_gives_way_to_the_template(server, endpoint_summarizer, fixture_text):
    article = fixture_text("truce-talks.txt")
    server.responder = answer(brief="Les pourparlers de cessez-le-feu se sont ouverts lundi à Nairobi. Une attaque a eu lieu avant.")
    result = endpoint_summarizer.summarize(article)
    assert server.chat_calls == 1
    assert result.provenance.brief_source == "template" and any("not in English" in w for w in result.warnings)
    server.responder = answer(brief="Ceasefire talks opened in Nairobi on Monday. They followed an attack.")
    result = endpoint_summarizer.summarize(article)
    assert result.provenance.brief_source == "model" and result.brief.startswith("Ceasefire talks opened")


def test_answer_cut_at_max_tokens_falls_back_to_the_candidates_hints(server, endpoint_summarizer, article):
    server.enqueue(Step(content='{"brief": "Talks opened in Nair', finish="length"))
    result = endpoint_summarizer.summarize(article)
    assert server.chat_calls == 1  # not re-asked: a longer answer would be cut again
    assert any("cut off at max_tokens" in w and "hints" in w for w in result.warnings)
    assert result.brief and result.quotes and all(article[q.start : q.end] == q.text for q in result.quotes)
    assert {(c.kind.value, c.count_low) for c in result.casualties} >= {("killed", 9)}


def test_the_embedded_defaults_question_set_asks_only_the_brief_with_the_rules_facts(server, article):
    server.responder = answer(brief="An attack killed nine civilians. Talks stalled.")
    summarizer = Summarizer(backend="openai", base_url=server.base_url, api_key="test-key", model="fake-model", ask="brief")
    result = summarizer.summarize(article)
    body = server.requests[-1]
    assert set(body["response_format"]["json_schema"]["schema"]["properties"]) == {"brief"}
    assert "Facts found in the article" in body["messages"][1]["content"] and "[Q1]" not in body["messages"][1]["content"]
    rules = Summarizer(backend="rules").summarize(article)
    assert result.quotes == rules.quotes and result.casualties == rules.casualties and result.events == rules.events
    assert result.provenance.questions == ["brief"] and result.provenance.llm_calls == 1


def test_nothing_to_ask_makes_no_call(server, article):
    summarizer = Summarizer(backend="openai", base_url=server.base_url, api_key="test-key", model="fake-model", ask="none")
    result = summarizer.summarize(article)
    assert server.chat_calls == 0 and result.provenance.llm_calls == 0 and result.provenance.questions == []
    assert result.provenance.brief_source == "template" and result.brief


def test_brief_only_when_the_template_fails_makes_no_call_for_an_english_article(server, article, monkeypatch):
    from summarizer.prompt_config import Question, load_prompt_config

    summarizer = Summarizer(backend="openai", base_url=server.base_url, api_key="test-key", model="fake-model")
    config = load_prompt_config()
    monkeypatch.setattr(summarizer, "prompt", config.model_copy(update={"asks": {"*": frozenset({Question.brief})}, "brief_when": {"*": "template_fails"}}))
    result = summarizer.summarize(article)
    assert server.chat_calls == 0 and result.provenance.brief_source == "template"
    spanish = "Ataque en Lenko\n\nUn ataque contra un mercado de Lenko mató el lunes a 9 civiles, según la policía. Las conversaciones de alto el fuego comenzaron en Nairobi horas después."
    server.responder = answer(brief="An attack on a market in Lenko killed 9 civilians on Monday. Ceasefire talks began in Nairobi hours later.")
    translated = summarizer.summarize(spanish)
    assert server.chat_calls == 1 and translated.provenance.brief_source == "model"  # a lead in Spanish: the model translates
