"""Dates in an article, resolved to ISO dates against the article's own date.

"On Tuesday", "yesterday", "Feb. 6" and "12 February" mean nothing without the day the story
was filed. That day is the caller's record date when it has one, else the dateline's
("KABUL, Afghanistan (Jan. 25, 2013)", "Sun 01 Feb 2015"). `dateparser` does the reading;
what is ours is the convention, tested: a weekday is the latest such day on or before the
article's date (news reports the past), and a bare day and month takes the article's year,
or the year before when that would put it after the article.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The names in full, as alternatives for the patterns that read periods and sides' names
WEEKDAY_NAMES = "|".join(day.capitalize() for day in _WEEKDAYS)
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# A month as wire copy writes it ("Jan.", "Sept", "February"); the event totals read it too.
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A full date in the first lines: "Jan. 25, 2013", "25 January 2013", "2013-01-25", "01 Feb 2015"
# (and "July 13. 2012", a press release's full stop typed for the comma).
_FULL_DATE = re.compile(
    rf"\b(?:{MONTH}\s+\d{{1,2}}[,.]?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|{MONTH}\s+\d{{4}})\b"
)
_LEAD_WORDS = re.compile(r"^(?:on|last|this|early|late|by|since|from|until)\s+", re.I)
# A part of the day after the day ("Sunday night", "yesterday afternoon"): the day is the date.
_TODAY = {"today", "tonight", "this morning", "this afternoon", "this evening"}
_YESTERDAY = {"yesterday", "last night", "overnight"}
_DAY_WORDS = _TODAY | _YESTERDAY
_DAY_PART = re.compile(r"\s+(?:morning|afternoon|evening|night)$", re.I)


@lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    import dateparser

    return dateparser


def parse_iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def article_date(text: str, record_date: str | None = None) -> dt.date | None:
    """The day the article was filed: the record's date, else the first full date in its first 400 characters."""
    if (given := parse_iso(record_date)) is not None:
        return given
    match = _FULL_DATE.search(text[:400])
    if match is None:
        return None
    parsed = _parser().parse(match.group(0), languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


_DATELINE_DATE = re.compile(rf"{_FULL_DATE.pattern}|(?<=\()\s*{MONTH}\s+\d{{1,2}}(?=\s*\))")


def filing_date_span(text: str, base: dt.date | None) -> tuple[int, int] | None:
    """Where the first 400 characters state the filing date `base` ("KABUL, Afghanistan (Jan. 25,
    2013)", "(Nov. 21)"), as (start, end), or None."""
    if base is None:
        return None
    for match in _DATELINE_DATE.finditer(text[:400]):
        if resolve(match.group(0), base) == base:
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            return start, match.end()
    return None


def resolve(span: str, base: dt.date | None) -> dt.date | None:
    """The ISO date `span` names, read against the article's date `base` (None when unknown)."""
    phrase = span.strip().rstrip(".,")
    phrase = re.sub(r"^(?:early|late)\s+", "", phrase, flags=re.I)
    if phrase.lower() not in _DAY_WORDS:
        phrase = _DAY_PART.sub("", _LEAD_WORDS.sub("", phrase))
    lowered = phrase.lower()
    if base is None:
        explicit = _FULL_DATE.fullmatch(phrase)
        parsed = _parser().parse(phrase, languages=["en"]) if explicit else None
        return parsed.date() if parsed else None
    if lowered in _WEEKDAYS:
        back = (base.weekday() - _WEEKDAYS.index(lowered)) % 7
        return base - dt.timedelta(days=back)
    if lowered in _TODAY:
        return base
    if lowered in _YESTERDAY:
        return base - dt.timedelta(days=1)
    if re.search(r"\b(?:week|month|year|decade|century|days|weeks|months|years|season|ago|recent)\b", lowered) and not re.search(r"\d", lowered):
        return None  # a period ("last week", "this month"), not a day
    anchor = dt.datetime.combine(base, dt.time(12))
    parsed = _parser().parse(phrase, languages=["en"], settings={"RELATIVE_BASE": anchor, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]})
    if parsed is None:
        return None
    day = parsed.date()
    if day > base and not re.search(r"\b\d{4}\b", phrase):
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:
            return None
    return day


__all__ = ["article_date", "filing_date_span", "parse_iso", "resolve"]
