"""A speaker's role as the article writes it: "U.N.-Arab League mediator Lakhdar Brahimi",
"Petra Valchenko, the regional governor,", "a spokesman for the ministry said".

Verbatim by construction (a slice of the article), found at the speaker's mentions: the words
right before the name, or an appositive right after it. The role is cut the way the project's
attribution gold is: no leading article or possessive pronoun, no name, no trailing clause.
A phrase counts as a role only when it holds a role noun (mediator, governor, spokesman…): a
capitalised word before a name is as often a place or a day.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.candidates import SPEECH_VERBS, THE_BEFORE
from summarizer.events import SpanValue

ROLE_NOUNS = (
    r"mediator|envoy|negotiator|spokes(?:man|woman|person)|minister|secretary|president|premier|chancellor|governor|mayor|"
    r"commander|general|colonel|captain|major|lieutenant|sergeant|officer|official|chief|head|director|manager|leader|chairman|chairwoman|chair|"
    r"ambassador|diplomat|delegate|representative|adviser|advisor|coordinator|monitor|observer|inspector|investigator|researcher|analyst|expert|"
    r"professor|doctor|surgeon|nurse|medic|paramedic|worker|volunteer|activist|resident|witness|survivor|farmer|teacher|student|journalist|"
    r"reporter|correspondent|editor|lawyer|judge|prosecutor|senator|lawmaker|legislator|deputy|member|founder|cleric|imam|priest|bishop|"
    r"king|queen|emir|sheikh|prince|mp|ceo|elder|counterpart|aide|staffer|organi[sz]er|administrator|superintendent|inspector|guard|"
    # people described by family, trade or faith ("a mother of three", "a shopkeeper", "a priest in the town")
    r"mother|father|son|daughter|wife|husband|brother|sister|widow|widower|grandmother|grandfather|uncle|aunt|cousin|relative|neighbou?r|"
    r"shopkeeper|driver|trader|vendor|merchant|engineer|mechanic|fighter|soldier|policeman|policewoman|refugee|villager|pharmacist|owner|"
    r"bride|groom|bridesmaid|pastor|monk|nun|rabbi|mufti|chaplain|baker|butcher|tailor|labou?rer|carpenter|fisherman|shepherd|herder|pilot|"
    r"photographer|blogger|writer|historian|scientist|economist|academic|lecturer|principal|headmaster|dentist|rescuer|firefighter|"
    r"veteran|candidate|commissioner|councillor|councilor|attorney|physician|clerk|chef|shopowner|businessman|businesswoman|"
    r"rector|dean|provost|vice-chancellor"
)
_ROLE_NOUN = re.compile(rf"\b(?:{ROLE_NOUNS})s?\b", re.I)
_STOP_BEFORE = {
    "the", "a", "an", "said", "says", "told", "tells", "and", "but", "by", "with", "to", "from", "in", "on", "at", "that", "who",
    "as", "after", "when", "while", "his", "her", "their", "its", "our", "my", "according", "added", "asked", "if", "because", "than",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "also", "then", "has", "had",
}
_DETERMINER = re.compile(r"^(?:the|a|an|its|his|her|their|our|my)\s+", re.I)
# an abbreviation's full stops ("the U.N. mission") do not end the appositive; a sentence's do
_APPOSITIVE = re.compile(r",\s*(?P<role>(?:(?<![\w.])(?:[A-Z]\.){2,}|[^,;:.()“”\"]){3,90}?)\s*(?=[,;]|(?<![A-Z])\.|\.\s*$|\s+(?:said|says|told|added|who|which)\b)")
_ROLE_ONLY = re.compile(
    rf"\b(?:an?|the|one|another)\s+(?P<role>(?:(?!(?:of|for|in|on|at|to|the|a|an|and|or|being|is|was|with|by|from)\b)[\w.’'-]+\s+){{0,3}}?(?:{ROLE_NOUNS})"
    rf"(?:\s+(?:for|of|with|at|in|from)\s+(?:the\s+)?(?:[\w.’'-]+\s?){{1,5}}?)?)(?=\s*(?:[,;]|(?-i:(?<![A-Z]))\.(?=\s|$)|(?:said|says|told|added|who)\b))",
    re.I,
)
# "a priest in the town", "a nurse at the hospital": where the person is, not their role (the
# gold's rule 4); an organisation after "in" stays ("a commander in the Free Hills Brigades").
_WHERE = re.compile(r"\s+(?:from|in|at|near|inside|outside)\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*$|\s+(?:from|in|at|near)\s+(?:the\s+)?[A-Z][\w’'-]+$")
# A body the person serves, not a place they are at ("an official in the interior ministry",
# "a commander in the Hills Brigades"): the gold keeps it (rule 3), where it cuts "in the town".
_BODY = re.compile(
    r"(?:ministry|department|army|police|government|council|committee|agency|office|mission|embassy|military|navy|parliament|"
    r"delegation|movement|party|coalition|secretariat|administration|authority|directorate|command|Brigades?|Front|Forces|Army|Movement|Council|Party)$"
)
_HONORIFIC = re.compile(
    r"^(?:(?:Father|Bishop|Archbishop|Ambassador|Sheikh|Imam|Rabbi|Reverend|Rev\.?|Pastor|Sister|Brother|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Colonel|Col\.?|"
    r"General|Gen\.?|Major|Maj\.?|Captain|Capt\.?|Lieutenant|Lt\.?|Sergeant|Sgt\.?|Brigadier|Brig\.?|Admiral|Adm\.?|Commander)\s*)+$"
)


# A preposition that may open a trailing place phrase, and the words such a phrase runs to
# ("in the nearby town of Arraial"); `_without_trailing_place` decides where it starts.
_PLACE_PREPOSITION = re.compile(r"\s+(?:from|in|at|near)\s+")
_PLACE_WORDS = 6


def _without_trailing_place(role: str) -> str:
    """The role without the trailing phrase that says where the person is, however many words
    it has ("a priest in the nearby town of Arraial" -> "priest"), from the first preposition
    after which no body they serve is named ("an official at the foreign ministry in the
    capital" keeps the ministry); a place phrase opens with "the" or a name."""
    for match in _PLACE_PREPOSITION.finditer(role):
        rest = role[match.end() :].split()
        placed = bool(rest) and (rest[0] == "the" or rest[0][:1].isupper())  # not "aiming at moderate voters"
        if placed and len(rest) <= _PLACE_WORDS and not any(_BODY.search(word.strip(".,")) for word in rest):
            return role[: match.start()]
    return role


def _without_place(role: str, place: re.Pattern[str]) -> str:
    """The role without a trailing phrase that only says where the person is, unless it names a body they serve."""
    match = place.search(role)
    if match is None or _BODY.search(match.group(0).rstrip()):
        return role
    return role[: match.start()]


_AGE = re.compile(r",\s*\d{1,3}(?=\s*,)")


_RANKS = r"President|Prime[ \t]+Minister|Minister|Secretary|Governor|General|Gen|Colonel|Col|Major|Maj|Captain|Capt|Lieutenant|Lt|Sergeant|Sgt|Brigadier|Brig|Commander|Admiral|Dr|Prof|Sen|Rep|Rev|Father|Sheikh|Imam"
_TOKEN = r"(?:(?:[A-Za-z]\.){2,}[\w’'-]*|[\w’'-]+)"
_NOT_ROLE_WORD = r"(?!(?:to|the|a|an|said|says|told|and|but|of|for|in|on|at|by|with|from|as|that|who|when|while)\b)"
_ROLE_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(]))(?:(?:an?|the|its|his|her|their)[ \t]+)?(?P<role>(?:{_NOT_ROLE_WORD}{_TOKEN}[ \t]+){{0,4}}?(?:{ROLE_NOUNS})s?"
    rf"(?:[ \t]+(?:for|of|with|at|to)[ \t]+(?:the[ \t]+)?(?:{_TOKEN}[ \t]+){{0,4}}?{_TOKEN})?),[ \t]+$",
    re.I,
)


