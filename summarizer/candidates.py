"""Deterministic candidates found before the model runs.

A small model copying text invents and drifts; a small model choosing among numbered, verbatim
candidates cannot. So quotes, number phrases and negotiation sentences are found here, with
their exact offsets, and the model only picks ids and labels them. This also cuts output tokens,
which are most of the time on a CPU.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from summarizer.numbers import PERSON_NOUNS, TENS, UNITS, NumberPhrase, find_number_phrases, is_year

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
CLOSERS = {"”", "»", '"', "“"}

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|Prof|St|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|vs|etc|approx)|\b[A-Z]|(?:[A-Z]\.)+[A-Z])$"
)
# A line break ends a sentence, except a single one before a lower-case word: a hard-wrapped
# line ("killed a\nsuspected insurgent") is one sentence, and its figure is found whole.
_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(A-Z0-9«„])|\n(?:\n+|(?![ \t]*[a-z]))")

SPEECH_VERBS = r"said|says|told|tells|added|adds|stated|states|declared|warned|warns|explained|explains|noted|notes|insisted|insists|argued|argues|wrote|writes|tweeted|asked|asks|recalled|recalls|claimed|claims|announced|stressed|continued|continues|replied|responded|acknowledged|urged|conceded|retorted|retaliated|joked|quipped|shouted|charged|shot back|countered|remarked|admitted|cautioned|vowed|pledged|according to"
_NAME = r"(?:[A-Z][\w'’.-]+|al-[A-Z][\w'’-]+|de|van|von|bin|ibn|el)(?:\s+(?:[A-Z][\w'’.-]+|al-[A-Z][\w'’-]+|de|van|von|bin|ibn|el))*"
_PRONOUN = r"he|she|they|He|She|They"
_ROLE_WORDS = r"(?:(?:the|a|an|its|his|her|their|[a-z][\w.’'-]*)\s+){0,5}"
# Words between a name and its speech verb ("Obama on Tuesday said"): lower-case words and
# weekdays only, so "Clinton spokesman Jesse Ferguson said" points at Ferguson, not Clinton.
_GAP_WORDS = r"(?:(?:[a-z][\w’']*|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)"
_AFTER_CUE = re.compile(
    rf"^[\s,;:—–-]*(?:(?:{SPEECH_VERBS})\s+(?:{_NAME}\s+(?=[a-z]))?{_ROLE_WORDS}(?:(?P<n1>{_NAME})|(?P<p1>{_PRONOUN})\b)|{_ROLE_WORDS}(?P<n2>{_NAME}|(?P<p2>{_PRONOUN}))(?:,[^,“”\"]{{1,90}},)?\s+(?:\w+\s+)?(?:{SPEECH_VERBS})\b"
    # '"...," the mission's head, Lena Varga, told reporters': a role, then the name between commas
    rf"|(?:[\w.’'-]+\s+){{0,5}}?[\w.’'-]+,\s+(?P<n3>{_NAME}),\s+(?:\w+\s+)?(?:{SPEECH_VERBS})\b)"
)
_TITLES = re.compile(
    r"^(?:(?:Mediator|Envoy|President|Prime|Minister|Foreign|Defen[cs]e|Interior|Deputy|Vice|Secretary|General|Gen\.|Col\.|Lt\.|Maj\.|Capt\.|Sgt\.|Gov\.|Governor|Mayor|Commander|Spokesman|Spokeswoman|Spokesperson|Dr\.|Mr\.|Mrs\.|Ms\.|Sen\.|Rep\.|Sheikh|King|Queen|Prince|Chief|Senior|Army|Police|Rebel|Local|U\.N\.|UN)\s+)+"
)
_LATER_CUE = re.compile(rf"(?P<name>{_NAME})(?:,[^,“”\"]{{1,90}},)?\s+(?:{SPEECH_VERBS})\b")
_LEAD_IN = rf"{SPEECH_VERBS}|writing|reading|telling|saying|adding|asking|shot back|went on|concluded|charged|put it|posted"
_BEFORE_CUE = re.compile(
    rf"(?:(?P<name>{_NAME}|(?P<pro>{_PRONOUN}))(?:,[^,“”\"]{{1,90}},)?\s+{_GAP_WORDS}{{0,6}}?(?:{_LEAD_IN})\b[^“”\".!?]*?"
    rf"|(?:according to|as)\s+(?P<name2>{_NAME})(?:\s+put it)?)[:,.]?\s*$"
)
# The letters of names written with accents ("Inácio Prado", "Julián Nuñez", "Şahin"): Latin-1's
# and Latin Extended-A's (whose upper and lower case alternate, so both classes hold all of it).
UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
LOWER = "a-zß-öø-ÿ\u0100-\u017f"
_PERSON = re.compile(rf"\b(?:[{UPPER}][{LOWER}]+(?:[-’'][{UPPER}]?[{LOWER}]+)?)(?:\s+(?:al-|de\s+|van\s+|bin\s+)?[{UPPER}][{LOWER}]+(?:[-’'][{UPPER}]?[{LOWER}]+)?){{1,2}}\b")
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "As", "It", "This", "That", "They", "He", "She", "We", "U.N.", "United", "Nations"}

# "holds 190 prisoners" ("it holds 190") is people held; "holds the city centre" is not, nor
# "freed 45 prisoners".
CASUALTY_CUES = {
    "killed": r"kill|dead|death|die[sd]?\b|dying|lost their lives|massacre|slain|slaughter|bodies|fatalit|toll|execut|murder|martyr",
    "injured": r"injur|wound|hurt|maim|casualt",
    "detained": r"detain|arrest|captur|apprehen|imprison|jail|taken prisoner|in custody|into custody|hostage|h(?<!-h)eld\b|hold[s]? [\w ,]{0,24}prisoner|holding [\w ,]{0,24}prisoner|hold[s]? [\d]|holding [\d]|detention|captive",
    # people abducted or kidnapped are missing, not detained (the gold's convention: attr-031,
    # attr-045); "kidnappings" and "abductions" are crimes a suspect is "responsible for"
    "missing": r"missing|unaccounted|disappear|abducted|abducting|abduction of|kidnapped|kidnapping\b|kidnap\b",
    # "forced 40,000 people from their homes", "driven 300,000 from the hills", "had left the town"
    "displaced": r"displac|fled|flee|refugee|homeless|uproot|from their homes|driven [\w ,]{0,30}from\b|drove [\w ,]{0,30}from\b|had left the|have left the|has left the",
    "evacuated": r"evacuat|rescued|bussed out|allowed to leave",
}
GROUP_CUES = {
    "children": r"child|kid|boy|girl|minor|infant|student|pupil",
    "women": r"women|woman|mother|girls",
    "security_forces": r"soldier|troop|police|officer|army|guard|security forces|service ?members|marines|personnel",
    "combatants": r"rebel|militant|insurgent|fighter|jihadist|gunm[ae]n|taliban|combatant|terrorist|extremist|militia",
    "civilians": r"civilian|citizen|resident|people|villager|worker|passenger|family|families|inhabitant|protester",
}
_TIME_UNIT = re.compile(r"^\s*(?:-|\s)?(?:days?|weeks?|months?|years?|hours?|minutes?|km|kilomet|miles?|metres?|meters?|mm\b|percent|%|per cent|am|pm|a\.m|p\.m|o'clock|dollars?|euros?|pounds|kg|kilograms?|tons?|tonnes?|rounds|times|th\b|st\b|nd\b|rd\b)", re.I)
_MONTH_BEFORE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s*$")
_MONTH_AFTER = re.compile(r"^\s*(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b")
_ID_AROUND = re.compile(r"[\w]-$|^-[\w]")
_DOTTED = re.compile(r"\.\d")  # "12.03.2019": a number followed by a dot and more digits is a date
_NEGOTIATION_WORDS = (
    r"talks|negotiat\w*|cease-?fire|truce|peace|armistice|accord|agreement|deal|mediat\w*|dialogue|de-?escalation|humanitarian pause|road ?map|summit|envoy|broker\w*"
    # Spanish and French, the other languages of our gold set: diálogo(s), negociación, tregua,
    # alto el fuego, acuerdo; négociation(s), pourparlers, cessez-le-feu, trêve, accord.
    r"|di[aá]logos?|negociaci\w*|tregua|alto el fuego|acuerdo|n[ée]gociations?|pourparlers|cessez-le-feu|tr[eê]ve|accord"
)
NEGOTIATION_CUES = re.compile(rf"\b(?:{_NEGOTIATION_WORDS})\b", re.IGNORECASE)


_FOLD = {0x130: "i", 0x131: "i", 0x17F: "s"}


def _fold(text: str) -> str:
    """Lower case with every offset kept, on which a lower-case pattern matched without
    IGNORECASE matches exactly where it matches the text with it. Checked over all of Unicode:
    after İ/ı -> i and ſ -> s (which IGNORECASE also reads as i and s), lower() maps each
    character to one character, keeps word characters word characters, and no other character
    folds to a letter of our cue patterns. Case-insensitive alternations of many words were
    most of the time spent finding candidates; on folded text they run several times faster."""
    if "İ" in text or "ı" in text or "ſ" in text:
        text = text.translate(_FOLD)
    return text.lower()


_LOOKBEHIND = re.compile(r"\(\?<[!=][^()|]*\)")


def _by_first_letter(alternatives: str) -> str:
    """'kill|dead|death|kidnap' -> 'k(?:ill|idnap)|d(?:ead|eath)': the same alternatives in the
    same order among those that can match at one position (they share a first letter), so the
    same matches, but the engine rejects a position after one character."""
    # a lookbehind inside an alternative is safe to split around ("h(?<!-h)eld": not "rebel-held")
    assert "(" not in _LOOKBEHIND.sub("", alternatives) and not alternatives.startswith("("), "top-level alternatives only"
    groups: dict[str, list[str]] = {}
    for alternative in alternatives.split("|"):
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Compiled once, for folded text (`_fold`): a sentence is a casualty sentence when any kind's
# cue occurs in it; the hints take the cue nearest to the number.
_CASUALTY_ANY = re.compile(_by_first_letter("|".join(CASUALTY_CUES.values())))
_CASUALTY_RES = {label: re.compile(_by_first_letter(p)) for label, p in CASUALTY_CUES.items()}
_GROUP_RES = {label: re.compile(_by_first_letter(p)) for label, p in GROUP_CUES.items()}
_NEGOTIATION_FOLDED = re.compile(rf"\b(?:{_by_first_letter(_NEGOTIATION_WORDS)})\b")
# "one of the", "nine of them": matched at a number's end (match() anchors there)
_OF_REFERENCE = re.compile(r"\s*of\s+(?:the|them|those|whom)\b")
# "The governor said 21 of them were civilians" after a casualty sentence: a part of the figure
# before it, in a sentence that needs no casualty word of its own.
_OF_EARLIER = re.compile(r"\s*of\s+(?:them|those|whom|the\s+(?:victims|dead|wounded|injured))\b", re.I)
# "burned three vehicles", "two houses": things counted in a casualty sentence are no casualties.
_THINGS = (
    r"vehicles?|cars?|trucks?|lorries|buses|tanks?|boats?|aircraft|planes?|helicopters?|drones?|houses?|homes?|"
    r"buildings?|shops?|schools?|mosques?|churches|hospitals?|bridges?|villages?|towns?|districts?|provinces?|"
    r"checkpoints?|bases?|positions?|weapons?|rifles?|guns?|rockets?|missiles?|mortars?|shells?|bombs?|mines?|"
    r"ieds?|caches?|sides|parties|countries|nations|tunnels?|camps?|compounds?|roads?|barrels?|bags?|pounds?|kilos?|litres?|liters?|gallons?|"
    # munitions, and the weapons press releases name by model ("multiple AK-47s", "five RPG-7s")
    r"grenades?|ammunition|explosives|devices?|components?|materials?|magazines?|(?-i:[A-Z]{1,3})-\d{1,3}s|"
    # a count of operations or attacks counts no one ("conducted four raids detaining numerous")
    r"operations?|raids?|missions?|patrols?|attacks?|strikes?|airstrikes?|assaults?|ambushes|"
    r"kidnappings|abductions|assassinations|bombings|murders|"
    # bodies of people, not people ("two militias", "300 families": the gold counts no family),
    # and places and events of a truce ("two clinics", "four prisons", "dozens of violations")
    r"militias|factions|clans|sub-clans|tribes|famil(?:y|ies)|households|clinics?|prisons?|jails?|violations|breaches|incidents|"
    # broadcasters ("Orvan 24 state television"): a number in a station's name counts no one
    r"television|tv|channels?|radio"
)
# ("four village elders", "two school children": a thing word before a person is no thing.)
_PEOPLE_AFTER = rf"(?:{PERSON_NOUNS})s?|men|women|children|people|elders|staff|crews?|personnel|police|teams?|cells?|squads?|units?"
# A phrase that names its person ("an insurgent" of "an insurgent mortar team") is never a thing.
_NAMES_PERSON = re.compile(rf"(?:{PERSON_NOUNS})$", re.I)
# (the words between are its modifiers, "AK-47 assault rifles", never a person or a preposition:
# "two civilians in cars" counts civilians)
_THING_MODIFIER = rf"(?!(?:{_PEOPLE_AFTER}|in|on|at|of|inside|near|from|by|with|and|or|the|their|his|her|its|who|were|was)\b)[a-z][\w’'-]*\s+"
_THING_AFTER = re.compile(rf"\s+(?:{_THING_MODIFIER}){{0,2}}?(?:{_THINGS})\b(?![\w-]*\s+(?:[a-z][\w-]*\s+)?(?:{_PEOPLE_AFTER})\b)", re.I)
_VAGUE_WORD = re.compile(r"(?i:several|multiple|numerous|many|dozens|scores|hundreds|thousands)")
# "an operation to arrest a Taliban commander", "searching for two bomb makers": the people an
# operation went after, not people it killed or detained (the story says so when it did).
_SOUGHT = re.compile(r"(?:\bto\s+(?:capture|arrest|detain|apprehend|kill)|\bin\s+search\s+of|\bsearch(?:ing|ed)?\s+for|\bin\s+pursuit\s+of|\bpursuing|\btargeting|\btargeted)\s+$", re.I)
# "a commander who leads more than 100 fighters", "led a cell of 15 insurgents": the people a
# person commands, told to say who he is, not people killed or detained.
_FOLLOWING = re.compile(
    r"\b(?:command(?:s|ed|ing)?|lead(?:s|ing)?|led|direct(?:s|ed|ing)?|control(?:s|led|ling)?|oversee(?:s|ing)?|oversaw|in\s+charge\s+of)\s+"
    r"(?:(?:an?|the|his|her|their)\s+(?:[a-z]+\s+)?(?:group|band|cell|force|network|unit|team|militia)\s+of\s+)?$",
    re.I,
)
# "freed six hostages", "eight hostages released": people set free are no one's detention.
_FREED_BEFORE = re.compile(r"\b(?:freed|freeing|frees|released|releasing|releases|rescued|rescuing|liberated|liberating)\s+$", re.I)
_FREED_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:hostages?|captives?)\s+(?:(?:were|was|have been|had been)\s+)?(?:freed|released|rescued|liberated)\b", re.I)
_CAPTIVES_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:hostages?|captives?)\b", re.I)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class QuoteCandidate:
    id: int
    text: str
    start: int
    end: int
    cue: str | None = None
    speaker_hint: str | None = None
    named_by_cue: bool = False  # the attribution itself names the speaker: no model needed


@dataclass(frozen=True)
class NumberCandidate:
    id: int
    phrase: NumberPhrase
    sentence: Sentence
    kind_hint: str | None
    group_hint: str


@dataclass(frozen=True)
class NegotiationCandidate:
    id: int
    sentence: Sentence


@dataclass(frozen=True)
class ActorCandidate:
    """An armed side the lead names (`summarizer.event_question`), offered as `A<id>`."""

    id: int
    text: str
    start: int
    end: int


@dataclass
class Candidates:
    quotes: list[QuoteCandidate] = field(default_factory=list)
    numbers: list[NumberCandidate] = field(default_factory=list)
    negotiation: list[NegotiationCandidate] = field(default_factory=list)
    # found only when the model may be asked the event question (they need the event rules)
    actors: list[ActorCandidate] = field(default_factory=list)

    def within(self, start: int, end: int) -> "Candidates":
        """The candidates that lie inside one chunk of the article (ids stay global).

        Each list is in text order, so the ones that start inside are found by bisection: the
        focused view asks this once per excerpt, and a scan per excerpt was quadratic in the
        number of candidates. (Candidates are not changed after they are found.)"""
        qs, ns, ss = self._starts
        return Candidates(
            [q for q in self.quotes[bisect_left(qs, start) : bisect_left(qs, end)] if q.end <= end],
            [n for n in self.numbers[bisect_left(ns, start) : bisect_left(ns, end)] if n.sentence.end <= end],
            [c for c in self.negotiation[bisect_left(ss, start) : bisect_left(ss, end)] if c.sentence.end <= end],
            [a for a in self.actors if start <= a.start and a.end <= end],
        )

    @cached_property
    def _starts(self) -> tuple[list[int], list[int], list[int]]:
        return (
            [q.start for q in self.quotes],
            [n.sentence.start for n in self.numbers],
            [c.sentence.start for c in self.negotiation],
        )


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets; abbreviations such as 'U.N.' and 'Gov.' do not end one.

    Split once per text (candidates, events, the brief and the rules all ask for an article's
    sentences); each caller gets its own list. The cache is small on purpose: it holds whole
    articles, and an article's callers come within the few articles in flight around it."""
    return list(_sentences_of(text))


