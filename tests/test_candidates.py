"""Deterministic candidates: quote spans, speakers, casualty numbers, negotiation sentences."""

from summarizer.candidates import find_candidates, find_quotes, split_sentences


def test_curly_and_straight_quotes_are_verbatim_spans(fixture_text):
    text = fixture_text("truce-talks.txt")
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == [
        "Every day without a truce costs lives",
        "We have a framework on the table, and I expect the first results this week.",
        "We came here in good faith",
        "but the army must stop its raids.",
    ]
    assert all(text[q.start : q.end] == q.text for q in quotes)
    assert len(quotes) == 4


def test_trailing_comma_inside_quote_is_trimmed():
    text = 'He said: "We will not leave this town, whatever happens," the commander said.'
    (quote,) = find_quotes(text)
    assert quote.text == "We will not leave this town, whatever happens"
    assert text[quote.start : quote.end] == quote.text


def test_split_quote_gets_one_speaker_for_both_parts(fixture_text):
    text = fixture_text("truce-talks.txt")
    quotes = find_quotes(text)
    assert quotes[2].speaker_hint == "Pieter Dlamini"
    assert quotes[3].speaker_hint == "Pieter Dlamini"


def test_speaker_named_after_the_quote_and_titles_stripped():
    text = "“Our units fired only at rebel positions,” army spokesman Col. Tomas Reyes said."
    (quote,) = find_quotes(text)
    assert quote.speaker_hint == "Tomas Reyes"


def test_pronoun_speaker_resolved_to_earlier_name():
    text = "Mediator Grace Okonjo met both sides.\n\n“We are not giving up on this process,” she told reporters."
    (quote,) = find_quotes(text)
    assert quote.speaker_hint == "Grace Okonjo"


def test_multi_paragraph_quote_is_one_span():
    text = "“The first paragraph of the statement goes here.\n\n“And the second paragraph closes it,” she said."
    (quote,) = find_quotes(text)
    assert quote.text.startswith("The first") and quote.text.endswith("closes it")


def test_scare_quotes_and_guillemets():
    text = "Officials called it a “victory”. « Nous ne partirons pas d'ici », a déclaré le maire."
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["Nous ne partirons pas d'ici"]


def test_number_candidates_skip_years_durations_and_headline_duplicates():
    text = "Strikes Kill 12 in Varosh\n\nIn 2024 a truce held for three days before shelling killed at least 12 civilians."
    numbers = find_candidates(text).numbers
    assert [(n.phrase.text, n.kind_hint, n.group_hint) for n in numbers] == [("at least 12", "killed", "civilians")]


def test_negotiation_sentences_and_abbreviations():
    text = "U.N. official Gen. Mark Tor arrived. The truce was extended by three days. Shelling continued."
    sentences = split_sentences(text)
    assert [s.text for s in sentences][0] == "U.N. official Gen. Mark Tor arrived."
    assert [c.sentence.text for c in find_candidates(text).negotiation] == ["The truce was extended by three days."]


def test_partial_quotes_and_titles_are_not_direct_quotes():
    text = (
        "Clinton called the agreement “an historic step forward for the region” on Monday. "
        "Fans of “Orange Is the New Black” cheered.\n\n"
        "“We came here in good faith,” he said, “but the army must stop its raids.”"
    )
    assert [q.text for q in find_quotes(text)] == ["We came here in good faith", "but the army must stop its raids."]


def test_quote_continuing_an_attributed_quote_keeps_its_speaker():
    text = "Mayor Ana Ruiz spoke first.\n\n“The water is gone,” Ruiz said on Monday. “We need the convoy to arrive before Friday.”"
    quotes = find_quotes(text)
    assert [q.speaker_hint for q in quotes] == ["Ana Ruiz", "Ana Ruiz"]


def test_appositive_and_present_tense_attribution():
    text = "“The ceasefire is holding in most districts,” Omar Haddad, the council's spokesman, tells reporters."
    assert find_quotes(text)[0].speaker_hint == "Omar Haddad"


def test_day_of_a_date_line_is_not_a_count():
    text = "12 February 2015 Casualties mount in the city. More than 120 people have been killed since 3 March."
    assert [n.phrase.text for n in find_candidates(text).numbers] == ["More than 120"]


