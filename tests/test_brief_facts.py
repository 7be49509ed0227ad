"""Brief key-fact coverage, on made-up gold records; every expected value is worked out by hand.

The place names were checked against the pinned gazetteer first: Ariha (as spelled) and Lashkar
Gah are in it, in Idlib and Helmand; "Khan Sheikhoun" is found only by the transliteration key
(Khan Shaykhun, Idlib); "Nad Ali" is not found at all; "Syrian" loosely matches the village of
Suran in Aleppo.
"""

from __future__ import annotations

import pytest

from summarizer.evaluation.brief_facts import aggregate_key_facts, brief_status, brief_statuses, key_facts
from summarizer.evaluation.gold import Gold, GoldArticle

FAKES_TEXT = "At least 12 civilians were killed on Sunday when government jets struck a market in Khan Sheikhoun in Idlib province, activists said."
ISAF_TEXT = "An Afghan and coalition security force killed two insurgents in Nad Ali district, Helmand province, yesterday."
TALKS_TEXT = "Talks between the government and the rebels remain deadlocked after a third round in Geneva ended without progress."


def fakes(killed: int = 12, location: str = "idlib", **meta) -> GoldArticle:
    return GoldArticle("fakes-1", FAKES_TEXT, Gold(casualty_totals={"killed": killed}, meta={"location": location, **meta}), source="fakes")


def isaf(province=("helmand",), min_killed: int = 2) -> GoldArticle:
    return GoldArticle("isaf-1", ISAF_TEXT, Gold(meta={"province": list(province), "min_killed": min_killed}), source="isaf")


def talks(status: str = "stalled", source: str = "fakes") -> GoldArticle:
    return GoldArticle("talks-1", TALKS_TEXT, Gold(negotiation_status=status), source=source)


def stated(facts: dict) -> dict[str, bool]:
    return {name: fact["stated"] for name, fact in facts.items()}


def test_fakes_killed_and_place_stated():
    facts = key_facts(fakes(), "At least 12 people were killed in Khan Sheikhoun.")
    assert stated(facts) == {"killed": True, "place": True}
    assert facts["killed"] == {"gold": 12, "stated": True, "found": "At least 12"}
    # Khan Sheikhoun is Khan Shaykhun (Idlib) by the transliteration key, after "in".
    assert facts["place"] == {"gold": "idlib", "stated": True, "found": "Khan Sheikhoun"}


def test_fakes_killed_within_ten_percent():
    # 10% of 12 is 1.2: 11 and 13 are within it, 14 (off by 2) is not.
    assert key_facts(fakes(), "Eleven were killed.")["killed"]["stated"] is True
    assert key_facts(fakes(), "Thirteen people died.")["killed"]["stated"] is True
    assert key_facts(fakes(), "Fourteen people died.")["killed"]["stated"] is False
    assert key_facts(fakes(), "A dozen people died.")["killed"]["found"] == "A dozen"
    # 20 gold: 10% is 2, so 18 states it, 17 does not.
    assert key_facts(fakes(killed=20), "18 died.")["killed"]["stated"] is True
    assert key_facts(fakes(killed=20), "17 died.")["killed"]["stated"] is False


def test_a_year_is_not_a_count():
    assert key_facts(fakes(killed=2016), "The 2016 offensive went on.")["killed"]["stated"] is False


def test_fakes_place_rules():
    # The division itself, any case.
    assert key_facts(fakes(), "Jets struck a market in idlib.")["place"]["found"] == "idlib"
    # Ariha is in the gazetteer as spelled: it counts even with no "in" before it.
    assert key_facts(fakes(), "Ariha was shelled on Sunday.")["place"]["found"] == "Ariha"
    # Khan Sheikhoun is only a transliteration match: with nothing saying it is a place, not counted.
    assert key_facts(fakes(), "Khan Sheikhoun was shelled on Sunday.")["place"]["stated"] is False
    # A place in another governorate, and a brief naming no place.
    assert key_facts(fakes(), "Twelve people were killed in Homs.")["place"]["stated"] is False
    assert stated(key_facts(fakes(), "Twelve people were killed on Sunday.")) == {"killed": True, "place": False}
    # damascus covers Rif-dimashq (Douma) and Dimashq (Damascus).
    assert key_facts(fakes(location="damascus"), "Shelling hit Douma.")["place"]["stated"] is True
    assert key_facts(fakes(location="damascus"), "Shelling hit Damascus.")["place"]["stated"] is True


def test_a_country_adjective_is_not_a_place():
    # "Syrian" loosely matches Suran (Aleppo), and "in the ... town" would make it a place mention.
    assert key_facts(fakes(location="aleppo"), "Shelling killed 12 in the Syrian border town.")["place"]["stated"] is False
    assert key_facts(fakes(location="aleppo"), "Shelling killed 12 in the Syrian border town of Manbij.")["place"]["found"] == "Manbij"


