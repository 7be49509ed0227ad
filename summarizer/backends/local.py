"""The embedded default: llama.cpp in process, no server, no network.

llama-cpp-python wants `response_format={"type": "json_object", "schema": ...}` where OpenAI
clients send `{"type": "json_schema", "json_schema": {"schema": ...}}`; the adapter below rewrites
one into the other so instructor's JSON_SCHEMA mode works unchanged (MODELS.md: the most robust
path measured). The system prompt is the same for every article, so llama.cpp's prefix reuse of
its KV cache skips re-reading it from the second article on (`Llama.generate` compares the new
prompt's tokens with the tokens of the previous call and evaluates only what follows the longest
common prefix).

Two speed levers, measured by bench/model_levers.py (off by default, see its README section):
`prompt_lookup_tokens` (prompt-lookup decoding as llama-cpp-python's `draft_model`) and
`grammar=False` (no schema grammar, only `response_format={"type": "json_object"}`).
"""

from __future__ import annotations

import json
import os
import threading
from functools import lru_cache
from typing import Any

import instructor

from summarizer.backends.base import Backend, metered
from summarizer.errors import ModelFilesError, SummarizerError
from summarizer.settings import Settings
from summarizer.weights import resolve_model_path

_LLAMA_ARGS = {"messages", "grammar", "temperature", "max_tokens", "seed", "top_p", "stop", "tools", "tool_choice"}


@lru_cache(maxsize=64)
def _grammar(schema_json: str) -> Any:
    """The GBNF grammar for a JSON schema (cached: articles with the same candidate ids share it)."""
    from llama_cpp import LlamaGrammar
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    try:
        json_schema_to_gbnf(schema_json)
    except Exception as error:  # noqa: BLE001 - any converter failure is a schema we must not send
        raise SummarizerError(f"llama.cpp cannot turn the response schema into a grammar: {error!r}") from None
    return LlamaGrammar.from_json_schema(schema_json, verbose=False)


def require_llama_cpp() -> Any:
    """The llama_cpp module, or a one-line ModelFilesError (exit 3) naming the extra to install.
    A broken build (its shared library fails to load) is reported the same way."""
    try:
        import llama_cpp
    except (ImportError, OSError, RuntimeError) as error:
        raise ModelFilesError(
            f"the embedded backend needs llama-cpp-python ({type(error).__name__}: {' '.join(str(error).split())[:200]}): "
            "pip install 'summarizer[local]' (or use --backend openai)"
        ) from None
    return llama_cpp


class LocalBackend(Backend):
    name = "local"
    mode = instructor.Mode.JSON_SCHEMA

    def __init__(self, settings: Settings) -> None:
        Llama = require_llama_cpp().Llama
        path, self.model = resolve_model_path(settings.model, settings.model_path)
        self.settings = settings
        self.n_ctx = settings.n_ctx
        speculative: dict[str, Any] = {}
        if settings.prompt_lookup_tokens > 0:
            from llama_cpp.llama_speculative import LlamaPromptLookupDecoding

            # With a draft model llama-cpp-python computes logits for every evaluated token
            # (`_logits_all` is forced on) and copies them into `Llama.scores`, which is sized
            # n_ctx rows only when the constructor's `logits_all` is True (else n_batch rows: a
            # prompt longer than n_batch would fail to broadcast), so it must be passed too.
            speculative = {
                "draft_model": LlamaPromptLookupDecoding(num_pred_tokens=settings.prompt_lookup_tokens),
                "logits_all": True,
            }
        try:
            self.llama = Llama(
                model_path=str(path),
                n_ctx=settings.n_ctx,
                n_threads=settings.n_threads or os.cpu_count() or 2,
                seed=settings.seed,
                verbose=False,
                **speculative,
            )
        except (ValueError, RuntimeError) as error:
            raise ModelFilesError(f"llama.cpp could not load {path}: {error}") from None
        self._lock = threading.Lock()  # one llama context: calls are serial
        patched = instructor.patch(create=metered(self._create), mode=self.mode)
        self.client = instructor.Instructor(client=None, create=patched, mode=self.mode)

    def _create(self, **kwargs: Any) -> Any:
        response_format = kwargs.pop("response_format", None)
        call = {k: v for k, v in kwargs.items() if k in _LLAMA_ARGS}
        if isinstance(response_format, dict):
            schema = response_format.get("schema") or response_format.get("json_schema", {}).get("schema")
            if not self.settings.grammar:
                # Measurement only (bench/model_levers.py): no schema grammar. llama-cpp-python
                # turns a json_object format without a schema into its generic JSON grammar.
                call.pop("grammar", None)
                call["response_format"] = {"type": "json_object"}
            elif schema is not None:
                # Build the grammar ourselves: llama-cpp-python silently falls back to free JSON
                # when a schema does not convert, which is slow and produces invalid answers.
                call["grammar"] = _grammar(json.dumps(schema))
        with self._lock:
            return self.llama.create_chat_completion_openai_v1(**call)

    def request_options(self) -> dict[str, Any]:
        return {
            "temperature": self.settings.temperature,
            "max_tokens": self.settings.max_output_tokens,
            "seed": self.settings.seed,
        }

    def count_tokens(self, text: str) -> int:
        return len(self.llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))
