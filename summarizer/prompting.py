"""Render the versioned prompt templates in prompts/ for one article and its candidates.

The system message is identical for every article, so llama.cpp reuses its KV cache across
articles (prompt-prefix caching) and an endpoint's prompt cache can too. Candidates are marked
inline in the article ([Q1], [N2], [S3]) rather than listed again, which keeps input tokens low
and shows the model each candidate in its context.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import jinja2

from summarizer.candidates import Candidates
from summarizer.resources import data_dir

DEFAULT_PROMPT_VERSION = "extract-v2"


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


def mark_article(text: str, candidates: Candidates, offset: int = 0) -> str:
    """Insert [Q#]/[N#]/[S#] markers before each candidate (offsets relative to `offset`)."""
    marks: list[tuple[int, int, str]] = []
    for s in candidates.negotiation:
        marks.append((s.sentence.start - offset, 0, f"[S{s.id}] "))
    for q in candidates.quotes:
        marks.append((q.start - offset, 1, f"[Q{q.id}]"))
    for n in candidates.numbers:
        marks.append((n.phrase.start - offset, 2, f"[N{n.id}]"))
    out, last = [], 0
    for pos, _, mark in sorted(marks):
        out.append(text[last:pos])
        out.append(mark)
        last = pos
    out.append(text[last:])
    return "".join(out)


def render(text: str, candidates: Candidates, version: str = DEFAULT_PROMPT_VERSION, offset: int = 0) -> Prompt:
    env = _environment(version)
    system = env.get_template("system.j2").render().strip()
    user = env.get_template("user.j2").render(
        marked_article=mark_article(text, candidates, offset),
        quotes=candidates.quotes,
        numbers=candidates.numbers,
        negotiation=candidates.negotiation,
    ).strip()
    return Prompt(version, system, user)
