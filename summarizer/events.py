"""Casualty figures tied to their event: where, when, by whom, how, according to whom, how many.

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

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from summarizer.candidates import CASUALTY_CUES, GROUP_CUES, NumberCandidate, Sentence, full_name, people_before, split_sentences
from summarizer.dates import filing_date_span, resolve as resolve_date
from summarizer.entities import Entity, find_entities
from summarizer.gazetteer import Place, gazetteer

CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (cause, re.compile(pattern, re.I))
    for cause, pattern in (
        ("chemical", r"\bchemical|toxic gas|poison(?:ous)? gas|\bsarin\b|\bchlorine\b|nerve agent|suffocat"),
        ("execution", r"\bexecut|behead|firing squad"),
        ("airstrike", r"air ?strike|air raid|air attack|warplane|\bjets?\b|aircraft|helicopter|barrel bomb|\bdrones?\b|aerial|bombing raid|airstrike"),
        ("shelling", r"\bshell(?:s|ed|ing)?\b|artillery|mortar|rocket|missile|bombard|tank fire|grad\b"),
        ("explosion", r"explo|\bblast|car bomb|\bbomb(?:s|ing|er)?\b|\bIEDs?\b|improvised explosive|suicide|landmine|\bmines?\b"),
        ("shooting", r"\bshot\b|shooting|gunfire|gunmen|sniper|opened fire|\bclash|firefight|small-arms fire|engaged|\bbattles?\b|gun ?battle|\bambush"),
        ("raid", r"\braid|\boperation\b|arrest|captur|detain|\bsearch"),
    )
)
# Words that name a cause only when no sentence read names a weapon or a kind of violence:
# "strikes" alone, "fighting" (the word of a whole front: "fresh fighting shook the city" before
# the rockets that killed).
_WEAK_CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("airstrike", re.compile(r"\bstrikes?\b", re.I)),
    ("shooting", re.compile(r"\bfighting\b", re.I)),
)

_CUMULATIVE = re.compile(
    r"since (?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d"
    r"|since the (?:start|beginning|outbreak|onset) of the (?:war|conflict|uprising|revolution|crisis|fighting)"
    r"|since the (?:war|conflict|uprising|revolution|crisis|fighting) (?:began|started|erupted|broke out)"
    r"|(?:in|during|over|after) (?:the )?(?:\w+ )?(?:more than )?(?:\w+ )?years of (?:war|conflict|fighting)"
    r"|(?:over|in|during) the (?:past|last) (?:\w+ )?years|throughout the (?:war|conflict)|war-long|death toll of the (?:war|conflict)",
    re.I,
)
_PERIOD = re.compile(
    r"so far (?:this|in) (?:week|month|year)|so far this (?:week|month|year)|(?:earlier )?this (?:week|month|year)|so far"
    r"|since (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last \w+|the start of the (?:week|month|year)|the beginning of the (?:week|month|year)|(?:19|20)\d\d)"
    r"|(?:in|over|during) the (?:past|last) (?:\w+ )?(?:hours|days|weeks|months|years|24 hours)"
    r"|(?:last|past) (?:week|month)"
    + "|" + _CUMULATIVE.pattern,
    re.I,
)
# Strong cues: whatever follows them is the source ("according to", "citing", "reported by").
# A source before a speech verb ("activists said") is read by `_BEFORE_VERB` below.
_REPORTED_BY = (
    re.compile(r"\baccording to (?P<src>(?:the |a |an )?[^,.;:()“”\"]{2,80}?)(?=\s*(?:[,.;:()]|$|\s+(?:on|in|which|who|that|as|and said)\b))", re.I),
    re.compile(r"\b(?:citing|quoting) (?P<src>(?:the |a |an )?[^,.;:()“”\"]{2,80}?)(?=\s*(?:[,.;:()]|$|\s+(?:on|in|as)\b))", re.I),
    re.compile(r"\b(?:reported|documented|confirmed|counted|recorded) by (?P<src>(?:the |a |an )?[^,.;:()“”\"]{2,80}?)(?=\s*(?:[,.;:()]|$|\s+(?:on|in|as)\b))", re.I),
    # "Figures released by the health ministry showed ...": a document's author (gas is "released by" a helicopter too)
    re.compile(r"\b(?:figures|data|statistics|tolls?|tally|count|numbers|report|list|estimates) (?:released|published|compiled|issued|provided|gathered) by (?P<src>(?:the |a |an )?[^,.;:()“”\"]{2,80}?)(?=\s*(?:[,.;:()]|$|\s+(?:on|in|as|showed|shows|show|put|puts|suggest|suggested|indicate|indicated)\b))", re.I),
)
# A document cited as the source is its author's figure: "according to figures from the United
# Nations", "a toll compiled by AFP", "a statement from the ministry", "the ministry's latest figures".
_DOCUMENT = r"(?:(?:latest|new|official|final|preliminary|own|initial|updated|daily|weekly|monthly)\s+)*(?:figures|statement|(?:death\s+)?toll|tally|count|report|data|estimates?|statistics|numbers|records|list|database)"
_DOCUMENT_OF = re.compile(rf"^{_DOCUMENT}\s+(?:(?:released|compiled|issued|published|provided|gathered|collected|posted|put out)\s+)?(?:by|from|of)\s+(?:the\s+)?(?P<author>\S.*)$", re.I)
_AUTHORS_DOCUMENT = re.compile(rf"^(?P<author>.+?)['’]s?\s+{_DOCUMENT}$", re.I)
# "a Reuters tally", "UN figures", "government figures": the author written before the document
_AUTHOR_BEFORE = re.compile(rf"^(?P<author>(?:[A-Z][\w.’'-]*\s+)+|(?:[a-z][\w-]*\s+)?(?:government|ministry|army|military|police|hospital|official|opposition|rebel|activist|monitor|coalition)\s+)(?:(?:latest|new|official|final|preliminary|initial|updated)\s+)*(?:figures|(?:death\s+)?toll|tally|count|data|statistics|estimates?)$")
# "were reported killed by the monitor": the passive's agent reports the figure, unless it is an
# armed side ("reported killed by government forces" is who killed them) - checked by the noun.
_PASSIVE_REPORT = re.compile(r"\b(?:were|was|been|are|is)\s+reported\s+(?:\w+\s+){1,2}?by\s+(?P<src>(?:the |a |an )?[^,.;:()“”\"]{2,60}?)(?=\s*(?:[,.;:()]|$|\s+(?:on|in|at|near|as|after|during)\b))", re.I)
_ARMED_HEAD = re.compile(r"^(?:forces|troops|army|military|police|militia|jets|warplanes|aircraft|helicopters|planes|drones|artillery|militants|fighters|rebels|insurgents|gunmen|regime|jihadists|soldiers|bombers|shelling|fire|strikes?|airstrikes?|bombs?|bombing)$", re.I)
_NOT_SOURCES = re.compile(r"^(?:he|she|they|it|we|i|you|this|that|there|officials? who|the attack|the strike|the bombing|the blast|the explosion)$", re.I)
_SIDE = (
    r"(?:suspected |pro-government |pro-regime |governments? |regimes? |armys |rebel |opposition |jihadist |U\.?S\.?-led |US-led |Saudi-led |Russian |Syrian |Turkish |Israeli |Iraqi |Afghan |coalition |"
    r"Islamic State |IS |ISIS |ISIL |Taliban |Kurdish |al-Qaeda |Nusra |militant |insurgent |military |(?-i:[A-Z][\w.-]*[\w-]) )"
)
# "Russian and Syrian jets", "Russian and regime warplanes": sides named together
_SIDES = rf"{_SIDE}(?:(?:and |, ){_SIDE}|{_SIDE}){{0,5}}"
_ARMED = r"(?:forces|troops|army|jets|warplanes|aircraft|helicopters|planes|drones|artillery|militants|fighters|rebels|insurgents|gunmen|regime|jihadists|soldiers|air forces?|security force|bombers|snipers)"
# people who act, named without a side ("Militants launched ..."); weapons need one ("Artillery shells struck" names no one)
_PEOPLE = r"(?:forces|troops|militants|fighters|rebels|insurgents|gunmen|jihadists|soldiers|bombers)"
_QUANTITY = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|a hundred|several|many|some|dozens|hundreds|scores|numerous|multiple|(?!(?:19|20)\d\d\b)\d[\d,]*"
_PERPETRATOR = (
    # "an airstrike of the US-led anti-terror coalition", "shelling from regime forces"
    re.compile(r"\b(?:air ?strikes?|air raids?|raids?|strikes?|shelling|bombardment|attacks?)\s+(?:of|from)\s+(?P<who>(?:the )?(?:[\w.-]+\s+){0,3}?(?:coalition|forces|army|regime|jets|warplanes|aircraft|air force))\b", re.I),
    re.compile(rf"\b(?:by|from) (?P<who>(?:the |a |an )?{_SIDES}(?:forces|troops|army|jets|warplanes|aircraft|helicopters|planes|drones|artillery|militants|fighters|rebels|insurgents|gunmen|regime|government|coalition|group|militia|jihadists|soldiers|air forces?|navy|police|bombers|units|strikes|airstrikes|air strikes|air raids|raids|shelling))\b", re.I),
    re.compile(rf"(?P<who>\b(?:the |a |an )?(?:{_SIDES}{_ARMED}|{_PEOPLE}))\s+(?:(?!(?:was|were|been|being|be|is|are)\b)\w+\s+){{0,2}}?(?:shelled|bombed|struck|hit|killed|attacked|targeted|launched|fired|carried out|pounded|stormed|opened fire|dropped|raided|executed|captured|arrested|detained|seized|conducted|shot)\b", re.I),
    # "Russian raids", "US-led strikes", "the Syrian armys bombardment" (FA-KES texts lost their apostrophes)
    re.compile(r"(?P<who>(?:pro-)?(?:(?:[A-Z][a-z]+(?:ian|ish|i|ese|an)\s+)?(?:[Aa]rmy|[Mm]ilitary|[Gg]overnment|[Rr]egime)['’]?s|[Gg]overnment|[Rr]egime|[Rr]ebel|[Oo]pposition|[Ii]nsurgent|[Mm]ilitant|[Jj]ihadist|[Cc]oalition|U\.?S\.?|[A-Z][a-z]+(?:ian|ish|i|ese|an))(?:-led)?)\s+(?i:shelling|airstrikes?|air ?strikes?|air raids?|strikes?|raids?|missile strikes?|bombardment|bombing|attacks?|assaults?|rocket fire|artillery|mortar fire|fire|offensive|barrel bombs?)\b"),
    # an armed side as the sentence names it, not as the side attacked ("an attack on Syrian forces")
    re.compile(r"(?P<who>(?:[Tt]he )?(?:[A-Z][\w-]*\s+){1,4}(?:group|movement|front|brigade|army|militia)?)\s*(?:has |have |had |later |quickly )?claimed responsibility"),

)
# An armed side as the sentence names it, not as the side attacked ("an attack on Syrian forces"),
# fought ("clashes between regime and Kurdish forces") or counted ("killed 12 Syrian soldiers").
_ARMED_SIDE = re.compile(rf"(?P<who>\b(?:the )?{_SIDES}{_ARMED})\b(?!\s+(?:were|was|are|is|have been|had been|has been)\b)", re.I)
_NP_LEFT = re.compile(rf"(?:{_SIDE}|(?-i:[A-Z])[\w-]*['’]s |the |and |, )$", re.I)
_ACTED_UPON = re.compile(rf"\b(?:on|against|targeting|targeted|killed|killing|of|between|hit|struck|with|{_QUANTITY})\s+$", re.I)
_NAMED_GROUP = re.compile(r"(?P<who>(?:[Tt]he )?(?:Islamic State(?: (?:of|in) Iraq and (?:the )?(?:Levant|Syria|Sham))?|ISIS|ISIL|IS|D[Aa][Ee][Ss][Hh]|Taliban|al-Qaeda|Nusra Front|[Aa]l-Nusra|Hezbollah|Houthis?|al-Shabaab|Boko Haram|Haqqani [Nn]etwork))\b")
# A named group as the side struck or counted: "Daesh-held villages", "strikes on ISIS positions",
# "40 ISIS militants were killed" (the words before it are read by `_ACTED_UPON`).
_STRUCK_AFTER = re.compile(
    r"-(?:held|controlled|run|occupied|linked)\b"
    r"|\s+(?:(?:group|organi[sz]ation)['’]?s?\s+)?(?:de facto\s+\w+|positions?|targets?|bastions?|strongholds?|hideouts?|headquarters|bases?|convoys?|territory|areas?)\b"
    r"|(?:\s+[\w-]+){0,2}\s+(?:were|was|have been|had been|has been)\s+(?:killed|wounded|injured|captured)",
    re.I,
)
# A named group as the subject of an attack verb ("The Islamic State group killed 50 people").
_GROUP_ACTS = re.compile(
    r"(?:\s*\([A-Z][\w-]{1,10}\))?(?:\s+(?:group|organi[sz]ation|militants|fighters|jihadists|terrorists|gunmen))?\s+(?:(?!(?:was|were|been|being|be|is|are)\b)\w+\s+){0,2}?"
    r"(?:shelled|bombed|struck|hit|killed|kills|attacked|targeted|launched|fired|carried out|pounded|stormed|opened fire|dropped|raided|executed|beheaded|seized|shot)\b",
    re.I,
)
# "Residents blamed the U.S.-led coalition for the strikes": the side an article's witnesses name
_BLAMED = re.compile(rf"\bblam(?:ed|es|ing)\s+(?P<who>(?:the )?(?:{_SIDES})?(?:{_ARMED}|coalition|government|regime|militias?))\s+for\b", re.I)
# A scraped page's tag list ("Tags Qamishli YPG Turkey Syrian regime") runs into the lead's first
# sentence: in it only a side right before its attack verb is read ("Syrian regime warplanes bombed").
_TAGS = re.compile(r"\bTags\s")
_TAGGED_ACTOR = re.compile(
    rf"(?P<who>(?:{_SIDE}(?:and )?){{1,2}}{_ARMED})\s+(?:have |has |had )?(?:shelled|bombed|struck|hit|killed|attacked|targeted|launched|fired|pounded|stormed|dropped|raided|executed|shot)\b",
    re.I,
)
_UNNAMED_PEOPLE = re.compile(rf"(?:the |a |an |its |their )?{_PEOPLE}", re.I)
_COUNTED = re.compile(rf"\b(?:{_QUANTITY})\s+$", re.I)
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d+\s+$")
# "a car bomb blamed on Daesh", "an attack claimed by ISIS": the group named is the one acting
_BLAMED_BEFORE = re.compile(r"\b(?:blamed on|attributed to|claimed by|carried out by|by)\s+$", re.I)


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


def _span(sentence: Sentence, match: re.Match[str], group: str = "src") -> SpanValue:
    start, end = match.span(group)
    text = sentence.text[start:end]
    stripped = text.rstrip(" ,.;:")
    lead = len(stripped) - len(stripped.lstrip())
    return SpanValue(stripped.strip(), sentence.start + start + lead, sentence.start + start + lead + len(stripped.strip()))


_SOURCE_NOUN = re.compile(
    r"(?:officials?|activists?|observatory|ministry|agenc(?:y|ies)|groups?|staff|station|sources?|doctors?|medics?|witness(?:es)?|residents?|police|army|military|"
    r"spokes(?:man|woman|person)|monitors?|council|committee|office|authorities|media|television|TV|news|hospitals?|organi[sz]ation|"
    r"network|commission|government|command|forces|rescuers|defen[cs]e|workers?|volunteers?|officers?|governor|mayor|chief|director|UN|U\.N\.|"
    r"coalition|rebels|relatives|famil(?:y|ies)|villagers|elders?|leaders?|commanders?|alliance|front|movement|union|league|party|unit|team|crew|"
    r"project|website|newspaper|radio|broadcaster|outlet|prosecutors?|court|researchers|investigators|observers|charit(?:y|ies)|NGOs?|"
    r"administration|department|bureau|directorate|services?|mission|authority|centre|center|clinic|navy|"
    r"Observatory|Reuters|AFP|AP|SANA|state media|channel|statement|report|figures|tally|count)$|^[A-Z]",
)
_SPEECH = r"said|says|say|reported|reports|stated|announced|claimed|estimated|estimates|estimate|told|wrote|writes|tweeted|posted|counted|documented|confirmed|added|put|puts|gave (?:a |an |its |the )?(?:\w+ )?(?:figure|toll|count|tally|estimate)"
_CLAUSE_WORDS = r"as|while|and|but|after|when|that|which|where|because|since|although|though|whereas|if|unless|before|until"
_BOUNDARY = re.compile(rf"(?:[,;:()“”\"–—]|\b(?:{_CLAUSE_WORDS})\b)(?!.*(?:[,;:()“”\"–—]|\b(?:{_CLAUSE_WORDS})\b))", re.I | re.S)
# "X said", "X, a spokesman for Y, said", "A spokeswoman for Y, Hanna Dobre, said"
_BEFORE_VERB = re.compile(
    rf"(?P<src>(?:[\w’'.-]+\s+){{0,7}}?[\w’'.-]+)(?:\s+\([A-Z][\w.&-]{{1,10}}\))?(?P<appositive>,[^,;“”\"]{{2,90}},)?"
    rf"\s+(?:(?:has|have|had|also|later|earlier|separately|previously)\s+){{0,2}}(?:{_SPEECH})\b"
)
# "..., said Tomas Ilves, a spokesman for the militia": the source after the verb, at a clause's start.
_AFTER_VERB = re.compile(rf"(?:^|[,“”\"’]\s*)(?:said|says|added|told reporters)\s+(?P<src>(?:the |a |an )?[^,.;:()“”\"]{{2,70}}?)(?=\s*(?:[,.;:]|$))")
# A description followed by the name it describes: "a local rights group, the Orvan Rights Desk".
_APPOSITIVE_NAME = re.compile(r",\s+(?:the\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w’'.-]*))*\s*[A-Z][\w’'.-]*|[A-Z][\w’'.-]+)(?=\s*(?:[,.;:]|$))")
_LOCATIVE = re.compile(r"\s+(?:in|at|near|from)\s+(?:the\s+)?\S.*$")
_PERSON_NAME = re.compile(r"^(?:[A-Z][a-z’'-]+\s+){1,2}[A-Z][a-z’'-]+$")
_DETERMINERS = re.compile(r"^(?:the|a|an|its|his|her|their)\s+", re.I)


_JOINED_SOURCE = re.compile(r"(?<![\w’'-])(?:police|officials|army|military|medics|doctors|residents|witnesses|activists|rescuers|sources|paramedics|hospital|security)\s+$", re.I)
_DISCOURSE = re.compile(r"^(?:Meanwhile|However|But|And|Also|Separately|Earlier|Later|Elsewhere|Still|Yet|Now|Then|Instead|Overall),?\s+")


def _source(sentence: Sentence, start: int, end: int, cued: bool = False) -> SpanValue | None:
    """A source phrase at sentence offsets start:end, cut to the noun phrase the project's gold
    uses: no leading article, no trailing punctuation, at most nine words. Without a strong cue
    (`cued`: "according to", "citing") the phrase must end in a source-like word."""
    text = sentence.text[start:end]
    stripped = text.strip(" ,.;:")
    offset = start + text.find(stripped)
    bare = _DISCOURSE.sub("", stripped)  # "Meanwhile the Hills Army said": the army
    bare = _DETERMINERS.sub("", bare)
    offset += len(stripped) - len(bare)
    place = _LOCATIVE.search(bare)
    head = bare[: place.start()].split()[-1] if place is not None and bare[: place.start()].split() else ""
    if head[:1].islower() and _SOURCE_NOUN.search(head) and not _DOCUMENT_OF.match(bare):  # "figures from the UN" is the UN's
        bare = bare[: place.start()]  # "A U.N. spokesman in Geneva", "officials in the province"
    words = bare.split()
    if words and words[0] in {"in", "on", "at", "near", "from", "into", "outside", "inside"}:
        return None  # "... kidnapped them in the eastern province of X said the monitor": a place, not who said it
    if not words or len(words) > 9 or _NOT_SOURCES.match(bare) or not (cued or _SOURCE_NOUN.search(words[-1])):
        return None
    return SpanValue(bare, sentence.start + offset, sentence.start + offset + len(bare))


_RANK = re.compile(r"^(?:(?:Colonel|Col\.|General|Gen\.|Brigadier|Brig\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Commander|Cmdr\.|Admiral|Adm\.|Dr\.|Mr\.|Mrs\.|Ms\.)\s+)+")
_NAME_TAIL = re.compile(r"(?P<name>(?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+)$")
_PRONOUN_SOURCE = re.compile(r"\b(?:he|she)\s+(?:said|says|told|added|reported|estimated)\b", re.I)


_ORG_HEAD = (
    r"Observatory|Ministry|Agency|Group|Council|Committee|Office|Network|Commission|Command|Forces|Army|Front|Monitor|Mission|Department|"
    r"Administration|News|Press|Television|TV|Reuters|Rights|Crescent|Cross|Nations|Union|Brigades?|Movement|Party|Alliance|Coalition|Project|"
    r"Desk|Watch|Centre|Center|Authority|Services?|Organi[sz]ation|Directorate|Bureau|Police|Guard|League|Affairs|Borders|Programme|Program|"
    r"Fund|Institute|Association|Society|Foundation|Court|Hospital|Clinic|Battalion|Militia|Agency"
)
_ORGANISATION = re.compile(rf"(?:{_ORG_HEAD})$")
# Words before a name that are part of a longer proper name ("Office for the Coordination of
# Humanitarian Affairs"), not a person's role ("regional governor Petra Valchenko").
_NAME_JOINER = {"of", "for", "the", "and", "on", "de", "in", "to"}
_TITLE = re.compile(r"^(?:(?:President|Prime|Minister|Secretary|Secretary-General|Chancellor|Premier|King|Queen|Prince|Emir|Governor|Mayor|Senator|Ambassador|Sheikh|Imam|Father|Bishop|Archbishop|Judge|Professor|Prof\.|Gov\.|Sen\.|Rev\.)\s+)+")
# A capitalised name, "of"/"for"/"and"/"the" only between its capitalised words ("Ministry of Health").
_PROPER = r"[A-Z][\w’'.-]*(?:[ \t]+(?:(?:of|for|and|on|de)[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'.-]*)*"
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")
# a side's own modifier kept with its name ("the rebel National Salvation Front")
_MODIFIER = r"(?:(?:rebel|separatist|opposition|jihadist|militant|insurgent|armed|paramilitary|pro-[\w-]+|[\w]+-led|[\w]+-backed)\s+)?"
# What a definite description can stand for: "the group" -> "the Kestan Democratic Forces"
# (ACLED/wire usage: a short form for an organisation named before). Class nouns that the
# gold keeps as written (army, government, police, rebels) are not here.
_REFERS_TO = {
    "group": r"Front|Forces|Brigades?|Movement|Army|Alliance|Group|Militia|Battalion|Monitor|Observatory|Project|Network|Desk|Watch|Organi[sz]ation",
    "monitor": r"Observatory|Monitor|Network|Project|Watch|Desk|Group|Centre|Center",
    "organisation": r"Organi[sz]ation|Group|Crescent|Cross|Borders|Fund|Programme|Committee|Agency|Project|Network|Foundation|Association|Society|Watch|Hands",
    "charity": r"Organi[sz]ation|Group|Crescent|Cross|Borders|Fund|Foundation|Association|Society|Hands",
    "agency": r"Agency|Programme|Fund|Organi[sz]ation",
}
_REFERS_TO["organization"] = _REFERS_TO["organisation"]
for _noun in ("ministry", "office", "department", "observatory", "commission", "committee", "council", "mission", "network", "movement",
              "front", "alliance", "directorate", "bureau", "centre", "center", "project", "authority", "administration", "brigades", "union", "league"):
    _REFERS_TO.setdefault(_noun, _noun.capitalize())


def _first_mention(article: str, name: str) -> SpanValue | None:
    match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", article)
    return SpanValue(name, match.start(), match.end()) if match else None


def _person(article: str, text: str) -> SpanValue | None:
    """The full name of the person a source phrase ends with, titles and ranks dropped
    ("regional governor Petra Valchenko", "Colonel Ivan Petrov", "Valchenko"), or None when the
    phrase names an organisation ("Office for the Coordination of Humanitarian Affairs")."""
    tail = _NAME_TAIL.search(text)
    if tail is None or _ORGANISATION.search(text):
        return None
    prefix = text[: tail.start()].split()
    name = tail.group("name")
    titled = _TITLE.sub("", _RANK.sub("", name))
    if titled != name and titled:
        name = titled
    elif prefix and (prefix[-1].lower() in _NAME_JOINER or prefix[-1][:1].isupper() and not _RANK.match(prefix[-1] + " ") and not _TITLE.match(prefix[-1] + " ")):
        return None  # part of a longer capitalised name
    if not prefix and titled == tail.group("name") and len(name.split()) > 1:
        return None  # already the full name as written
    name = full_name(article, name) or name
    name = _RANK.sub("", name) if len(_RANK.sub("", name).split()) >= 2 else name
    return _first_mention(article, name) if len(name.split()) >= 2 else None


def _full_naming(article: str, head: str, before: int | None = None) -> SpanValue | None:
    """The first full naming of an organisation whose head is `head` ("the Observatory" ->
    "Orvan Observatory for Human Rights"; "the Front" -> "rebel National Salvation Front"),
    searched before `before` when given."""
    pattern = re.compile(rf"(?:\b[Tt]he\s+(?P<mod>{_MODIFIER}))?(?P<name>(?:[A-Z][\w’'-]+\s+(?:(?:of|for)\s+)?){{1,4}}{head}(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+)*)?)\b")
    full = pattern.search(article, 0, before if before is not None else len(article))
    if full is None:
        return None
    start = full.start("mod") if full.group("mod") else full.start("name")
    name = re.sub(r"^The\s+", "", article[start : full.end("name")])
    return SpanValue(name, full.end("name") - len(name), full.end("name"))


def _expanded(article: str, acronym: str) -> SpanValue | None:
    """The name an acronym stands for where the article gives it in brackets ("The Kestan
    Democratic Forces (KDF)" -> "Kestan Democratic Forces"); the bracket is not part of it."""
    match = re.search(rf"(?P<name>{_PROPER})\s*\(\s*{re.escape(acronym)}\s*\)", article)
    if match is None:
        return None
    # the words the letters stand for, not the dateline or headline run into them ("Hama Beirut
    # Doctors Without Borders (MSF)" has none: the acronym stays)
    words = match.group("name").split()
    for size in range(len(words), 0, -1):
        initials = "".join(w[0] for w in words[-size:] if w[0].isupper() and w.lower() not in _NAME_JOINER)
        if initials.upper() == re.sub(r"[^A-Z]", "", acronym.upper()) and words[-size][0].isupper() and words[-size] not in {"The", "A", "An"}:
            name = " ".join(words[-size:])
            return SpanValue(name, match.end("name") - len(name), match.end("name"))
    return None


def _named_before(article: str, words: str, before: int) -> SpanValue | None:
    """The organisation a definite description stands for ("the group", "the ministry", "their
    organisation"): the nearest earlier name of that class, as the article first names it."""
    # a bare head, or one whose modifier only says where it sits ("the Britain-based monitor", "the
    # war monitor"): "the extremist group" may be another group
    words = re.sub(r"^(?:[\w-]+-based|war)\s+", "", words or "", flags=re.I)
    heads = _REFERS_TO.get(words.lower()) if words else None
    if heads is None:
        return None
    named = [m for m in re.finditer(rf"(?:\b[Tt]he\s+{_MODIFIER})?(?P<name>{_PROPER})", article[:before]) if re.search(rf"\b(?:{heads})\b", m.group("name"))]
    if not named:
        return None
    last = named[-1]
    name = re.sub(r"^(?:The|A|An)\s+", "", last.group("name"))
    found = SpanValue(name, last.end("name") - len(name), last.end("name"))
    if len(name.split()) == 1:  # a short form itself ("the Front"): its first full naming
        return _full_naming(article, re.escape(name), found.start) or found
    return _with_modifier(article, found)


def _with_modifier(article: str, found: SpanValue) -> SpanValue:
    """A side's name with its own modifier ("the rebel National Salvation Front")."""
    match = re.search(rf"\b[Tt]he\s+(?P<mod>{_MODIFIER})$", article[max(0, found.start - 40) : found.start])
    if match is None or not match.group("mod"):
        return found
    start = found.start - len(match.group("mod"))
    return SpanValue(article[start : found.end], start, found.end)


def resolve_source(article: str, source: SpanValue) -> SpanValue:
    """A person's source by their full name, wherever the article first gives it ("Valchenko"
    and "regional governor Petra Valchenko" -> "Petra Valchenko"; "the regional governor" ->
    the person the article gives that role); an acronym or short form of an organisation by
    its first full naming ("the KDF", "the Observatory"); other organisations and groups as written."""
    text = source.text
    if (person := _person(article, text)) is not None:
        return person
    if _ACRONYM.match(text) and (expanded := _expanded(article, text)) is not None:
        return expanded
    if re.fullmatch(_ORG_HEAD, text) and article[max(0, source.start - 4) : source.start].lower() == "the ":
        # "The Front says" after "the Orvan Liberation Front": the name the article gave it
        if (full := _full_naming(article, text)) is not None:
            return full
    if text[:1].islower():  # a role: whom does the article give it to?
        role = re.escape(text)
        holder = re.search(rf"\b{role},?\s+(?:{_RANK.pattern[1:]})?(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){{1,2}})", article) or re.search(
            rf"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){{1,2}}),\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:(?!(?:for|of|the|a|an|at|in|with|from|to|and|who|which)\b|[a-z]+ing\b)[a-z][\w’'-]*\s+){{0,3}}{role}\b(?!\s+(?:of|for)\b)", article)
        if holder and not _ORGANISATION.search(holder.group("name")) and (found := _first_mention(article, holder.group("name"))) is not None:
            return found
    return source


_IT_SOURCE = re.compile(r"\b(?:it|It)\s+(?:also\s+)?(?:said|says|added|reported|estimated|put)\b")
# "the group", "the same group", "the health office": a definite description of a source named before
_ANAPHOR = re.compile(r"^(?:same\s+)?(?P<words>(?:[A-Z][\w-]*-based\s+)?[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,2})$")


def _source_before(sentences: Sequence[Sentence], start: int) -> SpanValue | None:
    """The source of the sentence before (the organisation "It said" refers to), if it names one."""
    earlier = [s for s in sentences if s.end <= start][-2:]
    for s in reversed(earlier):
        found = reported_by(s)
        if found is not None:
            return found
    return _subject_organisation(earlier[-1]) if earlier else None


def _person_before(article: str, start: int) -> SpanValue | None:
    """Whom "he said" refers to: the last person named before `start`, not an organisation
    ("Ivan Rell, a spokesman for the Hills Front, said ... He said" is Ivan Rell)."""
    for name in reversed(people_before(article, start)):
        if not _ORGANISATION.search(name):
            return _first_mention(article, full_name(article, name) or name)
    return None


def _quote_goes_on_to_a_pronoun(article: str, sentences: Sequence[Sentence], sentence: Sentence) -> bool:
    """A figure inside a quote whose attribution comes sentences later in the paragraph ('"Twelve
    people were killed here. We buried them," he said.'): the figure is the speaker's."""
    if not re.match(r"\s*[“\"]", sentence.text) or re.search(r"[”\"]", sentence.text.lstrip()[1:]):
        return False  # not a quote, or one closed in this sentence (its attribution is here)
    for later in sentences:
        if later.start < sentence.end:
            continue
        if "\n" in article[sentence.end : later.start]:
            return False
        if re.search(r"[”\"]", later.text):
            return bool(re.search(r"[”\"],?\s+(?:he|she)\s+(?:said|says|told|added)\b", later.text))
    return False


def _paragraph_source(article: str, sentences: Sequence[Sentence], sentence: Sentence) -> SpanValue | None:
    """The source of a figure its own sentence does not attribute: wire copy attributes once per
    paragraph ("The health office said 12 were killed. Another 30 were wounded."; "Nine soldiers
    were killed. Four more were captured, the army said."), so the nearest sentence of the same
    paragraph that names one, before it first, then after it."""
    index = next((i for i, s in enumerate(sentences) if s.start == sentence.start), None)
    if index is None:
        return None
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(sentences):
            gap = article[min(sentences[i].end, sentence.end) : max(sentences[i].start, sentence.start)]
            if "\n" in gap:
                break  # another paragraph
            found = reported_by(sentences[i])
            if found is not None:
                return found
            i += step
    return None


_SUBJECT = re.compile(rf"^\s*(?:[Tt]he\s+)?(?P<org>{_PROPER})\s+(?:(?:has|have|had|also|later|on\s+[A-Z]\w+)\s+)*[a-z]+")


def _subject_organisation(sentence: Sentence) -> SpanValue | None:
    """The organisation a sentence is about when it opens with it ("The Health Ministry gave new
    figures on Monday. It said ..."): "it" in the next sentence is that organisation."""
    match = _SUBJECT.match(sentence.text)
    if match is None or not _ORGANISATION.search(match.group("org")):
        return None
    start, end = match.span("org")
    return SpanValue(match.group("org"), sentence.start + start, sentence.start + end)


def _antecedent(article: str, source: SpanValue, earlier: list[SpanValue]) -> SpanValue | None:
    """The source named before that a definite description refers to ("The same group says" after
    "A local rights group, the Orvan Rights Desk, said"; "the health office" after "the provincial
    health office"): its head noun is the earlier source's last word or its description's."""
    if not re.search(r"\b(?:the|its|their)\s+$", article[max(0, source.start - 6) : source.start], re.I):
        return None
    match = _ANAPHOR.match(source.text)
    if match is None:
        return None
    words = match.group("words").lower()
    head = words.split()[-1]
    for previous in reversed(earlier):
        if previous.text.lower() == words:
            continue
        if previous.text.lower().endswith(words):
            return previous
        before = article[max(0, previous.start - 80) : previous.start]
        if re.search(r",\s*(?:the\s+)?$", before, re.I) and len(parts := before.split(",")) >= 2 and head in parts[-2].lower().split():
            return previous  # "A local rights group, the Orvan Rights Desk": the group
    return _named_before(article, words, source.start)


def reported_by(sentence: Sentence, at: int | None = None) -> SpanValue | None:
    """Who the sentence says gives its figures ("according to X", "X said", "citing X",
    "reported by X"), verbatim, or None. With `at` (an offset into the article), a speech verb
    after the figure ("... killed 12, officials said") or the nearest one before it counts."""
    cued, candidates = _sources_in(sentence)
    if cued is not None:
        return cued
    if not candidates:
        return None
    position = (at - sentence.start) if at is not None else len(sentence.text)
    # A verb before the figure ("activists said government shelling killed 400") or a tag at
    # the sentence's end ("..., officials said") - the nearest.
    return min(candidates, key=lambda c: abs(c[0] - position))[1]


@lru_cache(maxsize=512)
def _sources_in(sentence: Sentence) -> tuple[SpanValue | None, tuple[tuple[int, SpanValue], ...]]:
    """The sentence's cued source (the first "according to X"-like phrase), and every "X said"
    source with its offset in the sentence. Once per sentence: an article's figures share
    sentences, and the speech-verb pattern is the costliest of the event rules."""
    text = sentence.text
    for pattern in _REPORTED_BY:
        for match in pattern.finditer(text):
            found = _source(sentence, *match.span("src"), cued=True)
            if found is not None:
                return _author_of(_named_in_apposition(sentence, match.end("src"), found)), ()
    candidates = []
    for match in _PASSIVE_REPORT.finditer(text):
        found = _source(sentence, *match.span("src"))
        if found is not None and not _ARMED_HEAD.match(found.text.split()[-1]):
            candidates.append((match.start("src"), found))
    for match in _BEFORE_VERB.finditer(text):
        start, end = match.span("src")
        clause = _BOUNDARY.search(text[start:end])
        if clause is not None:
            joined = _JOINED_SOURCE.search(text[start : start + clause.start()]) if clause.group(0).lower() == "and" else None
            # "police and hospital officials said": two sources named together are one string
            start += joined.start() if joined is not None else clause.end()
        # "a list of 230 members the group says": the source starts at its own determiner
        inner = list(re.finditer(r"(?<=\s)(?:the|a|an)\s", text[start:end], re.I))
        if inner and not re.search(r"\b(?:of|for|from|at|in|on|with|to|by|near|around|outside|inside|across|along|over|under|into|about|between|behind|within|throughout)\s+$", text[start : start + inner[-1].start()], re.I):
            start += inner[-1].start()
        if match.group("appositive"):
            inner = match.group("appositive").strip(" ,")
            if _PERSON_NAME.match(inner):  # "A spokeswoman for the movement, Hanna Dobre, said"
                start, end = match.start("appositive") + match.group("appositive").find(inner), match.start("appositive") + match.group("appositive").find(inner) + len(inner)
        found = _source(sentence, start, end)
        if found is not None:
            if match.group("appositive"):  # "A local rights group, the Orvan Rights Desk, said"
                found = _named_in_apposition(sentence, match.start("appositive"), found)
            candidates.append((match.start("src"), found))
    for match in _AFTER_VERB.finditer(text):
        found = _source(sentence, *match.span("src"))
        if found is not None:
            candidates.append((match.start("src"), found))
    return None, tuple(candidates)


def _author_of(found: SpanValue) -> SpanValue:
    """The author of a document cited as the source ("figures from the United Nations" -> "United
    Nations", "the ministry's latest figures" -> "ministry"): the gold names who gives a figure,
    not the paper it is printed on. Anything else as it is."""
    match = _DOCUMENT_OF.match(found.text)
    if match is not None:
        author = re.sub(r"\s+(?:published|released|issued|compiled|posted|put out)$", "", match.group("author").rstrip(" ,.;:"))
        start = found.start + match.start("author")
        return SpanValue(author, start, start + len(author))
    match = _AUTHORS_DOCUMENT.match(found.text) or _AUTHOR_BEFORE.match(found.text)
    if match is not None:
        author = _DETERMINERS.sub("", match.group("author")).rstrip()
        start = found.start + match.start("author") + (len(match.group("author")) - len(_DETERMINERS.sub("", match.group("author"))))
        return SpanValue(author, start, start + len(author))
    return found


def _named_in_apposition(sentence: Sentence, at: int, found: SpanValue) -> SpanValue:
    """The name a lower-case description is given right after it, else the description
    ("according to a local monitor, the Orvan Rights Desk" -> "Orvan Rights Desk")."""
    if not found.text[:1].islower():
        return found
    match = _APPOSITIVE_NAME.match(sentence.text, at)
    if match is None:
        return found
    name = match.group("name")
    if name.endswith(".") and name.split()[-1].count(".") == 1:
        name = name[:-1]  # the sentence's full stop, not an abbreviation's
    return SpanValue(name, sentence.start + match.start("name"), sentence.start + match.start("name") + len(name))


def period(sentence: Sentence) -> tuple[SpanValue | None, bool]:
    """The reporting period the sentence states, and whether it is a war-long/multi-year toll."""
    match = _PERIOD.search(sentence.text)
    if match is None:
        return None, False
    value = SpanValue(match.group(0), sentence.start + match.start(), sentence.start + match.end())
    return value, bool(_CUMULATIVE.fullmatch(match.group(0)))


def cause(texts: Sequence[str]) -> str | None:
    """The cause named by the first text that names one (the event's sentence before the lead),
    by a specific word in any of them before a weak one (`_WEAK_CAUSES`) of the event's sentence."""
    for text in texts:
        for name, pattern in CAUSES:
            if pattern.search(text):
                return name
    # a weak word only in the event's own sentence ("urged both sides to stop fighting" in the
    # lead of a talks story is no cause)
    return next((name for name, pattern in _WEAK_CAUSES if texts and pattern.search(texts[0])), None)


def perpetrator(sentence: Sentence, named: bool = True, strong: bool = False) -> SpanValue | None:
    """Who the sentence says did it: the first armed side it names as the one acting (news
    English puts the actor first: "Regime forces ... repel a rebel offensive"), else (with
    `named`) a named armed group in it that is not the side struck or counted. `strong` (a
    sentence past the lead) reads only a side named with its attack ("by regime forces",
    "Russian raids claimed", "Syrian jets struck"), not a side mentioned or unnamed fighters."""
    text = sentence.text
    if (tags := _TAGS.search(text)) is not None:
        before = Sentence(text[: tags.start()], sentence.start, sentence.start + tags.start())
        if before.text.strip() and (found := perpetrator(before, named, strong)) is not None:
            return found
        if (tagged := _TAGGED_ACTOR.search(text, tags.end())) is not None:
            return _span(sentence, tagged, "who")
        # past the tags only a side named by its attack ("carried out by government forces")
        by = [m for pattern in _PERPETRATOR[:2] if (m := pattern.search(text, tags.end())) is not None]
        return _span(sentence, min(by, key=lambda m: m.start("who")), "who") if by else None
    # a side with a count before it is counted, not acting ("says 45 Syrian soldiers killed")
    matches = [m for pattern in _PERPETRATOR[: 4 if strong else None] if (m := pattern.search(text)) and not _counted(text, m.start("who"))]
    if strong:
        found = [m for m in matches if not _UNNAMED_PEOPLE.fullmatch(m.group("who"))]
        return _span(sentence, min(found, key=lambda m: m.start("who")), "who") if found else None
    for m in _ARMED_SIDE.finditer(text):
        start = m.start("who")
        while (left := _NP_LEFT.search(text, 0, start)) is not None and left.start() < start:
            start = left.start()  # the whole noun phrase: "rebel Western Region Defence Forces"
        phrase = text[start : m.end("who")]
        both_sides = re.search(r"government|regime", phrase, re.I) and re.search(r"rebel|opposition|insurgent|militant", phrase, re.I)
        if not both_sides and not _ACTED_UPON.search(text, 0, start) and not re.match(rf"(?:{_QUANTITY})\b", text[start:], re.I):
            matches.append(m)
            break
    matches += [
        m for m in _NAMED_GROUP.finditer(text)
        if _BLAMED_BEFORE.search(text, 0, m.start("who")) or _GROUP_ACTS.match(text, m.end("who")) and not _struck(text, m)
    ]
    if matches:
        return _span(sentence, min(matches, key=lambda m: m.start("who")), "who")
    if not named:
        return None
    match = next((m for m in _NAMED_GROUP.finditer(text) if not _struck(text, m)), None)
    return _span(sentence, match, "who") if match else None


def _counted(text: str, start: int) -> bool:
    """A count right before `start` ("45 Syrian soldiers"), not a date's digits ("Aug 142016")."""
    return bool(_COUNTED.search(text, 0, start)) and not _MONTH_BEFORE.search(text, 0, start)


def _struck(text: str, match: re.Match[str]) -> bool:
    """A named group the sentence names as the side attacked, held or counted, or an
    abbreviation in parentheses restating the name before it ("Islamic State (IS) jihadists")."""
    start = match.start("who")
    if _BLAMED_BEFORE.search(text, 0, start):
        return False
    return bool(_ACTED_UPON.search(text, 0, start) or _STRUCK_AFTER.match(text, match.end("who")) or text[max(0, start - 1) : start] == "(")


def event_perpetrator(sentences: Sequence[Sentence], further: Sequence[Sentence] = ()) -> SpanValue | None:
    """The main event's perpetrator: a side its sentences blame ("residents blamed X for"), else
    one they name as acting (the event's sentence, then the lead), before a named group they
    merely mention; when they name none (FA-KES leads
    often say only "Air strikes killed ..."), the story's later sentences, read the same way."""
    blamed = next((_span(s, m, "who") for s in sentences if (m := _BLAMED.search(s.text)) is not None), None)
    if blamed is not None:
        return blamed
    for named in (False, True):
        found = next((p for s in sentences if (p := perpetrator(s, named)) is not None), None)
        if found is not None:
            return found
    blamed = next((_span(s, m, "who") for s in further if (m := _BLAMED.search(s.text)) is not None), None)
    return blamed or next((p for s in further if (p := perpetrator(s, strong=True)) is not None), None)


_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:al-|el-|ad-|as-)?[A-Z][\w’'-]+){0,2}")


_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|around|at|across|into|from|of|town of|village of|city of|district of|province of|neighbourhood of|neighborhood of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|rural|besieged|[a-z]+-(?:held|controlled|run))\s+)?$")
# "the Britain-based monitor", "Turkey-backed rebels": a place named as a party's base or backer
_AS_A_PARTY = re.compile(r"[-‐](?:based|backed|led|funded|supported|sponsored|allied|aligned|born)\b")
_PLACE_AFTER = re.compile(r"\s+(?:province|governorate|district|city|town|village|countryside|suburbs?|neighbou?rhood|region|area)\b", re.I)


