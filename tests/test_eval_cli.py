"""`summarizer eval run | score | compare` as a user runs them: real processes, the loopback endpoint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, REPO
from responders import answer

TRUCE = (FIXTURES / "truce-talks.txt").read_text(encoding="utf-8")
# The same story with no status cue phrase in any talks sentence, so the (scripted) model decides the status.
UNCUED = (
    TRUCE.replace("Ceasefire talks between the government of Ostrava Province and the Red Hills militia opened in Nairobi on Monday",
                  "Envoys of the government of Ostrava Province and the Red Hills militia were in Nairobi on Monday")
    .replace("Ceasefire Talks Open", "Envoys Meet").replace("urged both sides to stop fighting", "spoke to both sides")
    .replace("was ready to discuss a truce", "had a truce in mind")
)
BROKEN = "BROKEN-ARTICLE: the model answers nonsense for this one. Talks were held, officials said."
SHARED_NEGOTIATION = REPO.parent / "shared" / "datasets" / "negotiation.jsonl"


def gold_rows(text: str = TRUCE) -> list[dict[str, Any]]:
    return [
        {
            "id": "truce", "source": "fixture", "title": "Ceasefire talks open", "date": "2024-01-01", "text": text,
            "gold": {
                "quotes": [
                    {"text": "Every day without a truce costs lives", "speaker": "Amina Wekesa"},
                    {"text": "We came here in good faith", "speaker": "he"},
                ],
                "casualties": [{"kind": "killed", "group": "civilians", "count": 9}],
                "casualty_totals": {"killed": 9},
                "negotiation_status": "ongoing",
                "brief": "Ceasefire talks opened in Nairobi after a militia attack killed nine civilians.",
            },
        },
        {"id": "broken", "source": "fixture", "title": "Broken", "date": None, "text": BROKEN, "gold": {"negotiation_status": "ongoing", "quotes": []}},
    ]


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def responder(status: str = "ongoing") -> Any:
    base = answer(brief="Ceasefire talks opened in Nairobi after an attack killed nine civilians.", speaker="Amina Wekesa", status=status)

    def respond(body: dict[str, Any]) -> Any:
        if any("BROKEN-ARTICLE" in str(m.get("content")) for m in body.get("messages", [])):
            return "this is not JSON"
        return base(body)

    return respond


def run_cli(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args], capture_output=True, text=True, timeout=timeout,
        env={**os.environ, "COLUMNS": "160", "SUMMARIZER_MAX_ATTEMPTS": "1", "SUMMARIZER_MAX_REASKS": "1"},
    )


def endpoint(server: Any) -> list[str]:
    return ["--backend", "openai", "--model", "fake-model", "--base-url", server.base_url, "--timeout", "5"]


def test_run_writes_reports_keeps_errors_as_rows_and_resumes(server: Any, tmp_path: Path) -> None:
    server.responder = responder()
    gold = write_jsonl(tmp_path / "gold.jsonl", gold_rows())
    out = tmp_path / "run"
    result = run_cli("eval", "run", "--gold", str(gold), "--out", str(out), *endpoint(server), "--price-in", "1", "--price-out", "2")
    assert result.returncode == 0, result.stderr
    assert {"predictions.jsonl", "report.json", "report.md", "report.html"} <= {p.name for p in out.iterdir()}
    assert "2 (1 ok, 1 errors)" in result.stdout and "tokens in / out" in result.stdout

    lines = [json.loads(line) for line in (out / "predictions.jsonl").read_text().splitlines()]
    assert [(r["id"], r["status"]) for r in lines] == [("truce", "ok"), ("broken", "error")]
    assert lines[1]["error"] and lines[0]["provenance"]["model"] == "fake-model"

    report = json.loads((out / "report.json").read_text())
    m = report["metrics"]
    assert m["samples"] == {"n": 2, "ok": 1, "errors": 1, "with_failures": 2}
    assert m["negotiation_status"]["accuracy"] == 0.5  # the failed article counts as wrong
    assert m["negotiation_status"]["confusion"] == {"ongoing": {"ongoing": 1, "(error)": 1}}
    assert m["quotes"]["recall"] == 1.0 and m["quotes"]["speaker_accuracy"] == 1.0
    # The responder labels every number "killed civilians"; "wounded about 30 others" is overruled by the
    # word attached to its number (schema v2), so the first sentence's killed figure (9) is the total.
    assert m["casualties"]["killed_total_accuracy"] == 1.0
    assert report["samples"][0]["casualties"]["killed_total"] == {"gold": 9, "pred_low": 9, "pred_high": 9, "correct": True}
    assert m["cost"]["tokens_in"] > 0 and m["cost"]["money"] > 0
    assert m["invented"]["quotes"] == 0
    md = (out / "report.md").read_text()
    assert "| negotiation status accuracy | 0.500 |" in md and "### Failed articles" in md

    calls = server.chat_calls
    again = run_cli("eval", "run", "--gold", str(gold), "--out", str(out), *endpoint(server))
    assert again.returncode == 0, again.stderr
    assert "1 new, 1 reused" in again.stdout  # the error is retried, the success reused
    assert server.chat_calls - calls >= 1
    assert not any("Ceasefire talks between" in str(r.get("messages")) for r in server.requests[calls:])


def test_fail_under_exit_codes_and_unknown_metric(server: Any, tmp_path: Path) -> None:
    server.responder = responder(status="stalled")
    gold = write_jsonl(tmp_path / "gold.jsonl", gold_rows(UNCUED)[:1])  # no cue phrase: the model decides the status
    out = tmp_path / "run"
    failing = run_cli("eval", "run", "--gold", str(gold), "--out", str(out), *endpoint(server),
                      "--fail-under", "quotes.recall=0.9", "--fail-under", "negotiation_status.accuracy=0.7")
    assert failing.returncode == 10
    assert "quality gate failed: negotiation_status.accuracy 0.000 < 0.7" in failing.stderr
    assert (out / "report.html").exists()  # reports are written before the gate decides
    passing = run_cli("eval", "score", "--gold", str(gold), "--predictions", str(out / "predictions.jsonl"), "--out", str(tmp_path / "s"),
                      "--fail-under", "quotes.recall=0.9")
    assert passing.returncode == 0, passing.stderr
    unknown = run_cli("eval", "score", "--gold", str(gold), "--predictions", str(out / "predictions.jsonl"), "--out", str(tmp_path / "s"),
                      "--fail-under", "quotes.f2=0.9")
    assert unknown.returncode == 1 and "unknown metric 'quotes.f2'" in unknown.stderr and "Traceback" not in unknown.stderr


def test_score_accepts_plain_and_batch_records_and_reports_missing(tmp_path: Path) -> None:
    from summarizer.contract import ArticleSummary

    summary = ArticleSummary.model_validate({
        "brief": "Talks opened.", "negotiation_status": "ongoing",
        "provenance": {"model": "m", "backend": "openai", "prompt_version": "v", "article_sha256": "x", "tokens_in": 10, "tokens_out": 5, "latency_s": 1.5},
    }).model_dump(mode="json")
    rows = gold_rows() + [{"id": "third", "text": "Nothing happened.", "gold": {"negotiation_status": "none"}}]
    gold = write_jsonl(tmp_path / "gold.jsonl", rows)
    preds = write_jsonl(tmp_path / "preds.jsonl", [
        {"id": "truce", "summary": summary},
        {"id": "broken", "status": "error", "summary": None, "error": "BackendError: down", "provenance": None},
    ])
    result = run_cli("eval", "score", "--gold", str(gold), "--predictions", str(preds), "--out", str(tmp_path / "s"))
    assert result.returncode == 0, result.stderr
    assert "1 gold article(s) have no prediction" in result.stderr
    report = json.loads((tmp_path / "s" / "report.json").read_text())
    assert report["metrics"]["samples"]["n"] == 2 and report["config"]["missing_predictions"] == 1
    assert report["metrics"]["cost"]["seconds_per_article"] == 1.5
    assert [s["status"] for s in report["samples"]] == ["ok", "error"]


def test_bad_gold_is_one_line_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "t", "gold": {}}\n{"id": "b", "text": "t", "gold": {"negotiation_status": "paused"}}\n')
    result = run_cli("eval", "score", "--gold", str(gold), "--predictions", str(gold), "--out", str(tmp_path / "s"))
    assert result.returncode == 2
    assert f"{gold}:2: invalid gold record: gold.negotiation_status" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 2


def test_compare_two_runs(server: Any, tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", gold_rows(UNCUED))  # no cue phrase: the status comes from the (scripted) model
    model_decides = ()
    server.responder = responder(status="stalled")
    assert run_cli("eval", "run", "--gold", str(gold), "--out", str(tmp_path / "a"), *endpoint(server), *model_decides).returncode == 0
    server.responder = responder(status="ongoing")
    assert run_cli("eval", "run", "--gold", str(gold), "--out", str(tmp_path / "b"), *endpoint(server), *model_decides).returncode == 0
    result = run_cli("eval", "compare", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "cmp"))
    assert result.returncode == 0, result.stderr
    assert "1 of 2 articles changed" in result.stdout
    summary = json.loads((tmp_path / "cmp" / "compare.json").read_text())
    assert summary["changed"] == [{"id": "truce", "changes": ["negotiation_status"]}]
    status = next(d for d in summary["deltas"] if d["metric"] == "negotiation_status.accuracy")
    assert (status["a"], status["b"], status["delta"], status["direction"]) == (0.0, 0.5, 0.5, "better")
    md = (tmp_path / "cmp" / "compare.md").read_text()
    assert "| Status accuracy | 0.000 | 0.500 | +0.500 | ✅ better |" in md
    html = (tmp_path / "cmp" / "compare.html").read_text()
    assert 'data-changed="1"' in html and 'data-changed="0"' in html
    missing = run_cli("eval", "compare", str(tmp_path / "a"), str(tmp_path / "nope"), "--out", str(tmp_path / "cmp"))
    assert missing.returncode == 2 and "no such report" in missing.stderr


@pytest.mark.skipif(not SHARED_NEGOTIATION.exists(), reason="the shared datasets are not next to the repo")
def test_run_on_the_shared_negotiation_set(server: Any, tmp_path: Path) -> None:
    server.responder = answer(status="collapsed")
    out = tmp_path / "neg"
    result = run_cli("eval", "run", "--gold", str(SHARED_NEGOTIATION), "--limit", "3", "--out", str(out), *endpoint(server))
    assert result.returncode == 0, result.stderr
    report = json.loads((out / "report.json").read_text())
    assert report["metrics"]["samples"]["n"] == 3 and report["metrics"]["negotiation_status"]["n_labeled"] == 3


@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="no system Chromium (/usr/bin/chromium): apt-get install chromium")
def test_score_screenshot_option(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", gold_rows()[1:])
    preds = write_jsonl(tmp_path / "preds.jsonl", [{"id": "broken", "status": "error", "summary": None, "error": "down"}])
    png = tmp_path / "shots" / "report.png"
    result = run_cli("eval", "score", "--gold", str(gold), "--predictions", str(preds), "--out", str(tmp_path / "s"), "--screenshot", str(png))
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_without_texts_leaves_article_texts_out(tmp_path):
    """Reports of gold data that may not be redistributed keep scores and ids only."""
    from typer.testing import CliRunner

    from summarizer.cli import app

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x1", "text": "Shelling killed at least 12 civilians in Varosh, officials said.", "gold": {"casualties": [{"kind": "killed", "group": "civilians", "count": 12}]}}) + "\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["eval", "run", "--gold", str(gold), "--out", str(out), "--backend", "rules", "--without-texts"])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text())
    assert report["samples"][0]["article"] is None and not (out / "report.html").exists()
    assert "Varosh" not in (out / "report.json").read_text()
