"""Settings from arguments, the environment (SUMMARIZER_*, OPENAI_*) or defaults.

The API key is a SecretStr so it is never printed, logged or written into provenance.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import AliasChoices, Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

Backend = Literal["local", "openai", "rules"]
InstructorModeName = Literal["json_schema", "tools", "json"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SUMMARIZER_", extra="ignore")

    backend: Backend = "local"
    model: str | None = Field(None, description="Model name for the endpoint, or 'default'/'small' for the embedded model.")
    model_path: str | None = Field(None, description="Any GGUF file for the embedded backend.")
    base_url: str | None = Field(None, validation_alias=AliasChoices("SUMMARIZER_BASE_URL", "OPENAI_BASE_URL", "base_url"))
    api_key: SecretStr | None = Field(None, validation_alias=AliasChoices("SUMMARIZER_API_KEY", "OPENAI_API_KEY", "api_key"))
    mode: InstructorModeName = "json_schema"
    timeout_s: float = 120.0
    max_attempts: int = Field(5, description="Transport attempts per request (429/5xx/timeouts), with backoff.")
    max_reasks: int = Field(2, description="Re-asks after a validation failure, a separate budget from transport retries.")
    max_backoff_s: float = 60.0
    n_ctx: int = 4096
    max_chunks: int = Field(12, description="Longer articles are refused with a clear error rather than truncated.")
    max_article_chars: int = Field(
        200_000, gt=0,
        description="Longer articles are refused at once (a news article is rarely over 50,000 characters; a multi-megabyte 'article' is a mis-split file).",
    )
    ask: str | None = Field(
        None, description="The questions the model is asked, e.g. 'brief' or 'speakers,brief', 'all', 'none' (default: the prompt version's set for this model)."
    )
    n_threads: int | None = None
    max_output_tokens: int = 768
    temperature: float = 0.0
    seed: int = 7
    prompt_lookup_tokens: int = Field(
        0, ge=0,
        description=(
            "Embedded model: prompt-lookup decoding, drafting up to N tokens per step from n-grams of the "
            "prompt (llama-cpp-python's LlamaPromptLookupDecoding); 0 = off. It makes llama.cpp compute "
            "logits for every prompt token, so measure before turning it on (bench/model_levers.py)."
        ),
    )
    grammar: bool = Field(
        True,
        description=(
            "Embedded model: constrain the answer with the GBNF grammar of the response schema. False sends "
            "only response_format json_object (llama-cpp-python then applies its generic JSON grammar), to "
            "measure the schema grammar's cost per token; answers may then fail validation and be re-asked."
        ),
    )


def load_settings(base: Settings | None = None, given: dict[str, Any] | None = None) -> Settings:
    """Settings from `base` (or the environment) with `given` on top; a bad value, from an option
    or from the environment, is an InputError naming the setting, not a pydantic traceback."""
    from summarizer.errors import InputError

    try:
        return Settings(**{**(base or Settings()).model_dump(), **(given or {})})
    except ValidationError as error:
        raise InputError(_explain(error.errors()[0])) from None


def _explain(error: Any) -> str:
    name = str(error["loc"][0]) if error.get("loc") else "a setting"
    value = error.get("input")
    field = Settings.model_fields.get(name)
    choices = get_args(field.annotation) if field is not None else ()
    where = f"--{name.replace('_', '-')} or SUMMARIZER_{name.upper()}"
    if choices and all(isinstance(c, str) for c in choices):
        return f"{name} must be one of {', '.join(choices)}, not {value!r} (set by {where})"
    return f"invalid {name} {value!r}: {error.get('msg', 'invalid value')} (set by {where})"
