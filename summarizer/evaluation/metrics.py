"""Score one article (`score_sample`) and aggregate many (`aggregate`) into the report metrics.

A sample is a plain JSON-ready dict: it goes into report.json as it is and the report templates
read it, so what a reader sees in the HTML is exactly what the numbers were computed from.

Conventions (evals/README.md has the full definitions):
- quote and casualty P/R/F1 are micro-averaged: TP/FP/FN summed over the labelled articles;
- a zero denominator gives 1.0 only when there was nothing to find and nothing was predicted,
  else 0.0;
- a failed article (no summary) counts against every field it is labelled for: its gold items
  are missed, its status is wrong, its ROUGE-L is 0. Brief length and unsupported-number
  statistics describe produced briefs only.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from functools import lru_cache
from typing import Any, Iterable

from summarizer.contract import ArticleSummary
from summarizer.errors import SummarizerError
from summarizer.evaluation.gold import GoldArticle, Prediction
from summarizer.render import event_line
from summarizer.evaluation.brief_metrics import aggregate_briefs, score_briefs
from summarizer.evaluation.events_metrics import aggregate_events, score_attribution, score_events
from summarizer.evaluation.locate import locate
from summarizer.evaluation.matching import (
    is_name,
    killed_total_correct,
    match_casualties,
    match_quotes,
    predicted_killed_total,
    speaker_matches,
)
from summarizer.evaluation.normalize import normalize_text
from summarizer.grounding import unsupported_numbers
from summarizer.load import clean_text

ERROR_LABEL = "(error)"
STATUS_LABELS = ["none", "proposed", "ongoing", "stalled", "agreement", "implementing", "collapsed"]


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall, F1 with the suite's zero-denominator rule (see module docstring)."""
    empty = 1.0 if tp + fp + fn == 0 else 0.0
    precision = tp / (tp + fp) if tp + fp else empty
    recall = tp / (tp + fn) if tp + fn else empty
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


@lru_cache(maxsize=1)
def _rouge() -> Any:
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise SummarizerError("ROUGE-L needs the rouge-score package: pip install 'summarizer[eval]'") from None
    return rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)


def rouge_l(prediction: str, reference: str) -> float:
    """ROUGE-L F-measure (rouge-score, Porter stemming, its default tokenizer)."""
    return float(_rouge().score(reference, prediction)["rougeL"].fmeasure)


def _sentences(text: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s])


def _article_text(article: GoldArticle) -> str:
    """The text the summarizer saw: offsets in predictions index it."""
    try:
        return clean_text(article.text, article.id)
    except SummarizerError:
        return article.text


def _in_article(text: str, normalised_article: str) -> bool:
    needle = normalize_text(text)
    return bool(needle) and needle in normalised_article


def score_sample(article: GoldArticle, prediction: Prediction | None) -> dict[str, Any]:
    """Everything the report needs about one article: per-field outcomes and the matched items."""
    text = _article_text(article)
    gold = article.gold
    summary: ArticleSummary | None = prediction.summary if prediction and prediction.status == "ok" else None
    error = None if summary else (prediction.error if prediction else "no prediction for this article")
    normalised_article = normalize_text(text)

    sample: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "date": article.date,
        "status": "ok" if summary else "error",
        "error": error,
        "labelled": article.labelled,
        "article": text,
    }
    sample["quotes"] = _score_quotes(text, normalised_article, gold.quotes, summary)
    sample["casualties"] = _score_casualties(gold.casualties, gold.casualty_totals.killed if gold.casualty_totals else None, summary)
    sample["negotiation_status"] = _score_status(gold.negotiation_status.value if gold.negotiation_status else None, summary)
    sample["negotiations"] = [
        {"process": n.process, "status": n.status.value, "start": n.evidence.start, "end": n.evidence.end, "text": n.evidence.text}
        for n in (summary.negotiations if summary else [])
    ]
    sample["brief"] = _score_brief(text, gold.brief, summary)
    sample["briefs"] = score_briefs(article, text, summary, rouge_l if gold.brief is not None else None)
    sample["events"] = score_events(article, summary)
    sample["event_lines"] = [event_line(i, e) for i, e in enumerate(summary.events, 1)] if summary else []
    sample["attribution"] = score_attribution(article, summary)
    provenance = summary.provenance if summary else None
    seconds = prediction.seconds if prediction and prediction.seconds is not None else (provenance.latency_s if provenance else None)
    sample["cost"] = {
        "tokens_in": provenance.tokens_in if provenance else 0,
        "tokens_out": provenance.tokens_out if provenance else 0,
        "llm_calls": provenance.llm_calls if provenance else 0,
        "seconds": seconds,
        "model": provenance.model if provenance else None,
        "prompt_version": provenance.prompt_version if provenance else None,
    }
    sample["warnings"] = list(summary.warnings) if summary else []
    sample["failures"] = _failures(sample)
    return sample


