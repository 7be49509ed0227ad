"""Damaged inputs: every unreadable part becomes an error record with its location, the rest is read.

Each test damages a real file the way a failed download, a crashed writer or a hand edit does
(a stray quote, a cut gzip stream, a WARC cut short), then checks two things: `read_inputs`
yields one record per readable article plus an error record naming the file and line / byte
offset, and the real `summarizer batch` command (rules backend, in a subprocess) writes the same
to its output, exits with the documented code and prints no traceback and no bare "Aborted".
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from batch_helpers import HTML, article, read_out, write_warc
from summarizer.batch.readers import Record, count_records, read_inputs

ROOT = Path(__file__).resolve().parent.parent


def records(*paths: Path, **kw) -> list[Record]:
    return [r for r in read_inputs(list(paths), **kw) if isinstance(r, Record)]


def errors(got: list[Record]) -> list[Record]:
    return [r for r in got if r.error is not None]


def batch(tmp_path: Path, *inputs: Path, extra: list[str] | None = None) -> tuple[subprocess.CompletedProcess, list[dict]]:
    """The real command in a subprocess: what a user sees, exit code and output file included."""
    out = tmp_path / "out.jsonl"
    for leftover in (out, tmp_path / "out.jsonl.state.sqlite"):
        leftover.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("SUMMARIZER_BACKEND", None)
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "batch", *map(str, inputs), "--out", str(out), "--backend", "rules",
         "--no-progress", *(extra or [])],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
    )
    assert "Traceback" not in proc.stderr and "Aborted" not in proc.stderr, proc.stderr
    return proc, (read_out(out) if out.exists() else [])


def input_errors(out: list[dict]) -> list[dict]:
    bad = [r for r in out if r["status"] == "error"]
    assert all(r["error"]["kind"] == "input" for r in bad), bad
    return bad


# -- CSV: a stray double quote ------------------------------------------------------------------


def write_csv(path: Path, n: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text"])
        for i in range(n):
            writer.writerow([f"r{i}", article(i)])  # the article has commas: quoted
    return path


def test_csv_unclosed_quote_is_one_error_row_and_the_following_rows_are_read(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "in.csv", 1000)
    lines = path.read_bytes().decode("utf-8").splitlines(keepends=True)
    assert lines[500].startswith('r499,"') and lines[500].endswith('"\r\n')
    lines[500] = lines[500][: -len('"\r\n')] + "\r\n"  # row r499 (line 501) loses its closing quote
    path.write_text("".join(lines), encoding="utf-8", newline="")

    got = records(path)
    bad = errors(got)
    assert len(bad) == 1 and bad[0].source == f"{path}:501" and "quote" in bad[0].error
    good = [r.id for r in got if r.error is None]
    assert good == [f"r{i}" for i in range(1000) if i != 499]
    assert next(r for r in got if r.id == "r500").prepare().endswith("ART-0500.")

    proc, out = batch(tmp_path, path)
    assert proc.returncode == 1, proc.stderr  # one error record > --max-errors 0
    assert len(out) == 1000 and [r["source"] for r in input_errors(out)] == [f"{path}:501"]
    assert "in.csv:501" in input_errors(out)[0]["error"]["message"]


def test_csv_stray_quote_swallowing_the_rest_of_an_unquoted_file(tmp_path: Path) -> None:
    # today's failure: csv reads everything after the quote as one field (2 records, exit 0)
    rows = [f"r{i},Shelling of district {i} killed {i % 7} civilians on Tuesday. Marker ART-{i:04d}." for i in range(1000)]
    rows[3] = 'r3,"Shelling of district 3 began at dawn. Marker ART-0003.'
    path = tmp_path / "plain.csv"
    path.write_text("id,text\n" + "\n".join(rows) + "\n", encoding="utf-8")
    got = records(path)
    assert len(got) == 1000
    assert [(r.source, "quote" in (r.error or "")) for r in errors(got)] == [(f"{path}:5", True)]
    assert [r.id for r in got if r.error is None] == [f"r{i}" for i in range(1000) if i != 3]


def test_csv_multiline_quoted_fields_are_still_one_row(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text"])
        writer.writerow(["a", article(1) + "\n\nSecond paragraph, with \"quotes\".\nThird."])
        writer.writerow(["b", article(2)])
    got = records(path)
    assert [(r.id, r.source.rsplit(":", 1)[1], r.error) for r in got] == [("a", "2", None), ("b", "6", None)]
    assert '"quotes"' in got[0].text


def test_csv_header_only_and_empty_file_are_error_records(tmp_path: Path) -> None:
    header = tmp_path / "header.csv"
    header.write_text("id,text\n", encoding="utf-8")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    got = records(header, empty)
    assert [(r.source, bool(r.error)) for r in got] == [(str(header), True), (str(empty), True)]
    assert "no records" in got[0].error and "empty" in got[1].error


# -- compressed JSONL / CSV cut short -----------------------------------------------------------


def cut(path: Path, keep: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def test_truncated_jsonl_gz_keeps_what_was_read_and_names_where_it_broke(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(300):
            f.write(json.dumps({"id": f"a{i}", "text": article(i) + " " + os.urandom(40).hex()}) + "\n")
    cut(path, 0.5)
    got = records(path)
    good = [r for r in got if r.error is None]
    assert 50 < len(good) < 300 and [r.id for r in good] == [f"a{i}" for i in range(len(good))]
    (bad,) = errors(got)
    assert bad is got[-1] and bad.source == f"{path}:{len(good) + 1}"
    assert "ends early" in bad.error or "truncated" in bad.error
    assert count_records([path]) == len(good) + 1

    proc, out = batch(tmp_path, path)
    assert proc.returncode == 1, proc.stderr
    assert len(out) == len(good) + 1 and out[-1]["source"] == bad.source
    assert [r["status"] for r in out[:-1]] == ["ok"] * len(good) and input_errors(out) == [out[-1]]


def test_truncated_csv_gz_keeps_what_was_read(tmp_path: Path) -> None:
    plain = write_csv(tmp_path / "rows.csv", 300)
    path = tmp_path / "in.csv.gz"
    path.write_bytes(gzip.compress(plain.read_bytes()))
    cut(path, 0.6)
    got = records(path)
    good = [r for r in got if r.error is None]
    assert 20 < len(good) < 300 and [r.id for r in good] == [f"r{i}" for i in range(len(good))]
    assert got[-1].error and "in.csv.gz:" in got[-1].source
    assert len(errors(got)) <= 2  # the cut row (an unclosed quote) and/or the cut stream

    proc, out = batch(tmp_path, path)
    assert proc.returncode == 1, proc.stderr
    assert len(out) == len(got) and len(input_errors(out)) == len(errors(got))


def test_corrupt_and_fake_gzip_are_error_records(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.jsonl.gz"
    with gzip.open(corrupt, "wt", encoding="utf-8") as f:
        for i in range(300):
            f.write(json.dumps({"id": f"a{i}", "text": article(i) + " " + os.urandom(40).hex()}) + "\n")
    data = bytearray(corrupt.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)  # a run of zeros inside the deflate stream
    corrupt.write_bytes(bytes(data))
    fake = tmp_path / "fake.jsonl.gz"
    fake.write_text(json.dumps({"id": "x", "text": article(1)}) + "\n", encoding="utf-8")
    got = records(corrupt, fake)
    assert got[-1].error and got[-1].source == f"{fake}:1" and "gzip" in got[-1].error
    broken = [r for r in got if r.error and str(corrupt) in r.source]
    assert broken and [r.id for r in got if r.error is None][:10] == [f"a{i}" for i in range(10)]
    count_records([corrupt])  # no crash
    count_records([fake])


# -- JSONL line damage ---------------------------------------------------------------------------


def test_jsonl_bad_lines_each_become_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": article(1)}).encode(),
        b'{"id": "latin1", "text": "caf\xe9 bombing in Valdera killed three civilians on Tuesday"}',
        b"[1, 2, 3]",
        json.dumps({"id": "notext", "body": article(3)}).encode(),
        json.dumps({"id": "ok2", "text": article(4)}).encode(),
        b'{"id": "cut", "text": "Shelling of',
    ]
    path.write_bytes(b"\n".join(lines))
    got = records(path)
    assert [(r.id, r.source.rsplit(":", 1)[1], r.error is None) for r in got] == [
        ("ok1", "1", True), ("2", "2", False), ("3", "3", False), ("notext", "4", False), ("ok2", "5", True), ("6", "6", False),
    ]
    assert "UTF-8" in got[1].error and "not an object" in got[2].error and "'text'" in got[3].error

    proc, out = batch(tmp_path, path)
    assert proc.returncode == 1, proc.stderr
    assert [r["status"] for r in out] == ["ok", "error", "error", "error", "ok", "error"]
    assert [r["source"].rsplit(":", 1)[1] for r in input_errors(out)] == ["2", "3", "4", "6"]
    assert all(r["source"] in r["error"]["message"] for r in input_errors(out))
    again, _ = batch(tmp_path, path, extra=["--max-errors", "-1"])
    assert again.returncode == 0, again.stderr


def test_empty_jsonl_and_blank_only_jsonl_are_error_records(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes(b"\n \n\n")
    got = records(empty, blank)
    assert [(r.source, "empty" in (r.error or "") or "no records" in (r.error or "")) for r in got] == [(str(empty), True), (str(blank), True)]
    assert count_records([empty, blank]) == 2

    proc, out = batch(tmp_path, empty, blank)
    assert proc.returncode == 1, proc.stderr
    assert [r["source"] for r in input_errors(out)] == [str(empty), str(blank)]


# -- folders -------------------------------------------------------------------------------------


def test_folder_binary_and_empty_files_are_error_records(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(300))
    (folder / "c.txt").write_bytes(b"")
    (folder / "d.html").write_text(HTML.format(i=4, n=7), encoding="utf-8")
    proc, out = batch(tmp_path, folder)
    assert proc.returncode == 1, proc.stderr
    assert [(r["id"], r["status"]) for r in out] == [("a.txt", "ok"), ("b.txt", "error"), ("c.txt", "error"), ("d.html", "ok")]
    assert [r["source"] for r in input_errors(out)] == [str(folder / "b.txt"), str(folder / "c.txt")]
    assert all(r["source"] in r["error"]["message"] for r in input_errors(out))


# -- WARC ---------------------------------------------------------------------------------------


def pages(n: int) -> list[tuple[str, bytes, str]]:
    return [(f"https://news.example/{i}", HTML.format(i=i, n=3 + i).encode(), "text/html; charset=utf-8") for i in range(n)]


def record_offsets(path: Path) -> list[int]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as f:
        it = ArchiveIterator(f)
        return [it.get_record_offset() for _ in it]


def test_warc_gz_truncated_inside_a_record_is_an_error_record(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", pages(3))
    offsets = record_offsets(path)
    size = path.stat().st_size
    path.write_bytes(path.read_bytes()[: offsets[2] + (size - offsets[2]) // 2])  # cut the third record in half
    got = records(path)
    assert [r.error is None for r in got] == [True, True, False]
    assert got[2].source == f"{path}@{offsets[2]}" and "truncated" in got[2].error
    count_records([path])

    proc, out = batch(tmp_path, path)
    assert proc.returncode == 1, proc.stderr
    assert [r["status"] for r in out] == ["ok", "ok", "error"]
    assert input_errors(out)[0]["source"] == f"{path}@{offsets[2]}"


def test_plain_warc_record_shorter_than_its_content_length_is_an_error_record(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc", pages(2), gz=False)
    offsets = record_offsets(path)
    path.write_bytes(path.read_bytes()[:-300])  # the last page loses its end (and the record separator)
    got = records(path)
    assert [r.error is None for r in got] == [True, False]
    assert got[1].source == f"{path}@{offsets[1]}" and "truncated" in got[1].error

    proc, out = batch(tmp_path, path)
    assert proc.returncode == 1, proc.stderr
    assert [r["status"] for r in out] == ["ok", "error"] and "truncated" in out[1]["error"]["message"]


def test_empty_warc_is_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(b"")
    (only,) = records(path)
    assert only.source == str(path) and "empty" in only.error


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_warc_cut_anywhere_in_its_last_record_never_loses_it_silently(tmp_path: Path, gz: bool) -> None:
    # every cut point: inside the WARC headers, the HTTP headers, the payload, the gzip trailer
    full_path = write_warc(tmp_path / ("full.warc" + (".gz" if gz else "")), pages(3), gz=gz)
    offsets, full = record_offsets(full_path), full_path.read_bytes()
    path = tmp_path / ("cut.warc" + (".gz" if gz else ""))
    for cut_at in range(offsets[2] + 1, len(full), 7):
        path.write_bytes(full[:cut_at])
        got = records(path)
        assert [r.error for r in got[:2]] == [None, None] and len(got) == 3, (cut_at, got)
        last = got[2]
        assert (last.error and "WARC record" in last.error and last.source == f"{path}@{offsets[2]}") or (
            last.error is None and last.data.endswith(b"</html>")), (cut_at, last)