def _gazetteer_mentions(article: str, spans: set[tuple[int, int]], entities: list[Entity]) -> list[Entity]:
    """Capitalised words the gazetteer knows that spaCy did not tag (it misses many Syrian and
    Afghan villages, and tags "Aleppo" as a person now and then). Which of them count is
    decided later, against the countries the article names."""
    # spaCy's org/person/group tags do not hide a place ("evacuated from Homs" came out as an org,
    # "in the Aleppo region" as a nationality).
    covered = [(e.start, e.end) for e in entities if e.kind not in {"org", "person", "group"}]
    found = []
    for start, end in spans:
        for match in _CAPITALISED.finditer(article, start, end):
            s, e = match.span()
            if any(a < e and s < b for a, b in covered):
                continue
            # Only where the words around say it is a place ("in Douma", "near Maarat al-Numan",
            # "Kafr Hamra village"): a capitalised word alone is as often a village somewhere.
            if not (_PLACE_BEFORE.search(article, max(start, s - 24), s) or _PLACE_AFTER.match(article, e)):
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


def _event_place(
    article: str, main: Sentence, lead: list[Sentence], headline: Sentence | None, figures: list[Figure],
    by_sentence: dict[int, list[Entity]], votes: Counter[str], title: str | None, near: int | None = None,
) -> tuple[SpanValue, Place] | None:
    """Where the main event happened: the most specific place of its sentence, else of the lead,
    the headline or the title (found again in the text, so the span is verbatim), else the
    place the figure sentences name most; a country only when nothing finer is named.
    "The country's largest city" under an Aleppo headline is Aleppo."""
    country = None
    for s in [main, *lead, *([headline] if headline else [])]:
        found = _best_place(by_sentence.get(s.start, []), votes, near if s is main else None, article)
        if found is not None and found[1].kind != "country":
            return found
        country = country or found
    if title:
        for match in _CAPITALISED.finditer(title):
            place = gazetteer().resolve(match.group(0), votes) if gazetteer().candidates(match.group(0)) else None
            if place is not None and place.kind != "country":
                at = re.search(rf"\b{re.escape(match.group(0))}\b", article)
                if at is not None:
                    return SpanValue(at.group(0), at.start(), at.end()), place
    named = [p for f in figures if (p := _best_place(by_sentence.get(f.candidate.sentence.start, []), votes)) is not None and p[1].kind != "country"]
    if named:
        commonest = Counter(p[1] for p in named).most_common(1)[0][0]
        return next(p for p in named if p[1] == commonest)
    return country


