"""Batch summarization of archives (JSONL, CSV, folders, WARC): resumable, concurrent, costed.

    from summarizer.batch import run
    summary = run(["crawl.warc.gz"], "out.jsonl", backend="openai", model="gpt-4o-mini", concurrency=16)

See docs/batch.md. Needs the `archives` extra for WARC, Parquet and rate limits.
"""

from summarizer.batch.api import run
from summarizer.batch.runner import BatchInterrupted, RunSummary

__all__ = ["BatchInterrupted", "RunSummary", "run"]
