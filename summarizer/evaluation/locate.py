"""Find where a gold quote sits in the cleaned article, for highlighting only.

Gold offsets index the source's raw text, the report shows the cleaned text the summarizer saw
(`summarizer.load.clean_text` may drop lines and normalise characters), so the quote is searched
for again: verbatim first, then with flexible whitespace. Scores never depend on this.
"""

from __future__ import annotations

import re
import unicodedata


def locate(text: str, needle: str, near: int | None = None) -> tuple[int, int] | None:
    """(start, end) of `needle` in `text`, the occurrence nearest to `near` if several; else None."""
    needle = unicodedata.normalize("NFC", needle).strip()
    if not needle:
        return None
    hits = [(m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), text)]
    if not hits:
        words = needle.split()
        pattern = r"\s+".join(re.escape(w) for w in words)
        hits = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    if not hits:
        return None
    if near is None:
        return hits[0]
    return min(hits, key=lambda hit: abs(hit[0] - near))
