"""Who did it: the armed side a sentence names as acting (not the side struck, fought or
counted), a named armed group, or the side witnesses blame; and every armed side a lead
names, the choices offered to a model where the rules cannot decide."""

from __future__ import annotations

import re
from typing import Sequence

from summarizer.candidates import Sentence
from summarizer.dates import MONTH_NAMES, WEEKDAY_NAMES
from summarizer.events.facts import SpanValue, match_span
from summarizer.events.sources import DETERMINERS


# a day or month is no side's first word ("On Monday pro-Assad militias stormed")
_DAY_OR_MONTH = f"{WEEKDAY_NAMES}|{MONTH_NAMES}"
_SIDE = (
    # "anti-government forces", "pro-Assad militias": the whole side, not the side it fights or backs
    r"(?:suspected |(?:anti|pro)-[\w'’]+(?:-[\w'’]+)? |governments? |regimes? |armys |rebel |opposition |jihadist |U\.?S\.?-led |US-led |Saudi-led |Russian |Syrian |Turkish |Israeli |Iraqi |Afghan |coalition |"
    rf"Islamic State |IS |ISIS |ISIL |Taliban |Kurdish |al-Qaeda |Nusra |militant |insurgent |military |(?-i:(?!(?:An|This|That|These|Those|In|On|At|By|For|From|But|And|As|After|Before|When|While|Some|Many|Other|Another|Both|{_DAY_OR_MONTH})\b)[A-Z][\w.-]*[\w-]) |"
    # a name's Arabic article ("Jabhat Fateh al-Sham", "Faylaq al-Rahman", "Jabhat Fatah al Sham")
    r"(?-i:(?:(?:al|el|ad|ash|as|ar|az|at|an)-|(?:al|el) )[A-Z][\w.-]*[\w-]) )"
)
# "Russian and Syrian jets", "Russian and regime warplanes": sides named together
_SIDES = rf"{_SIDE}(?:(?:and |, ){_SIDE}|{_SIDE}){{0,5}}"
# "militias" need a side before them ("pro-government militias"; plural only: "the militia's negotiator"
# is no attack); one "force" a led or backed one
# ("the Kurdish-led force", not a title-case headline's "the Only Force Able to")
_ARMED = r"(?:forces|troops|army|jets|warplanes|aircraft|helicopters|planes|drones|artillery|militants|fighters|rebels|insurgents|gunmen|regime|jihadists|soldiers|air forces?|security force|bombers|snipers|militias|militiamen|(?:(?<=-led )|(?<=-backed ))force)"
# people who act, named without a side ("Militants launched ..."); weapons need one ("Artillery shells struck" names no one)
_PEOPLE = r"(?:forces|troops|militants|fighters|rebels|insurgents|gunmen|jihadists|soldiers|bombers|militias|militiamen)"
_QUANTITY = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|a hundred|several|many|some|dozens|hundreds|scores|numerous|multiple|(?!(?:19|20)\d\d\b)\d[\d,]*"
_GROUP_NAMES = (
    r"(?<![\w-])(?:[Tt]he )?(?:Islamic State(?: (?:of|in) Iraq and (?:the )?(?:Levant|Syria|Sham))?|ISIS|ISIL|IS|D[Aa][EeIi][Ss][Hh]|Taliban|al-Qaeda|Nusra Front|[Aa]l-Nusra|Hezbollah|Houthis?|al-Shabaab|Boko Haram|Haqqani [Nn]etwork"
    # Syria's armed groups that wire copy names alone ("HTS stormed", "The SDF killed")
    r"|Hay'?at Tahrir al-Sham|HTS|Jabhat (?:Fateh|Fatah) al[- ]Sham|Ahrar al-Sham|Jaish al-Islam|Faylaq al-(?:Rahman|Sham)|Free Syrian Army|FSA|SDF|YPG)"
)
# "X claimed responsibility", also misspelt ("responsibilty")
_CLAIMED_RESPONSIBILITY = re.compile(r"(?P<who>(?:[Tt]he )?(?:[A-Z][\w-]*\s+){1,4}(?:group|movement|front|brigade|army|militia)?)\s*(?:has |have |had |later |quickly )?claimed responsib")
# A side named by its attack ("shelling from regime forces", "killed by US-led air strikes"):
# the only reading past a scraped page's tag list.
_BY_ATTACK = (
    # "an airstrike of the US-led anti-terror coalition", "shelling from regime forces"
    re.compile(r"\b(?:air ?strikes?|air raids?|raids?|strikes?|shelling|bombardment|attacks?)\s+(?:of|from)\s+(?P<who>(?:the )?(?:[\w.-]+\s+){0,3}?(?:coalition|forces|army|regime|jets|warplanes|aircraft|air force))\b", re.I),
    re.compile(rf"\b(?:by|from) (?P<who>(?:the |a |an )?{_SIDES}(?:forces|troops|army|jets|warplanes|aircraft|helicopters|planes|drones|artillery|militants|fighters|rebels|insurgents|gunmen|regime|government|coalition|group|militia|jihadists|soldiers|air forces?|navy|police|bombers|units|strikes|airstrikes|air strikes|air raids|raids|shelling))\b", re.I),
    # "strikes carried out by the regime": the regime or government named alone, after its attack
    re.compile(r"\b(?:carried out|launched|conducted|fired|dropped|shelling|bombardment|bombing|air ?strikes?|air raids?|raids?)\s+by\s+(?P<who>the\s+(?:regime|government))\b", re.I),
    # "warplanes believed to be Russian", "jets thought to be from the coalition": the side named after the aircraft
    re.compile(
        rf"(?P<who>\b(?:the |a |an )?{_ARMED}\s+(?:believed|thought|suspected|said|understood|reported)\s+to\s+(?:be|have been)\s+(?:from\s+)?(?:the\s+)?"
        r"(?:(?-i:[A-Z][\w.-]*[\w-])|regime|government|coalition)(?:\s+(?:(?-i:[A-Z][\w.-]*[\w-])|regime|government|coalition|forces|air force))?)",
        re.I,
    ),
)
# "The Russian military said its jets killed 80 militants", "the coalition said it had carried out
# two strikes": a military, ministry or government that tells its own attack is its perpetrator (a
# named group's "said it had killed" is read by the claims and the group patterns).
_SAYS_IT_STRUCK = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?(?:(?!(?:On|In|At|By|For|From|But|And|As|After|Before|When|While|A|An|This|That)\b)[A-Z][\w.'’-]*\s+){0,4}?"
    r"(?i:military|army|ministry|forces|coalition|command|government|regime|air force|navy|Pentagon))"
    r"\s+(?:also\s+)?(?:said|says|announced|reported|stated)(?:\s+(?:late\s+|early\s+)?on\s+\w+)?(?:\s+in\s+an?\s+(?:\w+\s+)?statement)?(?:\s+that)?"
    r"\s+(?:it|its\s+(?:[\w-]+\s+)?(?:jets|warplanes|aircraft|planes|forces|troops|units|fighters|drones|artillery|helicopters|air force|navy))\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?"
    r"(?:struck|hit|killed|destroyed|eliminated|bombed|shelled|targeted|attacked|pounded|(?:carried out|launched|conducted)\s+(?:[\w-]+\s+){0,3}?(?:strikes|air ?strikes|raids|attacks?|bombardment|operations?|assault|offensive|sorties))\b"
)
# "Russian warplanes were behind the raids", "IS was believed to be responsible for the attack":
# a side said to be behind an attack is its perpetrator ("IS" in its capitals, not the verb "is").
_RESPONSIBLE = re.compile(
    rf"(?P<who>\b(?:the |a |an )?(?:{_SIDES}{_ARMED}|(?:{_SIDE}){{0,2}}(?:regime|government|coalition)|(?-i:{_GROUP_NAMES})(?: group)?))\s+"
    r"(?:was|were|is|are|had been|has been|have been)\s+(?:(?:widely\s+|also\s+)?(?:believed|thought|suspected|said|likely|probably)\s+(?:to\s+(?:be|have been)\s+)?)?"
    r"(?:behind|responsible\s+for)\s+(?:the|a|an|this|these|that|those)\b",
    re.I,
)
# A side followed by its speech verb is a source ("The army says rebel shelling killed 84"),
# unless what it says is its own act ("The army said it killed 40", "said that its forces had").
_SPEAKS = re.compile(
    r"\s+(?:also\s+)?(?:said|says|say|announced|reported|stated|added|accused|alleged|told\s+[\w-]+)\b(?:\s+(?:late\s+|early\s+)?on\s+\w+)?"
    r"(?:\s+in\s+an?\s+(?:\w+\s+)?statement)?(?:\s+that)?(?:\s+(?P<own>(?:it|they|we)\b|(?:its|their|our)\s))?",
    re.I,
)
_PERPETRATOR = (
    *_BY_ATTACK,
    _SAYS_IT_STRUCK,
    _RESPONSIBLE,
    # the subject of an attack verb; the regime or government needs no other side word ("the regime dropped barrel bombs")
    re.compile(rf"(?P<who>\b(?:the |a |an )?(?:{_SIDES}{_ARMED}|{_PEOPLE}|(?:{_SIDE}){{0,2}}(?:regime|government)))\s+(?:(?!(?:was|were|been|being|be|is|are)\b)\w+\s+){{0,2}}?(?:shelled|bombed|struck|hit|killed|attacked|targeted|launched|fired|carried out|pounded|stormed|opened fire|dropped|raided|executed|captured|arrested|detained|seized|conducted|shot)\b", re.I),
    # "Russian raids", "US-led strikes", "the Syrian armys bombardment" (FA-KES texts lost their apostrophes)
    re.compile(r"(?P<who>(?:pro-)?(?:(?:[A-Z][a-z]+(?:ian|ish|i|ese|an)\s+)?(?:[Aa]rmy|[Mm]ilitary|[Gg]overnment|[Rr]egime)['’]?s|[Gg]overnment|[Rr]egime|[Rr]ebel|[Oo]pposition|[Ii]nsurgent|[Mm]ilitant|[Jj]ihadist|[Cc]oalition|U\.?S\.?|[A-Z][a-z]+(?:ian|ish|i|ese|an))(?:-led)?)\s+(?i:shelling|airstrikes?|air ?strikes?|air raids?|strikes?|raids?|missile strikes?|bombardment|bombing|attacks?|assaults?|rocket fire|artillery|mortar fire|fire|offensive|barrel bombs?)\b"),
    # the group that claimed it
    _CLAIMED_RESPONSIBILITY,
)
# "30 jihadists were killed in clashes with the SDF", "killed during battles with rival rebel
# groups": the dead are one side, the side they fought is the one that killed them. Only a
# passive kill (or a headline's "Killed in"): "X killed 20 in clashes with Y" keeps its subject.
_KILLED_FIGHTING = re.compile(
    r"\b(?:(?:were|was|been|being|are|is)\s+(?:\w+\s+)?killed|killed(?=\s+(?:in|during|amid)\b)|died)\b[^.;]{0,60}?"
    r"\b(?:in|during|amid)\s+(?:\w+\s+){0,2}?(?:clashes|fighting|battles?|combat|confrontations|firefights?|gunfights?)\s+with\s+"
    r"(?P<who>(?:the |an? )?(?:(?!(?:in|on|near|at|of|since|after|over|during|for|and)\b)[\w'’.-]+\s+){0,4}?"
    r"(?:forces|troops|army|fighters|rebels|militants|insurgents|jihadists|gunmen|groups?|militias?|organi[sz]ation|front|regime|government|soldiers|police|SDF|YPG|ISIS|ISIL|IS|D[Aa][EeIi][Ss][Hh]|Nusra|Taliban|Hezbollah))\b",
    re.I,
)
# "clashes between Islamist militants", "fighting among rival rebel factions": one side fighting
# itself is the side that killed (the scorer's category is the side's); two sides named with
# "and" ("between rebels and government forces") are not this.
_INFIGHTING = re.compile(
    r"\b(?:clashes|fighting|battles|infighting|confrontations)\s+(?:between|among|amongst)\s+"
    r"(?P<who>(?:rival\s+)?(?:(?:rebel|opposition|Islamist|jihadist|insurgent|militant|extremist|armed)\s+){0,2}"
    r"(?:groups|factions|militants|fighters|rebels|jihadists|insurgents|brigades|militias))\b(?!\s+(?:and|or)\b)",
    re.I,
)
# An armed side as the sentence names it, not as the side attacked ("an attack on Syrian forces"),
# fought ("clashes between regime and Kurdish forces") or counted ("killed 12 Syrian soldiers").
_ARMED_SIDE = re.compile(rf"(?P<who>\b(?:the )?{_SIDES}{_ARMED})\b(?!\s+(?:were|was|are|is|have been|had been|has been)\b)", re.I)
_NP_LEFT = re.compile(rf"(?:{_SIDE}|(?-i:[A-Z])[\w-]*['’]s |the |and |, )$", re.I)
# The second of two sides fought or at truce ("a truce between government forces and rebel
# fighters", "clashes between Kurdish forces and IS jihadists killed 30"): neither side acted alone.
_SECOND_OF_PAIR = r"\b(?:between|among)\s+(?:[\w'’.-]+\s+){1,4}?(?:and|or)\s+$"
_ACTED_UPON = re.compile(rf"\b(?:on|against|targeting|targeted|killed|killing|of|between|hit|struck|with|{_QUANTITY})\s+$|{_SECOND_OF_PAIR}", re.I)
_PAIRED = re.compile(_SECOND_OF_PAIR, re.I)
_NAMED_GROUP = re.compile(rf"(?P<who>{_GROUP_NAMES})\b")
# A claim is the strongest word on who did it, wherever the story gives it: "X claimed
# responsibility" (also misspelt: "responsibilty"), "IS said in a statement that one of its fighters ...".
_CLAIMS = (
    _CLAIMED_RESPONSIBILITY,
    re.compile(rf"(?P<who>{_GROUP_NAMES}(?: group)?)\s+said\s+(?:in\s+an?\s+(?:online\s+)?statement\s+)?(?:that\s+)?(?:one\s+of\s+)?its\s+(?:fighters|members|militants|jihadists|suicide bombers)\b"),
)
_NO_ONE = re.compile(r"(?:No|None|Nobody|No one|Neither)\b")
# "claimed responsibility for similar attacks", "for a series of bombings": other events
_OTHER_EVENTS = re.compile(r"\w*\s+for\s+(?:previous|earlier|similar|other|past|several|many|numerous|dozens|scores|a (?:series|string|spate|wave))\b", re.I)
# The dead the lead counts as a named group's ("100 ISIL terrorists killed", "Thirteen IS
# fighters were killed"): that group is the side struck, not who killed them.
_DEAD_GROUP = re.compile(
    rf"\b(?i:{_QUANTITY})\s+(?:(?i:more)\s+)?(?P<who>{_GROUP_NAMES})\s+(?:[\w-]+\s+){{0,2}}?(?:(?:were|have been|had been|was)\s+)?(?i:killed|dead|died|eliminated)\b"
)
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
_BLAMED = (
    re.compile(rf"\bblam(?:ed|es|ing)\s+(?P<who>(?:the )?(?:{_SIDES})?(?:{_ARMED}|coalition|government|regime|militias?))\s+for\b", re.I),
    # the attack blamed on a side ("Activists blamed the strikes on Russian jets")
    re.compile(
        r"\bblam(?:ed|es|ing)\s+(?:the |an? )?(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|air ?strikes?|raids?|shelling|bombing|bombardment|killings?|massacre|explosion|blast)\s+on\s+"
        rf"(?P<who>(?:the )?(?:{_SIDES})?(?:{_ARMED}|coalition|government|regime|militias?))\b",
        re.I,
    ),
)
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
            return match_span(sentence, tagged, "who")
        # past the tags only a side named by its attack ("carried out by government forces")
        by = [m for pattern in _BY_ATTACK if (m := pattern.search(text, tags.end())) is not None]
        return match_span(sentence, min(by, key=lambda m: m.start("who")), "who") if by else None
    if (fought := _KILLED_FIGHTING.search(text)) is not None:
        return match_span(sentence, fought, "who")
    # a side with a count before it is counted, not acting ("says 45 Syrian soldiers killed")
    matches = [
        m for pattern in _PERPETRATOR[: -1 if strong else None]
        if (m := pattern.search(text)) and not _counted(text, m.start("who")) and not _speaks_of_another(text, m.end("who"))
        and not _PAIRED.search(text, 0, m.start("who"))
    ]
    if strong:
        found = [m for m in matches if not _UNNAMED_PEOPLE.fullmatch(m.group("who"))]
        return match_span(sentence, min(found, key=lambda m: m.start("who")), "who") if found else None
    for m in _ARMED_SIDE.finditer(text):
        start = m.start("who")
        while (left := _NP_LEFT.search(text, 0, start)) is not None and left.start() < start:
            start = left.start()  # the whole noun phrase: "rebel Western Region Defence Forces"
        phrase = text[start : m.end("who")]
        both_sides = re.search(r"government|regime", phrase, re.I) and re.search(r"rebel|opposition|insurgent|militant", phrase, re.I)
        acted_upon = _ACTED_UPON.search(text, 0, start) or _ACTED_UPON.search(text, 0, m.start("who"))
        if not both_sides and not acted_upon and not re.match(rf"(?:{_QUANTITY})\b", text[start:], re.I) and not _speaks_of_another(text, m.end("who")):
            matches.append(m)
            break
    matches += [
        m for m in _NAMED_GROUP.finditer(text)
        if _BLAMED_BEFORE.search(text, 0, m.start("who")) or _GROUP_ACTS.match(text, m.end("who")) and not _struck(text, m) and not _speaks_of_another(text, m.end("who"))
    ]
    if matches:
        return match_span(sentence, min(matches, key=lambda m: m.start("who")), "who")
    if (within := _INFIGHTING.search(text)) is not None:
        return match_span(sentence, within, "who")
    if not named:
        return None
    match = next((m for m in _NAMED_GROUP.finditer(text) if not _struck(text, m)), None)
    return match_span(sentence, match, "who") if match else None


def _speaks_of_another(text: str, end: int) -> bool:
    """The side ending at `end` is the subject of a speech verb about someone else's act: a
    source ("Syrian army says rebels killed 84"), not the side acting."""
    return (m := _SPEAKS.match(text, end)) is not None and m.group("own") is None


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
    a group the story says claimed it (anywhere in the lead and the sentences after), else one
    they name as acting (the event's sentence, then the lead), before a named group they merely
    mention, never the group whose dead the lead counts; when they name none (FA-KES leads often
    say only "Air strikes killed ..."), the story's later sentences, read the same way."""
    blamed = _blamed(sentences)
    if blamed is not None:
        return blamed
    claimed = next((c for s in (*sentences, *further) if (c := claim(s)) is not None), None)
    if claimed is not None:
        return claimed
    dead = {key for s in sentences for m in _DEAD_GROUP.finditer(s.text) if (key := _group_key(m.group("who")))}
    for named in (False, True):
        found = next((p for s in sentences if (p := perpetrator(s, named)) is not None), None)
        if found is not None and _group_key(found.text) in dead:
            # "100 ISIL terrorists killed ... after ISIL launched an assault on Kurdish fighters"
            return next((v for s in sentences for v in actor_mentions(s) if _group_key(v.text) not in dead), None)
        if found is not None:
            return found
    blamed = _blamed(further)
    return blamed or next((p for s in further if (p := perpetrator(s, strong=True)) is not None), None)



def _blamed(sentences: Sequence[Sentence]) -> SpanValue | None:
    """The side the first sentence that blames one names: "residents blamed X for the attack",
    "activists blamed the strikes on X" (witnesses' word on who did it, before any mention)."""
    for s in sentences:
        found = [m for pattern in _BLAMED if (m := pattern.search(s.text)) is not None]
        if found:
            return match_span(s, min(found, key=lambda m: m.start()), "who")
    return None


def _group_key(text: str) -> str | None:
    """One key for a named group's spellings ("ISIL", "Daesh", "the Islamic State group" are one)."""
    if (m := _NAMED_GROUP.search(text)) is None:
        return None
    name = DETERMINERS.sub("", m.group("who")).strip().lower()
    return "islamic state" if re.fullmatch(r"islamic state.*|isis|isil|is|da[ei]sh", name) else name


def claim(sentence: Sentence) -> SpanValue | None:
    """The group a sentence says claimed the attack; "No group has claimed responsibility" names none."""
    for pattern in _CLAIMS:
        for m in pattern.finditer(sentence.text):
            if not _NO_ONE.match(m.group("who")) and not _OTHER_EVENTS.match(sentence.text, m.end()):
                return match_span(sentence, m, "who")
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
        value = match_span(sentence, m, "who")
        key = DETERMINERS.sub("", value.text.lower()).strip()
        if key and key not in found and not any(v.start <= value.start and value.end <= v.end for v in found.values()):
            found[key] = value
    return sorted(found.values(), key=lambda v: v.start)
