"""Errors a user can act on. The CLI prints their message on one line, with no traceback."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class: something the user can fix (input, settings, endpoint, model files)."""

    exit_code = 1


class InputError(SummarizerError):
    """The article cannot be read: missing, empty, binary, mis-encoded, no text after cleaning."""

    exit_code = 2


class ModelFilesError(SummarizerError):
    """Embedded model weights are missing or corrupt; the message says how to install them."""

    exit_code = 3


class BackendError(SummarizerError):
    """The endpoint or model failed after retries (unreachable, 429/5xx, timeout)."""

    exit_code = 4


class NoValidOutputError(SummarizerError):
    """The model never produced output matching the schema within the re-ask budget."""

    exit_code = 5
