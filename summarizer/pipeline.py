"""One article in, one grounded ArticleSummary out: clean, find candidates, prompt, validate.

`Summarizer` keeps the loaded model or the HTTP client for many calls; `summarize()` is the
one-shot convenience. The flow per article is the same on both backends:

    clean text -> candidates -> chunks (only if the article exceeds the context) ->
    prompt -> instructor (schema-constrained, re-asked on validation errors) -> build_summary
"""

from __future__ import annotations

import asyncio
import dataclasses
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
from summarizer.candidates import Candidates, find_candidates, split_sentences
from summarizer.chunking import Chunk, split_into_chunks
from summarizer.contract import ArticleSummary, Provenance
from summarizer.errors import BackendError, InputError, NoValidOutputError
from summarizer.event_question import event_undecided, find_actors
from summarizer.brief import brief_problems, choose_brief
from summarizer.extraction import ExtractionBase, build_summary, response_model_for, validation_context
from summarizer.load import clean_text, sha256_text
from summarizer.prompt_config import DEFAULT_PROMPT_VERSION, PromptConfig, Question, load_prompt_config, parse_questions
from summarizer.prompting import asked, render
from summarizer.rules import picks_from_hints, strongest_cue
from summarizer.redact import redact
from summarizer.settings import Settings, load_settings

# Output budget of a brief-only request (2-4 sentences of at most ~50 words, in JSON).
BRIEF_MAX_TOKENS = 192

# Worst case of the hint lines the user template adds per candidate, in tokens.
_HINT_TOKENS_PER_CANDIDATE = 24


@dataclass
class _ChunkResult:
    picks: dict[str, Any]
    warnings: list[str]


Request = tuple[type[ExtractionBase], dict[str, Any]]


