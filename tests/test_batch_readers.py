"""Readers: every format streams records in order, and bad records become error records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from batch_helpers import HTML, article, write_jsonl, write_warc
from summarizer.batch.readers import Record, count_records, detect_format, read_inputs
from summarizer.errors import InputError


def records(*paths: Path, **kw) -> list[Record]:
    return [r for r in read_inputs(list(paths), **kw) if isinstance(r, Record)]


def test_jsonl_ids_fields_and_malformed_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "x1", "body": article(1)}) + "\n"
        + "{not json\n\n"
        + json.dumps({"body": article(2)}) + "\n"
        + json.dumps({"id": "x4"}) + "\n"
        + json.dumps([1, 2]) + "\n",
        encoding="utf-8",
    )
    got = records(path, text_field="body")
    assert [r.id for r in got] == ["x1", "2", "4", "x4", "6"]
    assert [r.index for r in got] == [0, 1, 2, 3, 4]
    assert got[0].prepare().endswith("ART-0001.")
    assert got[1].error and "JSON" in got[1].error and got[1].source.endswith("in.jsonl:2")
    assert got[2].error is None  # no id field: the line number
    assert "missing" in got[3].error
    with pytest.raises(InputError, match=r"in.jsonl:6"):
        got[4].prepare()
    assert count_records([path]) == 5


def test_jsonl_gz_and_html_in_a_field(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "h", "text": HTML.format(i=7, n=10)}) + "\n")
    (rec,) = records(path)
    text = rec.prepare()
    assert "ART-0007" in text and "Subscribe" not in text and "Copyright" not in text


def test_csv_with_custom_columns_and_missing_text(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text('key,content\nk1,"' + article(1).replace('"', '""') + '"\nk2,\n,"' + article(3) + '"\n', encoding="utf-8")
    got = records(path, text_field="content", id_field="key")
    assert [r.id for r in got] == ["k1", "k2", "4"]
    assert got[1].error and "empty" in got[1].error and got[1].source.endswith(":3")
    assert "ART-0003" in got[2].prepare()
    bad = tmp_path / "bad.csv"
    bad.write_text("id,text\n1,hello\n", encoding="utf-8")
    (only,) = records(bad, text_field="body")
    assert "no column 'body'" in only.error


def test_folder_txt_html_and_binary(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    (folder / "sub" / "b.html").write_text(HTML.format(i=2, n=5), encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 20)
    (folder / "ignored.png").write_bytes(b"\x89PNG")
    got = records(folder)
    assert [r.id for r in got] == ["a.txt", "c.txt", "sub/b.html"]
    assert "ART-0002" in got[2].prepare() and "Home" not in got[2].prepare()
    with pytest.raises(InputError, match="binary"):
        got[1].prepare()
    assert detect_format(folder) == "folder" and count_records([folder]) == 3


def test_warc_responses_skips_and_broken_record(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", [
        ("https://news.example/1", HTML.format(i=1, n=4).encode(), "text/html; charset=utf-8"),
        ("https://news.example/logo.png", b"\x89PNG....", "image/png"),
        ("https://news.example/2", article(2).encode(), "text/plain"),
    ])
    items = list(read_inputs([path]))
    assert [type(x).__name__ for x in items] == ["Record", "Skipped", "Record"]
    first, _, second = items
    assert first.id == "https://news.example/1" and "@" in first.source
    assert "ART-0001" in first.prepare() and "Cookie" not in first.prepare()
    assert "ART-0002" in second.prepare()
    # a damaged archive: valid records, then garbage where the next record should start
    broken = tmp_path / "broken.warc"
    write_warc(broken, [("https://news.example/3", article(3).encode(), "text/plain")], gz=False)
    garbage_at = broken.stat().st_size
    with open(broken, "ab") as f:
        f.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated")
    got = list(read_inputs([broken]))
    assert isinstance(got[0], Record) and got[0].error is None
    assert isinstance(got[-1], Record) and got[-1].error and "broken WARC record" in got[-1].error
    assert got[-1].source == f"{broken}@{garbage_at}"  # where the broken record starts


def test_inputs_are_numbered_across_files_and_unknown_format_is_refused(tmp_path: Path) -> None:
    a = write_jsonl(tmp_path / "a.jsonl", 2)
    b = write_jsonl(tmp_path / "b.jsonl", 2)
    assert [r.index for r in records(a, b)] == [0, 1, 2, 3]
    odd = tmp_path / "x.bin"
    odd.write_text("x")
    with pytest.raises(InputError, match="--input-format"):
        records(odd)
    assert [r.id for r in records(odd, input_format="jsonl")] == ["1"]
