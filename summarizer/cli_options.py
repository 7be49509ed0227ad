"""Options shared by every command that runs a model (summarize, batch, eval run)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from summarizer.pipeline import Summarizer
from summarizer.prompt_config import QUESTION_NAMES

BackendOpt = Annotated[Optional[str], typer.Option("--backend", help="local (embedded llama.cpp, default), openai (any OpenAI-compatible endpoint) or rules (no model: deterministic candidates only).", envvar="SUMMARIZER_BACKEND")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="Endpoint model name, or the embedded model: default | small.", envvar="SUMMARIZER_MODEL")]
BaseUrlOpt = Annotated[Optional[str], typer.Option("--base-url", help="OpenAI-compatible base URL (…/v1).", envvar="SUMMARIZER_BASE_URL")]
ModelPathOpt = Annotated[Optional[str], typer.Option("--model-path", help="Any GGUF file for the embedded backend.", envvar="SUMMARIZER_MODEL_PATH")]
ModeOpt = Annotated[Optional[str], typer.Option("--mode", help="Structured-output mode for endpoints: json_schema | tools | json (a llama.cpp server needs tools).")]
TimeoutOpt = Annotated[Optional[float], typer.Option("--timeout", help="Seconds per request before it is retried.")]
AskOpt = Annotated[Optional[str], typer.Option("--ask", help=f"Questions for the model: any of {QUESTION_NAMES} (comma-separated), all or none; the rules answer the rest. Default: the prompt version's set for this model.", envvar="SUMMARIZER_ASK")]
PromptOpt = Annotated[Optional[str], typer.Option("--prompt-version", help="Prompt version folder under prompts/.")]


def make_summarizer(
    backend: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    model_path: str | None = None,
    mode: str | None = None,
    timeout: float | None = None,
    prompt_version: str | None = None,
    ask: str | None = None,
) -> Summarizer:
    extra = {"prompt_version": prompt_version} if prompt_version else {}
    return Summarizer(backend=backend, model=model, base_url=base_url, model_path=model_path, mode=mode, timeout_s=timeout, ask=ask, **extra)
