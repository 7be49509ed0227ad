"""Schema v1 of the output contract, frozen: kept to read results made before schema v2.

`summarizer.contract.load_summary` reads a v1 result through these models and upgrades it;
`schemas/article_summary.v1.json` stays drift-tested against them. Do not change this file:
a change to the contract is a new schema version in `summarizer/contract.py`.

Every item that claims something about the article carries a verbatim span of it (`text`/
`evidence` with `start`/`end` character offsets into the cleaned article text), so a reader
or a script can check it. The checks themselves live in `summarizer.grounding` and run when a
summary is validated with the article in the validation context:

    ArticleSummary.model_validate(data, context={"article": text})

Without that context the models only check shapes, which is what a consumer re-reading a JSON
file needs.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

SCHEMA_VERSION = "1"  # frozen


class CasualtyKind(str, Enum):
    killed = "killed"
    injured = "injured"
    detained = "detained"
    missing = "missing"
    displaced = "displaced"
    evacuated = "evacuated"


class CasualtyGroup(str, Enum):
    civilians = "civilians"
    children = "children"
    women = "women"
    combatants = "combatants"
    security_forces = "security_forces"
    unspecified = "unspecified"


class NegotiationStatus(str, Enum):
    """Where the article's main peace process or truce stands (definitions in DESIGN/README)."""

    none = "none"
    proposed = "proposed"
    ongoing = "ongoing"
    stalled = "stalled"
    agreement = "agreement"
    implementing = "implementing"
    collapsed = "collapsed"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Strict):
    """A verbatim piece of the article: `article[start:end] == text`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> "Span":
        from summarizer.grounding import check_span

        check_span(self.text, self.start, self.end, info.context)
        return self


class Quote(_Strict):
    """A direct quote, verbatim, with the resolved name of who said it."""

    text: str
    speaker: str | None = Field(None, description="Resolved name ('Lakhdar Brahimi', not 'he'); null if the article never names them.")
    speaker_role: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> "Quote":
        from summarizer.grounding import check_span

        check_span(self.text, self.start, self.end, info.context)
        return self


class Casualty(_Strict):
    """One reported figure. Conventions follow ACLED/UCDP: conservative low bound, ranges as
    low/high, vague words as an explicit low bound, never sums across sources."""

    kind: CasualtyKind
    group: CasualtyGroup = CasualtyGroup.unspecified
    count_low: int = Field(ge=0)
    count_high: int | None = Field(None, ge=0, description="Upper bound; null when open-ended ('at least', 'hundreds').")
    approximate: bool = False
    location: str | None = None
    period: str | None = None
    attributed_to: str | None = Field(None, description="Perpetrator, as the article names it.")
    reported_by: str | None = Field(None, description="Source of the figure, as the article names it.")
    evidence: Span

    @model_validator(mode="after")
    def _count_supported(self, info: ValidationInfo) -> "Casualty":
        from summarizer.grounding import check_count_supported

        if self.count_high is not None and self.count_high < self.count_low:
            raise ValueError(f"count_high {self.count_high} is below count_low {self.count_low}")
        check_count_supported(self.count_low, self.count_high, self.evidence.text, info.context)
        return self


class Negotiation(_Strict):
    """A peace process, talks or truce the article names, with its status."""

    process: str
    parties: list[str] = Field(default_factory=list)
    mediator: str | None = None
    status: NegotiationStatus
    evidence: Span


class Provenance(_Strict):
    """How this summary was made, so a result can be reproduced, cached and costed."""

    model: str
    backend: str
    prompt_version: str
    schema_version: str = SCHEMA_VERSION
    article_sha256: str = Field(description="sha256 of the cleaned article text that all offsets refer to.")
    tokens_in: int = 0
    tokens_out: int = 0
    latency_s: float = 0.0
    llm_calls: int = 0
    chunks: int = 1


class ArticleSummary(_Strict):
    """The result for one article. Offsets index the cleaned article text (see `summarizer.load`)."""

    brief: str
    quotes: list[Quote] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)
    negotiations: list[Negotiation] = Field(default_factory=list)
    negotiation_status: NegotiationStatus = NegotiationStatus.none
    warnings: list[str] = Field(default_factory=list, description="Items dropped or repaired by grounding checks, chunking notes.")
    provenance: Provenance

    @model_validator(mode="after")
    def _brief_numbers(self, info: ValidationInfo) -> "ArticleSummary":
        from summarizer.grounding import check_brief_numbers

        check_brief_numbers(self.brief, info.context)
        return self


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the contract, as committed in schemas/article_summary.v1.json."""
    schema = ArticleSummary.model_json_schema()
    schema["$id"] = f"article_summary.v{SCHEMA_VERSION}.json"
    schema["title"] = "ArticleSummary"
    return schema
