"""One-to-one matching of predicted items to gold items, and the rules for "same speaker".

Matching is greedy by similarity: every eligible (gold, predicted) pair is scored, pairs are
taken best first, and each item is used at most once. A duplicate prediction therefore finds its
gold item taken and counts as a false positive, which is the point: saying a thing twice is not
twice as right. The exact rules are in evals/README.md.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from summarizer.contract import Casualty, CasualtyGroup, CasualtyKind
from summarizer.evaluation.gold import GoldCasualty
from summarizer.evaluation.normalize import contains_tokens, normalize_text, tokens

# A predicted quote matches a gold quote when the normalised texts are equal, when their token
# overlap (Dice/F1 over word multisets) reaches this value, or when one contains the other as a
# contiguous run of at least CONTAINMENT_MIN_TOKENS words.
QUOTE_OVERLAP_THRESHOLD = 0.8
CONTAINMENT_MIN_TOKENS = 3
# A predicted casualty count may miss the gold count by this fraction of the gold count.
COUNT_TOLERANCE = 0.10

# Gold speakers that are not names (PolNeAR marks the mention next to the quote, not the name).
PRONOUN_SPEAKERS = {
    "he", "she", "they", "it", "who", "whom", "which", "that", "i", "we", "you", "him", "her",
    "them", "us", "me", "one", "his", "their", "this", "those", "these",
    "the source", "a source", "sources", "the official", "an official", "officials", "the spokesman",
    "a spokesman", "the spokeswoman", "a spokeswoman", "the statement", "the report",
}
_NOT_NAME_WORDS = {
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "your", "he", "she", "they", "it", "we", "i", "who", "you",
}
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "president", "vice", "prime", "minister",
    "secretary", "gen", "general", "lt", "col", "colonel", "maj", "major", "capt", "captain", "sgt",
    "sen", "senator", "rep", "representative", "gov", "governor", "king", "queen", "prince",
    "sheikh", "ayatollah", "pope", "rev", "chancellor", "ambassador", "envoy", "commander",
    "spokesman", "spokeswoman", "mayor", "judge", "state", "foreign", "defense", "defence",
    "former", "deputy", "acting", "senior", "chief", "reporter", "admiral", "rear",
}


def _capitalised(word: str) -> bool:
    """'Assad', 'al-Assad', "O'Neill" are capitalised; 'senator' is not."""
    return bool(re.match(r"(?:[a-z]{1,3}[-'’])?[A-Z]", word))


@dataclass(frozen=True)
class Pair:
    gold: int
    pred: int
    score: float


@dataclass
class Matching:
    """Indices into the gold and predicted lists: matched pairs, unmatched gold, unmatched predictions."""

    pairs: list[Pair]
    missed: list[int]
    extra: list[int]

    @property
    def tp(self) -> int:
        return len(self.pairs)

    @property
    def fn(self) -> int:
        return len(self.missed)

    @property
    def fp(self) -> int:
        return len(self.extra)


def greedy_one_to_one(scores: dict[tuple[int, int], float], n_gold: int, n_pred: int) -> Matching:
    """Take eligible pairs best first (ties: lower gold index, then lower predicted index)."""
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[Pair] = []
    for (g, p), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        pairs.append(Pair(g, p, score))
    pairs.sort(key=lambda pair: pair.gold)
    return Matching(pairs, [g for g in range(n_gold) if g not in used_gold], [p for p in range(n_pred) if p not in used_pred])


# -- quotes ---------------------------------------------------------------------------------


def token_f1(a: list[str], b: list[str]) -> float:
    """Overlap of two word multisets: 2·|a∩b| / (|a|+|b|)."""
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return 2 * common / (len(a) + len(b))


def quote_similarity(predicted: str, gold: str) -> float | None:
    """The pair's score if the two quotes match, else None (see the module constants)."""
    if normalize_text(predicted) == normalize_text(gold) and normalize_text(gold):
        return 1.0
    p, g = tokens(predicted), tokens(gold)
    overlap = token_f1(p, g)
    if overlap >= QUOTE_OVERLAP_THRESHOLD:
        return overlap
    shorter, longer = (p, g) if len(p) <= len(g) else (g, p)
    if len(shorter) >= CONTAINMENT_MIN_TOKENS and contains_tokens(longer, shorter):
        return overlap
    return None


def match_quotes(predicted: Sequence[str], gold: Sequence[str]) -> Matching:
    scores = {}
    for g, gold_text in enumerate(gold):
        for p, pred_text in enumerate(predicted):
            score = quote_similarity(pred_text, gold_text)
            if score is not None:
                scores[(g, p)] = score
    return greedy_one_to_one(scores, len(gold), len(predicted))


def name_core(speaker: str) -> str:
    """The name part of an annotated speaker mention: parentheticals dropped, the first
    comma-separated part that holds a capitalised word, cut before " of/from/at " ("Craig Varoga,
    a D.C.-based strategist" -> "Craig Varoga"; "Stephanie Hooton of Derry" -> "Stephanie Hooton")."""
    text = re.sub(r"\([^)]*\)", " ", speaker)
    parts = [p.strip() for p in text.split(",") if p.strip()]
    core = next((p for p in parts if any(_capitalised(w) and w.casefold() not in _NOT_NAME_WORDS for w in p.split())), parts[0] if parts else "")
    head = re.split(r"\s+(?:of|from|at|in)\s+", core, maxsplit=1)[0]
    if any(_capitalised(w) and w.casefold().strip(".") not in TITLES | _NOT_NAME_WORDS for w in head.split()):
        core = head  # "Stephanie Hooton of Derry"; but not "Secretary of State John Kerry"
    return core.strip(" .'’")


