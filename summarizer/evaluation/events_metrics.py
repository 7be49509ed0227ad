"""Scores of schema v2's event and attribution fields against the labels each set carries.

- FA-KES (`source` fakes; `gold.meta`): `location` (governorate) against events[0]'s admin1,
  `actor` (perpetrator category) against the category of events[0]'s `attributed_to`,
  `cause_of_death` against events[0]'s cause, and `casualty_totals.killed` against events[0]'s
  killed total (within 10%). Multi-event rows are not scored (their labels cover one event of
  several); a gold `unknown` actor or cause is not scored (nothing to check).
- ISAF (`source` isaf): `province` against admin1, `start_date` against events[0]'s ISO date,
  `min_killed`/`min_captured` against events[0]'s killed/detained totals, exact (0 when absent).
- Attribution gold (quotes with `speaker_role`, casualties with `reported_by`, `negotiations`
  with `mediator`/`parties`): accuracy of each verbatim attribute over the gold items that have
  one; a gold item the prediction lacks counts as wrong. A gold figure is matched to a predicted
  figure of the same kind and count, one whose source agrees first (equal counts from two sources).
Names are compared after folding case, spacing, a leading article and, for places, the
transliteration keys of the gazetteer; the FA-KES label `damascus` covers GeoNames' Dimashq and
Rif-dimashq (the city and its countryside governorate).
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.contract import ArticleSummary
from summarizer.evaluation.gold import GoldArticle
from summarizer.gazetteer import fold, skeleton

ADMIN1_ALIASES = {"damascus": ("dimashq", "rif-dimashq", "damascus"), "deir ezzor": ("deir ez-zor",)}
# FA-KES actor categories, matched in this order against the perpetrator's words.
ACTOR_CATEGORIES = (
    ("the organization of the islamic state in iraq and the levant - isis", r"islamic state|\bisis\b|\bisil\b|\bda['’]?[ae]?[ei]sh"),
    ("al-nusra front", r"nusra|fat[ae]h al[- ]sham|tahrir al[- ]sham|\bhts\b"),
    # Turkey (a coalition member; FA-KES has no category of its own for it), not the rebels it backs
    ("international coalition forces", r"coalition|u\.?s\.?-led|american|pentagon|\bU\.?S\.?\b|french|british|\bturk(?:ish|ey)\b(?![-\s]backed)"),
    ("self administration forces", r"kurd|\bsdf\b|\bypg\b|syrian democratic"),
    ("armed opposition groups", r"rebel|opposition|free syrian|\bfsa\b|jaish|ahrar|faylaq|islamist|militant|insurgent"),
    ("syrian government or russian troops", r"government|regime|russia|syrian|assad|loyalist|army|warplanes|jets|aircraft|helicopter"),
)
FAKES_CAUSES = {"airstrike": "shelling", "shelling": "shelling", "explosion": "explosion", "chemical": "chemical and toxic gases",
                "shooting": "shooting", "execution": "execution"}


def same_admin1(gold: str, predicted: str | None) -> bool:
    if not predicted:
        return False
    names = ADMIN1_ALIASES.get(gold.lower(), (gold,))
    return any(fold(n) == fold(predicted) or skeleton(n) == skeleton(predicted) for n in (*names, gold))


# "anti-government fighters" are the opposition; "the anti-IS coalition" is no IS: the side an
# "anti-" word names is the one fought
_ANTI_STATE = re.compile(r"\banti-(?:government|regime|assad)\b", re.I)
_ANTI = re.compile(r"\banti-[\w'’-]+", re.I)


def actor_category(perpetrator: str | None) -> str:
    if not perpetrator:
        return "unknown"
    if _ANTI_STATE.search(perpetrator):
        return "armed opposition groups"
    perpetrator = _ANTI.sub("", perpetrator)
    if re.search(r"\bIS\b", perpetrator):  # "IS", not the verb
        return ACTOR_CATEGORIES[0][0]
    for category, pattern in ACTOR_CATEGORIES:
        if re.search(pattern, perpetrator, re.I):
            return category
    return "unknown"


def _norm(text: str | None) -> str:
    text = " ".join((text or "").lower().replace("’", "'").split())
    return re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", text).strip(" .,;:")


def _main(summary: ArticleSummary | None) -> Any:
    return summary.events[0] if summary and summary.events else None


def _total(event: Any, kind: str) -> tuple[int, int | None] | None:
    for total in event.totals if event else []:
        if total.kind.value == kind:
            return total.count_low, total.count_high
    return None


def score_events(article: GoldArticle, summary: ArticleSummary | None) -> dict[str, Any]:
    """{field: {"gold", "pred", "correct"}} for the event fields this article's set labels."""
    meta = (article.gold.meta or {}) if article.gold else {}
    event = _main(summary)
    out: dict[str, Any] = {}
    if article.source == "fakes" and not meta.get("multi_event_article") and meta.get("location"):
        admin1 = event.location.admin1 if event and event.location else None
        out["location"] = {"gold": meta["location"], "pred": admin1, "correct": same_admin1(meta["location"], admin1)}
        if meta.get("actor") and meta["actor"] != "unknown":
            who = event.attributed_to.text if event and event.attributed_to else None
            out["actor"] = {"gold": meta["actor"], "pred": actor_category(who), "text": who, "correct": actor_category(who) == meta["actor"]}
        if meta.get("cause_of_death") and meta["cause_of_death"] != "unknown":
            cause = FAKES_CAUSES.get(event.cause.value, "other") if event and event.cause else None
            out["cause"] = {"gold": meta["cause_of_death"], "pred": cause, "correct": cause == meta["cause_of_death"]}
        totals = article.gold.casualty_totals
        if totals is not None and totals.killed is not None:
            found = _total(event, "killed")
            low, high = found if found else (0, 0)
            high = low if high is None else high
            slack = 0.1 * totals.killed
            out["killed_total"] = {"gold": totals.killed, "pred": low, "correct": low - slack <= totals.killed <= high + slack}
    if article.source == "isaf":
        province = (meta.get("province") or [None])[0]
        if province and province not in {"", "??"}:
            admin1 = event.location.admin1 if event and event.location else None
            out["location"] = {"gold": province, "pred": admin1, "correct": same_admin1(province, admin1)}
        if meta.get("start_date"):
            iso = event.date.iso if event and event.date else None
            out["date"] = {"gold": meta["start_date"], "pred": iso, "correct": iso == meta["start_date"]}
        for kind, key in (("killed", "min_killed"), ("detained", "min_captured")):
            if key in meta:
                found = _total(event, kind)
                pred = found[0] if found else 0
                out[f"total_{kind}"] = {"gold": meta[key], "pred": pred, "correct": pred == meta[key]}
    return out


