"""Streaming readers, one per input format, all yielding `Record`s in input order.

Every reader is a generator: an archive of a million pages is never held in memory, only the
record being handed out. A record the reader cannot make sense of (a bad JSON line, a row
without text, a broken WARC record) is still yielded, with `error` set and `source` naming the
file and line or byte offset, so the run writes an error record for it instead of silently
dropping it or crashing. Damage that ends or confuses a whole file (a gzip stream cut short, a
stray double quote in a CSV, a WARC record shorter than its Content-Length, an empty file) is
reported the same way, once, at the place it happened, and everything readable is still read.

Decoding, HTML boilerplate removal and cleaning are *not* done here but in `prepare`, so the
same code path (summarizer.load) turns every format into the clean text all offsets refer to.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import zlib
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Generic, Iterable, Iterator, TypeVar

from summarizer.errors import InputError
from summarizer.load import article_from_bytes, clean_text, html_to_text, looks_like_html

FORMATS = ("jsonl", "csv", "folder", "warc")
FOLDER_SUFFIXES = {".txt": False, ".text": False, ".html": True, ".htm": True, ".xhtml": True}
# A CSV field longer than this is taken for an unclosed quote that swallowed the rest of the file
# (no article is 16 M characters); it also bounds the lines held to re-read after such a quote.
MAX_CSV_FIELD_CHARS = 16 * 2**20
# What a damaged file raises while it is read: a gzip stream cut short (EOFError), a corrupt one
# (zlib.error, gzip.BadGzipFile: CRC, not gzip at all), a failing disk (OSError).
STREAM_ERRORS = (EOFError, OSError, zlib.error)

T = TypeVar("T")


@dataclass
class Record:
    """One input article as read, before cleaning. `index` is its place in the output order."""

    index: int
    id: str
    source: str
    text: str | None = None
    data: bytes | None = None
    html: bool | None = None
    error: str | None = None

    def prepare(self) -> str:
        """Clean article text for this record (raises InputError with the source named)."""
        if self.error is not None:
            raise InputError(f"{self.source}: {self.error}")
        if self.data is not None:
            return article_from_bytes(self.data, self.source, html=self.html)
        text = self.text or ""
        if self.html or (self.html is None and looks_like_html(text)):
            text = html_to_text(text, self.source)
        return clean_text(text, self.source)


@dataclass
class Skipped:
    """A record that is not an article (an image in a WARC, a 404 page): counted, not summarized."""

    source: str
    reason: str


def detect_format(path: Path) -> str:
    """The input format from the path: a folder, or the extension (compression suffix ignored)."""
    if path.is_dir():
        return "folder"
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return "warc"
    for suffix in (".gz",):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if name.endswith((".csv", ".tsv")):
        return "csv"
    raise InputError(f"{path}: cannot tell the input format from the name; pass --input-format ({' | '.join(FORMATS)})")


def _open_binary(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _record_id(value: object, fallback: str) -> str:
    if value is None or value == "":
        return fallback
    return str(value)


def _stream_problem(error: BaseException) -> str:
    """Why reading a file stopped, in words a user can act on."""
    if isinstance(error, EOFError):
        return "the compressed file ends early (cut short: an interrupted download or copy?)"
    if isinstance(error, (zlib.error, gzip.BadGzipFile)):
        return f"not valid gzip data ({error})"
    return f"cannot read the file ({getattr(error, 'strerror', None) or error})"


class _Lines(Generic[T]):
    """The numbered lines of a stream, ending (not raising) where the stream breaks.

    A truncated or corrupt .gz raises in the middle of iteration; catching it here lets the
    reader keep every line before the damage and then report one error where it happened.
    """

    def __init__(self, stream: Iterable[T]) -> None:
        self._stream = stream
        self.count = 0  # lines read so far
        self.broken: str | None = None  # why reading stopped early, if it did

    def __iter__(self) -> Iterator[tuple[int, T]]:
        iterator = iter(self._stream)
        while True:
            try:
                line = next(iterator)
            except StopIteration:
                return
            except STREAM_ERRORS as error:
                self.broken = _stream_problem(error)
                return
            self.count += 1
            yield self.count, line


def _file_error(path: Path, line_no: int | None, message: str) -> Record:
    """An error about the file itself (empty, cut short), placed at the line where it shows."""
    source = str(path) if line_no is None else f"{path}:{line_no}"
    return Record(0, path.name if line_no is None else str(line_no), source, error=message)


def _broken_at(path: Path, lines: _Lines) -> Record:
    return _file_error(path, lines.count + 1, f"reading stopped at line {lines.count + 1}: {lines.broken}; the records before it were kept")


def read_jsonl(path: Path, *, text_field: str = "text", id_field: str = "id") -> Iterator[Record]:
    """One JSON object per line; id from `id_field`, else the line number. Blank lines are ignored."""
    with _open_binary(path) as stream:
        lines: _Lines[bytes] = _Lines(stream)
        seen = False
        for line_no, raw in lines:
            if not raw.strip():
                continue
            seen = True
            source = f"{path}:{line_no}"
            fallback = str(line_no)
            try:
                obj = json.loads(raw)
            except UnicodeDecodeError as error:
                yield Record(0, fallback, source, error=f"bytes that are not UTF-8 (byte {raw[error.start]:#04x} at column {error.start + 1})")
                continue
            except json.JSONDecodeError as error:
                yield Record(0, fallback, source, error=f"not a valid JSON line ({error})")
                continue
            if not isinstance(obj, dict):
                yield Record(0, fallback, source, error=f"a JSON {type(obj).__name__}, not an object")
                continue
            rid = _record_id(obj.get(id_field), fallback)
            text = obj.get(text_field)
            if not isinstance(text, str) or not text.strip():
                what = "is missing" if text is None else ("is empty" if isinstance(text, str) else f"is a {type(text).__name__}, not text")
                yield Record(0, rid, source, error=f"field {text_field!r} {what}")
                continue
            yield Record(0, rid, source, text=text)
        if lines.broken:
            yield _broken_at(path, lines)
        elif not seen:
            yield _file_error(path, None, "empty file: no records" if lines.count == 0 else "no records (only blank lines)")


class _ReplayLines:
    """The lines csv.reader parses, remembering those of the current row so they can be re-read.

    csv.reader pulls one line at a time and never reads ahead, so the lines taken since
    `start_row` are exactly the current row's. When the row turns out not to be CSV (a stray
    quote opened a field that swallowed the following rows), `resync` puts back all of them
    but the first, and the following rows are read again as rows of their own.
    """

    def __init__(self, lines: Iterator[tuple[int, str]]) -> None:
        self._lines = lines
        self._replay: deque[tuple[int, str]] = deque()
        self.taken: list[tuple[int, str]] = []

    def __iter__(self) -> _ReplayLines:
        return self

    def __next__(self) -> str:
        item = self._replay.popleft() if self._replay else next(self._lines)
        self.taken.append(item)
        return item[1]

    def start_row(self) -> None:
        self.taken = []

    def resync(self) -> int:
        """Put back the failed row's lines after its first; returns that first line's number."""
        first, rest = self.taken[0][0], self.taken[1:]
        self._replay.extendleft(reversed(rest))
        self.taken = []
        return first


def _csv_rows(lines: _ReplayLines, dialect: str) -> Iterator[tuple[int, list[str] | None, str | None]]:
    """(first line, fields, None) per row, or (first line, None, why) for a row that is not CSV.

    Strict parsing is what notices damage: the lenient default reads a field opened by a stray
    quote to the end of the file without a word. After a bad row, reading resumes on the line
    after its first, with a fresh reader (the old one is stuck inside the row).
    """
    while True:
        reader = csv.reader(lines, dialect=dialect, strict=True)
        while True:
            lines.start_row()
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                spanned = len(lines.taken)
                first = lines.resync()
                why = f"malformed CSV row ({error}): a stray or unclosed double quote?"
                if spanned > 1:
                    why += f" The {spanned - 1} line(s) it ran into are read again as rows of their own."
                yield first, None, why
                break
            if fields:  # [] is a blank line
                yield lines.taken[0][0], fields, None


def read_csv(path: Path, *, text_field: str = "text", id_field: str = "id") -> Iterator[Record]:
    """A CSV (or TSV) with a header row; id from `id_field`, else the row's line number."""
    csv.field_size_limit(MAX_CSV_FIELD_CHARS)  # articles are longer than csv's 128 kB default
    dialect = "excel-tab" if path.name.lower().removesuffix(".gz").endswith(".tsv") else "excel"
    with _open_binary(path) as binary:
        # surrogateescape: an undecodable row becomes an error record instead of ending the file
        stream = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="")
        lines: _Lines[str] = _Lines(stream)
        rows = _csv_rows(_ReplayLines(iter(lines)), dialect)
        header: list[str] | None = None
        seen = False
        for start_line, fields, why in rows:
            source = f"{path}:{start_line}"
            if header is None:
                if fields is None:
                    yield Record(0, str(start_line), source, error=f"{why} in the header row; the file cannot be read without it")
                    return
                header = fields
                if text_field not in header:
                    yield Record(0, "1", f"{path}:1", error=f"no column {text_field!r} in the header ({', '.join(header)}); pass --text-field")
                    return
                continue
            seen = True
            if fields is None:
                yield Record(0, str(start_line), source, error=str(why))
                continue
            row = dict(zip(header, fields))
            rid = _record_id(row.get(id_field), str(start_line))
            text = row.get(text_field)
            if text is None or not text.strip():
                yield Record(0, rid, source, error=f"column {text_field!r} is {'missing' if text is None else 'empty'}")
                continue
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                yield Record(0, rid, source, error="bytes that are not UTF-8")
                continue
            yield Record(0, rid, source, text=text)
        if lines.broken:
            yield _broken_at(path, lines)
        elif not seen:
            yield _file_error(path, None, "empty file: no records" if header is None else "only a header row, no records")