@lru_cache(maxsize=64)
def _sentences_of(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        # Only the last few characters can hold an abbreviation ending at the stop ('approx' is
        # the longest; '(?:[A-Z]\.)+[A-Z]' needs only its last 'X.Y'): searching the sentence
        # so far, as before, was quadratic in a sentence full of initials.
        if m.group(0)[0] == "." and _ABBREV.search(text, max(start, m.start() - 16), m.start()):
            continue
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        _append_sentence(text, start, end, sentences)
        start = m.end()
    _append_sentence(text, start, len(text), sentences)
    return tuple(sentences)


def _append_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Sentence(stripped, start + lead, start + lead + len(stripped)))


_OPENER = re.compile("[“«„\"]")
# What ends the search for each closer: the closer itself, another closing mark, or a line break.
_STOPS = {
    '"': re.compile('["\\n]'),
    "”": re.compile('[”»"\\n]'),
    "»": re.compile('[”»"\\n]'),
    "“": re.compile('[“”»"\\n]'),
}


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of each double-quoted passage, multi-paragraph ones included.

    Linear time: the next stop after a point is remembered per kind of closer, so the openers
    of one long line that never close do not each scan the line again."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    stops_seen: dict[str, tuple[int, int]] = {}  # closer -> (searched from, first stop at or after it)
    space_end: dict[int, int] = {}

    def next_stop(closer: str, at: int) -> int:
        seen = stops_seen.get(closer)
        if seen is not None and seen[0] <= at <= seen[1]:
            return seen[1]
        m = _STOPS[closer].search(text, at)
        found = m.start() if m else n
        stops_seen[closer] = (at, found)
        return found

    i = 0
    while (m := _OPENER.search(text, i)) is not None:
        i = m.start()
        ch = text[i]
        if ch == '"' and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        closer, j = OPENERS[ch], i + 1
        while True:
            j = next_stop(closer, j)
            if j >= n or text[j] != "\n":
                break
            k = space_end.get(j)
            if k is None:
                k = j
                while k < n and text[k].isspace():
                    k += 1
                space_end[j] = k
            if k < n and text[k] == ch:  # multi-paragraph quote: the next paragraph re-opens
                j = k + 1
                continue
            j = -1
            break
        if j <= i or j >= n:
            i += 1
            continue
        spans.append((i + 1, j))
        i = j + 1
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


