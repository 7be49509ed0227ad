"""Find number phrases in text and parse them into counts, deterministically.

Casualty figures are the part of a war report where a wrong answer does the most harm, so the
model never writes a count: it points at a phrase found here, and the count comes from this
parser. Conventions follow conflict-data practice (ACLED, UCDP): keep the conservative figure as
the low bound, a range as low/high, a vague word as an explicit low bound ("dozens" -> 12 or more,
"hundreds" -> 100 or more) and mark hedged figures ("about 400") as approximate.

The low bound of a word with no number in it is a convention, not arithmetic. Ours is the one
annotators of military press releases apply (the ISAF set, the only labels we have that count
such words): "several", "multiple" and "a few" are 3, "numerous" and "a number of" are 4
("multiple" is more than a pair, "numerous" more than "several"); on its tune part 14 of 15
"multiple", 12 of 16 "numerous" and 4 of 4 "a few" detentions and deaths are labelled so.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

# Vague quantities: (low bound, exact?) -- "a dozen" is a count, "dozens" only a floor.
VAGUE = {
    "a dozen": (12, True), "dozen": (12, True), "half a dozen": (6, True),
    "dozens": (12, False), "scores": (20, False), "hundreds": (100, False),
    "thousands": (1_000, False), "tens of thousands": (10_000, False),
    "hundreds of thousands": (100_000, False), "millions": (1_000_000, False),
    "several": (3, False), "multiple": (3, False), "numerous": (4, False), "a number of": (4, False), "a few": (3, False), "a handful": (3, False), "a couple of": (2, True),
}

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE = "|".join(SCALES)
# "and" joins a number's words only after a scale ("one hundred and five"): "killed seven and
# wounded 19" is two numbers, and "seven and" once read the kind of the word after "and".
_AFTER_SCALE = "|".join(f"(?<={scale})" for scale in SCALES)
_WORD_NUMBER = rf"(?:(?:{_WORD})(?:[\s-]+(?:{_WORD}|{_SCALE})|(?:{_AFTER_SCALE})\s+and\s+(?:{_WORD}))*)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:million|billion|thousand))?"
_NUMBER = rf"(?:{_DIGITS}|{_WORD_NUMBER})"
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE), key=len, reverse=True))

_LOWER_BOUND = r"at least|more than|over|upwards of|no fewer than|no less than|in excess of|a minimum of"
_APPROX = r"about|around|some|nearly|almost|roughly|approximately|an estimated|estimated|close to|up to|as many as|as much as|at most|fewer than|less than|under|just over|just under|more or less"
_RANGE = rf"(?:between\s+(?P<lo>{_NUMBER})\s+and\s+(?P<hi>{_NUMBER})|(?P<lo2>{_NUMBER})(?:\s*(?:–|to|or)\s*|(?<=\d)-(?=\d))(?P<hi2>{_NUMBER}))"

NUMBER_PHRASE = re.compile(
    rf"\b(?:(?P<mod>{_LOWER_BOUND}|{_APPROX})\s+)?(?:"
    rf"{_RANGE}"
    rf"|(?P<dozens>{_WORD}|\d{{1,3}})\s+dozen(?!s)"  # "three dozen": 36
    rf"|(?P<vague>{_VAGUE})(?=\s+(?:of\s+)?[a-z])"
    rf"|(?P<num>{_NUMBER})"
    r")\b",
    re.IGNORECASE,
)

# "a Taliban leader was killed", "detained an insurgent": one person, counted as 1. Only
# person nouns, so "a car bomb" or "a day" never become a count.
PERSON_NOUNS = (
    "leader|commander|facilitator|insurgent|militant|fighter|rebel|soldier|civilian|man|woman|child|boy|girl|baby|"
    "policeman|policewoman|police officer|officer|journalist|reporter|worker|suspect|member|bomber|sniper|gunman|"
    "guard|resident|doctor|nurse|teenager|student|farmer|driver|shepherd|villager|contractor|marine|sergeant|"
    "captain|colonel|general|mayor|official|cleric|imam|priest|activist|protester|detainee|prisoner|hostage|"
    "operative|financier|emir|chief|deputy|smuggler|trafficker|courier|recruiter|spokesman|pilot|peacekeeper|"
    "dealer|supplier|maker|manufacturer|emplacer|individual|associate"
)
# "a Taliban leader": the words before the person noun are its modifiers, never a function word
# ("a pause if the Rapid Guard", "a phone call with a reporter" are no person). Lower case only:
# a group's name may hold one ("an Islamic Movement of Uzbekistan facilitator"). A person noun
# naming a thing is no person either ("a prisoner exchange", "a hostage deal").
_NAME_MODIFIER = r"(?!(?-i:the|a|an|who|whom|which|that|and|or|with|in|at|on|by|for|from|to|if|as|when|after|before)\s|(?-i:of\s+[a-z]))[\w’'-]+\s+"
_NAMES_A_THING = r"\s+(?:exchanges?|swaps?|releases?|deals?|camps?|convoys?|transfers?|talks)\b"
# ("a senior Hizb-e Orvan Islami (HOI) commander": a group's acronym in brackets closes its name,
# which may run to five words before it.)
_ACRONYM_MODIFIER = r"\((?-i:[A-Z]{2,6})\)\s+"
SINGLE_PERSON = re.compile(
    rf"\b(?:a|an)\s+(?:(?:{_NAME_MODIFIER}){{0,5}}?{_ACRONYM_MODIFIER}|(?:{_NAME_MODIFIER}){{0,4}}?)(?:{PERSON_NOUNS})\b(?!['’]s|-|{_NAMES_A_THING})",
    re.IGNORECASE,
)
# "arrested the senior Taliban leader", "killed Taliban leader Saifullah", "the death of militia
# leader X": the one person a killing or an arrest names, with "the" or before a name. Only
# right after such a verb: a title before a name elsewhere ("Commander X said") is no count.
_MODIFIER = r"(?!(?i:the|a|an|who|whom|which|that|and|or|of|with|in|at|on|by|for|from|to)\s)[\w’'-]+\s+"
_OBJECT_PERSON = re.compile(
    r"\b(?i:killed|killing|captured|capturing|arrested|arresting|detained|detaining|apprehended|(?:death|arrest|capture|killing|detention)\s+of)\s+"
    rf"(?P<person>(?i:the)\s+(?:{_MODIFIER}){{0,4}}?(?i:{PERSON_NOUNS})\b(?!['’]s|-)|(?:{_MODIFIER}){{0,2}}?(?i:{PERSON_NOUNS})(?=\s+[A-Z][a-z]))"
)

# "returned fire, killing him", "He was engaged and killed": a press release tells a killing or an
# arrest of one person by a pronoun once it has named him ("her" before a noun is a possessive,
# "he was not harmed" no casualty). Counted as 1, like "a leader": a later restatement of
# someone counted before is not added (events.totals), a first telling is the count.
_ONE_PRONOUN = re.compile(
    r"\b(?i:killed|killing|kills|captured|capturing|arrested|arresting|detained|detaining|apprehended|apprehending)\s+(?P<person>him|her(?![ \t]+(?!(?:at|in|on|near|during|after|before|for|with|and|as|while|when|outside|inside|from|to|by|of|later|there|today|yesterday)\b)[a-z]))\b"
    r"|\b(?P<subject>[Hh]e|[Ss]he)\s+(?:was|had been|has been)\s+(?:(?!not\b|never\b)[a-z]+\s+){0,3}?(?:killed|captured|arrested|detained|apprehended|shot dead)\b"
)
# "Both men were detained", "killing them both", "both of them were killed": two people, where a
# killing or an arrest takes them (so "both sides", "both Afghan and coalition forces" and "calls
# with both leaders" count no one).
_CASUALTY_VERB = r"(?:killed|killing|captured|capturing|arrested|arresting|detained|detaining|apprehended|wounded|wounding|injured|injuring)"
_BOTH_PEOPLE = rf"[Bb]oth\s+(?:of\s+(?:them|the\s+(?:men|women|(?:{PERSON_NOUNS})s))|(?:[a-z][\w-]*\s+){{0,2}}?(?:(?:{PERSON_NOUNS})s|men|women|children|people))"
_BOTH = re.compile(
    rf"\b(?P<both>{_BOTH_PEOPLE})(?=\s+(?:were|had been|have been)\s+(?:[a-z]+\s+)?{_CASUALTY_VERB}\b)"
    rf"|\b(?i:{_CASUALTY_VERB})\s+(?P<object>{_BOTH_PEOPLE}|them\s+both)\b"
)

# "a 12-year-old boy": an age inside a person phrase is no count, and does not hide the person.
_AGE_AFTER = re.compile(r"[\s-]*(?:years?|months?|weeks?|days?)[\s-]*old\b", re.IGNORECASE)

_FOLD_TO_ASCII = {0x130: "i", 0x131: "i", 0x17F: "s"}
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_DIGIT_TOKEN = re.compile(r"([\d,]+(?:\.\d+)?)\s*(million|billion|thousand)?")
_WORD_SPLIT = re.compile(r"[\s-]+")
_NUMBER_TOKEN = re.compile(_NUMBER, re.IGNORECASE)
_LOWER_BOUND_RE = re.compile(_LOWER_BOUND)


@dataclass(frozen=True)
class NumberPhrase:
    """A number phrase at `start:end` of the text it was found in, with its parsed count."""

    text: str
    start: int
    end: int
    low: int
    high: int | None
    approximate: bool

    @property
    def values(self) -> set[int]:
        return {v for v in (self.low, self.high) if v is not None}


def parse_number(token: str) -> int | None:
    """'1,200' -> 1200, '1.5 million' -> 1500000, 'twenty-five' -> 25, 'three hundred' -> 300."""
    token = token.strip().lower()
    m = _DIGIT_TOKEN.fullmatch(token)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= SCALES[m.group(2)]
        return int(round(value))
    total, current, seen = 0, 0, False
    for word in _WORD_SPLIT.split(token):
        if word == "and" or not word:
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _parse_match(m: re.Match[str]) -> tuple[int, int | None, bool] | None:
    mod = (m.group("mod") or "").lower()
    lo_text, hi_text = m.group("lo") or m.group("lo2"), m.group("hi") or m.group("hi2")
    if lo_text and hi_text:
        lo, hi = parse_number(lo_text), parse_number(hi_text)
        if lo is None or hi is None or hi < lo:
            return None
        return lo, hi, bool(mod)
    if m.group("dozens"):
        count = parse_number(m.group("dozens"))
        if count is None:
            return None
        return (count * 12, None, False) if _LOWER_BOUND_RE.fullmatch(mod) else (count * 12, count * 12, bool(mod))
    vague = m.group("vague")
    if vague:
        # The regex matched case-insensitively: 'ſ' and 'ı'/'İ' fold to s and i there too.
        low, exact = VAGUE[vague.translate(_FOLD_TO_ASCII).lower()]
        # "more than a dozen" is a floor, like "more than 12"
        return low, (low if exact and not _LOWER_BOUND_RE.fullmatch(mod) else None), True
    value = parse_number(m.group("num"))
    if value is None:
        return None
    if not mod:
        return value, value, False
    if _LOWER_BOUND_RE.fullmatch(mod):
        return value, None, False
    if mod in {"up to", "as many as", "as much as", "at most", "fewer than", "less than", "under"}:
        return value, value, True
    return value, value, True


def _trie(words: list[str]) -> str:
    """A regex matching any of `words`, written as a trie ('a(?:bout|lmost|…)') so the engine
    decides on one character at a time rather than trying each word in turn."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# First words of every alternative of NUMBER_PHRASE other than a digit: each is followed by a
