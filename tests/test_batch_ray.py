"""--engine ray on a local Ray: the same output as the async engine, and the same cache."""

from __future__ import annotations

from pathlib import Path

import pytest

ray = pytest.importorskip("ray", reason="the ray extra (pip install 'summarizer[ray]') is not installed")
pytest.importorskip("ray.data", reason="Ray Data is not installed")

from batch_helpers import read_out, write_jsonl  # noqa: E402
from openai_batch_server import FakeOpenAIBatchServer  # noqa: E402
from summarizer import Summarizer  # noqa: E402
from summarizer.batch import run  # noqa: E402


def test_ray_engine_matches_async_output_and_caches(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", 6, extra_lines=["{bad"])
    with FakeOpenAIBatchServer() as server:
        s = Summarizer(backend="openai", model="fake-model", base_url=server.base_url, api_key="test-key", timeout_s=5, max_backoff_s=1)
        try:
            summary = run([inp], tmp_path / "ray.jsonl", summarizer=s, engine="ray", concurrency=2, progress=False)
        finally:
            ray.shutdown()
        assert summary.ok == 6 and summary.errors == {"input": 1}
        assert server.chat_calls == 6
        ray_out = read_out(tmp_path / "ray.jsonl")
        assert [r["id"] for r in ray_out] == ["a0", "a1", "a2", "a3", "a4", "a5", "7"]
        # the async engine over the same state: everything is cached, same summaries
        run([inp], tmp_path / "async.jsonl", state=tmp_path / "ray.jsonl.state.sqlite", summarizer=s, progress=False)
        assert server.chat_calls == 6
        assert [r["summary"] for r in read_out(tmp_path / "async.jsonl")] == [r["summary"] for r in ray_out]