def _score_quotes(text: str, normalised_article: str, gold: list[Any] | None, summary: ArticleSummary | None) -> dict[str, Any]:
    predicted = summary.quotes if summary else []
    pred_items = []
    for q in predicted:
        start, end = (q.start, q.end) if text[q.start : q.end] == q.text else (locate(text, q.text) or (None, None))
        pred_items.append({"text": q.text, "speaker": q.speaker, "start": start, "end": end, "invented": not _in_article(q.text, normalised_article)})
    result: dict[str, Any] = {"labelled": gold is not None, "pred": pred_items, "invented": sum(p["invented"] for p in pred_items)}
    if gold is None:
        return result
    gold_items = []
    for g in gold:
        where = locate(text, g.text, near=g.start)
        gold_items.append({"text": g.text, "speaker": g.speaker, "start": where[0] if where else None, "end": where[1] if where else None, "speaker_is_name": is_name(g.speaker)})
    matching = match_quotes([p["text"] for p in pred_items], [g["text"] for g in gold_items])
    pairs = []
    for pair in matching.pairs:
        g, p = gold_items[pair.gold], pred_items[pair.pred]
        scored = g["speaker_is_name"]
        pairs.append({
            "gold": pair.gold, "pred": pair.pred, "similarity": round(pair.score, 4),
            "speaker_scored": scored, "speaker_correct": speaker_matches(p["speaker"], g["speaker"]) if scored else None,
        })
    result.update(gold=gold_items, pairs=pairs, missed=matching.missed, extra=matching.extra, tp=matching.tp, fp=matching.fp, fn=matching.fn)
    result.update(prf(matching.tp, matching.fp, matching.fn))
    return result


def _casualty_json(c: Any) -> dict[str, Any]:
    return {
        "kind": c.kind.value, "group": c.group.value, "count_low": c.count_low, "count_high": c.count_high,
        "approximate": c.approximate, "start": c.evidence.start, "end": c.evidence.end, "evidence": c.evidence.text,
        "reported_by": c.reported_by.text if c.reported_by else None, "period": c.period.text if c.period else None,
        "cumulative": c.cumulative, "event": c.event,
    }


def _score_casualties(gold: list[Any] | None, gold_killed: int | None, summary: ArticleSummary | None) -> dict[str, Any]:
    predicted = summary.casualties if summary else []
    result: dict[str, Any] = {"labelled": gold is not None, "pred": [_casualty_json(c) for c in predicted]}
    if gold is not None:
        matching = match_casualties(predicted, gold)
        result.update(
            gold=[{"kind": g.kind.value, "group": g.group.value, "count": g.count, "count_is_minimum": g.count_is_minimum} for g in gold],
            pairs=[{"gold": p.gold, "pred": p.pred} for p in matching.pairs],
            missed=matching.missed, extra=matching.extra, tp=matching.tp, fp=matching.fp, fn=matching.fn,
        )
        result.update(prf(matching.tp, matching.fp, matching.fn))
    if gold_killed is not None:
        figure = predicted_killed_total(predicted) if summary else None
        result["killed_total"] = {
            "gold": gold_killed,
            "pred_low": figure.count_low if figure else (0 if summary else None),
            "pred_high": figure.count_high if figure else (0 if summary else None),
            "correct": bool(summary) and killed_total_correct(figure, gold_killed),
        }
    return result


def _score_status(gold: str | None, summary: ArticleSummary | None) -> dict[str, Any]:
    pred = summary.negotiation_status.value if summary else ERROR_LABEL
    return {"labelled": gold is not None, "gold": gold, "pred": pred, "correct": (gold == pred) if gold is not None else None}


