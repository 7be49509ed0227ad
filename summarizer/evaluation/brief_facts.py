"""Brief key-fact coverage: which of the article's key facts, as its gold labels them, the brief states.

A brief can read well (ROUGE-L) and still leave out how many died, where, or where the talks
stand. This scorer checks three facts, each only for articles whose gold has it:

- `killed`: the main event's killed total. FA-KES (`source` fakes): `gold.casualty_totals.killed`,
  not for multi-event rows (`gold.meta.multi_event_article`). ISAF (`source` isaf):
  `gold.meta.min_killed`. Our own gold (`source` core or attribution): `gold.casualty_totals.killed`
  where it is labelled. Only a count above 0 is a fact (no number phrase states a zero). Stated
  when a number phrase of the brief (`summarizer.numbers.find_number_phrases`, so "at least 12",
  "two insurgents", "a dozen" and "a Taliban leader" = 1 all count; a year such as "2016" does
  not) has a value (its low or high bound) equal to the gold count; for FA-KES within 10% of it
  (the FA-KES rule of `score_events`: 11 states 12). The number is not tied to the word "killed":
  "12 wounded" states killed = 12.
- `place`: the main event's first-level division. FA-KES: `gold.meta.location` (a governorate,
  e.g. idlib, damascus), not for multi-event rows; ISAF: `gold.meta.province[0]` (not "" or "??").
  Stated when the brief names the division itself (as whole words, any case) or a capitalised
  name of one to three words (the place-name pattern of `summarizer.events`) that the gazetteer
  places in the division (`same_admin1`, so damascus covers Dimashq and Rif-dimashq and
  transliterations meet: "Khan Sheikhoun" is Khan Shaykhun, Idlib). A name found only by the
  gazetteer's loose transliteration key counts when it is the division itself or when the words
  around it say it is a place ("in ...", "... province"), as in `summarizer.events`; a country's
  adjective ("Syrian", "Iraqi": the country's name plus -n, -an, -ian, -i, -ese or -ish) never
  counts. Without those two guards "a Syrian village" would be the village of Suran, Aleppo.
- `status`: `gold.negotiation_status` where it is set and not `none` (the negotiation set and
  evals/gold/core.jsonl and attribution.jsonl carry it). Each brief sentence is read with
  `summarizer.rules.own_status` (the status cue table of the default prompt version), else with
  `STATUS_LEXICON` (below); stated when any sentence reads as the gold status (as a number
  anywhere in the brief states the toll: coverage asks whether the brief says it).

Each fact is `{"gold": the gold value, "stated": bool, "found": what the brief offers}` (`found`:
the number phrase or place name that states it, else None; for status, the brief's status
reading, whether it is the gold's or not). Coverage is the mean, over briefs with at least one
fact, of stated facts / facts available; a missing or empty brief states none of its facts.
Per fact, `stated` is the share of the briefs having that fact that state it.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.candidates import split_sentences
from summarizer.evaluation.events_metrics import same_admin1
from summarizer.evaluation.gold import GoldArticle
from summarizer.events.places import CAPITALISED, PLACE_AFTER, PLACE_BEFORE
from summarizer.gazetteer import fold, gazetteer
from summarizer.grounding import occurs_as_words
from summarizer.numbers import NumberPhrase, find_number_phrases, is_year
from summarizer.rules import own_status

FACTS = ("killed", "place", "status")
KILLED_SLACK = {"fakes": 0.1}  # share of the gold count a stated figure may be off by; 0 elsewhere
OWN_GOLD = {"core", "attribution"}

STATUS_LEXICON: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (status, re.compile(pattern, re.IGNORECASE))
    for status, pattern in (
        ("collapsed", r"\b(?:collapsed|broke down|ended|failed)\b"),
        ("stalled", r"\b(?:stall(?:s|ed|ing)?|deadlock(?:s|ed)?|stalemate|suspended|postponed)\b"),
        ("implementing", r"\b(?:in force|holding|extended|being implemented)\b"),
        ("agreement", r"\b(?:agreed|signed|reached an? (?:deal|ceasefire|cease-fire|truce|agreement))\b"),
        ("ongoing", r"\b(?:talks (?:are|were) (?:under ?way|continuing)|resumed|began)\b"),
        ("proposed", r"\b(?:proposed|called for|offered|plans? for)\b"),
    )
)
"""Fallback status words, for a brief sentence in which `own_status` reads no status.

