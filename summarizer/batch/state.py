"""The run's state file: a SQLite cache of finished articles, so a run can be killed and resumed.

Why SQLite in WAL mode: every finished article is committed on its own (a kill -9 loses at most
the requests in flight, never a finished one), readers such as a second terminal or a test can
look at it while a run writes, and it is one portable file next to the output.

The cache key is a hash of what determines the result: the cleaned article's sha256, the prompt
version, the schema version, the model and the pipeline configuration (`config_key`: the
result-affecting settings, the package version, the pipeline code and prompt files). Change any
of them and the article is summarized again; keep them and a rerun makes zero LLM calls.

Why a lock file beside the state: two runs on one state would both summarize (and bill) every
uncached article and interleave their output. `StateLock` takes an OS lock (flock on POSIX,
msvcrt on Windows) that the kernel drops when its process ends, however it ends: a run killed
with kill -9 leaves no stale lock behind.

Why the checks on opening: a damaged or foreign file must stop the run with one line before
anything else is touched, not halfway through (or after truncating the previous output).

What is cached: successful summaries, and articles where the model never produced valid output
(those cost calls and would fail the same way again; `--retry-errors` redoes them). Transport
failures (endpoint down, 429 after retries) are not cached, so a rerun retries them.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from summarizer.contract import SCHEMA_VERSION
from summarizer.errors import SummarizerError

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


_COLUMNS = {
    "results": ["key", "article_sha256", "prompt_version", "schema_version", "model", "status", "summary", "error_kind", "error", "created_at"],
    "batch_jobs": ["batch_id", "input_file_id", "status", "requests", "created_at", "ingested"],
    "batch_requests": ["custom_id", "key", "batch_id"],
}

BUSY_EXIT_CODE = 75  # EX_TEMPFAIL from sysexits.h: try again later


class StateError(SummarizerError):
    """The state file cannot be used: damaged, someone else's database, unwritable, disk full."""

    exit_code = 2


class StateBusyError(SummarizerError):
    """Another run holds the state file; a distinct code so a script can wait and retry."""

    exit_code = BUSY_EXIT_CODE


def article_key(article_sha256: str, prompt_version: str, model: str, schema_version: str = SCHEMA_VERSION, config: str = "") -> str:
    """One hex digest for (article, prompt, schema, model, pipeline configuration): short enough
    for a Batch API custom_id. `config` is `config_key.pipeline_fingerprint`."""
    return hashlib.sha256(f"{article_sha256}\x1f{prompt_version}\x1f{schema_version}\x1f{model}\x1f{config}".encode()).hexdigest()


def _reason(error: BaseException, folder: Path | None = None) -> str:
    """A short cause for one line: 'no space left on the disk' beats sqlite's 'disk I/O error'."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return "no space left on the disk"
        if error.errno == errno.EROFS:
            return "read-only file system"
        return error.strerror or str(error)
    name = getattr(error, "sqlite_errorname", "")
    if name.startswith("SQLITE_FULL") or (name.startswith("SQLITE_IOERR") and folder is not None and _nearly_full(folder)):
        return "no space left on the disk"
    if name.startswith("SQLITE_READONLY") or "readonly database" in str(error):
        return "it is read-only (read-only file system or no write permission)"
    return " ".join(str(error).split())


def _nearly_full(folder: Path) -> bool:
    """SQLite reports a failed -wal/-shm allocation on a full disk as a plain I/O error."""
    import shutil

    try:
        return shutil.disk_usage(folder).free < 1 << 20
    except OSError:
        return False


def _damaged(error: sqlite3.Error) -> bool:
    """The file's content is wrong (garbage, truncated), as opposed to the disk or permissions."""
    name = getattr(error, "sqlite_errorname", "")
    return name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or any(word in str(error) for word in ("malformed", "not a database"))