def test_speaker_is_the_name_next_to_the_verb_not_an_earlier_capitalised_word():
    cases = {
        "In a statement Thursday, Clinton spokesman Jesse Ferguson said, “We will not stop here today.”": "Jesse Ferguson",
        "“That was a grave mistake by them,” explained Los Angeles-based attorney Edgar Martirosyan.": "Edgar Martirosyan",
        "He said allies were rattled. Asked about it, Ryan said, “They are worried about the future.”": "Ryan",
        "“This is disrespectful to our troops,” Bolton charged.": "Bolton",
    }
    for text, speaker in cases.items():
        assert find_quotes(text)[0].speaker_hint == speaker, text


def test_a_full_name_never_runs_across_a_paragraph_break():
    from summarizer.candidates import full_name

    text = "Barrel bombs hit Varosh\n\nActivists said airstrikes killed 90 people.\n\nPetra\nValchenko, the governor, said more had died."
    assert full_name(text, "Activists") == "Activists"  # not "Varosh\n\nActivists": the headline is another paragraph
    assert full_name(text, "Valchenko") == "Petra\nValchenko"  # a hard-wrapped line still joins a name


# --- casualty figures the candidates missed (rules3-nums2): invented sentences ---------------

import pytest  # noqa: E402

from summarizer.events import attached_kind  # noqa: E402


def _figures(text: str) -> list[tuple[str, str | None, str]]:
    """(phrase, kind, group) as the rules read them: the hint, overruled by the attached word."""
    return [(n.phrase.text, attached_kind(n) or n.kind_hint, n.group_hint) for n in find_candidates(text).numbers if n.kind_hint]


def test_each_number_of_a_list_of_kinds_takes_its_own_verb():
    assert _figures("The mortar round killed seven and wounded 19 near the gate.") == [
        ("seven", "killed", "unspecified"), ("19", "injured", "unspecified"),
    ]
    assert [f[:2] for f in _figures("Raiders stormed the post, killing two guards and wounding five others.")] == [
        ("two", "killed"), ("five", "injured"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shelling of the valley killed 14 people, nine of them children.", ("nine", "killed", "children")),
        ("At least 40 people were killed. The governor said 21 of them were civilians.", ("21", "killed", "civilians")),
        ("Of the 50 people who died, 29 of the dead were fighters.", ("29", "killed", "combatants")),
    ],
)
def test_a_partitive_subset_is_a_figure_of_its_group(text, expected):
    assert expected in _figures(text)


def test_one_of_the_is_still_a_reference_not_a_count():
    assert [f[0] for f in _figures("It was one of the deadliest attacks, killing 11 people.")] == ["11"]


def test_people_a_side_holds_are_detained():
    assert _figures("The ministry says it holds 190 prisoners taken in the fighting.") == [("190", "detained", "unspecified")]


def test_a_hard_wrapped_line_keeps_its_figure():
    text = "Troops killed a\nsuspected insurgent near the river on Sunday."
    assert [f[:2] for f in _figures(text)] == [("a\nsuspected insurgent", "killed")]


def test_things_destroyed_are_not_casualties():
    assert [f[0] for f in _figures("Fighters burned three vehicles and two houses and killed four guards.")] == ["four"]


def test_an_age_is_no_count_but_its_person_is_one():
    assert _figures("A 12-year-old boy was killed when the shell hit.") == [("A 12-year-old boy", "killed", "children")]


def test_a_person_before_a_thing_word_is_still_a_person():
    assert _figures("An insurgent mortar team was killed by an air strike.") == [("An insurgent", "killed", "combatants")]


def test_people_in_detention_are_detained_and_freed_prisoners_are_no_figure():
    assert _figures("Some 300 people remain in detention, the monitors said.") == [("Some 300", "detained", "civilians")]
    assert _figures("The two sides freed 45 prisoners in a swap on Friday.") == []


def test_a_prisoner_exchange_is_no_person_and_two_sides_are_no_figure():
    text = "Envoys met to plan a prisoner exchange on Monday. The two sides hold about 900 prisoners of war."
    assert _figures(text) == [("about 900", "detained", "unspecified")]


def test_a_side_holding_ground_is_no_detention():
    assert _figures("The army, which holds the river port, said 3 convoys could pass.") == []