The cue table of `own_status` is written for article sentences (and changes with the prompt
version); a brief says the same in fewer, plainer words ("the truce ended", "talks began"),
which that table partly misses. Strongest first, as in the cue table: the first status whose
words occur in the sentence wins. This table belongs to the scorer, not to a prompt version,
so a prompt change does not change how briefs are read when the cue table is silent.
"""


def _killed_gold(article: GoldArticle, meta: dict[str, Any], multi_event: bool) -> int | None:
    totals = article.gold.casualty_totals
    if article.source == "fakes":
        count = None if multi_event or totals is None else totals.killed
    elif article.source == "isaf":
        count = meta.get("min_killed")
    elif article.source in OWN_GOLD:
        count = totals.killed if totals is not None else None
    else:
        return None
    return count if isinstance(count, int) and count > 0 else None


def _place_gold(article: GoldArticle, meta: dict[str, Any], multi_event: bool) -> str | None:
    if article.source == "fakes" and not multi_event:
        place = meta.get("location")
    elif article.source == "isaf":
        province = meta.get("province")
        place = (province or [None])[0] if isinstance(province, list) else province
    else:
        return None
    return place if isinstance(place, str) and place.strip() not in {"", "??"} else None


def _status_gold(article: GoldArticle) -> str | None:
    status = article.gold.negotiation_status
    value = getattr(status, "value", status)
    return value if value and value != "none" else None


def stated_count(brief: str, gold: int, slack: float = 0.0) -> NumberPhrase | None:
    """The first number phrase of the brief with a value within `slack` (a share) of `gold`."""
    margin = slack * gold
    for phrase in find_number_phrases(brief):
        if is_year(phrase):
            continue
        if any(abs(value - gold) <= margin for value in phrase.values):
            return phrase
    return None


def _place_context(brief: str, start: int, end: int) -> bool:
    return bool(PLACE_BEFORE.search(brief, max(0, start - 24), start) or PLACE_AFTER.match(brief, end))


_ADJECTIVE_ENDINGS = ("ian", "an", "n", "i", "ese", "ish")


def _country_adjective(name: str) -> bool:
    """"Syrian", "Iraqi", "Jordanian": a country's name with an adjective ending, not a place."""
    for ending in _ADJECTIVE_ENDINGS:
        stem = name[: -len(ending)]
        if name.endswith(ending) and len(stem) >= 3 and any(p.kind == "country" and fold(p.name) == fold(stem) for p in gazetteer().candidates(stem)):
            return True
    return False


def stated_place(brief: str, gold: str) -> str | None:
    """The brief's name that places it in the gold division (see the module docstring), else None."""
    if occurs_as_words(gold, brief):
        return gold
    places = gazetteer()
    for match in CAPITALISED.finditer(brief):
        name = match.group(0)
        inside = [p for p in places.candidates(name) if same_admin1(gold, p.admin1)]
        if not inside or _country_adjective(name):
            continue
        # resolve() without a country trusts only a name the gazetteer has as spelled.
        exact = places.resolve(name) is not None
        if exact or any(p.kind == "admin1" for p in inside) or _place_context(brief, *match.span()):
            return name
    return None


def brief_statuses(brief: str) -> list[str]:
    """Every status the brief's sentences state, in order: each sentence's `own_status` (the
    default version's cue table, history sentences skipped), else its `STATUS_LEXICON` reading."""
    found = []
    for sentence in split_sentences(brief):
        status = own_status(sentence.text)
        if status is None:
            status = next((name for name, pattern in STATUS_LEXICON if pattern.search(sentence.text)), None)
        if status is not None and status not in found:
            found.append(status)
    return found


def brief_status(brief: str) -> str | None:
    """The first status the brief states (see `brief_statuses`), or None."""
    statuses = brief_statuses(brief)
    return statuses[0] if statuses else None


def key_facts(article: GoldArticle, brief: str | None) -> dict[str, dict]:
    """{fact: {"gold": ..., "stated": bool}} for the key facts this article's gold has."""
    meta = article.gold.meta or {}
    multi_event = bool(meta.get("multi_event_article"))
    text = brief or ""
    out: dict[str, dict] = {}
    killed = _killed_gold(article, meta, multi_event)
    if killed is not None:
        phrase = stated_count(text, killed, KILLED_SLACK.get(article.source or "", 0.0)) if text else None
        out["killed"] = {"gold": killed, "stated": phrase is not None, "found": phrase.text if phrase else None}
    place = _place_gold(article, meta, multi_event)
    if place is not None:
        name = stated_place(text, place) if text else None
        out["place"] = {"gold": place, "stated": name is not None, "found": name}
    status = _status_gold(article)
    if status is not None:
        # Stated when any sentence states it, as a number anywhere states the toll: coverage asks
        # whether the brief says it, not whether it says nothing else.
        readings = brief_statuses(text) if text else []
        out["status"] = {"gold": status, "stated": status in readings, "found": ", ".join(readings) or None}
    return out


def aggregate_key_facts(samples: list[dict[str, dict]]) -> dict:
    """{"coverage": mean over briefs (with >= 1 fact) of stated/available, "n": briefs with >=1 fact,
        "per_fact": {fact: {"n": .., "stated": share}}}  (coverage None when n == 0)"""
    scored = [s for s in samples if s]
    coverage = sum(sum(f["stated"] for f in s.values()) / len(s) for s in scored) / len(scored) if scored else None
    per_fact: dict[str, dict] = {}
    for fact in [*FACTS, *sorted({k for s in scored for k in s} - set(FACTS))]:
        having = [s[fact] for s in scored if fact in s]
        if having:
            per_fact[fact] = {"n": len(having), "stated": sum(f["stated"] for f in having) / len(having)}
    return {"coverage": coverage, "n": len(scored), "per_fact": per_fact}


__all__ = ["STATUS_LEXICON", "aggregate_key_facts", "brief_status", "brief_statuses", "key_facts", "stated_count", "stated_place"]
