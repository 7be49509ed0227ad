"""Show a summary to a person: rich text in a terminal, or Markdown for notes and tickets."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from summarizer.contract import ArticleSummary


def _count(c) -> str:  # type: ignore[no-untyped-def]
    if c.count_high is None:
        text = f"≥{c.count_low}"
    elif c.count_high == c.count_low:
        text = f"{c.count_low}"
    else:
        text = f"{c.count_low}–{c.count_high}"
    return f"~{text}" if c.approximate else text


def to_markdown(summary: ArticleSummary, title: str | None = None) -> str:
    lines = [f"# {title}" if title else "# Summary", "", summary.brief, ""]
    lines += [f"**Negotiation status:** {summary.negotiation_status.value}", ""]
    if summary.quotes:
        lines += ["## Quotes", ""]
        lines += [f"> “{q.text}”  \n> — {q.speaker or 'unnamed'}{', ' + q.speaker_role if q.speaker_role else ''}\n" for q in summary.quotes]
    if summary.casualties:
        lines += ["## Casualty figures", "", "| kind | group | count | location | reported by | evidence |", "|---|---|---|---|---|---|"]
        for c in summary.casualties:
            evidence = c.evidence.text.replace("|", "\\|").replace("\n", " ")
            lines.append(f"| {c.kind.value} | {c.group.value} | {_count(c)} | {c.location or ''} | {c.reported_by or ''} | {evidence} |")
        lines.append("")
    if summary.negotiations:
        lines += ["## Negotiations", ""]
        for n in summary.negotiations:
            who = ", ".join(n.parties) or "parties not named"
            mediator = f"; mediator: {n.mediator}" if n.mediator else ""
            lines.append(f"- **{n.process}** ({n.status.value}) — {who}{mediator}. Evidence: “{n.evidence.text}”")
        lines.append("")
    if summary.warnings:
        lines += ["## Warnings", ""] + [f"- {w}" for w in summary.warnings] + [""]
    p = summary.provenance
    lines.append(f"_{p.backend} · {p.model} · prompt {p.prompt_version} · {p.tokens_in}+{p.tokens_out} tokens · {p.latency_s:.1f} s_")
    return "\n".join(lines) + "\n"


def print_rich(summary: ArticleSummary, console: Console | None = None, title: str | None = None) -> None:
    console = console or Console()
    parts: list = [Text(summary.brief), Text(f"\nNegotiation status: {summary.negotiation_status.value}", style="bold")]
    if summary.quotes:
        quotes = Table(title="Quotes", show_lines=True, expand=True)
        quotes.add_column("speaker", style="cyan", ratio=1)
        quotes.add_column("quote", ratio=4)
        for q in summary.quotes:
            quotes.add_row(q.speaker or "unnamed", f"“{q.text}”")
        parts.append(quotes)
    if summary.casualties:
        figures = Table(title="Casualty figures", expand=True)
        for column in ("kind", "group", "count", "location", "evidence"):
            figures.add_column(column, ratio=4 if column == "evidence" else 1)
        for c in summary.casualties:
            figures.add_row(c.kind.value, c.group.value, _count(c), c.location or "", c.evidence.text)
        parts.append(figures)
    if summary.negotiations:
        talks = Table(title="Negotiations", expand=True)
        for column in ("process", "status", "parties", "mediator", "evidence"):
            talks.add_column(column, ratio=4 if column == "evidence" else 1)
        for n in summary.negotiations:
            talks.add_row(n.process, n.status.value, ", ".join(n.parties), n.mediator or "", n.evidence.text)
        parts.append(talks)
    for w in summary.warnings:
        parts.append(Text(f"warning: {w}", style="yellow"))
    p = summary.provenance
    parts.append(Text(f"{p.backend} · {p.model} · prompt {p.prompt_version} · {p.tokens_in}+{p.tokens_out} tokens · {p.latency_s:.1f} s", style="dim"))
    console.print(Panel(Group(*parts), title=title or "Summary", expand=True))