# space (or a lookahead for one), so it is a whole word; a number word may be followed by more
# of the same word, as a range can run on ("tentotwenty" parses as 10-20).
_WHOLE_FIRST_WORDS = sorted({alternative.split()[0].replace("\\", "") for alternative in f"{_LOWER_BOUND}|{_APPROX}|between|{_VAGUE}".split("|")})
_NUMBER_WORDS = sorted({*UNITS, *TENS})
# Where NUMBER_PHRASE can start: a word that begins with a digit, one of those first words, or a
# number word. Same flags, so the same case folding ('ſeveral' too). A word start is where
# NUMBER_PHRASE's leading \b meets a word character.
_POSSIBLE_START = re.compile(rf"(?:^|(?<=\W))(?:\d|(?:{_trie(_WHOLE_FIRST_WORDS)})\b|{_trie(_NUMBER_WORDS)})", re.IGNORECASE)


def _number_matches(text: str):  # type: ignore[no-untyped-def]
    """`NUMBER_PHRASE.finditer(text)`, with the whole pattern tried only where it can start
    (`_POSSIBLE_START`; matches do not overlap). Trying its alternations at every word of
    every text was most of the CPU of finding candidates: this is 5x faster, same matches."""
    resume = 0
    for possible in _POSSIBLE_START.finditer(text):
        start = possible.start()
        if start < resume:
            continue
        m = NUMBER_PHRASE.match(text, start)
        if m is not None:
            resume = m.end()
            yield m


