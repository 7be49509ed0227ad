"""Streaming readers, one per input format, all yielding `Record`s in input order.

Every reader is a generator: an archive of a million pages is never held in memory, only the
record being handed out. A record the reader cannot make sense of (a bad JSON line, a row
without text, a broken WARC record) is still yielded, with `error` set and `source` naming the
file and line or byte offset, so the run writes an error record for it instead of silently
dropping it or crashing.

Decoding, HTML boilerplate removal and cleaning are *not* done here but in `prepare`, so the
same code path (summarizer.load) turns every format into the clean text all offsets refer to.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

from summarizer.errors import InputError
from summarizer.load import article_from_bytes, clean_text, html_to_text, looks_like_html

FORMATS = ("jsonl", "csv", "folder", "warc")
FOLDER_SUFFIXES = {".txt": False, ".text": False, ".html": True, ".htm": True, ".xhtml": True}


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


def read_jsonl(path: Path, *, text_field: str = "text", id_field: str = "id") -> Iterator[Record]:
    """One JSON object per line; id from `id_field`, else the line number. Blank lines are ignored."""
    with _open_binary(path) as stream:
        for line_no, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            source = f"{path}:{line_no}"
            fallback = str(line_no)
            try:
                obj = json.loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
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


def read_csv(path: Path, *, text_field: str = "text", id_field: str = "id") -> Iterator[Record]:
    """A CSV (or TSV) with a header row; id from `id_field`, else the row's line number."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # articles are longer than csv's 128 kB default
    dialect = "excel-tab" if path.name.lower().removesuffix(".gz").endswith(".tsv") else "excel"
    with _open_binary(path) as binary:
        # surrogateescape: an undecodable row becomes an error record instead of ending the file
        stream = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="")
        reader = csv.DictReader(stream, dialect=dialect)
        if reader.fieldnames is None:
            return
        if text_field not in reader.fieldnames:
            yield Record(0, "1", f"{path}:1", error=f"no column {text_field!r} in the header ({', '.join(reader.fieldnames)}); pass --text-field")
            return
        line_no = reader.line_num
        while True:
            start_line = line_no + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                line_no = reader.line_num
                yield Record(0, str(start_line), f"{path}:{start_line}", error=f"malformed CSV row ({error})")
                continue
            line_no = reader.line_num
            source = f"{path}:{start_line}"
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


def read_folder(path: Path) -> Iterator[Record]:
    """Every .txt/.html file under the folder, in sorted path order; id is the relative path."""
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            suffix = Path(name).suffix.lower()
            if suffix not in FOLDER_SUFFIXES:
                continue
            file = Path(root) / name
            rid = file.relative_to(path).as_posix()
            try:
                data = file.read_bytes()
            except OSError as error:
                yield Record(0, rid, str(file), error=f"cannot read ({error.strerror})")
                continue
            yield Record(0, rid, str(file), data=data, html=True if FOLDER_SUFFIXES[suffix] else None)


def read_warc(path: Path) -> Iterator[Record | Skipped]:
    """HTTP response records of a WARC / WARC.gz whose payload is HTML or text.

    The id is the WARC-Target-URI; `source` gives the record's byte offset. Non-article
    records (requests, metadata, images, non-2xx pages) are yielded as `Skipped`. A broken
    record ends the file (a WARC cannot be resynchronised reliably) with an error record.
    """
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as stream:
        iterator = ArchiveIterator(stream)
        last_offset = 0  # where the last good record started; a broken one is after it
        while True:
            try:
                record = next(iterator)
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
                last_offset = iterator.get_record_offset()
            except StopIteration:
                return
            except Exception as error:  # warcio raises several types for damaged archives
                where = f"{path}@{last_offset}+"
                yield Record(0, where, where, error=f"broken WARC record after offset {last_offset} ({type(error).__name__}: {error}); rest of the file skipped")
                return
            source = f"{path}@{last_offset}"
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
                total += sum(1 for line in stream if line.strip())
        elif fmt == "folder":
            total += sum(1 for _, _, files in os.walk(path) for f in files if Path(f).suffix.lower() in FOLDER_SUFFIXES)
        else:
            return None  # CSV rows can span lines and WARC record counts need a full parse
    return total
