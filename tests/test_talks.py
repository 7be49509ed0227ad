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


# -- more wire phrasings of mediators and parties (invented sentences) ------------------------


def test_mediators_that_broker_negotiate_or_lend_their_auspices():
    assert mediator_of("The African Union brokered a truce between the two sides last month.") == "African Union"
    assert mediator_of("Turkey has been mediating between the government and the rebels.") == "Turkey"
    assert mediator_of("Qatar, which has mediated between the sides, said talks would resume.") == "Qatar"
    assert mediator_of("Egypt, which mediated the truce, urged both sides to hold fire.") == "Egypt"
    assert mediator_of("The ceasefire, negotiated by Egypt, took effect at midnight.") == "Egypt"
    assert mediator_of("The deal was negotiated with the help of Qatar.") == "Qatar"
    assert mediator_of("Talks in Geneva, under U.N. auspices, stalled on Monday.") == "U.N."
    assert mediator_of("The U.N.-brokered ceasefire collapsed on Monday.") == "U.N."
    assert mediator_of("The talks, due to begin in Ankara next week, were postponed.") is None, "a venue is no mediator"


def test_parties_that_talk_with_sign_with_or_meet_each_other():
    assert parties_of("The government has held peace talks with the Hills Front since March.") == ["government", "Hills Front"]
    assert parties_of("The Hills Front signed a ceasefire with the government on Monday.") == ["Hills Front", "government"]
    assert parties_of("The government's talks with the Hills Front stalled on Monday.") == ["government", "Hills Front"]
    assert parties_of("Delegations from the government and the Hills Front met in Geneva on Monday.") == ["government", "Hills Front"]
    assert parties_of("A ceasefire between Orvania and Kestovia took effect at midnight.") == ["Orvania", "Kestovia"]


def test_three_parties_between_commas():
    assert parties_of("Talks between Orvania, the Hills Front and the Coast Alliance stalled.") == ["Orvania", "Hills Front", "Coast Alliance"]


def test_a_mediator_named_with_a_capitalised_title_or_by_the_body_that_sent_them():
    assert mediator_of("Mediator Dana Ferro said both sides wanted more time.") == "Dana Ferro"
    assert mediator_of("Talks were suspended on Friday, the Lakes Union mediator said, after a week of clashes.") == "Lakes Union"
    # a person named with the title still comes first
    assert mediator_of("The Lakes Union mediator, Dana Ferro, said talks would resume.") == "Dana Ferro"


def test_talks_about_a_truce_are_talks_and_are_listed_once():
    from summarizer.candidates import find_candidates
    from summarizer.rules import picks_from_hints

    article = (
        "Shelling Hits Orva as Ceasefire Talks Stall\n\n"
        "Talks in Nerima on a ceasefire for Orvania were suspended on Tuesday after the delegations failed to agree on prisoners, officials said.\n\n"
        "The delegations said they wanted more time to consult their leaders before any new round."
    )
    negotiations = picks_from_hints(article, find_candidates(article))["negotiations"]
    assert [(n["process"], n["status"]) for n in negotiations] == [("ceasefire talks", "stalled")]


def test_an_envoy_for_a_country_is_the_person_named_after_it():
    assert mediator_of("The U.N. envoy for Orvania, Dana Ferro, called on both sides to return to the truce.") == "Dana Ferro"


def test_the_verb_that_opens_the_talks_is_not_part_of_a_party():
    assert parties_of("Talks between the Orvan government and the Hills militia opened in Nerima on Monday.") == ["Orvan government", "Hills militia"]
    assert parties_of("Negotiations between the army and the Coast Front started late on Friday.") == ["army", "Coast Front"]


# --- s18 talks round ---
# Invented sentences for the wire phrasings the attribution gold's new articles showed the rules
# missed: brokers named by a common noun, people who mediate named after their office, and sides
# cut at a speech verb or split inside an organisation's name.


def test_a_broker_named_by_a_common_noun_is_cut_like_a_role():
    assert mediator_of("The truce, brokered last month by tribal elders from the two valleys, has largely held.") == "tribal elders"
    assert mediator_of("The accord, mediated by a council of village chiefs, took effect on Monday.") == "council of village chiefs"
    assert mediator_of("The pact was brokered by a panel of clerics appointed by the governor.") == "panel of clerics"
    assert mediator_of("The local truce was mediated by the bishop of Nerima on Monday.") == "bishop of Nerima"
    assert mediator_of("Gunmen began pulling back on Monday under a truce agreed last week, elders who brokered it said.") == "elders"


