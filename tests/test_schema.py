"""The committed JSON Schema is the contract: it must match the pydantic models."""

import json

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.contract import SCHEMA_VERSION, json_schema
from summarizer.resources import data_dir


def test_committed_schema_matches_models():
    committed = json.loads((data_dir("schemas") / f"article_summary.v{SCHEMA_VERSION}.json").read_text())
    assert committed == json_schema(), f"models drifted: run `summarizer schema > schemas/article_summary.v{SCHEMA_VERSION}.json`"


def test_the_frozen_v1_models_still_match_the_v1_schema():
    from summarizer import contract_v1

    committed = json.loads((data_dir("schemas") / "article_summary.v1.json").read_text())
    assert committed == contract_v1.json_schema(), "summarizer/contract_v1.py is frozen: v1 results must keep loading"


def test_a_v1_result_loads_as_v2():
    from summarizer.contract import load_summary

    v1 = {
        "brief": "Shelling killed 12 civilians.",
        "quotes": [{"text": "We are not giving up", "speaker": "Grace Okonjo", "speaker_role": None, "start": 40, "end": 60}],
        "casualties": [{"kind": "killed", "group": "civilians", "count_low": 12, "count_high": 12, "approximate": False,
                        "location": None, "period": None, "attributed_to": None, "reported_by": None,
                        "evidence": {"text": "Shelling killed 12 civilians.", "start": 0, "end": 29}}],
        "negotiations": [], "negotiation_status": "stalled", "warnings": [],
        "provenance": {"model": "m", "backend": "openai", "prompt_version": "extract-v5", "schema_version": "1",
                       "article_sha256": "0" * 64, "tokens_in": 1, "tokens_out": 1, "latency_s": 1.0, "llm_calls": 1, "chunks": 1},
    }
    summary = load_summary(v1)
    assert summary.events == [] and summary.casualties[0].count_low == 12 and summary.casualties[0].reported_by is None
    assert summary.provenance.schema_version == "1", "an upgraded result still says what it was made as"


def test_schema_command_prints_it():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "ArticleSummary"
