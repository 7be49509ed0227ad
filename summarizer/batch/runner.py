"""The batch loop: stream records, take finished ones from the cache, summarize the rest with
bounded concurrency, write every record in input order.

Why it is shaped like this:
- One asyncio loop and `Summarizer.asummarize`: an endpoint is I/O bound, so N requests in
  flight cost one thread, not N. The embedded model has no async path and is not re-entrant,
  so with `backend local` the concurrency is 1 (one model instance, used serially).
- A window of at most `window` records is in flight or waiting to be written. Results are
  written in input order as soon as the oldest one finishes, so memory is bounded by the
  window, not by the archive.
- Each finished article is committed to the state file *before* it is written out; a run
  killed at any moment loses only the requests in flight, and the next run rewrites the output
  from the start, taking everything finished from the cache (zero LLM calls for those).
- A run that cannot succeed stops early instead of writing one error record per article: the
  backend is checked once before the first article that needs it (`preflight`), a refused key
  stops the run at once, and `max_consecutive_failures` backend failures in a row open a
  circuit breaker. Finished articles stay cached; the failed ones are not, so running the same
  command again resumes and retries exactly those.
"""

from __future__ import annotations

import asyncio
import json
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable, Iterable, Iterator, TextIO


from summarizer.backends.retry import backoff_s, is_auth_error
from summarizer.batch.cost import ESTIMATED_OUTPUT_TOKENS, Price, estimate_tokens
from summarizer.batch.output import Writer
from summarizer.batch.progress import Reporter
from summarizer.batch.readers import Record, Skipped
from summarizer.batch.state import CACHED_ERROR_KINDS, State, article_key
from summarizer.contract import SCHEMA_VERSION
from summarizer.errors import BackendError, InputError, NoValidOutputError, SummarizerError
from summarizer.load import sha256_text
from summarizer.pipeline import Summarizer
from summarizer.redact import redact

# Error kinds that say the endpoint, not the article, failed: a streak of them opens the breaker.
BREAKER_KINDS = {"backend"}