@dataclass
class _Job:
    """One article prepared: its candidates, its chunks and each chunk's request (None where the
    model has nothing to be asked), and the rules' summary when the brief is the only question
    (its facts are shown to the model, and the model's answer changes nothing else)."""

    article: str
    candidates: Candidates
    chunks: list[Chunk]
    requests: list[Request | None]
    published: str | None = None
    title: str | None = None
    rules: ArticleSummary | None = None
    brief_open: bool = True  # False: the template brief passes every check and the config asks no more


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
        ask: str | frozenset[Question] | None = None,
        settings: Settings | None = None,
        **overrides: Any,
    ) -> None:
        if isinstance(ask, frozenset):
            ask = ",".join(sorted(q.value for q in ask)) or "none"
        given = {k: v for k, v in dict(backend=backend, model=model, base_url=base_url, api_key=api_key, model_path=model_path, ask=ask, **overrides).items() if v is not None}
        self.settings = load_settings(settings, given)
        self.prompt_version = prompt_version
        # Fail now, not mid-batch, on a missing or broken prompt version or an unknown question.
        self.prompt: PromptConfig = load_prompt_config(prompt_version)
        self.ask = parse_questions(self.settings.ask) if self.settings.ask is not None else None

    @cached_property
    def backend(self) -> Backend:
        """Loaded on first use: the embedded model takes seconds to map into memory."""
        return make_backend(self.settings)

    @property
    def questions(self) -> frozenset[Question]:
        """What this model may be asked: the prompt version's set for this model (`asks`, keyed by
        the embedded model's name or the endpoint's model name), or `ask` when given."""
        if self.settings.backend == "rules":
            return frozenset()
        if self.ask is not None:
            return self.ask
        return self.prompt.questions_for(self._model_key)

    @property
    def _model_key(self) -> str | None:
        """The name the prompt configuration's per-model choices are keyed by."""
        if self.settings.backend == "local" and not self.settings.model_path:
            return self.settings.model or "default"
        return self.settings.model

    # -- public API -------------------------------------------------------------------------

    def summarize(self, text: str, *, clean: bool = True, published: str | None = None, title: str | None = None) -> ArticleSummary:
        """Summarize one article's text. With `clean`, site furniture is removed first; all
        offsets in the result index the cleaned text (`summarizer.load.clean_text`).
        `published` (an ISO date) is the day relative dates ("on Tuesday") are read against,
        else the dateline's; `title`, a headline kept apart from the text, may name the place."""
        job = self._prepare(text, clean, published, title)
        started = time.perf_counter()
        with usage_scope() as usage:
            results = [self._run_chunk(job, chunk, request) for chunk, request in zip(job.chunks, job.requests) if request is not None]
        return self._finish(job, results, usage, time.perf_counter() - started)

    async def asummarize(self, text: str, *, clean: bool = True, published: str | None = None, title: str | None = None) -> ArticleSummary:
        """Async twin of `summarize`; endpoints run natively async, the embedded model in a thread.

        On an endpoint, the CPU-bound steps (candidates, prompts, the grounded summary) run in a
        worker thread, so the event loop keeps sending and receiving the other articles'
        requests meanwhile (a 1 MB article held every request for 7 s when they ran on the loop)."""
        if self.backend.aclient is None:
            return await asyncio.to_thread(self.summarize, text, clean=clean, published=published, title=title)
        job = await asyncio.to_thread(self._prepare, text, clean, published, title)
        started = time.perf_counter()
        with usage_scope() as usage:
            results = [await self._arun_chunk(job, chunk, request) for chunk, request in zip(job.chunks, job.requests) if request is not None]
        return await asyncio.to_thread(self._finish, job, results, usage, time.perf_counter() - started)

    def requests_for(self, text: str, clean: bool = True) -> list[Request]:
        """The requests a live run would send for this article, in order (none when the rules
        answer everything): what the Batch API submits."""
        return [r for r in self._prepare(text, clean).requests if r is not None]

    def prompt_for(self, text: str, clean: bool = True) -> Any:
        """The whole article's prompt as a live run renders it (before any chunking, without the
        rules' facts), or None when the rules answer everything; for estimates that must not
        load a model (`summarizer batch --dry-run`)."""
        article = clean_text(text) if clean else text
        job = _Job(article, self._candidates(article), [], [])
        open_ = self._open_questions(job.candidates, first=True)
        return self._render(job, 0, len(article), open_) if open_ else None

    def summary_from_completions(
        self, text: str, completions: Sequence[Any], *, clean: bool = True, latency_s: float = 0.0, published: str | None = None, title: str | None = None
    ) -> ArticleSummary:
        """The ArticleSummary a live run makes from these answers, for answers obtained elsewhere
        (an OpenAI Batch API output file, a recorded run): one chat completion per request of
        the article (`requests_for`), in order, as `ChatCompletion` objects or their JSON bodies.

        It is the live path's parse, not a copy of it: the same response model, the same
        validation context, the same `picks()` and `build_summary`. What differs is only that a
        finished answer cannot be re-asked, so one that fails validation keeps its grounded part
        with a warning (as a live run does once its re-asks are spent), or raises
        NoValidOutputError when nothing of it parses. `latency_s` is the caller's measure of how
        long the answers took (a batch has no per-request time)."""
        from openai.types.chat import ChatCompletion

        job = self._prepare(text, clean, published, title)
        requests = [r for r in job.requests if r is not None]
        if len(completions) != len(requests):
            raise ValueError(f"this article takes {len(requests)} request(s); got {len(completions)} completion(s)")
        usage = Usage()
        results = []
        for (model, _), completion in zip(requests, completions):
            parsed = completion if isinstance(completion, ChatCompletion) else ChatCompletion.model_validate(completion)
            usage.add(parsed)
            raw = _completion_json(parsed)
            if raw is None:
                raise NoValidOutputError("the answer has no content")
            results.append(self._parse_answer(raw, model, self._validation_context(job.article), reasked=False))
        return self._finish(job, results, usage, latency_s)

    # -- steps ------------------------------------------------------------------------------

    def _prepare(self, text: str, clean: bool, published: str | None = None, title: str | None = None) -> _Job:
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
        candidates = self._candidates(article)
        job = _Job(article, candidates, [], [], published, title)
        whole = self._open_questions(candidates, first=True)
        if whole == {Question.brief}:
            # The brief alone: the structured result is the rules' either way; build it now and
            # show its facts to the model.
            job.rules = self._build(job, self._rules_picks(job), Usage(), 0.0, frozenset())
            if self.ask is None and self.prompt.brief_when_for(self._model_key) == "template_fails" and not brief_problems(job.rules.brief, article, job.rules):
                job.brief_open = False  # nothing the model would add: no call
        self._plan(job)
        return job

    def _candidates(self, article: str) -> Candidates:
        """The article's candidates; with the event question in this model's set, the lead's
        armed sides too, but only where the rules cannot decide the main event's perpetrator
        or cause (`event_question.event_undecided`): elsewhere nothing is offered, nothing asked."""
        candidates = find_candidates(article)
        if Question.events in self.questions:
            actors = find_actors(article)
            if actors and event_undecided(article, actors):
                candidates = dataclasses.replace(candidates, actors=actors)
        return candidates

    def _open_questions(self, candidates: Candidates, first: bool, brief_open: bool = True) -> frozenset[Question]:
        """The questions the rules cannot answer for these candidates: a quote whose attribution
        names nobody, numbers to label, talks to describe, a status no cue phrase decides, the
        brief (asked once, with the first chunk)."""
        questions = self.questions
        if not questions:
            return frozenset()
        shown = asked(candidates, self.prompt, questions)
        open_: set[Question] = set()
        if Question.speakers in questions and shown.quotes:
            open_.add(Question.speakers)
        if Question.figure_kinds in questions and shown.numbers:
            open_.add(Question.figure_kinds)
        if Question.talks in questions and shown.negotiation:
            open_.add(Question.talks)
        if Question.status in questions and shown.negotiation and not (self.prompt.status_from_cues and strongest_cue(candidates, self.prompt.cues)):
            open_.add(Question.status)
        if Question.events in questions and first and shown.actors:
            open_.add(Question.events)  # actors are found only where the rules cannot decide (`_candidates`)
        if Question.brief in questions and first and brief_open:
            open_.add(Question.brief)
        return frozenset(open_)

    def _render(self, job: _Job, start: int, end: int, open_: frozenset[Question]) -> Any:
        local = asked(job.candidates.within(start, end), self.prompt, open_)
        facts = _facts(job) if open_ == {Question.brief} and self.prompt.brief_facts else ()
        return render(job.article[start:end], local, self.prompt, offset=start, facts=facts, marked=bool(open_ - {Question.brief}))

    def _plan(self, job: _Job) -> None:
        """Chunks and their requests. Split only when the prompt would not fit. The whole
        article's prompt is rendered and counted first: a focused view is often a third of the
        article, and splitting an article whose view fits cost a second call (measured: 1.8
        calls per polnear-conflict article with extract-v4). Otherwise hint lines and inline
        markers grow with the text they annotate, so they are budgeted as a share of the
        article's tokens."""
        article, candidates = job.article, job.candidates
        whole_open = self._open_questions(candidates, first=True, brief_open=job.brief_open)
        if not whole_open:
            job.chunks, job.requests = [Chunk(0, len(article))], [None]
            return
        backend = self.backend
        whole = self._render(job, 0, len(article), whole_open)
        if backend.count_tokens(whole.system) + backend.count_tokens(whole.user) + 64 + self.settings.max_output_tokens <= backend.n_ctx:
            job.chunks = [Chunk(0, len(article), prompt=whole)]
            job.requests = [self._request(job, job.chunks[0], whole_open, whole)]
            return
        fixed = backend.count_tokens(whole.system) + 64
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
        job.chunks, job.requests = chunks, []
        for i, chunk in enumerate(chunks):
            open_ = self._open_questions(candidates.within(chunk.start, chunk.end), first=i == 0, brief_open=job.brief_open)
            job.requests.append(self._request(job, chunk, open_, None) if open_ else None)

    def _request(self, job: _Job, chunk: Chunk, open_: frozenset[Question], prompt: Any) -> Request:
        local = asked(job.candidates.within(chunk.start, chunk.end), self.prompt, open_)
        prompt = prompt or self._render(job, chunk.start, chunk.end, open_)
        model = response_model_for(local, open_, figure_kind_only=self.prompt.figure_labels == "kind", repair_speakers=self.prompt.repair_speakers,
                                   brief_sentences=self.prompt.brief_shape == "sentences")
        # No `context=` for instructor: it would render the messages as Jinja templates with it
        # (see `extraction.validation_context`, which gives the validators the article instead).
        kwargs = dict(
            response_model=model,
            messages=prompt.messages(),
            max_retries=self.settings.max_reasks,
            **self.backend.request_options(),
        )
        if open_ == {Question.brief} and "max_tokens" in kwargs:
            # A brief alone needs ~100 tokens; a small model that loops inside one sentence would
            # otherwise run to max_output_tokens (768: two minutes on a CPU) before the template stands.
            kwargs["max_tokens"] = min(kwargs["max_tokens"], BRIEF_MAX_TOKENS)
        return model, kwargs

    @staticmethod
    def _validation_context(article: str) -> dict[str, Any]:
        """What the validators of one article's answers check against."""
        return {"article": article}

    def _run_chunk(self, job: _Job, chunk: Chunk, request: Request) -> _ChunkResult:
        model, kwargs = request
        try:
            with validation_context(self._validation_context(job.article)):
                parsed = self.backend.client.chat.completions.create(**kwargs)
        except IncompleteOutputException:
            return self._cut_off(job, chunk)
        except InstructorRetryException as error:
            return self._salvage(error, model, job.article)
        return _ChunkResult(parsed.picks(), [])

    async def _arun_chunk(self, job: _Job, chunk: Chunk, request: Request) -> _ChunkResult:
        model, kwargs = request
        try:
            with validation_context(self._validation_context(job.article)):
                parsed = await self.backend.aclient.chat.completions.create(**kwargs)
        except IncompleteOutputException:
            return self._cut_off(job, chunk)
        except InstructorRetryException as error:
            return self._salvage(error, model, job.article)
        return _ChunkResult(parsed.picks(), [])

    def _cut_off(self, job: _Job, chunk: Chunk) -> _ChunkResult:
        """An answer cut at max_tokens has no usable JSON (articles with dozens of figures do
        this: 3 of 30 FA-KES articles with extract-v4). Rather than lose the article, the
        candidates' own hints answer for this chunk (as `--backend rules` would), and the
        warning says so, so a reader knows this part was not the model's."""
        return _ChunkResult(
            picks_from_hints(job.article, job.candidates.within(chunk.start, chunk.end), self.prompt.cues),
            [f"the model's answer was cut off at max_tokens ({self.settings.max_output_tokens}); used the candidates' own hints (as --backend rules) for this part; raise SUMMARIZER_MAX_OUTPUT_TOKENS to let the model finish"],
        )

    def _rules_picks(self, job: _Job) -> dict[str, Any]:
        """The answer the candidates' own hints give for the whole article (no model)."""
        return picks_from_hints(job.article, job.candidates, self.prompt.cues)

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

    def _finish(self, job: _Job, results: list[_ChunkResult], usage: Any, latency_s: float) -> ArticleSummary:
        asked_now = frozenset(q for (model, _) in (r for r in job.requests if r is not None) for q in _questions_of(model))
        model_picks = _merge(results)
        warnings = [w for r in results for w in r.warnings]
        if len(job.chunks) > 1:
            warnings.append(f"article split into {len(job.chunks)} chunks; results merged")
        if job.rules is not None and set(model_picks) <= {"brief"}:
            # The model wrote the brief only: everything else is the rules' summary made for the prompt.
            provenance = self._provenance(job, usage, latency_s, asked_now)
            warnings = [*job.rules.warnings, *warnings]
            brief, source = choose_brief(model_picks.get("brief"), job.article, job.rules, warnings)
            return job.rules.model_copy(update={"brief": brief, "warnings": warnings, "provenance": provenance.model_copy(update={"brief_source": source})})
        picks = {**self._rules_picks(job), **model_picks}
        if "negotiation_status" in model_picks and self.prompt.status_from_cues:
            # Measured: a status cue phrase ("the truce has ended", "came into force") decides
            # more reliably than a small model; the model's call stands where no cue is found.
            found = strongest_cue(job.candidates, self.prompt.cues)
            if found is not None:
                picks["negotiation_status"] = found[1]
        return self._build(job, picks, usage, latency_s, asked_now, warnings)

    def _provenance(self, job: _Job, usage: Any, latency_s: float, questions: frozenset[Question]) -> Provenance:
        return Provenance(
            model=self.backend.model if self.settings.backend != "rules" else "rules",
            backend=self.settings.backend,
            prompt_version="rules" if self.settings.backend == "rules" else self.prompt_version,
            article_sha256=sha256_text(job.article),
            tokens_in=usage.tokens_in,
            tokens_out=usage.tokens_out,
            latency_s=round(latency_s, 3),
            llm_calls=usage.calls,
            chunks=len(job.chunks),
            questions=sorted(q.value for q in questions),
        )

    def _build(self, job: _Job, picks: dict[str, Any], usage: Any, latency_s: float, questions: frozenset[Question], warnings: list[str] | None = None) -> ArticleSummary:
        provenance = self._provenance(job, usage, latency_s, questions)
        return build_summary(picks, job.article, job.candidates, provenance, list(warnings or []), published=job.published, title=job.title)