def _in_dateline(article: str, entity: Entity) -> bool:
    """A date in parentheses or a header line ("KABUL, Afghanistan (Jan. 22, 2013) –") is when
    the story was filed, not when the event happened."""
    before = article[max(0, entity.start - 2) : entity.start]
    after = article[entity.end : entity.end + 2]
    return "(" in before and ")" in after


def _country_votes(places: list[tuple[Entity, list[Place]]]) -> Counter[str]:
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


def _best_place(entities: list[Entity], votes: Counter[str], near: int | None = None, article: str = "") -> tuple[SpanValue, Place] | None:
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
        if not votes and gazetteer().resolve(closest.text, votes) is None and _PLACE_BEFORE.search(article, max(0, closest.start - 24), closest.start):
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


_ADDITIVE_BEFORE = re.compile(r"(?:\balso\s+(?:killed|detained|captured|arrested|wounded|injured|seized|apprehended|shot)|\banother|\ba further|\ban additional|\bfurther)\s+$", re.I)
_ADDITIVE_AFTER = re.compile(r"\s+(?:additional|other|more|further)\b", re.I)
SUBSET_GROUPS = {"children", "women"}
# "In addition, the force detained two suspects": the sentence itself says these are more
_ADDITIVE_OPENING = re.compile(r"\s*(?:In addition|Additionally|Also|Separately)\s*,", re.I)
_FIRST_FIGURE_AFTER_VERB = re.compile(r"\b(?:killed|killing|detained|detaining|captured|capturing|arrested|arresting|apprehended|wounded|wounding|injured|injuring)\s+(?:\w+\s+)?$", re.I)
# "the cell leader along with three others": the one named before the others is one more
_ONE_BEFORE_OTHERS = re.compile(r"\b(?:the|a|an)\s+[^,;.\d]{1,50}?\s+(?:along with|together with|as well as|and)\s+$", re.I)
# "detained a ... facilitator along with several suspects": the verb's object, one person the
# candidates give no figure (its name runs over a comma), is one more than the count after it
_VERB_TAKES_ONE_ALONG_WITH = re.compile(
    r"\b(?:detained|captured|arrested|apprehended|killed)\s+(?:an?|the)\s+[^.;:\d]{1,70}?\s+(?:along|together)\s+with\s+$", re.I
)
# "detained the targeted individual along with four of his associates", "the leader, who was
# detained along with two of his associates": a later sentence names again the one counted
# ('the ...') with others; the sentence's own count of the event is one more than its figure
_RESTATED_ONE_WITH = re.compile(
    r"(?:\bthe\s+[^,;.\d]{1,50}?\s+(?:along with|together with|as well as|and)|\b(?:was|were)\s+(?:detained|captured|arrested|apprehended)\s+(?:along|together)\s+with)\s+$",
    re.I,
)