@lru_cache(maxsize=256)
def _breaks(text: str) -> list[int]:
    """Every offset where a paragraph break "\\n\\n" starts (overlapping ones too), in order."""
    return [m.start() for m in _BREAK.finditer(text)]


_BREAK = re.compile(r"(?=\n\n)")


def _break_before(text: str, pos: int) -> int:
    """`text.rfind("\\n\\n", 0, pos)` by bisection (a quote in a long paragraph used to search
    back to the paragraph's start, once per quote)."""
    breaks = _breaks(text)
    i = bisect_right(breaks, pos - 2)
    return breaks[i - 1] if i else -1


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the paragraph holding `pos`: after the last break before it, up to the
    next break at or after it."""
    before = _break_before(text, pos)
    breaks = _breaks(text)
    i = bisect_left(breaks, pos)
    return (0 if before < 0 else before + 2), (breaks[i] if i < len(breaks) else len(text))


@lru_cache(maxsize=1024)
def _names_from(text: str, since: int, whole: bool) -> tuple[list[int], list[str]]:
    """Ends and texts of the person names `_PERSON` finds in `text` scanning from `since`
    (first words such as 'The' left out), to the end (`whole`) or to just past the paragraph
    that starts at `since`. Found once per text and paragraph, where each quote used to rescan
    the article up to itself (quadratic in long articles).

    A scan from `since` finds, up to a quote, exactly what the scan bounded at the quote found
    (`_PERSON.finditer(text, since, pos)`): the character before a quote is its opening mark or
    a space after it, and no name runs over an opening mark."""
    bound = len(text)
    if not whole:
        next_break = text.find("\n\n", since)
        bound = len(text) if next_break < 0 else next_break + 2
    ends: list[int] = []
    names: list[str] = []
    for m in _PERSON.finditer(text, since):
        if m.start() > bound:
            break
        if m.group(0).split()[0] not in _NOT_NAMES:
            ends.append(m.end())
            names.append(m.group(0))
    return ends, names


def people_before(text: str, pos: int, since: int = 0) -> list[str]:
    """Capitalised multi-word names in text[since:pos], in order (`pos` is where a quote starts)."""
    ends, names = _names_from(text, since, since == 0)
    return names[: bisect_right(ends, pos)]


def last_person_before(text: str, pos: int, since: int = 0) -> str | None:
    """The last of `people_before(text, pos, since)`, without building the list."""
    ends, names = _names_from(text, since, since == 0)
    count = bisect_right(ends, pos)
    return names[count - 1] if count else None


@lru_cache(maxsize=256)
def _full_names(text: str) -> dict[str, str]:
    """Last word -> the first full name (titles stripped) that ends with it, over the whole text."""
    found: dict[str, str] = {}
    for name in _names_from(text, 0, True)[1]:
        if "\n\n" in name:  # a headline's last word and the next paragraph's first are no name
            continue
        found.setdefault(name.split()[-1], name)
    return {last: _TITLES.sub("", name).strip() for last, name in found.items()}


def full_name(text: str, name: str | None) -> str | None:
    """'Wekesa' -> 'Amina Wekesa' when the article introduces the person by full name."""
    if not name or " " in name.strip():
        return name
    return _full_names(text).get(name) or name


def _speaker_cue(text: str, start: int, end: int, previous: str | None, continues: bool) -> tuple[str | None, str | None, bool]:
    """A cue phrase near the quote and the name it points to. In order: an attribution right
    after the quote, one right before it, the speaker of the quote this one continues (same
    paragraph, a few words apart), a 'NAME said' later in the paragraph; pronouns and
    cue-less quotes resolve backwards to the last person named."""
    # Only 240 characters after and 160 before are ever read: bounded searches and slices keep
    # a quote in a long paragraph from costing the paragraph's length.
    paragraph_end = text.find("\n", end, end + 241)
    after = text[end + 1 : paragraph_end if paragraph_end >= 0 else min(len(text), end + 241)]
    line_start = text.rfind("\n", max(0, start - 161), start) + 1
    before = text[max(line_start, start - 160) : max(start - 1, line_start)]
    name = pronoun = cue = None
    if m := _AFTER_CUE.match(after[:160]):
        cue = m.group(0).strip(" ,")
        name = m.group("n1") or (m.group("n2") if not m.group("p2") else None) or m.group("n3")
        pronoun = m.group("p1") or m.group("p2")
    elif m4 := _after_unnamed().match(after[:160]):
        cue, name = m4.group(0).strip(" ,"), m4.group("np")  # the unnamed speaker as written
    elif m2 := _BEFORE_CUE.search(before):
        cue = m2.group(0).strip(" ,:")
        name = None if m2.group("pro") else (m2.group("name") or m2.group("name2"))
        pronoun = m2.group("pro")
        offset = max(line_start, start - 160)
        if m2.group("name") and _after_place_preposition(text, offset + m2.start("name")):
            # "a priest in the town of Arraial, Inacio Prado, said": the place is not the speaker
            name, cue = None, None
    elif continues and previous:
        return None, previous, True
    elif m3 := _LATER_CUE.search(after[:240]):
        cue = m3.group(0)
        name = m3.group("name")
    if name in {"He", "She", "They"}:
        name, pronoun = None, name  # "She added: “...”": a sentence's capitalised pronoun, not a name
    if name:
        name = _TITLES.sub("", name).strip() or None
    if name and name.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr)\.$", name):
        name = name[:-1]  # the sentence's full stop, not an initial
    if name and name.split()[0] in _NOT_NAMES and len(name.split()) == 1:
        name = None
    named = name is not None
    if name is None and (pronoun or cue is None):
        paragraph_start = _break_before(text, start) + 1
        name = _paragraph_speaker(text, paragraph_start, start) or previous or last_person_before(text, start)
    if name:
        name = full_name(text, _TITLES.sub("", name).strip() or None)
    return cue, name, named


@lru_cache(maxsize=1)
def _after_unnamed() -> re.Pattern[str]:
    """'“...,” said a priest in the town, who asked not to be named': a speaker the article
    never names, given as written (the gold's convention), not the person named before the
    quote. Only an indefinite one ("the spokesman said" may be someone named before) and no
    name in apposition after it. Built on first use: the role nouns live in roles.py, which
    imports this module."""
    from summarizer.roles import ROLE_NOUNS

    return re.compile(
        rf"^[\s,;:—–-]*(?:said|says|added|told reporters)\s+(?P<np>(?:an?|one)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{ROLE_NOUNS})s?\b"
        rf"(?:\s+(?:of|from|at|in|on|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)?)(?=\s*(?:\.|;|,\s+(?![A-Z])|\s+who\b))"
    )


# "that part of Nad Ali", "in Kandahar": a name after a place preposition is a place, not a speaker
_PLACE_PREPOSITION = re.compile(r"\b(?:of|in|at|near|from|outside|into|across|to)\s+(?:the\s+)?$")


def _after_place_preposition(text: str, start: int) -> bool:
    """Whether the name at `start` follows a place preposition ("that part of Nad Ali")."""
    return bool(_PLACE_PREPOSITION.search(text, max(0, start - 16), start))


# "the de-mining group Clear Ground", "the charity Open Hands": the name of the body just named
_BODY_NOUN_BEFORE = re.compile(r"\b(?:group|organi[sz]ation|charity|agency|movement|party|network|coalition|alliance|militia|company|firm|NGO)\s+$")


def _names_a_body(text: str, start: int) -> bool:
    """Whether the name at `start` follows a body's class noun, so names the body, not a person."""
    return bool(_BODY_NOUN_BEFORE.search(text, max(0, start - 16), start))


# "the" right before a position: what follows is a short form of something named before ("the
# Front", "The spokesman"), read with `.search(text, at - 4, at)`
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# "he told Meridian Radio": whom a speaker told is the listener, never the speaker
_TOLD_BEFORE = re.compile(r"\b(?:told|telling|tells)\s+$")


def _paragraph_speaker(text: str, paragraph_start: int, start: int) -> str | None:
    """Who a pronoun or a cue-less quote points back to within its paragraph: the last person
    it names before the quote, where a person is a full name (not one after a place preposition:
    "cleared that part of Nad Ali"), a surname the article gave in full before ("Marin said by
    telephone ... he said"), or someone introduced by role ("A resident, reached by phone, said",
    "a nurse who gave only her first name, Mira,"). Without this the pronoun went back to the
    previous paragraph's speaker, and took their role too."""
    from summarizer.roles import introductions  # roles imports this module

    ends, names = _names_from(text, paragraph_start, paragraph_start == 0)
    people = [(end, name) for end, name in zip(ends, names) if end <= start and not _after_place_preposition(text, end - len(name))
              and not _names_a_body(text, end - len(name)) and not _TOLD_BEFORE.search(text, max(0, end - len(name) - 8), end - len(name))]
    known = _full_names(text)
    for match in re.finditer(r"\b[A-Z][\w’'-]+\b", text[paragraph_start:start]):
        surname = match.group(0)
        at = paragraph_start + match.start()
        if text.endswith(known.get(surname, surname), 0, paragraph_start + match.end()):
            continue  # the full name's own last word ("that part of Nad Ali": the place was left out above)
        if THE_BEFORE.search(text, max(0, at - 4), at):
            continue  # "the Front": a short form of an organisation named before, not a surname
        if surname in known and known[surname] != surname and not _after_place_preposition(text, at):
            people.append((paragraph_start + match.end(), known[surname]))
    for match, name in introductions(text, paragraph_start, start):
        people.append((match.end(), name or match.group("np")))
    return max(people, key=lambda p: p[0])[1] if people else None


_SPLIT_GAP = re.compile(rf"^[\s,;:—–-]*[^.!?\n]{{0,60}}\b(?:{SPEECH_VERBS})\b[^.!?\n]{{0,40}}[,:;—–-]\s*$")


def is_partial_quote(text: str, start: int, previous_end: int | None) -> bool:
    """A quoted fragment inside the reporter's own sentence ("called the deal “a historic step”")
    is paraphrase, not a direct quote. It starts in lower case; the exception is the second half
    of a quote split by its attribution (“A,” she said, “but B.”)."""
    first = next((ch for ch in text[start : start + 20] if ch.isalpha()), "")
    if not first.islower():
        return False
    if previous_end is not None and 0 <= start - previous_end <= 120:
        return not _SPLIT_GAP.match(text[previous_end : start - 1])
    return True


def is_title(body: str) -> bool:
    """'Orange Is the New Black', 'Make America Great Again.', 'EVENTUALLY VOTERS…': names of
    works, slogans and headlines are quoted but nobody said them."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", body)]
    if len(words) < 2:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    short_words = {"a", "an", "the", "of", "and", "in", "on", "is", "to", "for", "with", "at", "by", "from", "or"}
    content = [w for w in words if w.lower() not in short_words] or words
    return capitalised / len(words) >= 0.6 and all(w[0].isupper() for w in content) and len(words) <= 12


def find_quotes(text: str, min_words: int = 3) -> list[QuoteCandidate]:
    """Direct quotes of at least `min_words` words (shorter ones are mostly scare quotes),
    partial quotes left out (see `is_partial_quote`)."""
    found: list[QuoteCandidate] = []
    previous: str | None = None
    previous_end: int | None = None
    last_quote_end: int | None = None
    for raw_start, raw_end in _quote_spans(text):
        start, end = _trim(text, raw_start, raw_end)
        body = text[start:end]
        partial = is_partial_quote(text, start, previous_end)
        previous_end = raw_end + 1
        if len(body.split()) < min_words or partial:
            continue
        gap = text[last_quote_end:raw_start] if last_quote_end is not None and raw_start - last_quote_end <= 100 else "\n"
        continues = "\n" not in gap
        cue, speaker, named = _speaker_cue(text, raw_start, raw_end, previous, continues)
        if cue is None and is_title(body):
            continue
        previous = speaker or previous
        last_quote_end = raw_end + 1
        found.append(QuoteCandidate(len(found) + 1, body, start, end, cue, speaker, named and speaker is not None))
    return found


def _hint(patterns: dict[str, re.Pattern[str]], folded: str, pos: int) -> str | None:
    """The label whose cue word is nearest to the number (within its sentence, `_fold`ed)."""
    best, best_distance = None, None
    for label, pattern in patterns.items():
        for m in pattern.finditer(folded):
            distance = abs(m.start() - pos)
            if best_distance is None or distance < best_distance:
                best, best_distance = label, distance
    return best


def find_number_candidates(text: str, sentences: list[Sentence]) -> list[NumberCandidate]:
    """Number phrases in sentences that speak of casualties, with kind/group hints.

    A headline figure repeated in the body is left out: the body sentence is the better evidence
    and a duplicate would be counted twice. A first line that ends as a sentence ends is the
    story's lead, no headline: its figures are the first telling ("killing two men"), and the
    body's "the two men" or "her two sons" is no reason to drop them."""
    found: list[NumberCandidate] = []
    headline_end = _headline_end(text)
    body_values = {p.low for p in find_number_phrases(text[headline_end + 1 :])} if headline_end > 0 else set()
    previous_kind: str | None = None  # the kind of the last figure of the sentence just before
    for sentence in sentences:
        kind_before, previous_kind = previous_kind, None
        phrases = find_number_phrases(sentence.text)
        if not phrases:  # (found first: most sentences have none, and it is cached for the count check)
            continue
        folded = _fold(sentence.text)
        if not _CASUALTY_ANY.search(folded):
            found.extend(_parts_of_earlier(sentence, phrases, folded, kind_before, len(found)))
            continue
        for phrase in phrases:
            tail = sentence.text[phrase.end : phrase.end + 14]
            head = sentence.text[max(0, phrase.start - 12) : phrase.start]
            if is_year(phrase) or _TIME_UNIT.match(tail) or phrase.low == 0:
                continue
            if _MONTH_BEFORE.search(head) or _MONTH_AFTER.match(tail) or _ID_AROUND.search(head[-2:]) or _ID_AROUND.search(tail[:2]) or tail.startswith(("$", ":")) or head.endswith("$") or _DOTTED.match(tail):
                continue  # dates ("Feb. 7", "12.03.2019"), reference numbers ("2013-02-S-003"), times, money
            if sentence.end <= headline_end and phrase.low in body_values:
                continue
            if _OF_REFERENCE.match(sentence.text, phrase.end) and phrase.low == 1 and not _VAGUE_WORD.fullmatch(phrase.text):
                continue  # "one of the" is a reference, not a count; "nine of them children" is one
            if _counts_things(sentence.text, phrase) or _in_name(sentence.text, phrase):
                continue
            if _AGE_BEFORE.search(head + " ") or _counter(sentence.text, phrase) or _rate(sentence.text, phrase):
                continue  # "children aged 8", "under the age of ten"; a page's share count; a rate
            if _acts(sentence.text, phrase) or _state_of_part(sentence.text, phrase):
                continue
            if _SOUGHT.search(sentence.text, max(0, phrase.start - 40), phrase.start) or _FOLLOWING.search(sentence.text, max(0, phrase.start - 50), phrase.start):
                continue
            if _freed(sentence.text, phrase):
                continue
            if _reports(sentence.text, phrase):
                continue
            kind = _hint(_CASUALTY_RES, folded, phrase.start)
            found.append(_number_candidate(len(found) + 1, phrase, sentence, folded, kind))
            previous_kind = kind or previous_kind
    return found


# A headline has no full stop: "Strikes kill 12 in Varosh", not "..., killing 12, police said."
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’)\]]*\s*$")


