"""--engine processes: worker processes over one state file give the async engine's output, and
a run that cannot succeed still stops early, with what finished written and a way to resume."""

from __future__ import annotations

from pathlib import Path

import pytest

from batch_helpers import read_out, write_jsonl
from openai_batch_server import FakeOpenAIBatchServer
from openai_server import FakeOpenAIServer, Step
from responders import answer
from summarizer import Summarizer
from summarizer.batch import run
from summarizer.errors import BackendError


def endpoint(base_url: str) -> Summarizer:
    return Summarizer(backend="openai", model="fake-model", base_url=base_url, api_key="test-key", timeout_s=5, max_attempts=2, max_backoff_s=0.2)


def _without_timing(summary: dict) -> dict:
    return {**summary, "provenance": {k: v for k, v in summary["provenance"].items() if k != "latency_s"}}


def test_processes_engine_matches_async_output_and_caches(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", 12, extra_lines=["{bad"])
    with FakeOpenAIBatchServer() as server:
        s = endpoint(server.base_url)
        summary = run([inp], tmp_path / "proc.jsonl", summarizer=s, engine="processes", workers=2, concurrency=4, progress=False)
        assert summary.ok == 12 and summary.errors == {"input": 1}
        assert server.chat_calls == 12 and summary.llm_calls == 12
        out = read_out(tmp_path / "proc.jsonl")
        assert [r["id"] for r in out][:12] == [f"a{i}" for i in range(12)]  # input order, whichever worker finished first
        # the async engine over the same state: everything cached, nothing asked again
        again = run([inp], tmp_path / "again.jsonl", state=tmp_path / "proc.jsonl.state.sqlite", summarizer=s, progress=False)
        assert server.chat_calls == 12 and again.cached == 12
        # a cached rerun with the processes engine asks nothing
        cached = run([inp], tmp_path / "again2.jsonl", state=tmp_path / "proc.jsonl.state.sqlite", summarizer=s, engine="processes", workers=2, progress=False)
        assert server.chat_calls == 12 and cached.cached == 12
        # and a fresh async run makes the same summaries
        run([inp], tmp_path / "async.jsonl", summarizer=s, progress=False)
        assert [_without_timing(r["summary"]) for r in read_out(tmp_path / "async.jsonl")[:12]] == [_without_timing(r["summary"]) for r in out[:12]]


def test_processes_engine_stops_early_on_a_refused_key_and_writes_what_finished(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", 30)
    with FakeOpenAIServer(responder=answer()) as server:
        server.enqueue(Step(), Step(), *[Step(status=401) for _ in range(60)])
        with pytest.raises(BackendError, match="refused the API key.*run the same command again"):
            run([inp], tmp_path / "out.jsonl", summarizer=endpoint(server.base_url), engine="processes", workers=2, concurrency=2, progress=False)
        assert server.chat_calls < 30, "the workers stop: the other articles are not sent"
        out = read_out(tmp_path / "out.jsonl")
        assert len(out) == 30
        finished = sum(r["status"] == "ok" for r in out)
        assert finished >= 1, "what finished before the stop is written"
        assert {r["error"]["kind"] for r in out if r["status"] == "error"} == {"not_done"}
        # the same command again once the key is accepted: the rest is done, nothing twice
        server.script.clear()
        before = server.chat_calls
        summary = run([inp], tmp_path / "out.jsonl", summarizer=endpoint(server.base_url), engine="processes", workers=2, concurrency=2, progress=False)
        assert summary.ok == 30 and server.chat_calls - before == 30 - finished


def test_processes_engine_refuses_the_embedded_model(tmp_path: Path) -> None:
    from summarizer.errors import InputError

    inp = write_jsonl(tmp_path / "in.jsonl", 2)
    with pytest.raises(InputError, match="endpoint backend"):
        run([inp], tmp_path / "out.jsonl", summarizer=Summarizer(backend="local"), engine="processes", progress=False)
    assert not (tmp_path / "out.jsonl").exists()
