"""Split an article that exceeds the context window into overlapping chunks at paragraph or
sentence boundaries, so nothing is silently truncated. Candidates keep global ids, so the
results of the chunks merge by de-duplication (see `pipeline._merge`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int
    # The prompt already rendered for this chunk (the pipeline renders the whole article's
    # prompt to see whether it fits, and keeps it rather than rendering it again).
    prompt: Any = field(default=None, compare=False, repr=False)


def _boundaries(text: str) -> list[int]:
    """Offsets where a chunk may start or end: paragraph breaks, else sentence ends."""
    cuts = {0, len(text)}
    cuts.update(m.end() for m in re.finditer(r"\n\s*\n", text))
    cuts.update(m.end() for m in re.finditer(r"[.!?][\"”’)]*\s+", text))
    return sorted(cuts)


def split_into_chunks(text: str, tokens: int, budget_tokens: int, overlap_ratio: float = 0.1) -> list[Chunk]:
    """Chunks of at most about `budget_tokens` each (estimated from this text's own chars per
    token), overlapping by about `overlap_ratio` so a quote on a border lands whole in one."""
    if tokens <= budget_tokens:
        return [Chunk(0, len(text))]
    chars_per_token = len(text) / max(tokens, 1)
    size = int(budget_tokens * chars_per_token)
    overlap = int(size * overlap_ratio)
    cuts = _boundaries(text)
    chunks: list[Chunk] = []
    start = 0
    while start < len(text):
        limit = start + size
        last = bisect_right(cuts, limit) - 1  # the last cut at or before the limit
        end = cuts[last] if last >= 0 and cuts[last] > start else min(limit, len(text))
        if end <= start:
            end = min(limit, len(text))
        chunks.append(Chunk(start, end))
        if end >= len(text):
            break
        back = end - overlap
        following = bisect_left(cuts, max(back, start + 1))  # the first cut at or after both
        start = cuts[following] if following < len(cuts) else end
        if start >= end:
            start = end
    return chunks
