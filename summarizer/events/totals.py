"""How many in all: an event's total per kind from its figures (restatements counted once,
more people added, different sources never added), and the kind a number's own words give."""

from __future__ import annotations

import datetime as dt
import re

from summarizer.candidates import CASUALTY_CUES, GROUP_CUES, NumberCandidate
from summarizer.dates import MONTH
from summarizer.events.facts import EventTotal, Figure
from summarizer.events.sources import period, reported_by


_ADDITIVE_BEFORE = re.compile(r"(?:\balso\s+(?:killed|detained|captured|arrested|wounded|injured|seized|apprehended|shot)|\banother|\ba further|\ban additional|\bfurther)\s+$", re.I)
_ADDITIVE_AFTER = re.compile(r"\s+(?:additional|other|more|further)\b", re.I)
SUBSET_GROUPS = {"children", "women"}
# "In addition, the force detained two suspects": the sentence itself says these are more
_ADDITIVE_OPENING = re.compile(r"\s*(?:In addition|Additionally|Also|Separately)\s*,", re.I)
# "Also killed in the strike were four militants": the inverted sentence says they are more
_ALSO_VERB_OPENING = re.compile(r"\s*Also\s+(?:killed|detained|captured|arrested|apprehended|wounded|injured)\b", re.I)
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


# "during three operations", "in separate clearing and security operations", "a series of raids",
# "a number of operations" (a count of operations is small: "2016 Air raids" in a headline is a year)
_ROUNDUP = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|multiple|numerous|separate|a series of|a number of)\s+(?:[\w-]+\s+){0,2}?(?:and\s+[\w-]+\s+)?(?:operations|raids)\b",
    re.I,
)


def adds_people(candidate: NumberCandidate) -> bool:
    """Whether the words attached to a figure say it counts more people than those already
    counted ("also detained two", "another three", "one additional suspect", "In addition, the
    force detained two"), so an equal figure before it is not the same people restated."""
    text = candidate.sentence.text
    at = candidate.phrase.start - candidate.sentence.start
    before, after = text[max(0, at - 30) : at], text[at + len(candidate.phrase.text) :]
    opened = _ADDITIVE_OPENING.match(text) is not None and _FIRST_FIGURE_AFTER_VERB.search(text[:at]) is not None
    inverted = (m := _ALSO_VERB_OPENING.match(text)) is not None and m.end() <= at and re.search(r"[,;]", text[m.end() : at]) is None
    return bool(_ADDITIVE_BEFORE.search(before) or _ADDITIVE_AFTER.match(after) or opened or inverted)


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


def event_totals(figures: list[tuple[int, Figure]], sentence_order: dict[int, int]) -> list[EventTotal]:
    totals: list[EventTotal] = []
    by_kind: dict[str, list[tuple[int, Figure]]] = {}
    for index, figure in figures:
        by_kind.setdefault(figure.kind, []).append((index, figure))
    opening = min((sentence_order[figure.candidate.sentence.start] for _, figure in figures), default=0)
    for kind, items in by_kind.items():
        items.sort(key=lambda item: (sentence_order[item[1].candidate.sentence.start], item[1].candidate.phrase.start))
        if all(_later_roundup(figure.candidate, opening, sentence_order) for _, figure in items):
            continue  # "Forces have killed two ... in six operations since Dec. 1": the campaign's, not this event's
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
                and item[1].candidate.phrase.low >= best.candidate.phrase.low
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
        one_person = low == 1 and _one_person(best.candidate)  # so far the lead's one person alone
        told = low  # the total as the story first states it
        parts = 0  # later figures that break it down ("seven in X ... another seven in Y")
        for index, figure in items:
            if figure.candidate.sentence.start == first_sentence and index != best_index:
                # "a leader and two insurgents" in one sentence: distinct people of one kind
                if _joined(best.candidate, figure.candidate):
                    one_person = False
                    low += figure.candidate.phrase.low
                    high = None if high is None or figure.candidate.phrase.high is None else high + figure.candidate.phrase.high
                    used.append(index)
                continue
            if figure.candidate.sentence.start == first_sentence:
                continue
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
            same_source = other_source is None or source is None or other_source.text.lower() == source.text.lower()
            if one_person and figure.candidate.phrase.low > 1 and same_source and _of_this_operation(figure.candidate):
                # "captured a facilitator ... Multiple suspects were detained": others than the one
                # the lead named, unless the count takes him in ("Both men", "including the leader")
                if _counts_the_one_again(figure.candidate):
                    low, high = max(low, figure.candidate.phrase.low), None if figure.candidate.phrase.high is None else max(low, figure.candidate.phrase.high)
                    used.append(index)
                    one_person = False
                    continue
                if attached_kind(figure.candidate) == kind:
                    low, high = low + figure.candidate.phrase.low, None if high is None or figure.candidate.phrase.high is None else high + figure.candidate.phrase.high
                    used.append(index)
                    one_person = False
                    continue
            if not adds_people(figure.candidate):
                parts += figure.candidate.phrase.low if figure.candidate.phrase.low < told else 0
                continue
            if parts and parts + figure.candidate.phrase.low <= told:
                # "16 killed ... In X seven were killed. Another seven died in Y": the toll told
                # place by place, not more people than the first count
                parts += figure.candidate.phrase.low
                continue
            if same_source:
                one_person = False
                low += figure.candidate.phrase.low
                high = None if high is None or figure.candidate.phrase.high is None else high + figure.candidate.phrase.high
                used.append(index)
        totals.append(EventTotal(kind, low, high, approximate, sorted(used)))
    return totals


