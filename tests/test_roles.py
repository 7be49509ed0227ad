"""Speaker roles from rules (issue 9): how wire copy gives a speaker's role, on invented sentences.

Each test is one family of news English: a role in apposition after the name, an office before
it, a role of an unnamed speaker ("a priest in the town"), a relative clause that is no role."""

from __future__ import annotations

from summarizer.candidates import find_candidates, full_name
from summarizer.roles import role_of


def roles(text: str) -> list[str | None]:
    """The role of every quote's speaker, as the rules backend gives it."""
    out = []
    for quote in find_candidates(text).quotes:
        found = role_of(text, full_name(text, quote.speaker_hint), near=quote.end)
        assert found is None or text[found.start : found.end] == found.text
        out.append(found.text if found else None)
    return out


def test_a_relative_clause_is_no_role():
    assert roles('"The talks are over," Lena Hale, who heads the delegation, said.') == [None]
    assert roles('"The house is gone," said Mira Dovan, whose son was killed.') == [None]


def test_an_age_between_the_name_and_the_role_is_skipped():
    assert roles('"The talks are over," said Ivan Petrov, 45, a teacher.') == ["teacher"]


def test_people_described_by_family_trade_or_faith():
    assert roles('"The house is gone," said Mira Dovan, a mother of three.') == ["mother of three"]
    assert roles('"The house is gone," said Mira Dovan, a shopkeeper.') == ["shopkeeper"]
    assert roles('"The house is gone," said Mira Dovan, a taxi driver from the old town.') == ["taxi driver"]


def test_an_unnamed_speaker_is_the_role_without_where_they_are():
    assert roles('"We bury people every day," said a priest in the town, who asked not to be named.') == ["priest"]
    assert roles('"We bury people every day," said a priest in the town.') == ["priest"]
    assert roles('"We have no water," one resident said.') == ["resident"]
    assert roles('"We will not retreat," a spokesman for the Hills Front told reporters.') == ["spokesman for the Hills Front"]


def test_offices_before_and_after_the_name_are_kept():
    assert roles('"The line held," Defence Minister Ahmed Ali told parliament.') == ["Defence Minister"]
    assert roles('"The line held," said Ahmed Ali, a commander in the Free Hills Brigades.') == ["commander in the Free Hills Brigades"]
    assert roles('"The line held," said Ahmed Ali, a Civil Defence team leader in Ariha.') == ["Civil Defence team leader"]
    assert roles('"The line held," said Ahmed Ali, the regional police chief, by telephone.') == ["regional police chief"]


def test_an_unnamed_speakers_role_is_a_noun_phrase_not_a_clause():
    assert roles('Nobody wants the job of being president. "It is too hard," said one.') != ["job of being president"]
    assert roles('"We need help," said the chairman of the U.S. relief committee.') == ["chairman of the U.S. relief committee"]


def test_a_dash_before_the_name_ends_the_role():
    text = 'The crowd cheered the establishment candidates -- Ana Ruiz and Tom Bell. "We will win," Ruiz said.'
    assert roles(text) == [None]


def test_an_honorific_or_rank_alone_before_the_name_is_no_role():
    assert roles('"We will talk," said Father Luca Benedetti.') == [None]
    assert roles('"We will talk," said Colonel Ivan Rusu.') == [None]
    assert roles('"We will talk," said Sheikh Omar Hadi, a tribal leader in the province.') == ["tribal leader"]


def test_an_abbreviations_full_stops_stay_inside_an_appositive_role():
    assert roles('"We will talk," said Ivan Rusu, deputy head of the U.N. mission in Dravia.') == ["deputy head of the U.N. mission"]


def test_the_body_an_unnamed_speaker_serves_is_kept_where_only_a_place_is_cut():
    assert roles('"We will talk," said a senior official in the interior ministry.') == ["senior official in the interior ministry"]
    assert roles('"We will talk," said an official at the foreign ministry.') == ["official at the foreign ministry"]
    assert roles('"We bury people every day," said a priest in the town.') == ["priest"]


