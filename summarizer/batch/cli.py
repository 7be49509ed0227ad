"""`summarizer batch`: the command-line face of `summarizer.batch.run`.

Exit codes: 0 when the run finished with at most --max-errors error records, 1 when it had
more (the output is still complete: every record is there, failures as error records),
130 when interrupted (rerun the same command to resume), and the usual codes of
summarizer.errors for setup problems (bad input path, missing model, ...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import typer
from rich.console import Console

from summarizer.cli_options import BackendOpt, BaseUrlOpt, ModelOpt, ModelPathOpt, ModeOpt, PromptOpt, TimeoutOpt


def register(app: typer.Typer, friendly_errors: Callable[..., Any]) -> None:
    """Add the `batch` command to the main CLI."""

    @app.command()
    @friendly_errors
    def batch(
        inputs: Annotated[list[Path], typer.Argument(help="JSONL, CSV, WARC/WARC.gz files or folders of .txt/.html, processed in order.", show_default=False)],
        out: Annotated[Path, typer.Option("--out", "-o", help="Output file: one record per input record, in input order (.jsonl or .parquet).")],
        state: Annotated[Optional[Path], typer.Option("--state", help="SQLite state/cache file. [default: OUT.state.sqlite]")] = None,
        concurrency: Annotated[int, typer.Option("--concurrency", "-c", min=1, help="Requests in flight to an endpoint (the embedded model always runs one at a time).")] = 8,
        limit: Annotated[Optional[int], typer.Option("--limit", min=0, help="Stop after this many records.")] = None,
        input_format: Annotated[Optional[str], typer.Option("--input-format", help="jsonl | csv | folder | warc [default: from the extension]")] = None,
        text_field: Annotated[str, typer.Option("--text-field", help="JSONL key / CSV column with the article text (or HTML).")] = "text",
        id_field: Annotated[str, typer.Option("--id-field", help="JSONL key / CSV column with the record id (else the line number).")] = "id",
        out_format: Annotated[Optional[str], typer.Option("--out-format", help="jsonl | parquet [default: from the extension of --out]")] = None,
        backend: BackendOpt = None,
        model: ModelOpt = None,
        base_url: BaseUrlOpt = None,
        model_path: ModelPathOpt = None,
        mode: ModeOpt = None,
        timeout: TimeoutOpt = None,
        prompt_version: PromptOpt = None,
        rpm: Annotated[Optional[float], typer.Option("--rpm", help="Client-side limit: articles started per minute.")] = None,
        tpm: Annotated[Optional[float], typer.Option("--tpm", help="Client-side limit: estimated tokens per minute.")] = None,
        price_in: Annotated[Optional[float], typer.Option("--price-in", help="USD per 1M input tokens (overrides the built-in table).")] = None,
        price_out: Annotated[Optional[float], typer.Option("--price-out", help="USD per 1M output tokens (overrides the built-in table).")] = None,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Estimate tokens and cost of what is not cached yet; no LLM calls, no output.")] = False,
        log_file: Annotated[Optional[Path], typer.Option("--log-file", help="Append one JSON line per article (status, tokens, latency, error).")] = None,
        max_errors: Annotated[str, typer.Option("--max-errors", help="Exit 1 if error records exceed this count or share (e.g. 0, 25, 2%); -1 never fails.")] = "0",
        retry_errors: Annotated[bool, typer.Option("--retry-errors", help="Summarize again articles cached as failed (model never gave valid output).")] = False,
        retries: Annotated[int, typer.Option("--retries", min=0, help="Extra tries of an article whose endpoint stayed down after the per-request retries.")] = 2,
        max_consecutive_failures: Annotated[int, typer.Option("--max-consecutive-failures", min=1, help="Stop the run after this many articles in a row fail at the backend (rerun to resume).")] = 5,
        engine: Annotated[str, typer.Option("--engine", help="async (one process) | ray (Ray Data, local or a cluster; extra summarizer[ray])")] = "async",
        openai_batch: Annotated[bool, typer.Option("--openai-batch", help="Send uncached articles through the OpenAI Batch API (half price, up to 24 h).")] = False,
        no_wait: Annotated[bool, typer.Option("--no-wait", help="With --openai-batch: submit and exit; rerun later to collect the results.")] = False,
        poll_interval: Annotated[float, typer.Option("--poll-interval", help="With --openai-batch: seconds between status checks.")] = 30.0,
        progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Live progress bar on a terminal.")] = True,
    ) -> None:
        """Summarize an archive: JSONL, CSV, a folder of .txt/.html, or WARC. Resumable: rerun to continue."""
        from summarizer.batch.api import run
        from summarizer.batch.progress import dry_run_table, summary_table
        from summarizer.batch.runner import BatchInterrupted

        err = Console(stderr=True)
        try:
            summary = run(
                inputs, out, state=state, concurrency=concurrency, limit=limit, input_format=input_format,
                text_field=text_field, id_field=id_field, out_format=out_format, backend=backend, model=model,
                base_url=base_url, model_path=model_path, mode=mode, timeout=timeout, prompt_version=prompt_version,
                rpm=rpm, tpm=tpm, price_in=price_in, price_out=price_out, dry_run=dry_run, log_file=log_file,
                retry_errors=retry_errors, article_retries=retries, max_consecutive_failures=max_consecutive_failures, engine=engine, openai_batch=openai_batch, batch_wait=not no_wait,
                poll_interval_s=poll_interval, progress=progress, console=err,
            )
        except BatchInterrupted as stopped:
            err.print(summary_table(stopped.summary))
            err.print(
                f"[yellow]interrupted.[/] {stopped.summary.records} records written; finished articles are saved in "
                f"{stopped.summary.state}. Run the same command again to resume (finished articles are not summarized again).",
                highlight=False,
            )
            raise typer.Exit(130) from None
        if dry_run:
            err.print(dry_run_table(summary))
            return
        err.print(summary_table(summary))
        if summary.too_many_errors(max_errors):
            err.print(f"[red]{summary.error_count} error records (more than --max-errors {max_errors}); see {out}[/]", highlight=False)
            raise typer.Exit(1)
