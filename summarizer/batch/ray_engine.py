"""Ray Data as a batch engine: the same per-article function mapped over a dataset, so a run
can use every core of a machine or a whole cluster (`ray start`, then RAY_ADDRESS).

Only the driver touches the state file and the output: it streams the input, keeps what is
cached, sends the rest to Ray in slices (`ray.data.from_items`, so memory stays bounded),
and commits each result as it comes back. A killed Ray run therefore resumes like any other:
finished articles are in the state file. Each Ray actor holds one Summarizer (one embedded
model, or one HTTP client), built once and used serially.
"""

from __future__ import annotations

from typing import Any, Iterator

from rich.console import Console

from summarizer.batch.readers import Record, Skipped
from summarizer.batch.runner import Runner, RunSummary, _kind_of
from summarizer.batch.state import CACHED_ERROR_KINDS, State
from summarizer.pipeline import Summarizer
from summarizer.settings import Settings

SLICE = 2000  # articles handed to Ray at a time


def summarize_article(summarizer: Summarizer, article: str) -> dict[str, Any]:
    """The per-article function every engine shares: a summary, or an error kind and message."""
    try:
        result = summarizer.summarize(article, clean=False)
    except Exception as error:  # one article's failure never ends the run
        return {"status": "error", "summary": None, "error_kind": _kind_of(error), "error": " ".join(str(error).split())[:500]}
    return {"status": "ok", "summary": result.model_dump_json(), "error_kind": None, "error": None}


class _SummarizeActor:
    """A Ray Data callable class: one Summarizer per actor, built from pickled settings."""

    def __init__(self, settings: Settings, prompt_version: str) -> None:
        self.summarizer = Summarizer(settings=settings, prompt_version=prompt_version)

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        return {"key": row["key"], "sha": row["sha"], "source": row["source"], **summarize_article(self.summarizer, row["article"])}


def fill_cache(
    summarizer: Summarizer,
    state: State,
    items: Iterator[Record | Skipped],
    *,
    limit: int | None = None,
    concurrency: int = 8,
    console: Console | None = None,
    slice_size: int = SLICE,
) -> RunSummary:
    try:
        import ray
        import ray.data
    except ImportError as error:  # pragma: no cover - depends on the extra
        from summarizer.errors import SummarizerError

        raise SummarizerError("--engine ray needs Ray Data: pip install 'summarizer[ray]'") from error
    if not ray.is_initialized():
        ray.init(ignore_reinit_error=True, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    actors = 1 if summarizer.settings.backend == "local" else max(1, concurrency)
    runner = Runner(summarizer, state, None)
    summary = RunSummary()
    pending: list[dict[str, Any]] = []

    def flush() -> None:
        if not pending:
            return
        ds = ray.data.from_items(pending).map(
            _SummarizeActor,
            fn_constructor_args=(summarizer.settings, summarizer.prompt_version),
            concurrency=min(actors, len(pending)),
            num_cpus=0.5 if summarizer.settings.backend != "local" else 1,
        )
        for row in ds.iter_rows():
            status, kind = row["status"], row["error_kind"]
            if status == "ok" or kind in CACHED_ERROR_KINDS:
                import json

                data = json.loads(row["summary"]) if row["summary"] else None
                state.put(row["key"], article_sha256=row["sha"], prompt_version=runner.prompt_version, model=runner.model,
                          status=status, summary=data, error_kind=kind, error=f"{row['source']}: {row['error']}" if kind else None)
            summary.records += status == "ok" or kind in CACHED_ERROR_KINDS
            if status == "ok":
                summary.ok += 1
                prov = (data or {}).get("provenance", {})
                summary.llm_calls += prov.get("llm_calls", 0)
                summary.tokens_in += prov.get("tokens_in", 0)
                summary.tokens_out += prov.get("tokens_out", 0)
            else:
                summary.errors[kind] = summary.errors.get(kind, 0) + 1
        pending.clear()

    for item, article, key, sha in runner.uncached(items, limit):
        pending.append({"key": key, "sha": sha, "source": item.source, "article": article})
        if len(pending) >= slice_size:
            flush()
    flush()
    return summary