def score_attribution(article: GoldArticle, summary: ArticleSummary | None) -> dict[str, Any]:
    """Verbatim attributes of the attribution gold: speaker roles, sources, mediators, parties."""
    gold = article.gold
    out: dict[str, Any] = {}
    quotes = summary.quotes if summary else []
    if gold.quotes is not None:
        items = []
        for q in gold.quotes:
            role = getattr(q, "speaker_role", None) if not isinstance(q, dict) else q.get("speaker_role")
            if role is None:
                continue
            match = next((p for p in quotes if _norm(p.text) == _norm(q.text) or (q.start is not None and p.start <= q.start < p.end)), None)
            pred = match.speaker_role if match else None
            items.append({"gold": role, "pred": pred, "correct": _norm(pred) == _norm(role)})
        out["speaker_role"] = items
    if gold.casualties is not None:
        items = []
        figures = summary.casualties if summary else []
        for c in gold.casualties:
            source = getattr(c, "reported_by", None)
            if source is None:
                continue
            # Among equal figures (the same count from two sources) the one whose source agrees:
            # the question is whether the product ties this count to this source. A figure the
            # gold states twice (a restatement) may match the one figure the product keeps.
            same = [p for p in figures if p.kind == c.kind and p.count_low == c.count]
            match = next((p for p in same if p.reported_by and _norm(p.reported_by.text) == _norm(source)), same[0] if same else None)
            pred = match.reported_by.text if match and match.reported_by else None
            items.append({"gold": source, "pred": pred, "correct": _norm(pred) == _norm(source)})
        out["reported_by"] = items
    if gold.negotiations is not None:
        predicted = summary.negotiations if summary else []
        mediators = {_norm(n.mediator) for n in predicted if n.mediator}
        out["mediator"] = [{"gold": n.mediator, "pred": sorted(mediators), "correct": _norm(n.mediator) in mediators} for n in gold.negotiations if n.mediator]
        gold_parties = {_norm(p) for n in gold.negotiations for p in n.parties}
        pred_parties = {_norm(p) for n in predicted for p in n.parties}
        out["parties"] = {"tp": len(gold_parties & pred_parties), "fp": len(pred_parties - gold_parties), "fn": len(gold_parties - pred_parties)}
    return out


def aggregate_events(samples: list[dict[str, Any]]) -> dict[str, Any]:
    """Accuracy and n per event field, and per attribution field (parties as P/R/F1)."""
    out: dict[str, Any] = {}
    fields = sorted({k for s in samples for k in s.get("events", {})})
    for name in fields:
        scored = [s["events"][name] for s in samples if name in s.get("events", {})]
        out[name] = {"n": len(scored), "accuracy": sum(x["correct"] for x in scored) / len(scored) if scored else None}
    for name in ("speaker_role", "reported_by", "mediator"):
        scored = [x for s in samples for x in s.get("attribution", {}).get(name, [])]
        if scored:
            out[name] = {"n": len(scored), "accuracy": sum(x["correct"] for x in scored) / len(scored)}
    counts = [s["attribution"]["parties"] for s in samples if "parties" in s.get("attribution", {})]
    if counts:
        tp, fp, fn = (sum(c[k] for c in counts) for k in ("tp", "fp", "fn"))
        precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
        recall = tp / (tp + fn) if tp + fn else 1.0
        out["parties"] = {"n": tp + fn, "precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0}
    return out


__all__ = ["actor_category", "aggregate_events", "same_admin1", "score_attribution", "score_events"]
