"""Brief quality, for the summary's own brief and, side by side, the two floors it is chosen over.

Per brief: key-fact coverage (`brief_facts.key_facts`), numbers and names the article does not
give (`summarizer.brief`: the article's number values; spaCy's people, places and organisations
found in the brief, each word on word boundaries in the article), sentence count (2-4 is in
range), English (lingua) and ROUGE-L against a reference where the gold has one (FRANK).

The sides are: `final` (what the summary carries: the model's brief when it passed every check,
else the template), `template` (the grounded template built from the same summary's structured
fields, `summarizer.brief.template_brief`) and `lead` (the story's first two sentences). The
template and the lead are computed here from the prediction, so one model run shows all three.
"""

from __future__ import annotations

from typing import Any, Callable

from summarizer.brief import MAX_SENTENCES, MIN_SENTENCES, is_english, sentence_count, template_brief, unsupported_names
from summarizer.contract import ArticleSummary
from summarizer.evaluation.brief_facts import aggregate_key_facts, key_facts
from summarizer.evaluation.gold import GoldArticle
from summarizer.grounding import unsupported_numbers
from summarizer.rules import lead_brief

SIDES = ("final", "template", "lead")


def score_one(article: GoldArticle, text: str, brief: str | None, rouge: Callable[[str, str], float] | None) -> dict[str, Any]:
    brief = brief or ""
    count = sentence_count(brief) if brief.strip() else 0
    out: dict[str, Any] = {
        "text": brief,
        "facts": key_facts(article, brief),
        "unsupported_numbers": unsupported_numbers(brief, text) if brief else [],
        "unsupported_names": unsupported_names(brief, text) if brief else [],
        "sentences": count,
        "in_range": MIN_SENTENCES <= count <= MAX_SENTENCES,
        "english": is_english(brief) if brief.strip() else False,
    }
    if article.gold.brief is not None and rouge is not None:
        out["rougeL"] = rouge(brief, article.gold.brief) if brief else 0.0
    return out


def score_briefs(article: GoldArticle, text: str, summary: ArticleSummary | None, rouge: Callable[[str, str], float] | None = None) -> dict[str, Any]:
    """{side: scores} for a produced summary; {} for a failed article."""
    if summary is None:
        return {}
    briefs = {"final": summary.brief, "template": template_brief(summary, text), "lead": lead_brief(text)}
    scored: dict[str, Any] = {side: score_one(article, text, briefs[side], rouge) for side in SIDES}
    scored["source"] = summary.provenance.brief_source
    return scored


def _share(values: list[bool]) -> float | None:
    return sum(values) / len(values) if values else None


def aggregate_briefs(samples: list[dict[str, Any]]) -> dict[str, Any]:
    """Per side: coverage, per-fact shares, unsupported name and number rates, share with 2-4
    sentences, share in English, ROUGE-L; and how often each source gave the final brief."""
    scored = [s["briefs"] for s in samples if s.get("briefs")]
    out: dict[str, Any] = {"n": len(scored), "sources": {}}
    for item in scored:
        out["sources"][str(item.get("source"))] = out["sources"].get(str(item.get("source")), 0) + 1
    for side in SIDES:
        items = [b[side] for b in scored]
        facts = aggregate_key_facts([b["facts"] for b in items])
        rouges = [b["rougeL"] for b in items if "rougeL" in b]
        out[side] = {
            "key_fact_coverage": facts["coverage"],
            "key_fact_n": facts["n"],
            "per_fact": facts["per_fact"],
            "unsupported_names_rate": _share([bool(b["unsupported_names"]) for b in items]),
            "unsupported_numbers_rate": _share([bool(b["unsupported_numbers"]) for b in items]),
            "sentences_in_range": _share([b["in_range"] for b in items]),
            "english": _share([b["english"] for b in items]),
            "rougeL": sum(rouges) / len(rouges) if rouges else None,
            "rougeL_n": len(rouges),
        }
    return out


__all__ = ["SIDES", "aggregate_briefs", "score_briefs", "score_one"]
