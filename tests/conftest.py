"""Shared fixtures: a real OpenAI-compatible server on loopback, and the small embedded model."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openai_server import FakeOpenAIServer, Step  # noqa: E402

from summarizer import Summarizer  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as srv:
        yield srv


@pytest.fixture
def endpoint_summarizer(server: FakeOpenAIServer) -> Summarizer:
    """A Summarizer on the loopback server with short timeouts and backoff so tests stay fast."""
    return Summarizer(
        backend="openai", model="fake-model", base_url=server.base_url, api_key="test-key",
        timeout_s=2.0, max_attempts=4, max_backoff_s=2.0,
    )


@pytest.fixture
def fixture_text():
    """Read a fixture article as the pipeline would see it (cleaned)."""
    from summarizer.load import read_article

    return lambda name: read_article(FIXTURES / name)


@pytest.fixture(scope="session")
def small_model() -> Summarizer:
    """The real embedded small model (loaded once per test session)."""
    return Summarizer(backend="local", model=os.environ.get("SUMMARIZER_TEST_MODEL", "small"))


__all__ = ["FIXTURES", "REPO", "Step"]