def test_a_bare_count_held_after_talk_of_prisoners_is_detained():
    text = "The rebels want 300 of their men freed from state jails. The ministry says it holds 120."
    assert ("120", "detained", "unspecified") in _figures(text)


def test_citizens_are_civilians():
    assert _figures("Two citizens were injured and 3 citizens killed when shells hit the market.") == [
        ("Two", "injured", "civilians"), ("3", "killed", "civilians"),
    ]


def test_a_part_of_things_is_no_casualty():
    text = "Jets struck two of the group's positions, killing 30 fighters."
    assert [f[0] for f in _figures(text)] == ["30"]


def test_a_pronoun_after_an_unnamed_speaker_in_its_paragraph_is_that_speaker():
    text = (
        "Mayor Dana Ferro said the road would stay closed. “We will reopen it when it is safe,” she said.\n\n"
        "A shopkeeper in the old market, reached by phone, said the shutters had stayed down all week. "
        "“Nobody buys bread under shelling,” he said.\n\n"
        "In the port, a nurse at the clinic who gave only her first name, Mira, said the wards were full. "
        "“We sleep in the corridor,” she said.\n\n"
        "The driver, Tomas, who gave only one name, survived. “I heard the glass go first,” he said."
    )
    assert [q.speaker_hint for q in find_quotes(text)] == ["Dana Ferro", "A shopkeeper in the old market", "Mira", "Tomas"]


# -- ISAF round 4: things, followers and freed hostages are no casualties ------------------------
# Invented press-release sentences, one family each.


def test_weapons_named_by_model_and_munitions_are_things():
    assert [f[0] for f in _figures("Soldiers seized four AK-47 assault rifles and detained two suspects.")] == ["two"]
    assert [f[0] for f in _figures("The patrol detained one suspect and seized multiple AK-47s and grenades.")] == ["one"]
    assert [f[0] for f in _figures("Police detained a courier and seized several grenades and multiple improvised explosive devices.")] == ["a courier"]


def test_operations_and_attacks_counted_are_no_people():
    assert [f[0] for f in _figures("Troops conducted three raids in the valley, detaining numerous suspects.")] == ["numerous"]
    assert [f[0] for f in _figures("The commander, who planned numerous attacks, was killed with two guards.")] == ["two"]


def test_the_fighters_a_commander_leads_are_no_casualties():
    assert [f[0] for f in _figures("Soldiers detained a militia commander who leads more than 200 fighters.")] == ["a militia commander"]
    assert [f[0] for f in _figures("Police arrested a militia chief who commanded a group of 40 gunmen.")] == ["a militia chief"]


def test_hostages_freed_are_not_detained():
    assert [f[:2] for f in _figures("Police killed two gunmen and freed six hostages on Monday.")] == [("two", "killed")]
    assert [f[:2] for f in _figures("Commandos stormed the house, with three gunmen killed and eight hostages released.")] == [("three", "killed")]


def test_people_taken_into_custody_are_detained():
    assert [f[:2] for f in _figures("Several men were taken into custody by the police.")] == [("Several", "detained")]


def test_a_pronoun_an_operation_went_after_is_no_figure():
    assert _figures("Police tried to arrest him at his home on Monday.") == []
    assert [f[:2] for f in _figures("The patrol returned fire, killing him.")] == [("him", "killed")]


def test_the_speaker_a_paragraph_introduces_before_a_quote():
    def speakers(text):
        return [q.speaker_hint for q in find_quotes(text)]

    opening = "Governor Petra Valchenko spoke first. “They fired at the bus station,” Valchenko said.\n\n"
    # a surname alone, as the subject of the paragraph, is the person named in full earlier
    assert speakers(opening + "Rebel spokesman Oleg Marin denied it on Monday.\n\nMarin said by telephone that the guns were silent. “Whoever did this wants the talks buried,” he said.")[-1] == "Oleg Marin"
    # a place named after the speaker is no speaker
    assert speakers(opening + "Ahmad Naseri, operations manager for the group, said his teams had cleared that part of Nad Ali once already. “Floods move things.”")[-1] == "Ahmad Naseri"
    # the name given after a role and a relative clause, and a name after a role in apposition
    assert speakers(opening + "A commander of the Harbour Guard, who gave only his first name, Salem, said his men were fired on first. “They came with two trucks.”")[-1] == "Salem"
    assert speakers(opening + "The bloc's mediator, former Orvan president Alma Reyes, said the talks would go on. “Both sides told me so this morning.”")[-1] == "Alma Reyes"


