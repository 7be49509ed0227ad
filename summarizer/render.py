"""Show a summary to a person: rich text in a terminal, or Markdown for notes and tickets."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from summarizer.contract import ArticleSummary


def figure_count(c) -> str:  # type: ignore[no-untyped-def]
    if c.count_high is None:
        text = f"≥{c.count_low}"
    elif c.count_high == c.count_low:
        text = f"{c.count_low}"
    else:
        text = f"{c.count_low}–{c.count_high}"
    return f"~{text}" if c.approximate else text


def event_line(number: int, event) -> str:  # type: ignore[no-untyped-def]
    """One line an analyst reads first: how, where, when, by whom, how many."""
    parts = [f"Event {number}", event.cause.value if event.cause else "cause not stated"]
    if event.location is not None:
        region = ", ".join(x for x in (event.location.admin1, event.location.country) if x and x != event.location.name)
        parts.append(f"{event.location.name}" + (f" ({region})" if region else ""))
    if event.date is not None:
        parts.append(f"{event.date.iso or '?'} (“{event.date.text}”)")
    if event.attributed_to is not None:
        parts.append(f"by {event.attributed_to.text}")
    if event.totals:
        parts.append(", ".join(f"{t.kind.value} {figure_count(t)}" for t in event.totals))
    return " · ".join(parts)


def figure_source(c) -> str:  # type: ignore[no-untyped-def]
    bits = [c.reported_by.text if c.reported_by else ""]
    if c.period is not None:
        bits.append(f"({c.period.text})")
    if c.cumulative:
        bits.append("[war-long]")
    return " ".join(b for b in bits if b)


def to_markdown(summary: ArticleSummary, title: str | None = None) -> str:
    lines = [f"# {title}" if title else "# Summary", "", summary.brief, ""]
    lines += [f"**Negotiation status:** {summary.negotiation_status.value}", ""]
    if summary.quotes:
        lines += ["## Quotes", ""]
        lines += [f"> “{q.text}”  \n> — {q.speaker or 'unnamed'}{', ' + q.speaker_role if q.speaker_role else ''}\n" for q in summary.quotes]
    if summary.events:
        lines += ["## Events", ""] + [f"- {event_line(i, e)}" for i, e in enumerate(summary.events, 1)] + [""]
    if summary.casualties:
        lines += ["## Casualty figures", "", "| kind | group | count | reported by | event | evidence |", "|---|---|---|---|---|---|"]
        for c in summary.casualties:
            evidence = c.evidence.text.replace("|", "\\|").replace("\n", " ")
            event = str(c.event + 1) if c.event is not None else ""
            lines.append(f"| {c.kind.value} | {c.group.value} | {figure_count(c)} | {figure_source(c)} | {event} | {evidence} |")
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
            who = (q.speaker or "unnamed") + (f"\n{q.speaker_role}" if q.speaker_role else "")
            quotes.add_row(who, f"“{q.text}”")
        parts.append(quotes)
    for i, event in enumerate(summary.events, 1):
        parts.append(Text(event_line(i, event), style="bold magenta"))
    if summary.casualties:
        figures = Table(title="Casualty figures", expand=True)
        figures.add_column("figure", ratio=2)
        figures.add_column("reported by", ratio=2)
        figures.add_column("event", ratio=1)
        figures.add_column("evidence", ratio=5)
        for c in summary.casualties:
            figures.add_row(f"{c.kind.value} · {c.group.value} · {figure_count(c)}", figure_source(c), str(c.event + 1) if c.event is not None else "", c.evidence.text)
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
