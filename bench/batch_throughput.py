"""Client cost per article, throughput and memory of a batch through the real pipeline.

Everything runs the real pipeline (cleaning, candidates, prompt, instructor, pydantic validation,
`build_summary`) over HTTP to the loopback OpenAI-compatible server, which runs in its own
process as a real endpoint would, so its CPU is not counted as the client's.

1. CPU per article: `asummarize` one article after another (latency 0), process CPU time
   (all threads) per article, for 750- and 5,000-character articles made of the gold set's
   paragraphs; beside it, the openai SDK alone sending a request of the same size (the floor no
   pipeline change can go under). Measured for this tree and, in the same session, for a
   baseline revision (`--baseline`, extracted with `git archive`), so the ratio is like for like.
2. Throughput: `summarizer.batch.run` over a JSONL of short articles at each `--concurrency`
   with `--latency` per request; ideal wall time = articles x latency / concurrency. Each level
   runs min(articles, 125 x concurrency) articles so no level takes more than ~12.5 s ideal.
3. Memory: peak RSS (ru_maxrss) after the first `--rss-checkpoint` records and after all
   `--rss-records`, end to end with a zero-latency server, then a rerun from the state cache.

    python bench/batch_throughput.py                        # all three, ~10 min with the baseline
    python bench/batch_throughput.py --baseline none --rss-records 0    # this tree, no memory run
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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


def start_server(latency: float) -> tuple[subprocess.Popen[str], str]:
    code = SERVER.format(tests=str(ROOT / "tests"), latency=latency)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def gold_paragraphs() -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "evals" / "gold" / "core.jsonl").read_text(encoding="utf-8").splitlines()]
    return [p for row in rows for p in row["text"].split("\n\n") if p.strip()]


def article(i: int, chars: int, paragraphs: list[str]) -> str:
    """Gold paragraphs from a rotating start, cut to `chars` at a paragraph end where possible;
    the index is written in so no two articles are the same text."""
    out: list[str] = [f"Report {i}"]
    k = i * 7
    while sum(len(p) + 2 for p in out) < chars:
        out.append(paragraphs[k % len(paragraphs)])
        k += 1
    return "\n\n".join(out)[:chars]


def write_articles(path: Path, n: int, chars: int = 750) -> None:
    paragraphs = gold_paragraphs()
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"a{i}", "text": article(i, chars, paragraphs)}) + "\n")


def make_summarizer(base_url: str):  # type: ignore[no-untyped-def]
    from summarizer import Summarizer

    return Summarizer(backend="openai", model="fake-model", base_url=base_url, api_key="bench", timeout_s=30, max_backoff_s=1)


# -- 1. CPU per article (run in a subprocess per source tree) ------------------------------------


def cpu_worker(n: int) -> dict[str, Any]:
    """CPU ms per article for both sizes, and the SDK floor; printed as JSON by `--cpu-worker`."""
    import asyncio

    import openai

    import summarizer

    paragraphs = gold_paragraphs()
    proc, base_url = start_server(0.0)
    result: dict[str, Any] = {"tree": str(Path(summarizer.__file__).parent.parent)}
    try:
        s = make_summarizer(base_url)
        raw = openai.AsyncOpenAI(base_url=base_url, api_key="bench", max_retries=0)

        async def main() -> None:
            for chars in (750, 5000):
                texts = [article(10_000 + i, chars, paragraphs) for i in range(n)]
                for text in texts[:20]:  # imports, first response models
                    await s.asummarize(text)
                started = time.process_time()
                for text in texts:
                    await s.asummarize(text)
                result[f"cpu_ms_{chars}"] = (time.process_time() - started) / n * 1000
                body = [{"role": "system", "content": "x" * 2300}, {"role": "user", "content": "y" * max(600, chars // 2)}]
                schema = {"type": "object", "properties": {"brief": {"type": "string"}}, "required": ["brief"]}
                fmt = {"type": "json_schema", "json_schema": {"name": "Extraction", "schema": schema}}
                started = time.process_time()
                for _ in range(n):
                    await raw.chat.completions.create(model="fake-model", messages=body, response_format=fmt)  # type: ignore[arg-type]
                result[f"sdk_ms_{chars}"] = (time.process_time() - started) / n * 1000

        asyncio.run(main())
    finally:
        proc.terminate()
        proc.wait()
    return result


def run_in_tree(tree: Path | None, args: list[str]) -> Any:
    """This script run with `tree`'s summarizer package importable first (None: this tree)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(tree or ROOT), env.get("PYTHONPATH", "")) if p)
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], env=env, capture_output=True, text=True, cwd=tempfile.gettempdir())
    if done.returncode != 0:
        raise SystemExit(f"bench worker failed in {tree or ROOT}:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- 2. throughput -------------------------------------------------------------------------------


def throughput_worker(n: int, latency: float, levels: list[int], engines: list[str], workers: int) -> list[dict[str, Any]]:
    """Wall time per level and engine; client CPU is this process's plus its finished worker
    processes' (the server runs in its own process, not counted)."""
    from summarizer.batch import run

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        inp = work / "articles.jsonl"
        write_articles(inp, n)
        proc, base_url = start_server(latency)
        try:
            run([inp], work / "warmup.jsonl", summarizer=make_summarizer(base_url), concurrency=4, limit=20, progress=False)
            for engine in engines:
                for c in levels:
                    count = min(n, 125 * c)
                    options = {"engine": engine, "workers": workers} if engine != "async" else {}
                    started, cpu = time.perf_counter(), _cpu_with_children()
                    summary = run([inp], work / f"out-{engine}-c{c}.jsonl", summarizer=make_summarizer(base_url), concurrency=c, limit=count, progress=False, **options)
                    wall, cpu = time.perf_counter() - started, _cpu_with_children() - cpu
                    assert summary.ok == count, summary.as_dict()
                    ideal = count * latency / c
                    rows.append({"engine": engine if engine == "async" else f"{engine}x{workers}", "concurrency": c, "articles": count, "wall_s": wall,
                                 "ideal_s": ideal, "ratio": wall / ideal, "client_cpu_ms": cpu / count * 1000})
        finally:
            proc.terminate()
            proc.wait()
    return rows


def _cpu_with_children() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# -- 3. memory -----------------------------------------------------------------------------------


def memory(n: int, checkpoint: int, concurrency: int) -> None:
    from summarizer.batch import run, runner

    samples: dict[int, float] = {}
    emit = runner.Runner.emit

    def sampling_emit(self, outcome):  # type: ignore[no-untyped-def]
        emit(self, outcome)
        if self.summary.records in (checkpoint, n):
            samples[self.summary.records] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        inp = work / "big.jsonl"
        write_articles(inp, n)
        proc, base_url = start_server(0.0)
        runner.Runner.emit = sampling_emit  # type: ignore[method-assign]
        try:
            s = make_summarizer(base_url)
            state = work / "big.state.sqlite"
            started = time.perf_counter()
            summary = run([inp], work / "out.jsonl", state=state, summarizer=s, concurrency=concurrency, progress=False)
            wall = time.perf_counter() - started
            assert summary.ok == n, summary.as_dict()
            print(f"memory (end-to-end): {n} records, latency 0, concurrency {concurrency}, {wall:.0f} s ({n / wall:.0f} articles/s)")
            print(f"  peak RSS after {checkpoint:>7} records {samples[checkpoint]:7.1f} MB")
            print(f"  peak RSS after {n:>7} records {samples[n]:7.1f} MB  (growth {samples[n] - samples[checkpoint]:+.1f} MB)")
            samples.clear()
            started = time.perf_counter()
            run([inp], work / "out2.jsonl", state=state, summarizer=s, concurrency=concurrency, progress=False)
            print(f"  rerun from cache: {time.perf_counter() - started:.1f} s, peak RSS {samples.get(n, 0):.1f} MB", flush=True)
        finally:
            runner.Runner.emit = emit  # type: ignore[method-assign]
            proc.terminate()
            proc.wait()


def baseline_tree(rev: str, into: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "summarizer", "prompts", "schemas"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32, 64])
    parser.add_argument("--cpu-articles", type=int, default=200)
    parser.add_argument("--baseline", default="94a8f05", help="git revision to compare with in the same session, or 'none'")
    parser.add_argument("--rss-records", type=int, default=100_000, help="end-to-end memory run; 0 skips it")
    parser.add_argument("--rss-checkpoint", type=int, default=10_000)
    parser.add_argument("--rss-concurrency", type=int, default=32)
    parser.add_argument("--engines", nargs="+", default=["async", "processes"], help="batch engines for the throughput levels (the baseline runs async only)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes for --engine processes")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--cpu-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--throughput-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cpu_worker:
        print(json.dumps(cpu_worker(args.cpu_articles)))
        return
    if args.throughput_worker:
        print(json.dumps(throughput_worker(args.articles, args.latency, args.concurrency, args.engines, args.workers)))
        return
    sys.path.insert(0, str(ROOT))  # this tree's package, not an installed one
    with tempfile.TemporaryDirectory() as tmp:
        trees: dict[str, Path | None] = {"this tree": None}
        if args.baseline != "none":
            trees[args.baseline] = baseline_tree(args.baseline, Path(tmp))
        print(f"CPU per article (ms, process CPU incl. threads), {args.cpu_articles} articles each, latency 0:")
        print(f"{'tree':>10} {'750 chars':>10} {'5000 chars':>11} {'SDK alone':>10}")
        cpu = {name: run_in_tree(tree, ["--cpu-worker", "--cpu-articles", str(args.cpu_articles)]) for name, tree in trees.items()}
        for name, r in cpu.items():
            print(f"{name:>10} {r['cpu_ms_750']:>10.2f} {r['cpu_ms_5000']:>11.2f} {r['sdk_ms_5000']:>10.2f}", flush=True)
        if args.baseline != "none":
            new, old = cpu["this tree"], cpu[args.baseline]
            print(f"{'ratio':>10} {new['cpu_ms_750'] / old['cpu_ms_750']:>10.2f} {new['cpu_ms_5000'] / old['cpu_ms_5000']:>11.2f}")
            for name, r in cpu.items():
                print(f"{name:>10} pipeline share at 5000 chars (CPU minus SDK alone): {r['cpu_ms_5000'] - r['sdk_ms_5000']:.2f} ms")
        if not args.skip_throughput:
            print(f"\nthroughput: latency {args.latency * 1000:.0f} ms per request, up to {args.articles} short articles per level")
            print(f"{'tree':>10} {'engine':>12} {'concurrency':>11} {'articles':>8} {'wall s':>8} {'ideal s':>8} {'ratio':>6} {'client CPU ms':>14}")
            for name, tree in trees.items():
                engines = args.engines if tree is None else ["async"]
                rows = run_in_tree(tree, ["--throughput-worker", "--articles", str(args.articles), "--latency", str(args.latency),
                                          "--concurrency", *map(str, args.concurrency), "--engines", *engines, "--workers", str(args.workers)])
                for r in rows:
                    print(f"{name:>10} {r['engine']:>12} {r['concurrency']:>11} {r['articles']:>8} {r['wall_s']:>8.2f} {r['ideal_s']:>8.2f} {r['ratio']:>6.3f} {r['client_cpu_ms']:>14.2f}", flush=True)
    if args.rss_records:
        print()
        memory(args.rss_records, min(args.rss_checkpoint, args.rss_records), args.rss_concurrency)


if __name__ == "__main__":
    main()
