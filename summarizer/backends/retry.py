"""Transport retries (429, 5xx, timeouts, dropped connections) with tenacity.

These are a separate budget from instructor's re-asks, which only handle output that fails
validation: a rate limit is not the model's fault and must not burn a re-ask. Retry-After is
honoured when the server sends it (seconds or an HTTP date, capped by the max backoff);
otherwise jittered exponential backoff. A refused key (401/403) is never retried: the next try
would be refused too.

The HTTP client's timeout bounds each read, so a server that trickles a byte every few seconds
would hold a request for minutes; every attempt therefore also gets a total deadline (the same
number of seconds), and an attempt over it is a timeout like any other, retried the same way.
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import functools
import inspect
import threading
from datetime import datetime, timezone
from typing import Any, Callable, TypeVar

import openai
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

F = TypeVar("F", bound=Callable[..., Any])

AUTH_STATUSES = (401, 403)


class AttemptTimeout(openai.APITimeoutError):
    """One attempt ran past its total deadline (the server answered, but too slowly)."""

    def __init__(self, deadline_s: float) -> None:
        # No HTTP request object is at hand (nor needed): the one in flight was abandoned.
        super().__init__(request=None)  # type: ignore[arg-type]
        self.message = f"request took longer than the {deadline_s:g} s deadline (--timeout)"
        self.args = (self.message,)


def api_error_in(error: BaseException | None) -> openai.APIError | None:
    """The openai error behind `error`, following the cause/context chain (instructor and the
    pipeline wrap the transport error in their own exceptions)."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, openai.APIError):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


def status_of(error: BaseException | None) -> int | None:
    found = api_error_in(error)
    return found.status_code if isinstance(found, openai.APIStatusError) else None


def is_auth_error(error: BaseException | None) -> bool:
    """401/403 anywhere in the chain: the key is wrong or lacks access; retrying cannot help."""
    return status_of(error) in AUTH_STATUSES


def is_transient(error: BaseException) -> bool:
    if isinstance(error, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError)):
        return True
    if isinstance(error, openai.APIStatusError):
        return error.status_code in (408, 409, 429) or error.status_code >= 500
    return False


def retry_after_seconds(error: BaseException | None, now: datetime | None = None) -> float | None:
    """The server's requested pause: `retry-after-ms`, or `Retry-After` as seconds or as an
    HTTP date (RFC 9110 §10.2.3); None when absent or unreadable. Looks through wrappers."""
    response = getattr(api_error_in(error), "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    value = headers.get("retry-after-ms")
    if value:
        try:
            return max(float(value) / 1000, 0.0)
        except ValueError:
            pass
    value = (headers.get("retry-after") or "").strip()
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # an HTTP date is always GMT
        when = when.replace(tzinfo=timezone.utc)
    return max((when - (now or datetime.now(timezone.utc))).total_seconds(), 0.0)


def backoff_s(error: BaseException | None, fallback_s: float, max_backoff_s: float) -> float:
    """The pause before the next try: the server's Retry-After if it sent one, else `fallback_s`,
    never more than `max_backoff_s`."""
    hinted = retry_after_seconds(error)
    return min(hinted if hinted is not None else fallback_s, max_backoff_s)


class _Wait:
    def __init__(self, max_backoff_s: float) -> None:
        self.max_backoff_s = max_backoff_s
        self.exponential = wait_random_exponential(multiplier=0.5, max=max_backoff_s)

    def __call__(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        return backoff_s(error, self.exponential(state), self.max_backoff_s)


def _within_deadline(create: Callable[..., Any], deadline_s: float, args: Any, kwargs: Any) -> Any:
    """Run one sync attempt in a daemon thread and stop waiting at the deadline. The abandoned
    thread ends on its own read timeout; being a daemon it never holds up the process's exit."""
    outcome: dict[str, Any] = {}
    context = contextvars.copy_context()

    def attempt() -> None:
        try:
            outcome["value"] = context.run(create, *args, **kwargs)
        except BaseException as error:  # noqa: BLE001 - handed to the caller's thread
            outcome["error"] = error

    worker = threading.Thread(target=attempt, name="summarizer-request", daemon=True)
    worker.start()
    worker.join(deadline_s)
    if worker.is_alive():
        raise AttemptTimeout(deadline_s)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def with_transport_retries(
    create: F, *, attempts: int, max_backoff_s: float, deadline_s: float | None = None, is_async: bool | None = None
) -> F:
    """Wrap a chat-completions `create` (sync or async) in tenacity retries, each attempt bounded
    by `deadline_s` seconds in total (None: only the HTTP client's per-read timeout).

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
                    if deadline_s is None:
                        return await create(*args, **kwargs)
                    try:
                        return await asyncio.wait_for(create(*args, **kwargs), deadline_s)
                    except asyncio.TimeoutError:
                        raise AttemptTimeout(deadline_s) from None

        return async_wrapper  # type: ignore[return-value]

    @functools.wraps(create)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        for attempt in Retrying(**options):
            with attempt:
                if deadline_s is None:
                    return create(*args, **kwargs)
                return _within_deadline(create, deadline_s, args, kwargs)

    return wrapper  # type: ignore[return-value]