@dataclass
class RunSummary:
    """What a run did. Returned by `summarizer.batch.run`, printed as a table by the CLI."""

    out: str | None = None
    state: str | None = None
    records: int = 0
    ok: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    cached: int = 0
    skipped: int = 0
    llm_calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cost: float | None = 0.0
    wall_s: float = 0.0
    interrupted: bool = False
    dry_run: bool = False
    to_call: int = 0

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    def count(self, status: str, error_kind: str | None, *, cached: bool = False, calls: int = 0, tokens_in: int = 0, tokens_out: int = 0) -> None:
        """One finished record in the totals (the async engine's `emit`, the worker processes' lines)."""
        self.records += 1
        if status == "ok":
            self.ok += 1
        else:
            self.errors[str(error_kind)] = self.errors.get(str(error_kind), 0) + 1
        self.cached += cached
        self.llm_calls += calls
        self.tokens_in += tokens_in
        self.tokens_out += tokens_out

    @property
    def articles_per_s(self) -> float:
        return self.records / self.wall_s if self.wall_s > 0 else 0.0

    def too_many_errors(self, max_errors: str | int | None) -> bool:
        """`max_errors` is a count ("0", 5) or a share of the records ("2%"); None or "-1" never fails."""
        if max_errors is None:
            return False
        text = str(max_errors).strip()
        if text.endswith("%"):
            return self.records > 0 and self.error_count > float(text[:-1]) / 100 * self.records
        limit = int(text)
        return limit >= 0 and self.error_count > limit

    def as_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items()}
        data.update(error_count=self.error_count, articles_per_s=round(self.articles_per_s, 2))
        return data


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C (or SIGTERM) stopped the run cleanly; `summary` says how far it got."""

    def __init__(self, summary: RunSummary) -> None:
        super().__init__("batch interrupted")
        self.summary = summary


@dataclass
class Outcome:
    """One output record plus what the totals need to know about it."""

    index: int
    record: dict[str, Any]
    cached: bool = False
    fresh_tokens_in: int = 0
    fresh_tokens_out: int = 0
    fresh_calls: int = 0


def model_label(summarizer: Summarizer) -> str:
    """The model part of the cache key, known without loading the embedded model."""
    s = summarizer.settings
    if s.backend == "local":
        return f"local:{Path(s.model_path).name if s.model_path else (s.model or 'default')}"
    return f"{s.backend}:{s.model}"


def error_record(record: Record, kind: str, message: str, provenance: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"id": record.id, "source": record.source, "status": "error", "summary": None,
            "error": {"kind": kind, "message": message}, "provenance": provenance}


def ok_record(record: Record, summary: dict[str, Any], key: str, cached: bool) -> dict[str, Any]:
    provenance = {**summary.get("provenance", {}), "key": key, "cached": cached}
    return {"id": record.id, "source": record.source, "status": "ok", "summary": summary, "error": None, "provenance": provenance}


def _kind_of(error: BaseException) -> str:
    if isinstance(error, InputError):
        return "input"
    if isinstance(error, BackendError):
        return "backend"
    if isinstance(error, NoValidOutputError):
        return "no_valid_output"
    if isinstance(error, SummarizerError):
        return "error"
    try:
        import openai

        if isinstance(error, openai.APIError):
            return "backend"
    except ImportError:  # pragma: no cover
        pass
    return "internal"


class Runner:
    """Holds one run's collaborators; `execute` streams records through them."""

    def __init__(
        self,
        summarizer: Summarizer,
        state: State,
        writer: Writer | None,
        *,
        concurrency: int = 8,
        rpm: float | None = None,
        tpm: float | None = None,
        price: Price | None = None,
        log: TextIO | None = None,
        reporter: Reporter | None = None,
        retry_errors: bool = False,
        cache_only: str | None = None,
        article_retries: int = 2,
        retry_pause_s: float = 2.0,
        max_consecutive_failures: int = 5,
        warm_up: bool = True,
    ) -> None:
        self.summarizer = summarizer
        self.warm_up = warm_up  # False: this runner only walks the inputs for other processes
        self.state = state
        self.writer = writer
        local = summarizer.settings.backend == "local"
        self.concurrency = 1 if local else max(1, concurrency)
        self.window = max(64, self.concurrency * 4)
        self.price = price
        self.log = log
        self.reporter = reporter
        self.retry_errors = retry_errors
        self.article_retries = article_retries
        self.retry_pause_s = retry_pause_s
        self.cache_only = cache_only  # a message for records not in the cache, or None to call the LLM
        self.model = model_label(summarizer)
        self.prompt_version = summarizer.prompt_version
        self.summary = RunSummary()
        self._rpm = self._limiter(rpm)
        self._tpm = self._limiter(tpm)
        self._tpm_max = tpm
        self._inflight: dict[str, asyncio.Future[Outcome]] = {}
        self.max_consecutive_failures = max(1, max_consecutive_failures)
        self._streak = 0  # backend failures in a row, in completion order
        self._ready = False  # the preflight passed
        self._preflight: asyncio.Future[None] | None = None
        self._halt: asyncio.Future[None] | None = None  # set with the error that ends the run

    @staticmethod
    def _limiter(per_minute: float | None) -> Any:
        if not per_minute:
            return None
        from aiolimiter import AsyncLimiter

        return AsyncLimiter(per_minute, 60)

    # -- per record ---------------------------------------------------------------------------

    def key_for(self, article: str) -> tuple[str, str]:
        """(cache key, article sha256); the key covers the whole pipeline configuration (config_key)."""
        from summarizer.batch.config_key import pipeline_fingerprint

        sha = sha256_text(article)
        return article_key(sha, self.prompt_version, self.model, config=pipeline_fingerprint(self.summarizer)), sha

    def resolve(self, record: Record) -> Outcome | tuple[str, str, str]:
        """Everything that needs no LLM: read errors and cache hits become an Outcome at once;
        otherwise (article, key, sha) to summarize."""
        try:
            article = record.prepare()
        except InputError as error:
            return Outcome(record.index, error_record(record, "input", str(error)))
        key, sha = self.key_for(article)
        hit = self.state.get(key)
        if hit is not None and not (self.retry_errors and hit.status != "ok"):
            if hit.status == "ok" and hit.summary is not None:
                return Outcome(record.index, ok_record(record, hit.summary, key, cached=True), cached=True)
            return Outcome(record.index, error_record(record, hit.error_kind or "error", hit.error or "", {"key": key, "cached": True}), cached=True)
        if self.cache_only is not None:
            return Outcome(record.index, error_record(record, "not_done", self.cache_only, {"key": key, "cached": False}))
        return article, key, sha

    def uncached(self, items: Iterable[Record | Skipped], limit: int | None = None) -> Iterator[tuple[Record, str, str, str]]:
        """(record, article, key, sha) for each of the first `limit` records that still needs a
        model, each key once. Cached and unreadable records are left to the output pass, which
        writes their records from the state; the engines that hand work elsewhere (Ray, the
        Batch API) share this walk."""
        taken = 0
        seen: set[str] = set()
        for item in items:
            if isinstance(item, Skipped):
                continue
            if limit is not None and taken >= limit:
                break
            taken += 1
            resolved = self.resolve(item)
            if isinstance(resolved, Outcome):
                continue
            article, key, sha = resolved
            if key not in seen:
                seen.add(key)
                self.ensure_ready()
                yield item, article, key, sha

    async def summarize(self, record: Record, article: str, key: str, sha: str) -> Outcome:
        """One LLM-backed article; identical articles in flight share one call."""
        if key in self._inflight:
            shared = await asyncio.shield(self._inflight[key])
            rec = dict(shared.record, id=record.id, source=record.source)
            if rec.get("provenance"):
                rec["provenance"] = {**rec["provenance"], "cached": True}
            return Outcome(record.index, rec, cached=True)
        future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            outcome = await self._call(record, article, key, sha)
            future.set_result(outcome)
            return outcome
        except BaseException as error:
            future.set_exception(error)
            future.exception()  # mark retrieved: waiters re-raise it, nobody else must
            raise
        finally:
            self._inflight.pop(key, None)

    # -- stopping early -----------------------------------------------------------------------

    def ensure_ready(self) -> None:
        """Run the backend's preflight once, before the first article that needs the backend
        (a fully cached rerun needs no endpoint and no model files)."""
        if self._ready:
            return
        settings = self.summarizer.settings
        if not (settings.backend == "local" and "backend" in self.summarizer.__dict__):  # a loaded model needs no check
            from summarizer.backends.preflight import preflight

            preflight(settings)
        # The event facts' spaCy model and gazetteer take seconds to load, in whichever thread
        # first needs them; loaded mid-run they held the GIL while requests were in flight, which
        # then overran their --timeout deadline and were sent again. Load them before any request.
        if self.warm_up:
            from summarizer.events import warm_up

            warm_up()
        self._ready = True

    async def _aensure_ready(self) -> None:
        """`ensure_ready` off the event loop, shared by every article that starts meanwhile."""
        if self._ready:
            return
        if self._preflight is None:
            self._preflight = asyncio.ensure_future(asyncio.to_thread(self.ensure_ready))
        try:
            await asyncio.shield(self._preflight)
        except SummarizerError as error:
            self._stop(error)
            raise

    def _stop(self, error: BaseException) -> None:
        """End the run with `error`: `execute` raises it instead of waiting for the rest."""
        if self._halt is not None and not self._halt.done():
            self._halt.set_exception(error)

    def _check_breaker(self, kind: str | None, error: BaseException | None, message: str) -> None:
        """Count backend failures in a row; stop the run when they reach the limit, or at once
        when the key is refused (every later request would be refused too)."""
        if kind not in BREAKER_KINDS:
            self._streak = 0
            return
        self._streak += 1
        refused = is_auth_error(error)
        if not refused and self._streak < self.max_consecutive_failures:
            return
        why = "the endpoint refused the API key" if refused else f"{self._streak} articles in a row failed with a {kind} error"
        s = self.summary
        self._stop(BackendError(
            f"stopped early: {why} (last: {message[:300]}). Finished articles are saved in {s.state or 'the state file'}; "
            "failed ones are not cached. Fix the cause and run the same command again to resume."
        ))

    async def _call(self, record: Record, article: str, key: str, sha: str) -> Outcome:
        await self._aensure_ready()
        async with self._semaphore:
            self._raise_if_halted()  # the run is stopping: start no new request
            if self._rpm is not None:
                await self._rpm.acquire()
            if self._tpm is not None:
                await self._tpm.acquire(min(estimate_tokens(len(article)) + ESTIMATED_OUTPUT_TOKENS, self._tpm_max))
            result = await self._summarize_with_retries(article)
        if isinstance(result, Exception):
            kind = _kind_of(result)
            message = redact(f"{record.source}: {' '.join(str(result).split())}")[:500]
            if kind in CACHED_ERROR_KINDS:
                self.state.put(key, article_sha256=sha, prompt_version=self.prompt_version, model=self.model,
                               status="error", error_kind=kind, error=message)
            self._check_breaker(kind, result, message)
            return Outcome(record.index, error_record(record, kind, message, {"key": key, "cached": False}))
        self._check_breaker(None, None, "")
        summary = result.model_dump(mode="json")
        self.state.put(key, article_sha256=sha, prompt_version=self.prompt_version, model=self.model, status="ok", summary=summary)
        prov = result.provenance
        return Outcome(record.index, ok_record(record, summary, key, cached=False),
                       fresh_tokens_in=prov.tokens_in, fresh_tokens_out=prov.tokens_out, fresh_calls=prov.llm_calls)

    async def _summarize_with_retries(self, article: str) -> Any:
        """The summary, or the exception that ended the article (returned, not raised: one
        article's failure never ends the run). The backend already retries each request; this
        outer, slower retry rides out an endpoint that is down for longer than that budget. It
        waits as long as the server's Retry-After asks (capped by the max backoff setting), and
        never retries a refused key."""
        attempt = 0
        while True:
            try:
                return await self.summarizer.asummarize(article, clean=False)
            except asyncio.CancelledError:
                raise
            except Exception as error:
                if _kind_of(error) != "backend" or is_auth_error(error) or attempt >= self.article_retries:
                    return error
                last = error
            attempt += 1
            pause = backoff_s(last, self.retry_pause_s * 2 ** (attempt - 1), self.summarizer.settings.max_backoff_s)
            await asyncio.sleep(pause)

    # -- the loop -----------------------------------------------------------------------------

    def emit(self, outcome: Outcome) -> None:
        s = self.summary
        rec = outcome.record
        if rec.get("error"):  # also covers messages cached by an earlier run
            rec["error"] = {**rec["error"], "message": redact(rec["error"].get("message") or "")}
        if self.writer is not None:
            self.writer.write(rec)
        s.count(rec["status"], None if rec["status"] == "ok" else rec["error"]["kind"], cached=outcome.cached, calls=outcome.fresh_calls,
                tokens_in=outcome.fresh_tokens_in, tokens_out=outcome.fresh_tokens_out)
        s.cost = self.price.cost(s.tokens_in, s.tokens_out) if self.price else None
        if self.log is not None:
            prov = rec.get("provenance") or {}
            error = rec.get("error") or {}
            self.log.write(json.dumps({
                "ts": round(time.time(), 3), "id": rec["id"], "source": rec["source"], "status": rec["status"],
                "cached": outcome.cached, "error_kind": error.get("kind"), "error": error.get("message"),
                "key": prov.get("key"), "tokens_in": outcome.fresh_tokens_in, "tokens_out": outcome.fresh_tokens_out,
                "llm_calls": outcome.fresh_calls, "latency_s": prov.get("latency_s") if not outcome.cached else 0.0,
            }, ensure_ascii=False) + "\n")
        if self.reporter is not None:
            self.reporter.update(done=s.records, errors=s.error_count, cached=s.cached, tokens=s.tokens_in + s.tokens_out, cost=s.cost)

    async def execute(self, items: Iterator[Record | Skipped], limit: int | None = None) -> RunSummary:
        self._semaphore = asyncio.Semaphore(self.concurrency)
        self._halt = asyncio.get_running_loop().create_future()
        pending: deque[asyncio.Future[Outcome]] = deque()
        taken = 0
        try:
            for item in items:
                if isinstance(item, Skipped):
                    self.summary.skipped += 1
                    continue
                if limit is not None and taken >= limit:
                    break
                taken += 1
                resolved = self.resolve(item)
                if isinstance(resolved, Outcome):
                    if not pending:
                        self.emit(resolved)
                        continue
                    done: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
                    done.set_result(resolved)
                    pending.append(done)
                else:
                    pending.append(asyncio.ensure_future(self.summarize(item, *resolved)))
                    await asyncio.sleep(0)  # let the new request start
                while pending and (len(pending) >= self.window or pending[0].done()):
                    self.emit(await self._next(pending))
                self._raise_if_halted()
            while pending:
                self.emit(await self._next(pending))
        finally:
            for future in pending:
                future.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
        return self.summary

    async def serve(self, next_task: Callable[[], Awaitable[tuple[Record, str, str, str] | None]], done: Callable[[Outcome], None]) -> None:
        """Summarize tasks (record, article, key, sha) handed over one at a time, `concurrency`
        at a time, until `next_task` gives None; each outcome to `done`. The engine of a worker
        process (`summarizer.batch.process_engine`): the same calls, retries, breaker and state
        writes as `execute`, for records another process walked. Raises the breaker's error."""
        self._semaphore = asyncio.Semaphore(self.concurrency)
        self._halt = asyncio.get_running_loop().create_future()

        async def work() -> None:
            while (task := await next_task()) is not None:
                done(await self.summarize(*task))
                self._raise_if_halted()

        try:
            await asyncio.gather(*(work() for _ in range(self.concurrency)))
        finally:
            await _close_async_client(self.summarizer)

    async def _next(self, pending: deque[asyncio.Future[Outcome]]) -> Outcome:
        """The oldest outcome, unless the run is stopped first (then its error is raised at once,
        not after every request in the window has run out its retries)."""
        assert self._halt is not None
        if not pending[0].done():
            await asyncio.wait([pending[0], self._halt], return_when=asyncio.FIRST_COMPLETED)
        self._raise_if_halted()
        return await pending.popleft()

    def _raise_if_halted(self) -> None:
        if self._halt is not None and self._halt.done():
            raise self._halt.exception()  # type: ignore[misc]


