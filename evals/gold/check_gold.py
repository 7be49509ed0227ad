#!/usr/bin/env python3
"""Validate a gold evaluation file (JSONL) and print its coverage table.

Standalone, standard library only:

    python evals/gold/check_gold.py                      # checks evals/gold/core.jsonl
    python evals/gold/check_gold.py path/to/other.jsonl  # any file in the same format
    python evals/gold/check_gold.py --no-minima ...      # skip the coverage minima
    python evals/gold/check_gold.py evals/gold/attribution.jsonl   # the attribution set and its minima

Errors (exit status 1): invalid JSON, missing or malformed fields, duplicate ids, a quote whose
`text` is not exactly `text[start:end]` of the article, a quote not opened by a quotation mark,
values outside the enums, a number in the brief that the article never gives, and (unless
--no-minima) coverage below the minima the set promises (see README.md): the core minima, or the
attribution minima when every record has source "attribution" (or with --minima attribution).

The attribution keys are validated wherever they appear: quotes[].speaker_role, casualties[].reported_by,
.period and .cumulative, and gold.negotiations[] with process, mediator, parties and status. Every
verbatim field (speaker_role, reported_by, period, mediator, parties) must occur in the article text,
case and punctuation included, on word boundaries; a label that is not in the text cannot be scored
against spans and is an error.
Warnings (reported, exit status unaffected): article length outside 150-450 words, a brief that is
not 2-3 sentences, long quoted passages (not run into a sentence) that no gold quote covers.

A key missing from `gold` means "not labelled" and is skipped; an empty list means "labelled: none".
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = ("killed", "injured", "detained", "missing", "displaced", "evacuated")
GROUPS = ("civilians", "children", "women", "combatants", "security_forces", "unspecified")
STATUSES = ("none", "proposed", "ongoing", "stalled", "agreement", "implementing", "collapsed")
GOLD_KEYS = ("brief", "quotes", "casualties", "negotiations", "negotiation_status")
TOP_KEYS = ("id", "source", "title", "date", "text", "gold", "meta")
QUOTE_KEYS = {"text", "speaker", "start", "end"}
QUOTE_OPTIONAL = {"speaker_role"}
CASUALTY_KEYS = {"kind", "group", "count", "count_is_minimum", "count_high", "reported_by", "period", "cumulative"}
NEGOTIATION_KEYS = {"process", "mediator", "parties", "status"}
SETTINGS = ("fictional", "real-places")
OPENING_MARKS = "\"“„«‘'‹"
PAIRS = (("“", "”"), ("«", "»"), ('"', '"'))

# Minima promised by the core set (README.md, "Coverage").
MIN_STATUS = {s: 2 for s in STATUSES} | {"none": 3}
MIN_KIND = 2
MIN_GROUP = 1
MIN_NO_QUOTE_ARTICLES = 3

# Minima promised by the attribution set (README.md, "Attribution set").
ATTR_MIN = {
    "articles": 34,
    "quotes with speaker_role": 50,
    "casualties with reported_by": 60,
    "negotiations with mediator": 20,
    "casualties with period": 20,
    "cumulative casualties": 10,
    "real-places articles": 10,
    "fictional articles": 10,
    "articles without quotes": 1,
    "articles without casualties": 1,
}
ATTR_MIN_STATUS = 2

# --- numbers -------------------------------------------------------------------------------
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_WORD_NUMBER = rf"\b(?:{_WORD})(?:[\s-]+(?:{_WORD}|{'|'.join(SCALES)}))*\b"
_DIGITS = r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(million|billion|thousand)\b)?"
_DOZEN = r"\b(?:a|one)\s+dozen\b|\bdozens\b"


def _parse_words(phrase: str) -> int | None:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", phrase.lower()):
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        elif word:
            return None
    return total + current


def number_values(text: str) -> set[int]:
    """Every number a reader can find in `text`: digits ('1,200', '1.5 million', '72-hour'),
    number words ('three', 'Twenty-five') and 'a dozen'/'dozens' (12)."""
    values: set[int] = set()
    for m in re.finditer(_DIGITS, text):
        whole, frac, scale = m.group(1), m.group(2) or "", m.group(3)
        value = float(whole.replace(",", "") + frac)
        if scale:
            values.add(int(round(value * SCALES[scale.lower()])))
        if not frac:
            values.add(int(value))
    for m in re.finditer(_WORD_NUMBER, text, re.IGNORECASE):
        parsed = _parse_words(m.group(0))
        if parsed is not None:
            values.add(parsed)
    if re.search(_DOZEN, text, re.IGNORECASE):
        values.add(12)
    return values


# --- checks ----------------------------------------------------------------------------------
def _quoted_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for opening, closing in PAIRS:
        if opening == closing:
            idx = [m.start() for m in re.finditer(re.escape(opening), text)]
            spans += [(idx[i] + 1, idx[i + 1]) for i in range(0, len(idx) - 1, 2)]
        else:
            for m in re.finditer(re.escape(opening) + "([^" + closing + "]*)" + re.escape(closing), text):
                spans.append((m.start(1), m.end(1)))
    return spans


def _sentences(text: str) -> int:
    # Split on ., ! or ? followed by a space and a capital letter; abbreviations like "U.N." have no space.
    return len(re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text.strip())) if text.strip() else 0


def on_word_boundary(needle: str, text: str) -> bool:
    """True if `needle` occurs in `text` verbatim and is not glued to a longer word on either side."""
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text) is not None


def check_record(rec: dict, where: str, errors: list[str], warnings: list[str]) -> None:
    def err(msg: str) -> None:
        errors.append(f"{where}: {msg}")

    def warn(msg: str) -> None:
        warnings.append(f"{where}: {msg}")

    for key in TOP_KEYS:
        if key not in rec:
            err(f"missing key {key!r}")
    extra = set(rec) - set(TOP_KEYS)
    if extra:
        err(f"unknown keys {sorted(extra)}")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        err("text must be a non-empty string")
        return
    for key in ("id", "source", "title"):
        if not isinstance(rec.get(key), str) or not rec.get(key):
            err(f"{key} must be a non-empty string")
    try:
        datetime.date.fromisoformat(str(rec.get("date")))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rec.get("date"))):
            raise ValueError
    except ValueError:
        err(f"date {rec.get('date')!r} is not YYYY-MM-DD")
    def verbatim(value: object, what: str) -> None:
        if value is None:
            return
        if not isinstance(value, str) or not value.strip():
            err(f"{what} must be a non-empty string or null")
        elif not on_word_boundary(value, text):
            err(f"{what} {value!r} does not occur in the text on word boundaries")

    meta = rec.get("meta")
    if not isinstance(meta, dict):
        err("meta must be an object")
    elif "setting" in meta:
        # The attribution set describes each article by its setting and free notes instead of tags.
        if meta["setting"] not in SETTINGS:
            err(f"meta.setting {meta['setting']!r} not in {SETTINGS}")
        if not isinstance(meta.get("notes"), str) or not meta["notes"].strip():
            err("meta.notes must be a non-empty string")
        if "covers" in meta and not (isinstance(meta["covers"], list) and all(isinstance(t, str) for t in meta["covers"])):
            err("meta.covers must be a list of strings")
    elif not isinstance(meta.get("covers"), list) or not all(isinstance(t, str) for t in meta["covers"]):
        err("meta.covers must be a list of strings (or give meta.setting and meta.notes)")

    words = len(text.split())
    if not 150 <= words <= 450:
        warn(f"article has {words} words (expected 150-450)")

    gold = rec.get("gold")
    if not isinstance(gold, dict):
        err("gold must be an object")
        return
    extra = set(gold) - set(GOLD_KEYS)
    if extra:
        err(f"unknown gold keys {sorted(extra)}")

    if "brief" in gold:
        brief = gold["brief"]
        if not isinstance(brief, str) or not brief.strip():
            err("gold.brief must be a non-empty string")
        else:
            n = _sentences(brief)
            if not 2 <= n <= 3:
                warn(f"brief has {n} sentences (expected 2-3)")
            missing = sorted(number_values(brief) - number_values(text))
            if missing:
                err(f"brief gives numbers the article does not: {missing}")

    if "quotes" in gold:
        quotes = gold["quotes"]
        if not isinstance(quotes, list):
            err("gold.quotes must be a list")
            quotes = []
        last_end = -1
        for i, q in enumerate(quotes):
            qw = f"quote {i}"
            if not isinstance(q, dict) or not QUOTE_KEYS <= set(q) or set(q) - QUOTE_KEYS - QUOTE_OPTIONAL:
                err(f"{qw}: must have the keys {sorted(QUOTE_KEYS)} (optional {sorted(QUOTE_OPTIONAL)})")
                continue
            qt, s, e, spk = q["text"], q["start"], q["end"], q["speaker"]
            if spk is not None and (not isinstance(spk, str) or not spk.strip()):
                err(f"{qw}: speaker must be a non-empty string or null")
            elif isinstance(spk, str) and not all(w in text.lower() for w in spk.lower().split()):
                # Resolved names and unnamed descriptions are taken from the article (a nickname
                # inside a name may be dropped, so each word is looked up, not the whole name).
                warn(f"{qw}: speaker {spk!r} does not occur in the text")
            verbatim(q.get("speaker_role"), f"{qw}: speaker_role")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"{qw}: bad offsets {s}:{e}")
                continue
            if text[s:e] != qt:
                where_found = text.find(qt) if isinstance(qt, str) else -1
                err(f"{qw}: text != article[{s}:{e}] ({text[s:e][:40]!r} vs {str(qt)[:40]!r}; found at {where_found})")
                continue
            if qt != qt.strip() or qt.endswith(","):
                err(f"{qw}: text must not have surrounding whitespace or a trailing comma")
            before = text[:s].rstrip(" \u00a0\u202f")
            if not before or before[-1] not in OPENING_MARKS:
                err(f"{qw}: not preceded by an opening quotation mark")
            if s < last_end:
                err(f"{qw}: overlaps or is out of order with the previous quote")
            last_end = e
        for s, e in _quoted_spans(text):
            # A quoted phrase run into a sentence ('was "a tragedy"') is a partial quote, not a direct one.
            lead = text[: s - 1].rstrip(" \u00a0\u202f")
            if lead and lead[-1].isalnum():
                continue
            if len(text[s:e].split()) >= 8 and not any(
                isinstance(q, dict) and isinstance(q.get("start"), int) and isinstance(q.get("end"), int)
                and q["start"] < e and s < q["end"] for q in quotes
            ):
                warn(f"quoted passage not covered by any gold quote: {text[s:e][:60]!r}")

    if "casualties" in gold:
        cas = gold["casualties"]
        if not isinstance(cas, list):
            err("gold.casualties must be a list")
            cas = []
        for i, c in enumerate(cas):
            cw = f"casualty {i}"
            if not isinstance(c, dict) or not {"kind", "group", "count"} <= set(c) or set(c) - CASUALTY_KEYS:
                err(f"{cw}: needs kind, group, count (optional {sorted(CASUALTY_KEYS - {'kind', 'group', 'count'})})")
                continue
            if c["kind"] not in KINDS:
                err(f"{cw}: kind {c['kind']!r} not in {KINDS}")
            if c["group"] not in GROUPS:
                err(f"{cw}: group {c['group']!r} not in {GROUPS}")
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 0:
                err(f"{cw}: count must be a non-negative integer")
            if "count_is_minimum" in c and not isinstance(c["count_is_minimum"], bool):
                err(f"{cw}: count_is_minimum, when present, must be true or false")
            if "cumulative" in c and not isinstance(c["cumulative"], bool):
                err(f"{cw}: cumulative, when present, must be true or false")
            verbatim(c.get("reported_by"), f"{cw}: reported_by")
            verbatim(c.get("period"), f"{cw}: period")
            if "count_high" in c:
                hi = c["count_high"]
                if not isinstance(hi, int) or isinstance(hi, bool) or (isinstance(c["count"], int) and hi < c["count"]):
                    err(f"{cw}: count_high must be an integer >= count")
                if c.get("count_is_minimum"):
                    err(f"{cw}: a range (count_high) cannot also be a minimum")

    if "negotiation_status" in gold and gold["negotiation_status"] not in STATUSES:
        err(f"negotiation_status {gold['negotiation_status']!r} not in {STATUSES}")

    if "negotiations" in gold:
        negs = gold["negotiations"]
        if not isinstance(negs, list):
            err("gold.negotiations must be a list")
            negs = []
        for i, n in enumerate(negs):
            nw = f"negotiation {i}"
            if not isinstance(n, dict) or set(n) != NEGOTIATION_KEYS:
                err(f"{nw}: must have exactly the keys {sorted(NEGOTIATION_KEYS)}")
                continue
            if not isinstance(n["process"], str) or not n["process"].strip():
                err(f"{nw}: process must be a non-empty string")
            if n["status"] not in STATUSES:
                err(f"{nw}: status {n['status']!r} not in {STATUSES}")
            verbatim(n["mediator"], f"{nw}: mediator")
            if not isinstance(n["parties"], list):
                err(f"{nw}: parties must be a list")
            else:
                for party in n["parties"]:
                    if party is None:
                        err(f"{nw}: a party cannot be null")
                    verbatim(party, f"{nw}: party")
        status = gold.get("negotiation_status")
        listed = {n.get("status") for n in negs if isinstance(n, dict)}
        # The overall status is that of the main process; background mentions may leave it at none.
        if status in STATUSES and status != "none" and status not in listed:
            err(f"negotiation_status {status!r} is not the status of any listed negotiation")


# --- coverage --------------------------------------------------------------------------------
def coverage(records: list[dict]) -> dict:
    status, kinds, groups, kind_articles, opening, tags = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    no_quotes = quotes_total = 0
    attr = Counter()
    for rec in records:
        attr["articles"] += 1
        setting = (rec.get("meta") or {}).get("setting")
        if setting:
            attr[f"{setting} articles"] += 1
        gold = rec.get("gold") or {}
        text = rec.get("text") or ""
        if "negotiation_status" in gold:
            status[gold["negotiation_status"]] += 1
        if isinstance(gold.get("casualties"), list):
            seen = set()
            for c in gold["casualties"]:
                if isinstance(c, dict):
                    kinds[c.get("kind")] += 1
                    groups[c.get("group")] += 1
                    seen.add(c.get("kind"))
            for k in seen:
                kind_articles[k] += 1
            cas = [c for c in gold["casualties"] if isinstance(c, dict)]
            attr["articles without casualties"] += not cas
            attr["casualties with reported_by"] += sum(1 for c in cas if c.get("reported_by"))
            attr["casualties with a null reported_by"] += sum(1 for c in cas if "reported_by" in c and c["reported_by"] is None)
            attr["casualties with period"] += sum(1 for c in cas if c.get("period"))
            attr["cumulative casualties"] += sum(1 for c in cas if c.get("cumulative") is True)
        if isinstance(gold.get("negotiations"), list):
            negs = [n for n in gold["negotiations"] if isinstance(n, dict)]
            attr["negotiations"] += len(negs)
            attr["negotiations with mediator"] += sum(1 for n in negs if n.get("mediator"))
            attr["articles with 2+ negotiations"] += len(negs) >= 2
        if isinstance(gold.get("quotes"), list):
            if not gold["quotes"]:
                no_quotes += 1
                attr["articles without quotes"] += 1
            attr["quotes with speaker_role"] += sum(
                1 for q in gold["quotes"] if isinstance(q, dict) and q.get("speaker_role"))
            attr["quotes with a null speaker_role"] += sum(
                1 for q in gold["quotes"] if isinstance(q, dict) and "speaker_role" in q and q["speaker_role"] is None)
            for q in gold["quotes"]:
                if isinstance(q, dict) and isinstance(q.get("start"), int):
                    quotes_total += 1
                    before = text[: q["start"]].rstrip(" \u00a0\u202f")
                    opening[before[-1] if before else "?"] += 1
        for t in (rec.get("meta") or {}).get("covers", []):
            tags[t] += 1
    return dict(status=status, kinds=kinds, groups=groups, kind_articles=kind_articles, opening=opening, attr=attr,
                tags=tags, no_quotes=no_quotes, quotes_total=quotes_total)


def print_coverage(cov: dict, n: int) -> None:
    print(f"\n## Coverage ({n} articles)\n")
    print("| negotiation_status | articles |\n|---|---|")
    for s in STATUSES:
        print(f"| {s} | {cov['status'][s]} |")
    print("\n| casualty kind | entries | articles |\n|---|---|---|")
    for k in KINDS:
        print(f"| {k} | {cov['kinds'][k]} | {cov['kind_articles'][k]} |")
    print("\n| casualty group | entries |\n|---|---|")
    for g in GROUPS:
        print(f"| {g} | {cov['groups'][g]} |")
    names = {"\"": 'straight "…"', "“": "curly “…”", "«": "guillemets «…»", "'": "single '…'", "‘": "curly ‘…’"}
    print(f"\n| quotes (opening mark) | quotes |\n|---|---|")
    for mark, count in cov["opening"].most_common():
        print(f"| {names.get(mark, repr(mark))} | {count} |")
    print(f"| total quotes | {cov['quotes_total']} |")
    print(f"| articles with no quotes | {cov['no_quotes']} |")
    if any(k in cov["attr"] for k in ("quotes with speaker_role", "casualties with reported_by", "negotiations")):
        print("\n| attribution labels | count |\n|---|---|")
        for key in sorted(cov["attr"]):
            print(f"| {key} | {cov['attr'][key]} |")
    if cov["tags"]:
        print("\n| meta.covers tag | articles |\n|---|---|")
    for tag in sorted(cov["tags"]):
        print(f"| {tag} | {cov['tags'][tag]} |")


def check_minima(cov: dict) -> list[str]:
    errors = []
    for s, need in MIN_STATUS.items():
        if cov["status"][s] < need:
            errors.append(f"coverage: status {s!r} in {cov['status'][s]} articles, need {need}")
    for k in KINDS:
        if cov["kind_articles"][k] < MIN_KIND:
            errors.append(f"coverage: kind {k!r} in {cov['kind_articles'][k]} articles, need {MIN_KIND}")
    for g in GROUPS:
        if cov["groups"][g] < MIN_GROUP:
            errors.append(f"coverage: group {g!r} has {cov['groups'][g]} entries, need {MIN_GROUP}")
    if cov["no_quotes"] < MIN_NO_QUOTE_ARTICLES:
        errors.append(f"coverage: {cov['no_quotes']} articles without quotes, need {MIN_NO_QUOTE_ARTICLES}")
    return errors


def check_attribution_minima(cov: dict) -> list[str]:
    errors = []
    for key, need in ATTR_MIN.items():
        if cov["attr"][key] < need:
            errors.append(f"coverage: {cov['attr'][key]} {key}, need {need}")
    for s in STATUSES:
        if cov["status"][s] < ATTR_MIN_STATUS:
            errors.append(f"coverage: status {s!r} in {cov['status'][s]} articles, need {ATTR_MIN_STATUS}")
    for k in KINDS:
        if cov["kind_articles"][k] < MIN_KIND:
            errors.append(f"coverage: kind {k!r} in {cov['kind_articles'][k]} articles, need {MIN_KIND}")
    for g in GROUPS:
        if cov["groups"][g] < MIN_GROUP:
            errors.append(f"coverage: group {g!r} has {cov['groups'][g]} entries, need {MIN_GROUP}")
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", default=str(Path(__file__).with_name("core.jsonl")))
    ap.add_argument("--no-minima", action="store_true", help="do not enforce any coverage minima")
    ap.add_argument("--minima", choices=("auto", "core", "attribution"), default="auto",
                    help="which set's minima to enforce (auto: attribution if every record's source is 'attribution')")
    args = ap.parse_args(argv)

    errors: list[str] = []
    warnings: list[str] = []
    records: list[dict] = []
    ids: Counter = Counter()
    with open(args.path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {lineno}: invalid JSON: {exc}")
                continue
            if not isinstance(rec, dict):
                errors.append(f"line {lineno}: not a JSON object")
                continue
            ids[rec.get("id")] += 1
            check_record(rec, f"line {lineno} ({rec.get('id')})", errors, warnings)
            records.append(rec)
    for rid, count in ids.items():
        if count > 1:
            errors.append(f"id {rid!r} appears {count} times")

    cov = coverage(records)
    print_coverage(cov, len(records))
    if not args.no_minima:
        minima = args.minima
        if minima == "auto":
            minima = "attribution" if records and all(r.get("source") == "attribution" for r in records) else "core"
        errors += check_attribution_minima(cov) if minima == "attribution" else check_minima(cov)

    print()
    for w in warnings:
        print(f"WARNING {w}")
    for e in errors:
        print(f"ERROR {e}")
    print(f"\n{len(records)} records, {len(errors)} errors, {len(warnings)} warnings: {'FAIL' if errors else 'OK'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