def _score_brief(text: str, reference: str | None, summary: ArticleSummary | None) -> dict[str, Any]:
    brief = summary.brief if summary else None
    result: dict[str, Any] = {"labelled": reference is not None, "text": brief, "reference": reference}
    if reference is not None:
        result["rougeL"] = rouge_l(brief, reference) if brief else 0.0
    if brief is not None:
        result.update(unsupported_numbers=unsupported_numbers(brief, text), words=len(brief.split()), sentences=_sentences(brief), chars=len(brief))
    return result


def _failures(sample: dict[str, Any]) -> list[str]:
    """Fields this article got wrong, for the report's "failures" filter and worst-samples lists."""
    failed = []
    if sample["status"] == "error":
        failed.append("error")
    q, c, s, b = sample["quotes"], sample["casualties"], sample["negotiation_status"], sample["brief"]
    if q["labelled"] and (q["fp"] or q["fn"] or any(p["speaker_correct"] is False for p in q["pairs"])):
        failed.append("quotes")
    if q["invented"]:
        failed.append("invented")
    if c["labelled"] and (c["fp"] or c["fn"]):
        failed.append("casualties")
    if "killed_total" in c and not c["killed_total"]["correct"]:
        failed.append("killed_total")
    if s["labelled"] and not s["correct"]:
        failed.append("negotiation_status")
    if b.get("unsupported_numbers"):
        failed.append("brief_numbers")
    return failed


# -- aggregation ----------------------------------------------------------------------------


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _stats(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"mean": None, "median": None, "min": None, "max": None}
    return {"mean": statistics.fmean(values), "median": float(statistics.median(values)), "min": float(min(values)), "max": float(max(values))}


def _prf_block(samples: list[dict[str, Any]], key: str) -> dict[str, Any]:
    labelled = [s[key] for s in samples if s[key]["labelled"]]
    tp, fp, fn = (sum(x[k] for x in labelled) for k in ("tp", "fp", "fn"))
    block: dict[str, Any] = {"n_labeled": len(labelled), "tp": tp, "fp": fp, "fn": fn}
    if labelled:
        block.update(prf(tp, fp, fn))
    else:
        block.update(precision=None, recall=None, f1=None)
    return block


