"""LLM backends behind one interface: an instructor client plus what provenance needs.

`local` runs llama.cpp in process (the offline default); `openai` talks to any OpenAI-compatible
endpoint. Both hand the pipeline an instructor client whose raw `create` is wrapped with
transport retries and a usage meter, so everything above this package is one code path.
"""

from __future__ import annotations

from summarizer.backends.base import Backend, Usage, metered, usage_scope
from summarizer.settings import Settings


def make_backend(settings: Settings) -> Backend:
    if settings.backend == "local":
        from summarizer.backends.local import LocalBackend

        return LocalBackend(settings)
    if settings.backend == "openai":
        from summarizer.backends.openai_backend import OpenAIBackend

        return OpenAIBackend(settings)
    if settings.backend == "rules":
        return RulesBackend(settings)
    raise ValueError(f"unknown backend {settings.backend!r}")


class RulesBackend(Backend):
    """No model: the pipeline answers from the candidates' hints (see summarizer.rules)."""

    name = "rules"
    model = "rules"
    client = None

    def __init__(self, settings: Settings) -> None:
        self.n_ctx = 1 << 30  # nothing is sent anywhere, so nothing needs chunking


__all__ = ["Backend", "Usage", "make_backend", "metered", "usage_scope"]