# "during three operations", "in separate clearing operations", "a series of raids" (a count of
# operations is small: "2016 Air raids" in a headline is a year)
_ROUNDUP = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|multiple|numerous|separate|a series of)\s+(?:[\w-]+\s+){0,2}?(?:operations|raids)\b", re.I)


def adds_people(candidate: NumberCandidate) -> bool:
    """Whether the words attached to a figure say it counts more people than those already
    counted ("also detained two", "another three", "one additional suspect", "In addition, the
    force detained two"), so an equal figure before it is not the same people restated."""
    text = candidate.sentence.text
    at = candidate.phrase.start - candidate.sentence.start
    before, after = text[max(0, at - 30) : at], text[at + len(candidate.phrase.text) :]
    opened = _ADDITIVE_OPENING.match(text) is not None and _FIRST_FIGURE_AFTER_VERB.search(text[:at]) is not None
    return bool(_ADDITIVE_BEFORE.search(before) or _ADDITIVE_AFTER.match(after) or opened)


# A bare numeral counts people when a people or casualty word follows it, past at most three
# lowercase words, demonyms or acronyms ("40 Civilians", "85 Syrian army troops", "six people
# dead"), or a casualty verb or a toll precedes it ("killing 12", "the toll reached 330"); a page's furniture does neither
# ("Get short URL 1195 Over 100 militants", "21:41 Syrian Coalition", "24.07.2016").
_BARE_NUMERAL = re.compile(r"[\d.,:]+")
_COUNTED_AFTER = re.compile(
    r"\s+(?:(?:(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|dozens?)\b)[a-z][\w-]*|[A-Z][a-z]+(?:an|ian|i|ese|ish)|[A-Z]{2,})\s+){0,3}?"
    rf"(?:{'|'.join(GROUP_CUES.values())}|{'|'.join(CASUALTY_CUES.values())}|persons?|members|volunteers|mercenaries|others)",
    re.I,
)
_COUNTED_BEFORE = re.compile(r"(?:\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing)|injur(?:ed|ing)|left|claim(?:ed|ing)|(?:rose|risen|climbed) to|surpass(?:es|ed))|\btoll\b(?:\s+[a-z]+){0,3})\s+$", re.I)


