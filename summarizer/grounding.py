"""Grounding checks: every claim in a summary must be checkable against the article.

These functions are called by the contract's validators (`summarizer.contract`) with pydantic's
validation context, which holds the cleaned article text under the key "article". Without that
context they pass, so a consumer can re-read stored JSON without the article. With it, a quote or
evidence that is not a verbatim span, a count its evidence does not state, or a number in the
brief that the article never gives raises a ValueError whose message tells the model (on an
instructor re-ask) or the user exactly what was wrong.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.numbers import find_number_phrases, number_values

# Numbers a brief may use without the article spelling them out: "one of the", "no one".
_ALWAYS_ALLOWED = {0, 1}


def article_from(context: Any) -> str | None:
    if isinstance(context, dict):
        article = context.get("article")
        if isinstance(article, str):
            return article
    return None


def check_span(text: str, start: int, end: int, context: Any) -> None:
    """`text` must be exactly `article[start:end]`."""
    article = article_from(context)
    if article is None:
        return
    if end <= start:
        raise ValueError(f"span end {end} is not after start {start}")
    if article[start:end] != text:
        where = article.find(text)
        hint = f"; it occurs at {where}" if where >= 0 else "; it does not occur in the article"
        raise ValueError(f"text {text[:80]!r} is not the article's span {start}:{end}{hint}")


def check_count_supported(low: int, high: int | None, evidence: str, context: Any) -> None:
    """The count must be one the evidence states (parsed the same way candidates are)."""
    if article_from(context) is None:
        return
    phrases = find_number_phrases(evidence)
    for phrase in phrases:
        if phrase.low == low and (high is None or high in phrase.values):
            return
    stated = ", ".join(repr(p.text) for p in phrases) or "no number"
    raise ValueError(f"count {low}..{high} is not stated by its evidence, which gives {stated}")


def unsupported_numbers(brief: str, article: str) -> list[int]:
    """Numbers in `brief` that the article never gives (the eval suite reports their rate)."""
    allowed = number_values(article) | _ALWAYS_ALLOWED
    return sorted(number_values(brief) - allowed)


def check_brief_numbers(brief: str, context: Any) -> None:
    article = article_from(context)
    if article is None:
        return
    missing = unsupported_numbers(brief, article)
    if missing:
        raise ValueError(f"the brief gives numbers the article does not: {missing}")


def occurs_as_words(name: str, article: str) -> bool:
    """`name` occurs in the article as whole words (case and spacing aside): "Tom Ford" is not
    in "tomorrow … afford", "UN" is not in "unit"."""
    words = name.split()
    if not words:
        return False
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    return re.search(pattern, article, re.IGNORECASE) is not None


def check_name(value: str | None, what: str, context: Any) -> None:
    """A name or role the summary states must occur in the article on word boundaries."""
    article = article_from(context)
    if article is None or value is None:
        return
    if not occurs_as_words(value, article):
        raise ValueError(f"{what} {value!r} does not occur in the article as written: use the article's words")