def test_a_capitalised_broker_still_wins_and_sides_or_means_are_no_broker():
    assert mediator_of("The truce, brokered by the Lakes Union, has largely held.") == "Lakes Union"
    assert mediator_of("The truce was negotiated by telephone over two nights.") is None
    assert mediator_of("A deal brokered by the two sides themselves took effect.") is None
    assert mediator_of("The deal, negotiated by rebel commanders and army officers, held.") is None


def test_a_person_who_mediates_is_named_after_their_office():
    assert mediator_of("A truce brokered by the mayor of Nerima, Dana Ferro, between the army and the militia held.") == "Dana Ferro"
    assert mediator_of("Talks led by the veteran Orvan diplomat Dana Ferro resumed on Monday.") == "Dana Ferro"
    assert mediator_of("Talks broke down when the mediator, Kestovia, said it could do no more.") == "Kestovia"


def test_a_sides_negotiator_or_delegation_leader_is_no_mediator():
    assert mediator_of("The Front's chief negotiator, Dana Ferro, walked out on Monday.") is None
    assert mediator_of("A government delegation led by Interior Minister Dana Ferro arrived in Nerima.") is None
    assert mediator_of("The deal was negotiated by the government's chief negotiator Dana Ferro.") is None


def test_a_side_ends_at_a_speech_verb_and_keeps_a_for_in_its_name():
    assert parties_of("“We are close,” the envoy mediating between the government of Orvania and the Hills Front said on Monday.") == ["government of Orvania", "Hills Front"]
    assert parties_of("The bloc offered to mediate between the government and the Front for the Liberation of Kesh, after clashes.") == ["government", "Front for the Liberation of Kesh"]
    assert parties_of("Talks between the army and the Hills Front for a third week stalled.") == ["army", "Hills Front"]


def test_a_side_that_says_it_ends_a_truce_with_the_other():
    assert parties_of("The rebel Hills Front said on Monday it was ending a ceasefire with the government of Orvania.") == ["rebel Hills Front", "government of Orvania"]
    assert parties_of("The rebels said on Monday that they had signed a truce with the army.") == ["rebels", "army"]


def test_sides_of_a_pact_a_long_brokered_clause_or_a_place():
    assert parties_of("Village elders signed a peace pact between cattle herders and farming families on Friday.") == ["cattle herders", "farming families"]
    assert parties_of("A truce brokered by the mayor of Nerima, Dana Ferro, between the army and the Hills militia held.") == ["army", "Hills militia"]
    assert parties_of("The army and armed tribesmen in the northern Kesh valley agreed a truce on Tuesday.") == ["army", "armed tribesmen"]


def test_an_office_before_a_one_word_name_is_no_common_noun_broker():
    assert mediator_of("The swap was brokered by border ally Kestovia and the Lakes Union.") is None


def test_sides_holding_talks_and_the_negotiators_of_a_side_are_cut():
    assert parties_of("The Orvan government and the Hills Front have been holding indirect talks for months.") == ["Orvan government", "Hills Front"]
    assert parties_of("Negotiators from the Orvan government and the Hills Front met in Nerima.") == ["Orvan government", "Hills Front"]


def test_mediators_in_other_tenses_and_constructions():
    assert mediator_of("Norway, which is facilitating the talks, said both sides wanted more time.") == "Norway"
    assert mediator_of("Egypt has been trying to broker a truce between the two sides.") == "Egypt"
    assert mediator_of("Kestovia is seeking to mediate between the rivals.") == "Kestovia"
    assert mediator_of("Mediation by Oman led to the release of prisoners.") == "Oman"
    assert mediator_of("Mediators from Qatar and Egypt said a deal was close.") == "Qatar and Egypt"
    assert mediator_of("With Oman acting as mediator, the sides met in Nerima.") == "Oman"
    assert mediator_of("Kestovia, the mediator, said both sides had agreed.") == "Kestovia"
