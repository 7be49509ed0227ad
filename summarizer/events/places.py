"""Where the event happened: the places of its sentences (spaCy's and the gazetteer's), resolved
against the countries the article names, the most specific first."""

from __future__ import annotations

import re
from collections import Counter

from summarizer.candidates import Sentence
from summarizer.entities import Entity
from summarizer.gazetteer import Place, gazetteer
from summarizer.events.facts import Figure, SpanValue


CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:al-|el-|ad-|as-)?[A-Z][\w’'-]+){0,2}")


PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|around|at|across|into|from|of|town of|village of|city of|district of|province of|neighbourhood of|neighborhood of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|rural|besieged|[a-z]+-(?:held|controlled|run))\s+)?$")
# "the Britain-based monitor", "Turkey-backed rebels": a place named as a party's base or backer
_AS_A_PARTY = re.compile(r"[-‐](?:based|backed|led|funded|supported|sponsored|allied|aligned|born)\b")
PLACE_AFTER = re.compile(r"\s+(?:province|governorate|district|city|town|village|countryside|suburbs?|neighbou?rhood|region|area)\b", re.I)


def gazetteer_mentions(article: str, spans: set[tuple[int, int]], entities: list[Entity]) -> list[Entity]:
    """Capitalised words the gazetteer knows that spaCy did not tag (it misses many Syrian and
    Afghan villages, and tags "Aleppo" as a person now and then). Which of them count is
    decided later, against the countries the article names."""
    # spaCy's org/person/group tags do not hide a place ("evacuated from Homs" came out as an org,
    # "in the Aleppo region" as a nationality).
    covered = [(e.start, e.end) for e in entities if e.kind not in {"org", "person", "group"}]
    found = []
    for start, end in spans:
        for match in CAPITALISED.finditer(article, start, end):
            s, e = match.span()
            if any(a < e and s < b for a, b in covered):
                continue
            # Only where the words around say it is a place ("in Douma", "near Maarat al-Numan",
            # "Kafr Hamra village"): a capitalised word alone is as often a village somewhere.
            if not (PLACE_BEFORE.search(article, max(start, s - 24), s) or PLACE_AFTER.match(article, e)):
                continue
            name = match.group(0)
            if not gazetteer().candidates(name) and (tail := _POSSESSIVE_AFTER.search(name)) is not None and gazetteer().countries_in(tail.group(0).strip()):
                name = name[: tail.start()]  # "in Aleppo Syrias largest city" (commas lost)
                e = s + len(name)
            # a country is named by spaCy and `countries_in`; here a word that resolves only to
            # one is a demonym ("in the Zambian capital"), not a place of the event
            known = gazetteer().candidates(name)
            if gazetteer().sounds_known(name) and not (known and all(p.kind == "country" for p in known)):
                found.append(Entity("place", name, s, e))
    return found


def event_place(
    article: str, main: Sentence, lead: list[Sentence], headline: Sentence | None, figures: list[Figure],
    by_sentence: dict[int, list[Entity]], votes: Counter[str], title: str | None, near: int | None = None,
) -> tuple[SpanValue, Place] | None:
    """Where the main event happened: the most specific place of its sentence, else of the lead,
    the headline or the title (found again in the text, so the span is verbatim), else the
    place the figure sentences name most; a country only when nothing finer is named.
    "The country's largest city" under an Aleppo headline is Aleppo."""
    country = None
    for s in [main, *lead, *([headline] if headline else [])]:
        found = best_place(by_sentence.get(s.start, []), votes, near if s is main else None, article)
        if found is not None and found[1].kind != "country":
            return found
        country = country or found
    if title:
        for match in CAPITALISED.finditer(title):
            place = gazetteer().resolve(match.group(0), votes) if gazetteer().candidates(match.group(0)) else None
            if place is not None and place.kind != "country":
                at = re.search(rf"\b{re.escape(match.group(0))}\b", article)
                if at is not None:
                    return SpanValue(at.group(0), at.start(), at.end()), place
    named = [p for f in figures if (p := best_place(by_sentence.get(f.candidate.sentence.start, []), votes)) is not None and p[1].kind != "country"]
    if named:
        commonest = Counter(p[1] for p in named).most_common(1)[0][0]
        return next(p for p in named if p[1] == commonest)
    after = max(s.end for s in [main, *lead])
    return _told_after_lead(article, after, votes) or country


# How far past the lead a story still tells where its event was (a few sentences of wire copy)
_AFTER_LEAD = 600


def _told_after_lead(article: str, after: int, votes: Counter[str]) -> tuple[SpanValue, Place] | None:
    """Where a lead that names only a country ("killed 16 militants in northeast Syria") is told
    a few sentences on ("The assault targeted positions south of the town of X in Hasakeh
    province"): the first place named as one there, in the country the article names most."""
    if not votes:
        return None
    top = votes.most_common(1)[0][0]
    for mention in gazetteer_mentions(article, {(after, min(len(article), after + _AFTER_LEAD))}, []):
        if (found := _resolve_place(mention, votes)) is not None and found[1].kind != "country" and found[1].country_code == top:
            return found
    return None


