"""The batch runner against the loopback server: order, cache, errors, 429s, outages, output formats."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from batch_helpers import HTML, article, marker, read_out, write_jsonl, write_warc
from openai_batch_server import FakeOpenAIBatchServer
from openai_server import Step
from summarizer import Summarizer
from summarizer.batch import run


@pytest.fixture
def srv():
    with FakeOpenAIBatchServer() as server:
        yield server


def make(server) -> Summarizer:
    return Summarizer(backend="openai", model="fake-model", base_url=server.base_url, api_key="test-key", timeout_s=2, max_backoff_s=1)


def test_mixed_archive_in_order_then_zero_calls_on_rerun(srv, tmp_path: Path) -> None:
    jsonl = write_jsonl(tmp_path / "a.jsonl", 5, extra_lines=["{broken", json.dumps({"id": "nt", "title": "no text"})])
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p1.html").write_text(HTML.format(i=10, n=7), encoding="utf-8")
    (folder / "p2.txt").write_bytes(b"\x00\x00\xffbinary" * 50)
    warc = write_warc(tmp_path / "crawl.warc.gz", [("https://news.example/w", HTML.format(i=11, n=9).encode(), "text/html")])
    out = tmp_path / "out.jsonl"
    log = tmp_path / "log.jsonl"

    summary = run([jsonl, folder, warc], out, summarizer=make(srv), concurrency=4, log_file=log, progress=False)
    records = read_out(out)
    assert [r["id"] for r in records] == ["a0", "a1", "a2", "a3", "a4", "6", "nt", "p1.html", "p2.txt", "https://news.example/w"]
    assert [r["status"] for r in records] == ["ok"] * 5 + ["error", "error", "ok", "error", "ok"]
    assert records[5]["error"]["kind"] == "input" and "a.jsonl:6" in records[5]["error"]["message"]
    assert "a.jsonl:7" in records[6]["error"]["message"]
    assert "p2.txt" in records[8]["error"]["message"]
    assert summary.ok == 7 and summary.errors == {"input": 3} and summary.cached == 0
    assert srv.chat_calls == 7 and summary.llm_calls == 7
    ok = records[0]
    assert set(ok) >= {"id", "status", "summary", "error", "provenance"}
    assert ok["provenance"]["model"] == "fake-model" and ok["provenance"]["cached"] is False
    assert ok["summary"]["provenance"]["article_sha256"] == ok["provenance"]["article_sha256"]
    assert len(log.read_text().splitlines()) == 10

    again = run([jsonl, folder, warc], out, summarizer=make(srv), concurrency=4, progress=False)
    assert srv.chat_calls == 7, "a rerun must make zero LLM calls"
    assert again.cached == 7 and again.ok == 7 and again.llm_calls == 0
    assert [r["id"] for r in read_out(out)] == [r["id"] for r in records]
    assert all(r["provenance"]["cached"] for r in read_out(out) if r["status"] == "ok")


def test_identical_articles_share_one_call_and_limit(srv, tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": article(1)}) + "\n" for i in range(6)), encoding="utf-8")
    summary = run([path], tmp_path / "out.jsonl", summarizer=make(srv), concurrency=8, limit=4, progress=False)
    assert summary.records == 4 and summary.ok == 4
    assert srv.chat_calls == 1


def test_429_storm_and_5xx_are_ridden_out(srv, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 12)
    srv.enqueue(*[Step(status=429, headers={"Retry-After": "0"}) for _ in range(20)], Step(status=500), Step(status=503))
    summary = run([path], tmp_path / "out.jsonl", summarizer=make(srv), concurrency=4, retry_pause_s=0.05, article_retries=8, progress=False)
    assert summary.ok == 12, summary.as_dict()
    assert srv.chat_calls == 12 + 22
    assert sorted(r["id"] for r in read_out(tmp_path / "out.jsonl")) == sorted(f"a{i}" for i in range(12))


def test_server_dies_and_comes_back(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 30)
    out = tmp_path / "out.jsonl"
    server = FakeOpenAIBatchServer(latency_s=0.05).start()
    try:
        result = {}
        worker = threading.Thread(target=lambda: result.update(summary=run(
            [path], out, summarizer=make(server), concurrency=3, retry_pause_s=0.3, article_retries=6, progress=False)))
        worker.start()
        while server.chat_calls < 6:
            time.sleep(0.01)
        server.stop()
        time.sleep(1.0)
        server.start()  # same port
        worker.join(timeout=60)
        summary = result["summary"]
        if summary.error_count:  # anything the outage still broke is not cached: a rerun redoes only that
            summary = run([path], out, summarizer=make(server), concurrency=3, progress=False)
        assert summary.ok == 30
        records = read_out(out)
        assert [r["id"] for r in records] == [f"a{i}" for i in range(30)]
        answered = {marker(r) for r in server.requests if marker(r)}
        assert len(answered) == 30
    finally:
        server.stop()


def test_parquet_output(srv, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = write_jsonl(tmp_path / "in.jsonl", 3, extra_lines=["{bad"])
    run([path], tmp_path / "out.parquet", summarizer=make(srv), progress=False)
    table = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [r["id"] for r in table] == ["a0", "a1", "a2", "4"]
    assert [r["status"] for r in table] == ["ok", "ok", "ok", "error"]
    assert json.loads(table[0]["summary"])["brief"] and table[0]["model"] == "fake-model"
    assert table[3]["error_kind"] == "input"


def test_dry_run_estimates_without_calls(srv, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 4, extra_lines=["{bad"])
    summary = run([path], tmp_path / "out.jsonl", summarizer=make(srv), dry_run=True, price_in=1.0, price_out=2.0, progress=False)
    assert srv.chat_calls == 0 and not (tmp_path / "out.jsonl").exists()
    assert summary.to_call == 4 and summary.errors == {"input": 1}
    assert summary.tokens_in > 4 * 100 and summary.cost and summary.cost > 0
    run([path], tmp_path / "out.jsonl", summarizer=make(srv), limit=2, progress=False)
    again = run([path], tmp_path / "out.jsonl", summarizer=make(srv), dry_run=True, progress=False)
    assert again.cached == 2 and again.to_call == 2 and srv.chat_calls == 2


def test_model_that_never_validates_is_an_error_record_and_cached(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 2)
    with FakeOpenAIBatchServer(responder=lambda body: {"nonsense": True}) as server:
        summary = run([path], tmp_path / "out.jsonl", summarizer=make(server), progress=False)
        calls = server.chat_calls
        assert summary.errors == {"no_valid_output": 2} and calls >= 2
        again = run([path], tmp_path / "out.jsonl", summarizer=make(server), progress=False)
        assert server.chat_calls == calls and again.cached == 2
        assert read_out(tmp_path / "out.jsonl")[0]["error"]["kind"] == "no_valid_output"


def test_cli_exit_codes_and_summary(srv, tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from summarizer.cli import app

    monkeypatch.setenv("SUMMARIZER_MAX_BACKOFF_S", "1")
    path = write_jsonl(tmp_path / "in.jsonl", 2, extra_lines=["{bad"])
    base = ["batch", str(path), "--out", str(tmp_path / "o.jsonl"), "--backend", "openai", "--model", "fake-model",
            "--base-url", srv.base_url, "--timeout", "2", "--no-progress"]
    result = CliRunner().invoke(app, base)
    assert result.exit_code == 1, result.output
    assert "batch summary" in result.output and "input" in result.output
    assert CliRunner().invoke(app, base + ["--max-errors", "1"]).exit_code == 0
    assert CliRunner().invoke(app, base + ["--max-errors", "50%"]).exit_code == 0
    dry = CliRunner().invoke(app, base + ["--dry-run", "--price-in", "0.15", "--price-out", "0.6"])
    assert dry.exit_code == 0 and "dry run" in dry.output


def test_tokens_and_cost_are_counted(srv, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 2)
    summary = run([path], tmp_path / "out.jsonl", summarizer=make(srv), price_in=1.0, price_out=1.0, progress=False)
    assert summary.tokens_in > 0 and summary.cost and summary.cost > 0