# --- casualty figures the candidates miss or invent (figures and sources round) ---


def test_a_lead_paragraph_is_no_headline_its_figures_stay():
    # The first line is the story's lead, a sentence: its figures are kept though the body
    # restates them ("the two men killed") or counts something else alike ("her two daughters").
    text = (
        "TORVAL, Mirenia (Agency) - A rocket hit a market on Monday, killing two men and wounding three other people, police said.\n\n"
        "Ana Brel, who left with her two daughters, said the two men killed were traders. Three years ago the market was closed."
    )
    lead = [f[:2] for f in _figures(text)][:2]
    assert lead == [("two", "killed"), ("three", "injured")]
    # a headline (no full stop) repeated by the body is still left out
    headline = "Rocket kills two in Torval\n\nA rocket hit a market on Monday, killing two men, police said."
    assert [f[0] for f in _figures(headline)] == ["two"]


def test_groups_families_and_places_counted_in_a_casualty_sentence_are_no_figures():
    # a count of armed groups, clans or families counts no person (the gold: families are no figure)
    assert [f[0] for f in _figures("Talks between two militias stalled a day after a clash killed three fighters.")] == ["three"]
    assert [f[0] for f in _figures("Fighting between two rival clans has forced 300 families to flee.")] == []
    # nor a count of clinics, prisons or truce violations
    assert [f[0] for f in _figures("At least 23 children have died in the city's two clinics.")] == ["At least 23"]
    assert _figures("The detainees are held in four prisons in the capital.") == []
    assert _figures("The truce has held despite dozens of violations.") == []


def test_people_forced_or_driven_from_their_homes_are_displaced():
    assert [f[:2] for f in _figures("The fighting has forced at least 30,000 people from their homes since May.")] == [("at least 30,000", "displaced")]
    assert [f[:2] for f in _figures("The war has killed 900 people and driven about 250,000 from the valley.")] == [("900", "killed"), ("about 250,000", "displaced")]
    assert [f[:2] for f in _figures("Residents said thousands of people had left the town by nightfall.")] == [("thousands", "displaced")]


def test_the_one_person_who_reports_a_toll_is_no_figure():
    # the source of a figure is no casualty: an appositive, the subject of "said", after "according to"
    assert [f[0] for f in _figures("Ivo Marek, a spokesman for the rebel front, said only three people had died.")] == ["three"]
    assert [f[0] for f in _figures("A hospital official who spoke on condition of anonymity said nine bodies had been brought in.")] == ["nine"]
    assert [f[0] for f in _figures("More than 300 people have been killed, according to a provincial health official.")] == ["More than 300"]
    assert [f[0] for f in _figures("A farmer from the village, Ana Brel, said her family had fled twice.")] == []
    # a person a casualty word takes is still one
    assert [f[0] for f in _figures("A soldier was killed and two were wounded, officials said.")] == ["A soldier", "two"]
    assert [f[0] for f in _figures("The patrol killed a militant, officials said.")] == ["a militant"]
    assert [f[0] for f in _figures("In Kabul, a policeman was killed by a roadside bomb.")] == ["a policeman"]


def test_a_named_person_s_appositive_is_a_casualty_when_the_clause_kills_him():
    assert [f[0] for f in _figures("Mullah Karim, an insurgent leader, was killed in an airstrike on Monday.")] == ["an insurgent"]
    assert [f[0] for f in _figures("Clashes killed 13 people this week, said Omar al-Tamimi, a tribal leader.")] == ["13"]


# --- s18 figures round ---


