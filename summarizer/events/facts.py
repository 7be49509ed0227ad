"""The value types the event rules produce: verbatim spans, events, totals and per-figure facts."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from summarizer.candidates import NumberCandidate, Sentence
from summarizer.gazetteer import Place


@dataclass(frozen=True)
class SpanValue:
    text: str
    start: int
    end: int


@dataclass
class FigureFacts:
    """What the rules say of one casualty figure beside its kind and count."""

    reported_by: SpanValue | None = None
    period: SpanValue | None = None
    cumulative: bool = False
    event: int | None = None


@dataclass
class EventTotal:
    kind: str
    count_low: int
    count_high: int | None
    approximate: bool
    figures: list[int]


@dataclass
class EventFacts:
    evidence: SpanValue
    cause: str | None = None
    location: tuple[SpanValue, Place] | None = None
    date: tuple[SpanValue, dt.date | None] | None = None
    attributed_to: SpanValue | None = None
    totals: list[EventTotal] = field(default_factory=list)


@dataclass
class Figure:
    """A casualty figure as the event rules see it: its candidate and the kind it was given."""

    candidate: NumberCandidate
    kind: str
    group: str = "unspecified"


def match_span(sentence: Sentence, match: re.Match[str], group: str = "src") -> SpanValue:
    start, end = match.span(group)
    text = sentence.text[start:end]
    stripped = text.rstrip(" ,.;:")
    lead = len(stripped) - len(stripped.lstrip())
    return SpanValue(stripped.strip(), sentence.start + start + lead, sentence.start + start + lead + len(stripped.strip()))