def test_the_role_that_introduces_a_speaker_is_cut_like_the_gold():
    opening = "Governor Petra Valchenko spoke first. “They fired at the bus station,” Valchenko said.\n\n"
    cases = {
        "A resident of Radna, reached by phone, said families were returning. “The children went back to school today,” he said.": "resident",
        "A farmer from one of the villages, Halima Osei, said her family had fled twice. “They come back at night.”": "farmer",
        "In Kambi, a teacher at the school who gave only her first name, Adjoa, said the lesson had begun. “They were reading aloud when it came,” she said.": "teacher",
        "A commander of the Harbour Guard, who gave only his first name, Salem, said his men were fired on first. “They came with two trucks.”": "commander of the Harbour Guard",
        "The bloc's mediator, former Orvan president Alma Reyes, said the talks would go on. “Both sides told me so this morning.”": "bloc's mediator",
        "A priest in the nearby town of Arraial, Inacio Prado, said the roads were closed. “Nobody can reach the clinic.”": "priest",
    }
    for paragraph, role in cases.items():
        assert roles(opening + paragraph)[-1] == role, paragraph


def test_a_capitalised_word_ending_a_clause_after_the_role_is_no_name():
    from summarizer.roles import introductions

    text = "A resident of Radna, reached by Reuters, said families were returning."
    ((match, name),) = introductions(text)
    assert name is None and match.group("np") == "A resident of Radna"


# --- s18 attribution round ---


def test_an_accented_name_is_the_speaker_and_keeps_its_role():
    text = 'Army commander General Inácio Prado said the troops had been attacked first. "We fired on people who were shooting at us," Prado said.'
    assert [q.speaker_hint for q in find_candidates(text).quotes] == ["Inácio Prado"]
    assert roles(text) == ["Army commander"]


def test_a_capitalised_pronoun_before_a_colon_points_back_to_the_person_named():
    text = (
        "Talks were offered on Monday.\n\n"
        "The government's spokeswoman, Ana Sequeira, said it would study the offer. She added: \"But we will not sit down while the rebels hold our soldiers.\""
    )
    assert [q.speaker_hint for q in find_candidates(text).quotes] == ["Ana Sequeira"]
    assert roles(text) == ["government's spokeswoman"]


def test_an_unnamed_speaker_from_somewhere_is_the_role_without_the_place():
    assert roles('"They shot every man who had no money," said a farmer from the village who fled to the city.') == ["farmer"]


def test_a_long_place_after_an_appositive_role_is_cut_but_a_body_served_stays():
    assert roles('"People remember the war," said Nuno Bastos, a priest in the nearby town of Arraial.') == ["priest"]
    assert roles('"We will talk," said Ivan Rusu, an official at the foreign ministry in the capital.') == ["official at the foreign ministry"]
    assert roles('"The line held," said Ahmed Ali, a commander in the Free Hills Brigades.') == ["commander in the Free Hills Brigades"]


def test_a_possessive_name_of_two_words_stays_in_the_role_before_a_name():
    text = 'The Northern Council\'s foreign affairs chief, Edvin Sorn, spoke first. "Nobody leaves a cell," Sorn said.'
    assert roles(text) == ["Northern Council's foreign affairs chief"]


def test_an_unnamed_speaker_after_the_verb_is_not_the_person_named_before():
    text = (
        "Ana Sequeira, a government spokeswoman, said the army would stay. \"We will not move,\" she said.\n\n"
        "\"We bury people every day,\" said a priest in the town, who asked not to be named."
    )
    assert [q.speaker_hint for q in find_candidates(text).quotes] == ["Ana Sequeira", "a priest in the town"]
    assert roles(text) == ["government spokeswoman", "priest"]
    # a name in apposition after the role is the speaker's name, not an unnamed one
    text = '"We will not move," said a spokesman for the army, Ivo Marek.'
    assert find_candidates(text).quotes[0].speaker_hint != "a spokesman for the army"


def test_a_phrase_after_at_that_is_no_place_is_not_cut_as_one():
    assert roles('"We can win," said Ivo Marek, a candidate popular with farmers in the north.') == ["candidate popular with farmers"]
    assert roles('"We can win," said Ivo Marek, a candidate aiming at moderate voters.') != ["candidate aiming"]


