"""The main event's perpetrator and cause, asked of the model only where the rules cannot decide.

The rules read the perpetrator by word order (the first armed side named as acting) and the
cause from the first cause word of the event's sentence, then the lead. Both go wrong where the
lead names several sides ("coalition jets struck Islamic State positions": the side struck is
not the actor) or several causes ("shelling and a car bomb"). There the model is offered the
lead's armed sides as ids `A1`, `A2`… (verbatim spans found by `events.actor_mentions`, so
whatever it picks is grounded by construction) and the cause as a closed set; where the lead
names one side and one cause, or no side and one cause, nothing is asked.

Only models whose question set includes `events` are asked (`prompts/<version>/config.json`):
endpoint models. The embedded default is not asked by default: on the test part of FA-KES it
beat the rules by two and three articles of 28 and 35 (perpetrator, cause) at ~20–30 s per article
asked, against 0.1 s for an English article with no call (evals/reports/README.md, `v2.2/`);
`--ask brief,events` asks it.
"""

from __future__ import annotations

from summarizer.candidates import ActorCandidate, Sentence, split_sentences
from summarizer.events import CAUSES, actor_mentions, lead_of

MAX_ACTORS = 8  # a lead rarely names more sides; a small enum keeps the grammar fast


def lead_sentences(article: str) -> list[Sentence]:
    """The story's lead as the event rules read it (`events.lead_of`)."""
    return lead_of(split_sentences(article))[0]


def find_actors(article: str) -> list[ActorCandidate]:
    """The armed sides the lead names, once per wording, in text order, numbered from 1."""
    found: list[ActorCandidate] = []
    seen: set[str] = set()
    for sentence in lead_sentences(article):
        for value in actor_mentions(sentence):
            if value.text.lower() not in seen and len(found) < MAX_ACTORS:
                seen.add(value.text.lower())
                found.append(ActorCandidate(len(found) + 1, value.text, value.start, value.end))
    return found


def lead_causes(article: str) -> set[str]:
    """Every cause the lead names (a cause word of `events.CAUSES`)."""
    return {name for s in lead_sentences(article) for name, pattern in CAUSES if pattern.search(s.text)}


def event_undecided(article: str, actors: list[ActorCandidate]) -> bool:
    """Whether the rules' reading of the main event is a guess: several sides named, or no
    single cause (none, or more than one)."""
    return len(actors) >= 2 or len(lead_causes(article)) != 1


__all__ = ["ActorCandidate", "event_undecided", "find_actors", "lead_causes", "lead_sentences"]
