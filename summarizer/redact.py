"""Keep API keys out of every message that leaves the process.

Some endpoints echo the request's Authorization header or key in their error body, and the
openai client puts that body into the exception's message; from there it would reach output
records, the log file, stderr and eval reports. Every place that turns an error into text passes
it through `redact`, which removes the configured key(s) and any bearer token or OpenAI-style
key. Keys are registered by the backend that sends them (`remember`), and the environment
variables the settings read are always covered, so a message built before any backend exists
is still safe.
"""

from __future__ import annotations

import os
import re

MASK = "[redacted]"
# Shorter "keys" ("none", "EMPTY", "x") are placeholders, and masking them would mangle messages.
_MIN_SECRET_LEN = 8
_ENV_KEYS = ("SUMMARIZER_API_KEY", "OPENAI_API_KEY")
_TOKENS = re.compile(r"(?i)\bbearer\s+(?!\[redacted\])[^\s\"',;}\]]+|\bsk-[A-Za-z0-9_\-]{8,}")
_known: set[str] = set()


def remember(secret: str | None) -> None:
    """Mask `secret` in every later `redact` call (the process's configured API key)."""
    if secret and len(secret) >= _MIN_SECRET_LEN:
        _known.add(secret)


def redact(text: str) -> str:
    """`text` with known keys, environment keys, bearer tokens and sk-… keys replaced by a mask."""
    secrets = _known | {v for name in _ENV_KEYS if (v := os.environ.get(name)) and len(v) >= _MIN_SECRET_LEN}
    for secret in sorted(secrets, key=len, reverse=True):  # longest first: one key may contain another
        text = text.replace(secret, MASK)
    return _TOKENS.sub(lambda m: "Bearer " + MASK if m.group(0).lower().startswith("bearer") else MASK, text)


__all__ = ["MASK", "redact", "remember"]
