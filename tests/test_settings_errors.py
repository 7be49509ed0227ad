"""A wrong setting is one line with exit code 2, before any article is read or model loaded,
whichever command and whichever way it was given (option or environment)."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, REPO
from summarizer import Summarizer
from summarizer.errors import InputError
from test_cli import run_cli

ARTICLE = str(FIXTURES / "truce-talks.txt")


@pytest.mark.parametrize(
    "args, env, message",
    [
        (["summarize", ARTICLE, "--backend", "foo"], {}, "backend must be one of local, openai, rules, not 'foo'"),
        (["summarize", ARTICLE, "--backend", "openai", "--model", "m", "--mode", "foo"], {}, "mode must be one of json_schema, tools, json, not 'foo'"),
        (["summarize", ARTICLE, "--prompt-version", "extract-v99"], {}, "unknown prompt version 'extract-v99'"),
        (["summarize", ARTICLE], {"SUMMARIZER_BACKEND": "rulez"}, "backend must be one of local, openai, rules, not 'rulez'"),
        (["summarize", ARTICLE, "--backend", "rules"], {"SUMMARIZER_MAX_ATTEMPTS": "many"}, "max_attempts"),
        (["batch", ARTICLE, "--out", "{tmp}/never-written.jsonl", "--backend", "foo"], {}, "backend must be one of"),
        (["eval", "run", "--gold", str(REPO / "evals/gold/core.jsonl"), "--out", "{tmp}/never-written", "--prompt-version", "extract-v99"], {}, "unknown prompt version"),
    ],
)
def test_bad_settings_are_one_line_with_exit_code_2(args, env, message, tmp_path):
    result = run_cli(*[a.format(tmp=tmp_path) for a in args], env=env)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not (tmp_path / "{tmp}/never-written.jsonl").exists()


def test_the_library_raises_input_error_with_the_same_message():
    with pytest.raises(InputError, match="backend must be one of local, openai, rules, not 'foo'"):
        Summarizer(backend="foo")
    with pytest.raises(InputError, match="known: .*extract-v5"):
        Summarizer(backend="rules", prompt_version="extract-v99")