def in_dateline(article: str, entity: Entity) -> bool:
    """A date in parentheses or a header line ("KABUL, Afghanistan (Jan. 22, 2013) –") is when
    the story was filed, not when the event happened."""
    before = article[max(0, entity.start - 2) : entity.start]
    after = article[entity.end : entity.end + 2]
    return "(" in before and ")" in after


def country_votes(places: list[tuple[Entity, list[Place]]]) -> Counter[str]:
    """A vote for each country named, and for the one country a place name exists in; a name
    found only by its consonants votes for none ("Car Bomb" is no vote for Peru)."""
    votes: Counter[str] = Counter()
    for entity, found in places:
        if gazetteer().loose(entity.text):
            continue
        codes = {p.country_code for p in found}
        for place in found:
            if place.kind == "country":
                votes[place.country_code] += 3
        if len(codes) == 1:
            votes[next(iter(codes))] += 1
    return votes


# Words run into a place's name where FA-KES texts lost their commas, or headline capitals:
# "Eastern Aleppo", "in Aleppo Syrias largest city".
_DIRECTION_BEFORE = re.compile(r"^(?:(?:Eastern|Western|Northern|Southern|Central|North|South|East|West|Greater|Rural)\s+)+")
_POSSESSIVE_AFTER = re.compile(r"\s+[A-Z][a-z]+s$")


def _resolve_place(entity: Entity, votes: Counter[str]) -> tuple[SpanValue, Place] | None:
    """The entity's place, or the place inside it once a direction before it or a country's
    possessive after it is cut ("Eastern Aleppo" -> Aleppo, "Aleppo Syrias" -> Aleppo), when
    that place lies in the country the article names most."""
    place = gazetteer().resolve(entity.text, votes)
    if place is not None:
        return SpanValue(entity.text, entity.start, entity.end), place
    start, text = entity.start, entity.text
    if (lead := _DIRECTION_BEFORE.match(text)) is not None:
        start, text = start + lead.end(), text[lead.end() :]
    if (tail := _POSSESSIVE_AFTER.search(text)) is not None and gazetteer().countries_in(tail.group(0).strip()):
        text = text[: tail.start()]
    if not text or text == entity.text:
        return None
    place = gazetteer().resolve(text, votes)
    if place is None or place.kind == "country" or votes and place.country_code != votes.most_common(1)[0][0]:
        return None
    return SpanValue(text, start, start + len(text)), place


def best_place(entities: list[Entity], votes: Counter[str], near: int | None = None, article: str = "") -> tuple[SpanValue, Place] | None:
    """The most specific resolvable place among `entities` (a city or admin1 before a country).

    With `near` (the figure's offset) the place named nearest to it wins, and, in an article
    that names no country the gazetteer knows, if that one is a place it does not know ("killed 12 civilians in the northern city of Varosh"),
    it is the answer with no admin1 or country: a farther place the gazetteer knows ("Talks in
    Lisbon …") would be a wrong answer, worse than a partial one."""
    places = [e for e in entities if e.kind == "place" and not (article and _AS_A_PARTY.match(article, e.end))]
    if near is not None and places:
        closest = min(places, key=lambda e: abs(e.start - near))
        # only when the article names no country the gazetteer knows: there, a place it does not
        # know is as likely the event's as one it does ("Nad Ali district, Helmand province")
        if not votes and gazetteer().resolve(closest.text, votes) is None and PLACE_BEFORE.search(article, max(0, closest.start - 24), closest.start):
            return SpanValue(closest.text, closest.start, closest.end), Place(closest.text, None, "", "", "unknown")
        places.sort(key=lambda e: abs(e.start - near))
    resolved = [found for entity in places if (found := _resolve_place(entity, votes)) is not None]
    # A dateline ("BEIRUT, Lebanon -") says where the story was filed: the body's places first.
    resolved.sort(key=lambda r: r[0].text.isupper())
    finer = [r for r in resolved if r[1].kind != "country"]
    if finer and article:
        return _named_province(article, finer[0], resolved)
    return (finer or resolved or [None])[0]


_DISTRICT_THEN_PROVINCE = re.compile(r"\s*(?:district|city|town|village)?\s*,\s*(?:the\s+)?$", re.I)


def _named_province(article: str, best: tuple[SpanValue, Place], resolved: list[tuple[SpanValue, Place]]) -> tuple[SpanValue, Place]:
    """'Khugyani district, Nangarhar province': the province named right after a place decides
    its admin1 where the gazetteer puts a place of that name in another one (districts and
    villages share names across provinces, and across borders)."""
    for span, place in resolved:
        if place.kind == "admin1" and place.admin1 != best[1].admin1 and 0 < span.start - best[0].end <= 40:
            if _DISTRICT_THEN_PROVINCE.fullmatch(article[best[0].end : span.start]):
                return span, place
    return best
