"""One article's events and per-figure facts: the main event from the lead (its place, date,
perpetrator and cause), other events by the places their figures' sentences name, each
figure's source and period, and an armed operation told without a figure."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Sequence

from summarizer.candidates import Sentence, split_sentences
from summarizer.entities import Entity, find_entities
from summarizer.gazetteer import gazetteer
from summarizer.events.causes import cause
from summarizer.events.event_date import event_date, header_lines
from summarizer.events.facts import EventFacts, Figure, FigureFacts, SpanValue
from summarizer.events.actors import event_perpetrator, perpetrator
from summarizer.events.places import best_place, country_votes, event_place, gazetteer_mentions
from summarizer.events.sources import figure_source, period
from summarizer.events.totals import earlier_year, event_totals


def warm_up() -> None:
    """Load what event facts need (spaCy's pipeline, the gazetteer index) now, not mid-run."""
    from summarizer.entities import nlp

    nlp()
    gazetteer()


def build_events(article: str, figures: Sequence[Figure], base_date: dt.date | None, title: str | None = None) -> tuple[list[EventFacts], list[FigureFacts]]:
    """Events and per-figure facts for the casualty figures of one article, in figure order."""
    sentences = split_sentences(article)
    order = {s.start: i for i, s in enumerate(sentences)}
    facts: list[FigureFacts] = []
    for figure in figures:
        span, cumulative = period(figure.candidate.sentence, base_date)
        source = figure_source(article, sentences, figure.candidate, [f.reported_by for f in facts if f.reported_by is not None])
        facts.append(FigureFacts(reported_by=source, period=span, cumulative=cumulative))
    if not figures:
        return operation_event(article, sentences, base_date, title), facts
    lead, headline = lead_of(sentences)
    spans = {(s.start, s.end) for s in lead} | {(f.candidate.sentence.start, f.candidate.sentence.end) for f in figures}
    if headline is not None:
        spans.add((headline.start, headline.end))
    live = [i for i, f in enumerate(facts) if not f.cumulative]
    if not live:
        return [], facts  # only war-long tolls: no event, and no entities to find for one
    by_sentence, votes = entity_context(article, sentences, spans)

    # A figure of an earlier year ("the killing of several soldiers in 2010") is background: it
    # is no event's, though the story's event still has its place and date.
    background = {i for i in live if earlier_year(figures[i].candidate.sentence.text, base_date)}
    current = [i for i in live if i not in background] or live
    lead_starts = {s.start for s in lead}
    headers = header_lines(sentences)
    main = next((i for i in current if figures[i].candidate.sentence.start in lead_starts), current[0])
    main_sentence = figures[main].candidate.sentence
    location = event_place(article, main_sentence, lead, headline, [figures[i] for i in live], by_sentence, votes, title, figures[main].candidate.phrase.start)
    main_event = EventFacts(
        evidence=SpanValue(main_sentence.text, main_sentence.start, main_sentence.end),
        cause=cause([main_sentence.text, *(s.text for s in lead)]),
        location=location,
        date=event_date(article, [main_sentence, *lead, *([headline] if headline else [])], by_sentence, base_date, headers),
        attributed_to=event_perpetrator([main_sentence, *lead], [s for s in sentences if s.start > main_sentence.start and s not in lead][:8]),
    )
    # Figures whose sentence names another place (a governorate other than the main event's)
    # are other events, one per place, in the order the article reports them.
    events = [main_event]
    members: list[list[tuple[int, Figure]]] = [[]]
    by_place: dict[tuple[str, str | None], int] = {}
    for i in live:
        if i in background:
            continue
        sentence = figures[i].candidate.sentence
        own = best_place(by_sentence.get(sentence.start, []), votes, article=article)
        elsewhere = i != main and own is not None and own[1].kind != "country" and (location is None or own[1].admin1 != location[1].admin1)
        if not elsewhere:
            facts[i].event = 0
            members[0].append((i, figures[i]))
            continue
        key = (own[1].country_code, own[1].admin1)
        if key not in by_place:
            by_place[key] = len(events)
            events.append(EventFacts(
                evidence=SpanValue(sentence.text, sentence.start, sentence.end),
                cause=cause([sentence.text]),
                location=own,
                date=event_date(article, [sentence], by_sentence, base_date, headers),
                attributed_to=perpetrator(sentence),
            ))
            members.append([])
        facts[i].event = by_place[key]
        members[by_place[key]].append((i, figures[i]))
    for event, items in zip(events, members):
        event.totals = event_totals(items, order)
    return events, facts


# "conducted an air strike", "carried out a clearing operation", "launched a raid": the lead
# tells an armed operation even when it gives no casualty figure
_OPERATION_TOLD = re.compile(
    r"\b(?:conducted|carried out|launched|mounted)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:operation|raid|air\s?strike|strike|assault|offensive)s?\b", re.I
)


def lead_of(sentences: Sequence[Sentence]) -> tuple[list[Sentence], Sentence | None]:
    """The story's lead, its first three sentences of more than six words (headers, reference
    numbers and "For Immediate Release" lines are not the story), and the headline: the first
    line when it is not one of them."""
    lead = [s for s in sentences if len(s.text.split()) > 6][:3]
    return lead, sentences[0] if sentences and sentences[0] not in lead else None


def entity_context(article: str, sentences: Sequence[Sentence], spans: set[tuple[int, int]]) -> tuple[dict[int, list[Entity]], Counter[str]]:
    """The entities of `spans` (spaCy's, and the gazetteer's places it missed) by the start of
    their sentence, and the countries the article names, as votes for resolving places."""
    entities = find_entities(article, spans)
    entities = sorted(entities + gazetteer_mentions(article, spans, entities), key=lambda e: e.start)
    by_sentence: dict[int, list[Entity]] = {}
    for entity in entities:
        if (home := next((s for s in sentences if s.start <= entity.start < s.end), None)) is not None:
            by_sentence.setdefault(home.start, []).append(entity)
    places = [(e, gazetteer().candidates(e.text)) for e in entities if e.kind == "place"]
    return by_sentence, country_votes([p for p in places if p[1]]) + gazetteer().countries_in(article)


def operation_event(article: str, sentences: Sequence[Sentence], base_date: dt.date | None, title: str | None) -> list[EventFacts]:
    """The event of a story with no casualty figure whose lead tells an armed operation (ACLED
    codes an operation without fatalities as an event too): its place, date, perpetrator and
    cause from the lead, evidenced by the sentence that tells it, with no totals. A story that
    tells no operation (politics, talks) has no event."""
    lead, headline = lead_of(sentences)
    told = next((s for s in lead if _OPERATION_TOLD.search(s.text)), None)
    if told is None:
        return []
    spans = {(s.start, s.end) for s in lead} | ({(headline.start, headline.end)} if headline is not None else set())
    by_sentence, votes = entity_context(article, sentences, spans)
    context = [told, *(s for s in lead if s is not told)]
    return [EventFacts(
        evidence=SpanValue(told.text, told.start, told.end),
        cause=cause([s.text for s in context]),
        location=event_place(article, told, lead, headline, [], by_sentence, votes, title),
        date=event_date(article, [*context, *([headline] if headline else [])], by_sentence, base_date, header_lines(sentences)),
        attributed_to=event_perpetrator(context, [s for s in sentences if s.start > told.start and s not in lead][:8]),
    )]
