"""Transport retries (429, 5xx, timeouts, dropped connections) with tenacity.

These are a separate budget from instructor's re-asks, which only handle output that fails
validation: a rate limit is not the model's fault and must not burn a re-ask. Retry-After is
honoured when the server sends it; otherwise jittered exponential backoff.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any, Callable, TypeVar

import openai
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

F = TypeVar("F", bound=Callable[..., Any])


def is_transient(error: BaseException) -> bool:
    if isinstance(error, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError)):
        return True
    if isinstance(error, openai.APIStatusError):
        return error.status_code in (408, 409, 429) or error.status_code >= 500
    return False


def retry_after_seconds(error: BaseException | None) -> float | None:
    response = getattr(error, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    value = headers.get("retry-after-ms")
    if value:
        try:
            return float(value) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value:
        try:
            return float(value)
        except ValueError:
            return None
    return None


class _Wait:
    def __init__(self, max_backoff_s: float) -> None:
        self.max_backoff_s = max_backoff_s
        self.exponential = wait_random_exponential(multiplier=0.5, max=max_backoff_s)

    def __call__(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        hinted = retry_after_seconds(error)
        if hinted is not None:
            return min(max(hinted, 0.0), self.max_backoff_s)
        return self.exponential(state)


def with_transport_retries(create: F, *, attempts: int, max_backoff_s: float, is_async: bool | None = None) -> F:
    """Wrap a chat-completions `create` (sync or async) in tenacity retries.

    Pass `is_async` when known: the openai SDK's async `create` is wrapped in a sync-looking
    decorator, so `inspect.iscoroutinefunction` cannot tell."""
    options = dict(
        retry=retry_if_exception(is_transient),
        stop=stop_after_attempt(max(1, attempts)),
        wait=_Wait(max_backoff_s),
        reraise=True,
    )
    if is_async if is_async is not None else inspect.iscoroutinefunction(create):

        @functools.wraps(create)
        async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
            async for attempt in AsyncRetrying(**options):
                with attempt:
                    return await create(*args, **kwargs)

        return async_wrapper  # type: ignore[return-value]

    @functools.wraps(create)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        for attempt in Retrying(**options):
            with attempt:
                return create(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