def status_metrics(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Accuracy, macro-F1 over the labels seen in gold or predictions, and the confusion matrix.

    A failed article's prediction is ERROR_LABEL: it is wrong and lowers its gold class's recall,
    but is not a class of its own in macro-F1.
    """
    pairs = list(pairs)
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for gold, pred in pairs:
        confusion[gold][pred] += 1
    block: dict[str, Any] = {"n_labeled": len(pairs), "accuracy": None, "macro_f1": None, "per_class": {}, "confusion": {g: dict(p) for g, p in confusion.items()}}
    if not pairs:
        return block
    block["accuracy"] = sum(g == p for g, p in pairs) / len(pairs)
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs if p != ERROR_LABEL}, key=lambda x: STATUS_LABELS.index(x) if x in STATUS_LABELS else 99)
    f1s = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in pairs)
        fp = sum(g != label and p == label for g, p in pairs)
        fn = sum(g == label and p != label for g, p in pairs)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        block["per_class"][label] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
        f1s.append(f1)
    block["macro_f1"] = statistics.fmean(f1s)
    block["labels"] = labels
    return block


def aggregate(samples: list[dict[str, Any]], price_in: float | None = None, price_out: float | None = None) -> dict[str, Any]:
    """Report metrics from scored samples. Prices are money per 1M tokens (in, out)."""
    ok = [s for s in samples if s["status"] == "ok"]

    quotes = _prf_block(samples, "quotes")
    scored = [p for s in samples if s["quotes"]["labelled"] for p in s["quotes"]["pairs"] if p["speaker_scored"]]
    quotes["speaker_n"] = len(scored)
    quotes["speaker_accuracy"] = sum(p["speaker_correct"] for p in scored) / len(scored) if scored else None
    quotes["n_predicted"] = sum(len(s["quotes"]["pred"]) for s in ok)

    casualties = _prf_block(samples, "casualties")
    totals = [s["casualties"]["killed_total"] for s in samples if "killed_total" in s["casualties"]]
    casualties["killed_total_n"] = len(totals)
    casualties["killed_total_accuracy"] = sum(t["correct"] for t in totals) / len(totals) if totals else None

    status = status_metrics((s["negotiation_status"]["gold"], s["negotiation_status"]["pred"]) for s in samples if s["negotiation_status"]["labelled"])

    briefs = [s["brief"] for s in ok]
    references = [s["brief"] for s in samples if s["brief"]["labelled"]]
    brief = {
        "n_labeled": len(references),
        "rougeL": _mean([b["rougeL"] for b in references]),
        "n_briefs": len(briefs),
        "unsupported_numbers_rate": _mean([1.0 if b["unsupported_numbers"] else 0.0 for b in briefs]),
        "words": _stats([b["words"] for b in briefs]),
        "sentences": _stats([b["sentences"] for b in briefs]),
        "empty": sum(1 for b in briefs if not (b["text"] or "").strip()),
    }

    invented = {"quotes": sum(s["quotes"]["invented"] for s in ok), "n_predicted_quotes": quotes["n_predicted"]}

    tokens_in = sum(s["cost"]["tokens_in"] for s in ok)
    tokens_out = sum(s["cost"]["tokens_out"] for s in ok)
    seconds = [s["cost"]["seconds"] for s in samples if s["cost"]["seconds"] is not None]
    cost: dict[str, Any] = {
        "tokens_in": tokens_in,
        "tokens_out": tokens_out,
        "tokens_in_per_article": tokens_in / len(ok) if ok else None,
        "tokens_out_per_article": tokens_out / len(ok) if ok else None,
        "llm_calls": sum(s["cost"]["llm_calls"] for s in ok),
        "seconds_total": sum(seconds),
        "seconds_per_article": _mean(seconds),
        "seconds_per_article_median": float(statistics.median(seconds)) if seconds else None,
        "price_in_per_1m": price_in,
        "price_out_per_1m": price_out,
        "money": None,
        "models": sorted({s["cost"]["model"] for s in ok if s["cost"]["model"]}),
        "prompt_versions": sorted({s["cost"]["prompt_version"] for s in ok if s["cost"]["prompt_version"]}),
    }
    if price_in is not None or price_out is not None:
        cost["money"] = tokens_in / 1e6 * (price_in or 0.0) + tokens_out / 1e6 * (price_out or 0.0)
        cost["money_per_article"] = cost["money"] / len(ok) if ok else None

    return {
        "samples": {"n": len(samples), "ok": len(ok), "errors": len(samples) - len(ok), "with_failures": sum(1 for s in samples if s["failures"])},
        "quotes": quotes,
        "casualties": casualties,
        "negotiation_status": status,
        "brief": brief,
        "invented": invented,
        "events": aggregate_events(samples),
        "briefs": aggregate_briefs(samples),
        "cost": cost,
    }


# The headline numbers: shown as cards, compared across runs, usable with --fail-under.
HEADLINE = [
    ("quotes.f1", "Quotes F1"),
    ("quotes.precision", "Quotes precision"),
    ("quotes.recall", "Quotes recall"),
    ("quotes.speaker_accuracy", "Speaker accuracy"),
    ("casualties.f1", "Casualties F1"),
    ("casualties.killed_total_accuracy", "Killed-total accuracy"),
    ("negotiation_status.accuracy", "Status accuracy"),
    ("negotiation_status.macro_f1", "Status macro-F1"),
    ("brief.rougeL", "Brief ROUGE-L"),
    ("brief.unsupported_numbers_rate", "Briefs with unsupported numbers"),
    ("invented.quotes", "Invented quotes"),
]
# Lower is better for these; everything else in HEADLINE is higher-is-better.
LOWER_IS_BETTER = {"brief.unsupported_numbers_rate", "invented.quotes", "cost.seconds_per_article", "cost.tokens_in", "cost.tokens_out", "cost.money"}


def metric_value(metrics: dict[str, Any], path: str) -> Any:
    """`metrics` at a dotted path such as "quotes.f1"; KeyError if there is no such metric."""
    value: Any = metrics
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            raise KeyError(path)
        value = value[part]
    return value


def numeric_paths(metrics: dict[str, Any], prefix: str = "") -> list[str]:
    """Every dotted path to a number (or a not-measured None) in `metrics`, for error messages."""
    paths = []
    for key, value in metrics.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            if key not in {"confusion", "per_class"}:
                paths.extend(numeric_paths(value, path + "."))
        elif value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
            paths.append(path)
    return paths

