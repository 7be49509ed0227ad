"""The brief: a grounded template built from the structured result, the checks a model's brief
must pass to replace it, and the choice between them.

A brief that fails silently is worse than a plain one. So every summary has a floor that
cannot invent anything: the story's first sentence (verbatim) plus sentences written from the
structured fields, whose every number and name is a span of the article (`template_brief`).
A model's brief replaces it only when it passes every check (`brief_problems`): 2-4 sentences,
English (lingua, not a word list), every number and every named person, place and organisation
in the article, no toll that contradicts a figure of the structured result, and no toll
joined to a truce or talks ("a peace agreement ended the fighting, killing 31").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Literal

from summarizer.candidates import find_candidates, split_sentences
from summarizer.contract import ArticleSummary
from summarizer.events import attached_kind
from summarizer.grounding import occurs_as_words, unsupported_numbers
from summarizer.numbers import find_number_phrases
from summarizer.rules import lead_brief

BriefSource = Literal["model", "template", "lead"]

MIN_SENTENCES, MAX_SENTENCES = 2, 4

# Languages a war report arrives in most often; lingua decides among these (a closed set is
# faster and, for short texts, more accurate than all 75).
_LANGUAGES = ("ENGLISH", "FRENCH", "SPANISH", "GERMAN", "ARABIC", "RUSSIAN", "UKRAINIAN", "PORTUGUESE", "ITALIAN", "TURKISH", "PERSIAN", "DUTCH")

# spaCy labels of names a brief must not invent (people, places, organisations).
_NAME_LABELS = {"PERSON", "GPE", "LOC", "FAC", "ORG"}

_GROUP_WORDS = {"civilians": "civilians", "combatants": "fighters", "children": "children", "women": "women", "soldiers": "soldiers",
                "militants": "militants", "police": "police officers", "aid_workers": "aid workers", "journalists": "journalists"}
_KIND_VERBS = {"killed": "killed", "injured": "wounded", "detained": "detained", "missing": "missing", "displaced": "displaced", "evacuated": "evacuated"}
_CAUSE_WORDS = {"shelling": "by shelling", "airstrike": "in air strikes", "explosion": "in an explosion", "shooting": "by gunfire",
                "execution": "in executions", "chemical": "in a chemical attack", "raid": "in a raid"}
_COMMON_FIRST_WORDS = {"Local", "The", "A", "An", "Some", "Several", "Medical", "Hospital", "Rescue", "Security", "Government",
                       "Military", "Police", "Health", "State", "Activists", "Officials", "Residents", "Witnesses", "Opposition", "Rebel"}
# (singular, plural) verb phrase per status: "The truce is being implemented", "The talks have stalled".
_STATUS_PHRASES = {
    "proposed": ("has been proposed", "have been proposed"),
    "ongoing": ("is under way", "are under way"),
    "stalled": ("has stalled", "have stalled"),
    "agreement": ("has been agreed", "have produced an agreement"),
    "implementing": ("is being implemented", "are being implemented"),
    "collapsed": ("has collapsed", "have collapsed"),
}
# A truce or talks as the subject of a killing: "a peace agreement ended the fighting, killing 31".
_PROCESS_KILLS = re.compile(
    r"\b(?:talks|negotiations?|truce|cease-?fire|agreement|deal|accord|peace)\b((?:\s+[\w'-]+){0,3}?)[\s,]+(?:killing|killed|kills|wounding|wounded|leaving \w+ dead)\b",
    re.IGNORECASE,
)
_CLAUSE_WORDS = {"as", "when", "while", "after", "before", "and", "but", "despite", "since", "though", "although", "where", "because", "with", "amid", "until", "yet", "so"}


@lru_cache(maxsize=1)
def _detector() -> Any:
    """lingua in its low-accuracy mode (trigram models only): 17 MB resident instead of 212 MB
    for these twelve languages, which held a batch run's memory above 450 MB. The mode is made
    for texts of a sentence or more, which a brief is: on 606 texts of the development sets
    (leads and 150-character pieces of them) it read "English or not" exactly as the full
    models did, and in two thirds of the time."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in _LANGUAGES)).with_low_accuracy_mode().build()


def is_english(text: str) -> bool:
    """lingua's reading of the text (a closed set of languages, see `_LANGUAGES`)."""
    from lingua import Language

    return bool(text.strip()) and _detector().detect_language_of(text) == Language.ENGLISH


def sentence_count(text: str) -> int:
    return len([s for s in split_sentences(text) if s.text.strip()])


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def repeated_sentences(brief: str) -> list[str]:
    """Sentences that say again what an earlier one said (four-fifths of their words shared): a
    small model loops on one sentence when it runs out of things to say."""
    seen: list[set[str]] = []
    repeated = []
    for sentence in split_sentences(brief):
        words = _words(sentence.text)
        if any(words and len(words & earlier) >= 0.8 * min(len(words), len(earlier)) for earlier in seen):
            repeated.append(sentence.text)
        seen.append(words)
    return repeated


