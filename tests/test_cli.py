"""The command line as a user runs it: a real process, the loopback endpoint, one-line errors."""

import json
import os
import subprocess
import sys

import pytest

from conftest import FIXTURES
from responders import answer


def run_cli(*args, input_text=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        capture_output=True, text=True, input=input_text, timeout=120,
        env={**os.environ, "COLUMNS": "120", **(env or {})},
    )


@pytest.fixture
def endpoint_args(server):
    server.responder = answer(brief="Talks opened in Nairobi after an attack killed nine civilians.", speaker="Amina Wekesa", status="ongoing")
    return ["--backend", "openai", "--model", "fake-model", "--base-url", server.base_url, "--timeout", "5"]


def test_json_format_is_the_exact_contract(endpoint_args):
    result = run_cli("summarize", str(FIXTURES / "truce-talks.txt"), "--format", "json", *endpoint_args)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["negotiation_status"] == "ongoing"
    assert data["quotes"][0]["speaker"] == "Amina Wekesa"


def test_markdown_and_rich_formats(endpoint_args):
    md = run_cli("summarize", str(FIXTURES / "truce-talks.txt"), "--format", "md", *endpoint_args)
    assert md.returncode == 0 and "## Quotes" in md.stdout and "| killed | civilians | 9 |" in md.stdout
    rich = run_cli("summarize", str(FIXTURES / "truce-talks.txt"), *endpoint_args)
    assert rich.returncode == 0 and "Negotiation status: ongoing" in rich.stdout


def test_html_format_marks_every_grounded_span_and_escapes_the_article(tmp_path):
    article = tmp_path / "orva.txt"
    article.write_text(
        "ORVA, Dravia (Meridian News) - Rockets hit the main market in the northern town of Orva on Monday, killing at least nine civilians, "
        "according to the regional governor, Dana Ferro.\n\n"
        "“We <script>alert(1)</script> will rebuild the market,” Ferro said.\n"
    )
    result = run_cli("summarize", str(article), "--format", "html", "--backend", "rules")
    assert result.returncode == 0, result.stderr
    page = result.stdout
    assert page.startswith("<!doctype html>") and "<script>" not in page and "&lt;script&gt;" in page
    for css in ("quote", "figure", "source", "place"):
        assert f'<mark class="{css}' in page or f' {css}"' in page or f" {css} " in page, css
    assert 'title="quote — Dana Ferro' in page and "killed civilians ≥9" in page


def test_stdin_and_html(endpoint_args):
    result = run_cli("summarize", "-", "--format", "json", *endpoint_args, input_text=(FIXTURES / "truce-talks.txt").read_text())
    assert result.returncode == 0, result.stderr
    html = run_cli("summarize", str(FIXTURES / "article.html"), "--format", "json", *endpoint_args)
    assert html.returncode == 0, html.stderr
    assert json.loads(html.stdout)["quotes"][0]["text"].startswith("This is the first food")


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["summarize", "missing.txt"], 2, "no such file"),
        (["summarize", str(FIXTURES), "--backend", "openai", "--model", "m"], 2, "is a folder"),
        (["summarize", str(FIXTURES / "truce-talks.txt"), "--backend", "openai", "--model", "m", "--base-url", "http://127.0.0.1:9/v1", "--timeout", "1"], 4, "failed after retries"),
        (["summarize", str(FIXTURES / "truce-talks.txt"), "--model-path", "nope.gguf"], 3, "no such file"),
    ],
)
def test_errors_are_one_line_without_traceback(args, code, message):
    result = run_cli(*args, env={"SUMMARIZER_MAX_ATTEMPTS": "2", "SUMMARIZER_MAX_BACKOFF_S": "0.2"})
    assert result.returncode == code, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2


def test_models_list():
    result = run_cli("models", "list")
    assert result.returncode == 0 and "small" in result.stdout and "Apache-2.0" in result.stdout


def test_the_ask_help_and_the_contract_name_every_question():
    """`--ask events` is accepted; the help and the schema's description of `questions` must say
    so (they once listed five of the six questions, from a hand-written copy of the list)."""
    from typing import get_args

    from summarizer.cli_options import AskOpt
    from summarizer.contract import Provenance
    from summarizer.prompt_config import Question

    help_text = get_args(AskOpt)[1].help
    described = Provenance.model_fields["questions"].description
    for question in Question:
        assert question.value in help_text and question.value in described