def read_folder(path: Path) -> Iterator[Record]:
    """Every .txt/.html file under the folder, in sorted path order; id is the relative path."""
    seen = False
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            suffix = Path(name).suffix.lower()
            if suffix not in FOLDER_SUFFIXES:
                continue
            seen = True
            file = Path(root) / name
            rid = file.relative_to(path).as_posix()
            try:
                data = file.read_bytes()
            except OSError as error:
                yield Record(0, rid, str(file), error=f"cannot read ({error.strerror})")
                continue
            yield Record(0, rid, str(file), data=data, html=True if FOLDER_SUFFIXES[suffix] else None)
    if not seen:
        yield _file_error(path, None, f"no {', '.join(sorted(FOLDER_SUFFIXES))} files in the folder")


def _headers_complete(record: object) -> bool:
    """Whether warcio parsed a whole record header: it also hands out a record whose headers
    were cut short (no Content-Length, so no length to hold the payload to)."""
    headers = record.rec_headers  # type: ignore[attr-defined]
    if record.format == "arc":  # type: ignore[attr-defined]
        length = headers.get_header("length")
    else:
        length = headers.get_header("Content-Length")
        if not record.rec_type:  # type: ignore[attr-defined]
            return False
    return length is not None and length.strip().isdigit()


def read_warc(path: Path) -> Iterator[Record | Skipped]:
    """HTTP response records of a WARC / WARC.gz whose payload is HTML or text.

    The id is the WARC-Target-URI; `source` gives the record's byte offset. Non-article
    records (requests, metadata, images, non-2xx pages) are yielded as `Skipped`. A response
    record shorter than its Content-Length (the file was cut inside it) is an error record:
    warcio hands out what is there without complaint, so its LimitReader's unread `limit` is
    checked, and bytes left after the last record warcio saw are a record cut in its headers.
    A broken record ends the file (a WARC cannot be resynchronised reliably) with an error record.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.limitreader import LimitReader

    with open(path, "rb") as stream:
        iterator = ArchiveIterator(stream)
        last_offset = 0  # where the record just read started
        seen = False
        while True:
            try:
                record = next(iterator)
                seen = True
                if not _headers_complete(record):
                    last_offset = iterator.get_record_offset()
                    where = f"{path}@{last_offset}"
                    yield Record(0, where, where, error="damaged WARC record: its headers have no valid WARC-Type or Content-Length (the file ends inside them?)")
                    continue
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("WARC-Record-ID") or ""
                reason = None
                if record.rec_type == "response":
                    status = record.http_headers.get_statuscode() if record.http_headers else None
                    ctype = (record.http_headers.get_header("Content-Type") or "").lower() if record.http_headers else ""
                    if record.http_headers is None:
                        reason = "response without HTTP headers"
                    elif not (status or "").startswith("2"):
                        reason = f"HTTP {status}"
                else:
                    ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
                if reason is None and ctype and not any(t in ctype for t in ("html", "text/plain")):
                    reason = f"content type {ctype.split(';')[0]}"
                # warcio knows a record's offset only once it is read to the end, so read first
                data = b"" if reason else record.content_stream().read()
                last_offset = iterator.get_record_offset()  # reads the record to its end
                missing = record.raw_stream.limit if isinstance(record.raw_stream, LimitReader) else 0
            except StopIteration:
                # warcio ends quietly at a record cut inside its headers; its `offset` is then
                # where that record starts, short of the end of the file
                leftover = os.fstat(stream.fileno()).st_size - iterator.offset
                if leftover > 0:
                    where = f"{path}@{iterator.offset}"
                    yield Record(0, where, where, error=f"truncated WARC record: the file ends {leftover} bytes into its headers")
                elif not seen:
                    yield _file_error(path, None, "empty file: no WARC records")
                return
            except Exception as error:  # warcio raises several types for damaged archives
                # warcio's `offset` is where the record being read (or looked for) starts
                where = f"{path}@{iterator.offset}"
                yield Record(0, where, where, error=f"broken WARC record at offset {iterator.offset} ({type(error).__name__}: {error}); rest of the file skipped")
                return
            source = f"{path}@{last_offset}"
            if missing:  # even one that would be skipped: its headers may be cut too
                length = record.length or 0
                yield Record(0, uri or source, source, error=f"truncated WARC record: {length - missing} of its {length} bytes (the file ends inside it)")
                continue
            if reason:
                yield Skipped(source, reason)
            else:
                yield Record(0, uri or source, source, data=data, html=None if "text/plain" in ctype else True)


def read_inputs(
    paths: list[Path],
    *,
    input_format: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[Record | Skipped]:
    """All inputs, one after the other, numbered in one output order (Skipped are not numbered)."""
    index = 0
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        fmt = input_format or detect_format(path)
        if fmt == "jsonl":
            records: Iterator[Record | Skipped] = read_jsonl(path, text_field=text_field, id_field=id_field)
        elif fmt == "csv":
            records = read_csv(path, text_field=text_field, id_field=id_field)
        elif fmt == "folder":
            if not path.is_dir():
                raise InputError(f"{path}: --input-format folder needs a folder")
            records = read_folder(path)
        elif fmt == "warc":
            records = read_warc(path)
        else:
            raise InputError(f"unknown --input-format {fmt!r} (one of {', '.join(FORMATS)})")
        for record in records:
            if isinstance(record, Record):
                record.index = index
                index += 1
            yield record


def count_records(paths: list[Path], *, input_format: str | None = None) -> int | None:
    """A cheap upper bound on the record count for the progress bar; None when unknown (WARC)."""
    total = 0
    for path in paths:
        fmt = input_format or (detect_format(path) if path.exists() else None)
        if fmt == "jsonl":
            with _open_binary(path) as stream:
                lines: _Lines[bytes] = _Lines(stream)
                found = sum(1 for _, line in lines if line.strip())
            # the readers' extra error record: where a damaged file broke, or that it had none
            total += found + 1 if lines.broken else max(found, 1)
        elif fmt == "folder":
            found = sum(1 for _, _, files in os.walk(path) for f in files if Path(f).suffix.lower() in FOLDER_SUFFIXES)
            total += max(found, 1)
        else:
            return None  # CSV rows can span lines and WARC record counts need a full parse
    return total
