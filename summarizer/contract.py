"""The output contract: what one summarized article looks like (schema v2).

v2 ties every casualty figure to its event: `events[]` (cause, place with admin1 and country,
date resolved to ISO, perpetrator, per-kind totals) and, per figure, who reports it, over what
period, and whether it is a war-long toll. v1 results still load: `load_summary` reads them
through the frozen v1 models (`summarizer.contract_v1`) and upgrades them.

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
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from summarizer.prompt_config import QUESTION_NAMES

SCHEMA_VERSION = "2"


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


class EventCause(str, Enum):
    """How people were killed or hurt (ACLED/UCDP-style event types)."""

    shelling = "shelling"  # artillery, rockets, mortars
    airstrike = "airstrike"  # air raids, barrel bombs, drones
    explosion = "explosion"  # car bomb, IED, suicide attack, landmine
    shooting = "shooting"
    execution = "execution"
    chemical = "chemical"
    raid = "raid"  # a search, arrest or capture operation
    other = "other"


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
    speaker_role: str | None = Field(None, description="The speaker's role as the article writes it ('U.N.-Arab League mediator'), or null.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> "Quote":
        from summarizer.grounding import check_name, check_span

        check_span(self.text, self.start, self.end, info.context)
        check_name(self.speaker_role, "speaker_role", info.context)
        return self


class Casualty(_Strict):
    """One reported figure. Conventions follow ACLED/UCDP: conservative low bound, ranges as
    low/high, vague words as an explicit low bound, never sums across sources."""

    kind: CasualtyKind
    group: CasualtyGroup = CasualtyGroup.unspecified
    count_low: int = Field(ge=0)
    count_high: int | None = Field(None, ge=0, description="Upper bound; null when open-ended ('at least', 'hundreds').")
    approximate: bool = False
    reported_by: Span | None = Field(None, description="Who gives the figure, as the article names them ('activists', 'local health officials').")
    period: Span | None = Field(None, description="The reporting period the figure covers ('so far this month'), or null.")
    cumulative: bool = Field(False, description="A war-long or multi-year toll ('since 2011'): no event's total.")
    event: int | None = Field(None, ge=0, description="Index into `events` of the event this figure belongs to.")
    evidence: Span

    @model_validator(mode="after")
    def _count_supported(self, info: ValidationInfo) -> "Casualty":
        from summarizer.grounding import check_count_supported

        if self.count_high is not None and self.count_high < self.count_low:
            raise ValueError(f"count_high {self.count_high} is below count_low {self.count_low}")
        check_count_supported(self.count_low, self.count_high, self.evidence.text, info.context)
        return self


class Location(Span):
    """Where an event happened: the article's words (`text`, offsets) and what a gazetteer
    (GeoNames) makes of them: the place's standard name, first-level division and country."""

    name: str
    admin1: str | None = Field(None, description="Governorate, province or state (GeoNames admin1 name).")
    country: str | None = None


class EventDate(Span):
    """When an event happened: the article's words ('on Tuesday', 'yesterday') and the day they
    name, resolved against the article's date (null when it cannot be resolved)."""

    iso: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")


class EventTotal(_Strict):
    """The article's own best figure of one kind for one event, and the figures it rests on
    (indexes into `casualties`): restatements counted once, different sources never added."""

    kind: CasualtyKind
    count_low: int = Field(ge=0)
    count_high: int | None = Field(None, ge=0)
    approximate: bool = False
    figures: list[int] = Field(default_factory=list)


class Event(_Strict):
    """What happened, ACLED-style. `events[0]` is the main event (the headline's or lead's)."""

    cause: EventCause | None = None
    location: Location | None = None
    date: EventDate | None = None
    attributed_to: Span | None = Field(None, description="The perpetrator as the article names them.")
    totals: list[EventTotal] = Field(default_factory=list)
    evidence: Span


class Negotiation(_Strict):
    """A peace process, talks or truce the article names, with its status. Parties and the
    mediator are names that occur in the article on word boundaries."""

    process: str
    parties: list[str] = Field(default_factory=list)
    mediator: str | None = None
    status: NegotiationStatus
    evidence: Span

    @model_validator(mode="after")
    def _names_grounded(self, info: ValidationInfo) -> "Negotiation":
        from summarizer.grounding import check_name

        check_name(self.mediator, "mediator", info.context)
        for party in self.parties:
            check_name(party, "party", info.context)
        return self


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
    questions: list[str] = Field(default_factory=list, description=f"What the model was asked (any of {QUESTION_NAMES}); the rules answered the rest. Empty: no model call.")
    brief_source: Literal["model", "template", "lead"] | None = Field(
        None, description="model: the model's brief passed every check; template: the grounded template built from the structured fields; lead: the story's first sentences."
    )


class ArticleSummary(_Strict):
    """The result for one article. Offsets index the cleaned article text (see `summarizer.load`)."""

    brief: str
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list, description="What happened; events[0] is the main event.")
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

    @model_validator(mode="after")
    def _indexes(self) -> "ArticleSummary":
        for i, figure in enumerate(self.casualties):
            if figure.event is not None and figure.event >= len(self.events):
                raise ValueError(f"casualties[{i}].event {figure.event} points past the {len(self.events)} events")
        for i, event in enumerate(self.events):
            for total in event.totals:
                if any(f >= len(self.casualties) for f in total.figures):
                    raise ValueError(f"events[{i}] totals point past the {len(self.casualties)} casualty figures")
        return self


def load_summary(data: dict[str, Any], context: dict[str, Any] | None = None) -> ArticleSummary:
    """An ArticleSummary from its JSON form, of schema v2 or v1 (upgraded: v1's per-figure
    `location`/`attributed_to` strings were never filled and have no offsets, so they are
    dropped, and a v1 result has no events)."""
    version = str((data.get("provenance") or {}).get("schema_version", SCHEMA_VERSION))
    if version == "1":
        from summarizer.contract_v1 import ArticleSummary as ArticleSummaryV1

        old = ArticleSummaryV1.model_validate(data, context=context).model_dump(mode="json")
        for figure in old["casualties"]:
            for key in ("location", "attributed_to", "reported_by", "period"):
                figure.pop(key, None)
        data = old
    return ArticleSummary.model_validate(data, context=context)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the contract, as committed in schemas/article_summary.v2.json."""
    schema = ArticleSummary.model_json_schema()
    schema["$id"] = f"article_summary.v{SCHEMA_VERSION}.json"
    schema["title"] = "ArticleSummary"
    return schema
