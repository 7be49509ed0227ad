"""--openai-batch against a loopback Files + Batches server: build, submit, poll, ingest, resume."""

from __future__ import annotations

import json
from pathlib import Path

from batch_helpers import read_out, write_jsonl
from openai_batch_server import FakeOpenAIBatchServer
from summarizer import Summarizer
from summarizer.batch import run
from summarizer.batch.openai_batch import RequestBuilder, RequestFiles
from summarizer.batch.state import State


def make(server) -> Summarizer:
    return Summarizer(backend="openai", model="fake-model", base_url=server.base_url, api_key="test-key", timeout_s=2, max_backoff_s=1)


def test_request_body_is_what_the_live_pipeline_sends(tmp_path: Path) -> None:
    with FakeOpenAIBatchServer() as server:
        s = make(server)
        text = "VALDERA - Shelling killed 12 civilians on Tuesday, the health office said. Marker ART-0001."
        (body,) = RequestBuilder(s).bodies(text)
        s.summarize(text, clean=False)
        live = {k: v for k, v in server.requests[0].items() if k != "_path"}
        assert body == live


def test_request_files_respect_limits() -> None:
    files = RequestFiles(max_requests=3, max_bytes=10_000)
    for i in range(7):
        files.add(f"k{i}", f"k{i}", {"model": "m", "messages": [{"role": "user", "content": "x" * 100}]})
    assert [len(f.ids) for f in files.nonempty()] == [3, 3, 1]
    small = RequestFiles(max_requests=100, max_bytes=500)
    for i in range(4):
        small.add(f"k{i}", f"k{i}", {"content": "y" * 300})
    assert all(f.buffer.tell() <= 500 for f in small.nonempty()) and len(small.nonempty()) == 4


def test_submit_poll_ingest_then_resume_failed_ones(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", 6, extra_lines=["{bad"])
    out = tmp_path / "out.jsonl"
    with FakeOpenAIBatchServer(polls_before_done=1) as server:
        s = make(server)
        keys = []
        from summarizer.batch.readers import read_inputs
        from summarizer.batch.runner import Runner

        with State(tmp_path / "probe.sqlite") as probe:
            runner = Runner(s, probe, None)
            keys = [runner.resolve(r)[1] for r in read_inputs([inp]) if r.error is None]
        server.fail_custom_ids = {keys[2]}

        summary = run([inp], out, summarizer=s, openai_batch=True, poll_interval_s=0.05, progress=False)
        assert server.chat_calls == 0, "no live calls in batch mode"
        assert len(server.batches) == 1 and len(server.batch_requests) == 6
        assert {r["custom_id"] for r in server.batch_requests} == set(keys)
        line = server.batch_requests[0]
        assert line["method"] == "POST" and line["url"] == "/v1/chat/completions" and line["body"]["model"] == "fake-model"
        records = read_out(out)
        assert [r["id"] for r in records] == ["a0", "a1", "a2", "a3", "a4", "a5", "7"]
        assert [r["status"] for r in records] == ["ok", "ok", "error", "ok", "ok", "ok", "error"]
        assert records[2]["error"]["kind"] == "not_done" and records[6]["error"]["kind"] == "input"
        assert records[0]["summary"]["provenance"]["model"] == "fake-model"
        assert summary.ok == 5 and summary.tokens_in > 0

        server.fail_custom_ids = set()
        again = run([inp], out, summarizer=s, openai_batch=True, poll_interval_s=0.05, progress=False)
        assert len(server.batches) == 2 and len(server.batch_requests) == 7, "only the failed request is resubmitted"
        assert again.ok == 6 and all(r["status"] == "ok" for r in read_out(out)[:6])

        run([inp], out, summarizer=s, openai_batch=True, poll_interval_s=0.05, progress=False)
        assert len(server.batches) == 2 and server.chat_calls == 0, "nothing left to submit"


def test_no_wait_submits_and_a_rerun_collects(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    with FakeOpenAIBatchServer(polls_before_done=1) as server:
        s = make(server)
        first = run([inp], out, summarizer=s, openai_batch=True, batch_wait=False, progress=False)
        assert first.errors == {"not_done": 3} and len(server.batches) == 1
        second = run([inp], out, summarizer=s, openai_batch=True, batch_wait=False, progress=False)
        assert len(server.batches) == 1, "pending requests are not submitted twice"
        assert second.ok == 3 and [r["status"] for r in read_out(out)] == ["ok"] * 3
        assert json.loads(json.dumps(read_out(out)[0]["summary"]))["brief"]
