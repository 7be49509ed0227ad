"""Checks that a run can work at all, made once before the first article is summarized.

Without them a wrong key, a dead endpoint or a missing extra only shows up as one error record
per article, each after a full retry budget: hours of failures over a large archive. Only
definite failures stop the run here (a refused key, a refused connection, a missing llama.cpp
or model file); anything ambiguous (a 404 because the endpoint has no /models, a slow answer,
a 5xx) is left to the per-article retries and the batch runner's circuit breaker.
"""

from __future__ import annotations

import openai

from summarizer.backends.retry import AUTH_STATUSES
from summarizer.errors import BackendError
from summarizer.redact import redact
from summarizer.settings import Settings

# A listing is small; a healthy endpoint answers it in well under this.
PROBE_TIMEOUT_S = 30.0


def preflight(settings: Settings) -> None:
    """Raise a one-line BackendError (exit 4) or ModelFilesError (exit 3) when the configured
    backend cannot work; return quietly otherwise. Loads no model and sends no prompt."""
    if settings.backend == "openai":
        check_endpoint(settings)
    elif settings.backend == "local":
        check_local(settings)


def check_endpoint(settings: Settings) -> None:
    """One GET /models: the cheapest request every OpenAI-compatible server understands or
    refuses in a telling way. A missing model name is caught first: it would fail every article."""
    from summarizer.backends.openai_backend import require_model

    require_model(settings)
    key = settings.api_key.get_secret_value() if settings.api_key else "not-needed"
    client = openai.OpenAI(base_url=settings.base_url, api_key=key, timeout=min(settings.timeout_s, PROBE_TIMEOUT_S), max_retries=0)
    where = str(client.base_url).rstrip("/")
    try:
        client.models.list()
    except openai.APIStatusError as error:
        if error.status_code in AUTH_STATUSES:
            raise BackendError(
                f"the endpoint {where} refused the API key (HTTP {error.status_code}): {_brief(error)}; "
                "set OPENAI_API_KEY or SUMMARIZER_API_KEY and run the same command again"
            ) from None
    except openai.APITimeoutError:
        return  # slow is not dead: the per-article retries decide
    except openai.APIConnectionError as error:
        cause = error.__cause__ or error
        raise BackendError(
            f"cannot reach the endpoint {where}: {_brief(cause)}; check --base-url and that the server is running, "
            "then run the same command again"
        ) from None
    except openai.APIError:
        return  # an answer we cannot parse: not a reason to refuse the run
    finally:
        client.close()


def check_local(settings: Settings) -> None:
    """llama.cpp importable and the weights present and verified, without loading them."""
    from summarizer.backends.local import require_llama_cpp
    from summarizer.weights import resolve_model_path

    require_llama_cpp()
    resolve_model_path(settings.model, settings.model_path)


def _brief(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return redact(text)[:300]


__all__ = ["check_endpoint", "check_local", "preflight"]