def _furniture(candidate: NumberCandidate) -> bool:
    """A bare numeral that counts no one (a page's view count, a time, a date's digits)."""
    if not _BARE_NUMERAL.fullmatch(candidate.phrase.text):
        return False
    at = candidate.phrase.start - candidate.sentence.start
    text = candidate.sentence.text
    after = text[at + len(candidate.phrase.text) :]
    if re.search(r"\d[:.]$", text[:at]):
        return True  # the minutes of "19:47", the month of "28.04"
    return not (_COUNTED_AFTER.match(after) or _COUNTED_BEFORE.search(text[max(0, at - 30) : at]))


def _totals(figures: list[tuple[int, Figure]], sentence_order: dict[int, int]) -> list[EventTotal]:
    totals: list[EventTotal] = []
    by_kind: dict[str, list[tuple[int, Figure]]] = {}
    for index, figure in figures:
        by_kind.setdefault(figure.kind, []).append((index, figure))
    for kind, items in by_kind.items():
        items.sort(key=lambda item: (sentence_order[item[1].candidate.sentence.start], item[1].candidate.phrase.start))
        # Children and women are counted among the civilians in conflict reporting ("15 civilians,
        # among them 11 children"): a figure of them alone is not the event's total while
        # another figure of the kind exists. A numeral that counts no one is never the total
        # while a figure that counts people exists.
        counted = [item for item in items if not _furniture(item[1].candidate)] or items
        whole = [item for item in counted if item[1].group not in SUBSET_GROUPS] or counted
        first_sentence = whole[0][1].candidate.sentence.start
        firsts = [item for item in whole if item[1].candidate.sentence.start == first_sentence]
        best_index, best = max(firsts, key=lambda item: item[1].candidate.phrase.low)
        if _ROUNDUP.search(best.candidate.sentence.text):
            # "detained numerous suspects during three operations", then each operation: the
            # roundup counts several events; the event is the first one told (a sentence or two on)
            first_order = sentence_order[first_sentence]
            told = [item for item in whole if 0 < sentence_order[item[1].candidate.sentence.start] - first_order <= _TOLD_WITHIN and not _ROUNDUP.search(item[1].candidate.sentence.text)]
            if told:
                first_sentence = told[0][1].candidate.sentence.start
                best_index, best = max((item for item in told if item[1].candidate.sentence.start == first_sentence), key=lambda item: item[1].candidate.phrase.low)
        if _vague(best.candidate):
            # "Dozens of civilians were killed ..." then "at least 73 civilians were killed": the
            # story's own count of the same people, a few sentences later (a press release tells
            # the search between), is the total
            first_order = sentence_order[first_sentence]
            specific = [
                item for item in whole
                if 0 < sentence_order[item[1].candidate.sentence.start] - first_order <= _TOLD_WITHIN and not _vague(item[1].candidate)
                and item[1].candidate.phrase.low >= best.candidate.phrase.low and period(item[1].candidate.sentence)[0] is None
                and not adds_people(item[1].candidate)
            ]
            if specific:
                best_index, best = specific[0]
                first_sentence = best.candidate.sentence.start
        low, high, approximate = best.candidate.phrase.low, best.candidate.phrase.high, best.candidate.phrase.approximate
        used = [best_index]
        at = best.candidate.phrase.start - best.candidate.sentence.start
        named_before = any(f.candidate.sentence.start == first_sentence and f.candidate.phrase.start < best.candidate.phrase.start for _, f in items)
        others_after = re.match(r"\s+others?\b", best.candidate.sentence.text[at + len(best.candidate.phrase.text) :]) and _ONE_BEFORE_OTHERS.search(best.candidate.sentence.text[:at])
        if not named_before and (others_after or _VERB_TAKES_ONE_ALONG_WITH.search(best.candidate.sentence.text[:at])):
            low += 1  # "detained the leader along with three others": four (unless the leader is a figure already)
            high = None if high is None else high + 1
        source = reported_by(best.candidate.sentence)
        told = low  # the total as the story first states it
        parts = 0  # later figures that break it down ("seven in X ... another seven in Y")
        for index, figure in items:
            if figure.candidate.sentence.start == first_sentence and index != best_index:
                # "a leader and two insurgents" in one sentence: distinct people of one kind
                if _joined(best.candidate, figure.candidate):
                    low += figure.candidate.phrase.low
                    high = None if high is None or figure.candidate.phrase.high is None else high + figure.candidate.phrase.high
                    used.append(index)
                continue
            if figure.candidate.sentence.start == first_sentence:
                continue
            text = figure.candidate.sentence.text
            other_source = reported_by(figure.candidate.sentence)
            if period(figure.candidate.sentence)[0] is not None:
                continue  # a toll over a reporting period is not more people of this event
            if _restates_one_with_others(figure.candidate):
                # the whole told again, the one counted before among it: its count, if larger
                if figure.candidate.phrase.low + 1 > low:
                    low, high = figure.candidate.phrase.low + 1, None if figure.candidate.phrase.high is None else figure.candidate.phrase.high + 1
                used.append(index)
                continue
            # more people of this event only when the cue is attached to the number: "also
            # detained two", "another three", "two additional" ("The group also reported eight
            # civilians killed" elsewhere is another toll, not more of this one)
            if figure.group in SUBSET_GROUPS:
                continue
            if not adds_people(figure.candidate):
                parts += figure.candidate.phrase.low if figure.candidate.phrase.low < told else 0
                continue
            if parts and parts + figure.candidate.phrase.low <= told:
                # "16 killed ... In X seven were killed. Another seven died in Y": the toll told
                # place by place, not more people than the first count
                parts += figure.candidate.phrase.low
                continue
            if other_source is None or source is None or other_source.text.lower() == source.text.lower():
                low += figure.candidate.phrase.low
                high = None if high is None or figure.candidate.phrase.high is None else high + figure.candidate.phrase.high
                used.append(index)
        totals.append(EventTotal(kind, low, high, approximate, sorted(used)))
    return totals


