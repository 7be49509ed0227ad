"""Who mediates a peace process and who its parties are, as the article names them.

Rules for the phrasings wire copy uses ("Qatar-brokered talks", "talks mediated by Norway",
"U.N. mediator Lakhdar Brahimi", "talks between the government and the Eastern Brigades"),
read in the process's own sentence first, then anywhere in the article for the mediator.
Names are verbatim and cut like the attribution gold: no leading article. They fill what the
model leaves empty, and are the answer of `--backend rules`.
"""

from __future__ import annotations

import re

# Capitalised words, with "of", "for", "and", "the" only between two of them ("Community of
# Sant'Egidio", "Switzerland and Norway").
_NAME = r"(?:[A-Z][\w.’'-]*|al-[A-Z][\w’'-]*)(?:(?:\s+(?:of|for|the|de|bin|and))*\s+(?:[A-Z][\w.’'-]*|al-[A-Z][\w’'-]*))*"
_PROCESS = r"(?:talks|negotiations|truce|cease-?fire|deal|agreement|accord|dialogue|peace process|process|plan|initiative|summit)"
_MEDIATOR = (
    re.compile(rf"(?P<m>{_NAME})-(?:brokered|mediated|sponsored|hosted|led|backed)\s+(?:\w+\s+){{0,2}}?{_PROCESS}"),
    re.compile(rf"\b(?:mediated|brokered|hosted|facilitated|sponsored|convened|chaired)\s+by\s+(?:the\s+)?(?P<m>{_NAME})(?=[\s,.;:]|$)"),
    re.compile(rf"\b(?:mediator|envoy|negotiator)s?,?\s+(?P<m>[A-Z][\w’'-]+(?:\s+(?:al-|de\s+|bin\s+)?[A-Z][\w’'-]+){{1,2}})"),
    re.compile(rf"(?P<m>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}}),\s+(?:the\s+|a\s+)?(?:[\w.’'-]+\s+){{0,4}}?(?:mediator|envoy)\b"),
)
_PARTIES = re.compile(
    rf"\b{_PROCESS}\s+(?:\w+\s+){{0,2}}?between\s+(?:the\s+)?(?P<a>[\w.’'-]+(?:\s+[\w.’'-]+){{0,5}}?)\s+and\s+(?:the\s+)?(?P<b>[\w.’'-]+(?:\s+[\w.’'-]+){{0,5}}?)(?=\s*(?:[,.;:()]|\s+(?:on|in|to|over|at|for|were|was|have|has|had|will|would|resumed|stalled|collapsed|broke|began|ended|is|are)\b))"
)
_TRAILING = re.compile(r"\s+(?:of|for|and|the|de|bin)$")


def _clean(name: str) -> str | None:
    name = _TRAILING.sub("", name.strip(" ,.;:")).strip()
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    return name if len(name) > 1 and name.split()[0][:1].isupper() or name.islower() and len(name.split()) <= 4 else None


def mediator_of(sentence: str, article: str | None = None) -> str | None:
    """The mediator the process's sentence names, else (given `article`) the first the article names."""
    for text in (sentence, article or ""):
        for pattern in _MEDIATOR:
            match = pattern.search(text)
            if match and (name := _clean(match.group("m"))) and name.split()[0] not in {"The", "A", "An", "But", "And"}:
                return name
    return None


def parties_of(sentence: str) -> list[str]:
    """The two sides of "talks between X and Y", as written."""
    match = _PARTIES.search(sentence)
    if match is None:
        return []
    return [name for part in ("a", "b") if (name := _clean(match.group(part)))]


__all__ = ["mediator_of", "parties_of"]