def is_name(speaker: str | None) -> bool:
    """Whether a gold speaker is a name we can score: not a pronoun, relative or generic mention,
    and its name part (`name_core`) ends in a capitalised word that is not a determiner
    ("he", "who", "the source", "the Florida senator" are not names; "Lakhdar Brahimi",
    "Clinton", "Craig Varoga, a Democratic strategist" are)."""
    if not speaker or not speaker.strip():
        return False
    if normalize_text(speaker) in PRONOUN_SPEAKERS:
        return False
    words = name_core(speaker).split()
    if not words or len(words) > 8:
        return False
    last = words[-1].strip(".,'’")
    return bool(last) and _capitalised(last) and last.casefold() not in _NOT_NAME_WORDS


def surname(speaker: str) -> str | None:
    """The last capitalised, non-title word of the name part, its last word part ("al-Assad" -> "assad")."""
    candidates = [
        w for w in re.findall(r"[\w'’.-]+", name_core(speaker))
        if _capitalised(w) and w.casefold().strip(".") not in TITLES | _NOT_NAME_WORDS
    ]
    if not candidates:
        return None
    parts = re.findall(r"\w+", normalize_text(candidates[-1]))
    parts = [p for p in parts if p not in {"s"}]  # possessive "Party's" -> "party"
    return parts[-1] if parts else None


def speaker_matches(predicted: str | None, gold: str) -> bool:
    """Same person: equal after normalisation, or the gold surname is a word of the prediction."""
    if not predicted or not predicted.strip():
        return False
    if normalize_text(predicted) == normalize_text(gold):
        return True
    last = surname(gold)
    return last is not None and last in re.findall(r"\w+", normalize_text(predicted))


# -- casualties -----------------------------------------------------------------------------


def group_matches(predicted: CasualtyGroup, gold: CasualtyGroup) -> bool:
    """Same group, or either side unspecified."""
    return predicted == gold or CasualtyGroup.unspecified in (predicted, gold)


def count_matches(predicted: Casualty, gold: GoldCasualty, tolerance: float = COUNT_TOLERANCE) -> bool:
    """The gold count lies in the predicted low..high (high None = open), widened by `tolerance`.

    A gold count marked `count_is_minimum` ("at least N", ISAF's minimums) is matched by the
    predicted low bound alone: |count_low − N| ≤ tolerance·N.
    """
    g, low = gold.count, predicted.count_low
    slack = tolerance * g
    if gold.count_is_minimum:
        return abs(low - g) <= slack
    if g < low - slack:
        return False
    return predicted.count_high is None or g <= predicted.count_high + slack


def _count_distance(predicted: Casualty, gold: GoldCasualty) -> float:
    high = predicted.count_high if predicted.count_high is not None else predicted.count_low
    nearest = min(max(gold.count, predicted.count_low), high) if not gold.count_is_minimum else predicted.count_low
    return abs(nearest - gold.count) / max(gold.count, 1)


def casualty_score(predicted: Casualty, gold: GoldCasualty) -> float | None:
    """Pair score, or None if kind, group or count disagree. An exact group beats 'unspecified'."""
    if predicted.kind != gold.kind or not group_matches(predicted.group, gold.group) or not count_matches(predicted, gold):
        return None
    return (2.0 if predicted.group == gold.group else 1.0) - min(_count_distance(predicted, gold), 0.99)


def match_casualties(predicted: Sequence[Casualty], gold: Sequence[GoldCasualty]) -> Matching:
    scores = {}
    for g, gold_item in enumerate(gold):
        for p, pred_item in enumerate(predicted):
            score = casualty_score(pred_item, gold_item)
            if score is not None:
                scores[(g, p)] = score
    return greedy_one_to_one(scores, len(gold), len(predicted))


TOTAL_EXCLUDED_GROUPS = {CasualtyGroup.children, CasualtyGroup.women}


# Evidence that states a running or war-long toll rather than the event's.
CUMULATIVE_TOLL = re.compile(
    r"\bsince\b|\bso far\b|\bin total\b|\boverall\b|\bto date\b|\b(?:war|conflict|uprising|fighting) (?:first )?(?:erupted|began|started|broke out)",
    re.IGNORECASE,
)


def predicted_killed_total(predicted: Sequence[Casualty]) -> Casualty | None:
    """The figure taken as the article's killed total: among killed figures whose group is not
    children or women (subsets of civilians in FA-KES and in most reporting), those of the
    first sentence that states one, skipping cumulative tolls ("since 2011", "so far") unless
    there is nothing else; of that sentence's figures, the largest. News writing puts the
    event's toll first; war-long tolls come later as background. None when nothing killed was
    predicted (read as a total of 0)."""
    killed = [c for c in predicted if c.kind == CasualtyKind.killed and c.group not in TOTAL_EXCLUDED_GROUPS]
    if not killed:
        return None
    event = [c for c in killed if not CUMULATIVE_TOLL.search(c.evidence.text)] or killed
    first = min(c.evidence.start for c in event)
    return max((c for c in event if c.evidence.start == first), key=lambda c: (c.count_low, c.count_high if c.count_high is not None else c.count_low))


def killed_total_correct(figure: Casualty | None, gold_killed: int, tolerance: float = COUNT_TOLERANCE) -> bool:
    """Gold total within the figure's low..high (an open high reads as low), widened by `tolerance` of the gold."""
    if figure is None:
        return gold_killed == 0
    high = figure.count_high if figure.count_high is not None else figure.count_low
    slack = tolerance * gold_killed
    return figure.count_low - slack <= gold_killed <= high + slack