_TITLES_BEFORE = re.compile(rf"(?:(?:[A-Z][\w.’'-]*[ \t]+)?(?:{_RANKS})\.?[ \t]+)+$")
# "a spokesman for the separatist Northern Council": the speaker is the group the role serves.
_ROLE_FOR = re.compile(
    rf"(?:^|(?<=\s))(?:an?|the)[ \t]+(?P<role>(?:{_NOT_ROLE_WORD}{_TOKEN}[ \t]+){{0,2}}?(?:spokes(?:man|woman|person)|representative|member|commander|leader|head|official|envoy|negotiator|delegate)s?"
    rf"[ \t]+(?:for|of|from)[ \t]+(?:the[ \t]+)?(?:[a-z][\w’'-]*[ \t]+){{0,2}})$",
    re.I,
)


_GIVEN_NAMES = re.compile(rf"(?:(?!(?:{_RANKS})\b)[A-Z][\w’'-]+[ \t]+){{1,2}}$")


# a word that ends a sentence: a full stop after a lower-case letter ("reporters."), not an
# abbreviation's or a rank's ("U.N.", "Dr.", "army spokesman Col. Tomas Reyes")
_SENTENCE_END_WORD = re.compile(r"^(?!(?:Gen|Col|Capt|Sgt|Maj|Brig|Cmdr|Adm|Gov|Sen|Rep|Rev|Prof|Mrs|Mr|Ms|Dr|Lt|St)\.$)[\w’'-]*[a-z]{2}\.$")


