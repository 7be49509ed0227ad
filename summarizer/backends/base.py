"""The backend interface and the usage meter shared by both backends."""

from __future__ import annotations

import contextlib
import functools
import inspect
import weakref
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Callable, Iterator

import instructor


def remember_async_validator_checks() -> None:
    """Check each response model class for instructor's async validators once, not per request.

    instructor's v2 client (1.17) calls `reject_async_validators(response_model)` on every
    `create`, which walks the model's class tree copying every class's `__dict__` along the MRO:
    about 1 ms per request with our nested response models, a third of the client's budget per
    article on a fast endpoint. A class's validators are fixed when it is built and our response
    models are built once per shape and reused (`extraction._response_model`), so a class that
    passed once passes again: the verdict is kept per class (weakly). A model that has async
    validators still raises, every time. With an instructor that has no such function, nothing
    is changed."""
    try:
        from instructor.v2.validation import async_validators
    except ImportError:  # pragma: no cover - other instructor versions
        return
    original = getattr(async_validators, "reject_async_validators", None)
    if original is None or getattr(original, "remembers_classes", False):
        return
    passed: "weakref.WeakSet[type]" = weakref.WeakSet()

    @functools.wraps(original)
    def reject_async_validators(response_model: Any) -> None:
        if isinstance(response_model, type) and response_model in passed:
            return None
        original(response_model)
        if isinstance(response_model, type):
            passed.add(response_model)
        return None

    reject_async_validators.remembers_classes = True  # type: ignore[attr-defined]
    async_validators.reject_async_validators = reject_async_validators


remember_async_validator_checks()


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
