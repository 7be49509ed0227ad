"""`summarizer.batch.run`: the library entry point behind `summarizer batch`.

It wires the pieces (readers → state/cache → engine → writer → progress/summary) and chooses an
engine: the default asyncio runner, worker processes on this machine (`engine="processes"`), Ray
Data (`engine="ray"`), or the OpenAI Batch API (`openai_batch=True`). The scale-out engines only
fill the state file; the output is then
always written by the same ordered pass over the inputs, so every engine produces the same file.

Why this order: everything that can be refused without work is checked first (arguments, the
output path, the state lock, the state file's integrity), then the output's partial file is
opened, and only then does anything call a model. The output replaces the previous one only at
the end (`Writer.commit`); a clean stop (Ctrl-C, SIGTERM) first completes it from the cache, so
the file it leaves holds everything finished, not just a prefix.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path
from typing import IO, Iterable, Iterator, Sequence

from rich.console import Console

from summarizer.batch.cost import BATCH_API_DISCOUNT, Price, price_for
from summarizer.batch.output import OutputError, Writer, check_target, open_writer, writer_format
from summarizer.batch.progress import Reporter
from summarizer.batch.readers import Record, Skipped, count_records, read_inputs
from summarizer.batch.runner import BatchInterrupted, RunSummary, Runner, dry_run as estimate, run_loop
from summarizer.batch.state import State, StateLock
from summarizer.cli_options import make_summarizer
from summarizer.errors import BackendError, InputError
from summarizer.pipeline import Summarizer

ENGINES = ("async", "processes", "ray")
NOT_REACHED = "the run was stopped before this article was summarized; run the same command again to resume"


def default_state_path(out: Path) -> Path:
    return out.with_name(out.name + ".state.sqlite")


def run(
    inputs: Sequence[str | Path] | str | Path,
    out: str | Path,
    *,
    state: str | Path | None = None,
    concurrency: int = 8,
    limit: int | None = None,
    input_format: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    out_format: str | None = None,
    backend: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    model_path: str | None = None,
    mode: str | None = None,
    timeout: float | None = None,
    prompt_version: str | None = None,
    summarizer: Summarizer | None = None,
    rpm: float | None = None,
    tpm: float | None = None,
    price_in: float | None = None,
    price_out: float | None = None,
    dry_run: bool = False,
    log_file: str | Path | None = None,
    retry_errors: bool = False,
    refresh: bool = False,
    wait: bool = False,
    engine: str = "async",
    workers: int | None = None,
    openai_batch: bool = False,
    batch_wait: bool = True,
    poll_interval_s: float = 30.0,
    article_retries: int = 2,
    retry_pause_s: float = 2.0,
    max_consecutive_failures: int = 5,
    progress: bool = True,
    console: Console | None = None,
) -> RunSummary:
    """Summarize every record of `inputs` into `out` (JSONL or Parquet), resumably.

    Returns a RunSummary. Raises BatchInterrupted (a KeyboardInterrupt) on Ctrl-C or SIGTERM,
    after everything finished so far is saved and written to `out` (records not reached are
    `not_done` error records); calling `run` again with the same arguments resumes.
    Per-article failures never raise: they become error records.

    `engine="processes"` spreads the requests over `workers` processes (default: one per core),
    `concurrency` in flight in all: through a fast endpoint the client's CPU sets the pace.

    `refresh=True` summarizes every article again, ignoring the cache. One run at a time may
    use a state file: another raises StateBusyError at once, or with `wait=True` waits for it.
    Setup problems (corrupt state, unusable output path, full disk) raise a SummarizerError
    whose message is one line.
    A run that cannot succeed raises a BackendError (or ModelFilesError) instead: the backend's
    preflight failed, the key was refused, or `max_consecutive_failures` articles in a row failed
    at the backend.
    """
    paths = [Path(p) for p in ([inputs] if isinstance(inputs, (str, Path)) else inputs)]
    if not paths:
        raise InputError("no inputs given")
    out_path = Path(out)
    state_path = Path(state) if state else default_state_path(out_path)
    if engine not in ENGINES:
        raise InputError(f"unknown --engine {engine!r} (one of {', '.join(ENGINES)})")
    if not dry_run:
        writer_format(out_path, out_format)
        check_target(out_path)
    console = console or Console(stderr=True)
    summarizer = summarizer or make_summarizer(backend, model, base_url, model_path, mode, timeout, prompt_version)
    if engine == "processes" and summarizer.settings.backend == "local":
        # llama.cpp already uses every core; a second copy of the model would halve both
        raise InputError("--engine processes is for an endpoint backend; the embedded model already uses every core (use --engine async)")
    price = price_for(summarizer.settings.backend, summarizer.settings.model, price_in, price_out)
    if openai_batch and price is not None:
        price = Price(price.per_m_in * BATCH_API_DISCOUNT, price.per_m_out * BATCH_API_DISCOUNT)

    def items() -> Iterator[Record | Skipped]:
        return read_inputs(paths, input_format=input_format, text_field=text_field, id_field=id_field)

    _quiet_instructor_logging()
    started = time.perf_counter()
    # a dry run only reads the state, so it may look at one that a run is filling
    lock = contextlib.nullcontext() if dry_run else StateLock(
        state_path, wait=wait, on_wait=lambda message: console.print(f"[yellow]{message}[/]", highlight=False))
    with lock, State(state_path, refresh=refresh) as store:
        if dry_run:
            summary = estimate(summarizer, store, items(), limit, price)
            summary.state, summary.wall_s = str(state_path), time.perf_counter() - started
            return summary

        writer = open_writer(out_path, out_format)  # before any model call: a bad output place fails now
        log: IO[str] | None = None
        reporter: Reporter | None = None
        try:
            log = _open_log(log_file)
            cache_only: str | None = None
            filled = RunSummary()
            stopped: BackendError | BatchInterrupted | None = None
            if engine == "processes":
                from summarizer.batch.process_engine import fill_cache as process_fill

                options = dict(rpm=rpm, tpm=tpm, article_retries=article_retries, retry_pause_s=retry_pause_s, max_consecutive_failures=max_consecutive_failures)
                try:
                    filled = process_fill(summarizer, store, items(), limit=limit, concurrency=concurrency, workers=workers or os.cpu_count() or 1,
                                          runner_options=options, console=console if progress else None)
                except BackendError as error:  # what finished is written below, the rest as not_done
                    stopped = error
                except KeyboardInterrupt:  # Ctrl-C reaches the workers too; written below likewise
                    stopped = BatchInterrupted(RunSummary(interrupted=True))
                cache_only = NOT_REACHED if stopped else "not summarized by the worker processes; rerun to retry"
            elif engine == "ray":
                from summarizer.batch.ray_engine import fill_cache as ray_fill

                filled = ray_fill(summarizer, store, items(), limit=limit, concurrency=concurrency, console=console)
                cache_only = "not summarized by the Ray run (see its log); rerun to retry"
            elif openai_batch:
                from summarizer.batch.openai_batch import fill_cache as batch_fill

                filled = batch_fill(summarizer, store, items, out_path, limit=limit, wait=batch_wait, poll_interval_s=poll_interval_s, console=console)
                cache_only = "waiting for an OpenAI batch, or its request failed; rerun the same command to collect or resubmit"

            total = count_records(paths, input_format=input_format)
            if total is not None and limit is not None:
                total = min(total, limit)
            reporter = Reporter(console, enabled=progress and console.is_terminal)
            runner = Runner(summarizer, store, writer, concurrency=concurrency, rpm=rpm, tpm=tpm, price=price,
                            log=log, reporter=reporter, retry_errors=retry_errors, cache_only=cache_only,
                            article_retries=article_retries, retry_pause_s=retry_pause_s,
                            max_consecutive_failures=max_consecutive_failures)
            runner.summary.out, runner.summary.state = str(out_path), str(state_path)
            reporter.start(total)
            try:
                summary = run_loop(runner, items(), limit)
            except BatchInterrupted as interrupted:
                reporter.stop()
                interrupted.summary.out = None  # not written, unless the completion below finishes
                _finish_from_cache(summarizer, store, writer, items(), limit, interrupted.summary, retry_errors)
                writer.commit()
                interrupted.summary.out = str(out_path)
                interrupted.summary.wall_s = time.perf_counter() - started
                raise
            except BackendError:
                # The breaker stopped a run that cannot succeed: like Ctrl-C, what is finished is
                # written (the rest as not_done) so the output shows how far it got. A preflight
                # failure wrote nothing yet, and leaves the previous output as it was.
                if runner.summary.records > 0:
                    reporter.stop()
                    _finish_from_cache(summarizer, store, writer, items(), limit, runner.summary, retry_errors)
                    writer.commit()
                raise
            writer.commit()
            if isinstance(stopped, BatchInterrupted):
                summary.interrupted, summary.out = True, str(out_path)
                summary.wall_s = time.perf_counter() - started
                raise BatchInterrupted(summary)
            if stopped is not None:
                raise stopped
        finally:
            if reporter is not None:
                reporter.stop()
            writer.discard()  # after a commit this does nothing; otherwise the previous output stays
            if log is not None:
                log.close()
        # work done by a scale-out engine counts as this run's calls and tokens
        summary.llm_calls += filled.llm_calls
        summary.tokens_in += filled.tokens_in
        summary.tokens_out += filled.tokens_out
        summary.cached = max(0, summary.cached - filled.records)  # filled by this run, not from an earlier one
        summary.cost = price.cost(summary.tokens_in, summary.tokens_out) if price else None
        summary.wall_s = time.perf_counter() - started
        return summary


def _open_log(log_file: str | Path | None) -> IO[str] | None:
    if not log_file:
        return None
    try:
        return open(log_file, "a", encoding="utf-8", buffering=1)
    except OSError as error:
        raise OutputError(f"cannot open the log file {log_file}: {error.strerror or error}") from None


def _finish_from_cache(summarizer: Summarizer, store: State, writer: Writer, items: Iterable[Record | Skipped],
                       limit: int | None, done: RunSummary, retry_errors: bool) -> None:
    """After a clean stop, write the records the run had not reached: from the cache where they
    are finished (an interrupted no-op rerun leaves the same complete file), else as `not_done`
    error records. No model is called; a second Ctrl-C abandons this and keeps the old output."""
    rest = Runner(summarizer, store, writer, retry_errors=retry_errors, cache_only=NOT_REACHED)
    rest.summary = done  # one set of totals for the whole file
    remaining = None if limit is None else max(0, limit - done.records)
    run_loop(rest, _records_after(items, done.records), remaining)


def _records_after(items: Iterable[Record | Skipped], written: int) -> Iterator[Record]:
    """The records after the first `written` ones (non-articles were counted by the first pass)."""
    seen = 0
    for item in items:
        if isinstance(item, Skipped):
            continue
        seen += 1
        if seen > written:
            yield item


def _quiet_instructor_logging() -> None:
    """instructor logs every exhausted re-ask at ERROR; with no logging configured Python prints
    those to stderr, over the progress bar. Each failure is already an error record, so stop the
    fallback printing (a NullHandler) without touching logging a user configured."""
    logger = logging.getLogger("instructor")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