def _before(article: str, start: int) -> SpanValue | None:
    """The role words right before a name: "U.N.-Arab League mediator", "regional governor",
    "A spokeswoman for the movement, Hanna Dobre"; a title before the name does not hide the
    role before it ("The bloc's chairman, President Mira Anvel")."""
    left = article[max(0, start - 100) : start]
    titles = _TITLES_BEFORE.search(left)
    if titles is not None and titles.start() > 0:
        comma = _ROLE_BEFORE.search(left[: titles.start()])
        if comma is not None:
            base = max(0, start - 100)
            return SpanValue(comma.group("role"), base + comma.start("role"), base + comma.end("role"))
    comma = _ROLE_BEFORE.search(left)
    if comma is not None:
        base = max(0, start - 100)
        return SpanValue(comma.group("role"), base + comma.start("role"), base + comma.end("role"))
    left = article[max(0, start - 80) : start]
    if left.endswith(", "):  # "the regional governor, Petra Valchenko"
        left = left[:-2] + "  "
    tokens = list(re.finditer(r"[\w.’'-]+", left))
    if not tokens or not re.fullmatch(r"[ \t]{1,2}", left[tokens[-1].end() :]):
        return None  # a paragraph break before the name: the words before it are another sentence's
    if _SENTENCE_END_WORD.search(tokens[-1].group(0)):
        return None  # "... he told reporters. Ana Pell, a nurse,": the role noun ends the sentence before
    kept: list[re.Match[str]] = []
    for token in reversed(tokens):
        word = token.group(0)
        if not re.search(r"[^\W\d_]", word):
            break  # a dash ("the candidates -- Ana Ruiz") ends the phrase before the name
        if word.lower().strip(".") in _STOP_BEFORE or word.endswith((".", ",")) and kept and word not in {"U.N.", "U.S.", "Dr.", "Gen."}:
            break
        between = left[token.end() : (kept[-1].start() if kept else len(left))]
        if not re.fullmatch(r"\s{1,2}", between):
            break
        kept.append(token)
        if len(kept) == 6:
            break
    if not kept:
        return None
    first, last = kept[-1], kept[0]
    text = left[first.start() : last.end()]
    if not _ROLE_NOUN.search(text) or text.lower().startswith(("mr", "mrs", "ms")):
        return None
    base = max(0, start - 80)
    # a rank or title right before the name is not the role ("army spokesman Col. Tomas Reyes")
    trimmed = re.sub(r"(?:\s+(?:Col|Gen|Lt|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Rev|Colonel|General|Major|Captain|Lieutenant|Sergeant|Brigadier)\.?)+$", "", text)
    return SpanValue(trimmed, base + first.start(), base + first.start() + len(trimmed))


