"""Load gold sets and prediction files, refusing malformed lines with the file and line named.

A gold file is hand-made or converted data: a typo in one line should stop the run before any
model time is spent, and the message must say where to look. Pydantic models give the shape
checks; this module turns their errors into one-line messages with `path:line`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from summarizer.contract import ArticleSummary, CasualtyGroup, CasualtyKind, NegotiationStatus, load_summary
from summarizer.errors import SummarizerError
from summarizer.evaluation.splits import split_of


class EvalInputError(SummarizerError):
    """A gold or prediction file cannot be used; the message names file and line."""

    exit_code = 2


class GoldQuote(BaseModel):
    model_config = ConfigDict(extra="allow")

    text: str = Field(min_length=1)
    speaker: str | None = None
    start: int | None = Field(None, ge=0)
    end: int | None = Field(None, ge=0)


class GoldCasualty(BaseModel):
    model_config = ConfigDict(extra="allow")

    kind: CasualtyKind
    group: CasualtyGroup = CasualtyGroup.unspecified
    count: int = Field(ge=0)
    count_is_minimum: bool = False


class GoldTotals(BaseModel):
    model_config = ConfigDict(extra="allow")

    killed: int | None = Field(None, ge=0)


class GoldNegotiation(BaseModel):
    model_config = ConfigDict(extra="allow")

    process: str | None = None
    mediator: str | None = None
    parties: list[str] = Field(default_factory=list)
    status: NegotiationStatus | None = None


class Gold(BaseModel):
    """The labels of one article. A field left as None was not labelled (key missing)."""

    model_config = ConfigDict(extra="forbid")

    brief: str | None = None
    quotes: list[GoldQuote] | None = None
    casualties: list[GoldCasualty] | None = None
    casualty_totals: GoldTotals | None = None
    negotiation_status: NegotiationStatus | None = None
    negotiations: list[GoldNegotiation] | None = None
    meta: dict[str, Any] | None = None


class GoldRecord(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1)
    source: str | None = None
    title: str | None = None
    date: str | None = None
    text: str = Field(min_length=1)
    gold: Gold

    @model_validator(mode="before")
    @classmethod
    def _id_as_text(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("id"), int):
            data = {**data, "id": str(data["id"])}
        return data


@dataclass
class GoldArticle:
    """One gold article as the scorers use it."""

    id: str
    text: str
    gold: Gold
    source: str | None = None
    title: str | None = None
    date: str | None = None
    line: int = 0
    labelled: list[str] = field(default_factory=list)


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "record"
    extra = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{extra}"


def _json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    if not path.exists():
        raise EvalInputError(f"{path}: no such file")
    if path.is_dir():
        raise EvalInputError(f"{path}: is a folder, expected a JSONL file")
    with path.open(encoding="utf-8") as handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as error:
                    raise EvalInputError(f"{path}:{number}: not valid JSON ({error.msg} at column {error.colno})") from None
        except UnicodeDecodeError:
            raise EvalInputError(f"{path}: is not UTF-8 text") from None


def matches(data: dict[str, Any], where: dict[str, str]) -> bool:
    """`where` selects records by their meta labels (record `meta` or `gold.meta`), as text."""
    gold = data.get("gold") if isinstance(data.get("gold"), dict) else {}
    meta = {**(gold.get("meta") or {}), **(data.get("meta") or {})}
    return all(str(meta.get(key)).lower() == value.lower() for key, value in where.items())


def load_gold(path: str | Path, limit: int | None = None, where: dict[str, str] | None = None, split: str | None = None) -> list[GoldArticle]:
    """Every article of a gold JSONL file (those matching `where`, of `split` when given, then
    the first `limit`), validated; the first bad line raises EvalInputError."""
    path = Path(path)
    articles: list[GoldArticle] = []
    seen: dict[str, int] = {}
    for number, data in _json_lines(path):
        if not isinstance(data, dict):
            raise EvalInputError(f"{path}:{number}: expected a JSON object, got {type(data).__name__}")
        if where and not matches(data, where):
            continue
        if split is not None and split_of(str(data.get("id"))) != split:
            continue
        try:
            record = GoldRecord.model_validate(data)
        except ValidationError as error:
            raise EvalInputError(f"{path}:{number}: invalid gold record: {_first_error(error)}") from None
        if record.id in seen:
            raise EvalInputError(f"{path}:{number}: duplicate id {record.id!r} (first on line {seen[record.id]})")
        seen[record.id] = number
        labelled = [key for key in ("brief", "quotes", "casualties", "casualty_totals", "negotiation_status", "negotiations") if getattr(record.gold, key) is not None]
        articles.append(GoldArticle(record.id, record.text, record.gold, record.source, record.title, record.date, number, labelled))
        if limit is not None and len(articles) >= limit:
            break
    if not articles:
        raise EvalInputError(f"{path}: holds no gold records")
    return articles


PredictionStatus = Literal["ok", "error"]


@dataclass
class Prediction:
    """One article's prediction: a summary, or the error that prevented one."""

    id: str
    status: PredictionStatus
    summary: ArticleSummary | None = None
    error: str | None = None
    seconds: float | None = None
    line: int = 0

    def to_json(self) -> dict[str, Any]:
        """The same record shape `summarizer batch` writes, so either tool reads the other's output."""
        return {
            "id": self.id,
            "status": self.status,
            "summary": self.summary.model_dump(mode="json") if self.summary else None,
            "error": self.error,
            "provenance": self.summary.provenance.model_dump(mode="json") if self.summary else None,
            **({"seconds": self.seconds} if self.seconds is not None else {}),
        }


def parse_prediction(data: Any, where: str) -> Prediction:
    """A line `{"id", "summary"}` or a batch record `{"id", "status", "summary", "error", ...}`.

    A missing id is a broken file (raises); a summary that fails the contract becomes an error
    row, so one bad record does not stop scoring the rest.
    """
    if not isinstance(data, dict):
        raise EvalInputError(f"{where}: expected a JSON object, got {type(data).__name__}")
    ident = data.get("id")
    if not isinstance(ident, (str, int)) or ident == "":
        raise EvalInputError(f"{where}: the record has no \"id\"")
    ident = str(ident)
    seconds = data.get("seconds") if isinstance(data.get("seconds"), (int, float)) else None
    status = data.get("status", "ok" if data.get("summary") is not None else "error")
    summary = data.get("summary")
    if status != "ok" or summary is None:
        return Prediction(ident, "error", None, str(data.get("error") or f"status {status!r} without a summary"), seconds)
    try:
        parsed = load_summary(summary)
    except ValidationError as error:
        return Prediction(ident, "error", None, f"summary does not match the contract: {_first_error(error)}", seconds)
    return Prediction(ident, "ok", parsed, None, seconds)


def load_predictions(path: str | Path) -> dict[str, Prediction]:
    """Predictions by id; for an id that appears more than once the last line wins (resumed runs append)."""
    path = Path(path)
    found: dict[str, Prediction] = {}
    for number, data in _json_lines(path):
        prediction = parse_prediction(data, f"{path}:{number}")
        prediction.line = number
        found[prediction.id] = prediction
    return found
