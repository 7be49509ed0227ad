"""Cut an article into segments, each tagged with the highlights that cover it.

Spans overlap (a predicted quote inside a casualty evidence sentence, gold and predicted versions
of the same quote), so the text is cut at every span boundary and each piece carries all the
classes that cover it; CSS then draws gold as underlines and predictions as backgrounds, so
both stay visible. The template escapes every segment's text: nothing from the article is ever
inserted as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    css: str
    title: str


@dataclass
class Segment:
    text: str
    classes: list[str]
    titles: list[str]


def _count(item: dict[str, Any]) -> str:
    high = item.get("count_high")
    low = item.get("count_low")
    return f"{low}" if high == low else (f"{low}+" if high is None else f"{low}–{high}")


def highlights(sample: dict[str, Any]) -> list[Highlight]:
    """Every span of one scored sample that lies in its article text."""
    found: list[Highlight] = []
    quotes = sample.get("quotes", {})
    missed = set(quotes.get("missed", []))
    extra = set(quotes.get("extra", []))
    for i, gold in enumerate(quotes.get("gold", []) or []):
        if gold.get("start") is not None:
            state = "missed" if i in missed else "matched"
            found.append(Highlight(gold["start"], gold["end"], f"gq gq-{state}", f"gold quote ({state}), speaker: {gold.get('speaker') or '—'}"))
    for i, pred in enumerate(quotes.get("pred", []) or []):
        if pred.get("start") is not None:
            state = "extra" if (quotes.get("labelled") and i in extra) else "matched" if quotes.get("labelled") else "unscored"
            found.append(Highlight(pred["start"], pred["end"], f"pq pq-{state}", f"predicted quote ({state}), speaker: {pred.get('speaker') or '—'}"))
    for item in sample.get("casualties", {}).get("pred", []) or []:
        found.append(Highlight(item["start"], item["end"], "ev ev-cas", f"casualty evidence: {item['kind']} {item['group']} {_count(item)}"))
    for item in sample.get("negotiations", []) or []:
        found.append(Highlight(item["start"], item["end"], "ev ev-neg", f"negotiation evidence: {item['process']} ({item['status']})"))
    return found


def segments(sample: dict[str, Any]) -> list[Segment]:
    """The article as consecutive segments; unhighlighted text has no classes."""
    return cut(sample.get("article") or "", highlights(sample))


def cut(text: str, spans: list[Highlight]) -> list[Segment]:
    """`text` as consecutive segments, each with the classes and titles of the highlights that
    cover it (the eval report's samples and the one-article HTML view share it)."""
    marks = [h for h in spans if 0 <= h.start < h.end <= len(text)]
    cuts = sorted({0, len(text), *(h.start for h in marks), *(h.end for h in marks)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [h for h in marks if h.start <= start and end <= h.end]
        classes = sorted({c for h in covering for c in h.css.split()})
        titles = list(dict.fromkeys(h.title for h in covering))
        if out and not classes and not out[-1].classes:
            out[-1].text += text[start:end]
        else:
            out.append(Segment(text[start:end], classes, titles))
    return out