def _after(article: str, end: int) -> SpanValue | None:
    """An appositive right after a name: ", the regional governor," -> "regional governor"."""
    age = _AGE.match(article, end)  # "Ivan Petrov, 45, a teacher"
    match = _APPOSITIVE.match(article, age.end() if age else end)
    if match is None:
        return None
    role = match.group("role")
    if re.match(r"(?:who|whose|which|where|whom)\b", role, re.I):
        return None  # "Lena Hale, who heads the delegation": a clause, no role (the gold's null)
    role = _without_trailing_place(role)  # "a village elder from the valley"
    bare = _DETERMINER.sub("", role)
    if not _ROLE_NOUN.search(bare) or len(bare.split()) > 10:
        return None
    start = match.start("role") + (len(role) - len(bare))
    return SpanValue(bare.rstrip(), start, start + len(bare.rstrip()))


# "A shopkeeper in the old market, reached by phone, said", "a nurse at the clinic who gave only
# her first name, Mira, said", "The bloc's mediator, former Orvan president Alma Reyes, said":
# a person introduced by what they are, named after it in apposition or not at all.
INTRODUCTION = re.compile(
    rf"\b(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{ROLE_NOUNS})s?\b"
    rf"(?:\s+(?:of|from|at|in|on|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)?)"
    rf"(?:,?\s+who\s+[^,.“”\"]{{1,60}})?"
    rf"(?:,\s+(?P<app>[^,.“”\"]{{1,60}}?),|(?=\s+(?:\w+\s+)?(?:{SPEECH_VERBS})\b))"
)
_APPOSED_NAME = re.compile(r"(?:^|\s)(?P<name>[A-Z][\w’'-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w’'-]+){0,2})$")
_SPEECH_AFTER = re.compile(rf"\s+(?:\w+\s+)?(?:{SPEECH_VERBS})\b")
# An office keeps its jurisdiction or body ("commander of the Harbour Guard", "governor of
# Taiz"); anyone else loses where they are from ("resident of Radna", "farmer from the village").
_OFFICE = re.compile(r"\b(?:governor|mayor|commander|head|chief|director|rector|dean|provost|spokes(?:man|woman|person)|minister|secretary|president|chair(?:man|woman)?|leader|member|official|representative|envoy|mediator|coordinator|manager|officer)s?$", re.I)
_COMPLEMENT = re.compile(r"\s+(?P<prep>of|from|at|in|on|near|for)\s+.*$", re.S)


def introductions(article: str, start: int = 0, end: int | None = None) -> list[tuple[re.Match[str], str | None]]:
    """The people the span introduces by role, with the name given after the role (or None for
    a speaker never named: then a speech verb must follow)."""
    found = []
    for match in INTRODUCTION.finditer(article, start, len(article) if end is None else end):
        app = match.group("app")
        named = _APPOSED_NAME.search(app) if app else None
        if named is not None and named.start() > 0 and not _ROLE_NOUN.search(app[: named.start()]):
            named = None  # "reached by Reuters": a clause ending in a capitalised word names no one
        if named is not None:
            found.append((match, named.group("name")))
        elif _SPEECH_AFTER.match(article, match.end()):
            found.append((match, None))
    return found