def _headline_end(text: str) -> int:
    """Where the headline ends: the first line, unless it ends as a sentence (then -1: none)."""
    end = text.find("\n")
    if end <= 0 or _SENTENCE_CLOSE.search(text, 0, end):
        return -1
    return end


def _counts_things(text: str, phrase: NumberPhrase) -> bool:
    """'burned three vehicles', 'struck two of the group's positions': the number counts things,
    not people (a phrase that names its person never does)."""
    if _NAMES_PERSON.search(phrase.text):
        return False
    part = _OF_REFERENCE.match(text, phrase.end) or (_VAGUE_OF.match(text, phrase.end) if _VAGUE_WORD.fullmatch(phrase.text.split()[-1]) else None)
    return bool(_THING_AFTER.match(text, part.end() if part else phrase.end))


# "the Five Lakes Community", "the Group of Seven": a number word written with a capital inside a
# sentence is part of a name (a story's first word and a title-case headline are not inside one).
_NUMBER_WORD = re.compile(rf"(?=[A-Z])(?i:{'|'.join(sorted((*UNITS, *TENS), key=len, reverse=True))})(?:-[a-z]+)?")
_LOWER_WORD_BEFORE = re.compile(r"\b(?-i:[a-z])[\w’'-]*\s+$")
_NAME_OF_BEFORE = re.compile(r"\b(?-i:[A-Z])[\w’'-]*\s+of\s+$")
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z])")
# "Highway 7", "Division 31", "Resolution 2911", "Route 1": a number that identifies a road, a
# unit, a text or a place names it and counts no one.
_NAMING_HEAD = re.compile(
    r"\b(?-i:Highway|Route|Road|Street|Avenue|Division|Brigade|Battalion|Regiment|Squadron|Unit|Corps|Resolution|Article|"
    r"Chapter|Section|Protocol|Camp|Base|Sector|Zone|Block|Gate|Checkpoint|Flight|Channel|Kilometre|Km|Phase|Hill|Ward|Room|No\.)\s+$"
)
_BARE_DIGITS = re.compile(r"\d[\d,]*")
# "six children aged 8 to 12", "at ages below 5", "under the age of ten": an age counts no one
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?\s+(?:of|below|under|over|between)|age\s+of)\s+$", re.I)
# "Get short URL 2317 At least nine civilians ...": a scraped page's share or view count before
# the story's first sentence. Edited copy never runs a count into a capitalised article or a
# new number without punctuation, so a bare number followed by one counts nothing.
_NEW_SENTENCE_AFTER = re.compile(r"\s+(?:The|A|An|At least|More than|Over)\s")


