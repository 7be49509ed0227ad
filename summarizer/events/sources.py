"""Who reports a figure and over what period: "according to", "X said", a cited document's
author, a passive's agent, a pronoun or a paragraph's source, resolved to its fullest naming;
and a reporting period ("so far this month") or a war-long toll ("since 2011")."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Sequence

from summarizer.dates import MONTH_NAMES, WEEKDAY_NAMES
from summarizer.candidates import CASUALTY_CUES, LOWER, UPPER, NumberCandidate, Sentence, full_name, people_before
from summarizer.events.facts import SpanValue


# The date after an event that bounds a toll ("since the war began in 2021", "since the truce took
# effect on November 10", "since the season began in late July"): part of the period, as written.
_DATE_TAIL = rf"(?:\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTH_NAMES})(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d))?"
# What starts a period: the event's own start ("since the fighting resumed", "since it took effect")
_STARTED = r"began|started|erupted|broke out|resumed|flared(?: again| up)?|escalated|took effect|came into force|came into effect|reopened|opened|was signed|was launched"
_CUMULATIVE = re.compile(
    rf"since (?:(?:early|late|mid-?)\s*)?(?:(?:{MONTH_NAMES})\s+)?(?:19|20)\d\d"
    r"|since the (?:start|beginning|outbreak|onset) of the (?:war|conflict|uprising|revolution|crisis|fighting)"
    rf"|since the (?:war|conflict|uprising|revolution|crisis|fighting) (?:began|started|erupted|broke out){_DATE_TAIL}"
    r"|(?:in|during|over|after) (?:the )?(?:\w+ )?(?:more than )?(?:\w+ )?years of (?:war|conflict|fighting)"
    r"|(?:over|in|during) the (?:past|last) (?:\w+ )?years|throughout the (?:war|conflict)|war-long|death toll of the (?:war|conflict)",
    re.I,
)
# A multi-year toll is also one whose start the article dates to a year ("since it began in 2014")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# ... unless it is this year's: then only the war's own start makes it war-long
_WAR_START = re.compile(r"\b(?:war|conflict|uprising|revolution|crisis)\b", re.I)
_PERIOD = re.compile(
    _CUMULATIVE.pattern + "|"
    r"so far (?:this|in) (?:week|month|year)|so far this (?:week|month|year)|(?:earlier )?this (?:week|month|year)|so far"
    rf"|since (?:(?:early|late|mid-?)\s*)?(?:{MONTH_NAMES})(?:\s+\d{{1,2}}\b)?"
    rf"|since (?:the|it|its|they|this) (?:[\w-]+ ){{0,3}}?(?:{_STARTED}){_DATE_TAIL}|since then"
    rf"|since (?:{WEEKDAY_NAMES}|last \w+|the start of the (?:week|month|year)|the beginning of the (?:week|month|year)|(?:19|20)\d\d)"
    r"|(?:in|over|during) the (?:past|last) (?:\w+ )?(?:hours?|days?|weeks?|months?|years?|24 hours)|(?:over|in|during) the same period"
    r"|(?:last|past) (?:week|month)",
    re.I,
)
# One character of a source phrase; an abbreviation's full stops do not end it ("the U.N. Office
# for ...", "said Lt. Col. Dan Ross"), a sentence's full stop does.
_SPAN = r"(?:(?<![\w.])(?:[A-Z]\.){2,}|\b(?:Lt|Col|Gen|Maj|Capt|Sgt|Brig|Cmdr|Adm|Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Rev|St)\.(?=\s)|[^,.;:()“”\"])"
# Strong cues: whatever follows them is the source ("according to", "citing", "reported by").
# A source before a speech verb ("activists said") is read by `_BEFORE_VERB` below.
_REPORTED_BY = (
    re.compile(r"\baccording to (?P<src>(?:the |a |an )?" + _SPAN + r"{2,80}?)(?=\s*(?:[,.;:()]|$|\s+(?:on|in|which|who|that|as|and said)\b))", re.I),
    re.compile(r"\b(?:citing|quoting) (?P<src>(?:the |a |an )?" + _SPAN + r"{2,80}?)(?=\s*(?:[,.;:()]|$|\s+(?:on|in|as)\b))", re.I),
    re.compile(r"\b(?:reported|documented|confirmed|counted|recorded) by (?P<src>(?:the |a |an )?" + _SPAN + r"{2,80}?)(?=\s*(?:[,.;:()]|$|\s+(?:on|in|as)\b))", re.I),
    # "Figures released by the health ministry showed ...": a document's author (gas is "released by" a helicopter too)
    re.compile(r"\b(?:figures|data|statistics|tolls?|tally|count|numbers|report|list|estimates) (?:released|published|compiled|issued|provided|gathered) by (?P<src>(?:the |a |an )?" + _SPAN + r"{2,80}?)(?=\s*(?:[,.;:()]|$|\s+(?:on|in|as|showed|shows|show|put|puts|suggest|suggested|indicate|indicated)\b))", re.I),
)
# A document cited as the source is its author's figure: "according to figures from the United
# Nations", "a toll compiled by AFP", "a statement from the ministry", "the ministry's latest figures".
_DOCUMENT = r"(?:(?:latest|new|official|final|preliminary|own|initial|updated|daily|weekly|monthly)\s+)*(?:figures|statement|(?:death\s+)?toll|tally|count|report|data|estimates?|statistics|numbers|records|list|database)"
_DOCUMENT_OF = re.compile(rf"^{_DOCUMENT}\s+(?:(?:released|compiled|issued|published|provided|gathered|collected|posted|put out)\s+)?(?:by|from|of)\s+(?:the\s+)?(?P<author>\S.*)$", re.I)
# "figures from the health ministry show", "the ministry's figures show": a document that shows a toll
_DOCUMENT_SHOWS = re.compile(
    rf"(?P<src>(?:(?:the|a|an)\s+)?(?:[\w’'.-]+\s+){{0,4}}?{_DOCUMENT}(?:\s+(?:(?:released|compiled|issued|published)\s+)?(?:by|from|of)\s+(?:[\w’'.-]+\s+){{0,5}}?[\w’'.-]+)?)"
    rf"\s+(?:show|shows|showed|indicate|indicates|indicated)\b",
    re.I,
)
_AUTHORS_DOCUMENT = re.compile(rf"^(?P<author>.+?)['’]s?\s+{_DOCUMENT}$", re.I)
# "a Reuters tally", "UN figures", "government figures", "a U.N. report": the author written before the document
_AUTHOR_BEFORE = re.compile(r"^(?P<author>(?:[A-Z][\w.’'-]*\s+)+|(?:[a-z][\w-]*\s+)?(?:government|ministry|army|military|police|hospital|official|opposition|rebel|activist|monitor|coalition)\s+)(?:(?:latest|new|official|final|preliminary|initial|updated)\s+)*(?:figures|(?:death\s+)?toll|tally|count|data|statistics|estimates?|report)$")
# "were reported killed by the monitor": the passive's agent reports the figure, unless it is an
# armed side ("reported killed by government forces" is who killed them) - checked by the noun.
_PASSIVE_REPORT = re.compile(r"\b(?:were|was|been|are|is)\s+reported\s+(?:\w+\s+){1,2}?by\s+(?P<src>(?:the |a |an )?" + _SPAN + r"{2,60}?)(?=\s*(?:[,.;:()]|$|\s+(?:on|in|at|near|as|after|during)\b))", re.I)
_ARMED_HEAD = re.compile(r"^(?:forces|troops|army|military|police|militia|jets|warplanes|aircraft|helicopters|planes|drones|artillery|militants|fighters|rebels|insurgents|gunmen|regime|jihadists|soldiers|bombers|shelling|fire|strikes?|airstrikes?|bombs?|bombing)$", re.I)
_NOT_SOURCES = re.compile(r"^(?:he|she|they|it|we|i|you|this|that|there|officials? who|the attack|the strike|the bombing|the blast|the explosion)$", re.I)


_SOURCE_NOUN = re.compile(
    r"(?:officials?|activists?|observatory|ministry|agenc(?:y|ies)|groups?|staff|station|sources?|doctors?|medics?|witness(?:es)?|residents?|police|army|military|"
    r"spokes(?:man|woman|person)|monitors?|council|committee|office|authorities|media|television|TV|news|hospitals?|organi[sz]ation|"
    r"network|commission|government|command|forces|rescuers|defen[cs]e|workers?|volunteers?|officers?|governor|mayor|chief|director|UN|U\.N\.|"
    # offices that one person holds ("the district administrator said"), as the spokesman and governor
    r"administrator|coordinator|minister|envoy|ambassador|representative|commissioner|"
    r"coalition|rebels|relatives|famil(?:y|ies)|villagers|elders?|leaders?|commanders?|alliance|front|movement|union|league|party|unit|team|crew|"
    r"project|website|newspaper|radio|broadcaster|outlet|prosecutors?|court|researchers|investigators|observers|charit(?:y|ies)|NGOs?|"
    r"administration|department|bureau|directorate|services?|mission|authority|centre|center|clinic|navy|"
    r"Observatory|Reuters|AFP|AP|SANA|state media|channel|statement|report|figures|tally|count)$|^[A-Z]|^(?:al|el)-[A-Z]",
)
_SPEECH = r"said|says|say|reported|reports|stated|announced|claimed|estimated|estimates|estimate|told|wrote|writes|tweeted|posted|counted|documented|confirmed|added|put|puts|gave (?:a |an |its |the )?(?:\w+ )?(?:figure|toll|count|tally|estimate)"
# Verbs of a body that keeps the count ("the monitor counts 11,000 killed", "the mission has recorded
# 31 wounded"): their subject is the figure's source where the sentence has no speech verb or cue;
# one that has says who told the reporter ("The mission has recorded 14 killed, a mission
# spokeswoman said"; "Dr X told reporters the hospital had recorded 55 deaths").
_RECORDS = r"counts|records|recorded|registered|registers|tallied"
_CLAUSE_WORDS = r"as|while|and|but|after|when|that|which|where|because|since|although|though|whereas|if|unless|before|until"
# A dateline's dash ("KABUL (Agency) - Police said") ends a clause like an en dash.
_BOUNDARY = re.compile(rf"(?:[,;:()“”\"–—]|\s--?\s|\b(?:{_CLAUSE_WORDS})\b)(?!.*(?:[,;:()“”\"–—]|\s--?\s|\b(?:{_CLAUSE_WORDS})\b))", re.I | re.S)
# "X said", "X, a spokesman for Y, said", "A spokeswoman for Y, Hanna Dobre, said" (an appositive
# holds no bracket or dash: "KABUL, Afghanistan (Agency) - Nine were killed, said X" has none)
_BEFORE_VERB = re.compile(
    rf"(?P<src>(?:[\w’'.-]+\s+){{0,7}}?[\w’'.-]+)(?:\s+\([A-Z][\w.&-]{{1,10}}\))?(?P<appositive>,(?:(?!\s-\s)[^,;()“”\"]){{2,90}},)?"
    rf"\s+(?:(?:has|have|had|also|later|earlier|separately|previously)\s+){{0,2}}(?P<verb>{_SPEECH}|{_RECORDS})\b"
)
_RECORD_VERB = re.compile(rf"(?:{_RECORDS})$")
# "A hospital official who spoke on condition of anonymity because he was not allowed to talk to
# the media said": wire copy's anonymity clause runs past the verb's eight words; its subject is the source.
_ANONYMOUS_SUBJECT = re.compile(
    rf"(?:^\s*|[,;:]\s+|\s-\s)(?P<src>(?:(?:an?|the)\s+)?(?:[\w’'.-]+\s+){{0,3}}?[\w’'.-]+)\s+who\s+(?:spoke|asked|declined|requested|insisted|was not|were not|is not|are not|did not)\b"
    rf"[^,;()“”\"]{{0,140}}?\s+(?:{_SPEECH})\b"
)
# "..., said Tomas Ilves, a spokesman for the militia": the source after the verb, at a clause's start.
_AFTER_VERB = re.compile(r"(?:^|[,“”\"’]\s*)(?P<verb>said|says|added|told reporters)\s+(?P<src>(?:the |a |an )?" + _SPAN + r"{2,70}?)(?=\s*(?:[,.;:]|$))")
# A description followed by the name it describes: "a local rights group, the Orvan Rights Desk".
_APPOSITIVE_NAME = re.compile(r",\s+(?:the\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w’'.-]*))*\s*[A-Z][\w’'.-]*|[A-Z][\w’'.-]+)(?=\s*(?:[,.;:]|$))")
# A clause that says how the source was reached, not who it is (the gold cuts relative clauses).
_REDUCED_RELATIVE = re.compile(r"\s+(?:reached|contacted|interviewed|speaking|quoted|cited|published|released|issued|who|whom|which|that)\b.*$")
_LOCATIVE = re.compile(r"\s+(?:in|at|near|from)\s+(?:the\s+)?\S.*$")
# one capitalised word of a person's name, accents included ("Inácio", "Nuñez")
_NAME_WORD = rf"[{UPPER}][{LOWER}’'-]+"
_PERSON_NAME = re.compile(rf"^(?:{_NAME_WORD}\s+){{1,2}}{_NAME_WORD}$")
DETERMINERS = re.compile(r"^(?:the|a|an|its|his|her|their)\s+", re.I)


_JOINED_SOURCE = re.compile(r"(?<![\w’'-])(?:police|officials|army|military|medics|doctors|residents|witnesses|activists|rescuers|sources|paramedics|hospital|security)\s+$", re.I)
_TIME_LEAD = re.compile(
    r"^(?:(?:Late|Early|Earlier|Later)\s+)?(?:(?:on|in|by|during|since|late|early)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|(?:this|last)\s+(?:week|month|year))"
    r"(?:\s+(?:morning|afternoon|evening|night|\d{1,2}))?,?\s+",
    re.I,
)
_DISCOURSE = re.compile(r"^(?:Meanwhile|However|But|And|Also|Separately|Earlier|Later|Elsewhere|Still|Yet|Now|Then|Instead|Overall),?\s+")


def _source(sentence: Sentence, start: int, end: int, cued: bool = False) -> SpanValue | None:
    """A source phrase at sentence offsets start:end, cut to the noun phrase the project's gold
    uses: no leading article, no trailing punctuation, at most nine words. Without a strong cue
    (`cued`: "according to", "citing") the phrase must end in a source-like word."""
    text = sentence.text[start:end]
    stripped = text.strip(" ,.;:").lstrip("-–— ")  # a dateline's dash before "Police said"
    offset = start + text.find(stripped)
    bare = _TIME_LEAD.sub("", _DISCOURSE.sub("", stripped))  # "Meanwhile the Hills Army said", "On Monday police said"
    bare = DETERMINERS.sub("", bare)
    offset += len(stripped) - len(bare)
    reduced = _REDUCED_RELATIVE.search(bare)
    if reduced is not None and reduced.start() > 0 and _SOURCE_NOUN.search(bare[: reduced.start()].split()[-1]):
        bare = bare[: reduced.start()]  # "residents reached by telephone", "officials speaking on condition of anonymity"
    place = _LOCATIVE.search(bare)
    head = bare[: place.start()].split()[-1] if place is not None and bare[: place.start()].split() else ""
    # a class noun capitalised only because it opens the sentence ("Residents at a camp in ...")
    # loses the place as a lower-case one does; a name's own ("U.N. Assistance Mission in X") stays
    class_noun = head[:1].islower() or bool(head) and head == bare.split()[0]
    if class_noun and _SOURCE_NOUN.search(head.lower()) and not _DOCUMENT_OF.match(bare):  # "figures from the UN" is the UN's
        bare = bare[: place.start()]  # "A U.N. spokesman in Geneva", "officials in the province"
    words = bare.split()
    if words and words[0] in {"in", "on", "at", "near", "from", "into", "outside", "inside"}:
        return None  # "... kidnapped them in the eastern province of X said the monitor": a place, not who said it
    if not words or len(words) > 9 or _NOT_SOURCES.match(bare) or not (cued or _SOURCE_NOUN.search(words[-1])):
        return None
    return SpanValue(bare, sentence.start + offset, sentence.start + offset + len(bare))


# Ranks and honorifics, with or without a full stop ("Dr Ana Pell" in British style)
_RANK = re.compile(r"^(?:(?:Colonel|Col\.?|General|Gen\.?|Brigadier|Brig\.?|Major|Maj\.?|Captain|Capt\.?|Lieutenant|Lt\.?|Sergeant|Sgt\.?|Commander|Cmdr\.?|Admiral|Adm\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)+")
# ("Omar al-Tamimi": an Arabic surname's article is written in lower case)
_NAME_TAIL = re.compile(rf"(?P<name>(?:{_NAME_WORD}\s+){{0,2}}(?:(?:al|el)-)?{_NAME_WORD})$")
_PRONOUN_SOURCE = re.compile(r"\b(?:he|she)\s+(?:said|says|told|added|reported|estimated)\b", re.I)


_ORG_HEAD = (
    r"Observatory|Ministry|Agency|Group|Council|Committee|Office|Network|Commission|Command|Forces|Army|Front|Monitor|Mission|Department|"
    r"Administration|News|Press|Television|TV|Reuters|Rights|Crescent|Cross|Nations|Union|Brigades?|Movement|Party|Alliance|Coalition|Project|"
    r"Desk|Watch|Centre|Center|Authority|Services?|Organi[sz]ation|Directorate|Bureau|Police|Guard|League|Affairs|Borders|Programme|Program|"
    r"Fund|Institute|Association|Society|Foundation|Court|Hospital|Clinic|Battalion|Militia|Force"
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
        if _spells(words[-size:], acronym):
            # an initialism before the spelt words is part of the name ("U.N. Office for the
            # Coordination of Humanitarian Affairs (OCHA)")
            size += size < len(words) and bool(_INITIALISM.fullmatch(words[-size - 1]))
            name = " ".join(words[-size:])
            return SpanValue(name, match.end("name") - len(name), match.end("name"))
    return None


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2}")


def _spells(words: list[str], acronym: str) -> bool:
    """Whether the capitalised words' initials are the acronym's letters ("International
    Organization for Migration" and IOM; joiners like "for" do not count)."""
    initials = "".join(w[0] for w in words if w[0].isupper() and w.lower() not in _NAME_JOINER)
    return initials.upper() == re.sub(r"[^A-Z]", "", acronym.upper()) and words[0][0].isupper() and words[0] not in {"The", "A", "An"}


def _spelt_out(article: str, acronym: str, before: int) -> SpanValue | None:
    """The first name before `before` that an acronym given without brackets spells ("the
    International Organization for Migration ... the IOM"): its words' initials, all of them."""
    for match in re.finditer(_PROPER, article[:before]):
        words = match.group(0).split()
        if words and words[0] in {"The", "A", "An"}:
            words = words[1:]
        # a side's own modifier written capitalised before its name ("the Kurdish-led Syrian
        # Democratic Forces" and "SDF"): the letters spell the words after it, the gold keeps it
        led = 1 if len(words) >= 3 and _LED.fullmatch(words[0]) else 0
        # and the name may run on into a joined word ("Free Hills Forces on Monday"): its first words
        for size in range(len(words), led + 1, -1):
            if words[size - 1].lower() not in _NAME_JOINER and _spells(words[led:size], acronym):
                name = " ".join(words[:size]).rstrip(".,")
                start = match.start() + match.group(0).find(name)
                return SpanValue(name, start, start + len(name))
    return None


_LED = re.compile(r"[A-Z][\w’'-]*-(?:led|backed|allied|aligned|based)")


def _named_before(article: str, words: str, before: int) -> SpanValue | None:
    """The organisation a definite description stands for ("the group", "the ministry", "their
    organisation"): the nearest earlier name of that class, as the article first names it."""
    # a bare head, or one whose modifier only says where it sits or what kind of body it is ("the
    # Britain-based monitor", "the war monitor", "the humanitarian organisation", "the rights
    # group"): "the extremist group" may be another group
    words = re.sub(r"^(?:[\w-]+-based\s+)?(?:(?:war|war-monitoring|monitoring|humanitarian|aid|relief|medical|human|rights|charitable)\s+)*", "", words or "", flags=re.I)
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


_PERSON_OF = re.compile(rf"^(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s+(?:of|from|with|at)\s+(?:the\s+)?[A-Z]")


def resolve_source(article: str, source: SpanValue) -> SpanValue:
    """A person's source by their full name, wherever the article first gives it ("Valchenko"
    and "regional governor Petra Valchenko" -> "Petra Valchenko"; "the regional governor" ->
    the person the article gives that role); an acronym or short form of an organisation by
    its first full naming ("the KDF", "the Observatory"); other organisations and groups as written."""
    text = source.text
    served = _PERSON_OF.match(text)  # "Ivo Marek of the Dravian Red Crescent": the person
    if served is not None and not _ORGANISATION.search(served.group("name")):
        name = _TITLE.sub("", _RANK.sub("", served.group("name")))
        if len(name.split()) >= 2 and (person := _first_mention(article, full_name(article, name) or name)) is not None:
            return person
    if (person := _person(article, text)) is not None:
        return person
    if _ACRONYM.match(text) and (expanded := _expanded(article, text) or _spelt_out(article, text, source.start)) is not None:
        return expanded
    if re.fullmatch(_ORG_HEAD, text) and article[max(0, source.start - 4) : source.start].lower() == "the ":
        # "The Front says" after "the Orvan Liberation Front": the name the article gave it
        if (full := _full_naming(article, text)) is not None:
            return full
    if text[:1].islower():  # a role: whom does the article give it to?
        role = re.escape(text)
        holder = re.search(rf"\b{role},?\s+(?:{_RANK.pattern[1:]})?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})", article) or re.search(
            rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:(?!(?:for|of|the|a|an|at|in|with|from|to|and|who|which)\b|[a-z]+ing\b)[a-z][\w’'-]*\s+){{0,3}}{role}\b(?!\s+(?:of|for)\b)", article)
        if holder and not _ORGANISATION.search(holder.group("name")) and not _ANOTHER.search(article, max(0, holder.start() - 12), holder.start()):
            if (found := _first_mention(article, holder.group("name"))) is not None:
                return found
        if _definite(article, source) and (found := _holder_of_office(article, text)) is not None:
            return found
    return source


_ANOTHER = re.compile(r"\b(?:another|second|other)\s+$", re.I)
# One person's office that a definite role ("the town's mayor said") can stand for; plural or
# generic heads ("officials", "the official") name no one in particular.
_OFFICE = re.compile(
    r"^(?P<before>.*?)\b(?P<head>governor|mayor|spokes(?:man|woman|person)|chief|head|director|commander|minister|president|chair(?:man|woman)?|"
    r"administrator|prosecutor|coordinator|envoy|ambassador)(?P<complement>\s+(?:of|for|at)\s+.*)?$",
    re.I,
)
_CONTENT_WORD = re.compile(r"[A-Za-z][\w-]*")
_UNCONTENT = {"the", "a", "an", "of", "for", "at", "in", "its", "their", "his", "her", "s"}
_HOLDER_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"


def _definite(article: str, source: SpanValue) -> bool:
    """A role written as one particular person ("the governor", "the town's mayor", "its
    spokesman"), not "a police spokesman", who may be anyone."""
    return bool(re.search(r"\b(?:the|its|their|his|her)\s+$", article[max(0, source.start - 8) : source.start], re.I)) or "'s " in source.text.replace("’", "'")


def _office_words(text: str) -> set[str]:
    """The words of an office besides its head, possessives and articles dropped ("town's mayor" -> {town})."""
    return {w.lower() for w in _CONTENT_WORD.findall(text.replace("’", "'").replace("'s", "")) if w.lower() not in _UNCONTENT}


def _holder_of_office(article: str, role: str) -> SpanValue | None:
    """The one person the article gives the office a definite role names ("the town's mayor said"
    -> "Mayor Oleg Sarn"; "the head of the village council" -> "Anna Brel, the council head"):
    the same head noun, written before the name as a title or after it as an appositive, and no
    word of the two offices at odds ("the police chief" is not "Army chief General X")."""
    office = _OFFICE.match(role)
    if office is None:
        return None
    head = office.group("head")
    wanted = _office_words(office.group("before") + (office.group("complement") or ""))
    rank = _RANK.pattern[1:]
    patterns = (
        rf"(?P<words>(?:[\w’'-]+[ \t]+){{0,2}})(?i:{head})[ \t]+(?:{rank})?{_HOLDER_NAME}",  # "Mayor Oleg Sarn", "Army spokesman Col. X"
        rf"{_HOLDER_NAME},\s+(?:the\s+|its\s+|a\s+|an\s+)?(?P<words>(?:[\w’'-]+\s+){{0,2}}?)(?i:{head})\b(?P<complement>\s+(?:of|for)\s+[^,.;]{{1,50}})?",
        rf"\b(?i:{head})(?P<complement>\s+(?:of|for)\s+[^,.;]{{1,50}})?,\s+(?:{rank})?{_HOLDER_NAME}",  # "the governor, Ana Pell"
    )
    holders: set[str] = set()
    for pattern in patterns:
        for match in re.finditer(pattern, article):
            name = _RANK.sub("", _TITLE.sub("", match.group("name")))
            if _ORGANISATION.search(name) or len(name.split()) < 2:
                continue
            groups = match.groupdict()
            words = _office_words((groups.get("words") or "") + (groups.get("complement") or ""))
            if wanted and words and not wanted & words:
                continue  # another office of the same kind
            holders.add(full_name(article, name) or name)
    if len(holders) != 1:
        return None
    return _first_mention(article, holders.pop())


# Words that go on with a toll told before: "Another 14", "A further six", "Among the dead",
# "Four of them", "14 others", "three more".
_CONTINUES = re.compile(
    r"^\W*(?:another|a further|among (?:the|them|those)|of (?:the|them|those)|the (?:dead|wounded|injured|victims)|(?:most|many|some|all|\w+) of (?:the|them|those))\b"
    r"|\b(?:others|more)\b",
    re.I,
)
# A document named alone ("The statement said", "the report says") is the one cited just before.
_BARE_DOCUMENT = re.compile(r"(?:statement|report|figures|toll|tally|count|list|communiqu[eé])", re.I)
_IT_SOURCE = re.compile(r"\b(?:it|It)\s+(?:also\s+)?(?:said|says|added|reported|estimated|put)\b")
# "the group", "the same group", "the health office": a definite description of a source named before
_ANAPHOR = re.compile(r"^(?:same\s+)?(?P<words>(?:[A-Z][\w-]*-based\s+)?[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,2})$")


def _source_before(sentences: Sequence[Sentence], start: int) -> SpanValue | None:
    """The source of the sentence before (the organisation "It said" refers to), if it names one;
    a bare document ("the statement said") stands for the body named with it a sentence earlier."""
    before = [s for s in sentences if s.end <= start]
    earlier = before[-2:]
    for s in reversed(earlier):
        found = reported_by(s)
        if found is not None and _BARE_DOCUMENT.fullmatch(found.text) and (issuer := _issuer(before[: before.index(s)])) is not None:
            return issuer
        if found is not None:
            return found
    return _subject_organisation(earlier[-1]) if earlier else None


def _issuer(before: Sequence[Sentence]) -> SpanValue | None:
    """Who issued the document a sentence cites bare: the source of the sentence before it, if
    that is no document itself ("X said in a statement. ... the statement said")."""
    found = reported_by(before[-1]) if before else None
    return found if found is not None and not _BARE_DOCUMENT.fullmatch(found.text) else None


def _person_before(article: str, start: int) -> SpanValue | None:
    """Whom "he said" refers to: the last person named before `start`, not an organisation
    ("Ivan Rell, a spokesman for the Hills Front, said ... He said" is Ivan Rell)."""
    for name in reversed(people_before(article, start)):
        if not _ORGANISATION.search(name):
            name = full_name(article, name) or name
            bare = _TITLE.sub("", _RANK.sub("", name))  # "Sheikh Omar al-Tamimi": the gold drops honorifics
            return _first_mention(article, bare if len(bare.split()) >= 2 else name)
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
        if previous.text.lower() == words or previous.start >= source.start:
            continue  # itself ("The same group counts ... It said": the group, not its restatement)
        if previous.text.lower().endswith(words):
            return previous
        before = article[max(0, previous.start - 80) : previous.start]
        if re.search(r",\s*(?:the\s+)?$", before, re.I) and len(parts := before.split(",")) >= 2 and head in parts[-2].lower().split():
            return previous  # "A local rights group, the Orvan Rights Desk": the group
    return _named_before(article, words, source.start) or _described_before(article, words, source.start)


_NOT_DESCRIPTION = {"same", "other", "another", "first", "second", "new", "former"}


def _described_before(article: str, words: str, before: int) -> SpanValue | None:
    """The first longer description of an organisation that "the mission" or "the ministry" is
    the short form of ("The UN monitoring mission ... The mission has also recorded"): the gold
    resolves a short form to the first full naming, which need not be capitalised."""
    if words.lower() not in _REFERS_TO or " " in words:
        return None
    pattern = re.compile(rf"\b[Tt]he\s+(?P<name>(?:[\w.’'-]+\s+){{1,3}}{re.escape(words)})\b", re.I)
    for match in pattern.finditer(article, 0, before):
        if not _NOT_DESCRIPTION & {w.lower() for w in match.group("name").split()[:-1]}:
            return SpanValue(match.group("name"), match.start("name"), match.end("name"))
    return None


def reported_by(sentence: Sentence, at: int | None = None) -> SpanValue | None:
    """Who the sentence says gives its figures ("according to X", "X said", "citing X",
    "reported by X"), verbatim, or None. With `at` (an offset into the article), a speech verb
    after the figure ("... killed 12, officials said") or the nearest one before it counts."""
    cued, candidates = _sources_in(sentence)
    if at is not None and (agent := _passive_agent(sentence, at - sentence.start)) is not None:
        return agent  # "two others were reported missing by relatives, according to X": the relatives'
    if at is None:
        if cued is not None:
            return cued
        return max(candidates, key=lambda c: c[0])[1] if candidates else None
    position = at - sentence.start
    # "X said N were killed, but Y put the toll at M", "N were killed, according to X, while Y
    # said M": a figure is its own clause's, the nearest source named before it (after the cue's,
    # when a cue comes first); else the cue ("..., the ministry said, citing hospital records"),
    # else a tag after it ("..., officials said").
    before = [c for c in candidates if c[0] < position and (cued is None or c[0] > cued.start - sentence.start)]
    if before:
        return max(before, key=lambda c: c[0])[1]
    if cued is not None:
        return cued
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs(c[0] - position))[1]


def _passive_agent(sentence: Sentence, position: int) -> SpanValue | None:
    """The agent of a passive report that the figure at `position` is the subject of, in the
    same clause ("two others were reported missing by relatives"): it is tied to that figure,
    closer than any source of the whole sentence."""
    text = sentence.text
    for match in _PASSIVE_REPORT.finditer(text, position):
        if re.search(r"[,;:()]", text[position : match.start()]):
            return None
        found = _source(sentence, *match.span("src"))
        if found is not None and not _ARMED_HEAD.match(found.text.split()[-1]):
            return found
        return None
    return None


@lru_cache(maxsize=512)
def _sources_in(sentence: Sentence) -> tuple[SpanValue | None, tuple[tuple[int, SpanValue], ...]]:
    """The sentence's cued source (the first "according to X"-like phrase), and every "X said"
    source with its offset in the sentence (after a cue too: "according to X, while Y said M"). Once per sentence: an article's figures share
    sentences, and the speech-verb pattern is the costliest of the event rules."""
    text = sentence.text
    cued = next((_author_of(_named_in_apposition(sentence, match.end("src"), found)) for pattern in _REPORTED_BY for match in pattern.finditer(text)
                 if (found := _source(sentence, *match.span("src"), cued=True)) is not None), None)
    candidates = []
    records = []  # subjects of a counting verb ("the monitor counts"), the sources only where no one speaks
    spoken = set()  # speech verbs whose subject came before them, with an appositive ("X, the governor, said")
    for match in _PASSIVE_REPORT.finditer(text):
        found = _source(sentence, *match.span("src"))
        if found is not None and not _ARMED_HEAD.match(found.text.split()[-1]):
            candidates.append((match.start("src"), found))
    anonymous = set()  # speech verbs whose subject has an anonymity clause
    for match in _ANONYMOUS_SUBJECT.finditer(text):
        found = _source(sentence, *match.span("src"))
        if found is not None:
            anonymous.add(match.end())
            candidates.append((match.start("src"), found))
    for match in _BEFORE_VERB.finditer(text):
        if match.end() in anonymous:
            continue  # "... because he was not allowed to talk to the media said": inside the clause
        start, end = match.span("src")
        clause = _BOUNDARY.search(text[start:end])
        if clause is not None:
            joined = _JOINED_SOURCE.search(text[start : start + clause.start()]) if clause.group(0).lower() == "and" else None
            # "police and hospital officials said": two sources named together are one string
            start += joined.start() if joined is not None else clause.end()
        # "a list of 230 members the group says": the source starts at its own determiner
        inner = list(re.finditer(r"(?<=\s)(?:the|a|an)\s", text[start:end], re.I))
        if inner and not re.search(r"\b(?:and|of|for|from|at|in|on|with|to|by|near|around|outside|inside|across|along|over|under|into|about|between|behind|within|throughout)\s+$", text[start : start + inner[-1].start()], re.I):
            start += inner[-1].start()
        if match.group("appositive"):
            inner = match.group("appositive").strip(" ,")
            if _PERSON_NAME.match(inner):  # "A spokeswoman for the movement, Hanna Dobre, said"
                start, end = match.start("appositive") + match.group("appositive").find(inner), match.start("appositive") + match.group("appositive").find(inner) + len(inner)
        start = _head_before_place(text, start)
        found = _source(sentence, start, end)
        if found is not None:
            if match.group("appositive"):  # "A local rights group, the Orvan Rights Desk, said"
                # (only a subject that is a source: "13 people, including three women, in the
                # past week, said Omar Tal" is what was said, and Omar Tal says it)
                spoken.add(match.end())
                found = _named_in_apposition(sentence, match.start("appositive"), found)
            entry = (match.start("src"), _author_of(found))  # "A statement from the ministry said"
            (records if _RECORD_VERB.match(match.group("verb")) else candidates).append(entry)
    for match in _DOCUMENT_SHOWS.finditer(text):
        start, end = match.span("src")
        clause = _BOUNDARY.search(text[start:end])
        start += clause.end() if clause is not None else 0
        found = _source(sentence, start, end, cued=True)
        if found is not None and (author := _author_of(found)) is not found:
            candidates.append((start, author))  # only a document's author: "Images show" names no one
    for match in _AFTER_VERB.finditer(text):
        if match.end("verb") in spoken:
            continue  # "X, the regional governor, said shelling killed nine": what was said, not who
        found = _source(sentence, *match.span("src"))
        if found is not None:
            candidates.append((match.start("src"), _author_of(found)))
    if cued is None and not candidates:
        candidates = records  # only then: "Dr X told reporters the hospital had recorded 55" is Dr X's
    return cued, tuple(candidates)


# "Medical workers at a clinic in the nearby town of X put the toll at 19", "A doctor at a clinic
# run by X in Y said": the verb's eight words reach only into the place (or start after its
# article); the source is the clause's subject before it.
_HEAD_BEFORE_PLACE = re.compile(r"(?:^\s*|[,;:]\s+)(?P<np>(?:[\w’'.-]+\s+){0,3}?(?P<head>[\w’'-]+))\s+(?:at|in|from|near)\s+")
_CLAUSE_MARK = re.compile(r"[,;:()“”\"]")


def _head_before_place(text: str, start: int) -> int:
    """Where a speech verb's subject starts when the words before the verb begin inside a place
    phrase that follows it: the subject's start, if it ends in a source noun and no clause mark
    comes between it and the verb's words; else `start`."""
    subject = None
    for match in _HEAD_BEFORE_PLACE.finditer(text, 0, start):
        if match.end() <= start and not _CLAUSE_MARK.search(text, match.end(), start):
            subject = match
    if subject is None or not _SOURCE_NOUN.search(subject.group("head").lower()):
        return start
    return subject.start("np")


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
        author = DETERMINERS.sub("", match.group("author")).rstrip()
        start = found.start + match.start("author") + (len(match.group("author")) - len(DETERMINERS.sub("", match.group("author"))))
        return SpanValue(author, start, start + len(author))
    return found


_PLACE_BEFORE_NAME = re.compile(r"\s+(?:in|at|near|from)\s+(?:the\s+)?[^,.;:()“”\"]{1,40}?(?=,)")
# a role that opens with a name's possessive ("UNHCR's representative", "Kestovia's health minister")
_POSSESSIVE_ROLE = re.compile(r"^[A-Z][\w.-]*['’]s\s+[a-z]")


def _named_in_apposition(sentence: Sentence, at: int, found: SpanValue) -> SpanValue:
    """The name a lower-case or possessive description is given right after it, else the
    description ("according to a local monitor, the Orvan Rights Desk" -> "Orvan Rights Desk";
    "according to UNHCR's representative in the region, Ana Pell" -> "Ana Pell")."""
    if not found.text[:1].islower() and not _POSSESSIVE_ROLE.match(found.text):
        return found
    place = _PLACE_BEFORE_NAME.match(sentence.text, at)  # "... representative in the region, Ana Pell"
    match = _APPOSITIVE_NAME.match(sentence.text, place.end() if place else at)
    if match is None:
        return found
    name = match.group("name")
    if name.endswith(".") and name.split()[-1].count(".") == 1:
        name = name[:-1]  # the sentence's full stop, not an abbreviation's
    return SpanValue(name, sentence.start + match.start("name"), sentence.start + match.start("name") + len(name))


def period(sentence: Sentence, base_date: dt.date | None = None) -> tuple[SpanValue | None, bool]:
    """The reporting period the sentence states, and whether it is a war-long/multi-year toll.
    A period dated to the article's own year ("since the offensive began on March 3, 2015" in a
    2015 report) is no multi-year toll, unless it counts from the war's start."""
    match = _PERIOD.search(sentence.text)
    if match is None:
        return None, False
    text = match.group(0)
    value = SpanValue(text, sentence.start + match.start(), sentence.start + match.end())
    years = [int(y) for y in _YEAR.findall(text)]
    cumulative = bool(_CUMULATIVE.fullmatch(text) or years)
    if cumulative and years and base_date is not None and min(years) >= base_date.year and not _WAR_START.search(text):
        cumulative = False
    return value, cumulative


@lru_cache(maxsize=4096)
def _said_in(sentence: Sentence) -> SpanValue | None:
    """`reported_by` of a whole sentence, once per sentence: every figure reads the sources of
    all the sentences before it, which made a long article's figures quadratic."""
    return reported_by(sentence)


_LAST_NUMBER_WORD = re.compile(r"[\w,.]+$")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")


def _restated_source(sentences: Sequence[Sentence], candidate: NumberCandidate) -> SpanValue | None:
    """The source of a later sentence that tells the same figure again (the gold's convention: a
    figure's source is its first mention that names one). A lead often gives the toll bare ("a
    clash killed two fighters") and the body says who counted it ("The clinic said the clash had
    killed two fighters"): the same number and the same word after it, with a word of its kind."""
    text = candidate.sentence.text
    end = candidate.phrase.end - candidate.sentence.start
    number = _LAST_NUMBER_WORD.search(candidate.phrase.text)
    after = _NEXT_WORD.match(text, end)
    if number is None or after is None or candidate.kind_hint not in CASUALTY_CUES:
        return None
    again = re.compile(rf"(?<![\w,.]){re.escape(number.group(0))}\s+{re.escape(after.group(1))}\b", re.I)
    kind = re.compile(CASUALTY_CUES[candidate.kind_hint], re.I)
    for later in sentences:
        if later.start < candidate.sentence.end:
            continue
        match = again.search(later.text)
        if match is not None and kind.search(later.text):
            found = reported_by(later, later.start + match.start())
            if found is not None:
                return found
    return None


def figure_source(article: str, sentences: Sequence[Sentence], candidate: NumberCandidate, earlier_sources: Sequence[SpanValue]) -> SpanValue | None:
    """Who reports one casualty figure: the source its sentence names, else the speaker a
    pronoun or a running quote points back to ("he said"), the source an "it said" points back
    to, or the paragraph's source; resolved against the sources named before it (`earlier_sources`,
    the earlier figures', and those of earlier sentences) and to its fullest naming in the article."""
    sentence = candidate.sentence
    source = reported_by(sentence, candidate.phrase.start)
    if source is None and (_PRONOUN_SOURCE.search(sentence.text) or _quote_goes_on_to_a_pronoun(article, sentences, sentence)):
        source = _person_before(article, sentence.start)
    if source is None and _IT_SOURCE.search(sentence.text):
        source = _source_before(sentences, sentence.start)
    if source is None:
        source = _paragraph_source(article, sentences, sentence)
    if source is not None and _BARE_DOCUMENT.fullmatch(source.text):
        source = _source_before(sentences, sentence.start) or source  # "The statement said": whose statement
    if source is None:
        source = _restated_source(sentences, candidate)
    if source is None:
        # a figure that goes on with a toll told before ("..., the health office said.\n\nAnother
        # 14 people were wounded.") is that toll's source's; a new story's figure has none
        told = [value for value in earlier_sources if value.start < sentence.start]
        return max(told, key=lambda value: value.start) if told and _CONTINUES.search(sentence.text) else None
    earlier = [*earlier_sources, *(found for s in sentences if s.end <= sentence.start and (found := _said_in(s)) is not None)]
    earlier.sort(key=lambda value: value.start)
    return _antecedent(article, source, earlier) or _named_next(article, source) or resolve_source(article, source)


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)


def _named_next(article: str, source: SpanValue) -> SpanValue | None:
    """The organisation an indefinite description is named as next ("according to a volunteer
    group ... The group, the Gezira Relief Room, said"; "a war monitor said. / The Orvan
    Observatory for Human Rights, which ..., said"): wire leads describe a source and the next
    paragraph names it. The gold gives the name. Only the restated head with the name in
    apposition (of any head noun: "The team, the X,"), or the next paragraph opening with a name
    of the head's class."""
    if not source.text[:1].islower() or not _INDEFINITE_BEFORE.search(article, max(0, source.start - 4), source.start):
        return None
    head = source.text.split()[-1].lower()
    heads = _REFERS_TO.get(head)
    # the restated head with a name in apposition names it whatever the noun ("The team, the X,")
    named = re.compile(rf"\b[Tt]he\s+(?:same\s+)?{re.escape(head)},\s+(?:the\s+)?(?P<name>{_PROPER}),").search(article, source.end)
    if named is None and heads is None:
        return None
    if named is None:
        next_break = article.find("\n\n", source.end)
        opening = re.compile(rf"\s*(?:[Tt]he\s+)?(?P<name>{_PROPER})").match(article, next_break) if next_break >= 0 else None
        named = opening if opening is not None and re.search(rf"\b(?:{heads})\b", opening.group("name")) else None
    if named is None:
        return None
    return SpanValue(named.group("name"), named.start("name"), named.end("name"))