def test_the_last_word_of_a_place_is_not_a_surname_that_speaks():
    text = (
        "Four children were killed on Tuesday.\n\n"
        "Ivo Marek, operations manager for the de-mining group Safe Fields, said his teams had cleared that part of Nad Ali once already. "
        "\"Floods move things,\" he said."
    )
    assert [q.speaker_hint for q in find_candidates(text).quotes] == ["Ivo Marek"]
    assert roles(text) == ["operations manager for the de-mining group Safe Fields"]


# --- s18 attribution round 2 ---


def test_a_role_then_a_name_in_apposition_after_the_quote_is_that_speaker():
    # wire style: '"...," the group's spokesman, Ivo Marek, said' (the name between two commas)
    text = (
        "The Orvan Front said the talks had failed.\n\n"
        '"Nobody wanted a deal," the mission\'s deputy head, Lena Varga, told reporters in the capital. '
        '"We will try again."'
    )
    assert [q.speaker_hint for q in find_candidates(text).quotes][0] == "Lena Varga"
    assert roles(text)[0] == "mission's deputy head"
    text = '"We have tried everything," Kestovia\'s trade minister, Arne Holt, said in a statement.'
    assert find_candidates(text).quotes[0].speaker_hint == "Arne Holt"
    assert roles(text) == ["Kestovia's trade minister"]


def test_a_short_role_before_a_name_is_the_fuller_one_the_lede_gave():
    # "..., the provincial police spokesman said. / The spokesman, Ivo Marek, said": the gold keeps
    # the role at the first mention
    text = (
        "Shelling killed four people in Belka on Monday, the regional police spokesman said.\n\n"
        'The spokesman, Ivo Marek, said more shells fell overnight. "We counted forty," he said.'
    )
    assert roles(text) == ["regional police spokesman"]
    text = (
        '"We are close," the Kestovian diplomat leading the mediation said on Monday.\n\n'
        'The diplomat, Arne Holt, told reporters the sides had met. "Nobody left the room," he said.'
    )
    assert roles(text)[-1] == "Kestovian diplomat"
    # no fuller description before: the role as written
    assert roles('The spokesman, Ivo Marek, said more shells fell. "We counted forty," he said.') == ["spokesman"]


def test_a_role_noun_ending_the_sentence_before_a_name_is_not_its_role():
    # "... he told reporters.\n\nAna Pell, a presidential adviser who ..., said": the plural
    # "reporters" closes another sentence and paragraph; the role is the appositive after the name
    text = (
        '"We will not sign," Ivo Marek told reporters.\n\n'
        'Ana Pell, a presidential adviser who leads the delegation, said the text was ready. "We came to finish this," Pell said.'
    )
    assert roles(text)[-1] == "presidential adviser"
    text = 'Ivo Marek spoke to the reporters. Ana Pell, a nurse at the clinic, said more came. "We have no beds left," Pell said.'
    assert roles(text)[-1] == "nurse"
    # a rank's full stop is no sentence's end
    assert roles('"We hold the line," army spokesman Col. Tomas Reyes said.') == ["army spokesman"]


def test_a_short_form_of_an_organisation_after_the_is_no_surname_a_pronoun_points_to():
    # "the Front" is the Orvan Liberation Front named before, not a person called Front
    text = (
        "Kestovia offered to host talks between the government and the rebel Orvan Patriotic Front.\n\n"
        "The foreign minister, Ana Pell, said the government would talk only if the Front freed its prisoners first. "
        '"We will go the day they come home," she said.'
    )
    assert [q.speaker_hint for q in find_candidates(text).quotes] == ["Ana Pell"]


def test_academic_offices_are_roles():
    text = 'A truce brokered by the rector of Kesh University, Ivo Marek, broke down. "They broke their word," Marek said.'
    assert roles(text) == ["rector of Kesh University"]
    assert roles('"We opened the halls," said Ana Pell, dean of the law faculty.') == ["dean of the law faculty"]


def test_whom_a_speaker_told_is_not_the_speaker_of_the_next_quote():
    # '"...," he told Meridian Radio by telephone. "..."': the outlet is the listener
    text = (
        'The mayor, Ivo Marek, said the shelling went on all night. "We counted forty shells," he told Meridian Radio by telephone. '
        '"Nobody slept in the town."'
    )
    assert [q.speaker_hint for q in find_candidates(text).quotes] == ["Ivo Marek", "Ivo Marek"]
