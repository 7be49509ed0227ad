"""Any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp server, LM Studio)."""

from __future__ import annotations

from typing import Any

import instructor
import openai

from summarizer.backends.base import Backend, metered
from summarizer.backends.retry import with_transport_retries
from summarizer.errors import SummarizerError
from summarizer.redact import remember
from summarizer.settings import Settings

MODES = {"json_schema": instructor.Mode.JSON_SCHEMA, "tools": instructor.Mode.TOOLS, "json": instructor.Mode.JSON}


def require_model(settings: Settings) -> str:
    """The endpoint's model name; there is no sensible default to guess."""
    if not settings.model:
        raise SummarizerError("the openai backend needs --model (the endpoint's model name)")
    return settings.model


class OpenAIBackend(Backend):
    name = "openai"

    def __init__(self, settings: Settings) -> None:
        require_model(settings)
        self.settings = settings
        self.model = settings.model
        self.mode = MODES[settings.mode]
        self.n_ctx = settings.n_ctx
        key = settings.api_key.get_secret_value() if settings.api_key else "not-needed"
        remember(key)  # an endpoint may echo it in an error body: mask it wherever messages go
        common: dict[str, Any] = dict(base_url=settings.base_url, api_key=key, timeout=settings.timeout_s, max_retries=0)
        sync_client = openai.OpenAI(**common)
        async_client = openai.AsyncOpenAI(**common)
        for raw, is_async in ((sync_client, False), (async_client, True)):
            wrapped = with_transport_retries(raw.chat.completions.create, attempts=settings.max_attempts, max_backoff_s=settings.max_backoff_s,
                                             deadline_s=settings.timeout_s, is_async=is_async)
            raw.chat.completions.create = metered(wrapped, is_async=is_async)  # type: ignore[method-assign]
        self.client = instructor.from_openai(sync_client, mode=self.mode)
        self.aclient = instructor.from_openai(async_client, mode=self.mode)

    def request_options(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "temperature": self.settings.temperature,
            "max_tokens": self.settings.max_output_tokens,
        }
