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
_PROCESS = r"(?i:talks|negotiations|truce|cease-?fire|deal|agreement|accord|pact|armistice|pause|dialogue|peace process|process|plan|initiative|summit)"
# The verbs of a broker in the passive ("a truce brokered by ...").
_BY_VERB = (
    r"(?:mediated|brokered|hosted|facilitated|sponsored|convened|chaired|negotiated|"
    r"(?i:(?<=talks\s)|(?<=negotiations\s)|(?<=mediation\s)|(?<=dialogue\s)|(?<=process\s))led)"  # "talks led by", never "a delegation led by"
)
# A person after "negotiated by" is as often a side's own negotiator: only a third party's verbs.
_BY_THIRD_PARTY = _BY_VERB.replace("|negotiated", "")
_WHEN = r"(?:(?:last|this|earlier|late|on)\s+\w+\s+)?"  # "brokered last month by"
# A person named after the office that introduces them ("the mayor of Nerima, Dana Ferro", "the
# veteran diplomat Dana Ferro"): the mediator is the person (cutting rule 2).
_PERSON = r"[A-Z][\w’'-]+(?:\s+(?:al-|de\s+|bin\s+)?[A-Z][\w’'-]+){1,2}"
_OFFICE = r"(?:[\w.’'-]+\s+){0,4}?[a-z][\w’'-]*(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?"
# A broker named by a common noun: up to three lower-case words with an "of" complement ("council
# of village chiefs", "bishop of Nerima"), ending before a place, a relative clause or a participle
# ("elders from the valley", "clerics appointed by ..."); sides, pronouns and means are no broker.
_STOP = (
    r"(?:from|in|at|on|near|with|who|which|that|whose|after|before|since|between|to|and|or|but|by|for|over|under|as|when|"
    r"of|the|a|an|its|their|last|this|earlier|set|made|led|chosen|sent|known|drawn|based|both|two|either|them|it|him|her|us|"
    r"telephone|phone|video|sides|parties|themselves)"
)
_GROUP_WORD = rf"(?!{_STOP}\b)[a-z][\w’'-]*"
_GROUP = (
    rf"{_GROUP_WORD}(?:\s+(?![a-z][\w’'-]*ed\b){_GROUP_WORD}){{0,2}}"
    rf"(?:\s+of\s+(?:the\s+)?(?!{_STOP}\b)[A-Za-z][\w’'-]*(?:\s+(?![a-z][\w’'-]*ed\b)(?!{_STOP}\b)[A-Za-z][\w’'-]*){{0,2}})?"
)
# The same at the very start of the text, where its first word has a capital ("Elders who brokered
# the truce said", "Local elders who ...").
_OPENING_GROUP = rf"(?<![^\n])(?:[A-Z][\w’'-]*\s+)?{_GROUP}|(?<![^\n])[A-Z][a-z’'-]+"
_MEDIATOR = (
    re.compile(rf"(?P<m>{_NAME})-(?:brokered|mediated|sponsored|hosted|led|backed)\s+(?:\w+\s+){{0,2}}?{_PROCESS}"),
    re.compile(rf"\b{_BY_THIRD_PARTY}\s+{_WHEN}by\s+(?:(?:the|a|an)\s+)?{_OFFICE},\s+(?P<m>{_PERSON})(?=\s*[,.;:)]|\s+between\b|$)"),
    re.compile(rf"\b{_BY_THIRD_PARTY}\s+{_WHEN}by\s+(?:(?:the|a|an)\s+)?(?:[\w.’'-]+\s+){{0,4}}?(?!{_STOP}\b)[a-z][\w’'-]*\s+(?P<m>{_PERSON})(?=[\s,.;:)]|$)"),
    re.compile(rf"\b{_BY_VERB}\s+{_WHEN}by\s+(?:the\s+)?(?P<m>{_NAME})(?=[\s,.;:]|$)"),
    # "under U.N. auspices", "under the auspices of the African Union", "with the help of Qatar"
    re.compile(rf"\bunder\s+(?:the\s+)?(?P<m>{_NAME})\s+auspices\b"),
    re.compile(rf"\b(?:under\s+the\s+auspices|with\s+the\s+(?:help|mediation)|through\s+the\s+mediation)\s+of\s+(?:the\s+)?(?P<m>{_NAME})(?=[\s,.;:]|$)"),
    # "The African Union brokered a truce", "Turkey has been mediating between the government and the rebels",
    # "Egypt has been trying to broker a truce"
    re.compile(rf"(?:^|(?<=[.;:]\s)|(?<=\bsaid\s))(?:[Tt]he\s+)?(?P<m>{_NAME})\s+(?:(?:has|have|had|is|are|was|were|been|also|on\s+\w+)\s+)*"
               rf"(?:brokered|mediated|mediating|facilitated|facilitating|hosted|hosting|sponsored|convened|chaired|negotiated|"
               rf"(?:trying|seeking|working|attempting|striving)\s+to\s+(?:broker|mediate|facilitate))\s+(?:(?:a|an|the|last|this|new|its|\w+['’]s)\s+)*(?:[\w-]+\s+){{0,2}}?(?:{_PROCESS}|between)\b"),
    # "Qatar, which has mediated between the sides", "Egypt, which mediated the truce"
    re.compile(rf"(?:[Tt]he\s+)?(?P<m>{_NAME}),\s+which\s+(?:has\s+|had\s+|have\s+|is\s+|are\s+|was\s+)?(?:been\s+)?(?:hosted|hosting|mediated|mediating|brokered|brokering|facilitated|facilitating|sponsored|chaired)\b"),
    # "mediation by Oman", "mediators from Qatar and Egypt", "with Oman acting as mediator"
    re.compile(rf"\b(?:[Mm]ediation(?:\s+efforts)?\s+by|[Mm]ediators?\s+from)\s+(?:the\s+)?(?P<m>{_NAME})(?=[\s,.;:]|$)"),
    re.compile(rf"(?:\b[Ww]ith\s+)?(?:the\s+)?(?P<m>{_NAME}),?\s+(?:acting|serving)\s+as\s+(?:a\s+|the\s+)?(?:mediator|broker|facilitator|go-between)\b"),
    # "Mediator Dana Ferro", "the mediator, Kestovia, said"; a side's "chief negotiator" is no mediator
    re.compile(rf"\b(?:[Mm]ediator|[Ee]nvoy)s?(?:\s+(?:for|to|on)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?,?\s+(?P<m>{_PERSON}|(?<=,\s)[A-Z][\w’'-]+(?=,))"),
    re.compile(rf"(?P<m>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}}|[A-Z][\w’'-]+(?=,\s+the\s+mediator\b)),\s+(?:the\s+|a\s+)?(?:[\w.’'-]+\s+){{0,4}}?(?:mediator|envoy)\b"),
    # "Leaders of the Lakes Community offered to host talks", "The Order of Saint Ivo, a Rome-based
    # group, offered to mediate", "The city council, which has hosted the talks since April"
    re.compile(rf"(?:\b(?:[Ll]eaders|[Oo]fficials|[Rr]epresentatives|[Dd]elegates) of\s+)?(?:[Tt]he\s+)?(?P<m>{_NAME}|(?:[A-Z][\w’'-]*\s+)+(?:[a-z]+\s+){{0,2}}(?:council|committee|commission|church|group|mission|union|league|bloc|community))"
               rf"(?:,\s+[^,;]{{2,60}},)?\s+(?:(?:on\s+\w+|has|have|had|also|again)\s+)*(?:offered|offers|agreed|proposed|volunteered)\s+(?:on\s+\w+\s+)?to\s+(?:host|mediate|broker|facilitate)\b"),
    re.compile(rf"(?:[Tt]he\s+)?(?P<m>(?:[A-Z][\w’'-]*\s+)+(?:[a-z]+\s+){{0,2}}?(?:council|committee|commission|church|group|mission|union|league|bloc|community|[A-Z][\w’'-]*)),\s+which\s+(?:has\s+|had\s+|have\s+)?(?:hosted|mediated|brokered|facilitated|sponsored|chaired)\b"),
    # "the African Union mediator said", "the U.N. envoy": the body that sent an unnamed mediator
    # (last: a person named with the title, "U.N. mediator Lakhdar Brahimi", comes first)
    re.compile(rf"\b[Tt]he\s+(?P<m>{_NAME})\s+(?:mediator|envoy|mediation team)s?\b"),
    # Last, brokers named by a common noun, cut like a role: "brokered last month by local elders
    # from both towns" (the origin cut), "mediated by a committee of clan leaders set up by the
    # governor" (the participle cut), "elders who brokered it said". Only the verbs of a third party: a
    # deal "negotiated by rebel commanders" or talks "hosted by the city" name a side or a venue.
    re.compile(rf"\b(?:brokered|mediated|facilitated)\s+{_WHEN}by\s+(?:(?:a|an|the)\s+)?(?P<m>{_GROUP})(?=\s*[,.;:)]|\s+(?:{_STOP}|[a-z][\w’'-]*ed)\b|$)"),  # not "regime ally Iran"
    re.compile(rf"(?:^|(?<=[,;:]\s)|(?<=\b[Tt]he\s))(?P<m>{_OPENING_GROUP}|{_GROUP})\s+who\s+(?:(?:had|has|have|also)\s+)*(?:helped\s+(?:to\s+)?)?(?:brokered|mediated|facilitated|broker|mediate|facilitate)\b"),
)
_PARTY = r"[\w.’'-]+(?:\s+[\w.’'-]+){0,5}?"
_PARTY_END = (
    r"(?=\s*(?:[,.;:()]|$|\s+(?:for(?!\s+(?:the\s+)?[A-Z])|on|in|to|over|at|with|since|after|before|under|were|was|have|has|had|will|would|could|should|may|might|must|did|does|"
    r"resumed|stalled|collapsed|broke|began|opened|opens|started|starts|reconvened|ended|ends|is|are|agreed|signed|reached|failed|took|takes|came|held|holds|expired|lapsed|remained|remains|went|continued|met|meet|"
    r"said|says|say|told)\b))"
)
# "The government of Orvania and the Free Hills Movement agreed to ...", "said the Guard and the Brigade had failed to agree"
_AGREEING = re.compile(
    rf"(?:^|(?<=[.;:–—-]\s)|(?<=\bsaid\s)|(?<=\bsaid that\s)|(?<=\)\s))(?:[Tt]he\s+)?(?P<a>{_PARTY})\s+and\s+(?:the\s+)?(?P<b>{_PARTY})(?:\s+\([A-Z][\w.&-]{{1,12}}\))?"
    rf"(?:\s+(?:in|near|around)\s+(?:[\w.’'-]+\s+){{0,5}}?[\w.’'-]+?)?"  # "armed tribesmen in the Kesh valley agreed": the place is cut
    rf"\s+(?:(?:have|has|had|will|on\s+\w+|also|finally)\s+)*(?:agreed|signed|reached|failed to agree|resumed talks|began talks|opened talks|held talks|met|meet|are\s+meeting|(?:are\s+|were\s+|been\s+)?holding\s+(?:[\w-]+\s+){{0,2}}?(?:talks|negotiations)|(?:have\s+been|are|were)\s+negotiating|negotiated)\b"
)
# "talks between A and B", also past a broker's clause ("a truce brokered by the mayor, Dana Ferro, between ...")
_PARTIES = re.compile(
    rf"\b(?:{_PROCESS}|mediate|mediating|mediation)(?:,?\s+{_BY_VERB}\s+[^;:]{{1,80}}?,)?\s+(?:[\w’'-]+\s+){{0,3}}?between\s+(?:the\s+)?(?P<a>{_PARTY})(?:,\s+(?:the\s+)?(?P<c>{_PARTY}))?,?\s+and\s+(?:the\s+)?(?P<b>{_PARTY}){_PARTY_END}"
)
# "The Front said on Monday it was ending a ceasefire with the government": the side that speaks of
# its own process, through the pronoun.
_SAID_IT = r"(?:said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:was|were|is|are|had|has|have|would|will)\s+)?"
# "The government has held peace talks with the Hills Front", "The Front signed a ceasefire with the
# government", "Orvania's talks with the Front": the subject and the side it talks with.
_WITH = re.compile(
    rf"(?:^|(?<=[.;:–—-]\s)|(?<=\bsaid\s)|(?<=\bsaid that\s)|(?<=\)\s))(?:[Tt]he\s+)?(?P<a>{_PARTY})(?:['’]s)?\s+{_SAID_IT}(?:(?:has|have|had|will|would|on\s+\w+|also|finally)\s+)*"
    rf"(?:(?:held|holds|hold|began|begun|opened|resumed|started|launched|entered|signed|agreed\s+to|agreed|reached|struck|concluded)\s+|[a-z]+(?:ing|ed)\s+)?(?:(?:a|an|the|new|fresh|direct|formal|peace|its|their)\s+)*(?:[\w-]+\s+)?{_PROCESS}\s+with\s+(?:the\s+)?(?P<b>{_PARTY}){_PARTY_END}"
)
_TRAILING = re.compile(r"\s+(?:of|for|and|the|de|bin)$")


def _clean(name: str) -> str | None:
    abbreviation = re.search(r"(?:\b[A-Z]\.){2,}$", name.strip())  # "U.N." keeps its last full stop
    name = _TRAILING.sub("", name.strip(" ,.;:-–—")).strip() + ("." if abbreviation else "")
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    name = re.sub(r"['’]s$", "", name)  # "the government's talks with ...": the government
    name = re.sub(r"^(?:leaders|representatives|delegates|delegations|officials|envoys|negotiators)\s+(?:of|from)\s+(?:the\s+)?", "", name, flags=re.I)
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
        for pattern in (_PARTIES, _AGREEING, _WITH):
            match = pattern.search(text)
            if match is None:
                continue
            parts = ("a", "c", "b") if "c" in pattern.groupindex and match.group("c") else ("a", "b")
            names = [name for part in parts if (name := _clean(match.group(part)))]
            if len(names) == len(parts):
                return names
    return []


__all__ = ["mediator_of", "parties_of"]
