"""Runs that cannot succeed stop early; slow bytes cannot hold a request; keys never leak.

Everything runs against the real loopback server (tests/openai_server.py): the real openai
client, instructor and tenacity, calls counted at the server. The CLI runs as a real process
where its exit code and stderr are the point.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from batch_helpers import read_out, write_jsonl
from conftest import FIXTURES, REPO
from openai_server import FakeOpenAIServer, Step
from responders import answer
from summarizer import Summarizer
from summarizer.batch import run
from summarizer.errors import BackendError, ModelFilesError, SummarizerError
from summarizer.redact import MASK, redact, remember

KEY = "sk-test-SECRET-abcdef123456"
DEAD = "http://127.0.0.1:9/v1"  # the discard port: nothing listens, the connection is refused


def cli(*args: str, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args], capture_output=True, text=True, timeout=timeout, cwd=REPO,
        env={**os.environ, "COLUMNS": "200", "SUMMARIZER_MAX_BACKOFF_S": "0.2", "SUMMARIZER_MAX_ATTEMPTS": "2", **(env or {})},
    )


def endpoint_args(base_url: str) -> list[str]:
    return ["--backend", "openai", "--model", "fake-model", "--base-url", base_url, "--timeout", "2", "--no-progress"]


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 1, stderr
    return lines[0]


def serve(**options) -> FakeOpenAIServer:
    """The loopback server, answering whatever schema a request sends."""
    return FakeOpenAIServer(responder=answer(), **options)


def make(base_url: str, **overrides) -> Summarizer:
    options = dict(timeout_s=2, max_attempts=2, max_backoff_s=0.2)
    return Summarizer(backend="openai", model="fake-model", base_url=base_url, api_key="test-key-0001", **{**options, **overrides})


@pytest.fixture
def article():
    from summarizer.load import read_article

    return read_article(FIXTURES / "truce-talks.txt")


# -- 6a: preflight -------------------------------------------------------------------------------


def test_wrong_key_stops_before_the_first_article_with_exit_4(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 20)
    with serve(api_key="the-right-key-42") as server:
        result = cli("batch", str(path), "--out", str(tmp_path / "out.jsonl"), *endpoint_args(server.base_url),
                     env={"OPENAI_API_KEY": "a-wrong-key-0000"})
        assert result.returncode == 4, result.stderr
        line = one_error_line(result.stderr)
        assert "refused the API key (HTTP 401)" in line and "run the same command again" in line
        assert server.chat_calls == 0 and server.model_calls == 1


def test_dead_endpoint_stops_at_once(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 20)
    started = time.perf_counter()
    result = cli("batch", str(path), "--out", str(tmp_path / "out.jsonl"), *endpoint_args(DEAD))
    assert result.returncode == 4, result.stderr
    assert "cannot reach the endpoint http://127.0.0.1:9/v1" in one_error_line(result.stderr)
    assert time.perf_counter() - started < 15  # one refused connection, not 20 articles of retries
    assert not (tmp_path / "out.jsonl").exists() or not read_out(tmp_path / "out.jsonl")


def test_endpoint_without_a_model_name_stops_before_the_first_article(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 5)
    with serve() as server:
        with pytest.raises(SummarizerError, match="needs --model"):
            run([path], tmp_path / "out.jsonl", backend="openai", base_url=server.base_url, progress=False)
        assert server.chat_calls == 0


def test_endpoint_without_models_route_is_fine(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 3)
    with serve() as server:
        server.models_status = 404
        summary = run([path], tmp_path / "out.jsonl", summarizer=make(server.base_url), progress=False)
        assert summary.ok == 3 and server.model_calls == 1 and server.chat_calls == 3


def test_fully_cached_rerun_needs_no_endpoint(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 3)
    with serve() as server:
        run([path], tmp_path / "out.jsonl", summarizer=make(server.base_url), progress=False)
    # the same settings (the base URL is part of the cache key), the server now gone
    again = run([path], tmp_path / "out.jsonl", summarizer=make(server.base_url), progress=False)
    assert again.ok == 3 and again.cached == 3


def test_missing_llama_cpp_stops_with_exit_3(tmp_path: Path) -> None:
    """llama-cpp-python shadowed by a module that fails to import, as a missing extra does."""
    path = write_jsonl(tmp_path / "in.jsonl", 5)
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / "llama_cpp.py").write_text("raise ImportError(\"No module named 'llama_cpp'\")\n")
    result = cli("batch", str(path), "--out", str(tmp_path / "out.jsonl"), "--no-progress",
                 env={"PYTHONPATH": os.pathsep.join([str(shadow), str(REPO)])})
    assert result.returncode == 3, result.stderr
    line = one_error_line(result.stderr)
    assert "needs llama-cpp-python" in line and "summarizer[local]" in line


def test_missing_model_file_stops_with_exit_3(tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp")
    path = write_jsonl(tmp_path / "in.jsonl", 5)
    with pytest.raises(ModelFilesError, match="no such file"):
        run([path], tmp_path / "out.jsonl", backend="local", model_path=str(tmp_path / "missing.gguf"), progress=False)


# -- 6b: circuit breaker --------------------------------------------------------------------------


def test_breaker_stops_a_failing_run_and_the_rerun_resumes(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 20)
    out = tmp_path / "out.jsonl"
    with serve() as server:
        server.enqueue(Step(), Step(), *[Step(status=500) for _ in range(200)])
        with pytest.raises(BackendError, match=r"3 articles in a row failed.*run the same command again") as stopped:
            run([path], out, summarizer=make(server.base_url), concurrency=1, article_retries=0,
                max_consecutive_failures=3, progress=False)
        assert "state" in str(stopped.value)
        first = server.chat_calls
        assert first == 2 + 3 * 2, "2 answered articles, then 3 articles x 2 attempts, then stop"
        server.script.clear()
        summary = run([path], out, summarizer=make(server.base_url), concurrency=1, max_consecutive_failures=3, progress=False)
        assert summary.ok == 20 and summary.cached == 2, "finished articles kept, failed ones not cached"
        assert server.chat_calls - first == 18
        assert [r["id"] for r in read_out(out)] == [f"a{i}" for i in range(20)]


def test_breaker_cli_line_says_how_to_resume(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 10)
    with serve() as server:
        server.enqueue(*[Step(status=503) for _ in range(200)])
        result = cli("batch", str(path), "--out", str(tmp_path / "out.jsonl"), *endpoint_args(server.base_url),
                     "--concurrency", "1", "--retries", "0", "--max-consecutive-failures", "2")
        assert result.returncode == 4, result.stderr
        line = one_error_line(result.stderr)
        assert "stopped early: 2 articles in a row failed" in line and "run the same command again to resume" in line
        assert server.chat_calls == 2 * 2


def test_refused_key_mid_run_is_not_retried_and_stops(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 10)
    with serve() as server:
        server.enqueue(Step(), Step(status=401))
        with pytest.raises(BackendError, match="refused the API key"):
            run([path], tmp_path / "out.jsonl", summarizer=make(server.base_url, max_attempts=5), concurrency=1,
                article_retries=3, progress=False)
        assert server.chat_calls == 2, "a 401 is never retried, by the request retries or the article retries"


# -- 6c: Retry-After ------------------------------------------------------------------------------


def http_date(seconds_from_now: float) -> str:
    return format_datetime(datetime.now(timezone.utc) + timedelta(seconds=seconds_from_now), usegmt=True)


def test_retry_after_http_date_is_honoured(article) -> None:
    with serve() as server:
        server.enqueue(Step(status=429, headers={"Retry-After": http_date(3)}))
        started = time.perf_counter()
        make(server.base_url, max_backoff_s=5).summarize(article)
        waited = time.perf_counter() - started
        assert server.chat_calls == 2
        assert 1.5 <= waited < 4.5, waited  # HTTP dates have whole seconds: 2-3 s of the 3 asked


def test_retry_after_is_capped_by_max_backoff(article) -> None:
    with serve() as server:
        server.enqueue(Step(status=429, headers={"Retry-After": http_date(3600)}))
        started = time.perf_counter()
        make(server.base_url, max_backoff_s=0.5).summarize(article)
        assert time.perf_counter() - started < 2.5 and server.chat_calls == 2


def test_article_retry_waits_for_retry_after(tmp_path: Path) -> None:
    """The request budget (1 attempt) is spent on a 429; the article retry waits as asked."""
    path = write_jsonl(tmp_path / "in.jsonl", 1)
    with serve() as server:
        server.enqueue(Step(status=429, headers={"Retry-After": "2"}))
        started = time.perf_counter()
        summary = run([path], tmp_path / "out.jsonl", summarizer=make(server.base_url, max_attempts=1, max_backoff_s=5),
                      article_retries=1, retry_pause_s=0.01, progress=False)
        assert summary.ok == 1 and server.chat_calls == 2
        assert time.perf_counter() - started >= 1.9


# -- 7: a total deadline per attempt --------------------------------------------------------------


def test_trickling_server_cannot_hold_a_sync_request(article) -> None:
    with serve() as server:
        server.enqueue(Step(trickle_s=0.05))  # ~1,000 bytes at 20 bytes/s: 50 s, each gap far below the timeout
        started = time.perf_counter()
        make(server.base_url, timeout_s=1, max_backoff_s=0.2).summarize(article)
        assert time.perf_counter() - started < 1 + 0.2 + 1.5  # deadline + backoff + the second, normal call
        assert server.chat_calls == 2


def test_trickling_server_cannot_hold_an_async_request(article) -> None:
    with serve() as server:
        server.enqueue(Step(trickle_s=0.05))
        started = time.perf_counter()
        asyncio.run(make(server.base_url, timeout_s=1, max_backoff_s=0.2).asummarize(article))
        assert time.perf_counter() - started < 1 + 0.2 + 1.5
        assert server.chat_calls == 2


# -- 9: secrets -----------------------------------------------------------------------------------


def test_redact_masks_configured_key_bearer_tokens_and_sk_keys() -> None:
    remember("custom-key-without-prefix-777")
    text = redact("got custom-key-without-prefix-777; Authorization: Bearer abc.def-123 and sk-proj-AAAABBBBCCCC")
    assert "custom-key-without-prefix-777" not in text and "abc.def-123" not in text and "sk-proj-AAAABBBBCCCC" not in text
    assert text.count(MASK) == 3
    assert redact("short key none stays") == "short key none stays"
    assert redact(text) == text, "masking twice (records from the cache) changes nothing"


def test_echoed_key_is_in_no_record_log_or_stderr(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", 4)
    out, log = tmp_path / "out.jsonl", tmp_path / "log.jsonl"
    with serve() as server:
        server.enqueue(*[Step(status=400, echo_auth=True) for _ in range(3)], *[Step(status=500, echo_auth=True) for _ in range(200)])
        result = cli("batch", str(path), "--out", str(out), *endpoint_args(server.base_url), "--log-file", str(log),
                     "--concurrency", "1", "--retries", "0", "--max-consecutive-failures", "3", env={"OPENAI_API_KEY": KEY})
        assert result.returncode == 4, result.stderr
    records = read_out(out)
    assert records and all(r["status"] == "error" for r in records)
    assert "received Authorization" in records[0]["error"]["message"] and MASK in records[0]["error"]["message"]
    for name, text in (("output", out.read_text()), ("log", log.read_text()), ("stderr", result.stderr), ("stdout", result.stdout)):
        assert KEY not in text, name
    assert "received Authorization" in result.stderr  # the breaker line carries the (masked) last error


def test_echoed_key_is_in_no_eval_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "truce", "source": "fixture", "title": "t", "date": None,
                                "text": (FIXTURES / "truce-talks.txt").read_text(encoding="utf-8"),
                                "gold": {"negotiation_status": "ongoing", "quotes": []}}) + "\n", encoding="utf-8")
    out = tmp_path / "run"
    with serve() as server:
        server.enqueue(*[Step(status=400, echo_auth=True) for _ in range(20)])
        result = cli("eval", "run", "--gold", str(gold), "--out", str(out), "--backend", "openai", "--model", "fake-model",
                     "--base-url", server.base_url, "--timeout", "2", env={"OPENAI_API_KEY": KEY})
    assert "Traceback" not in result.stderr
    files = [p for p in out.iterdir() if p.is_file()]
    assert {"predictions.jsonl", "report.md"} <= {p.name for p in files}
    assert "received Authorization" in (out / "predictions.jsonl").read_text()
    for p in files:
        assert KEY not in p.read_text(encoding="utf-8", errors="replace"), p.name
    assert KEY not in result.stderr and KEY not in result.stdout


def test_cli_one_line_error_is_redacted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text((FIXTURES / "truce-talks.txt").read_text(encoding="utf-8"), encoding="utf-8")
    with serve() as server:
        server.enqueue(*[Step(status=500, echo_auth=True) for _ in range(20)])
        result = cli("summarize", str(tmp_path / "a.txt"), "--format", "json", *endpoint_args(server.base_url)[:-1],
                     env={"OPENAI_API_KEY": KEY})
    assert result.returncode == 4, result.stderr
    line = one_error_line(result.stderr)
    assert "received Authorization" in line and KEY not in line
