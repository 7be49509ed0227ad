"""Render the versioned prompt templates in prompts/ for one article and its candidates.

The system message is identical for every article, so llama.cpp reuses its KV cache across
articles (prompt-prefix caching) and an endpoint's prompt cache can too. Candidates are marked
inline in the article ([Q1], [N2], [S3]) rather than listed again, which keeps input tokens low
and shows the model each candidate in its context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Sequence

import jinja2

from summarizer.candidates import Candidates, paragraph_bounds, people_before
from summarizer.prompt_config import DEFAULT_PROMPT_VERSION, PromptConfig, Question, check_prompt_version, load_prompt_config, prompt_versions
from summarizer.resources import data_dir

__all__ = ["DEFAULT_PROMPT_VERSION", "Prompt", "asked", "check_prompt_version", "focused_view", "lead_view", "neutralise", "prompt_versions", "render"]

@dataclass(frozen=True)
class Prompt:
    version: str
    system: str
    user: str

    def messages(self) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system}, {"role": "user", "content": self.user}]


@lru_cache(maxsize=8)
def _environment(version: str) -> jinja2.Environment:
    folder = data_dir("prompts") / version
    if not folder.is_dir():
        raise FileNotFoundError(f"prompt version {version!r} not found in {folder.parent}")
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        autoescape=False,  # plain-text prompts, not HTML
    )


@dataclass(frozen=True)
class _Templates:
    """One prompt version, loaded and compiled once (the templates were looked up, checked for
    changes on disk and the user template's source read again for every article)."""

    system: str
    user: jinja2.Template


@lru_cache(maxsize=8)
def _templates(version: str) -> _Templates:
    env = _environment(version)
    return _Templates(env.get_template("system.j2").render().strip(), env.get_template("user.j2"))


# Text in the article that would read as our own delimiters or candidate markers: an
# <article>/</article> tag (any case, spaces inside) and a bracketed [Q12], [N3], [S1], [A2].
_FORGERY = re.compile(r"<(\s*/?\s*article\b[^<>]*)>|\[\s*([QNSA]\s*\d+)\s*\]", re.IGNORECASE)


def neutralise(text: str) -> str:
    """Article text as data in the prompt: a tag becomes ‹article›, a marker (Q12). Visible to
    the model, but neither closes the <article> block nor passes for a candidate we marked.
    Only the prompt changes; every offset still indexes the original text."""
    if "<" not in text and "[" not in text:
        return text
    return _FORGERY.sub(lambda m: f"‹{m.group(1)}›" if m.group(1) is not None else f"({m.group(2)})", text)


def mark_article(text: str, candidates: Candidates, offset: int = 0) -> str:
    """Insert [Q#]/[N#]/[S#] markers before each candidate (offsets relative to `offset`); the
    text between them is neutralised (`neutralise`) piece by piece, so no offset moves."""
    marks: list[tuple[int, int, str]] = []
    for s in candidates.negotiation:
        marks.append((s.sentence.start - offset, 0, f"[S{s.id}] "))
    for q in candidates.quotes:
        marks.append((q.start - offset, 1, f"[Q{q.id}]"))
    for n in candidates.numbers:
        marks.append((n.phrase.start - offset, 2, f"[N{n.id}]"))
    out, last = [], 0
    for pos, _, mark in sorted(marks):
        out.append(neutralise(text[last:pos]))
        out.append(mark)
        last = pos
    out.append(neutralise(text[last:]))
    return "".join(out)


def focused_view(text: str, candidates: Candidates, offset: int = 0, lead_words: int = 90, previous_paragraph: str = "always") -> str:
    """Only what the model needs: the lead (for the brief), the sentences holding number and
    talks candidates, and the paragraph of each quote it is asked about, plus the one before
    it ("always", or "when_unnamed": only when no person is named in the quote's paragraph
    before the quote). Omitted text is shown as '…'. Input tokens are most of the time of a
    CPU run."""
    keep: list[tuple[int, int]] = []
    words = 0
    for m in re.finditer(r"\S+", text):
        words += 1
        if words >= lead_words:
            keep.append((0, text.find("\n", m.end()) if text.find("\n", m.end()) >= 0 else len(text)))
            break
    else:
        keep.append((0, len(text)))
    for n in candidates.numbers:
        keep.append((n.sentence.start - offset, n.sentence.end - offset))
    for c in candidates.negotiation:
        keep.append((c.sentence.start - offset, c.sentence.end - offset))
    for q in candidates.quotes:
        start, end = paragraph_bounds(text, q.start - offset)
        if previous_paragraph == "always" or not people_before(text, q.start - offset, start):
            start, _ = paragraph_bounds(text, max(start - 3, 0))
        keep.append((start, end))
    merged: list[list[int]] = []
    for start, end in sorted(keep):
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces = []
    for start, end in merged:
        inside = candidates.within(offset + start, offset + end)
        pieces.append(mark_article(text[start:end], inside, offset + start).strip())
    return "\n…\n".join(pieces)


def asked(candidates: Candidates, config: PromptConfig, questions: frozenset[Question]) -> Candidates:
    """The candidates the model is asked about under `questions`: quotes whose attribution names
    nobody (or every quote, with `ask_named_quotes`), every number, the talks sentences."""
    quotes = [q for q in candidates.quotes if config.ask_named_quotes or not q.named_by_cue] if Question.speakers in questions else []
    numbers = candidates.numbers if Question.figure_kinds in questions else []
    negotiation = candidates.negotiation if Question.talks in questions or Question.status in questions else []
    actors = candidates.actors if Question.events in questions else []
    return Candidates(quotes, numbers, negotiation, actors)


def lead_view(text: str, words: int) -> str:
    """The story from its start to the first sentence end after `words` words (a brief's
    who/what/where/when), and never more than twice that: some archives have no paragraph
    breaks, and the whole article is not a lead."""
    count, cut = 0, len(text)
    for m in re.finditer(r"\S+", text):
        count += 1
        if (count >= words and re.search(r"[.!?][\"”’)]*$", m.group(0))) or count >= 2 * words:
            cut = m.end()
            break
    return neutralise(text[:cut]).strip()


def render(
    text: str, candidates: Candidates, config: PromptConfig | None = None, offset: int = 0, facts: Sequence[str] = (), marked: bool = True
) -> Prompt:
    """`candidates` are those the model is asked about (see `asked`). With `marked`, the
    focused view with [Q#]/[N#]/[S#] markers; without, the lead alone (a brief-only question).
    `facts`: the rules' findings shown beside the article (`brief_facts`)."""
    config = config or load_prompt_config()
    templates = _templates(config.version)
    # A cue phrase (shown by extract-v2) is article text too.
    quotes = [replace(q, cue=neutralise(q.cue)) if q.cue and neutralise(q.cue) != q.cue else q for q in candidates.quotes]
    actors = [replace(a, text=neutralise(a.text)) for a in candidates.actors]
    variables: dict[str, Any] = dict(quotes=quotes, numbers=candidates.numbers, negotiation=candidates.negotiation, actors=actors, facts=[neutralise(f) for f in facts])
    if marked:
        view = focused_view(text, candidates, offset, lead_words=config.lead_words, previous_paragraph=config.previous_paragraph)
    else:
        view = lead_view(text, config.lead_words)
    variables["view"] = variables["focused_article"] = view
    return Prompt(config.version, templates.system, templates.user.render(**variables).strip())
