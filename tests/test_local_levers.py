"""The embedded backend's speed levers (bench/model_levers.py measures them), without a model:
their settings from the environment, a bad value as the one-line InputError, and what the local
backend hands llama.cpp (a stand-in `Llama` records the constructor and call arguments)."""

from __future__ import annotations

import types

import pytest

from summarizer import Summarizer
from summarizer.backends import local
from summarizer.errors import InputError
from summarizer.settings import Settings, load_settings


def test_defaults_leave_both_levers_as_shipped(monkeypatch):
    monkeypatch.delenv("SUMMARIZER_PROMPT_LOOKUP_TOKENS", raising=False)
    monkeypatch.delenv("SUMMARIZER_GRAMMAR", raising=False)
    settings = load_settings()
    assert settings.prompt_lookup_tokens == 0
    assert settings.grammar is True


def test_levers_parse_from_the_environment(monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_LOOKUP_TOKENS", "10")
    monkeypatch.setenv("SUMMARIZER_GRAMMAR", "false")
    settings = load_settings()
    assert settings.prompt_lookup_tokens == 10
    assert settings.grammar is False


def test_an_argument_overrides_the_environment(monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_LOOKUP_TOKENS", "10")
    assert load_settings(given={"prompt_lookup_tokens": 2}).prompt_lookup_tokens == 2


@pytest.mark.parametrize(
    "name, value, message",
    [
        ("SUMMARIZER_PROMPT_LOOKUP_TOKENS", "ten", "invalid prompt_lookup_tokens 'ten'"),
        ("SUMMARIZER_PROMPT_LOOKUP_TOKENS", "-1", "invalid prompt_lookup_tokens '-1'"),
        ("SUMMARIZER_GRAMMAR", "maybe", "invalid grammar 'maybe'"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_setting(monkeypatch, name, value, message):
    monkeypatch.setenv(name, value)
    with pytest.raises(InputError) as raised:
        load_settings()
    text = str(raised.value)
    assert text.startswith(message), text
    assert name in text
    assert "\n" not in text


def test_the_library_raises_the_same_input_error(monkeypatch):
    monkeypatch.setenv("SUMMARIZER_PROMPT_LOOKUP_TOKENS", "ten")
    with pytest.raises(InputError, match="invalid prompt_lookup_tokens 'ten'"):
        Summarizer(backend="rules")


class _FakeLlama:
    """Records what LocalBackend gives llama.cpp (its constructor arguments and each call)."""

    def __init__(self, **kwargs):
        self.init = kwargs
        self.calls = []

    def create_chat_completion_openai_v1(self, **kwargs):
        self.calls.append(kwargs)
        return None


@pytest.fixture
def backend_for(monkeypatch, tmp_path):
    weights = tmp_path / "stand-in.gguf"
    weights.write_bytes(b"GGUF")
    monkeypatch.setattr(local, "require_llama_cpp", lambda: types.SimpleNamespace(Llama=_FakeLlama))

    def make(**given):
        return local.LocalBackend(Settings(backend="local", model_path=str(weights), **given))

    return make


SCHEMA_FORMAT = {"type": "json_schema", "json_schema": {"name": "X", "schema": {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]}}}


def test_prompt_lookup_is_a_draft_model_with_logits_for_every_token(backend_for):
    from llama_cpp.llama_speculative import LlamaPromptLookupDecoding

    init = backend_for(prompt_lookup_tokens=10).llama.init
    assert isinstance(init["draft_model"], LlamaPromptLookupDecoding)
    assert init["draft_model"].num_pred_tokens == 10
    assert init["logits_all"] is True
    shipped = backend_for().llama.init
    assert "draft_model" not in shipped and "logits_all" not in shipped


def test_the_schema_grammar_is_sent_unless_grammar_is_off(backend_for):
    on = backend_for()
    on._create(messages=[], response_format=SCHEMA_FORMAT, temperature=0.0)
    assert on.llama.calls[0]["grammar"] is not None
    assert "response_format" not in on.llama.calls[0]

    off = backend_for(grammar=False)
    off._create(messages=[], response_format=SCHEMA_FORMAT, temperature=0.0)
    assert "grammar" not in off.llama.calls[0]
    assert off.llama.calls[0]["response_format"] == {"type": "json_object"}
