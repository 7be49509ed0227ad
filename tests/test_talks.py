"""Mediators and parties of a peace process from rules (issue 9); invented sentences."""

from __future__ import annotations

from summarizer.talks import mediator_of, parties_of


def test_parties_of_talks_between_two_sides_at_a_sentences_start():
    assert parties_of("Talks between the Orvan government and the Red Hills Brigades, brokered by Lisbon, were suspended.") == ["Orvan government", "Red Hills Brigades"]


def test_a_party_keeps_its_lower_case_modifier():
    assert parties_of("The bloc offered to host talks between Orvania's government and the rebel Coast Alliance, after clashes.") == ["Orvania's government", "rebel Coast Alliance"]


def test_parties_that_agree_or_are_mediated_between():
    assert parties_of("The government of Orvania and the Free Hills Movement agreed on Tuesday to extend a truce.") == ["government of Orvania", "Free Hills Movement"]
    assert parties_of("The group offered on Thursday to mediate between Orvania's government and the Hills Front, after fighting.") == ["Orvania's government", "Hills Front"]
    assert parties_of("Talks facilitated by Norway between the government of Orvania and the Hills Front were suspended.") == ["government of Orvania", "Hills Front"]


def test_parties_named_elsewhere_in_the_article():
    article = "The road reopened under a deal between the Hills movement and government forces, officials said. The deal was mediated by Oman."
    assert parties_of("The deal was mediated by Oman.", article) == ["Hills movement", "government forces"]
    assert parties_of("The deal was mediated by Oman.") == []


def test_mediators_that_host_or_offer_to_mediate():
    assert mediator_of("Leaders of the Lakes Community on Tuesday offered to host talks between the two sides.") == "Lakes Community"
    assert mediator_of("The Orvan city council, which has hosted the talks since April, said they had failed.") == "Orvan city council"
    assert mediator_of("The Order of Saint Ivo, a Rome-based group, offered on Thursday to mediate between the sides.") == "Order of Saint Ivo"


def test_a_dateline_dash_and_an_acronym_are_not_part_of_the_parties():
    text = "ORVA, Orvania (Wire) - The Orvan army and the Hills Liberation Movement-North (HLM-N) agreed on Tuesday to open a corridor."
    assert parties_of(text) == ["Orvan army", "Hills Liberation Movement-North"]


def test_a_verb_after_the_name_and_the_people_of_a_party_are_cut():
    assert parties_of("Talks between Orvania's government and the rebel Coast Front remained deadlocked.") == ["Orvania's government", "rebel Coast Front"]
    assert parties_of("Talks between leaders of the Ketu farming community and the Mbaro clans resumed.") == ["Ketu farming community", "Mbaro clans"]
