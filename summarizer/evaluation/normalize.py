"""Text normalisation for matching: what counts as "the same quote" regardless of typography.

Gold offsets index the raw source text while predictions index the cleaned text
(`summarizer.load.clean_text`), and sources differ in quote characters and spacing, so quotes
are compared as normalised text, never by offsets.
"""

from __future__ import annotations

import re
import unicodedata

# Typographic variants mapped to one ASCII form before comparing.
_CHAR_MAP = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
        "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
        "…": "...", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    }
)
# Stripped from both ends: quote marks, whitespace and punctuation ("…,” he said" leaves a comma).
_EDGE = " \t\n\r\"'.,;:!?-()[]{}"
_TOKEN = re.compile(r"[\w']+|[^\w\s]")
_WORD = re.compile(r"\w+(?:'\w+)*")


def normalize_text(text: str) -> str:
    """Case-folded, NFKC, one kind of quote and dash, single spaces, edge punctuation removed."""
    text = unicodedata.normalize("NFKC", text).translate(_CHAR_MAP).casefold()
    text = re.sub(r"\s+", " ", text)
    return text.strip(_EDGE)


def tokens(text: str) -> list[str]:
    """Word tokens of the normalised text (punctuation dropped), for overlap scores."""
    return _WORD.findall(normalize_text(text))


def contains_tokens(longer: list[str], shorter: list[str]) -> bool:
    """True when `shorter` occurs as a contiguous run of tokens inside `longer`."""
    if not shorter or len(shorter) > len(longer):
        return False
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))
