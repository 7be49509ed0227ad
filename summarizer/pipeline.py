"""One article in, one grounded ArticleSummary out: clean, find candidates, prompt, validate.

`Summarizer` keeps the loaded model or the HTTP client for many calls; `summarize()` is the
one-shot convenience. The flow per article is the same on both backends:

    clean text -> candidates -> chunks (only if the article exceeds the context) ->
    prompt -> instructor (schema-constrained, re-asked on validation errors) -> build_summary
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Sequence

from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError

from summarizer.backends import Backend, make_backend, usage_scope
from summarizer.backends.base import Usage
from summarizer.backends.retry import is_transient
from summarizer.candidates import Candidates, find_candidates
from summarizer.chunking import Chunk, split_into_chunks
from summarizer.contract import ArticleSummary, Provenance
from summarizer.errors import BackendError, InputError, NoValidOutputError
from summarizer.extraction import ExtractionBase, build_summary, looks_english, response_model_for, validation_context
from summarizer.load import clean_text, sha256_text
from summarizer.numbers import number_values
from summarizer.rules import lead_brief, picks_from_hints, strongest_cue
from summarizer.prompting import DEFAULT_PROMPT_VERSION, asked, check_prompt_version, manifest, render
from summarizer.redact import redact
from summarizer.settings import Settings, load_settings

# Worst case of the hint lines the user template adds per candidate, in tokens.
_HINT_TOKENS_PER_CANDIDATE = 24


@dataclass
class _ChunkResult:
    picks: dict[str, Any]
    warnings: list[str]


class Summarizer:
    """Summarize many articles with one loaded model or client.

    >>> s = Summarizer()                                   # embedded default model, offline
    >>> s = Summarizer(backend="openai", model="gpt-4o-mini", base_url="http://127.0.0.1:8080/v1")
    >>> summary = s.summarize(article_text)
    """

    def __init__(
        self,
        backend: str | None = None,
        model: str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        model_path: str | None = None,
        prompt_version: str = DEFAULT_PROMPT_VERSION,
        settings: Settings | None = None,
        **overrides: Any,
    ) -> None:
        given = {k: v for k, v in dict(backend=backend, model=model, base_url=base_url, api_key=api_key, model_path=model_path, **overrides).items() if v is not None}
        self.settings = load_settings(settings, given)
        self.prompt_version = prompt_version
        check_prompt_version(prompt_version)  # fail now, not mid-batch, on a missing prompt version

    @cached_property
    def backend(self) -> Backend:
        """Loaded on first use: the embedded model takes seconds to map into memory."""
        return make_backend(self.settings)

    # -- public API -------------------------------------------------------------------------

    def summarize(self, text: str, *, clean: bool = True, published: str | None = None, title: str | None = None) -> ArticleSummary:
        """Summarize one article's text. With `clean`, site furniture is removed first; all
        offsets in the result index the cleaned text (`summarizer.load.clean_text`).
        `published` (an ISO date) is the day relative dates ("on Tuesday") are read against,
        else the dateline's; `title`, a headline kept apart from the text, may name the place."""
        article, candidates, chunks = self._prepare(text, clean)
        started = time.perf_counter()
        with usage_scope() as usage:
            results = [self._run_chunk(article, candidates, chunk) for chunk in chunks]
        return self._finish(article, candidates, chunks, results, usage, time.perf_counter() - started, published, title)

    async def asummarize(self, text: str, *, clean: bool = True, published: str | None = None, title: str | None = None) -> ArticleSummary:
        """Async twin of `summarize`; endpoints run natively async, the embedded model in a thread.

        On an endpoint, the CPU-bound steps (candidates, prompts, the grounded summary) run in a
        worker thread, so the event loop keeps sending and receiving the other articles'
        requests meanwhile (a 1 MB article held every request for 7 s when they ran on the loop)."""
        if self.backend.aclient is None:
            return await asyncio.to_thread(self.summarize, text, clean=clean, published=published, title=title)
        article, candidates, chunks, requests = await asyncio.to_thread(self._prepare_requests, text, clean)
        started = time.perf_counter()
        with usage_scope() as usage:
            results = [await self._arun_chunk(article, candidates, chunk, request) for chunk, request in zip(chunks, requests)]
        return await asyncio.to_thread(self._finish, article, candidates, chunks, results, usage, time.perf_counter() - started, published, title)

    def summary_from_completions(
        self, text: str, completions: Sequence[Any], *, clean: bool = True, latency_s: float = 0.0, published: str | None = None, title: str | None = None
    ) -> ArticleSummary:
        """The ArticleSummary a live run makes from these answers, for answers obtained elsewhere
        (an OpenAI Batch API output file, a recorded run): one chat completion per chunk of the
        article, in chunk order, as `ChatCompletion` objects or their JSON bodies.

        It is the live path's parse, not a copy of it: the same response model, the same
        validation context, the same `picks()` and `build_summary`. What differs is only that a
        finished answer cannot be re-asked, so one that fails validation keeps its grounded part
        with a warning (as a live run does once its re-asks are spent), or raises
        NoValidOutputError when nothing of it parses. `latency_s` is the caller's measure of how
        long the answers took (a batch has no per-request time)."""
        from openai.types.chat import ChatCompletion

        article, candidates, chunks = self._prepare(text, clean)
        if len(completions) != len(chunks):
            raise ValueError(f"this article takes {len(chunks)} request(s); got {len(completions)} completion(s)")
        usage = Usage()
        results = []
        for chunk, completion in zip(chunks, completions):
            parsed = completion if isinstance(completion, ChatCompletion) else ChatCompletion.model_validate(completion)
            usage.add(parsed)
            model, _ = self._request(article, candidates, chunk)
            raw = _completion_json(parsed)
            if raw is None:
                raise NoValidOutputError("the answer has no content")
            results.append(self._parse_answer(raw, model, self._validation_context(article), reasked=False))
        return self._finish(article, candidates, chunks, results, usage, latency_s, published, title)

    # -- steps ------------------------------------------------------------------------------

    def _prepare(self, text: str, clean: bool) -> tuple[str, Candidates, list[Chunk]]:
        if not isinstance(text, str):
            raise InputError("the article must be text (str); decode bytes with summarizer.load.article_from_bytes")
        limit = self.settings.max_article_chars
        if len(text) > limit:  # before any work: a mis-split file can be megabytes
            raise InputError(
                f"the article is too long: {len(text):,} characters (limit {limit:,}; raise it with SUMMARIZER_MAX_ARTICLE_CHARS or max_article_chars)"
            )
        article = clean_text(text) if clean else text
        if not article.strip():
            raise InputError("the article is empty")
        candidates = find_candidates(article)
        return article, candidates, self._chunks(article, candidates)

    def _chunks(self, article: str, candidates: Candidates) -> list[Chunk]:
        """Split only when the prompt would not fit. The whole article's prompt is rendered and
        counted first: a focused view is often a third of the article, and splitting an article
        whose view fits cost a second call (measured: 1.8 calls per polnear-conflict article with
        extract-v4). Otherwise hint lines and inline markers grow with the text they annotate, so
        they are budgeted as a share of the article's tokens."""
        backend = self.backend
        whole = render(article, asked(candidates, self.prompt_version), self.prompt_version)
        if backend.count_tokens(whole.system) + backend.count_tokens(whole.user) + 64 + self.settings.max_output_tokens <= backend.n_ctx:
            return [Chunk(0, len(article), prompt=whole)]
        fixed = backend.count_tokens(render("", Candidates(), self.prompt_version).system) + 64
        available = backend.n_ctx - fixed - self.settings.max_output_tokens
        tokens = backend.count_tokens(article)
        extra = _HINT_TOKENS_PER_CANDIDATE * (len(candidates.quotes) + len(candidates.numbers)) + 4 * len(candidates.negotiation)
        budget = int(available / (1 + extra / max(tokens, 1)))
        if budget < 200:
            raise InputError(f"the context window ({backend.n_ctx} tokens) is too small for this prompt; raise n_ctx")
        chunks = split_into_chunks(article, tokens, budget)
        if len(chunks) > self.settings.max_chunks:
            raise InputError(
                f"the article is too long: about {tokens} tokens would need {len(chunks)} chunks of {budget} "
                f"(limit {self.settings.max_chunks}; raise it with SUMMARIZER_MAX_CHUNKS)"
            )
        return chunks

    def _prepare_requests(self, text: str, clean: bool) -> tuple[str, Candidates, list[Chunk], list[tuple[type[ExtractionBase], dict[str, Any]]]]:
        """`_prepare` and every chunk's request, in one step for a worker thread. The article's
        number values are found here too: the brief check reads them during validation, which
        runs on the event loop."""
        article, candidates, chunks = self._prepare(text, clean)
        requests = [self._request(article, candidates, chunk) for chunk in chunks]
        if any("brief" in model.model_fields for model, _ in requests):
            number_values(article)
        return article, candidates, chunks, requests

    def _request(self, article: str, candidates: Candidates, chunk: Chunk) -> tuple[type[ExtractionBase], dict[str, Any]]:
        local = asked(candidates.within(chunk.start, chunk.end), self.prompt_version)
        prompt = chunk.prompt or render(article[chunk.start : chunk.end], local, self.prompt_version, offset=chunk.start)
        options = manifest(self.prompt_version)
        model = response_model_for(local, figure_kind_only=options.get("figure_labels") == "kind", with_brief=not self._lead_is_brief(article))
        # No `context=` for instructor: it would render the messages as Jinja templates with it
        # (see `extraction.validation_context`, which gives the validators the article instead).
        kwargs = dict(
            response_model=model,
            messages=prompt.messages(),
            max_retries=self.settings.max_reasks,
            **self.backend.request_options(),
        )
        return model, kwargs

    def _validation_context(self, article: str) -> dict[str, Any]:
        """What the validators of one article's answers check against."""
        return {"article": article, "speakers_repaired": bool(manifest(self.prompt_version).get("repair_speakers"))}

    def _lead_is_brief(self, article: str) -> bool:
        """Prompt versions with `brief: lead` take the story's first sentences as the brief
        (verbatim, so grounded by construction; the model's brief was most of its output
        tokens); an article whose lead is not English still gets the model's English brief."""
        return manifest(self.prompt_version).get("brief") == "lead" and looks_english(lead_brief(article))

    def _run_chunk(self, article: str, candidates: Candidates, chunk: Chunk) -> _ChunkResult:
        if self.backend.client is None:  # the rules backend: no model call
            return _ChunkResult(self._hints(article, candidates, chunk), [])
        model, kwargs = self._request(article, candidates, chunk)
        try:
            with validation_context(self._validation_context(article)):
                parsed = self.backend.client.chat.completions.create(**kwargs)
        except IncompleteOutputException:
            return self._cut_off(article, candidates, chunk)
        except InstructorRetryException as error:
            return self._salvage(error, model, article)
        return _ChunkResult(parsed.picks(), [])

    async def _arun_chunk(self, article: str, candidates: Candidates, chunk: Chunk, request: tuple[type[ExtractionBase], dict[str, Any]] | None = None) -> _ChunkResult:
        model, kwargs = request or self._request(article, candidates, chunk)
        try:
            with validation_context(self._validation_context(article)):
                parsed = await self.backend.aclient.chat.completions.create(**kwargs)
        except IncompleteOutputException:
            return self._cut_off(article, candidates, chunk)
        except InstructorRetryException as error:
            return self._salvage(error, model, article)
        return _ChunkResult(parsed.picks(), [])

    def _cut_off(self, article: str, candidates: Candidates, chunk: Chunk) -> _ChunkResult:
        """An answer cut at max_tokens has no usable JSON (articles with dozens of figures do
        this: 3 of 30 FA-KES articles with extract-v4). Rather than lose the article, the
        candidates' own hints answer for this chunk (as `--backend rules` would), and the
        warning says so, so a reader knows this part was not the model's."""
        return _ChunkResult(
            self._hints(article, candidates, chunk),
            [f"the model's answer was cut off at max_tokens ({self.settings.max_output_tokens}); used the candidates' own hints (as --backend rules) for this part; raise SUMMARIZER_MAX_OUTPUT_TOKENS to let the model finish"],
        )

    def _hints(self, article: str, candidates: Candidates, chunk: Chunk) -> dict[str, Any]:
        """The answer the candidates' own hints give for one chunk (no model)."""
        return picks_from_hints(article, candidates.within(chunk.start, chunk.end), self.prompt_version)

    def _salvage(self, error: InstructorRetryException, model: type[ExtractionBase], article: str) -> _ChunkResult:
        """After the re-ask budget: keep what of the last answer is grounded, drop the rest."""
        cause = error.__cause__
        if cause is not None and (is_transient(cause) or not isinstance(cause, (ValidationError, json.JSONDecodeError))):
            raise BackendError(f"the {self.backend.name} backend failed after retries: {_one_line(cause)}") from None
        raw = _completion_json(error.last_completion)
        if raw is None:
            raise NoValidOutputError(f"the model never produced valid output ({error.n_attempts} attempts): {_one_line(cause or error)}") from None
        return self._parse_answer(raw, model, {"article": article}, reasked=True, attempts=error.n_attempts, cause=cause or error)

    @staticmethod
    def _parse_answer(
        raw: str, model: type[ExtractionBase], context: dict[str, Any], *, reasked: bool, attempts: int = 1, cause: BaseException | None = None
    ) -> _ChunkResult:
        """The one parse of a raw answer that every engine shares once instructor is out of the
        loop (after its re-asks, or for answers read from a batch file): validated with the
        article in context, and where that fails, its grounded part kept with a warning."""
        if not reasked:
            try:
                return _ChunkResult(model.model_validate_json(raw, context=context).picks(), [])
            except ValidationError as strict:
                cause = strict
        try:
            parsed = model.model_validate_json(raw, context={**context, "lenient": True})
        except ValidationError as invalid:
            raise NoValidOutputError(f"the model never produced valid output ({attempts} attempts): {_one_line(invalid)}") from None
        why = _one_line(cause) if cause is not None else "invalid answer"
        if reasked:
            return _ChunkResult(parsed.picks(), [f"after {attempts} attempts kept the grounded part of the answer: {why}"])
        return _ChunkResult(parsed.picks(), [f"the answer failed validation and cannot be re-asked; kept its grounded part: {why}"])

    def _finish(
        self, article: str, candidates: Candidates, chunks: list[Chunk], results: list[_ChunkResult], usage: Any, latency_s: float,
        published: str | None = None, title: str | None = None,
    ) -> ArticleSummary:
        picks = _merge(results)
        if self.backend.client is not None and manifest(self.prompt_version).get("status_from_cues"):
            # Measured: a status cue phrase ("the truce has ended", "came into force") decides
            # more reliably than a small model; the model's call stands where no cue is found.
            found = strongest_cue(candidates, self.prompt_version)
            if found is not None:
                picks["negotiation_status"] = found[1]
        if self.backend.client is not None and self._lead_is_brief(article):
            picks["brief"] = lead_brief(article)
        warnings = [w for r in results for w in r.warnings]
        if len(chunks) > 1:
            warnings.append(f"article split into {len(chunks)} chunks; results merged")
        provenance = Provenance(
            model=self.backend.model,
            backend=self.backend.name,
            prompt_version="rules" if self.backend.client is None else self.prompt_version,
            article_sha256=sha256_text(article),
            tokens_in=usage.tokens_in,
            tokens_out=usage.tokens_out,
            latency_s=round(latency_s, 3),
            llm_calls=usage.calls,
            chunks=len(chunks),
        )
        return build_summary(picks, article, candidates, provenance, warnings, published=published, title=title)


