"""Several worker processes as a batch engine: every core of one machine for one run.

Why: through a fast endpoint the client, not the endpoint, sets the pace. The CPU-bound part of
an article (cleaning, candidates, spaCy's entities, validation, the grounded summary) runs in one
process under one GIL, so a run of short articles tops out near one core's worth of articles per
second however many requests the endpoint could take (bench/README.md). Here the run's requests
are spread over `workers` processes, each the same async engine (`Runner.serve`: the same
per-article path, retries, breaker and state writes as `--engine async`) with its share of
`--concurrency`.

Only the parent reads the inputs: it walks them once (`Runner.uncached`: cache hits, unreadable
records and repeated articles never reach a worker) and hands the rest to a shared queue that
each worker takes from as it has room, so a slow article does not hold up a whole shard. The
workers commit each result to the state file themselves (SQLite in WAL mode takes one writer at
a time, each commit is one small row), and report a line per article to the parent for the
progress bar and the run's totals. The output is then written by the usual ordered pass over
the inputs, from the state, as for every engine: a killed run resumes like any other.
"""

from __future__ import annotations

import asyncio
import math
import multiprocessing
import queue
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator

from rich.console import Console

from summarizer.batch.progress import Reporter
from summarizer.batch.readers import Record, Skipped
from summarizer.batch.runner import Outcome, Runner, RunSummary
from summarizer.batch.state import State
from summarizer.errors import BackendError, SummarizerError
from summarizer.pipeline import Summarizer
from summarizer.settings import Settings

POLL_S = 0.2  # how often the parent looks at results while it waits


def fill_cache(
    summarizer: Summarizer,
    state: State,
    items: Iterator[Record | Skipped],
    *,
    limit: int | None = None,
    concurrency: int = 8,
    workers: int = 2,
    runner_options: dict[str, Any] | None = None,
    console: Console | None = None,
) -> RunSummary:
    """Summarize every uncached record with `workers` processes, `concurrency` requests in flight
    in all; the results land in the state file. Raises the worker's BackendError when the run
    cannot succeed (the breaker, a refused key), after stopping the other workers."""
    options = dict(runner_options or {})
    workers = max(1, workers)
    share = max(1, math.ceil(concurrency / workers))
    for limit_name in ("rpm", "tpm"):  # client-side limits are for the whole run
        if options.get(limit_name):
            options[limit_name] = options[limit_name] / workers
    context = multiprocessing.get_context("spawn")  # a fork would copy threads and sockets mid-use
    tasks = context.Queue(maxsize=2 * share * workers)
    results = context.Queue()
    processes: list[Any] = []

    def start() -> None:
        """Workers on the first article that needs one: each costs seconds to start (spaCy, the
        gazetteer), and a fully cached rerun needs none."""
        for _ in range(workers):
            process = context.Process(target=_worker, args=(summarizer.settings, summarizer.prompt_version, str(state.path), share, options, tasks, results), daemon=True)
            process.start()
            processes.append(process)

    def hand_over(task: Any) -> None:
        while True:
            progress.drain(results, processes)
            try:
                tasks.put(task, timeout=POLL_S)
                return
            except queue.Full:
                continue

    walker = Runner(summarizer, state, None, warm_up=False)  # the parent summarizes nothing: no spaCy here
    progress = _Progress(Reporter(console or Console(stderr=True), enabled=bool(console and console.is_terminal)))
    try:
        for record, article, key, sha in walker.uncached(items, limit):
            if not processes:
                start()
            hand_over((replace(record, text=None, data=None), article, key, sha))  # the article is already cleaned
        for _ in processes:
            hand_over(None)
        while progress.ended < len(processes):
            progress.drain(results, processes, wait=True)
    finally:
        progress.reporter.stop()
        for process in processes:
            if process.is_alive():
                process.terminate()
            process.join()
    return progress.summary


class _Progress:
    """The parent's side: totals, the progress bar, and a stop when a worker stops."""

    def __init__(self, reporter: Reporter) -> None:
        self.reporter = reporter
        self.summary = RunSummary()
        self.ended = 0
        reporter.start(None)

    def drain(self, results: Any, processes: list[Any], wait: bool = False) -> None:
        while True:
            try:
                kind, payload = results.get(timeout=POLL_S) if wait else results.get_nowait()
            except queue.Empty:
                break
            wait = False
            if kind == "outcome":
                self._count(payload)
            elif kind == "end":
                self.ended += 1
            elif kind == "stop":
                raise BackendError(payload)
            else:
                raise SummarizerError(f"a worker process failed: {payload}. Finished articles are saved in the state file; run the same command again to resume")
        dead = [p for p in processes if p.exitcode not in (None, 0)]
        if dead:  # killed (out of memory, a signal) before it could say why
            codes = ", ".join(str(p.exitcode) for p in dead)
            raise SummarizerError(f"a worker process died (exit code {codes}). Finished articles are saved in the state file; run the same command again to resume")

    def _count(self, line: dict[str, Any]) -> None:
        s = self.summary
        s.count(line["status"], line["kind"], calls=line["calls"], tokens_in=line["tokens_in"], tokens_out=line["tokens_out"])
        self.reporter.update(done=s.records, errors=s.error_count, cached=0, tokens=s.tokens_in + s.tokens_out, cost=None)


def _worker(settings: Settings, prompt_version: str, state_path: str, concurrency: int, options: dict[str, Any], tasks: Any, results: Any) -> None:
    """One worker process: its own Summarizer and state connection, the async engine over the
    tasks it takes; an outcome line per article, then "end" (or "stop" with the breaker's reason)."""
    try:
        summarizer = Summarizer(settings=settings, prompt_version=prompt_version)
        with State(Path(state_path)) as state:
            runner = Runner(summarizer, state, None, concurrency=concurrency, **options)
            asyncio.run(_serve(runner, tasks, results))
    except BackendError as error:
        results.put(("stop", str(error)))
        return
    except BaseException as error:  # reported, not lost: the parent stops the run with it
        results.put(("failed", f"{type(error).__name__}: {' '.join(str(error).split())[:300]}"))
        return
    results.put(("end", None))


async def _serve(runner: Runner, tasks: Any, results: Any) -> None:
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[Any] = asyncio.Queue()
    room = threading.Semaphore(runner.concurrency)  # tasks taken and not finished

    def take() -> None:
        """Take a task from the shared queue only when this worker has room for it."""
        while True:
            room.acquire()
            task = tasks.get()
            if task is None:
                for _ in range(runner.concurrency):
                    loop.call_soon_threadsafe(inbox.put_nowait, None)
                return
            loop.call_soon_threadsafe(inbox.put_nowait, task)

    def done(outcome: Outcome) -> None:
        room.release()
        record = outcome.record
        results.put(("outcome", {
            "status": record["status"], "kind": (record.get("error") or {}).get("kind"),
            "calls": outcome.fresh_calls, "tokens_in": outcome.fresh_tokens_in, "tokens_out": outcome.fresh_tokens_out,
        }))

    threading.Thread(target=take, daemon=True).start()
    await runner.serve(inbox.get, done)


__all__ = ["fill_cache"]
