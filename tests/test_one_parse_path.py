"""One scripted answer, the same ArticleSummary on every engine: live (sync and async), the
batch runner, Ray, the OpenAI Batch API and `eval run` all parse the model's answer through
`Summarizer.summary_from_completions`' path, so none of them can drop or relabel what another keeps.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from batch_helpers import read_out
from openai_batch_server import FakeOpenAIBatchServer
from responders import answer
from summarizer import Summarizer
from summarizer.batch import run
from summarizer.evaluation.gold import Gold, GoldArticle
from summarizer.evaluation.runner import summarize_one

ARTICLE = (
    "Shelling kills 12 civilians in Varosh as Lisbon talks stall\n\n"
    "VAROSH - Artillery fire killed at least 12 civilians in the northern city of Varosh on Tuesday, "
    "and about 400 people have been wounded since the offensive began, local health officials said.\n\n"
    "The toll in the old city reached 15 civilians by Wednesday.\n\n"
    "Talks in Lisbon on a truce stalled on Monday after the rebel delegation walked out.\n\n"
    "\u201cWe are not giving up,\u201d said the mediator, Grace Okonjo. She added: \u201cBoth delegations have told me they want to return.\u201d\n\n"
    "\u201cThe shelling must stop before anything else,\u201d a rebel commander told reporters.\n"
)

# Every figure is labelled "injured" by the script. Where a casualty word is attached to the
# number ("killed at least 12") it overrules any label (schema v2); the toll of 15 has none, so
# its kind is the script's, where the rules would say "killed": an engine that ignores the
# model's labels (or drops them) shows up at once.
RESPONDER = answer(brief="Artillery fire killed at least 12 civilians in Varosh. Talks in Lisbon stalled.", speaker="Grace Okonjo", kind="injured", status="stalled")

# What differs by engine by design: how long it took, and which engine/backend ran it.
VOLATILE = {"latency_s"}


def comparable(summary: dict[str, Any]) -> dict[str, Any]:
    provenance = {k: v for k, v in summary["provenance"].items() if k not in VOLATILE}
    return {**summary, "provenance": provenance}


def make(server: FakeOpenAIBatchServer) -> Summarizer:
    return Summarizer(backend="openai", model="fake-model", base_url=server.base_url, api_key="test-key", timeout_s=5, max_backoff_s=1)


def test_the_same_answer_gives_the_same_summary_on_every_engine(tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n", encoding="utf-8")
    results: dict[str, dict[str, Any]] = {}
    with FakeOpenAIBatchServer(responder=RESPONDER) as server:
        s = make(server)
        results["live"] = s.summarize(ARTICLE).model_dump(mode="json")
        results["async"] = asyncio.run(make(server).asummarize(ARTICLE)).model_dump(mode="json")
        prediction = summarize_one(s, GoldArticle(id="a", text=ARTICLE, gold=Gold()))
        assert prediction.summary is not None, prediction.error
        results["eval"] = prediction.summary.model_dump(mode="json")
        run([inp], tmp_path / "async.jsonl", summarizer=s, progress=False)
        results["batch"] = read_out(tmp_path / "async.jsonl")[0]["summary"]
        run([inp], tmp_path / "api.jsonl", summarizer=s, openai_batch=True, poll_interval_s=0.05, progress=False)
        results["openai_batch"] = read_out(tmp_path / "api.jsonl")[0]["summary"]
        ray = pytest.importorskip("ray")
        try:
            run([inp], tmp_path / "ray.jsonl", summarizer=s, engine="ray", concurrency=1, progress=False)
        finally:
            ray.shutdown()
        results["ray"] = read_out(tmp_path / "ray.jsonl")[0]["summary"]

    live = results["live"]
    by_count = {c["count_low"]: c["kind"] for c in live["casualties"]}
    assert by_count[15] == "injured" and by_count[12] == "killed", "the script's label is used where no attached word decides"
    assert live["provenance"]["llm_calls"] == 1 and live["provenance"]["latency_s"] > 0
    for engine, summary in results.items():
        assert comparable(summary) == comparable(live), f"{engine} differs from the live path"
    assert results["openai_batch"]["provenance"]["latency_s"] >= 0


def test_summary_from_completions_is_the_live_parse(tmp_path: Path) -> None:
    """The public method reads raw completions (as a Batch API output file or a recorded run
    holds them) into exactly the summary the live call made from the same answer."""
    with FakeOpenAIBatchServer(responder=RESPONDER) as server:
        s = make(server)
        live = s.summarize(ARTICLE)
        body = server.requests[0]
        completion = FakeOpenAIBatchServer._completion(body, json.dumps(RESPONDER(body)))
    again = s.summary_from_completions(ARTICLE, [completion], latency_s=live.provenance.latency_s)
    assert again.model_dump(mode="json") == live.model_dump(mode="json")


def test_summary_from_completions_keeps_the_grounded_part_of_an_invalid_answer() -> None:
    """An answer naming a speaker the article never mentions: the live path would re-ask; an
    answer read afterwards cannot be re-asked, so the grounded part is kept with a warning."""
    with FakeOpenAIBatchServer(responder=answer(speaker="Nobody Atall")) as server:
        s = make(server)
        s.summarize(ARTICLE)
        body = server.requests[0]
        completion = FakeOpenAIBatchServer._completion(body, json.dumps(answer(speaker="Nobody Atall")(body)))
    summary = s.summary_from_completions(ARTICLE, [completion])
    assert all(q.speaker != "Nobody Atall" for q in summary.quotes)
    assert any("Nobody Atall" in w for w in summary.warnings)