# "an average of 35 people a week", "20 people a day": a rate is no toll ("in a week" is a span,
# "said a day after" a date)
_RATE_BEFORE = re.compile(r"\b(?:an\s+average\s+of|on\s+average|averaging)\s+$", re.I)
_RATE_AFTER = re.compile(r"(?:\s+(?!(?:in|within|for|over|during|of|the|last|past|said|says)\b)[a-z][\w-]*){0,2}\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b(?!\s+(?:after|before|later|earlier|ago)\b)", re.I)


def _rate(text: str, phrase: NumberPhrase) -> bool:
    """Whether the number is a rate ("an average of 35 people a week"), not a count."""
    return bool(_RATE_BEFORE.search(text, max(0, phrase.start - 20), phrase.start) or _RATE_AFTER.match(text, phrase.end))


def _counter(text: str, phrase: NumberPhrase) -> bool:
    """Whether bare digits run straight into a new sentence ("URL 2317 At least nine ...")."""
    return bool(_BARE_DIGITS.fullmatch(phrase.text) and _NEW_SENTENCE_AFTER.match(text, phrase.end))


def _in_name(text: str, phrase: NumberPhrase) -> bool:
    """Whether the number is part of a name, not a count: a capitalised number word inside a
    sentence before another capitalised word ("the Five Lakes Community") or after "<Name> of"
    ("the Group of Seven"), or bare digits after a head that numbers roads, units, texts and
    places ("along Highway 7", "the assault on Division 31"). Wire copy writes a count in lower
    case or as digits, so only a name writes a number word with a capital mid-sentence."""
    before = text[max(0, phrase.start - 40) : phrase.start]
    if _NUMBER_WORD.fullmatch(phrase.text):
        if _NAME_OF_BEFORE.search(before):
            return True
        return bool(_LOWER_WORD_BEFORE.search(before) and _NAME_AFTER.match(text, phrase.end))
    return bool(_BARE_DIGITS.fullmatch(phrase.text) and _NAMING_HEAD.search(before))


