"""Output writers: one line (or row) per input record, in input order.

A JSON line is `{"id", "source", "status", "summary", "error", "provenance"}`: `summary` is a
full ArticleSummary (re-readable with `ArticleSummary.model_validate`), `error` is
`{"kind", "message"}` or null, and `provenance` repeats the summary's provenance plus `key`
(the cache key) and `cached` (true when this run took it from the state file).

Each run rewrites the output from the start; finished articles come from the state file, so a
resumed run costs nothing for them and the file never holds an article twice.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Protocol

OUT_FORMATS = ("jsonl", "parquet")


class Writer(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...
    def close(self) -> None: ...


class JsonlWriter:
    """Line-buffered: each finished record is on disk at once, so progress is visible to `tail -f`."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(path, "w", encoding="utf-8", buffering=1)

    def write(self, record: dict[str, Any]) -> None:
        self._file.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self._file.close()


class ParquetWriter:
    """Rows buffered into row groups; nested results stored as JSON strings, key fields as columns."""

    ROW_GROUP = 1000

    def __init__(self, path: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        path.parent.mkdir(parents=True, exist_ok=True)
        self._pa = pa
        self.schema = pa.schema([
            ("id", pa.string()), ("source", pa.string()), ("status", pa.string()),
            ("summary", pa.string()), ("error_kind", pa.string()), ("error_message", pa.string()),
            ("key", pa.string()), ("cached", pa.bool_()), ("model", pa.string()),
            ("prompt_version", pa.string()), ("schema_version", pa.string()), ("article_sha256", pa.string()),
            ("tokens_in", pa.int64()), ("tokens_out", pa.int64()), ("llm_calls", pa.int64()), ("latency_s", pa.float64()),
            ("negotiation_status", pa.string()),
        ])
        self._writer = pq.ParquetWriter(str(path), self.schema)
        self._rows: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        prov = record.get("provenance") or {}
        error = record.get("error") or {}
        summary = record.get("summary")
        self._rows.append({
            "id": record["id"], "source": record.get("source"), "status": record["status"],
            "summary": json.dumps(summary, ensure_ascii=False) if summary is not None else None,
            "error_kind": error.get("kind"), "error_message": error.get("message"),
            "key": prov.get("key"), "cached": prov.get("cached"), "model": prov.get("model"),
            "prompt_version": prov.get("prompt_version"), "schema_version": prov.get("schema_version"),
            "article_sha256": prov.get("article_sha256"), "tokens_in": prov.get("tokens_in"),
            "tokens_out": prov.get("tokens_out"), "llm_calls": prov.get("llm_calls"), "latency_s": prov.get("latency_s"),
            "negotiation_status": (summary or {}).get("negotiation_status"),
        })
        if len(self._rows) >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


def open_writer(path: Path, out_format: str | None = None) -> Writer:
    fmt = out_format or ("parquet" if path.suffix.lower() in {".parquet", ".pq"} else "jsonl")
    if fmt == "jsonl":
        return JsonlWriter(path)
    if fmt == "parquet":
        return ParquetWriter(path)
    from summarizer.errors import InputError

    raise InputError(f"unknown --out-format {fmt!r} (one of {', '.join(OUT_FORMATS)})")