# how many sentences after a vague count ("several") or a roundup of operations its exact count,
# or the first operation's, may come (a press release tells the search and call-out between)
_TOLD_WITHIN = 4


# "the two men", "all three", "Both men", "them both": a definite count names people told of before;
# "three militants, including the commander" is the whole
_DEFINITE_BEFORE = re.compile(r"\b(?:the|all|all the|these|those)\s+$", re.I)
_DEFINITE_PHRASE = re.compile(r"(?:both|them\s+both)\b", re.I)
_WHOLE = re.compile(r"\b(?:including|among them|among whom|in all|in total|a total of|altogether)\b", re.I)
# a numeral's own words: "one suspect" is a count, "a Taliban leader" or "him" one person named
_NUMERAL_ONE = re.compile(r"(?:one|1)\b", re.I)


def _one_person(candidate: NumberCandidate) -> bool:
    """The phrase names one person ("a Taliban facilitator", "the commander", "him"), not a
    numeral count of one: a press release tells first the one it went after, then the others."""
    phrase = candidate.phrase
    return phrase.low == 1 and phrase.high == 1 and _NUMERAL_ONE.match(phrase.text) is None


def _later_roundup(candidate: NumberCandidate, opening: int, sentence_order: dict[int, int]) -> bool:
    """A figure told in a roundup of several operations after the sentence that opens the event
    ("Joint teams have killed two in six operations since Dec. 1"): a press release recalls the
    campaign after telling its operation, and the campaign's count is no part of the event."""
    sentence = candidate.sentence
    return sentence_order[sentence.start] > opening and _ROUNDUP.search(sentence.text) is not None


def _of_this_operation(candidate: NumberCandidate) -> bool:
    """A later count told without an 'also' (that one adds anyway) in a sentence of this
    operation: not a roundup of several, nor dated to a day of its own ("In June 23 a car bomb
    killed several people" is an earlier attack the story recalls)."""
    text = candidate.sentence.text
    return not adds_people(candidate) and not _ROUNDUP.search(text) and not _DAY_OF_MONTH.search(text)


_DAY_OF_MONTH = re.compile(rf"\b{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH}(?=\s|$)")


def _counts_the_one_again(candidate: NumberCandidate) -> bool:
    """A later count that takes in the one person named before ("Both men were detained",
    "the two men", "three militants, including the commander"): the whole, not more people."""
    text = candidate.sentence.text
    at = candidate.phrase.start - candidate.sentence.start
    return bool(_DEFINITE_PHRASE.match(candidate.phrase.text) or _DEFINITE_BEFORE.search(text[max(0, at - 12) : at]) or _WHOLE.search(text))


def _restates_one_with_others(candidate: NumberCandidate) -> bool:
    """The figure counts the others named with one person told of before ("detained the
    facilitator along with several of his associates"): the event's count is the figure and one."""
    text = candidate.sentence.text
    at = candidate.phrase.start - candidate.sentence.start
    return _RESTATED_ONE_WITH.search(text[max(0, at - 80) : at]) is not None


def _vague(candidate: NumberCandidate) -> bool:
    """A count with no number in it ("several", "dozens", "hundreds")."""
    return candidate.phrase.approximate and candidate.phrase.high is None and not re.search(r"\d", candidate.phrase.text)


def earlier_year(text: str, base: dt.date | None) -> bool:
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