# how many sentences after a vague count ("several") or a roundup of operations its exact count,
# or the first operation's, may come (a press release tells the search and call-out between)
_TOLD_WITHIN = 4


def _restates_one_with_others(candidate: NumberCandidate) -> bool:
    """The figure counts the others named with one person told of before ("detained the
    facilitator along with several of his associates"): the event's count is the figure and one."""
    text = candidate.sentence.text
    at = candidate.phrase.start - candidate.sentence.start
    return _RESTATED_ONE_WITH.search(text[max(0, at - 80) : at]) is not None


def _vague(candidate: NumberCandidate) -> bool:
    """A count with no number in it ("several", "dozens", "hundreds")."""
    return candidate.phrase.approximate and candidate.phrase.high is None and not re.search(r"\d", candidate.phrase.text)


def _earlier_year(text: str, base: dt.date | None) -> bool:
    """The sentence dates what it reports to a year before the article's ("in 2010")."""
    if base is None:
        return False
    return any(int(year) < base.year for year in re.findall(r"\b(?:in|during)\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d\d)\b", text))


_AND_VERB = re.compile(rf"\s+and\s+(?:also\s+)?(?=\w*(?:{'|'.join(CASUALTY_CUES.values())}))\w+ed\s*$", re.I)


def joined_people(a: NumberCandidate, b: NumberCandidate) -> bool:
    """Two figures of one sentence that count different people joined by 'and' (`_joined`)."""
    return a.sentence.start == b.sentence.start and _joined(a, b)


