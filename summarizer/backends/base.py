"""The backend interface and the usage meter shared by both backends."""

from __future__ import annotations

import contextlib
import functools
import inspect
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Callable, Iterator

import instructor


@dataclass
class Usage:
    """Tokens and calls of every raw request made inside one `usage_scope` (re-asks included)."""

    tokens_in: int = 0
    tokens_out: int = 0
    calls: int = 0

    def add(self, response: Any) -> None:
        self.calls += 1
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.tokens_in += int(getattr(usage, "prompt_tokens", 0) or 0)
            self.tokens_out += int(getattr(usage, "completion_tokens", 0) or 0)


_current: ContextVar[Usage | None] = ContextVar("summarizer_usage", default=None)


@contextlib.contextmanager
def usage_scope() -> Iterator[Usage]:
    usage = Usage()
    token = _current.set(usage)
    try:
        yield usage
    finally:
        _current.reset(token)


def metered(create: Callable[..., Any], is_async: bool | None = None) -> Callable[..., Any]:
    """Record the usage of each raw response into the caller's current usage scope."""
    if is_async if is_async is not None else inspect.iscoroutinefunction(create):

        @functools.wraps(create)
        async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
            response = await create(*args, **kwargs)
            if (usage := _current.get()) is not None:
                usage.add(response)
            return response

        return async_wrapper

    @functools.wraps(create)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        response = create(*args, **kwargs)
        if (usage := _current.get()) is not None:
            usage.add(response)
        return response

    return wrapper


class Backend:
    """What the pipeline needs from a backend."""

    name: str
    model: str
    mode: instructor.Mode
    n_ctx: int
    client: Any  # instructor.Instructor
    aclient: Any | None = None  # instructor.AsyncInstructor, when the backend has a native async path

    def request_options(self) -> dict[str, Any]:
        """Extra keyword arguments for each create call (model name, max tokens, temperature)."""
        return {}

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // 4)
