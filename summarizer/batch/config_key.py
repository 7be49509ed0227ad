"""What a cached result depends on, besides the article: one digest of the pipeline configuration.

Why a deny-list: every Settings field is part of the key unless it is listed below as unable to
change a result (credentials, timeouts, transport retries, threads, the refusal limit). A field
added to Settings later is therefore keyed by default: a needless recompute costs a few calls,
a stale result served from the cache is silently wrong.

Why the code digest: the package version marks a released upgrade, but an edited checkout
(new candidate rules, a changed backend request) keeps its version; hashing the pipeline's own
source and the prompt files makes both count as an upgrade. The batch, evaluation and
command-line layers are left out: they decide what runs, not what a summary says.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from summarizer.contract import SCHEMA_VERSION
from summarizer.pipeline import Summarizer
from summarizer.settings import Settings

# Settings that cannot change what a finished article's result is.
NOT_IN_KEY = frozenset({
    "api_key",        # a credential, never stored
    "timeout_s",      # how long to wait, not what comes back
    "max_attempts",   # transport retries (429/5xx/timeouts) repeat the same request
    "max_backoff_s",
    "n_threads",      # CPU threads of the embedded model: speed only
    "max_chunks",     # only decides whether a long article is refused (refusals are not cached)
})

_PACKAGE = Path(__file__).resolve().parent.parent
_NOT_PIPELINE = ("batch", "evaluation", "cli.py", "cli_options.py", "__main__.py", "render.py")


def result_settings(settings: Settings) -> dict[str, Any]:
    """The Settings fields a result depends on, JSON-ready (the base URL without a trailing slash)."""
    data = settings.model_dump(mode="json", exclude=set(NOT_IN_KEY))
    if data.get("base_url"):
        data["base_url"] = str(data["base_url"]).rstrip("/")
    return data


@functools.lru_cache(maxsize=None)
def code_digest() -> str:
    """sha256 over the pipeline's source files (read once per process)."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        relative = path.relative_to(_PACKAGE)
        if relative.parts[0] in _NOT_PIPELINE:
            continue
        digest.update(str(relative.as_posix()).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@functools.lru_cache(maxsize=None)
def prompt_digest(version: str) -> str:
    """sha256 over one prompt version's files: an edited template is a new prompt."""
    from summarizer.resources import data_dir

    digest = hashlib.sha256()
    folder = data_dir("prompts") / version
    if not folder.is_dir():  # e.g. the rules backend's pseudo-version
        return ""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder).as_posix()).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def pipeline_config(summarizer: Summarizer) -> dict[str, Any]:
    """Everything besides the article that a result depends on, as one JSON-ready dict."""
    import summarizer as package

    return {
        "settings": result_settings(summarizer.settings),
        "package_version": package.__version__,
        "code": code_digest(),
        "prompt_version": summarizer.prompt_version,
        "prompt": prompt_digest(summarizer.prompt_version),
        "questions": sorted(q.value for q in summarizer.questions),
        "schema_version": SCHEMA_VERSION,
    }


def pipeline_fingerprint(summarizer: Summarizer) -> str:
    """One hex digest of `pipeline_config`: the configuration part of every cache key."""
    text = json.dumps(pipeline_config(summarizer), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()
