"""The OpenAI Batch API as a batch engine: half the price, results within 24 hours.

Flow (each step resumable, bookkept in the state file):
1. build: every article not cached and not already submitted becomes one request line per
   chunk, `custom_id` = the article's cache key (plus `:i` for a chunk of a long article). The
   body is captured from the very instructor client the pipeline uses, called with the kwargs
   of `Summarizer._request`, so it is byte for byte what a live run would send.
2. submit: files of at most 50,000 lines and 200 MB are uploaded (`files.create`, purpose
   batch) and a batch is created for each (`batches.create`); ids go into the state file at once.
3. poll: until each open batch ends (or return at once with `wait=False`; rerun to continue).
4. ingest: each article's answers go through `Summarizer.summary_from_completions`, the live
   path's own parse (same response model, validation context, picks and build_summary), then
   are cached. The Batch API has no conversation, so there is no re-ask: an answer that fails
   validation keeps its grounded part (as a live run does after its re-asks) or becomes a
   `no_valid_output` error. Failed requests are not cached; the next run submits them again.
Then `summarizer.batch.run` writes the output from the cache as for any engine.
"""

from __future__ import annotations

import io
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from rich.console import Console

from summarizer.batch.readers import Record, Skipped
from summarizer.batch.runner import Outcome, Runner, RunSummary
from summarizer.batch.state import State
from summarizer.pipeline import Summarizer

MAX_REQUESTS_PER_FILE = 50_000
MAX_BYTES_PER_FILE = 200 * 1024 * 1024
TERMINAL = {"completed", "failed", "expired", "cancelled"}
ENDPOINT = "/v1/chat/completions"


class _Captured(BaseException):
    """Raised by the capturing `create` so instructor cannot swallow or retry it."""


class RequestBuilder:
    """Chat-completions bodies exactly as the pipeline's instructor client would send them."""

    def __init__(self, summarizer: Summarizer) -> None:
        import instructor
        import openai

        self.summarizer = summarizer
        self._captured: list[dict[str, Any]] = []
        raw = openai.OpenAI(api_key="capture-only", base_url="http://127.0.0.1:9/v1", max_retries=0)

        def capture(*args: Any, **kwargs: Any) -> Any:
            self._captured.append(kwargs)
            raise _Captured()

        raw.chat.completions.create = capture  # type: ignore[method-assign]
        self._client = instructor.from_openai(raw, mode=summarizer.backend.mode)

    def bodies(self, article: str) -> list[dict[str, Any]]:
        """One body per chunk of the (already cleaned) article."""
        s = self.summarizer
        out = []
        for _, kwargs in s.requests_for(article, clean=False):
            self._captured.clear()
            try:
                self._client.chat.completions.create(**kwargs)
            except _Captured:
                pass
            body = {k: v for k, v in self._captured[0].items() if _is_json(v)}
            out.append(json.loads(json.dumps(body)))
        return out


def _is_json(value: Any) -> bool:
    try:
        json.dumps(value)
        return True
    except TypeError:
        return False  # SDK sentinels (NotGiven) and callables are not part of the HTTP body


@dataclass
class _RequestFile:
    buffer: io.BytesIO = field(default_factory=io.BytesIO)
    ids: list[tuple[str, str]] = field(default_factory=list)


class RequestFiles:
    """Request lines split into files within the Batch API limits (requests and bytes)."""

    def __init__(self, max_requests: int = MAX_REQUESTS_PER_FILE, max_bytes: int = MAX_BYTES_PER_FILE) -> None:
        self.max_requests, self.max_bytes = max_requests, max_bytes
        self.files: list[_RequestFile] = [_RequestFile()]

    def add(self, custom_id: str, key: str, body: dict[str, Any]) -> None:
        line = (json.dumps({"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": body}, ensure_ascii=False) + "\n").encode()
        current = self.files[-1]
        if current.ids and (len(current.ids) >= self.max_requests or current.buffer.tell() + len(line) > self.max_bytes):
            current = _RequestFile()
            self.files.append(current)
        current.buffer.write(line)
        current.ids.append((custom_id, key))

    def nonempty(self) -> list[_RequestFile]:
        return [f for f in self.files if f.ids]


def _client(summarizer: Summarizer) -> Any:
    import openai

    s = summarizer.settings
    key = s.api_key.get_secret_value() if s.api_key else "not-needed"
    return openai.OpenAI(base_url=s.base_url, api_key=key, timeout=s.timeout_s, max_retries=s.max_attempts)


def fill_cache(
    summarizer: Summarizer,
    state: State,
    items: Callable[[], Iterator[Record | Skipped]],
    out_path: Path,
    *,
    limit: int | None = None,
    wait: bool = True,
    poll_interval_s: float = 30.0,
    console: Console | None = None,
    max_requests_per_file: int = MAX_REQUESTS_PER_FILE,
) -> RunSummary:
    """Submit what is missing, wait for open batches, ingest finished ones into the cache."""
    console = console or Console(stderr=True)
    if summarizer.settings.backend != "openai":
        from summarizer.errors import SummarizerError

        raise SummarizerError("--openai-batch needs --backend openai (and an endpoint with the Batch API)")
    client = _client(summarizer)
    summary = RunSummary()
    submitted = submit(summarizer, state, client, items, out_path, limit=limit, max_requests_per_file=max_requests_per_file)
    if submitted:
        console.print(f"submitted {submitted} request(s) to the OpenAI Batch API", highlight=False)
    for batch_id in state.open_batches():
        batch = client.batches.retrieve(batch_id)
        while batch.status not in TERMINAL and wait:
            counts = batch.request_counts
            done = f" ({counts.completed}/{counts.total})" if counts else ""
            console.print(f"batch {batch_id}: {batch.status}{done}; next check in {poll_interval_s:g} s", highlight=False)
            time.sleep(poll_interval_s)
            batch = client.batches.retrieve(batch_id)
        state.set_batch_status(batch_id, batch.status)
        if batch.status in TERMINAL:
            ingest(summarizer, state, client, batch, items, summary)
            console.print(f"batch {batch_id}: {batch.status}, results ingested", highlight=False)
        else:
            console.print(f"batch {batch_id}: {batch.status}; rerun the same command to collect it", highlight=False)
    return summary