class StateLock:
    """An exclusive OS lock on `<state>.lock`, held for a whole run.

    `wait=False` refuses at once with StateBusyError; `wait=True` blocks until the other run
    ends (`on_wait` is told first, so the user knows why nothing happens).
    """

    def __init__(self, state_path: str | Path, *, wait: bool = False, on_wait: Callable[[str], None] | None = None) -> None:
        self.state_path = Path(state_path)
        self.path = self.state_path.with_name(self.state_path.name + ".lock")
        self.wait = wait
        self.on_wait = on_wait
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise StateError(f"cannot create the lock file {self.path}: {_reason(error)}") from None
        try:
            if not _try_lock(fd):
                holder = _read_holder(fd)
                message = f"another run is using the state file {self.state_path}{holder}"
                if not self.wait:
                    raise StateBusyError(f"{message}; wait for it to finish, or add --wait to start when it does")
                if self.on_wait is not None:
                    self.on_wait(f"{message}; waiting for it to finish…")
                _lock_blocking(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        try:  # who holds it, for the message of a refused run; best effort (the disk may be full)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock; the file stays (removing it would race)
            self._fd = None

    def __enter__(self) -> "StateLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode().strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""


try:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _lock_blocking(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

except ImportError:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _lock_blocking(fd: int) -> None:
        while not _try_lock(fd):
            time.sleep(0.5)


@dataclass
class CachedResult:
    key: str
    status: str  # "ok" | "error"
    summary: dict[str, Any] | None
    error_kind: str | None
    error: str | None


class State:
    """A SQLite state file; one connection, used from the thread that created it.

    Opening checks the file (SQLite integrity, then our tables and columns) and raises
    StateError with one line if it is damaged or belongs to something else. With
    `refresh=True` results stored before this State was opened are not served (`get` misses),
    so everything is summarized again and the new results replace the old.
    """

    def __init__(self, path: str | Path, *, refresh: bool = False) -> None:
        self.path = Path(path)
        self._since = time.time() if refresh else None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        except (OSError, sqlite3.Error) as error:
            raise StateError(f"cannot open the state file {self.path}: {_reason(error, self.path.parent)}") from None
        try:
            self._check()
            self.conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode survives a killed process (not a power cut) and is much faster than FULL.
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.executescript(_SCHEMA)
        except StateError:
            self.conn.close()
            raise
        except sqlite3.Error as error:
            self.conn.close()
            raise StateError(f"cannot use the state file {self.path}: {_reason(error, self.path.parent)}") from None

    def _check(self) -> None:
        """Refuse a damaged file or someone else's database before anything is written to it."""
        try:
            verdict = self.conn.execute("PRAGMA quick_check").fetchone()
            tables = {row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as error:
            if not _damaged(error):
                raise
            raise StateError(f"the state file {self.path} is damaged or not a state file ({_reason(error)}); "
                             "move it away to start afresh (its finished articles would be summarized again)") from None
        if verdict is None or verdict[0] != "ok":
            raise StateError(f"the state file {self.path} is damaged (SQLite integrity check: {verdict[0] if verdict else 'no answer'}); "
                             "move it away to start afresh (its finished articles would be summarized again)")
        if tables and "results" not in tables:
            raise StateError(f"{self.path} is an SQLite database of something else (tables: {', '.join(sorted(tables))}), "
                             "not a summarizer state file; give another --state")
        for table, expected in _COLUMNS.items():
            if table in tables:
                found = [row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")]
                if found != expected:
                    raise StateError(f"the state file {self.path} has an unknown layout (table {table}: {', '.join(found)}); "
                                     "it was written by another version of summarizer; give another --state")

    def _guard(self, action: str, error: sqlite3.Error) -> StateError:
        return StateError(f"cannot {action} the state file {self.path}: {_reason(error, self.path.parent)}")

    def get(self, key: str) -> CachedResult | None:
        try:
            row = self.conn.execute("SELECT status, summary, error_kind, error, created_at FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as error:
            raise self._guard("read", error) from None
        if row is None or (self._since is not None and row[4] < self._since):
            return None
        status, summary, error_kind, error, _ = row
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
        try:
            self.conn.execute(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, article_sha256, prompt_version, schema_version, model, status,
                 json.dumps(summary, ensure_ascii=False) if summary is not None else None, error_kind, error, time.time()),
            )
        except sqlite3.Error as error:
            raise self._guard("write to", error) from None

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
