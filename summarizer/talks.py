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
_PROCESS = r"(?i:talks|negotiations|truce|cease-?fire|deal|agreement|accord|dialogue|peace process|process|plan|initiative|summit)"
_MEDIATOR = (
    re.compile(rf"(?P<m>{_NAME})-(?:brokered|mediated|sponsored|hosted|led|backed)\s+(?:\w+\s+){{0,2}}?{_PROCESS}"),
    re.compile(rf"\b(?:mediated|brokered|hosted|facilitated|sponsored|convened|chaired)\s+by\s+(?:the\s+)?(?P<m>{_NAME})(?=[\s,.;:]|$)"),
    re.compile(rf"\b(?:mediator|envoy|negotiator)s?,?\s+(?P<m>[A-Z][\w’'-]+(?:\s+(?:al-|de\s+|bin\s+)?[A-Z][\w’'-]+){{1,2}})"),
    re.compile(rf"(?P<m>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}}),\s+(?:the\s+|a\s+)?(?:[\w.’'-]+\s+){{0,4}}?(?:mediator|envoy)\b"),
    # "Leaders of the Lakes Community offered to host talks", "The Order of Saint Ivo, a Rome-based
    # group, offered to mediate", "The city council, which has hosted the talks since April"
    re.compile(rf"(?:\b(?:[Ll]eaders|[Oo]fficials|[Rr]epresentatives|[Dd]elegates) of\s+)?(?:[Tt]he\s+)?(?P<m>{_NAME}|(?:[A-Z][\w’'-]*\s+)+(?:[a-z]+\s+){{0,2}}(?:council|committee|commission|church|group|mission|union|league|bloc|community))"
               rf"(?:,\s+[^,;]{{2,60}},)?\s+(?:(?:on\s+\w+|has|have|had|also|again)\s+)*(?:offered|offers|agreed|proposed|volunteered)\s+(?:on\s+\w+\s+)?to\s+(?:host|mediate|broker|facilitate)\b"),
    re.compile(rf"(?:[Tt]he\s+)?(?P<m>(?:[A-Z][\w’'-]*\s+)+(?:[a-z]+\s+){{0,2}}?(?:council|committee|commission|church|group|mission|union|league|bloc|community|[A-Z][\w’'-]*)),\s+which\s+(?:has\s+|had\s+|have\s+)?(?:hosted|mediated|brokered|facilitated|sponsored|chaired)\b"),
)
_PARTY = r"[\w.’'-]+(?:\s+[\w.’'-]+){0,5}?"
_PARTY_END = r"(?=\s*(?:[,.;:()]|\s+(?:on|in|to|over|at|for|were|was|have|has|had|will|would|resumed|stalled|collapsed|broke|began|ended|is|are|agreed|signed|reached|failed)\b))"
# "The government of Orvania and the Free Hills Movement agreed to ...", "said the Guard and the Brigade had failed to agree"
_AGREEING = re.compile(
    rf"(?:^|(?<=[.;:–—-]\s)|(?<=\bsaid\s)|(?<=\bsaid that\s)|(?<=\)\s))(?:[Tt]he\s+)?(?P<a>{_PARTY})\s+and\s+(?:the\s+)?(?P<b>{_PARTY})(?:\s+\([A-Z][\w.&-]{{1,12}}\))?"
    rf"\s+(?:(?:have|has|had|on\s+\w+|also|finally)\s+)*(?:agreed|signed|reached|failed to agree|resumed talks|began talks|opened talks|held talks)\b"
)
_PARTIES = re.compile(
    rf"\b(?:{_PROCESS}|mediate|mediating|mediation)\s+(?:[\w’'-]+\s+){{0,3}}?between\s+(?:the\s+)?(?P<a>[\w.’'-]+(?:\s+[\w.’'-]+){{0,5}}?)\s+and\s+(?:the\s+)?(?P<b>[\w.’'-]+(?:\s+[\w.’'-]+){{0,5}}?)(?=\s*(?:[,.;:()]|\s+(?:on|in|to|over|at|for|were|was|have|has|had|will|would|resumed|stalled|collapsed|broke|began|ended|is|are)\b))"
)
_TRAILING = re.compile(r"\s+(?:of|for|and|the|de|bin)$")


def _clean(name: str) -> str | None:
    name = _TRAILING.sub("", name.strip(" ,.;:-–—")).strip()
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    name = re.sub(r"^(?:leaders|representatives|delegates|delegations|officials|envoys)\s+(?:of|from)\s+(?:the\s+)?", "", name, flags=re.I)
    name = re.sub(r"^(?P<keep>.*\b[A-Z][\w’'-]*) [a-z]+ed\b.*$", r"\g<keep>", name)  # "... Coast Front remained deadlocked": the verb is not the name
    if len(name) <= 1 or re.match(r"(?:two|three|both|several|all|other|some)\b", name, re.I):
        return None  # "two rebel factions" counts sides, it does not name them
    named = any(word[:1].isupper() for word in name.split())  # "rebel Coast Alliance" as written
    return name if named or name.islower() and len(name.split()) <= 4 else None


def mediator_of(sentence: str, article: str | None = None) -> str | None:
    """The mediator the process's sentence names, else (given `article`) the first the article names."""
    for text in (sentence, article or ""):
        for pattern in _MEDIATOR:
            match = pattern.search(text)
            if match and (name := _clean(match.group("m"))) and name.split()[0] not in {"The", "A", "An", "But", "And"}:
                return name
    return None


def parties_of(sentence: str, article: str | None = None) -> list[str]:
    """The two sides of "talks between X and Y" ("mediate between", "X and Y agreed"), as written,
    in the process's sentence, else (given `article`) the first the article names."""
    for text in (sentence, article or ""):
        for pattern in (_PARTIES, _AGREEING):
            match = pattern.search(text)
            if match is None:
                continue
            names = [name for part in ("a", "b") if (name := _clean(match.group(part)))]
            if len(names) == 2:
                return names
    return []


__all__ = ["mediator_of", "parties_of"]