def _joined(a: NumberCandidate, b: NumberCandidate) -> bool:
    """Two number phrases joined by 'and' with only a few words between ("a leader and two
    insurgents", "a leader and one suspect": equal counts are still other people; "captured a
    leader and detained two": the same kind's verb again), not a part named within a whole
    ("18 people including children and two staff")."""
    first, second = sorted((a, b), key=lambda c: c.phrase.start)
    gap = first.sentence.text[first.phrase.end - first.sentence.start : second.phrase.start - second.sentence.start]
    if re.search(r"\b(?:including|among|of whom|of them|such as|mostly|mainly|were)\b", gap, re.I):
        return False
    # "arrested a dealer and detained several suspects": two verbs of one kind, more people
    gap = _AND_VERB.sub(" and ", gap)
    return bool(re.fullmatch(r"[\w\s,'’-]{0,60}\b(?:and|along with|as well as|together with|plus)\b\s*", gap)) and len(gap.split()) <= 8


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
        span, cumulative = period(figure.candidate.sentence)
        source = reported_by(figure.candidate.sentence, figure.candidate.phrase.start)
        if source is None and (_PRONOUN_SOURCE.search(figure.candidate.sentence.text) or _quote_goes_on_to_a_pronoun(article, sentences, figure.candidate.sentence)):
            source = _person_before(article, figure.candidate.sentence.start)
        if source is None and _IT_SOURCE.search(figure.candidate.sentence.text):
            source = _source_before(sentences, figure.candidate.sentence.start)
        if source is None:
            source = _paragraph_source(article, sentences, figure.candidate.sentence)
        if source is not None:
            earlier = [f.reported_by for f in facts if f.reported_by is not None] + [
                found for s in sentences if s.end <= figure.candidate.sentence.start and (found := reported_by(s)) is not None
            ]
            earlier.sort(key=lambda value: value.start)
            source = _antecedent(article, source, earlier) or resolve_source(article, source)
        facts.append(FigureFacts(reported_by=source, period=span, cumulative=cumulative))
    if not figures:
        return _operation_event(article, sentences, base_date, title), facts
    lead, headline = lead_of(sentences)
    spans = {(s.start, s.end) for s in lead} | {(f.candidate.sentence.start, f.candidate.sentence.end) for f in figures}
    if headline is not None:
        spans.add((headline.start, headline.end))
    live = [i for i, f in enumerate(facts) if not f.cumulative]
    if not live:
        return [], facts  # only war-long tolls: no event, and no entities to find for one
    by_sentence, votes = _entity_context(article, sentences, spans)

    # A figure of an earlier year ("the killing of several soldiers in 2010") is background: it
    # is no event's, though the story's event still has its place and date.
    background = {i for i in live if _earlier_year(figures[i].candidate.sentence.text, base_date)}
    current = [i for i in live if i not in background] or live
    lead_starts = {s.start for s in lead}
    headers = _headers(sentences)
    main = next((i for i in current if figures[i].candidate.sentence.start in lead_starts), current[0])
    main_sentence = figures[main].candidate.sentence
    location = _event_place(article, main_sentence, lead, headline, [figures[i] for i in live], by_sentence, votes, title, figures[main].candidate.phrase.start)
    main_event = EventFacts(
        evidence=SpanValue(main_sentence.text, main_sentence.start, main_sentence.end),
        cause=cause([main_sentence.text, *(s.text for s in lead)]),
        location=location,
        date=_event_date(article, [main_sentence, *lead, *([headline] if headline else [])], by_sentence, base_date, headers),
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
        own = _best_place(by_sentence.get(sentence.start, []), votes, article=article)
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
                date=_event_date(article, [sentence], by_sentence, base_date, headers),
                attributed_to=perpetrator(sentence),
            ))
            members.append([])
        facts[i].event = by_place[key]
        members[by_place[key]].append((i, figures[i]))
    for event, items in zip(events, members):
        event.totals = _totals(items, order)
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


