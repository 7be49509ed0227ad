"""Names the model gives must be found in the article; the response model is a closed set."""

from summarizer.candidates import find_candidates
from summarizer.extraction import looks_english, name_in_article, response_model_for, speaker_problem


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


def test_english_check():
    assert looks_english("Talks in Lisbon were suspended on Tuesday after the delegations failed to agree.")
    assert not looks_english("Les pourparlers de Lisbonne ont été suspendus mardi après un désaccord entre délégations.")
    assert looks_english("ISAF forces killed two insurgents in Sangin/Helmand area during an operation.")  # was re-asked
    assert not looks_english("Los equipos negociadores del Gobierno reanudaron este lunes en Quito la cuarta ronda.")


def test_figure_group_comes_from_the_cue_word_and_a_restated_toll_is_listed_once():
    from summarizer.contract import Provenance
    from summarizer.extraction import build_summary

    article = "Two insurgents were killed in Helmand on Monday. The two insurgents killed were bomb makers."
    candidates = find_candidates(article)
    assert [n.group_hint for n in candidates.numbers] == ["combatants", "combatants"]
    model = response_model_for(candidates, figure_kind_only=True)
    answer = model.model_validate({"brief": "Two insurgents were killed.", "figures": {"N1": "killed", "N2": "killed"}, "negotiation_status": "none"})
    provenance = Provenance(model="m", backend="b", prompt_version="extract-v5", article_sha256="0" * 64)
    summary = build_summary(answer.picks(), article, candidates, provenance, [])
    assert [(c.kind.value, c.group.value, c.count_low) for c in summary.casualties] == [("killed", "combatants", 2)]


def test_unknown_speaker_is_read_as_null_and_not_re_asked():
    article = "“We will hold the line whatever it costs us,” a voice said over the radio."
    candidates = find_candidates(article)
    model = response_model_for(candidates)
    answer = model.model_validate(
        {"brief": "A voice spoke.", "speakers": {"Q1": "Unknown"}, "negotiation_status": "none"}, context={"article": article}
    )
    assert answer.picks()["quotes"] == [{"id": 1, "speaker": None}]


def test_a_version_that_repairs_speakers_is_not_re_asked_for_them():
    import pytest
    from pydantic import ValidationError

    article = "“We will hold the line whatever it costs us,” a voice said over the radio."
    model = response_model_for(find_candidates(article))
    data = {"brief": "A voice spoke.", "speakers": {"Q1": "he"}, "negotiation_status": "none"}
    with pytest.raises(ValidationError, match="pronoun"):
        model.model_validate(data, context={"article": article})
    assert model.model_validate(data, context={"article": article, "speakers_repaired": True}).picks()["quotes"][0]["speaker"] == "he"
