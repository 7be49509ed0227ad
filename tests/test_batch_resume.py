"""A batch killed mid-run (kill -9 or Ctrl-C) resumes without losing or repeating work."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from batch_helpers import marker, read_out, write_jsonl
from openai_batch_server import FakeOpenAIBatchServer

N = 40


def cli(inp: Path, out: Path, base_url: str, *extra: str) -> list[str]:
    return [sys.executable, "-c", "from summarizer.cli import app; app()", "batch", str(inp), "--out", str(out),
            "--backend", "openai", "--model", "fake-model", "--base-url", base_url, "--timeout", "5",
            "--concurrency", "4", "--no-progress", *extra]


def env() -> dict[str, str]:
    return {**os.environ, "SUMMARIZER_MAX_BACKOFF_S": "1", "SUMMARIZER_API_KEY": "test-key"}


def partial(out: Path) -> Path:
    return out.with_name(out.name + ".partial")


def wait_for_lines(path: Path, n: int, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if path.exists() and len(path.read_text().splitlines()) >= n:
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.02)
    raise AssertionError("the run wrote too little")


def finished_markers(state: Path) -> set[str]:
    """Which articles the state file holds as finished, read while nobody writes it."""
    with sqlite3.connect(state) as conn:
        rows = conn.execute("SELECT summary FROM results WHERE status = 'ok'").fetchall()
    import json

    found = set()
    for (summary,) in rows:
        data = json.loads(summary)
        # the article text is not stored; its marker is recovered from the request bodies instead
        found.add(data["provenance"]["article_sha256"])
    return found


def test_kill_9_then_resume_repeats_no_finished_call(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", N)
    out = tmp_path / "out.jsonl"
    state = Path(str(out) + ".state.sqlite")
    with FakeOpenAIBatchServer(latency_s=0.2) as server:
        proc = subprocess.Popen(cli(inp, out, server.base_url), env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wait_for_lines(partial(out), 10, proc)  # the output is written there until the run ends
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        first_requests = list(server.requests)
        done_hashes = finished_markers(state)
        assert 10 <= len(done_hashes) < N

        # which article each finished hash is: map marker -> sha via the output lines written so far
        assert not out.exists(), "a killed run leaves no half-written output"
        written = {r["id"]: r["provenance"]["article_sha256"] for r in read_out_partial(partial(out))}
        done_ids = {i for i, sha in written.items() if sha in done_hashes}
        assert len(done_ids) >= 10

        result = subprocess.run(cli(inp, out, server.base_url), env=env(), capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        records = read_out(out)
        assert [r["id"] for r in records] == [f"a{i}" for i in range(N)], "each article exactly once, in order"
        assert all(r["status"] == "ok" for r in records)

        second = server.requests[len(first_requests):]
        second_markers = [marker(r) for r in second]
        assert len(second_markers) == len(set(second_markers)), "no article requested twice in the resumed run"
        finished_before = {f"ART-{int(i[1:]):04d}" for i in done_ids}
        assert not finished_before & set(second_markers), "a finished call was repeated"
        # all calls together: every article once, plus at most the requests in flight at the kill
        assert len(server.requests) <= N + 4
        assert {marker(r) for r in server.requests} == {f"ART-{i:04d}" for i in range(N)}

        third = subprocess.run(cli(inp, out, server.base_url), env=env(), capture_output=True, text=True, timeout=60)
        assert third.returncode == 0 and len(server.requests) == len(first_requests) + len(second), "rerun: zero calls"


def read_out_partial(path: Path) -> list[dict]:
    """The output of a killed run: complete lines only (the last one may be cut)."""
    import json

    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            pass
    return [r for r in records if r.get("status") == "ok"]


def test_ctrl_c_stops_cleanly_with_a_resume_hint(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", N)
    out = tmp_path / "out.jsonl"
    # 0.5 s per answer: the run must still be going when Ctrl-C comes (at 0.2 s, on a loaded
    # machine, the ordered output reached 8 lines only when the last answers were in)
    with FakeOpenAIBatchServer(latency_s=0.5) as server:
        # A shell starts background jobs with SIGINT ignored and children inherit that (a suite
        # run with `… &` made the run ignore this Ctrl-C and finish); give the run the default.
        proc = subprocess.Popen(cli(inp, out, server.base_url), env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        wait_for_lines(partial(out), 8, proc)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=30)
        assert proc.returncode == 130, stderr
        assert "resume" in stderr and "Traceback" not in stderr
        calls = server.chat_calls
        result = subprocess.run(cli(inp, out, server.base_url), env=env(), capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert [r["id"] for r in read_out(out)] == [f"a{i}" for i in range(N)]
        assert server.chat_calls - calls <= N - 8 + 4


def test_ctrl_c_stops_worker_processes_cleanly_with_a_resume_hint(tmp_path: Path) -> None:
    """--engine processes: the workers fill the state and the output is written at the end, so
    Ctrl-C mid-run must still write what finished (the rest as not_done) and resume."""
    inp = write_jsonl(tmp_path / "in.jsonl", N)
    out = tmp_path / "out.jsonl"
    state = out.with_name(out.name + ".state.sqlite")
    with FakeOpenAIBatchServer(latency_s=0.5) as server:
        proc = subprocess.Popen(cli(inp, out, server.base_url, "--engine", "processes", "--workers", "2"), env=env(), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.time() + 60
        while time.time() < deadline and not (state.exists() and _finished(state) >= 8):
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 130, stderr
        assert "resume" in stderr and "Traceback" not in stderr
        written = read_out(out)
        assert len(written) == N and sum(r["status"] == "ok" for r in written) >= 8
        assert {r["error"]["kind"] for r in written if r["status"] == "error"} <= {"not_done"}
        calls = server.chat_calls
        result = subprocess.run(cli(inp, out, server.base_url, "--engine", "processes", "--workers", "2"), env=env(), capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert [r["id"] for r in read_out(out)] == [f"a{i}" for i in range(N)]
        assert server.chat_calls - calls <= N - 8


def _finished(state: Path) -> int:
    try:
        with sqlite3.connect(state, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM results WHERE status = 'ok'").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0
