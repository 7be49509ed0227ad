"""Prompt versions are typed configurations, validated when loaded and passed explicitly."""

import json
import shutil

import pytest

import summarizer.prompt_config as prompt_config
from summarizer import Summarizer
from summarizer.errors import InputError
from summarizer.prompt_config import ALL_QUESTIONS, Question, load_prompt_config, parse_questions
from summarizer.resources import data_dir


def test_shipped_versions_load_and_choose_questions_per_model():
    v7 = load_prompt_config("extract-v7")
    assert v7.questions_for("default") == {Question.brief} and v7.questions_for("some-endpoint-model") == ALL_QUESTIONS
    assert load_prompt_config("extract-v5").questions_for("default") == ALL_QUESTIONS - {Question.events}  # v5 predates the event question
    assert Summarizer(backend="rules").questions == frozenset()
    assert Summarizer(backend="local").questions == v7.questions_for("default")  # no model is loaded for this
    assert Summarizer(backend="local", ask="speakers,brief").questions == {Question.speakers, Question.brief}


def test_a_broken_config_is_one_line_naming_the_file(tmp_path, monkeypatch):
    prompts = tmp_path / "prompts"
    shutil.copytree(data_dir("prompts") / "extract-v7", prompts / "extract-v9")
    path = prompts / "extract-v9" / "config.json"
    config = json.loads(path.read_text())
    monkeypatch.setattr(prompt_config, "data_dir", lambda name: prompts)
    for broken, message in [
        ({**config, "asks": {"default": ["brief"]}}, "asks: Value error, needs a '*' entry"),
        ({**config, "asks": {"*": ["brieff"]}}, "asks.*"),
        ({**config, "lead_word": 70}, "lead_word: Extra inputs are not permitted"),
        ({**config, "brief_when": "sometimes"}, "brief_when"),
    ]:
        load_prompt_config.cache_clear()
        path.write_text(json.dumps(broken))
        with pytest.raises(InputError, match=f"prompts/extract-v9/config.json: {message}".replace("*", r"\*").replace("(", r"\(")):
            load_prompt_config("extract-v9")
    load_prompt_config.cache_clear()
    path.write_text("{not json")
    with pytest.raises(InputError, match="is not JSON"):
        load_prompt_config("extract-v9")
    load_prompt_config.cache_clear()


def test_ask_names_are_checked():
    assert parse_questions("all") == ALL_QUESTIONS and parse_questions("none") == frozenset()
    with pytest.raises(InputError, match="unknown question 'quotes'"):
        Summarizer(backend="rules", ask="quotes")