# "Ivo Marek, a spokesman for the front, said", "A hospital official who spoke on condition of
# anonymity said", "according to a health official": the one person who gives a toll is its source.
_ONE_PERSON = re.compile(r"(?i:an?)\s")
_REPORTER_BEFORE = re.compile(r"\b(?:according to|said|says|told)\s+(?:(?:[\w’'.-]+\s+){0,3}?[\w’'.-]*[A-Z][\w’'.-]*,\s+)?$")  # ("said Ivo Marek, a spokesman")
_CLAUSE_START = re.compile(r"(?:^|[,;:–—]\s*|\s-\s+)$")  # a clause's subject, or a name's appositive
_SPOKE = re.compile(r"\b(?:said|says|told|added)\b")
_TO_CLAUSE_END = re.compile(r"[^,;]*")


def _reports(text: str, phrase: NumberPhrase) -> bool:
    """Whether a one-person phrase ("a spokesman", "A WFP official") is who reports the figures,
    not a casualty: after "according to" or "said" with nothing of a casualty in its own clause,
    or a clause's subject or a name's appositive whose speech verb comes before any word of a
    casualty ("A soldier was killed, officials said", "Sangar, an insurgent leader, was killed"
    and "killed a militant" are casualties)."""
    if not _ONE_PERSON.match(phrase.text) or phrase.low != 1:
        return False
    before = text[max(0, phrase.start - 60) : phrase.start]
    if _REPORTER_BEFORE.search(before):
        rest = _TO_CLAUSE_END.match(text, phrase.end).group(0)
        return not _CASUALTY_ANY.search(_fold(rest))
    if not _CLAUSE_START.search(before):
        return False
    spoke = _SPOKE.search(text, phrase.end, phrase.end + 160)
    return spoke is not None and not _CASUALTY_ANY.search(_fold(text[phrase.end : spoke.start()]))


