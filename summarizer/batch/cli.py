"""`summarizer batch`: the command-line face of `summarizer.batch.run`.

Exit codes: 0 when the run finished with at most --max-errors error records, 1 when it had
more (the output is still complete: every record is there, failures as error records),
2 for a bad option or an unusable input, output or state file (one line, before any model call
where it can be known then), 75 when another run holds the state file (`--wait` queues
instead), 130 when interrupted (rerun the same command to resume), and the other codes of
summarizer.errors for setup problems (missing model, endpoint down, ...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import typer
from rich.console import Console

from summarizer.cli_options import BackendOpt, BaseUrlOpt, ModelOpt, ModelPathOpt, ModeOpt, PromptOpt, TimeoutOpt


def parse_max_errors(text: str) -> str:
    """A count ("0", "25"), a share ("2%") or -1; checked when the command line is read, not
    after the run. Returns the text normalised for RunSummary.too_many_errors."""
    value = text.strip()
    number = value[:-1] if value.endswith("%") else value
    try:
        parsed = float(number) if value.endswith("%") else int(number)
    except ValueError:
        parsed = None
    if parsed is None or (value.endswith("%") and not 0 <= parsed <= 100) or (not value.endswith("%") and parsed < -1):
        raise _OptionError(f"--max-errors {text!r} is not a count (0, 25), a share (2%) or -1 (never fail)")
    return value


class _OptionError(Exception):
    """A bad option value, reported by `batch` as one line with exit code 2."""


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
        refresh: Annotated[bool, typer.Option("--refresh", help="Summarize every article again, ignoring the cache (the new results replace the cached ones).")] = False,
        wait: Annotated[bool, typer.Option("--wait", help="If another run is using the state file, wait for it to finish instead of exiting with code 75.")] = False,
        retries: Annotated[int, typer.Option("--retries", min=0, help="Extra tries of an article whose endpoint stayed down after the per-request retries.")] = 2,
        max_consecutive_failures: Annotated[int, typer.Option("--max-consecutive-failures", min=1, help="Stop the run after this many articles in a row fail at the backend (rerun to resume).")] = 5,
        engine: Annotated[str, typer.Option("--engine", help="async (one process) | processes (--workers processes on this machine) | ray (Ray Data, local or a cluster; extra summarizer[ray])")] = "async",
        workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="With --engine processes: worker processes (default: one per core); --concurrency is shared among them.")] = None,
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
            max_errors = parse_max_errors(max_errors)
        except _OptionError as bad:
            err.print(f"[bold red]error:[/] {bad}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
        try:
            summary = run(
                inputs, out, state=state, concurrency=concurrency, limit=limit, input_format=input_format,
                text_field=text_field, id_field=id_field, out_format=out_format, backend=backend, model=model,
                base_url=base_url, model_path=model_path, mode=mode, timeout=timeout, prompt_version=prompt_version,
                rpm=rpm, tpm=tpm, price_in=price_in, price_out=price_out, dry_run=dry_run, log_file=log_file,
                retry_errors=retry_errors, refresh=refresh, wait=wait, article_retries=retries, max_consecutive_failures=max_consecutive_failures, engine=engine, workers=workers, openai_batch=openai_batch, batch_wait=not no_wait,
                poll_interval_s=poll_interval, progress=progress, console=err,
            )
        except BatchInterrupted as stopped:
            done = stopped.summary
            err.print(summary_table(done))
            written = (f"{done.records} records written to {done.out} ({done.errors.get('not_done', 0)} not done yet)"
                       if done.out else f"{out} left as it was")
            err.print(
                f"[yellow]interrupted.[/] {written}; finished articles are saved in {done.state}. "
                "Run the same command again to resume (finished articles are not summarized again).",
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
