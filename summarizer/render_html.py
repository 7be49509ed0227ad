"""One summary as a self-contained HTML page: the article with every grounded span marked.

Each field the summary states is shown where the article says it (quotes, the figures'
sentences, the event's place, date and perpetrator, each figure's source and period, the talks'
sentences), with the field as the mark's title, so a reader checks the summary against the
article at a glance. jinja2 escapes every piece of article text: nothing from the article is
ever inserted as markup.
"""

from __future__ import annotations

from functools import lru_cache

import jinja2

from summarizer.contract import ArticleSummary, Span
from summarizer.evaluation.highlight import Highlight, cut
from summarizer.render import event_line, figure_count, figure_source


def _mark(span: Span | None, css: str, title: str) -> list[Highlight]:
    return [Highlight(span.start, span.end, css, title)] if span is not None else []


def summary_highlights(summary: ArticleSummary) -> list[Highlight]:
    """Every span of `summary`, classed by what it grounds."""
    marks: list[Highlight] = []
    for q in summary.quotes:
        who = (q.speaker or "unnamed") + (f", {q.speaker_role}" if q.speaker_role else "")
        marks.append(Highlight(q.start, q.end, "quote", f"quote — {who}"))
    for i, c in enumerate(summary.casualties, 1):
        event = f", event {c.event + 1}" if c.event is not None else ""
        marks += _mark(c.evidence, "figure", f"figure {i}: {c.kind.value} {c.group.value} {figure_count(c)}{event}")
        marks += _mark(c.reported_by, "source", f"source of figure {i}")
        marks += _mark(c.period, "period", f"period of figure {i}" + (" (war-long)" if c.cumulative else ""))
    for i, e in enumerate(summary.events, 1):
        if e.location is not None:
            region = ", ".join(x for x in (e.location.admin1, e.location.country) if x)
            marks.append(Highlight(e.location.start, e.location.end, "place", f"event {i} place: {e.location.name}" + (f" ({region})" if region else "")))
        if e.date is not None:
            marks.append(Highlight(e.date.start, e.date.end, "date", f"event {i} date: {e.date.iso or 'unresolved'}"))
        marks += _mark(e.attributed_to, "actor", f"event {i} perpetrator")
    for n in summary.negotiations:
        marks += _mark(n.evidence, "talks", f"{n.process}: {n.status.value}")
    return marks


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader("summarizer", "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("summary.html.j2")


def to_html(summary: ArticleSummary, article: str, title: str | None = None) -> str:
    """The page for one summary of `article` (the cleaned text its offsets index)."""
    return _template().render(
        title=title or "Summary", summary=summary, segments=cut(article, summary_highlights(summary)),
        events=[event_line(i, e) for i, e in enumerate(summary.events, 1)],
        figures=[(c, figure_count(c), figure_source(c)) for c in summary.casualties],
    )


__all__ = ["summary_highlights", "to_html"]
