"""Output writers: one line (or row) per input record, in input order.

A JSON line is `{"id", "source", "status", "summary", "error", "provenance"}`: `summary` is a
full ArticleSummary (re-readable with `ArticleSummary.model_validate`), `error` is
`{"kind", "message"}` or null, and `provenance` repeats the summary's provenance plus `key`
(the cache key) and `cached` (true when this run took it from the state file).

Each run rewrites the output from the start; finished articles come from the state file, so a
resumed run costs nothing for them and the file never holds an article twice.

Why a `.partial` file and a rename: the records go to `OUT.partial` in the same folder, which
replaces OUT in one atomic `os.replace` when the run ends (`commit`). Until then OUT is
untouched, so a run killed at any moment (even a no-op rerun) leaves the previous complete
output as it was, and a reader never sees half a JSONL or a Parquet file without its footer.
Any write failure (disk full, read-only folder) becomes one OutputError line, and the partial
file is removed (`discard`).
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any, Callable, Protocol, TypeVar

from summarizer.errors import SummarizerError

OUT_FORMATS = ("jsonl", "parquet")
T = TypeVar("T")


class OutputError(SummarizerError):
    """The output cannot be written where asked: a folder, a read-only place, a full disk."""

    exit_code = 2


class Writer(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...
    def commit(self) -> None: ...
    def discard(self) -> None: ...


def partial_path(target: Path) -> Path:
    """Where a run writes before its output replaces `target` (same folder: rename is atomic)."""
    return target.with_name(target.name + ".partial")


def _why(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "no space left on the disk"
    if error.errno == errno.EROFS:
        return "read-only file system"
    return error.strerror or str(error)


def check_target(target: Path) -> None:
    """Refuse an output path that cannot work before anything runs: a folder, or a folder that
    is missing and cannot be made, or one that is not writable."""
    if target.is_dir():
        raise OutputError(f"--out {target} is a folder; give a file in it, e.g. --out {target / 'summaries.jsonl'}")
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create the output folder {folder}: {_why(error)}") from None
    if not os.access(folder, os.W_OK):
        raise OutputError(f"cannot write the output into {folder}: " + ("read-only file system" if _read_only(folder) else "permission denied"))


def _read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # pragma: no cover - Windows
        return False


class _Atomic:
    """The shared half of the writers: a partial file beside the target, renamed over it at the end."""

    def __init__(self, target: Path) -> None:
        check_target(target)
        self.target = target
        self.partial = partial_path(target)
        self.done = False

    def _io(self, action: Callable[[], T]) -> T:
        try:
            return action()
        except OSError as error:
            self.discard()
            raise OutputError(f"cannot write the output {self.target}: {_why(error)}; the previous output (if any) is unchanged") from None

    def _close(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def commit(self) -> None:
        """Close, flush to disk and replace the target in one rename."""
        if self.done:
            return

        def finish() -> None:
            self._close()
            with open(self.partial, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(self.partial, self.target)

        self._io(finish)
        self.done = True
        _sync_folder(self.target.parent)

    def discard(self) -> None:
        """Drop the partial file; the target stays as it was. Safe to call at any time."""
        if self.done:
            return
        self.done = True
        try:
            self._close()
        except Exception:  # closing a half-written file on a full disk fails again: it is removed anyway
            pass
        try:
            self.partial.unlink()
        except OSError:
            pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class JsonlWriter(_Atomic):
    """Line-buffered into OUT.partial: each finished record is on disk at once (`tail -f` it)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._file = self._io(lambda: open(self.partial, "w", encoding="utf-8", buffering=1))

    def write(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False) + "\n"
        self._io(lambda: self._file.write(line))

    def _close(self) -> None:
        self._file.close()


class ParquetWriter(_Atomic):
    """Rows buffered into row groups; nested results stored as JSON strings, key fields as columns."""

    ROW_GROUP = 1000

    def __init__(self, path: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        super().__init__(path)
        self._pa = pa
        self.schema = pa.schema([
            ("id", pa.string()), ("source", pa.string()), ("status", pa.string()),
            ("summary", pa.string()), ("error_kind", pa.string()), ("error_message", pa.string()),
            ("key", pa.string()), ("cached", pa.bool_()), ("model", pa.string()),
            ("prompt_version", pa.string()), ("schema_version", pa.string()), ("article_sha256", pa.string()),
            ("tokens_in", pa.int64()), ("tokens_out", pa.int64()), ("llm_calls", pa.int64()), ("latency_s", pa.float64()),
            ("negotiation_status", pa.string()),
        ])
        self._writer = self._io(lambda: pq.ParquetWriter(str(self.partial), self.schema))
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
            table = self._pa.Table.from_pylist(self._rows, schema=self.schema)
            self._rows = []
            self._io(lambda: self._writer.write_table(table))

    def _close(self) -> None:
        self._flush()
        self._writer.close()


def writer_format(path: Path, out_format: str | None = None) -> str:
    """The output format: as given, else from the extension of `path` (checked before a run starts)."""
    fmt = out_format or ("parquet" if path.suffix.lower() in {".parquet", ".pq"} else "jsonl")
    if fmt not in OUT_FORMATS:
        from summarizer.errors import InputError

        raise InputError(f"unknown --out-format {fmt!r} (one of {', '.join(OUT_FORMATS)})")
    return fmt


def open_writer(path: Path, out_format: str | None = None) -> Writer:
    """A writer into `path`'s partial file; nothing replaces `path` before its `commit`."""
    return ParquetWriter(path) if writer_format(path, out_format) == "parquet" else JsonlWriter(path)