def unsupported_names(brief: str, article: str) -> list[str]:
    """Names (people, places, organisations, as spaCy finds them in the brief) the article never
    writes; each word of three letters or more must occur as a whole word ("Assad's" counts as
    "Assad", a leading "the" is ignored)."""
    from summarizer.entities import nlp

    missing = []
    for ent in nlp()(brief).ents:
        if ent.label_ not in _NAME_LABELS:
            continue
        name = re.sub(r"^(?:the)\s+", "", re.sub(r"['’]s$", "", ent.text.strip()), flags=re.I)
        words = [w for w in re.findall(r"[\w'’.-]+", name) if len(w.strip(".")) > 2]
        # "Syria" is grounded by "Syrias" in a text that lost its apostrophes ("Syria's").
        if words and not all(occurs_as_words(w.strip(".'’"), article) or occurs_as_words(w, article) or occurs_as_words(w.strip(".'’") + "s", article) for w in words):
            missing.append(ent.text)
    return missing


def toll_problems(brief: str, summary: ArticleSummary) -> list[str]:
    """Tolls the brief states that contradict the structured result (a number the result gives as
    another kind only: "14 wounded" where the 14 were killed), and tolls joined to a truce or
    talks. A toll the result does not list at all is not a contradiction: the rules miss figures
    (and a translated brief's "killed" stands for a word they do not read), and the number check
    already requires every number to be the article's."""
    problems = []
    kinds_of: dict[int, set[str]] = {}
    for c in summary.casualties:
        for v in (c.count_low, c.count_high):
            if v is not None:
                kinds_of.setdefault(v, set()).add(c.kind.value)
    for number in find_candidates(brief).numbers:
        kind = attached_kind(number)
        given = set().union(*(kinds_of.get(v, set()) for v in number.phrase.values))
        if kind is not None and given and kind not in given:
            problems.append(f"states {number.phrase.text!r} {kind}, which the article gives as {', '.join(sorted(given))}")
    for match in _PROCESS_KILLS.finditer(brief):
        between = {w.lower() for w in match.group(1).split()}
        if not between & _CLAUSE_WORDS:
            problems.append(f"joins a toll to a truce or talks: {match.group(0)!r}")
    return problems


def brief_problems(brief: str | None, article: str, summary: ArticleSummary) -> list[str]:
    """Why this brief cannot be used; [] when it passes every check."""
    if not brief or not brief.strip():
        return ["the brief is empty"]
    problems = []
    count = sentence_count(brief)
    if not MIN_SENTENCES <= count <= MAX_SENTENCES:
        problems.append(f"has {count} sentence(s), not {MIN_SENTENCES} to {MAX_SENTENCES}")
    if repeated := repeated_sentences(brief):
        problems.append(f"repeats itself: {repeated[0]!r}")
    if not is_english(brief):
        problems.append("is not in English")
    if missing := unsupported_numbers(brief, article):
        problems.append(f"gives numbers the article does not: {missing}")
    if names := unsupported_names(brief, article):
        problems.append(f"names what the article does not: {names}")
    problems.extend(toll_problems(brief, summary))
    return problems


# -- the template brief ---------------------------------------------------------------------


def _count_text(casualty: Any) -> str | None:
    """The number as the article writes it ("at least 14", "about 400"), from its evidence."""
    for phrase in find_number_phrases(casualty.evidence.text):
        if phrase.low == casualty.count_low and phrase.high == casualty.count_high:
            text = re.sub(r"\s+(?:and|or|to)$", "", phrase.text.strip())
            # "dozens fighters" reads "dozens of fighters"
            return text + " of" if re.search(r"(?:dozens|scores|hundreds|thousands|tens)$", text, re.I) else text
    return None


def _date_words(text: str) -> str:
    lowered = text.lower()
    if lowered.startswith(("on ", "in ", "at ", "during ", "yesterday", "today", "tonight", "last ", "this ", "earlier", "late ", "early ", "overnight")):
        return text
    return f"on {text}"


def _place_words(summary: ArticleSummary, article: str) -> str | None:
    location = summary.events[0].location if summary.events else None
    if location is None:
        return None
    # "the country's largest city" reads better as its gazetteer name, when the article writes it.
    if location.name and not location.text[:1].isupper() and occurs_as_words(location.name, article):
        return location.name
    return location.text


