"""The committed JSON Schema is the contract: it must match the pydantic models."""

import json

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.contract import SCHEMA_VERSION, json_schema
from summarizer.resources import data_dir


def test_committed_schema_matches_models():
    committed = json.loads((data_dir("schemas") / f"article_summary.v{SCHEMA_VERSION}.json").read_text())
    assert committed == json_schema(), "models drifted: run `summarizer schema > schemas/article_summary.v1.json`"


def test_schema_command_prints_it():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "ArticleSummary"
