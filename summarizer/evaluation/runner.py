"""`eval run`: summarize each gold article, one prediction line per finished article.

Predictions are appended and flushed as each article finishes, so a killed run loses at most
the article in flight; a rerun into the same folder reuses every successful prediction whose
article hash, model and prompt version still match, and retries the failed ones. One article
that fails becomes an error record (and an error row in the report), never a crashed run.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Callable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from summarizer.errors import SummarizerError
from summarizer.evaluation.gold import EvalInputError, GoldArticle, Prediction, load_predictions
from summarizer.load import clean_text, sha256_text
from summarizer.pipeline import Summarizer
from summarizer.redact import redact

PREDICTIONS = "predictions.jsonl"


def _reusable(prediction: Prediction, article: GoldArticle, model: str, prompt_version: str) -> bool:
    """A finished prediction is reused only if it was made from the same text, model and prompt."""
    if prediction.status != "ok" or prediction.summary is None:
        return False
    provenance = prediction.summary.provenance
    try:
        digest = sha256_text(clean_text(article.text, article.id))
    except SummarizerError:
        return False
    return provenance.article_sha256 == digest and provenance.model == model and provenance.prompt_version == prompt_version


def _one_line(error: BaseException) -> str:
    text = redact(" ".join(str(error).split())) or type(error).__name__
    return f"{type(error).__name__}: {text}"[:500]


def summarize_one(summarizer: Summarizer, article: GoldArticle) -> Prediction:
    """One article -> a prediction; any exception becomes an error prediction with its message."""
    started = time.perf_counter()
    try:
        summary = summarizer.summarize(article.text, published=article.date, title=article.title)
    except KeyboardInterrupt:
        raise
    except Exception as error:  # noqa: BLE001 - one failed article must not end the run
        return Prediction(article.id, "error", None, _one_line(error), round(time.perf_counter() - started, 3))
    return Prediction(article.id, "ok", summary, None, round(time.perf_counter() - started, 3))


def run_predictions(
    summarizer: Summarizer,
    articles: list[GoldArticle],
    out_dir: Path,
    console: Console | None = None,
    on_prediction: Callable[[Prediction], None] | None = None,
) -> tuple[dict[str, Prediction], dict[str, int]]:
    """Predictions for `articles` (reused or new), written to out_dir/predictions.jsonl.

    Returns the predictions by id and counts {"reused", "new", "errors"}.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / PREDICTIONS
    try:
        previous = load_predictions(path) if path.exists() else {}
    except EvalInputError as error:
        raise EvalInputError(f"cannot resume from {path} ({error}); remove it or choose another --out") from None
    model, prompt_version = summarizer.backend.model, summarizer.prompt_version
    predictions: dict[str, Prediction] = {}
    counts = {"reused": 0, "new": 0, "errors": 0}
    todo = []
    for article in articles:
        old = previous.get(article.id)
        if old is not None and _reusable(old, article, model, prompt_version):
            predictions[article.id] = old
            counts["reused"] += 1
        else:
            todo.append(article)

    console = console or Console(stderr=True)
    tokens = {"in": 0, "out": 0}
    progress = Progress(
        TextColumn("[bold]eval[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[errors]} errors"),
        TextColumn("{task.fields[tokens]} tokens"), TimeElapsedColumn(), TimeRemainingColumn(),
        console=console, transient=False,
    )
    with path.open("a", encoding="utf-8") as sink, progress:
        task = progress.add_task("eval", total=len(articles), completed=counts["reused"], errors=0, tokens=0)
        for article in todo:
            prediction = summarize_one(summarizer, article)
            sink.write(json.dumps(prediction.to_json(), ensure_ascii=False) + "\n")
            sink.flush()
            predictions[article.id] = prediction
            counts["new"] += 1
            if prediction.status == "error":
                counts["errors"] += 1
            elif prediction.summary:
                tokens["in"] += prediction.summary.provenance.tokens_in
                tokens["out"] += prediction.summary.provenance.tokens_out
            if on_prediction:
                on_prediction(prediction)
            progress.update(task, advance=1, errors=counts["errors"], tokens=tokens["in"] + tokens["out"])
    # Earlier predictions for articles outside this run (a larger --limit before) are kept.
    kept = [p for ident, p in previous.items() if ident not in predictions]
    _compact(path, [predictions[a.id] for a in articles] + kept)
    return predictions, counts


def _compact(path: Path, ordered: list[Prediction]) -> None:
    """Rewrite the appended log as one line per article in gold order (atomically)."""
    tmp = path.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for prediction in ordered:
            handle.write(json.dumps(prediction.to_json(), ensure_ascii=False) + "\n")
    os.replace(tmp, path)