# "A suicide bomber killed 31 people", "A gunman shot dead two guards", "a bomber blew himself up":
# the one person who kills is the attacker, the subject of an active verb with its object.
_COUNT_START = rf"(?:(?:an?|the|his|her|their|its|at\s+least|more\s+than|over|about|some|several|dozens|scores|hundreds|{'|'.join(sorted((*UNITS, *TENS), key=len, reverse=True))})\b|\d)"
_ACTS_AFTER = re.compile(
    r"\s+(?:(?:also|reportedly|allegedly|then)\s+)?"
    rf"(?:(?:killed|shot(?:\s+dead)?|wounded|injured|stabbed|kidnapped|abducted)\s+{_COUNT_START}|blew\s+(?:himself|herself)\s+up|detonated|opened\s+fire)",
    re.I,
)


def _acts(text: str, phrase: NumberPhrase) -> bool:
    """Whether a one-person phrase is the attacker: the subject of an active casualty verb
    whose object follows ("A suicide bomber killed 31 people"); "A soldier killed in the clash"
    and "A policeman was killed" are casualties."""
    return bool(_ONE_PERSON.match(phrase.text) and phrase.low == 1 and _ACTS_AFTER.match(text, phrase.end))


# "Three of the wounded were in a critical condition", "Five of the injured are on ventilators":
# the state of part of a figure told already is no new figure (the gold lists no one "merely in
# critical condition"); a part named by its group ("nine of the wounded were children") or by
# what happened to it ("Two of the wounded later died") is.
_OF_THE_WOUNDED = re.compile(r"\s+of\s+(?:the|those)\s+(?:wounded|injured|hurt)\b", re.I)
_TO_STATE_END = re.compile(r"[^,;.]*?(?=[,;.]|\s+(?:said|says|told|according)\b|$)")


