"""Deterministic candidates found before the model runs.

A small model copying text invents and drifts; a small model choosing among numbered, verbatim
candidates cannot. So quotes, number phrases and negotiation sentences are found here, with
their exact offsets, and the model only picks ids and labels them. This also cuts output tokens,
which are most of the time on a CPU.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.numbers import NumberPhrase, find_number_phrases, is_year

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
CLOSERS = {"”", "»", '"', "“"}

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|Prof|St|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|vs|etc|approx)|\b[A-Z]|(?:[A-Z]\.)+[A-Z])$"
)
_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(A-Z0-9«„])|\n+")

SPEECH_VERBS = r"said|says|told|tells|added|adds|stated|states|declared|warned|warns|explained|explains|noted|notes|insisted|insists|argued|argues|wrote|writes|tweeted|asked|asks|recalled|recalls|claimed|claims|announced|stressed|continued|continues|replied|responded|acknowledged|urged|conceded|retorted|retaliated|joked|quipped|shouted|charged|shot back|countered|remarked|admitted|cautioned|vowed|pledged|according to"
_NAME = r"(?:[A-Z][\w'’.-]+|al-[A-Z][\w'’-]+|de|van|von|bin|ibn|el)(?:\s+(?:[A-Z][\w'’.-]+|al-[A-Z][\w'’-]+|de|van|von|bin|ibn|el))*"
_PRONOUN = r"he|she|they|He|She|They"
_ROLE_WORDS = r"(?:(?:the|a|an|its|his|her|their|[a-z][\w.’'-]*)\s+){0,5}"
# Words between a name and its speech verb ("Obama on Tuesday said"): lower-case words and
# weekdays only, so "Clinton spokesman Jesse Ferguson said" points at Ferguson, not Clinton.
_GAP_WORDS = r"(?:(?:[a-z][\w’']*|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)"
_AFTER_CUE = re.compile(
    rf"^[\s,;:—–-]*(?:(?:{SPEECH_VERBS})\s+(?:{_NAME}\s+(?=[a-z]))?{_ROLE_WORDS}(?:(?P<n1>{_NAME})|(?P<p1>{_PRONOUN})\b)|{_ROLE_WORDS}(?P<n2>{_NAME}|(?P<p2>{_PRONOUN}))(?:,[^,“”\"]{{1,90}},)?\s+(?:\w+\s+)?(?:{SPEECH_VERBS})\b)"
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
_PERSON = re.compile(r"\b(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?)(?:\s+(?:al-|de\s+|van\s+|bin\s+)?[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?){1,2}\b")
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "As", "It", "This", "That", "They", "He", "She", "We", "U.N.", "United", "Nations"}

CASUALTY_CUES = {
    "killed": r"kill|dead|death|die[sd]?\b|dying|lost their lives|massacre|slain|slaughter|bodies|fatalit|toll|execut|murder|martyr",
    "injured": r"injur|wound|hurt|maim|casualt",
    "detained": r"detain|arrest|captur|imprison|jail|abduct|kidnap|taken prisoner|in custody|hostage|held\b",
    "missing": r"missing|unaccounted|disappear",
    "displaced": r"displac|fled|flee|refugee|homeless|uproot",
    "evacuated": r"evacuat|rescued|bussed out|allowed to leave",
}
GROUP_CUES = {
    "children": r"child|kid|boy|girl|minor|infant|student|pupil",
    "women": r"women|woman|mother|girls",
    "security_forces": r"soldier|troop|police|officer|army|guard|security forces|service ?members|marines|personnel",
    "combatants": r"rebel|militant|insurgent|fighter|jihadist|gunm[ae]n|taliban|combatant|terrorist|extremist|militia",
    "civilians": r"civilian|resident|people|villager|worker|passenger|family|families|inhabitant|protester",
}
_TIME_UNIT = re.compile(r"^\s*(?:-|\s)?(?:days?|weeks?|months?|years?|hours?|minutes?|km|kilomet|miles?|metres?|meters?|mm\b|percent|%|per cent|am|pm|a\.m|p\.m|o'clock|dollars?|euros?|pounds|kg|kilograms?|tons?|tonnes?|rounds|times|th\b|st\b|nd\b|rd\b)", re.I)
_MONTH_BEFORE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s*$")
_MONTH_AFTER = re.compile(r"^\s*(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b")
_ID_AROUND = re.compile(r"[\w]-$|^-[\w]")
NEGOTIATION_CUES = re.compile(
    r"\b(?:talks|negotiat\w*|cease-?fire|truce|peace|armistice|accord|agreement|deal|mediat\w*|dialogue|de-?escalation|humanitarian pause|road ?map|summit|envoy|broker\w*"
    # Spanish and French, the other languages of our gold set: diálogo(s), negociación, tregua,
    # alto el fuego, acuerdo; négociation(s), pourparlers, cessez-le-feu, trêve, accord.
    r"|di[aá]logos?|negociaci\w*|tregua|alto el fuego|acuerdo|n[ée]gociations?|pourparlers|cessez-le-feu|tr[eê]ve|accord)\b",
    re.IGNORECASE,
)


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


@dataclass
class Candidates:
    quotes: list[QuoteCandidate] = field(default_factory=list)
    numbers: list[NumberCandidate] = field(default_factory=list)
    negotiation: list[NegotiationCandidate] = field(default_factory=list)

    def within(self, start: int, end: int) -> "Candidates":
        """The candidates that lie inside one chunk of the article (ids stay global)."""
        return Candidates(
            [q for q in self.quotes if q.start >= start and q.end <= end],
            [n for n in self.numbers if n.sentence.start >= start and n.sentence.end <= end],
            [c for c in self.negotiation if c.sentence.start >= start and c.sentence.end <= end],
        )


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets; abbreviations such as 'U.N.' and 'Gov.' do not end one."""
    sentences, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0)[0] == "." and _ABBREV.search(text[start:m.start()]):
            continue
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        _append_sentence(text, start, end, sentences)
        start = m.end()
    _append_sentence(text, start, len(text), sentences)
    return sentences