def _questions_of(model: type[ExtractionBase]) -> list[Question]:
    fields = model.model_fields
    names = {"brief": Question.brief, "speakers": Question.speakers, "figures": Question.figure_kinds, "negotiations": Question.talks, "negotiation_status": Question.status, "event": Question.events}
    return [q for field, q in names.items() if field in fields]


def _facts(job: _Job) -> list[str]:
    """The rules' findings as sentences for the model's brief (the template brief less the lead
    sentence, which the model sees in the article)."""
    if job.rules is None or job.rules.provenance.brief_source != "template":
        return []
    # The rules' summary already carries the template brief: no need to build it again.
    return [s.text for s in split_sentences(job.rules.brief)][1:]


def _merge(results: list[_ChunkResult]) -> dict[str, Any]:
    """Chunks share global candidate ids, so merging is de-duplication by id."""
    if len(results) <= 1:
        return results[0].picks if results else {}
    merged: dict[str, Any] = {key: [] for key in ("quotes", "casualties", "negotiations") if any(key in r.picks for r in results)}
    for key in merged:
        seen: set[Any] = set()
        for result in results:
            for item in result.picks.get(key, []):
                if item.get("id") not in seen:
                    seen.add(item.get("id"))
                    merged[key].append(item)
    briefs = [r.picks["brief"] for r in results if r.picks.get("brief")]
    if any("brief" in r.picks for r in results):
        sentences = [s for brief in briefs for s in re.split(r"(?<=[.!?])\s+", brief.strip()) if s]
        merged["brief"] = " ".join(sentences[:4]) or None
    events = [r.picks["event"] for r in results if r.picks.get("event")]
    if events:
        merged["event"] = events[0]  # asked with the first chunk only (the lead)
    if any("negotiation_status" in r.picks for r in results):
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
