"""Split an article that exceeds the context window into overlapping chunks at paragraph or
sentence boundaries, so nothing is silently truncated. Candidates keep global ids, so the
results of the chunks merge by de-duplication (see `pipeline._merge`)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int


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
        end = max((c for c in cuts if start < c <= limit), default=min(limit, len(text)))
        if end <= start:
            end = min(limit, len(text))
        chunks.append(Chunk(start, end))
        if end >= len(text):
            break
        back = end - overlap
        start = min((c for c in cuts if c >= back and c > start), default=end)
        if start >= end:
            start = end
    return chunks