def run_loop(runner: Runner, items: Iterator[Record | Skipped], limit: int | None) -> RunSummary:
    """Run `execute` in a fresh event loop; Ctrl-C and SIGTERM cancel it cleanly."""

    async def main() -> RunSummary:
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        try:
            loop.add_signal_handler(signal.SIGTERM, task.cancel)  # type: ignore[union-attr]
        except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread
            pass
        try:
            return await runner.execute(items, limit)
        finally:
            await _close_async_client(runner.summarizer)

    _fresh_async_client(runner.summarizer)
    try:
        return asyncio.run(main())
    except (KeyboardInterrupt, asyncio.CancelledError):
        runner.summary.interrupted = True
        raise BatchInterrupted(runner.summary) from None


def _fresh_async_client(summarizer: Summarizer) -> None:
    """An endpoint's async HTTP client belongs to the event loop that first used it, and each
    run has its own loop: drop a client left from an earlier run so it is rebuilt (cheap for an
    endpoint; the embedded model, which has no async client, is kept)."""
    if summarizer.settings.backend != "local":
        summarizer.__dict__.pop("backend", None)  # Summarizer.backend is a cached_property


async def _close_async_client(summarizer: Summarizer) -> None:
    backend = summarizer.__dict__.get("backend")
    client = getattr(getattr(backend, "aclient", None), "client", None)
    if summarizer.settings.backend != "local" and client is not None and hasattr(client, "close"):
        try:
            await client.close()
        except Exception:  # closing is best effort; the run's results are already saved
            pass


