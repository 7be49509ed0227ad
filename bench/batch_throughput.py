"""Batch runner overhead and memory.

1. Throughput: N articles at several concurrency levels, each answered after a fixed latency.
   With zero client overhead a run takes N × latency / concurrency; the printed ratio is wall
   time over that ideal (target: under 1.15× at concurrency 32). Two setups, side by side:
   - `runner`: the batch machinery alone (readers, cache, window, writer, state) around a stub
     summarizer that only sleeps for the latency;
   - `end-to-end`: the real pipeline (candidates, prompt, instructor, validation) over HTTP to
     the loopback server, which runs in its own process as a real endpoint would.
2. Memory: ru_maxrss (peak RSS) after the first `--rss-checkpoint` records and at the end of a
   large JSONL, for the runner with a zero-latency stub (100k records by default) and end to end
   with a zero-latency server (`--rss-e2e-records`). Streaming means the peak stays flat.

Quick run:  python bench/batch_throughput.py --articles 200 --concurrency 8 32 --rss-records 5000 --rss-e2e-records 500 --rss-checkpoint 100
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER = """
import sys, time
sys.path.insert(0, {tests!r})
from openai_batch_server import FakeOpenAIBatchServer
srv = FakeOpenAIBatchServer(latency_s={latency})
srv.start()
print(srv.base_url, flush=True)
while True:
    time.sleep(3600)
"""

ARTICLE = (
    "VALDERA, {day} March - Shelling of the northern district killed {n} civilians and injured about 40 others "
    'on Tuesday, the regional health office said. "We have not seen anything like this since the truce," said '
    "Amira Haddad, a nurse at the district hospital. Talks mediated by Norway in Geneva remain stalled, officials "
    "said, after the government delegation walked out last week. Article number {i}."
)


def start_server(latency: float) -> tuple[subprocess.Popen[str], str]:
    code = SERVER.format(tests=str(ROOT / "tests"), latency=latency)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def write_articles(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"a{i}", "text": ARTICLE.format(day=1 + i % 28, n=3 + i % 50, i=i)}) + "\n")


def make_summarizer(base_url: str):  # type: ignore[no-untyped-def]
    from summarizer import Summarizer

    return Summarizer(backend="openai", model="fake-model", base_url=base_url, api_key="bench", timeout_s=30, max_backoff_s=1)


def make_stub(latency: float):  # type: ignore[no-untyped-def]
    """A Summarizer whose asummarize only sleeps: isolates the batch runner's own overhead."""
    import asyncio

    from summarizer import Summarizer
    from summarizer.contract import ArticleSummary, Provenance
    from summarizer.load import sha256_text

    class SleepingSummarizer(Summarizer):
        async def asummarize(self, text: str, *, clean: bool = True) -> ArticleSummary:
            await asyncio.sleep(latency)
            return ArticleSummary(brief="A report on the conflict.", provenance=Provenance(
                model="stub-model", backend="openai", prompt_version=self.prompt_version,
                article_sha256=sha256_text(text), tokens_in=500, tokens_out=40, llm_calls=1))

    return SleepingSummarizer(backend="openai", model="stub-model", base_url="http://127.0.0.1:9/v1", api_key="bench")


def throughput(n: int, latency: float, levels: list[int], work: Path, setups: list[str]) -> None:
    from summarizer.batch import run

    inp = work / "articles.jsonl"
    write_articles(inp, n)
    proc, base_url = start_server(latency) if "end-to-end" in setups else (None, "")
    try:
        print(f"throughput: {n} articles, latency {latency * 1000:.0f} ms per article")
        print(f"{'setup':>10} {'concurrency':>11} {'wall s':>8} {'ideal s':>8} {'ratio':>6} {'articles/s':>10}")
        for setup in setups:
            factory = (lambda: make_stub(latency)) if setup == "runner" else (lambda: make_summarizer(base_url))
            run([inp], work / "warmup.jsonl", summarizer=factory(), concurrency=4, limit=20, progress=False)  # imports
            for c in levels:
                out = work / f"out-{setup}-c{c}.jsonl"
                started = time.perf_counter()
                summary = run([inp], out, summarizer=factory(), concurrency=c, progress=False)
                wall = time.perf_counter() - started
                ideal = n * latency / c
                assert summary.ok == n, summary.as_dict()
                print(f"{setup:>10} {c:>11} {wall:>8.2f} {ideal:>8.2f} {wall / ideal:>6.3f} {n / wall:>10.1f}", flush=True)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait()


def memory(n: int, checkpoint: int, concurrency: int, work: Path, setup: str) -> None:
    from summarizer.batch import run, runner

    inp = work / f"big-{setup}.jsonl"
    write_articles(inp, n)
    proc, base_url = start_server(0.0) if setup == "end-to-end" else (None, "")
    samples: dict[int, float] = {}
    emit = runner.Runner.emit

    def sampling_emit(self, outcome):  # type: ignore[no-untyped-def]
        emit(self, outcome)
        if self.summary.records in (checkpoint, n):
            samples[self.summary.records] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    runner.Runner.emit = sampling_emit  # type: ignore[method-assign]
    try:
        s = make_stub(0.0) if setup == "runner" else make_summarizer(base_url)
        state = work / f"big-{setup}.state.sqlite"
        started = time.perf_counter()
        summary = run([inp], work / f"big-{setup}-out.jsonl", state=state, summarizer=s, concurrency=concurrency, progress=False)
        wall = time.perf_counter() - started
        assert summary.ok == n, summary.as_dict()
        print(f"memory ({setup}): {n} records, latency 0, concurrency {concurrency}, {wall:.0f} s ({n / wall:.0f} articles/s)")
        print(f"  peak RSS after {checkpoint:>7} records {samples[checkpoint]:7.1f} MB")
        print(f"  peak RSS after {n:>7} records {samples[n]:7.1f} MB  (growth {samples[n] - samples[checkpoint]:+.1f} MB)")
        samples.clear()
        started = time.perf_counter()
        run([inp], work / f"big-{setup}-out2.jsonl", state=state, summarizer=s, concurrency=concurrency, progress=False)
        print(f"  rerun from cache: {time.perf_counter() - started:.1f} s, peak RSS {samples.get(n, 0):.1f} MB", flush=True)
    finally:
        runner.Runner.emit = emit  # type: ignore[method-assign]
        if proc is not None:
            proc.terminate()
            proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--setups", nargs="+", default=["runner", "end-to-end"], choices=["runner", "end-to-end"])
    parser.add_argument("--rss-records", type=int, default=100_000, help="runner memory run; 0 skips it")
    parser.add_argument("--rss-e2e-records", type=int, default=10_000, help="end-to-end memory run; 0 skips it")
    parser.add_argument("--rss-checkpoint", type=int, default=10_000)
    parser.add_argument("--rss-concurrency", type=int, default=32)
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not args.skip_throughput:
            throughput(args.articles, args.latency, args.concurrency, work, args.setups)
        if args.rss_records:
            memory(args.rss_records, min(args.rss_checkpoint, args.rss_records), args.rss_concurrency, work, "runner")
        if args.rss_e2e_records:
            # the end-to-end run is smaller: compare against its first tenth
            memory(args.rss_e2e_records, min(args.rss_checkpoint, args.rss_e2e_records // 10), args.rss_concurrency, work, "end-to-end")


if __name__ == "__main__":
    main()
