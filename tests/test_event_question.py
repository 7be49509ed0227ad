"""The event question: the main event's perpetrator (an armed side of the lead, by id) and
cause, asked only where the rules cannot decide, grounded by construction, re-asked when the
answer names an id the article has no candidate for. Against the loopback server."""

from openai_server import Step
from responders import answer
from summarizer import Summarizer
from summarizer.event_question import event_undecided, find_actors
from summarizer.prompt_config import Question, load_prompt_config

# Invented: the side struck comes right after the side acting, and two causes are named.
TWO_SIDES = (
    "Strikes hit Varosh\n\n"
    "Coalition warplanes struck Islamic State positions in Varosh on Tuesday, killing 14 people, activists said. "
    "Artillery shells also hit the southern districts, local officials said."
)
ONE_SIDE = "Shelling hits Korvane\n\nRegime forces shelled the town of Korvane on Monday, killing nine civilians, medics said."


def endpoint(server, **options):
    return Summarizer(backend="openai", model="fake-model", base_url=server.base_url, api_key="test-key", timeout_s=2.0, max_attempts=3, **options)


def test_the_leads_armed_sides_are_offered_only_where_the_rules_cannot_decide():
    actors = find_actors(TWO_SIDES)
    assert [a.text for a in actors] == ["Coalition warplanes", "Islamic State"]
    assert all(TWO_SIDES[a.start : a.end] == a.text for a in actors)
    assert event_undecided(TWO_SIDES, actors)  # two sides named (and two causes)
    one = find_actors(ONE_SIDE)
    assert [a.text for a in one] == ["Regime forces"] and not event_undecided(ONE_SIDE, one)


def test_the_models_pick_becomes_the_main_events_perpetrator_and_cause_as_spans(server):
    server.responder = answer(perpetrator=1, cause="airstrike")
    result = endpoint(server, ask="events").summarize(TWO_SIDES)
    body = server.requests[-1]
    schema = body["response_format"]["json_schema"]["schema"]
    assert set(schema["properties"]) == {"event"} and "[A1] \"Coalition warplanes\"" in body["messages"][1]["content"]
    main = result.events[0]
    assert main.attributed_to.text == "Coalition warplanes" and TWO_SIDES[main.attributed_to.start : main.attributed_to.end] == "Coalition warplanes"
    assert main.cause.value == "airstrike"
    assert result.provenance.questions == ["events"]


def test_nothing_is_asked_where_one_side_and_one_cause_are_named(server):
    result = endpoint(server, ask="events").summarize(ONE_SIDE)
    assert server.chat_calls == 0 and result.provenance.llm_calls == 0
    assert result.events[0].attributed_to.text == "Regime forces" and result.events[0].cause.value == "shelling"


def test_an_id_the_article_has_no_candidate_for_is_re_asked(server):
    bad = '{"event": {"perpetrator": "A9", "cause": "airstrike"}}'
    good = '{"event": {"perpetrator": "A2", "cause": null}}'
    server.enqueue(Step(content=bad), Step(content=good))
    result = endpoint(server, ask="events").summarize(TWO_SIDES)
    assert server.chat_calls == 2
    assert result.events[0].attributed_to.text == "Islamic State" and result.events[0].cause is None


def test_the_embedded_models_are_not_asked_the_event_question():
    config = load_prompt_config()
    assert Question.events not in config.questions_for("default") and Question.events not in config.questions_for("small")
    assert Question.events in config.questions_for("some-endpoint-model")
