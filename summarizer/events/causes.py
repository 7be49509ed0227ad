"""How the people were killed or held: the closed set of causes and the words that name them
(a specific weapon before a weak word such as "strikes" or "fighting")."""

from __future__ import annotations

import re
from typing import Sequence



CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (cause, re.compile(pattern, re.I))
    for cause, pattern in (
        ("chemical", r"\bchemical|toxic gas|poison(?:ous)? gas|\bsarin\b|\bchlorine\b|nerve agent|suffocat"),
        ("execution", r"\bexecut|behead|firing squad"),
        ("airstrike", r"air ?strike|air raid|air attack|warplane|\bjets?\b|aircraft|helicopter|barrel bomb|\bdrones?\b|aerial|bombing raid|airstrike"),
        ("shelling", r"\bshell(?:s|ed|ing)?\b|artillery|mortar|rocket|missile|bombard|tank fire|grad\b"),
        ("explosion", r"explo|\bblast|car bomb|\bbomb(?:s|ing|er)?\b|\bIEDs?\b|improvised explosive|suicide|landmine|\bmines?\b"),
        ("shooting", r"\bshot\b|shooting|gunfire|gunmen|sniper|opened fire|\bclash|firefight|small-arms fire|engaged|\bbattles?\b|gun ?battle|\bambush"),
        ("raid", r"\braid|\boperation\b|arrest|captur|detain|\bsearch"),
    )
)
# Words that name a cause only when no sentence read names a weapon or a kind of violence:
# "strikes" alone, "fighting" (the word of a whole front: "fresh fighting shook the city" before
# the rockets that killed).
_WEAK_CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("airstrike", re.compile(r"\bstrikes?\b", re.I)),
    ("shooting", re.compile(r"\bfighting\b", re.I)),
)



def cause(texts: Sequence[str]) -> str | None:
    """The cause named by the first text that names one (the event's sentence before the lead),
    by a specific word in any of them before a weak one (`_WEAK_CAUSES`) of the event's sentence."""
    for text in texts:
        for name, pattern in CAUSES:
            if pattern.search(text):
                return name
    # a weak word only in the event's own sentence ("urged both sides to stop fighting" in the
    # lead of a talks story is no cause)
    return next((name for name, pattern in _WEAK_CAUSES if texts and pattern.search(texts[0])), None)