def dry_run(summarizer: Summarizer, state: State, items: Iterator[Record | Skipped], limit: int | None, price: Price | None) -> RunSummary:
    """Estimate tokens and cost without any LLM call: the real prompt is rendered for each
    uncached article and its length counted (chars/4), plus a typical answer size."""
    runner = Runner(summarizer, state, None, price=price)
    summary = RunSummary(dry_run=True)
    for item in items:
        if isinstance(item, Skipped):
            summary.skipped += 1
            continue
        if limit is not None and summary.records >= limit:
            break
        summary.records += 1
        resolved = runner.resolve(item)
        if isinstance(resolved, Outcome):
            if resolved.cached:
                summary.cached += 1
            else:
                kind = resolved.record["error"]["kind"]
                summary.errors[kind] = summary.errors.get(kind, 0) + 1
            continue
        article = resolved[0]
        prompt = summarizer.prompt_for(article, clean=False)
        if prompt is None:  # the rules answer everything: no call
            continue
        summary.to_call += 1
        summary.tokens_in += estimate_tokens(len(prompt.system) + len(prompt.user))
        summary.tokens_out += ESTIMATED_OUTPUT_TOKENS
    summary.cost = price.cost(summary.tokens_in, summary.tokens_out) if price else None
    return summary


__all__ = ["BatchInterrupted", "Outcome", "RunSummary", "Runner", "dry_run", "model_label", "run_loop", "SCHEMA_VERSION"]