_CLAUSE_BREAK = re.compile(r"[,;:.()–—]|\band\b|\bbut\b|\bwhile\b|\bwhereas\b", re.I)


# "Two of the wounded later died": the whole a part is taken from is not what happened to it
_OF_WHOLE = re.compile(r"^\s*of\s+(?:the|them|those|whom)\b(?:\s+(?:wounded|injured|hurt|dead|victims|casualties)\b)?", re.I)
# "113 people had been treated for wounds": the clause's own verb after its auxiliary
_AUXILIARY = re.compile(r"^(?:(?!\b(?:who|which|that|whom)\b).)*?\b(?:were|was|are|is|had been|have been|has been)\s+", re.I)
# "evacuated 85 wounded people": a casualty adjective before the noun says who they are ("Nine
# killed 12 injured in the attack" is a verb: a preposition or a number follows it)
_ATTRIBUTIVE = re.compile(
    r"^\s*(?:wounded|injured|dead)\s+(?!(?:in|on|at|by|and|or|as|when|while|after|before|during|from|with|near|since|so|to|the|a|an|of|on)\b)[a-z]",
    re.I,
)


def _kinds_in(words: str) -> set[str]:
    return {kind for kind, pattern in CASUALTY_CUES.items() if re.search(pattern, words, re.I)}


# Between a number and its predicate: a new clause ("670 people dead as thousands of residents
# were displaced") makes the verb another subject's
_ANOTHER_SUBJECT = re.compile(r"\b(?:as|when|while|after|before|because|since|until|if|though|although|where|whereas|whose|of\s+them|of\s+whom)\b", re.I)


# "14 wounded fighters were", "113 people had been": a number's own subject is short; further on,
# a verb is more likely another subject's ("killed 670 people in the province most of them were
# displaced", wire copy stripped of its commas)
_SUBJECT_WORDS = 4


def _predicate_kind(after: str) -> str | None:
    """The kind of the first casualty word of the number's own predicate ("were also
    evacuated", "had been treated for wounds"), not one inside a relative clause, nor one after
    a casualty word that follows the number's noun ("670 people dead ... were displaced": the
    number has its word, as in "670 killed were ..."; an adjective before a noun, "14 wounded
    fighters were evacuated", yields to the predicate) or after a new clause."""
    aux = _AUXILIARY.match(after)
    if aux is None or _ANOTHER_SUBJECT.search(aux.group(0)):
        return None
    subject = aux.group(0).split()[:-1]  # the words between the number and its auxiliary
    if len(subject) > _SUBJECT_WORDS or _kinds_in(" ".join(subject[1:] if _ATTRIBUTIVE.match(aux.group(0)) else subject)):
        return None
    window = " ".join(after[aux.end() :].split()[:4])
    first = [(m.start(), kind) for kind, pattern in CASUALTY_CUES.items() if (m := re.search(pattern, window, re.I))]
    return min(first)[1] if first else None


def attached_kind(candidate: NumberCandidate) -> str | None:
    """The casualty kind of the word attached to a number, or None when none is: the verb of
    its own predicate ("14 wounded fighters were evacuated", "113 people had been treated for
    wounds"), else the words right after it up to the clause's end ("12 civilians killed"),
    else the verb right before it ("killing at least 12", "wounded 31"); a casualty adjective
    before the noun yields to a verb of another kind right before the number ("evacuated 85
    wounded people"). A model's label that disagrees with it is overruled ("wounded" is never
    `killed`)."""
    text = candidate.sentence.text
    start = candidate.phrase.start - candidate.sentence.start
    end = candidate.phrase.end - candidate.sentence.start
    after = text[end : end + 80]
    cut = _CLAUSE_BREAK.search(after)
    after = _OF_WHOLE.sub("", after[: cut.start()] if cut else after, count=1)
    if (predicate := _predicate_kind(after)) is not None:
        return predicate
    after_words = " ".join(after.split()[:5])
    before = " ".join(text[max(0, start - 40) : start].split()[-3:])
    before = re.sub(r"\b(?:at least|at most|about|around|some|nearly|almost|more than|over|up to|an estimated)\s*$", "", before, flags=re.I).strip()
    before_word = before.split()[-1] if before.split() else ""
    if _ATTRIBUTIVE.match(after) and len(verb := _kinds_in(before_word)) == 1 and verb != _kinds_in(after.split()[0]):
        return verb.pop()
    for words in (after_words, before_word):
        kinds = _kinds_in(words)
        if len(kinds) == 1:
            return kinds.pop()
        if kinds:
            return None
    return None
