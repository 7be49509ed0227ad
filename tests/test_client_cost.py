"""Work done once instead of per article or per request (client cost on a fast endpoint) gives
the same answers as the work it replaces: the same characters cleaned, the same sentences,
the same response models, and instructor's async-validator check still refusing what it refused."""

import unicodedata

import pytest
from pydantic import BaseModel

from summarizer.backends import base  # noqa: F401  (installs the remembered check)
from summarizer.candidates import Candidates, NegotiationCandidate, Sentence, split_sentences
from summarizer.extraction import response_model_for
from summarizer.load import clean_text
from summarizer.rules import own_status, strongest_cue


def test_control_characters_removed_exactly_as_by_their_unicode_category():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    kept_by_category = "".join(ch for ch in every if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    # clean_text strips the ends and folds blank lines; compare the middle through a marker
    cleaned = clean_text("x" + every.replace("\n", "").replace("\r", "") + "x")
    assert cleaned == unicodedata.normalize("NFC", "x" + kept_by_category.replace("\n", "") + "x").strip()


def test_sentences_are_split_once_and_each_caller_owns_its_list():
    text = "Shelling hit the port. The U.N. envoy said talks would resume. Nobody was hurt."
    first, second = split_sentences(text), split_sentences(text)
    assert [s.text for s in first] == ["Shelling hit the port.", "The U.N. envoy said talks would resume.", "Nobody was hurt."]
    first.pop()
    assert len(second) == 3 and len(split_sentences(text)) == 3


def test_history_sentences_still_skip_the_statuses_they_skip():
    history = "Previous rounds of talks collapsed, and delegates met in Geneva again."
    live = "The truce has collapsed, the mediator said."
    candidates = Candidates([], [], [NegotiationCandidate(1, Sentence(history, 0, len(history)))])
    assert own_status(history) != "collapsed"
    assert (strongest_cue(candidates) or (1, None))[1] != "collapsed"
    assert own_status(live) == "collapsed"


def test_articles_of_one_shape_share_response_models_and_their_parts():
    a = response_model_for(_shape(quotes=2, numbers=3))
    b = response_model_for(_shape(quotes=2, numbers=3))
    c = response_model_for(_shape(quotes=2, numbers=4))
    assert a is b and a is not c
    # the quotes' part is the same class in both shapes
    assert a.model_fields["speakers"].annotation is c.model_fields["speakers"].annotation
    assert set(c.model_json_schema()["$defs"]["Figures"]["properties"]) == {"N1", "N2", "N3", "N4"}


def test_async_validator_check_still_refuses_every_time_and_remembers_passes():
    from instructor.v2.validation import async_validators

    check = async_validators.reject_async_validators
    assert getattr(check, "remembers_classes", False)

    class Plain(BaseModel):
        x: int

    check(Plain)
    check(Plain)

    class WithAsync(BaseModel):
        x: int

        @async_validators.async_field_validator("x")
        async def _x(self, value):  # pragma: no cover - never run
            return value

    for _ in range(2):
        with pytest.raises(ValueError, match="async validators"):
            check(WithAsync)


def _shape(quotes: int, numbers: int) -> Candidates:
    from summarizer.candidates import find_candidates

    said = " ".join(f'"The shelling of district {i} went on all night and nobody slept," said Ana Ruiz.' for i in range(quotes))
    figures = " ".join(f"{word} people were killed in Varna." for word in ("Two", "Three", "Four", "Five", "Six")[:numbers])
    found = find_candidates(f"{said} {figures}")
    assert len(found.quotes) == quotes and len(found.numbers) == numbers
    return found


def test_language_check_stays_small_in_memory():
    """The English check of a brief must not hold a batch run's memory up: lingua's full models
    for our twelve languages take ~210 MB resident, its low-accuracy (trigram) models ~17 MB."""
    import subprocess
    import sys

    code = (
        "import re\n"
        "def rss():\n"
        "    return int(re.search(r'VmRSS:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) / 1024\n"
        "from summarizer.brief import is_english\n"
        "before = rss()\n"
        "assert is_english('The shelling went on through the night, residents of the district said.')\n"
        "assert not is_english('Les pourparlers de Lisbonne ont été suspendus mardi après un désaccord.')\n"
        "print(rss() - before)\n"
    )
    grown = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip())
    assert grown < 60, f"the language detector took {grown:.0f} MB"


def test_gazetteer_rows_share_their_region_and_country_strings():
    """148,000 rows name 3,604 regions and 252 country codes: one string object each (not one
    per row, as the CSV reader makes them), or every process holds ~17 MB of copies."""
    from summarizer.gazetteer import gazetteer

    rows = [row for rows in gazetteer()._by_key.values() for row in rows]
    for field in (1, 2, 3, 4):
        values = {row[field] for row in rows}
        assert len({id(row[field]) for row in rows}) == len(values)