def _entity_context(article: str, sentences: Sequence[Sentence], spans: set[tuple[int, int]]) -> tuple[dict[int, list[Entity]], Counter[str]]:
    """The entities of `spans` (spaCy's, and the gazetteer's places it missed) by the start of
    their sentence, and the countries the article names, as votes for resolving places."""
    entities = find_entities(article, spans)
    entities = sorted(entities + _gazetteer_mentions(article, spans, entities), key=lambda e: e.start)
    by_sentence: dict[int, list[Entity]] = {}
    for entity in entities:
        if (home := next((s for s in sentences if s.start <= entity.start < s.end), None)) is not None:
            by_sentence.setdefault(home.start, []).append(entity)
    places = [(e, gazetteer().candidates(e.text)) for e in entities if e.kind == "place"]
    return by_sentence, _country_votes([p for p in places if p[1]]) + gazetteer().countries_in(article)


def _operation_event(article: str, sentences: Sequence[Sentence], base_date: dt.date | None, title: str | None) -> list[EventFacts]:
    """The event of a story with no casualty figure whose lead tells an armed operation (ACLED
    codes an operation without fatalities as an event too): its place, date, perpetrator and
    cause from the lead, evidenced by the sentence that tells it, with no totals. A story that
    tells no operation (politics, talks) has no event."""
    lead, headline = lead_of(sentences)
    told = next((s for s in lead if _OPERATION_TOLD.search(s.text)), None)
    if told is None:
        return []
    spans = {(s.start, s.end) for s in lead} | ({(headline.start, headline.end)} if headline is not None else set())
    by_sentence, votes = _entity_context(article, sentences, spans)
    context = [told, *(s for s in lead if s is not told)]
    return [EventFacts(
        evidence=SpanValue(told.text, told.start, told.end),
        cause=cause([s.text for s in context]),
        location=_event_place(article, told, lead, headline, [], by_sentence, votes, title),
        date=_event_date(article, [*context, *([headline] if headline else [])], by_sentence, base_date, _headers(sentences)),
        attributed_to=event_perpetrator(context, [s for s in sentences if s.start > told.start and s not in lead][:8]),
    )]


_REPORT_VERB = r"(?:said|says|say|confirmed|confirms|announced|announces|reported|reports|stated|told|added|claimed|denied|released)"
_REPORTING_BEFORE = re.compile(rf"\b{_REPORT_VERB}\s+(?:on\s+)?(?:early\s+|late\s+)?$", re.I)
_REPORTING_AFTER = re.compile(rf"\s+(?:that\s+)?{_REPORT_VERB}\b", re.I)


# "the July 2 attack", "the Aug. 29 arrest": a day used to name a thing
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+$", re.I)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|at|of|on|by|for|from|when|while|that|which|the|a|an)\b)[a-z][a-z-]+\b")


def _headers(sentences: Sequence[Sentence]) -> set[int]:
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


def _event_date(
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
            if in_filing or _in_dateline(article, entity) or headers and s.start in headers:
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


__all__ = ["EventFacts", "EventTotal", "Figure", "FigureFacts", "SpanValue", "actor_mentions", "adds_people", "attached_kind", "build_events", "cause", "event_perpetrator", "joined_people", "lead_of", "period", "perpetrator", "reported_by", "warm_up"]


_CLAUSE_BREAK = re.compile(r"[,;:.()–—]|\band\b|\bbut\b|\bwhile\b|\bwhereas\b", re.I)


def attached_kind(candidate: NumberCandidate) -> str | None:
    """The casualty kind of the word attached to a number, or None when none is: the words
    right after it up to the clause's end ("400 people had been wounded", "12 civilians
    killed"), else the verb right before it ("killing at least 12", "wounded 31"). A model's
    label that disagrees with it is overruled ("wounded" is never `killed`)."""
    text = candidate.sentence.text
    start = candidate.phrase.start - candidate.sentence.start
    end = candidate.phrase.end - candidate.sentence.start
    after = text[end : end + 60]
    cut = _CLAUSE_BREAK.search(after)
    after = after[: cut.start()] if cut else after
    after_words = " ".join(after.split()[:5])
    before = " ".join(text[max(0, start - 40) : start].split()[-3:])
    before = re.sub(r"\b(?:at least|at most|about|around|some|nearly|almost|more than|over|up to|an estimated)\s*$", "", before, flags=re.I).strip()
    before_word = before.split()[-1] if before.split() else ""
    for words in (after_words, before_word):
        kinds = {kind for kind, pattern in CASUALTY_CUES.items() if re.search(pattern, words, re.I)}
        if len(kinds) == 1:
            return kinds.pop()
        if kinds:
            return None
    return None


def actor_mentions(sentence: Sentence) -> list[SpanValue]:
    """Every armed side or armed group the sentence names, acting or not, in text order and
    once per wording: the choices a model is offered for the perpetrator where the rules cannot
    decide (`summarizer.event_question`). `perpetrator` picks one of these by word order; the
    model may read the sentence better ("coalition jets struck Islamic State positions": the
    side struck is not the actor)."""
    found: dict[str, SpanValue] = {}
    matches = [m for pattern in (*_PERPETRATOR, _ARMED_SIDE, _NAMED_GROUP) for m in pattern.finditer(sentence.text)]
    for m in sorted(matches, key=lambda m: (m.start("who"), -m.end("who"))):
        value = _span(sentence, m, "who")
        key = _DETERMINERS.sub("", value.text.lower()).strip()
        if key and key not in found and not any(v.start <= value.start and value.end <= v.end for v in found.values()):
            found[key] = value
    return sorted(found.values(), key=lambda v: v.start)
