"""When the event happened: the first day its sentences name that is not the filing date, the
day of a report, or a day that names a thing ("the July 2 attack"), resolved against the
article's date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from summarizer.candidates import Sentence
from summarizer.dates import filing_date_span, resolve as resolve_date
from summarizer.entities import Entity
from summarizer.events.facts import SpanValue
from summarizer.events.places import in_dateline


_REPORT_VERB = r"(?:said|says|say|confirmed|confirms|announced|announces|reported|reports|stated|told|added|claimed|denied|released)"
_REPORTING_BEFORE = re.compile(rf"\b{_REPORT_VERB}\s+(?:on\s+)?(?:early\s+|late\s+)?$", re.I)
_REPORTING_AFTER = re.compile(rf"\s+(?:that\s+)?{_REPORT_VERB}\b", re.I)


# "the July 2 attack", "the Aug. 29 arrest": a day used to name a thing
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+$", re.I)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|at|of|on|by|for|from|when|while|that|which|the|a|an)\b)[a-z][a-z-]+\b")


def header_lines(sentences: Sequence[Sentence]) -> set[int]:
    """Starts of the lines before the story's first sentence that are not sentences themselves
    (a title, "Jan. 22: Operations in the south", a reference number, a filing line): their
    dates are when the release was filed, not when the event happened."""
    found = set()
    for s in sentences:
        text = s.text.rstrip()
        if text.endswith((".", "!", "?", "”", '"', "’", "'")) and len(text.split()) > 6:
            break
        found.add(s.start)
    return found


def event_date(
    article: str, sentences: list[Sentence], by_sentence: dict[int, list[Entity]], base: dt.date | None, headers: set[int] | None = None,
) -> tuple[SpanValue, dt.date | None] | None:
    """The first day the sentences name (not a header's or the dateline's filing date, nor the day
    a report was made: "forces yesterday confirmed the arrest ... on Jan. 15" is Jan. 15, unless
    it is the only day named; nor a day that names a thing, "behind the July 2 attack", which is
    often an earlier event: it is the event's day only when no other day is named). Sentences that name no day at all date the event by its release
    (the dateline's date; ACLED's practice for an undated report); a period they name
    ("last week") leaves it unknown."""
    reporting = attributive = filed = None
    period_named = False
    filing = filing_date_span(article, base)
    for s in sentences:
        for entity in by_sentence.get(s.start, []):
            if entity.kind not in {"date", "time"}:
                continue
            in_filing = filing is not None and entity.start < filing[1] and filing[0] < entity.end
            if in_filing or in_dateline(article, entity) or headers and s.start in headers:
                if filed is None and base is not None and resolve_date(entity.text, base) == base:
                    filed = (SpanValue(entity.text, entity.start, entity.end), base)
                continue
            iso = resolve_date(entity.text, base)
            if iso is None:
                period_named = period_named or entity.kind == "date"
                continue
            value = (SpanValue(entity.text, entity.start, entity.end), iso)
            if _REPORTING_BEFORE.search(article, max(0, entity.start - 24), entity.start) or _REPORTING_AFTER.match(article, entity.end):
                reporting = reporting or value
                continue
            if _ATTRIBUTIVE_BEFORE.search(article, max(0, entity.start - 8), entity.start) and _ATTRIBUTIVE_AFTER.match(article, entity.end):
                attributive = attributive or value
                continue
            return value
    if attributive is not None or reporting is not None:
        return attributive or reporting
    if period_named:
        return None
    if filing is not None:
        return SpanValue(article[filing[0] : filing[1]], *filing), base
    return filed