def _append_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Sentence(stripped, start + lead, start + lead + len(stripped)))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of each double-quoted passage, multi-paragraph ones included."""
    spans, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        is_open = ch in OPENERS and (ch != '"' or i == 0 or not text[i - 1].isalnum())
        if not is_open:
            i += 1
            continue
        closer, j = OPENERS[ch], i + 1
        while j < n:
            c = text[j]
            if c == closer or (c in CLOSERS and c != "“" and closer != '"'):
                break
            if c == '"' and closer == '"':
                break
            if c == "\n":
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if k < n and text[k] == ch:  # multi-paragraph quote: the next paragraph re-opens
                    j = k + 1
                    continue
                j = -1
                break
            j += 1
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


def people_before(text: str, pos: int, since: int = 0) -> list[str]:
    """Capitalised multi-word names in text[since:pos], in order."""
    return [m.group(0) for m in _PERSON.finditer(text, since, pos) if m.group(0).split()[0] not in _NOT_NAMES]


def full_name(text: str, name: str | None) -> str | None:
    """'Wekesa' -> 'Amina Wekesa' when the article introduces the person by full name."""
    if not name or " " in name.strip():
        return name
    for m in _PERSON.finditer(text):
        words = m.group(0).split()
        if words[-1] == name and words[0] not in _NOT_NAMES:
            return _TITLES.sub("", m.group(0)).strip() or name
    return name


def _speaker_cue(text: str, start: int, end: int, previous: str | None, continues: bool) -> tuple[str | None, str | None, bool]:
    """A cue phrase near the quote and the name it points to. In order: an attribution right
    after the quote, one right before it, the speaker of the quote this one continues (same
    paragraph, a few words apart), a 'NAME said' later in the paragraph; pronouns and
    cue-less quotes resolve backwards to the last person named."""
    paragraph_end = text.find("\n", end)
    after = text[end + 1 : paragraph_end if paragraph_end >= 0 else len(text)]
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 160) : max(start - 1, line_start)]
    name = pronoun = cue = None
    if m := _AFTER_CUE.match(after[:160]):
        cue = m.group(0).strip(" ,")
        name = m.group("n1") or (m.group("n2") if not m.group("p2") else None)
        pronoun = m.group("p1") or m.group("p2")
    elif m2 := _BEFORE_CUE.search(before):
        cue = m2.group(0).strip(" ,:")
        name = None if m2.group("pro") else (m2.group("name") or m2.group("name2"))
        pronoun = m2.group("pro")
    elif continues and previous:
        return None, previous, True
    elif m3 := _LATER_CUE.search(after[:240]):
        cue = m3.group(0)
        name = m3.group("name")
    if name:
        name = _TITLES.sub("", name).strip() or None
    if name and name.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr)\.$", name):
        name = name[:-1]  # the sentence's full stop, not an initial
    if name and name.split()[0] in _NOT_NAMES and len(name.split()) == 1:
        name = None
    named = name is not None
    if name is None and (pronoun or cue is None):
        paragraph_start = text.rfind("\n\n", 0, start) + 1
        in_paragraph = people_before(text, start, paragraph_start)
        people = people_before(text, start)
        name = (in_paragraph[-1] if in_paragraph else None) or previous or (people[-1] if people else None)
    if name:
        name = full_name(text, _TITLES.sub("", name).strip() or None)
    return cue, name, named


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
        gap = text[last_quote_end:raw_start] if last_quote_end is not None else "\n"
        continues = "\n" not in gap and len(gap) <= 100
        cue, speaker, named = _speaker_cue(text, raw_start, raw_end, previous, continues)
        if cue is None and is_title(body):
            continue
        previous = speaker or previous
        last_quote_end = raw_end + 1
        found.append(QuoteCandidate(len(found) + 1, body, start, end, cue, speaker, named and speaker is not None))
    return found


def _hint(patterns: dict[str, str], sentence: str, pos: int) -> str | None:
    """The label whose cue word is nearest to the number (within its sentence)."""
    best, best_distance = None, None
    for label, pattern in patterns.items():
        for m in re.finditer(pattern, sentence, re.IGNORECASE):
            distance = abs(m.start() - pos)
            if best_distance is None or distance < best_distance:
                best, best_distance = label, distance
    return best


def find_number_candidates(text: str, sentences: list[Sentence]) -> list[NumberCandidate]:
    """Number phrases in sentences that speak of casualties, with kind/group hints.

    A headline figure repeated in the body is left out: the body sentence is the better evidence
    and a duplicate would be counted twice."""
    found: list[NumberCandidate] = []
    headline_end = text.find("\n") if "\n" in text else -1
    body_values = {p.low for p in find_number_phrases(text[headline_end + 1 :])} if headline_end > 0 else set()
    for sentence in sentences:
        if not any(re.search(p, sentence.text, re.IGNORECASE) for p in CASUALTY_CUES.values()):
            continue
        for phrase in find_number_phrases(sentence.text):
            tail = sentence.text[phrase.end : phrase.end + 14]
            head = sentence.text[max(0, phrase.start - 12) : phrase.start]
            if is_year(phrase) or _TIME_UNIT.match(tail) or phrase.low == 0:
                continue
            if _MONTH_BEFORE.search(head) or _MONTH_AFTER.match(tail) or _ID_AROUND.search(head[-2:]) or _ID_AROUND.search(tail[:2]) or tail.startswith(("$", ":")) or head.endswith("$"):
                continue  # dates ("Feb. 7"), reference numbers ("2013-02-S-003"), times, money
            if sentence.end <= headline_end and phrase.low in body_values:
                continue
            if re.match(r"^\s*(?:of\s+(?:the|them|those|whom)\b)", tail):
                continue  # "one of the" is a reference, not a count
            absolute = NumberPhrase(
                phrase.text, sentence.start + phrase.start, sentence.start + phrase.end,
                phrase.low, phrase.high, phrase.approximate,
            )
            kind = _hint(CASUALTY_CUES, sentence.text, phrase.start)
            group = _hint(GROUP_CUES, sentence.text[phrase.start : phrase.start + 60], 0) or "unspecified"
            found.append(NumberCandidate(len(found) + 1, absolute, sentence, kind, group))
    return found


def find_negotiation_candidates(sentences: list[Sentence]) -> list[NegotiationCandidate]:
    found = []
    for sentence in sentences:
        if NEGOTIATION_CUES.search(sentence.text):
            found.append(NegotiationCandidate(len(found) + 1, sentence))
    return found


def find_candidates(text: str) -> Candidates:
    sentences = split_sentences(text)
    return Candidates(
        quotes=find_quotes(text),
        numbers=find_number_candidates(text, sentences),
        negotiation=find_negotiation_candidates(sentences),
    )