def test_a_number_inside_a_name_is_no_figure():
    # a capitalised number word inside a name ("the Five Lakes Community", "the Group of Seven")
    assert [f[0] for f in _figures("Leaders of the Five Lakes Community said clashes had killed 40 people.")] == ["40"]
    assert [f[0] for f in _figures("Envoys of the Group of Seven condemned the shelling that killed 12 people.")] == ["12"]
    # a number that names a road, a unit, a resolution or a station
    assert [f[0] for f in _figures("He planned ambushes and killings along Highway 7 in the south.")] == []
    assert [f[0] for f in _figures("The assault on Division 31 killed 18 soldiers, the monitor said.")] == ["18"]
    assert [f[0] for f in _figures("Resolution 2911 demands an end to attacks that have killed civilians.")] == []
    assert [f[0] for f in _figures("Orvan 24 state television said nine fighters were killed.")] == ["nine"]
    # a headline in title case and a story's capitalised first word keep their counts
    assert [f[0] for f in _figures("Troops Kill Five Rebels in Dorva\n\nTroops killed five rebels, police said.")] == ["five"]
    assert [f[0] for f in _figures("Two Suspected Rebels Detained in Dorva\n\nPolice detained two suspected rebels on Monday.")] == ["two"]


def test_an_age_is_no_figure():
    assert [f[0] for f in _figures("The strike killed 14 people, including six children aged 8 to 12.")] == ["14", "six"]
    assert [f[0] for f in _figures("It killed 20 people including nine children under the age of ten.")] == ["20", "nine"]
    assert [f[0] for f in _figures("The raid killed 30 people including seven children at ages below 5.")] == ["30", "seven"]


def test_the_one_person_who_kills_is_no_figure():
    # the attacker is the subject of the killing, not one of its dead
    assert [f[:2] for f in _figures("A suicide bomber killed 31 people at a market on Monday.")] == [("31", "killed")]
    assert [f[:2] for f in _figures("A gunman shot dead two guards outside the ministry.")] == [("two", "killed")]
    assert [f[:2] for f in _figures("Ten people died when a bomber blew himself up near the gate.")] == [("Ten", "killed")]
    # a person killed is still one
    assert [f[:2] for f in _figures("A soldier killed in the clash was buried on Tuesday.")] == [("A soldier", "killed")]
    assert [f[:2] for f in _figures("A policeman was killed and two were wounded.")] == [("A policeman", "killed"), ("two", "injured")]


def test_a_page_counter_before_the_story_is_no_figure():
    # share or view counts of a scraped page sit before the story's first sentence
    assert [f[0] for f in _figures("12.03.2019 Get short URL 2317 At least nine civilians were killed in airstrikes on Sunday.")] == ["At least nine"]
    assert [f[0] for f in _figures("Share 415 The death toll from the bombing rose to 33, officials said.")] == ["33"]
    # a number that counts people stays
    assert [f[0] for f in _figures("Shelling Kills 12 In Dorva\n\nShelling killed 12 people in Dorva on Monday.")] == ["12"]


def test_the_state_of_some_of_the_wounded_is_no_new_figure():
    # "Two of the wounded were in a serious condition": part of a figure told already, by state
    text = "The blast killed four people and wounded 20. Three of the wounded were in a critical condition, doctors said."
    assert [f[:2] for f in _figures(text)] == [("four", "killed"), ("20", "injured")]
    text = "The blast wounded 20 people. Five of the injured are on ventilators, she said."
    assert [f[:2] for f in _figures(text)] == [("20", "injured")]
    # a part named by group, or by what happened to it, is a figure
    text = "The blast wounded 20 people. Two of the wounded later died in hospital."
    assert [f[0] for f in _figures(text)] == ["20", "Two"]
    text = "The blast wounded 20 people, and nine of the wounded were children."
    assert [f[:2] for f in _figures(text)] == [("20", "injured"), ("nine", "injured")]


def test_the_clause_s_verb_gives_the_kind_over_a_casualty_adjective():
    # people treated for wounds are injured, whatever the sentence said before
    text = "The office said 29 of the dead were civilians, and that 113 people had been treated for wounds."
    assert [f[:2] for f in _figures(text)][-1] == ("113", "injured")
    # wounded people moved out by an organised evacuation are evacuated
    assert [f[:2] for f in _figures("Under the deal, 14 wounded fighters were also evacuated to a hospital.")] == [("14", "evacuated")]
    assert [f[:2] for f in _figures("The Red Cross evacuated 85 wounded people from the town on Friday.")] == [("85", "evacuated")]
    # part of the wounded who died: the verb after the whole it is taken from
    assert [f[:2] for f in _figures("The blast wounded 20 people. Two of the wounded later died in hospital.")][-1] == ("Two", "killed")
    # a wounded person taken to a hospital is still injured
    assert [f[:2] for f in _figures("He said 38 wounded people had been taken to the two hospitals.")] == [("38", "injured")]
    # a participle after the number followed by a preposition is its verb ("12 injured in")
    assert [f[:2] for f in _figures("Nine people killed 12 injured in a rocket attack on the city.")] == [("Nine", "killed"), ("12", "injured")]


