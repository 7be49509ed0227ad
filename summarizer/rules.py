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

# Status cues, strongest first: the first that matches the article's first talks sentence wins.
STATUS_CUES: list[tuple[str, str]] = [
    ("collapsed", r"collaps|broke down|break down|abandon|ended the truce|truce (?:has )?ended|expired|pulled out of the talks|walked away"),
    ("stalled", r"stall|deadlock|stalemate|suspend|postpone|walk(?:ed)?[- ]out|little progress|not making much progress|impasse|failed to (?:even )?agree"),
    ("implementing", r"extended|extension|holding|has held|largely held|in force|in effect|took effect|implement|monitor|violat"),
    ("agreement", r"signed|agreed|reached (?:a|an) (?:deal|agreement|ceasefire|truce)|struck a deal|brokered a"),
    ("ongoing", r"talks (?:are|were) (?:under ?way|continuing)|round of (?:peace )?talks|negotiations continued|resumed|are meeting|opened in|met in"),
    ("proposed", r"call(?:ed|s)? for|propos|offer|plan(?:ned|s)? to|will (?:hold|meet|start)|invit|urg"),
]


def status_from_cues(sentence: str) -> str:
    for status, pattern in STATUS_CUES:
        if re.search(pattern, sentence, re.IGNORECASE):
            return status
    return "ongoing"


def lead_brief(article: str, sentences: int = 2) -> str:
    """The first sentences after the headline and dateline: news leads carry who/what/where/when."""
    body = split_sentences(article)
    picked = [s.text for s in body[1:] if len(s.text.split()) > 6][:sentences]
    return " ".join(picked) or (body[0].text if body else "")


def picks_from_hints(article: str, candidates: Candidates) -> dict[str, Any]:
    """An answer in the same id form the model gives, built from the candidates' hints."""
    negotiations = []
    if candidates.negotiation:
        first = candidates.negotiation[0]
        negotiations.append({"id": first.id, "process": "talks", "parties": [], "mediator": None, "status": status_from_cues(first.sentence.text)})
    return {
        "brief": lead_brief(article),
        "quotes": [{"id": q.id, "speaker": q.speaker_hint} for q in candidates.quotes],
        "casualties": [{"id": n.id, "kind": n.kind_hint, "group": n.group_hint} for n in candidates.numbers if n.kind_hint],
        "negotiations": negotiations,
        "negotiation_status": negotiations[0]["status"] if negotiations else "none",
    }
