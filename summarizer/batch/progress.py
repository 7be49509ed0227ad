"""What a person watching a batch sees: a live progress bar, then one summary table.

Both go to stderr so stdout stays clean for pipes. The bar is drawn only on a terminal (rich
turns it off otherwise), and the summary is printed either way so logs of unattended runs
still end with the totals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from summarizer.batch.cost import format_cost

if TYPE_CHECKING:
    from summarizer.batch.runner import RunSummary


class _Rate(TextColumn):
    def __init__(self) -> None:
        super().__init__("")

    def render(self, task):  # type: ignore[no-untyped-def]
        from rich.text import Text

        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed else "–/s", style="progress.data.speed")


class Reporter:
    """A rich progress bar fed one finished record at a time."""

    def __init__(self, console: Console, *, enabled: bool = True) -> None:
        self.console = console
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]batch"),
            BarColumn(),
            MofNCompleteColumn(),
            _Rate(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[errors]} err · {task.fields[cached]} cached · {task.fields[tokens]} tok · {task.fields[cost]}"),
            console=console,
            disable=not enabled,
            transient=False,
            refresh_per_second=4,
        )
        self.task = self.progress.add_task("batch", total=None, errors=0, cached=0, tokens=0, cost=format_cost(0.0))

    def start(self, total: int | None) -> None:
        self.progress.update(self.task, total=total)
        self.progress.start()

    def update(self, *, done: int, errors: int, cached: int, tokens: int, cost: float | None) -> None:
        self.progress.update(self.task, completed=done, errors=errors, cached=cached, tokens=f"{tokens:,}", cost=format_cost(cost))

    def stop(self) -> None:
        self.progress.stop()


def summary_table(summary: "RunSummary") -> Table:
    """The end-of-run totals: what was done, what failed and why, what it cost, how fast."""
    table = Table(title="batch summary" + (" (interrupted)" if summary.interrupted else ""), show_header=False, title_justify="left")
    table.add_column("what", style="bold")
    table.add_column("value", justify="right")
    table.add_row("records", f"{summary.records:,}")
    table.add_row("ok", f"{summary.ok:,}")
    table.add_row("errors", f"{summary.error_count:,}")
    for kind, count in sorted(summary.errors.items()):
        table.add_row(f"  {kind}", f"{count:,}")
    table.add_row("from cache", f"{summary.cached:,}")
    if summary.skipped:
        table.add_row("skipped (not articles)", f"{summary.skipped:,}")
    table.add_row("LLM calls", f"{summary.llm_calls:,}")
    table.add_row("tokens in / out", f"{summary.tokens_in:,} / {summary.tokens_out:,}")
    table.add_row("cost", format_cost(summary.cost))
    table.add_row("wall time", f"{summary.wall_s:.1f} s")
    table.add_row("articles/s", f"{summary.articles_per_s:.1f}")
    return table


def dry_run_table(summary: "RunSummary") -> Table:
    table = Table(title="dry run: estimate, no LLM calls made", show_header=False, title_justify="left")
    table.add_column("what", style="bold")
    table.add_column("value", justify="right")
    table.add_row("records", f"{summary.records:,}")
    table.add_row("already in cache", f"{summary.cached:,}")
    table.add_row("to summarize", f"{summary.to_call:,}")
    table.add_row("unreadable (error records)", f"{summary.error_count:,}")
    table.add_row("est. tokens in / out", f"{summary.tokens_in:,} / {summary.tokens_out:,}")
    table.add_row("est. cost", format_cost(summary.cost))
    return table