def submit(summarizer: Summarizer, state: State, client: Any, items: Callable[[], Iterator[Record | Skipped]], out_path: Path,
           *, limit: int | None, max_requests_per_file: int = MAX_REQUESTS_PER_FILE) -> int:
    runner = Runner(summarizer, state, None)
    builder = RequestBuilder(summarizer)
    pending = state.pending_keys()
    files = RequestFiles(max_requests=max_requests_per_file)
    for _, article, key, sha in runner.uncached(items(), limit):
        if key in pending:
            continue
        pending.add(key)
        try:
            bodies = builder.bodies(article)
        except Exception:  # e.g. too long for max_chunks: the output pass reports it
            continue
        if not bodies:  # the rules answer everything this model would be asked: nothing to submit
            result = summarizer.summary_from_completions(article, [], clean=False)
            state.put(key, article_sha256=sha, prompt_version=runner.prompt_version, model=runner.model, status="ok", summary=result.model_dump(mode="json"))
            continue
        for i, body in enumerate(bodies):
            files.add(key if len(bodies) == 1 else f"{key}:{i}", key, body)
    count = 0
    for n, part in enumerate(files.nonempty(), start=1):
        name = f"{out_path.name}.batch-{int(time.time())}-{n:03d}.jsonl"
        uploaded = client.files.create(file=(name, part.buffer.getvalue(), "application/jsonl"), purpose="batch")
        batch = client.batches.create(input_file_id=uploaded.id, endpoint=ENDPOINT, completion_window="24h",
                                      metadata={"tool": "summarizer batch", "output": out_path.name})
        state.add_batch(batch.id, uploaded.id, part.ids)
        count += len(part.ids)
    return count


def _file_lines(client: Any, file_id: str | None) -> Iterator[dict[str, Any]]:
    if not file_id:
        return
    content = client.files.content(file_id)
    for line in content.text.splitlines():
        if line.strip():
            yield json.loads(line)


def ingest(summarizer: Summarizer, state: State, client: Any, batch: Any, items: Callable[[], Iterator[Record | Skipped]], summary: RunSummary) -> None:
    """Validate each answer of a finished batch and cache the resulting summaries."""
    from summarizer.errors import NoValidOutputError

    # A batch has no per-request time; each article gets the batch's own, submission to completion.
    created, completed = getattr(batch, "created_at", None), getattr(batch, "completed_at", None)
    latency_s = float(completed - created) if created and completed else 0.0
    answers: dict[str, dict[str, Any]] = {}
    for line in _file_lines(client, getattr(batch, "output_file_id", None)):
        response = line.get("response") or {}
        if response.get("status_code") == 200:
            answers[line["custom_id"]] = response["body"]
    wanted: dict[str, list[str]] = {}
    for custom_id, key in state.batch_requests(batch.id):
        wanted.setdefault(key, []).append(custom_id)

    runner = Runner(summarizer, state, None)
    for item in items():
        if not wanted or isinstance(item, Skipped):
            if not wanted:
                break
            continue
        resolved = runner.resolve(item)
        if isinstance(resolved, Outcome):
            continue
        article, key, sha = resolved
        if key not in wanted:
            continue
        wanted.pop(key)
        chunk_count = len(summarizer.requests_for(article, clean=False))
        try:
            bodies = [answers.get(key if chunk_count == 1 else f"{key}:{i}") for i in range(chunk_count)]
            if any(body is None for body in bodies):
                raise LookupError("the batch returned no answer for this request")
            result = summarizer.summary_from_completions(article, bodies, clean=False, latency_s=latency_s)
        except LookupError:
            summary.errors["batch_request_failed"] = summary.errors.get("batch_request_failed", 0) + 1
            continue  # not cached: the next run submits it again
        except NoValidOutputError as error:
            state.put(key, article_sha256=sha, prompt_version=runner.prompt_version, model=runner.model, status="error",
                      error_kind="no_valid_output", error=f"{item.source}: {error}")
            summary.errors["no_valid_output"] = summary.errors.get("no_valid_output", 0) + 1
            summary.records += 1
            continue
        state.put(key, article_sha256=sha, prompt_version=runner.prompt_version, model=runner.model, status="ok", summary=result.model_dump(mode="json"))
        summary.records += 1
        summary.ok += 1
        summary.llm_calls += result.provenance.llm_calls
        summary.tokens_in += result.provenance.tokens_in
        summary.tokens_out += result.provenance.tokens_out
    state.set_batch_status(batch.id, batch.status, ingested=True)