def _merge(results: list[_ChunkResult]) -> dict[str, Any]:
    """Chunks share global candidate ids, so merging is de-duplication by id."""
    if len(results) == 1:
        return results[0].picks
    merged: dict[str, Any] = {"quotes": [], "casualties": [], "negotiations": []}
    for key in merged:
        seen: set[Any] = set()
        for result in results:
            for item in result.picks.get(key, []):
                if item.get("id") not in seen:
                    seen.add(item.get("id"))
                    merged[key].append(item)
    sentences: list[str] = []
    for result in results:
        sentences.extend(s for s in re.split(r"(?<=[.!?])\s+", (result.picks.get("brief") or "").strip()) if s)
    merged["brief"] = " ".join(sentences[:4])
    statuses = [r.picks.get("negotiation_status") for r in results if r.picks.get("negotiation_status") not in (None, "none")]
    merged["negotiation_status"] = statuses[0] if statuses else "none"
    return merged


def _completion_json(completion: Any) -> str | None:
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    if getattr(message, "tool_calls", None):
        return message.tool_calls[0].function.arguments
    return message.content


def _one_line(error: BaseException) -> str:
    return redact(" ".join(str(error).split()))[:300]


_default: Summarizer | None = None


def summarize(text: str, **options: Any) -> ArticleSummary:
    """Summarize one article with the embedded default model (or `options` for another backend).

    The loaded model is kept for the next call with the same options.
    """
    global _default
    if _default is None or options:
        summarizer = Summarizer(**options)
        if not options:
            _default = summarizer
    else:
        summarizer = _default
    return summarizer.summarize(text)


__all__ = ["Summarizer", "summarize"]
