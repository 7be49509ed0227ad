"""Casualty figures tied to their event: where, when, by whom, how, according to whom, how many.

One module per question: `places`, `event_date`, `actors` (the perpetrator), `causes`, `totals`, `sources`;
`build` puts them together for one article, `facts` holds the value types.

Deterministic rules over the candidates, the entity candidates (spaCy), the gazetteer and the
article's date. Every attribute is a verbatim span of the article (or null); normalised values
(the place's admin1 and country, the ISO date, the cause) carry the span they came from.

Conventions (ACLED/UCDP practice; tested in tests/test_events.py):
- `events[0]` is the main event: the one of the first casualty figure in the story's lead
  (headline excluded) that is not a war-long toll; other figures join it unless their sentence
  names another place.
- A war-long or multi-year toll ("since 2011", "since the conflict began") is `cumulative`, and
  belongs to no event (so it is never an event's total).
- An event's total per kind is the largest figure of the earliest sentence that states one,
  plus later figures of that kind marked as more people ("also detained two", "another", "an
  additional"): "a facilitator and two suspected insurgents" detained = 3. A figure restated
  ("the two insurgents killed were") is not added; figures of different sources are never added.
- Vague words count as the v1 low bounds: "several" 3, "dozens" 12, "hundreds" 100.
"""

from summarizer.events.build import build_events, lead_of, warm_up
from summarizer.events.causes import CAUSES, cause
from summarizer.events.facts import EventFacts, EventTotal, Figure, FigureFacts, SpanValue
from summarizer.events.actors import actor_mentions, event_perpetrator, perpetrator
from summarizer.events.sources import period, reported_by
from summarizer.events.totals import adds_people, attached_kind, joined_people

__all__ = ["CAUSES", "EventFacts", "EventTotal", "Figure", "FigureFacts", "SpanValue", "actor_mentions", "adds_people", "attached_kind", "build_events", "cause", "event_perpetrator", "joined_people", "lead_of", "period", "perpetrator", "reported_by", "warm_up"]
