"""Names the model gives must be found in the article; the response model is a closed set."""

from summarizer.candidates import find_candidates
from summarizer.brief import is_english
from summarizer.extraction import name_in_article, response_model_for, speaker_problem


def test_names_are_grounded_word_by_word_and_short_names_exactly():
    article = "U.N. mediator Lakhdar Brahimi spoke to state TV on Monday."
    assert name_in_article("Lakhdar Brahimi", article) and name_in_article("TV", article)
    assert not name_in_article("AP", article) and not name_in_article("Vladimir Putin", article)
    assert speaker_problem("he", article) and speaker_problem("Vladimir Putin", article)
    assert speaker_problem("Brahimi", article) is None


def test_response_model_has_one_key_per_candidate_and_is_cached():
    text = "Shelling killed 12 civilians.\n\n“We will rebuild the town,” the mayor said. Talks stalled."
    candidates = find_candidates(text)
    model = response_model_for(candidates)
    schema = model.model_json_schema()
    figures = schema["$defs"]["Figures"]
    assert figures["required"] == ["N1"]
    assert response_model_for(find_candidates(text)) is model


def test_english_check_is_lingua_not_a_word_list():
    assert is_english("Talks in Lisbon were suspended on Tuesday after the delegations failed to agree.")
    assert not is_english("Les pourparlers de Lisbonne ont été suspendus mardi après un désaccord entre délégations.")
    assert is_english("ISAF forces killed two insurgents in Sangin/Helmand area during an operation.")  # was re-asked
    assert not is_english("Los equipos negociadores del Gobierno reanudaron este lunes en Quito la cuarta ronda.")


def test_figure_group_comes_from_the_cue_word_and_a_restated_toll_is_listed_once():
    from summarizer.contract import Provenance
    from summarizer.extraction import build_summary

    article = "Two insurgents were killed in Helmand on Monday. The two insurgents killed were bomb makers."
    candidates = find_candidates(article)
    assert [n.group_hint for n in candidates.numbers] == ["combatants", "combatants"]
    model = response_model_for(candidates, figure_kind_only=True)
    answer = model.model_validate({"brief": ["Two insurgents were killed.", "They were in Helmand."], "figures": {"N1": "killed", "N2": "killed"}, "negotiation_status": "none"})
    provenance = Provenance(model="m", backend="b", prompt_version="extract-v5", article_sha256="0" * 64)
    summary = build_summary(answer.picks(), article, candidates, provenance, [])
    assert [(c.kind.value, c.group.value, c.count_low) for c in summary.casualties] == [("killed", "combatants", 2)]


def test_unknown_speaker_is_read_as_null_and_not_re_asked():
    article = "“We will hold the line whatever it costs us,” a voice said over the radio."
    candidates = find_candidates(article)
    model = response_model_for(candidates)
    answer = model.model_validate(
        {"brief": ["A voice spoke.", "It was on the radio."], "speakers": {"Q1": "Unknown"}, "negotiation_status": "none"}, context={"article": article}
    )
    assert answer.picks()["quotes"] == [{"id": 1, "speaker": None}]


def test_a_version_that_repairs_speakers_is_not_re_asked_for_them():
    import pytest
    from pydantic import ValidationError

    article = "“We will hold the line whatever it costs us,” a voice said over the radio."
    data = {"brief": ["A voice spoke.", "It was on the radio."], "speakers": {"Q1": "he"}, "negotiation_status": "none"}
    strict = response_model_for(find_candidates(article), repair_speakers=False)
    with pytest.raises(ValidationError, match="pronoun"):
        strict.model_validate(data, context={"article": article})
    repaired = response_model_for(find_candidates(article))  # the default: build_summary repairs it
    assert repaired.model_validate(data, context={"article": article}).picks()["quotes"][0]["speaker"] == "he"


def test_only_the_asked_questions_are_in_the_answer():
    text = "Shelling killed 12 civilians.\n\n“We will rebuild the town,” the mayor said. Talks stalled."
    model = response_model_for(find_candidates(text), frozenset({"brief"}))
    assert set(model.model_fields) == {"brief"}
    schema = model.model_json_schema()
    assert schema["properties"]["brief"]["minItems"] == 2 and schema["properties"]["brief"]["maxItems"] == 4
    answer = model.model_validate({"brief": ["Shelling killed 12 civilians", "Talks stalled."]}, context={"article": text})
    assert answer.picks() == {"brief": "Shelling killed 12 civilians. Talks stalled."}


def test_the_rules_do_not_warn_against_their_own_figure_kind():
    """The rules' kind for a number is the word attached to it: a warning that the rules'
    answer "disagrees" with the attached word is noise (it is meant for a model's answer)."""
    from summarizer import Summarizer

    article = (
        "A relief convoy evacuated 85 wounded people from the town of Merav on Sunday, "
        "aid officials said. Shelling killed four civilians there on Saturday."
    )
    summary = Summarizer(backend="rules").summarize(article)
    assert ("evacuated", 85) in [(c.kind.value, c.count_low) for c in summary.casualties]
    assert not [w for w in summary.warnings if "disagrees" in w]