@lru_cache(maxsize=4096)
def _phrases(text: str, single_persons: bool) -> tuple[NumberPhrase, ...]:
    return tuple(_find_number_phrases(text, single_persons))


def find_number_phrases(text: str, single_persons: bool = True) -> list[NumberPhrase]:
    """Every number phrase in `text`, in order, with character offsets. With `single_persons`,
    "a/an <person noun>" counts as 1 where no number phrase overlaps it.

    Cached per text: a casualty's evidence sentence is parsed again by the count check, once for
    the figure and once more when the whole summary is validated."""
    return list(_phrases(text, single_persons))


def _find_number_phrases(text: str, single_persons: bool) -> list[NumberPhrase]:
    found = []
    for m in _number_matches(text):
        parsed = _parse_match(m)
        if parsed is None:
            continue
        low, high, approximate = parsed
        found.append(NumberPhrase(m.group(0), m.start(), m.end(), low, high, approximate))
    if single_persons:
        # The phrases do not overlap and are in order, so the one starting last before a match
        # ends is the only one that can overlap it (a scan of all phrases per match was
        # quadratic in long articles).
        counts = [p for p in found if not _AGE_AFTER.match(text, p.end)]
        starts, ends = [p.start for p in counts], [p.end for p in counts]
        persons: list[NumberPhrase] = []
        spans = [(m.start(), m.end(), 1) for m in SINGLE_PERSON.finditer(text)]
        spans += [(*m.span("person"), 1) for m in _OBJECT_PERSON.finditer(text)]
        spans += [(*m.span("person" if m.group("person") else "subject"), 1) for m in _ONE_PRONOUN.finditer(text)]
        spans += [(*m.span("both" if m.group("both") else "object"), 2) for m in _BOTH.finditer(text)]
        for start, end, count in sorted(spans):
            before = bisect_left(starts, end)
            if not (before and ends[before - 1] > start) and not (persons and persons[-1].end > start):
                persons.append(NumberPhrase(text[start:end], start, end, count, count, False))
        if persons:
            found.extend(persons)
            found.sort(key=lambda p: p.start)
    return found


def is_year(phrase: NumberPhrase) -> bool:
    return bool(_YEAR.match(phrase.text.strip()))


@lru_cache(maxsize=256)
def number_values(text: str) -> frozenset[int]:
    """All values a reader could find in `text`, for checking numbers in a brief.

    Cached per text: the brief check asks it for the same article once per validation and once
    per brief sentence (six scans of the article per summary before), and it is frozen so no
    caller can change what the next one reads."""
    values: set[int] = set()
    for phrase in find_number_phrases(text):
        values |= phrase.values
        # A bare token inside a phrase ("400" in "about 400") counts on its own as well.
        for token in _NUMBER_TOKEN.findall(phrase.text):
            parsed = parse_number(token)
            if parsed is not None:
                values.add(parsed)
    return frozenset(values)
