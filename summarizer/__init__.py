"""Grounded, schema-validated summaries of armed-conflict news.

    from summarizer import summarize, Summarizer
    summary = summarize(article_text)          # embedded model, offline
    summary.brief, summary.quotes, summary.casualties, summary.negotiation_status

Every quote and every piece of evidence in a result is a verbatim span of the (cleaned)
article at the offsets it gives; see `summarizer.contract`.
"""

from summarizer.contract import (
    ArticleSummary,
    Casualty,
    CasualtyGroup,
    CasualtyKind,
    Negotiation,
    NegotiationStatus,
    Provenance,
    Quote,
    Span,
)
from summarizer.errors import BackendError, InputError, ModelFilesError, NoValidOutputError, SummarizerError
from summarizer.pipeline import Summarizer, summarize

__version__ = "0.1.0"

__all__ = [
    "ArticleSummary", "BackendError", "Casualty", "CasualtyGroup", "CasualtyKind", "InputError",
    "ModelFilesError", "Negotiation", "NegotiationStatus", "NoValidOutputError", "Provenance",
    "Quote", "Span", "Summarizer", "SummarizerError", "summarize",
]
