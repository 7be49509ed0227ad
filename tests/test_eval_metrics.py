"""Every eval metric on small cases computed by hand (definitions: evals/README.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.contract import ArticleSummary
from summarizer.evaluation.gold import EvalInputError, GoldArticle, Prediction, load_gold, load_predictions
from summarizer.evaluation.matching import (
    count_matches,
    is_name,
    match_casualties,
    match_quotes,
    predicted_killed_total,
    quote_similarity,
    speaker_matches,
)
from summarizer.evaluation.metrics import aggregate, prf, rouge_l, score_sample, status_metrics
from summarizer.evaluation.normalize import normalize_text

ARTICLE = (
    'Fighting went on in Daraa. "We will not leave our homes," said Umm Ahmad, a resident.\n'
    'At least 10 people were killed, including 3 children, the observatory said. '
    'Another 25 were wounded.\n'
    '"The talks have failed," he added. Envoy Lakhdar Brahimi said "there is still a chance for peace".'
)


def span(text: str) -> dict[str, Any]:
    start = ARTICLE.index(text)
    return {"text": text, "start": start, "end": start + len(text)}


def quote(text: str, speaker: str | None = None) -> dict[str, Any]:
    return {**span(text), "speaker": speaker, "speaker_role": None}


def figure(kind: str, group: str, low: int, high: int | None, evidence: str) -> dict[str, Any]:
    return {"kind": kind, "group": group, "count_low": low, "count_high": high, "evidence": span(evidence)}


def summary(quotes=(), casualties=(), status="none", brief="Fighting went on in Daraa.", **provenance: Any) -> ArticleSummary:
    return ArticleSummary.model_validate({
        "brief": brief, "quotes": list(quotes), "casualties": list(casualties), "negotiation_status": status,
        "provenance": {"model": "m", "backend": "openai", "prompt_version": "v", "article_sha256": "x", **provenance},
    })


def gold_article(**gold: Any) -> GoldArticle:
    from summarizer.evaluation.gold import Gold

    g = Gold.model_validate(gold)
    return GoldArticle("a1", ARTICLE, g, labelled=[k for k in gold])


def ok(s: ArticleSummary, seconds: float | None = None) -> Prediction:
    return Prediction("a1", "ok", s, None, seconds)


# -- precision / recall / F1 conventions ------------------------------------------------------


def test_prf_conventions() -> None:
    assert prf(2, 1, 1) == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3})
    assert prf(0, 0, 0) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}  # labelled none, predicted none
    assert prf(0, 2, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}  # labelled none, predicted two
    assert prf(0, 0, 3) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}  # predicted nothing


# -- quotes -----------------------------------------------------------------------------------


def test_normalisation_ignores_case_quotes_whitespace_and_edge_punctuation() -> None:
    assert normalize_text("“We will  NOT\nleave our homes,”") == normalize_text('we will not leave our homes')
    assert normalize_text("it’s") == "it's"


@pytest.mark.parametrize(
    ("pred", "gold", "matches"),
    [
        ("We will not leave our homes", "“we will not leave our homes,”", True),  # exact after normalising
        ("there is still a chance for peace", "there is still a chance", True),  # containment, 5 tokens
        ("a b c d e f g h i j", "a b c d e f g h i x", True),  # token F1 0.9 >= 0.8
        ("a b c d e", "a b c x y", False),  # token F1 0.6
        ("leave our homes now", "homes", False),  # containment needs >= 3 tokens in the shorter
    ],
)
def test_quote_match_rule(pred: str, gold: str, matches: bool) -> None:
    assert (quote_similarity(pred, gold) is not None) is matches


def test_quote_matching_is_one_to_one_and_duplicates_are_false_positives() -> None:
    m = match_quotes(["We will not leave", "We will not leave"], ["we will not leave"])
    assert (m.tp, m.fp, m.fn) == (1, 1, 0)
    m = match_quotes(["the talks have failed"], ["The talks have failed", "the talks have failed"])
    assert (m.tp, m.fp, m.fn) == (1, 0, 1)


def test_quotes_sample_perfect_partial_and_worst() -> None:
    gold = gold_article(quotes=[
        {"text": "We will not leave our homes", "speaker": "Umm Ahmad"},
        {"text": "The talks have failed", "speaker": "he"},
        {"text": "there is still a chance for peace", "speaker": "Lakhdar Brahimi"},
    ])
    perfect = summary([
        quote("We will not leave our homes", "Umm Ahmad"), quote("The talks have failed", "Lakhdar Brahimi"),
        quote("there is still a chance for peace", "Brahimi"),
    ])
    s = score_sample(gold, ok(perfect))["quotes"]
    assert (s["tp"], s["fp"], s["fn"], s["f1"]) == (3, 0, 0, 1.0)
    # "he" is not a name: 2 scored speakers, both right ("Brahimi" is a surname match).
    assert [p["speaker_correct"] for p in s["pairs"]] == [True, None, True]

    partial = summary([quote("We will not leave our homes", "the observatory"), quote("Fighting went on in Daraa")])
    s = score_sample(gold, ok(partial))["quotes"]
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 2)
    assert s["precision"] == 0.5 and s["recall"] == pytest.approx(1 / 3) and s["f1"] == pytest.approx(0.4)
    m = aggregate([score_sample(gold, ok(partial))])["quotes"]
    assert m["speaker_accuracy"] == 0.0 and m["speaker_n"] == 1

    worst = score_sample(gold, ok(summary([])))["quotes"]
    assert (worst["tp"], worst["fn"], worst["f1"]) == (0, 3, 0.0)


def test_quotes_empty_gold_list_makes_predictions_false_positives() -> None:
    gold = gold_article(quotes=[])
    assert score_sample(gold, ok(summary([])))["quotes"]["f1"] == 1.0
    s = score_sample(gold, ok(summary([quote("The talks have failed")])))["quotes"]
    assert (s["fp"], s["precision"], s["f1"]) == (1, 0.0, 0.0)


def test_unlabelled_fields_are_skipped() -> None:
    gold = gold_article(negotiation_status="stalled")
    sample = score_sample(gold, ok(summary([quote("The talks have failed")], [figure("killed", "civilians", 10, None, "At least 10 people were killed, including 3 children, the observatory said.")])))
    metrics = aggregate([sample])
    assert metrics["quotes"]["n_labeled"] == 0 and metrics["quotes"]["f1"] is None
    assert metrics["casualties"]["n_labeled"] == 0 and metrics["casualties"]["f1"] is None
    assert metrics["casualties"]["killed_total_accuracy"] is None
    assert metrics["brief"]["rougeL"] is None
    assert metrics["negotiation_status"]["n_labeled"] == 1


def test_micro_average_over_articles() -> None:
    a = score_sample(gold_article(quotes=[{"text": "The talks have failed", "speaker": None}]), ok(summary([quote("The talks have failed")])))
    b = score_sample(gold_article(quotes=[{"text": "We will not leave our homes"}, {"text": "there is still a chance for peace"}]), ok(summary([])))
    q = aggregate([a, b])["quotes"]
    assert (q["tp"], q["fp"], q["fn"], q["n_labeled"]) == (1, 0, 2, 2)
    assert q["precision"] == 1.0 and q["recall"] == pytest.approx(1 / 3) and q["f1"] == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("speaker", "name"),
    [("he", False), ("who", False), ("the source", False), ("They", False), ("the Florida senator", False), (None, False),
     ("Lakhdar Brahimi", True), ("Clinton", True), ("Craig Varoga, a D.C.-based Democratic strategist", True), ("President Bashar al-Assad", True)],
)
def test_gold_speaker_is_a_name(speaker: str | None, name: bool) -> None:
    assert is_name(speaker) is name


@pytest.mark.parametrize(
    ("pred", "gold", "same"),
    [("Brahimi", "Lakhdar Brahimi", True), ("Lakhdar Brahimi", "Brahimi", True), ("Assad", "President Bashar al-Assad", True),
     ("Craig Varoga", "Craig Varoga, a D.C.-based Democratic strategist", True), ("Kerry", "Former Secretary of State John Kerry", True),
     ("Lakhdar Brahimi", "Umm Ahmad", False), (None, "Umm Ahmad", False)],
)
def test_speaker_surname_match(pred: str | None, gold: str, same: bool) -> None:
    assert speaker_matches(pred, gold) is same


def test_invented_quotes_are_counted() -> None:
    fake = ArticleSummary.model_validate({
        "brief": "b", "quotes": [{"text": "We surrender now", "speaker": None, "start": 0, "end": 16}, {"text": "the talks have FAILED", "start": 0, "end": 5}],
        "provenance": {"model": "m", "backend": "openai", "prompt_version": "v", "article_sha256": "x"},
    })
    sample = score_sample(gold_article(), ok(fake))
    assert [q["invented"] for q in sample["quotes"]["pred"]] == [True, False]
    assert aggregate([sample])["invented"]["quotes"] == 1


# -- casualties -------------------------------------------------------------------------------

EVIDENCE = "At least 10 people were killed, including 3 children, the observatory said."


def test_count_tolerance_and_open_bounds() -> None:
    from summarizer.contract import Casualty
    from summarizer.evaluation.gold import GoldCasualty

    def c(low: int, high: int | None) -> Casualty:
        return Casualty.model_validate(figure("killed", "civilians", low, high, EVIDENCE))

    g = GoldCasualty(kind="killed", group="civilians", count=10)
    assert count_matches(c(10, 10), g) and count_matches(c(9, 9), g) and count_matches(c(11, 11), g)  # ±10 % of gold
    assert not count_matches(c(8, 8), g) and not count_matches(c(12, 12), g)
    assert count_matches(c(5, None), g)  # open upper bound ("at least 5")
    assert count_matches(c(5, 15), g) and not count_matches(c(12, 20), g)
    minimum = GoldCasualty(kind="killed", group="civilians", count=10, count_is_minimum=True)
    assert count_matches(c(10, None), minimum) and count_matches(c(10, 10), minimum)
    assert not count_matches(c(5, None), minimum)  # a minimum is matched by the low bound itself


def test_casualties_kind_group_and_duplicates() -> None:
    gold = gold_article(casualties=[
        {"kind": "killed", "group": "civilians", "count": 10},
        {"kind": "killed", "group": "children", "count": 3},
        {"kind": "injured", "group": "civilians", "count": 25},
    ])
    pred = summary(casualties=[
        figure("killed", "unspecified", 10, None, EVIDENCE),  # unspecified matches civilians
        figure("killed", "unspecified", 10, None, EVIDENCE),  # duplicate -> false positive
        figure("killed", "children", 3, 3, EVIDENCE),
        figure("killed", "combatants", 25, 25, "Another 25 were wounded."),  # wrong kind and group
    ])
    c = score_sample(gold, ok(pred))["casualties"]
    assert (c["tp"], c["fp"], c["fn"]) == (2, 2, 1)
    assert c["precision"] == 0.5 and c["recall"] == pytest.approx(2 / 3)


def test_exact_group_is_preferred_over_unspecified() -> None:
    from summarizer.contract import Casualty
    from summarizer.evaluation.gold import GoldCasualty

    preds = [Casualty.model_validate(figure("killed", "unspecified", 3, 3, EVIDENCE)), Casualty.model_validate(figure("killed", "children", 3, 3, EVIDENCE))]
    golds = [GoldCasualty(kind="killed", group="children", count=3), GoldCasualty(kind="killed", group="civilians", count=3)]
    m = match_casualties(preds, golds)
    assert [(p.gold, p.pred) for p in m.pairs] == [(0, 1), (1, 0)]


def test_killed_total_accuracy() -> None:
    from summarizer.contract import Casualty

    preds = [Casualty.model_validate(figure(*args, EVIDENCE)) for args in [("killed", "children", 30, 30), ("killed", "civilians", 10, None), ("injured", "civilians", 99, 99)]]
    assert predicted_killed_total(preds).count_low == 10  # children are a subset, not the total
    art = lambda killed: gold_article(casualty_totals={"killed": killed})  # noqa: E731
    pred = ok(summary(casualties=[figure("killed", "children", 3, 3, EVIDENCE), figure("killed", "civilians", 10, None, EVIDENCE)]))
    samples = [score_sample(art(10), pred), score_sample(art(11), pred), score_sample(art(12), pred), score_sample(art(0), ok(summary()))]
    assert [s["casualties"]["killed_total"]["correct"] for s in samples] == [True, True, False, True]
    assert aggregate(samples)["casualties"]["killed_total_accuracy"] == 0.75


def test_killed_total_is_the_first_event_toll_not_the_war_long_one() -> None:
    from summarizer.contract import Casualty

    lead = {"text": "Strikes killed 12 people and 3 fighters.", "start": 0, "end": 40}
    later = {"text": "More than 400,000 people have been killed since 2011.", "start": 100, "end": 152}
    body = {"text": "The 20 dead included fighters.", "start": 60, "end": 90}
    make = lambda kind, group, low, ev: Casualty.model_validate({**figure(kind, group, low, low, EVIDENCE), "evidence": ev})  # noqa: E731
    preds = [make("killed", "civilians", 400_000, later), make("killed", "civilians", 20, body), make("killed", "civilians", 12, lead), make("killed", "combatants", 3, lead)]
    assert predicted_killed_total(preds).count_low == 12  # earliest sentence, its largest figure
    assert predicted_killed_total(preds[:1]).count_low == 400_000  # only a cumulative toll: it is all there is
    assert predicted_killed_total([make("injured", "civilians", 5, lead)]) is None


# -- negotiation status -----------------------------------------------------------------------


def test_status_accuracy_macro_f1_confusion() -> None:
    pairs = [("stalled", "stalled"), ("stalled", "ongoing"), ("none", "none"), ("none", "none"), ("agreement", "(error)")]
    m = status_metrics(pairs)
    assert m["accuracy"] == pytest.approx(3 / 5)
    # per class F1: none 1.0, ongoing 0.0 (predicted, never gold), stalled 2/3 (P 1, R 1/2), agreement 0.0
    assert m["per_class"]["stalled"]["f1"] == pytest.approx(2 / 3)
    assert m["macro_f1"] == pytest.approx((1.0 + 0.0 + 2 / 3 + 0.0) / 4)
    assert m["confusion"] == {"stalled": {"stalled": 1, "ongoing": 1}, "none": {"none": 2}, "agreement": {"(error)": 1}}
    assert status_metrics([("none", "none")])["macro_f1"] == 1.0
    assert status_metrics([])["accuracy"] is None


# -- brief ------------------------------------------------------------------------------------


def test_brief_rouge_unsupported_numbers_and_length() -> None:
    assert rouge_l("Fighting went on in Daraa.", "Fighting went on in Daraa.") == 1.0
    assert rouge_l("alpha beta", "gamma delta") == 0.0
    gold = gold_article(brief="Fighting went on in Daraa.")
    good = score_sample(gold, ok(summary(brief="Fighting went on in Daraa.")))
    # A brief read back from JSON can hold a number the article never gives (the contract checks it only with the article).
    bad = score_sample(gold, ok(summary(brief="Fighting killed 40 people in Daraa today.")))
    assert good["brief"]["rougeL"] == 1.0 and good["brief"]["unsupported_numbers"] == []
    assert bad["brief"]["unsupported_numbers"] == [40]
    b = aggregate([good, bad])["brief"]
    assert b["unsupported_numbers_rate"] == 0.5
    assert b["words"] == {"mean": 6.0, "median": 6.0, "min": 5.0, "max": 7.0}


# -- failures and cost ------------------------------------------------------------------------


def test_failed_article_counts_against_labelled_fields() -> None:
    gold = gold_article(quotes=[{"text": "The talks have failed"}], negotiation_status="collapsed", brief="x y", casualty_totals={"killed": 10})
    sample = score_sample(gold, Prediction("a1", "error", None, "BackendError: down"))
    m = aggregate([sample])
    assert sample["status"] == "error" and "error" in sample["failures"]
    assert m["quotes"]["fn"] == 1 and m["quotes"]["f1"] == 0.0
    assert m["negotiation_status"]["confusion"] == {"collapsed": {"(error)": 1}}
    assert m["brief"]["rougeL"] == 0.0 and m["brief"]["n_briefs"] == 0
    assert m["casualties"]["killed_total_accuracy"] == 0.0
    assert m["samples"] == {"n": 1, "ok": 0, "errors": 1, "with_failures": 1}


def test_cost_tokens_seconds_and_money() -> None:
    gold = gold_article()
    samples = [
        score_sample(gold, ok(summary(tokens_in=1000, tokens_out=100, latency_s=2.0))),
        score_sample(gold, ok(summary(tokens_in=3000, tokens_out=300, latency_s=4.0))),
    ]
    cost = aggregate(samples, price_in=0.5, price_out=2.0)["cost"]
    assert (cost["tokens_in"], cost["tokens_out"], cost["seconds_per_article"]) == (4000, 400, 3.0)
    assert cost["money"] == pytest.approx(4000 / 1e6 * 0.5 + 400 / 1e6 * 2.0)
    assert aggregate(samples)["cost"]["money"] is None


# -- loading ----------------------------------------------------------------------------------


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_gold_validation_names_file_and_line(tmp_path: Path) -> None:
    good = {"id": "a", "text": "t", "gold": {}}
    cases = [
        ([good, "{not json"], ":2: not valid JSON"),
        ([good, {"id": "b", "text": "t", "gold": {"negotiation_status": "paused"}}], ":2: invalid gold record: gold.negotiation_status"),
        ([{"id": "a", "gold": {}}], ":1: invalid gold record: text"),
        ([good, good], ":2: duplicate id 'a' (first on line 1)"),
        ([{"id": "b", "text": "t", "gold": {"casualties": [{"kind": "killed", "count": -1}]}}], "gold.casualties.0.count"),
        ([{"id": "b", "text": "t", "gold": {"quotez": []}}], "gold.quotez"),
    ]
    for rows, message in cases:
        path = write_jsonl(tmp_path / "gold.jsonl", rows)
        with pytest.raises(EvalInputError) as info:
            load_gold(path)
        assert str(path) in str(info.value) and message in str(info.value), str(info.value)
    with pytest.raises(EvalInputError, match="no such file"):
        load_gold(tmp_path / "missing.jsonl")


def test_gold_missing_key_is_unlabelled_and_empty_list_is_labelled(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "g.jsonl", [{"id": 7, "text": "t", "gold": {"quotes": [], "meta": {"x": 1}}, "meta": {"y": 2}}])
    [article] = load_gold(path)
    assert article.id == "7" and article.gold.quotes == [] and article.gold.casualties is None and article.labelled == ["quotes"]


def test_predictions_accept_plain_and_batch_records(tmp_path: Path) -> None:
    s = summary().model_dump(mode="json")
    path = write_jsonl(tmp_path / "p.jsonl", [
        {"id": "a", "summary": s},
        {"id": "b", "status": "ok", "summary": s, "error": None, "provenance": s["provenance"]},
        {"id": "c", "status": "error", "summary": None, "error": "timeout", "provenance": None},
        {"id": "d", "summary": {"brief": 3}},
    ])
    found = load_predictions(path)
    assert [found[k].status for k in "abcd"] == ["ok", "ok", "error", "error"]
    assert found["c"].error == "timeout" and "contract" in found["d"].error
    with pytest.raises(EvalInputError, match=r"p2\.jsonl:1: the record has no \"id\""):
        load_predictions(write_jsonl(tmp_path / "p2.jsonl", [{"summary": s}]))


def test_where_selects_gold_by_meta_label(tmp_path):
    from summarizer.evaluation.gold import load_gold

    path = tmp_path / "g.jsonl"
    rows = [
        {"id": "a", "text": "x", "gold": {"meta": {"label": "fake"}}},
        {"id": "b", "text": "y", "gold": {"meta": {"label": "true"}}},
        {"id": "c", "text": "z", "gold": {}, "meta": {"label": "true"}},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert [a.id for a in load_gold(path, where={"label": "true"})] == ["b", "c"]
    assert [a.id for a in load_gold(path, limit=1, where={"label": "TRUE"})] == ["b"]