def _toll_sentence(summary: ArticleSummary, article: str) -> str | None:
    event = summary.events[0] if summary.events else None
    if event is None or not event.totals:
        return None
    parts: list[tuple[str, str, str, bool]] = []
    sources: list[str | None] = []
    # The main toll is the dead and the wounded; detained, missing or displaced only when neither is given.
    harm = sorted((t for t in event.totals if t.kind.value in ("killed", "injured")), key=lambda t: t.kind.value != "killed")
    for total in (harm or list(event.totals))[:2]:
        first = summary.casualties[total.figures[0]]
        count = _count_text(first)
        if count is None or total.kind.value not in _KIND_VERBS:
            continue
        if re.match(r"(?:a|an)\s", count, re.I):  # "an Islamist rebel" counts one: its words are the noun's
            count = "one"
        single = first.count_low == 1 and (first.count_high in (None, 1)) and not first.approximate
        group = _GROUP_WORDS.get(first.group.value, "people")
        if group == "civilians" and not re.search(r"\bcivilian", first.evidence.text, re.I):
            group = "people"  # "people" is counted as civilians, but the brief says what the article says
        noun = ({"people": "person", "children": "child", "women": "woman"}.get(group) or group[:-1]) if single else group
        parts.append((count, noun, _KIND_VERBS[total.kind.value], single))
        sources.append(first.reported_by.text if first.reported_by is not None else None)
    if not parts:
        return None
    count, noun, verb, single = parts[0]
    sentence = f"{count[:1].upper()}{count[1:]} {noun} {'was' if single else 'were'} {verb}"
    # One "according to" for the sentence only where every figure in it has that source: the
    # dead of the lead and the wounded a hospital counted are not both the hospital's.
    shared = len({(s or "").lower() for s in sources}) == 1
    if len(parts) > 1 and shared:
        sentence += f" and {_mid_sentence(parts[1][0])} {parts[1][1]} {parts[1][2]}"
    if event.cause is not None and event.cause.value in _CAUSE_WORDS:
        sentence += f" {_CAUSE_WORDS[event.cause.value]}"
    if place := _place_words(summary, article):
        sentence += f" in {place}"
    if event.date is not None:
        sentence += f" {_date_words(event.date.text)}"
    if sources[0] is not None:
        sentence += f", according to {_source_words(sources[0])}"
    if len(parts) > 1 and not shared:
        count, noun, verb, single = parts[1]
        told = f"{_mid_sentence(count)} {noun} {'was' if single else 'were'} {verb}"
        sentence += f"; {_source_words(sources[1])} said {told}" if sources[1] is not None else f"; {told}"
    return sentence + "."


def _source_words(source: str) -> str:
    """A source that opened its sentence ("Local health officials said") reads lower-case here,
    and a common noun in the singular takes "the" again (sources are stored without it, like
    the gold: "rescue group" -> "the rescue group said"; "residents" stays as it is)."""
    words = source.split(" ", 1)
    lead = words[0].lower() if words[0] in _COMMON_FIRST_WORDS else words[0]
    text = " ".join([lead, *words[1:]])
    if text[:1].islower() and not text.endswith("s") and not text.startswith(("the ", "a ", "an ")):
        text = f"the {text}"
    return text


def _mid_sentence(count: str) -> str:
    """A count written at the start of its own sentence ("Dozens of", "Twenty-five") in the
    middle of the brief's: counts are never proper nouns."""
    return count.lower()  # "Dozens of", and a headline's "DOZENS OF"


def _talks_sentences(summary: ArticleSummary) -> list[str]:
    out, said = [], set()
    for talks in summary.negotiations[:2]:
        phrases = _STATUS_PHRASES.get(talks.status.value)
        if phrases is None or talks.status.value in said:  # "The truce has stalled. The talks have stalled." says it twice
            continue
        said.add(talks.status.value)
        process = " ".join(talks.process.split()).strip(" .")
        plural = bool(re.search(r"(?:talks|negotiations|discussions|consultations)$", process, re.I))
        name = process if process[:1].isupper() or process.lower().startswith("the ") else f"the {process}"
        out.append(f"{name[:1].upper()}{name[1:]} {phrases[1] if plural else phrases[0]}.")
    return out


def template_brief(summary: ArticleSummary, article: str) -> str:
    """The grounded floor: the story's first sentence, the main event's toll with its place, date
    and source, and where each process stands, as 2-4 sentences. Numbers and names are the
    article's own spans, so the template cannot state what the article does not (a property of
    its construction, checked again by `brief_problems` like any brief)."""
    first_two = split_sentences(lead_brief(article, sentences=2))
    sentences = [first_two[0].text] if first_two else []
    toll = _toll_sentence(summary, article)
    if toll is not None:
        sentences.append(toll)
    sentences.extend(_talks_sentences(summary))
    if len(sentences) < MIN_SENTENCES and len(first_two) > 1:
        sentences.insert(1, first_two[1].text)
    return " ".join(" ".join(s.split()) for s in sentences[:MAX_SENTENCES])


def choose_brief(model_brief: str | None, article: str, summary: ArticleSummary, warnings: list[str]) -> tuple[str, BriefSource]:
    """The model's brief when it passes every check, else the template (with a warning saying
    which check failed), else the lead when the template has nothing to say."""
    if model_brief is not None:
        problems = brief_problems(model_brief, article, summary)
        if not problems:
            return " ".join(model_brief.split()), "model"
        shown = " ".join(model_brief.split())
        shown = shown if len(shown) <= 600 else shown[:600] + "…"
        warnings.append(f"the model's brief was not used ({'; '.join(problems)}); the template brief stands instead. It was: {shown!r}")
    # A summary whose brief is already the template (the rules' summary a brief-only request is
    # built on) is not templated again: the template depends on nothing else.
    template = summary.brief if summary.provenance.brief_source == "template" else template_brief(summary, article)
    if template.strip():
        return template, "template"
    return lead_brief(article), "lead"


__all__ = ["BriefSource", "brief_problems", "choose_brief", "is_english", "sentence_count", "template_brief", "toll_problems", "unsupported_names"]
