"""Schema v2's checks on a model's answer: an endpoint that answers badly cannot turn a wounded
toll into a death toll, nor name a party the article does not name."""

from __future__ import annotations

from responders import answer
from summarizer.grounding import occurs_as_words

ARTICLE = (
    "Talks on a truce resume in Lisbon\n\n"
    "VAROSH - About 400 people had been wounded in the shelling of Varosh since Friday, local health officials said.\n\n"
    "Talks between the government and the Eastern Brigades resume in Lisbon tomorrow, the mediator said, if both sides can afford it.\n"
)


def test_a_wounded_toll_answered_as_killed_is_overruled_with_a_warning(server, endpoint_summarizer):
    server.responder = answer(kind="killed", status="ongoing")
    summary = endpoint_summarizer.summarize(ARTICLE)
    (figure,) = [c for c in summary.casualties if c.count_low == 400]
    assert figure.kind.value == "injured"
    assert any("'killed' disagrees with the word attached to 'About 400'" in w for w in summary.warnings)
    assert figure.reported_by is not None and figure.reported_by.text == "local health officials"
    assert figure.period is not None and figure.period.text == "since Friday"


def test_names_are_grounded_on_word_boundaries():
    assert not occurs_as_words("Tom Ford", "Talks resume tomorrow if both sides can afford it.")
    assert not occurs_as_words("UN", "The unit withdrew.")
    assert occurs_as_words("Eastern Brigades", "between the government and the eastern  brigades resume")


def test_a_party_the_article_does_not_name_is_dropped(server, endpoint_summarizer):
    def respond(body):
        data = answer(status="ongoing")(body)
        for talks in data["negotiations"]:
            talks["parties"] = ["Tom Ford", "Eastern Brigades"]
            talks["mediator"] = "Lisbon"
        return data

    server.responder = respond
    summary = endpoint_summarizer.summarize(ARTICLE)
    assert summary.negotiations and summary.negotiations[0].parties == ["Eastern Brigades"]
    assert any("Tom Ford" in w for w in summary.warnings)


def test_one_additional_after_one_is_listed_and_added_not_dropped_as_a_restatement():
    from summarizer import Summarizer

    text = (
        "KABUL, Afghanistan (Jan. 22, 2013)\nIn Nad Ali district, Helmand province, a combined Afghan and coalition security force "
        "captured a Taliban facilitator during a security operation yesterday. The facilitator supplied insurgent fighters. "
        "The security force detained one additional suspected insurgent during the operation.\n"
    )
    summary = Summarizer(backend="rules").summarize(text, published="2013-01-22")
    detained = [t for t in summary.events[0].totals if t.kind.value == "detained"]
    assert detained and detained[0].count_low == 2
