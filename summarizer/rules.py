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

# Status cues, strongest first: the first status whose cue occurs in any talks sentence wins.
STATUS_CUES: list[tuple[str, str]] = [
    ("collapsed", r"collaps|broke down|break down|broke (?:off|apart)|abandon|(?:truce|ceasefire|cease-fire|deal|talks) (?:has |have )?(?:ended|expired|is over)|has ended|declared the end|end of the (?:\S+ )?(?:truce|ceasefire|cease-fire)|signall?ed the end|pulled out of|walked away|no longer (?:holds|in force)"),
    ("stalled", r"stall|deadlock|stalemate|suspend|postpone|walk(?:ed)?[- ]out|little progress|no progress|without (?:any )?(?:clear )?progress|not making much progress|impasse|failed to (?:even )?(?:agree|produce)|fell short|struggling to"),
    ("implementing", r"came into (?:force|effect)|took effect|went into effect|in force|in effect|extended|extension|(?:is|was|were|appeared|largely) (?:largely )?holding|has (?:largely )?held|violat|breach|implement|monitor|since it began|covered by"),
    ("agreement", r"signed|(?:announced|reached|struck|sealed) (?:a|an|the) (?:\S+ )?(?:deal|agreement|ceasefire|cease-fire|truce|accord)|agreed (?:a|an|to|on)|brokered a"),
    ("ongoing", r"being negotiated|under ?way|talks (?:are|were) (?:continuing|going on)|round of (?:peace )?talks|negotiations continued|resumed|are meeting|opened in|met in|mediat"),
    ("proposed", r"call(?:ed|s|ing)? for|propos|offer|plan(?:ned|s)? to|due to (?:begin|start|open)|will (?:hold|meet|start|begin)|invit|urg|pave the way"),
]


def strongest_cue(candidates: Candidates) -> tuple[int, str] | None:
    """(sentence id, status) of the strongest status cue in any talks sentence: an ended truce
    outranks a stalled one, which outranks one in force, and so on down STATUS_CUES."""
    for status, pattern in STATUS_CUES:
        for sentence in candidates.negotiation:
            if re.search(pattern, sentence.sentence.text, re.IGNORECASE):
                return sentence.id, status
    return None


def lead_brief(article: str, sentences: int = 2) -> str:
    """The first sentences of the story (after a headline): news leads carry who/what/where/when."""
    body = split_sentences(article)
    if body and not body[0].text.rstrip().endswith((".", "!", "?", "”", '"')):
        body = body[1:]  # a headline, not a sentence of the story
    picked = [s.text for s in body if len(s.text.split()) > 6][:sentences]
    return " ".join(picked) or (body[0].text if body else "")


def picks_from_hints(article: str, candidates: Candidates) -> dict[str, Any]:
    """An answer in the same id form the model gives, built from the candidates' hints."""
    negotiations = []
    found = strongest_cue(candidates)
    if found is not None:
        sentence_id, status = found
        negotiations.append({"id": sentence_id, "process": "talks", "parties": [], "mediator": None, "status": status})
    elif candidates.negotiation:
        negotiations.append({"id": candidates.negotiation[0].id, "process": "talks", "parties": [], "mediator": None, "status": "ongoing"})
    return {
        "brief": lead_brief(article),
        "quotes": [{"id": q.id, "speaker": q.speaker_hint} for q in candidates.quotes],
        "casualties": [{"id": n.id, "kind": n.kind_hint, "group": n.group_hint} for n in candidates.numbers if n.kind_hint],
        "negotiations": negotiations,
        "negotiation_status": negotiations[0]["status"] if negotiations else "none",
    }
