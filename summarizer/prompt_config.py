"""A prompt version as one typed, validated configuration (prompts/<version>/config.json).

Which questions the model is asked, how candidates are shown and which status cue table
decides are properties of a prompt version. They are loaded once, validated when loaded (a
typo in a version's file is a one-line error naming the file, not a silent default read with
`.get()` somewhere later) and passed explicitly to the code that needs them.

The question set is chosen per model: a question is worth its seconds only where the model
answers it better than the rules on the part of each development set we do not tune on
(evals/reports/README.md). A user with a stronger endpoint can ask more: `--ask`, or a key
for their model name in `asks`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from summarizer.resources import data_dir


class Question(str, Enum):
    """What the model can be asked. Everything not asked is answered by the rules."""

    speakers = "speakers"          # the speaker of a quote whose attribution names nobody
    figure_kinds = "figure_kinds"  # the kind of each number (killed, injured, ..., not a casualty)
    talks = "talks"                # each peace process: its sentence, name, parties, mediator, status
    status = "status"              # the overall status, where no status cue phrase decides
    events = "events"              # the main event's perpetrator (an armed side of the lead) and cause, where the rules cannot decide
    brief = "brief"                # the 2-4 sentence brief (the template brief is the floor)


ALL_QUESTIONS = frozenset(Question)
# For help texts and the schema, so that a new question cannot be left out of them
QUESTION_NAMES = ", ".join(q.value for q in Question)


@dataclass(frozen=True)
class StatusCues:
    """A prompt version's status cue table (prompts/<version>/status_cues.json): patterns in
    order, strongest first, and an optional `retrospective` pattern for sentences that tell
    history ("previous rounds failed", "since the ceasefire collapsed"), which then give no cue
    for the statuses listed in `retrospective_skips`."""

    cues: tuple[tuple[str, re.Pattern[str]], ...]
    retrospective: re.Pattern[str] | None = None
    retrospective_skips: frozenset[str] = frozenset()


class PromptConfig(BaseModel):
    """One prompt version. `asks` maps a model key (the embedded model's name, `default` or
    `small`, or an endpoint's model name) to the questions sent to it; `*` is any other model."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str = ""
    asks: dict[str, frozenset[Question]]
    ask_named_quotes: bool = Field(False, description="Also ask about quotes whose attribution names the speaker (96.8% right without the model).")
    status_from_cues: bool = Field(True, description="A status cue phrase decides the overall status; the model only where none does.")
    figure_labels: Literal["kind", "kind_and_group"] = "kind"
    repair_speakers: bool = Field(True, description="A speaker the article never names falls back to the attribution's hint instead of a re-ask.")
    lead_words: int = Field(90, ge=10, le=400)
    previous_paragraph: Literal["always", "when_unnamed"] = "always"
    brief_facts: bool = Field(False, description="Show the model the rules' facts (the template brief) beside the lead.")
    brief_when: dict[str, Literal["always", "template_fails"]] = Field(
        default_factory=lambda: {"*": "always"},
        description="Per model key, like `asks`: template_fails asks the model for the brief only when the template brief fails a check (a lead in another language, too few sentences).",
    )
    brief_shape: Literal["sentences", "text"] = Field(
        "sentences", description="sentences: a JSON list of 2-4 sentences (the grammar makes a small model write several); text: one string."
    )

    @field_validator("asks")
    @classmethod
    def _has_fallback(cls, asks: dict[str, frozenset[Question]]) -> dict[str, frozenset[Question]]:
        if "*" not in asks:
            raise ValueError("needs a '*' entry: the questions for a model not listed")
        return asks

    def questions_for(self, model_key: str | None) -> frozenset[Question]:
        return self.asks.get(model_key or "*", self.asks["*"])

    def brief_when_for(self, model_key: str | None) -> str:
        return self.brief_when.get(model_key or "*", self.brief_when.get("*", "always"))

    @property
    def cues(self) -> StatusCues:
        return status_cues(self.version)


DEFAULT_PROMPT_VERSION = "extract-v7"


def prompt_versions() -> list[str]:
    """The prompt versions this installation ships (folders under prompts/)."""
    return sorted(p.name for p in data_dir("prompts").iterdir() if (p / "config.json").is_file())


def check_prompt_version(version: str) -> None:
    """An unknown version is an InputError listing the known ones."""
    if version not in prompt_versions():
        from summarizer.errors import InputError

        raise InputError(f"unknown prompt version {version!r} (known: {', '.join(prompt_versions())})")


@lru_cache(maxsize=16)
def load_prompt_config(version: str = DEFAULT_PROMPT_VERSION) -> PromptConfig:
    """The validated configuration of one shipped version; a bad file is a one-line InputError."""
    from summarizer.errors import InputError

    check_prompt_version(version)
    path = data_dir("prompts") / version / "config.json"
    try:
        config = PromptConfig.model_validate({"version": version, **json.loads(path.read_text(encoding="utf-8"))})
    except json.JSONDecodeError as error:
        raise InputError(f"prompts/{version}/config.json is not JSON: {error}") from None
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "config"
        raise InputError(f"prompts/{version}/config.json: {where}: {first['msg']}") from None
    if config.version != version:
        raise InputError(f"prompts/{version}/config.json names version {config.version!r}")
    status_cues(version)  # a broken cue table fails at load time too
    return config


@lru_cache(maxsize=16)
def status_cues(version: str = DEFAULT_PROMPT_VERSION) -> StatusCues:
    """Versioned with the prompt, so a cue change is a new prompt version with its own report."""
    table = json.loads((data_dir("prompts") / version / "status_cues.json").read_text(encoding="utf-8"))
    retrospective = table.get("retrospective")
    return StatusCues(
        cues=tuple((status, re.compile(pattern, re.IGNORECASE)) for status, pattern in table["cues"]),
        retrospective=re.compile(retrospective, re.IGNORECASE) if retrospective else None,
        retrospective_skips=frozenset(table.get("retrospective_skips", [])),
    )


def parse_questions(spec: str) -> frozenset[Question]:
    """'speakers,brief' -> {speakers, brief}; 'all' and 'none' too. An unknown name is an InputError."""
    from summarizer.errors import InputError

    spec = spec.strip().lower()
    if spec == "all":
        return ALL_QUESTIONS
    if spec in ("none", ""):
        return frozenset()
    names = [s.strip() for s in spec.split(",") if s.strip()]
    unknown = [n for n in names if n not in Question.__members__]
    if unknown:
        raise InputError(f"unknown question {unknown[0]!r} for --ask (known: {', '.join(q.value for q in Question)}, all, none)")
    return frozenset(Question(n) for n in names)