def _introduced_role(match: re.Match[str]) -> SpanValue | None:
    """The role of an introduction, cut like the gold: no article, and no complement saying
    where a non-office holder is ("a priest in the nearby town of X" -> "priest")."""
    np = match.group("np")
    bare = _DETERMINER.sub("", np)
    start = match.start("np") + len(np) - len(bare)
    complement = _COMPLEMENT.search(bare)
    if complement is not None:
        head = bare[: complement.start()]
        keeps = complement.group("prep") in {"of", "for"} and _OFFICE.search(head)
        bare = bare if keeps else head
    return SpanValue(bare, start, start + len(bare)) if _ROLE_NOUN.search(bare) else None


@lru_cache(maxsize=8)
def _article_introductions(article: str) -> list[tuple[re.Match[str], str | None]]:
    """`introductions` of a whole article, found once (every quote's role asks it)."""
    return introductions(article)


def _role_at_introduction(article: str, speaker: str) -> SpanValue | None:
    """The role of the introduction that names `speaker` (or is the unnamed speaker itself)."""
    for match, name in _article_introductions(article):
        if name == speaker or name is None and match.group("np") == speaker:
            return _introduced_role(match)
    return None




def _fuller_description(article: str, role: SpanValue) -> SpanValue:
    """The fuller description a bare definite role stands for: wire copy gives the office in the
    lede ("..., the provincial police spokesman said") and shortens it where the name comes ("The
    spokesman, Ivo Marek,"); the gold keeps the first mention. The last "the/a <up to three
    modifiers> <head>" before it not followed by a name (that would be someone else), cut at the
    head ("the Dutch diplomat leading the talks" -> "Dutch diplomat"); else the role as written."""
    if " " in role.text or not THE_BEFORE.search(article, max(0, role.start - 4), role.start):
        return role
    pattern = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<role>(?:{_NOT_ROLE_WORD}[\w’'-]+\s+){{1,3}}?{re.escape(role.text)})\b(?!,?\s+[A-Z])")
    found = None
    for match in pattern.finditer(article, 0, role.start):
        if not {w.lower() for w in match.group("role").split()[:-1]} & _STOP_BEFORE:
            found = match
    if found is None:
        return role
    return SpanValue(found.group("role"), found.start("role"), found.end("role"))


def role_of(article: str, speaker: str | None, near: int | None = None) -> SpanValue | None:
    """The role the article gives `speaker` at any of their mentions (full name first, then
    the surname), or, for an unnamed speaker, in the attribution just before `near`."""
    if speaker and (introduced := _role_at_introduction(article, speaker)) is not None:
        return _fuller_description(article, introduced)  # the role at the first mention is the one the gold keeps
    if speaker:
        names = [speaker] + ([speaker.split()[-1]] if len(speaker.split()) > 1 else [])
        for name in names:
            for mention in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", article):
                start = mention.start()
                if name != speaker or " " not in name:  # the surname of a full name: read before the full name
                    given = _GIVEN_NAMES.search(article, max(0, start - 40), start)
                    start = start - len(given.group(0)) if given else start
                serving = _ROLE_FOR.search(article, max(0, start - 80), start)
                if serving is not None:
                    return SpanValue(article[serving.start("role") : mention.end()], serving.start("role"), mention.end())
                found = _before(article, start)
                if found is not None and _HONORIFIC.match(found.text):
                    found = None  # "Father Luca Benedetti", "Colonel Ivan Rusu": a title the gold drops, no office
                found = _fuller_description(article, found) if found is not None else _after(article, mention.end())
                if found is not None:
                    return found
    if near is not None:
        window_start = max(0, near - 160)
        matches = list(_ROLE_ONLY.finditer(article, window_start, min(len(article), near + 160)))
        if matches:
            match = min(matches, key=lambda m: abs(m.start() - near))
            role = _without_place(match.group("role").rstrip(), _WHERE)
            return SpanValue(role, match.start("role"), match.start("role") + len(role))
    return None


__all__ = ["INTRODUCTION", "introductions", "role_of"]
