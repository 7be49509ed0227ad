"""The contract's validators check every claim against the article in the validation context."""

import pytest
from pydantic import ValidationError

from summarizer.contract import ArticleSummary

ARTICLE = "Shelling killed about 400 people in Aleppo, activists said. “We are not making much progress,” Brahimi said."


def summary(**overrides):
    quote_start = ARTICLE.index("We are")
    data = {
        "brief": "Shelling killed about 400 people in Aleppo.",
        "quotes": [{"text": "We are not making much progress", "speaker": "Brahimi", "start": quote_start, "end": quote_start + 31}],
        "casualties": [{
            "kind": "killed", "group": "civilians", "count_low": 400, "count_high": 400, "approximate": True,
            "evidence": {"text": ARTICLE[:59], "start": 0, "end": 59},
        }],
        "negotiation_status": "none",
        "provenance": {"model": "m", "backend": "openai", "prompt_version": "p", "article_sha256": "x"},
    }
    data.update(overrides)
    return data


def test_grounded_summary_validates_with_article():
    ArticleSummary.model_validate(summary(), context={"article": ARTICLE})


def test_quote_not_at_its_offsets_is_rejected():
    bad = summary(quotes=[{"text": "We will win", "speaker": "Brahimi", "start": 0, "end": 11}])
    with pytest.raises(ValidationError, match="does not occur in the article"):
        ArticleSummary.model_validate(bad, context={"article": ARTICLE})


def test_count_not_stated_by_evidence_is_rejected():
    data = summary()
    data["casualties"][0]["count_low"] = 5000
    data["casualties"][0]["count_high"] = None
    with pytest.raises(ValidationError, match="not stated by its evidence"):
        ArticleSummary.model_validate(data, context={"article": ARTICLE})


def test_brief_number_absent_from_article_is_rejected():
    with pytest.raises(ValidationError, match=r"numbers the article does not: \[5000\]"):
        ArticleSummary.model_validate(summary(brief="Shelling killed 5000 people."), context={"article": ARTICLE})


def test_without_article_only_shapes_are_checked():
    ArticleSummary.model_validate(summary(brief="Shelling killed 5000 people."))


def test_unknown_fields_are_forbidden():
    with pytest.raises(ValidationError, match="Extra inputs"):
        ArticleSummary.model_validate(summary(mood="grim"))
