"""The run's state file: a SQLite cache of finished articles, so a run can be killed and resumed.

Why SQLite in WAL mode: every finished article is committed on its own (a kill -9 loses at most
the requests in flight, never a finished one), readers such as a second terminal or a test can
look at it while a run writes, and it is one portable file next to the output.

The cache key is a hash of what determines the result: the cleaned article's sha256, the prompt
version, the schema version and the model. Change any of them and the article is summarized
again; keep them and a rerun makes zero LLM calls.

What is cached: successful summaries, and articles where the model never produced valid output
(those cost calls and would fail the same way again; `--retry-errors` redoes them). Transport
failures (endpoint down, 429 after retries) are not cached, so a rerun retries them.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from summarizer.contract import SCHEMA_VERSION

CACHED_ERROR_KINDS = {"no_valid_output"}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY,
    article_sha256 TEXT NOT NULL,
    prompt_version TEXT NOT NULL,
    schema_version TEXT NOT NULL,
    model TEXT NOT NULL,
    status TEXT NOT NULL,
    summary TEXT,
    error_kind TEXT,
    error TEXT,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS batch_jobs (
    batch_id TEXT PRIMARY KEY,
    input_file_id TEXT,
    status TEXT NOT NULL,
    requests INTEGER NOT NULL,
    created_at REAL NOT NULL,
    ingested INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS batch_requests (
    custom_id TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    batch_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS batch_requests_key ON batch_requests(key);
"""


def article_key(article_sha256: str, prompt_version: str, model: str, schema_version: str = SCHEMA_VERSION) -> str:
    """One hex digest for (article, prompt, schema, model): short enough for a Batch API custom_id."""
    return hashlib.sha256(f"{article_sha256}\x1f{prompt_version}\x1f{schema_version}\x1f{model}".encode()).hexdigest()


@dataclass
class CachedResult:
    key: str
    status: str  # "ok" | "error"
    summary: dict[str, Any] | None
    error_kind: str | None
    error: str | None


class State:
    """A SQLite state file; one connection, used from the thread that created it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode survives a killed process (not a power cut) and is much faster than FULL.
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.executescript(_SCHEMA)

    def get(self, key: str) -> CachedResult | None:
        row = self.conn.execute("SELECT status, summary, error_kind, error FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        status, summary, error_kind, error = row
        return CachedResult(key, status, json.loads(summary) if summary else None, error_kind, error)

    def put(
        self,
        key: str,
        *,
        article_sha256: str,
        prompt_version: str,
        model: str,
        status: str,
        summary: dict[str, Any] | None = None,
        error_kind: str | None = None,
        error: str | None = None,
        schema_version: str = SCHEMA_VERSION,
    ) -> None:
        """Commit one result now (autocommit): the unit a killed run never loses."""
        self.conn.execute(
            "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, article_sha256, prompt_version, schema_version, model, status,
             json.dumps(summary, ensure_ascii=False) if summary is not None else None, error_kind, error, time.time()),
        )

    def delete(self, key: str) -> None:
        self.conn.execute("DELETE FROM results WHERE key = ?", (key,))

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM results").fetchone()[0])

    # -- OpenAI Batch API bookkeeping ------------------------------------------------------

    def add_batch(self, batch_id: str, input_file_id: str, custom_ids: list[tuple[str, str]]) -> None:
        with self.conn:
            self.conn.execute("BEGIN")
            self.conn.execute("INSERT OR REPLACE INTO batch_jobs VALUES (?, ?, ?, ?, ?, 0)", (batch_id, input_file_id, "submitted", len(custom_ids), time.time()))
            self.conn.executemany("INSERT OR REPLACE INTO batch_requests VALUES (?, ?, ?)", [(cid, key, batch_id) for cid, key in custom_ids])

    def open_batches(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT batch_id FROM batch_jobs WHERE ingested = 0 ORDER BY created_at")]

    def set_batch_status(self, batch_id: str, status: str, *, ingested: bool = False) -> None:
        self.conn.execute("UPDATE batch_jobs SET status = ?, ingested = ? WHERE batch_id = ?", (status, int(ingested), batch_id))

    def pending_keys(self) -> set[str]:
        """Keys sent in a batch not yet ingested: not to be submitted twice."""
        rows = self.conn.execute(
            "SELECT r.key FROM batch_requests r JOIN batch_jobs j ON r.batch_id = j.batch_id WHERE j.ingested = 0"
        )
        return {row[0] for row in rows}

    def batch_requests(self, batch_id: str) -> Iterator[tuple[str, str]]:
        yield from self.conn.execute("SELECT custom_id, key FROM batch_requests WHERE batch_id = ?", (batch_id,))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "State":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
