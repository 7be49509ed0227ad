"""Nothing lost, nothing billed twice, no traceback: the batch run's state lock, atomic output,
configuration-aware cache key and one-line errors, through real processes, real files and the
loopback server (calls are counted at the server)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

from batch_helpers import read_out, write_jsonl
from openai_batch_server import FakeOpenAIBatchServer
from summarizer import Summarizer
from summarizer.batch import run

N = 24
BUSY_EXIT = 75


def cli(inp: Path, out: Path, base_url: str, *extra: str) -> list[str]:
    return [sys.executable, "-c", "from summarizer.cli import app; app()", "batch", str(inp), "--out", str(out),
            "--backend", "openai", "--model", "fake-model", "--base-url", base_url, "--timeout", "5",
            "--concurrency", "2", "--no-progress", *extra]


def env(**extra: str) -> dict[str, str]:
    return {**os.environ, "SUMMARIZER_MAX_BACKOFF_S": "1", "SUMMARIZER_API_KEY": "test-key", **extra}


def partial(out: Path) -> Path:
    return out.with_name(out.name + ".partial")


def wait_until(condition, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.01)
    raise AssertionError("the run did not get that far")


def lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8", errors="replace").splitlines()) if path.exists() else 0


def one_line_error(stderr: str) -> str:
    shown = [line for line in stderr.splitlines() if line.strip()]
    assert len(shown) == 1 and "Traceback" not in stderr, stderr
    return shown[0]


def make(server, **settings) -> Summarizer:
    options = dict(backend="openai", model="fake-model", base_url=server.base_url, api_key="test-key", timeout_s=2, max_backoff_s=1)
    return Summarizer(**{**options, **settings})


def read_any(out: Path) -> list[dict]:
    if out.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(out).to_pylist()
    return read_out(out)


# -- 2. one run per state file -------------------------------------------------------------


def test_second_run_on_the_same_state_refuses_at_once_and_nothing_is_billed_twice(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", N)
    out = tmp_path / "out.jsonl"
    with FakeOpenAIBatchServer(latency_s=1.0) as server:  # slow until the second run has had its say
        first = subprocess.Popen(cli(inp, out, server.base_url), env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_until(lambda: server.chat_calls >= 2, first)
        started = time.perf_counter()
        second = subprocess.run(cli(inp, out, server.base_url), env=env(), capture_output=True, text=True, timeout=30)
        server.latency_s = 0.0
        assert second.returncode == BUSY_EXIT, second.stderr
        assert time.perf_counter() - started < 15
        message = one_line_error(second.stderr)
        assert "out.jsonl.state.sqlite" in message and "--wait" in message and f"pid {first.pid}" in message
        assert first.wait(timeout=60) == 0, first.communicate()
        assert server.chat_calls == N, "the refused run made calls"
        assert [r["id"] for r in read_out(out)] == [f"a{i}" for i in range(N)]


def holds_open(pid: int, path: Path) -> bool:
    """Whether process `pid` has `path` open (Linux /proc): the queued run has reached the lock."""
    try:
        return any(os.readlink(f"/proc/{pid}/fd/{fd}") == str(path) for fd in os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux /proc to see the queued process reach the lock")
def test_wait_queues_behind_the_running_one_and_then_costs_nothing(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", N)
    out = tmp_path / "out.jsonl"
    lock = tmp_path / "out.jsonl.state.sqlite.lock"
    with FakeOpenAIBatchServer(latency_s=1.0) as server:
        first = subprocess.Popen(cli(inp, out, server.base_url), env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_until(lambda: server.chat_calls >= 2, first)
        second = subprocess.Popen(cli(inp, out, server.base_url, "--wait"), env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_until(lambda: holds_open(second.pid, lock), second)
        time.sleep(0.3)
        assert first.poll() is None, "the first run ended before the second queued"
        server.latency_s = 0.0
        _, first_err = first.communicate(timeout=60)
        _, second_err = second.communicate(timeout=60)
        assert first.returncode == 0 and second.returncode == 0, (first_err, second_err)
        assert "waiting" in second_err
        assert server.chat_calls == N, "the queued run found everything cached"
        records = read_out(out)
        assert [r["id"] for r in records] == [f"a{i}" for i in range(N)] and all(r["provenance"]["cached"] for r in records)


# -- 3. the output is replaced whole, or not at all ------------------------------------------


def test_kill_9_mid_run_leaves_no_broken_output_and_no_stale_lock(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", N)
    out = tmp_path / "out.parquet"
    with FakeOpenAIBatchServer(latency_s=0.15) as server:
        proc = subprocess.Popen(cli(inp, out, server.base_url), env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wait_until(lambda: server.chat_calls >= 6, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert not out.exists(), "a killed first run must not leave an unreadable Parquet file"
        again = subprocess.run(cli(inp, out, server.base_url), env=env(), capture_output=True, text=True, timeout=60)
        assert again.returncode == 0, again.stderr  # not refused: the killed run's lock died with it
        assert [r["id"] for r in read_any(out)] == [f"a{i}" for i in range(N)]


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
def test_kill_9_after_the_rewrite_started_keeps_the_previous_output(tmp_path: Path, name: str) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", N)
    out = tmp_path / name
    with FakeOpenAIBatchServer() as server:
        assert subprocess.run(cli(inp, out, server.base_url), env=env(), capture_output=True, timeout=60).returncode == 0
        before = out.read_bytes()
        server.latency_s = 0.15
        calls = server.chat_calls
        # another max_output_tokens: every article is summarized again, slowly, while the output is rewritten
        proc = subprocess.Popen(cli(inp, out, server.base_url), env=env(SUMMARIZER_MAX_OUTPUT_TOKENS="700"),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wait_until(lambda: server.chat_calls >= calls + 8 and partial(out).exists(), proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert out.read_bytes() == before, "the complete output of the earlier run was damaged"
        assert [r["id"] for r in read_any(out)] == [f"a{i}" for i in range(N)]


def test_killed_noop_rerun_keeps_the_complete_output(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", 400)
    out = tmp_path / "out.jsonl"
    with FakeOpenAIBatchServer() as server:
        assert subprocess.run(cli(inp, out, server.base_url, "--concurrency", "8"), env=env(), capture_output=True, timeout=120).returncode == 0
        before = out.read_bytes()
        proc = subprocess.Popen(cli(inp, out, server.base_url), env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 30
        while proc.poll() is None and not partial(out).exists() and time.time() < deadline:
            time.sleep(0.002)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert out.read_bytes() == before


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
def test_sigterm_writes_everything_finished_and_marks_the_rest_not_done(tmp_path: Path, name: str) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", N)
    out = tmp_path / name
    with FakeOpenAIBatchServer(latency_s=0.15) as server:
        proc = subprocess.Popen(cli(inp, out, server.base_url), env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_until(lambda: server.chat_calls >= 6, proc)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
        assert proc.returncode == 130, stderr
        assert "resume" in stderr and "Traceback" not in stderr
        records = read_any(out)
        assert [r["id"] for r in records] == [f"a{i}" for i in range(N)], "one record per input record"
        statuses = [r["status"] for r in records]
        assert statuses.count("ok") >= 4 and "error" in statuses
        kinds = {(r.get("error") or {}).get("kind") or r.get("error_kind") for r in records if r["status"] == "error"}
        assert kinds == {"not_done"}
        calls = server.chat_calls
        assert subprocess.run(cli(inp, out, server.base_url), env=env(), capture_output=True, timeout=60).returncode == 0
        assert all(r["status"] == "ok" for r in read_any(out))
        assert server.chat_calls - calls <= N - statuses.count("ok")


@pytest.mark.parametrize("damage", ["garbage", "another_database", "truncated"])
def test_corrupt_state_file_is_one_line_and_the_output_survives(tmp_path: Path, damage: str) -> None:
    import sqlite3

    inp = write_jsonl(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    state = tmp_path / "out.jsonl.state.sqlite"
    with FakeOpenAIBatchServer() as server:
        assert subprocess.run(cli(inp, out, server.base_url), env=env(), capture_output=True, timeout=60).returncode == 0
        before, calls = out.read_bytes(), server.chat_calls
        if damage == "garbage":
            state.write_bytes(b"\x13\x37not a database at all\x00" * 300)
        elif damage == "another_database":
            state.unlink()
            with sqlite3.connect(state) as conn:
                conn.execute("CREATE TABLE photos (id INTEGER, path TEXT)")
        else:
            data = state.read_bytes()
            state.write_bytes(data[: len(data) // 2] + b"\xff" * 600)
        result = subprocess.run(cli(inp, out, server.base_url), env=env(), capture_output=True, text=True, timeout=60)
        assert result.returncode == 2, result.stderr
        assert "state" in one_line_error(result.stderr)
        assert out.read_bytes() == before and server.chat_calls == calls
        if damage == "another_database":
            with sqlite3.connect(state) as conn:
                assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["photos"], "someone else's database was changed"


# -- 5. the cache key covers the pipeline's configuration ------------------------------------


def test_changed_settings_recompute_and_unchanged_cost_nothing(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    with FakeOpenAIBatchServer() as server, FakeOpenAIBatchServer() as other:
        run([inp], out, summarizer=make(server), progress=False)
        assert server.chat_calls == 3
        # unchanged, or changed only in what cannot change a result: zero calls
        run([inp], out, summarizer=make(server, api_key="another-key", timeout_s=9, max_attempts=2), concurrency=1, progress=False)
        assert server.chat_calls == 3
        run([inp], out, summarizer=make(server, max_output_tokens=500), progress=False)
        assert server.chat_calls == 6, "another max_output_tokens must not be served from the cache"
        run([inp], out, summarizer=make(other), progress=False)
        assert other.chat_calls == 3, "another base_url must not be served from the cache"
        again = run([inp], out, summarizer=make(server), progress=False)
        assert server.chat_calls == 6 and again.cached == 3, "the first configuration is still cached"
        fresh = run([inp], out, summarizer=make(server), refresh=True, progress=False)
        assert server.chat_calls == 9 and fresh.cached == 0 and fresh.llm_calls == 3
        assert not any(r["provenance"]["cached"] for r in read_out(out))


def test_a_new_package_version_or_pipeline_code_recomputes(tmp_path: Path, monkeypatch) -> None:
    import summarizer
    from summarizer.batch import config_key

    inp = write_jsonl(tmp_path / "in.jsonl", 2)
    out = tmp_path / "out.jsonl"
    with FakeOpenAIBatchServer() as server:
        run([inp], out, summarizer=make(server), progress=False)
        monkeypatch.setattr(summarizer, "__version__", summarizer.__version__ + ".post1")
        run([inp], out, summarizer=make(server), progress=False)
        assert server.chat_calls == 4
        monkeypatch.setattr(config_key, "code_digest", lambda: "edited-candidates")
        run([inp], out, summarizer=make(server), progress=False)
        assert server.chat_calls == 6


def test_refresh_on_the_command_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from summarizer.cli import app

    inp = write_jsonl(tmp_path / "in.jsonl", 2)
    with FakeOpenAIBatchServer() as server:
        base = ["batch", str(inp), "--out", str(tmp_path / "o.jsonl"), "--backend", "openai", "--model", "fake-model",
                "--base-url", server.base_url, "--timeout", "2", "--no-progress"]
        assert CliRunner().invoke(app, base, env=env()).exit_code == 0
        assert CliRunner().invoke(app, base, env=env()).exit_code == 0 and server.chat_calls == 2
        assert CliRunner().invoke(app, base + ["--refresh"], env=env()).exit_code == 0 and server.chat_calls == 4


# -- 11. setup problems: one line, the documented code, before any work ----------------------


def test_max_errors_is_checked_before_the_run(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", 2)
    with FakeOpenAIBatchServer() as server:
        result = subprocess.run(cli(inp, tmp_path / "o.jsonl", server.base_url, "--max-errors", "abc"), env=env(),
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 2, result.stderr
        assert "--max-errors" in one_line_error(result.stderr)
        assert server.chat_calls == 0 and not (tmp_path / "o.jsonl.state.sqlite").exists()
        for good in ("-1", "3", "2%", "0.5%"):
            ok = subprocess.run(cli(inp, tmp_path / "o.jsonl", server.base_url, "--max-errors", good), env=env(), capture_output=True, text=True, timeout=60)
            assert ok.returncode == 0, (good, ok.stderr)


def test_out_that_is_a_folder(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", 2)
    folder = tmp_path / "results"
    folder.mkdir()
    with FakeOpenAIBatchServer() as server:
        result = subprocess.run(cli(inp, folder, server.base_url), env=env(), capture_output=True, text=True, timeout=60)
        assert result.returncode == 2, result.stderr
        assert "folder" in one_line_error(result.stderr)
        assert server.chat_calls == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "results"]


@pytest.fixture
def mount_tmpfs(tmp_path: Path) -> Iterator:
    """Mount small tmpfs folders (a real read-only or full file system); skip where that is not allowed."""
    mounted: list[Path] = []

    def mount(name: str, options: str) -> Path:
        target = tmp_path / name
        target.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not root'})")
        mounted.append(target)
        return target

    yield mount
    for target in mounted:
        subprocess.run(["umount", str(target)], check=False)


def test_read_only_output_folder(tmp_path: Path, mount_tmpfs) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", 2)
    readonly = mount_tmpfs("ro", "ro,size=1m")
    with FakeOpenAIBatchServer() as server:
        for extra in ([], ["--state", str(tmp_path / "state.sqlite")]):
            result = subprocess.run(cli(inp, readonly / "o.jsonl", server.base_url, *extra), env=env(), capture_output=True, text=True, timeout=60)
            assert result.returncode == 2, result.stderr
            assert "read-only" in one_line_error(result.stderr).lower()
        assert server.chat_calls == 0


@pytest.mark.parametrize("state_elsewhere", [False, True])
def test_full_disk_is_one_line_and_the_previous_output_survives(tmp_path: Path, mount_tmpfs, state_elsewhere: bool) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", 6)
    disk = mount_tmpfs("disk", "size=256k")
    out = disk / "o.jsonl"
    extra = ["--state", str(tmp_path / "state.sqlite")] if state_elsewhere else []
    with FakeOpenAIBatchServer() as server:
        assert subprocess.run(cli(inp, out, server.base_url, *extra), env=env(), capture_output=True, timeout=60).returncode == 0
        before = out.read_bytes()
        filler = disk / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)  # take all but a few KB
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        os.truncate(filler, max(0, filler.stat().st_size - 4096))
        # --refresh: every article again, so the state and the output both have to grow
        result = subprocess.run(cli(inp, out, server.base_url, "--refresh", *extra), env=env(), capture_output=True, text=True, timeout=60)
        assert result.returncode == 2, result.stderr
        assert "space" in one_line_error(result.stderr).lower()
        assert out.read_bytes() == before and not partial(out).exists()