def test_abducted_people_are_missing():
    # the gold's convention (attribution set): people abducted or kidnapped are missing, not detained
    assert [f[:2] for f in _figures("Seven aid workers abducted by gunmen a week ago are still unaccounted for.")] == [("Seven", "missing")]
    assert [f[:2] for f in _figures("Gunmen raided the village, killing 12 people and abducting several women.")] == [("12", "killed"), ("several", "missing")]
    assert [f[:2] for f in _figures("More than 200 people have been kidnapped in the region since 2021.")] == [("More than 200", "missing")]
    # a suspect responsible for kidnappings is no one missing
    assert _figures("Karim was a rebel commander responsible for bombings and kidnappings on the coast road.") == []
    # suspects in an abduction who are arrested are detained
    assert [f[:2] for f in _figures("Police said three men suspected of taking part in the abduction had been arrested.")] == [("three", "detained")]


def test_a_rate_is_no_figure():
    # "an average of 40 people a week": a rate, no toll anyone reported
    text = "Before the truce, an average of 35 people a week had been killed on the front."
    assert _figures(text) == []
    assert _figures("Shelling killed 20 people a day in the city, the monitor said.") == []
    # a toll over a span, or a day told after it, stays
    assert [f[0] for f in _figures("Clashes killed nearly 60 people in a week, officials said.")] == ["nearly 60"]
    assert [f[0] for f in _figures("Gunmen killed four civilians, residents said a day after the attack.")] == ["four"]


def test_the_number_s_own_casualty_word_is_not_overruled_by_another_clause_s_verb():
    """The predicate verb after a number is its kind only when it is the number's own: a
    casualty word between them ("670 people dead") or a new clause ("as thousands ... were
    displaced") means the verb belongs to another subject (a dead toll read as displaced is a
    wrong figure of the worst kind)."""
    text = "The attack left 670 people dead in Kfar Lusa as thousands of residents were displaced."
    assert _figures(text)[0][:2] == ("670", "killed")
    text = "Forty people died in the town of Merav when 200 others were evacuated."
    assert _figures(text)[0][:2] == ("Forty", "killed")
    text = "Nine villagers killed in the raid on Sunday were buried, and 30 were wounded."
    assert _figures(text)[0][:2] == ("Nine", "killed")
    # the number's own predicate still decides
    assert _figures("At least 670 people in Kfar Lusa were killed last month.")[0][:2] == ("At least 670", "killed")
    assert _figures("Under the deal, 14 wounded fighters were also evacuated to a hospital.")[0][:2] == ("14", "evacuated")
    # a participle right after the number is its word, not an adjective of a noun
    assert _figures("Of the 670 killed in the offensive, many were displaced from the city.")[0][:2] == ("670", "killed")
    assert _figures("The 670 killed were displaced families from the city.")[0][:2] == ("670", "killed")
    # a verb far after the number, or after "most of them", is another subject's
    text = "The regime killed 670 people in the province most of them were displaced from Homs."
    assert _figures(text)[0][:2] == ("670", "killed")
    text = "Rockets killed 12 people near the market of the old town who were later buried."
    assert _figures(text)[0][:2] == ("12", "killed")


def test_a_held_town_holds_no_one():
    """"rebel-held", "government-held": who controls a place, not people detained (shelling
    that killed 30 in a rebel-held town was read as 30 detained)."""
    assert _figures("Shelling killed 30 civilians in the rebel-held town of Merav on Monday.")[0][:2] == ("30", "killed")
    assert _figures("Thirty civilians were trapped in the Alliance-held district of Merav, the mayor said.") == []
    # people held are still detained
    assert _figures("Rebels held 30 soldiers captive in the town.")[0][:2] == ("30", "detained")
    assert _figures("Twelve men were held at a checkpoint, police said.")[0][:2] == ("Twelve", "detained")