def _state_of_part(text: str, phrase: NumberPhrase) -> bool:
    """Whether the number is part of the wounded described only by their state."""
    whole = _OF_THE_WOUNDED.match(text, phrase.end)
    if whole is None:
        return False
    rest = _fold(_TO_STATE_END.match(text, whole.end()).group(0))
    return not _CASUALTY_ANY.search(rest) and not any(p.search(rest) for p in _GROUP_RES.values())


# "dozens of violations", "hundreds of homes": a vague count's "of" before what it counts
_VAGUE_OF = re.compile(r"\s+of(?=\s)")


def _freed(text: str, phrase: NumberPhrase) -> bool:
    """'freed six hostages', 'eight hostages released': captives set free, no detention."""
    if _FREED_AFTER.match(text, phrase.end):
        return True
    return bool(_FREED_BEFORE.search(text, max(0, phrase.start - 20), phrase.start) and _CAPTIVES_AFTER.match(text, phrase.end))


def _parts_of_earlier(sentence: Sentence, phrases: list[NumberPhrase], folded: str, kind: str | None, count: int) -> list[NumberCandidate]:
    """'At least 40 people were killed. The governor said 21 of them were civilians.': a part
    of the figure just before, in a sentence without a casualty word of its own, has that
    figure's kind and the group named after it."""
    if kind is None:
        return []
    parts = []
    for phrase in phrases:
        if phrase.low > 1 and _OF_EARLIER.match(sentence.text, phrase.end):
            parts.append(_number_candidate(count + len(parts) + 1, phrase, sentence, folded, kind))
    return parts


def _number_candidate(id: int, phrase: NumberPhrase, sentence: Sentence, folded: str, kind: str | None) -> NumberCandidate:
    """A number phrase of `sentence` as a candidate: offsets into the article, the group named
    right after it (the cue word), `kind` as its hint."""
    absolute = NumberPhrase(phrase.text, sentence.start + phrase.start, sentence.start + phrase.end, phrase.low, phrase.high, phrase.approximate)
    group = _hint(_GROUP_RES, folded[phrase.start : phrase.start + 60], 0) or "unspecified"
    return NumberCandidate(id, absolute, sentence, kind, group)


def find_negotiation_candidates(sentences: list[Sentence]) -> list[NegotiationCandidate]:
    found = []
    for sentence in sentences:
        if _NEGOTIATION_FOLDED.search(_fold(sentence.text)):
            found.append(NegotiationCandidate(len(found) + 1, sentence))
    return found


def find_candidates(text: str) -> Candidates:
    sentences = split_sentences(text)
    return Candidates(
        quotes=find_quotes(text),
        numbers=find_number_candidates(text, sentences),
        negotiation=find_negotiation_candidates(sentences),
    )
