"""The candidates' own hints as an answer, with no model at all.

Two uses: a floor that every model configuration must beat (the eval reports and
`bench/peers.py` show it side by side), and `--backend rules` for a user who needs instant,
offline, fully deterministic output (quotes with cue-resolved speakers, casualty figures with
cue-word labels, talks sentences) and can live with an extractive brief.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.candidates import Candidates, split_sentences
from summarizer.events import attached_kind
from summarizer.prompt_config import StatusCues, status_cues

__all__ = ["StatusCues", "lead_brief", "own_status", "picks_from_hints", "status_cues", "strongest_cue"]


def strongest_cue(candidates: Candidates, cues: StatusCues | None = None) -> tuple[int, str] | None:
    """(sentence id, status) of the strongest status cue in any talks sentence: an ended truce
    outranks a stalled one, which outranks one in force, and so on down the table."""
    table = cues or status_cues()
    sentences = [(s.id, s.sentence.text, _tells_history(s.sentence.text, table)) for s in candidates.negotiation]
    for status, pattern in table.cues:
        skips = status in table.retrospective_skips
        for sentence_id, text, history in sentences:
            if skips and history:
                continue
            if pattern.search(text):
                return sentence_id, status
    return None


def _tells_history(text: str, table: StatusCues) -> bool:
    """Whether the sentence tells history ("since the ceasefire collapsed"), asked once per
    sentence rather than once per status of the table."""
    return bool(table.retrospective and table.retrospective.search(text))


def lead_brief(article: str, sentences: int = 2) -> str:
    """The first sentences of the story (after a headline): news leads carry who/what/where/when."""
    body = split_sentences(article)
    if body and not body[0].text.rstrip().endswith((".", "!", "?", "”", '"')):
        body = body[1:]  # a headline, not a sentence of the story
    picked = [s.text for s in body if len(s.text.split()) > 6][:sentences]
    return " ".join(picked) or (body[0].text if body else "")


# "ceasefire talks" are talks about a truce, not the truce: the kind of process is the head noun
_PROCESS_WORD = re.compile(r"\b(?:(?:peace|truce|cease-?fire|armistice) (?:talks|negotiations)|talks|negotiations?|cease-?fire|truce|armistice|peace (?:deal|agreement|accord|plan|process)|agreement|deal|accord|dialogue)\b", re.I)


def _process(text: str) -> str:
    match = _PROCESS_WORD.search(text)
    return match.group(0).lower() if match else "talks"


def _kind_of_process(process: str) -> str:
    if re.search(r"(?:talks|negotiations?)$", process):
        return "talks"  # "ceasefire talks": talks about a truce
    return "truce" if re.search(r"cease|truce|armistice", process) else "talks"


def own_status(text: str, cues: StatusCues | None = None) -> str | None:
    """The strongest status cue of one sentence (history sentences skip as in `strongest_cue`)."""
    table = cues or status_cues()
    history = _tells_history(text, table)
    for status, pattern in table.cues:
        if history and status in table.retrospective_skips:
            continue
        if pattern.search(text):
            return status
    return None


def picks_from_hints(article: str, candidates: Candidates, cues: StatusCues | None = None) -> dict[str, Any]:
    """An answer in the same id form the model gives, built from the candidates' hints
    (status cues from the `cues` table, the default version's when None). Besides the main process (the strongest cue), a
    process of the other kind with its own status is listed too: a truce extended while talks
    stall is two processes, not one."""
    negotiations = []
    found = strongest_cue(candidates, cues)
    if found is not None:
        sentence_id, status = found
        main = next(s for s in candidates.negotiation if s.id == sentence_id)
        negotiations.append({"id": sentence_id, "process": _process(main.sentence.text), "parties": [], "mediator": None, "status": status})
        kinds = {(_kind_of_process(negotiations[0]["process"]), status)}
        for sentence in candidates.negotiation:
            process, own = _process(sentence.sentence.text), own_status(sentence.sentence.text, cues)
            key = (_kind_of_process(process), own)
            if own is not None and key[0] not in {k for k, _ in kinds} and len(negotiations) < 3:
                kinds.add(key)
                negotiations.append({"id": sentence.id, "process": process, "parties": [], "mediator": None, "status": own})
    elif candidates.negotiation:
        first = candidates.negotiation[0]
        negotiations.append({"id": first.id, "process": _process(first.sentence.text), "parties": [], "mediator": None, "status": "ongoing"})
    return {
        "brief": None,  # the template brief (summarizer.brief) is the rules' brief
        "quotes": [{"id": q.id, "speaker": q.speaker_hint} for q in candidates.quotes],
        # the word attached to the number decides its kind, as it overrules a model's answer
        "casualties": [{"id": n.id, "kind": attached_kind(n) or n.kind_hint, "group": n.group_hint} for n in candidates.numbers if n.kind_hint],
        "negotiations": negotiations,
        "negotiation_status": negotiations[0]["status"] if negotiations else "none",
    }