def test_fakes_multi_event_row_has_no_facts():
    assert key_facts(fakes(multi_event_article=True), "At least 12 people were killed in Khan Sheikhoun.") == {}


def test_fakes_zero_killed_is_not_a_fact():
    assert list(key_facts(fakes(killed=0), "No one was killed in Idlib.")) == ["place"]


def test_isaf_killed_exact_and_place():
    facts = key_facts(isaf(), "Two insurgents were killed in Nad Ali district of Helmand province.")
    # "Nad Ali" is not in the gazetteer; "Helmand" is the division itself.
    assert facts == {"killed": {"gold": 2, "stated": True, "found": "Two"}, "place": {"gold": "helmand", "stated": True, "found": "helmand"}}
    # ISAF counts are exact: three is not two.
    assert key_facts(isaf(), "Three insurgents were killed.")["killed"]["stated"] is False
    # A city of the province counts; "a Taliban commander" is one person.
    facts = key_facts(isaf(min_killed=1), "The force killed a Taliban commander near Lashkar Gah.")
    assert stated(facts) == {"killed": True, "place": True}
    assert facts["place"]["found"] == "Lashkar Gah"
    assert key_facts(isaf(), "Two insurgents were killed in Kandahar.")["place"]["stated"] is False


def test_isaf_facts_only_where_labelled():
    assert key_facts(isaf(province=("??",), min_killed=0), "Two insurgents were killed.") == {}
    assert list(key_facts(isaf(province=(), min_killed=2), "Two insurgents were killed.")) == ["killed"]


def test_status_from_own_status():
    assert key_facts(talks(), "The talks remain deadlocked.") == {"status": {"gold": "stalled", "stated": True, "found": "stalled"}}
    # A wrong reading is shown and not stated.
    assert key_facts(talks("collapsed"), "The talks remain deadlocked.")["status"] == {"gold": "collapsed", "stated": False, "found": "stalled"}


def test_status_lexicon_is_a_fallback():
    # No cue of the default table in "Talks began in Geneva on Monday."; the lexicon reads ongoing.
    assert brief_status("Talks began in Geneva on Monday.") == "ongoing"
    # Each sentence is read on its own (cue table, else lexicon); the brief states every status it reads.
    assert brief_statuses("Talks began in Geneva on Monday. Two days later they were suspended.") == ["ongoing", "stalled"]
    assert key_facts(talks("stalled"), "Talks began in Geneva on Monday. Two days later they were suspended.")["status"]["stated"]
    assert brief_status("Twelve people were killed in Ariha on Sunday.") is None


def test_status_facts_only_where_labelled():
    assert key_facts(talks("none"), "The talks remain deadlocked.") == {}
    no_label = GoldArticle("x", TALKS_TEXT, Gold(), source="core")
    assert key_facts(no_label, "The talks remain deadlocked.") == {}


def test_own_gold_killed_only_where_labelled_and_exact():
    core = GoldArticle("core-1", "text", Gold(casualty_totals={"killed": 5}, negotiation_status="ongoing"), source="core")
    assert stated(key_facts(core, "Five soldiers were killed as talks resumed.")) == {"killed": True, "status": True}
    assert key_facts(core, "Six soldiers were killed.")["killed"]["stated"] is False
    unlabelled = GoldArticle("attr-1", "text", Gold(negotiation_status="ongoing"), source="attribution")
    assert list(key_facts(unlabelled, "Five soldiers were killed.")) == ["status"]


@pytest.mark.parametrize("brief", [None, "", "   "])
def test_no_brief_states_nothing(brief):
    assert stated(key_facts(fakes(), brief)) == {"killed": False, "place": False}
    assert stated(key_facts(isaf(), brief)) == {"killed": False, "place": False}
    assert key_facts(talks(), brief) == {"status": {"gold": "stalled", "stated": False, "found": None}}


def test_aggregate_by_hand():
    samples = [
        key_facts(fakes(), "At least 12 people were killed in Khan Sheikhoun."),  # 2 of 2
        key_facts(isaf(), "Three insurgents were killed in Helmand."),  # place only: 1 of 2
        key_facts(talks("collapsed"), "The talks remain deadlocked."),  # 0 of 1
        key_facts(fakes(multi_event_article=True), "At least 12 people were killed."),  # no facts: left out
    ]
    result = aggregate_key_facts(samples)
    assert result["n"] == 3
    assert result["coverage"] == pytest.approx((1 + 0.5 + 0) / 3)  # 0.5
    assert result["per_fact"] == {
        "killed": {"n": 2, "stated": 0.5},  # FA-KES yes, ISAF no
        "place": {"n": 2, "stated": 1.0},
        "status": {"n": 1, "stated": 0.0},
    }


def test_aggregate_of_nothing():
    assert aggregate_key_facts([]) == {"coverage": None, "n": 0, "per_fact": {}}
    assert aggregate_key_facts([{}, {}]) == {"coverage": None, "n": 0, "per_fact": {}}
