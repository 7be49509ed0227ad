"""Articles longer than the context are chunked and merged, never silently truncated."""

import pytest

from responders import answer
from summarizer import Summarizer
from summarizer.chunking import split_into_chunks
from summarizer.errors import InputError

PARAGRAPH = (
    "Fighting continued around the village of Post {i} on day {i}, and local officials said "
    "at least {n} civilians were killed in the shelling overnight. “We counted the dead at the "
    "clinic number {i} this morning and we could not finish,” said doctor Hana Rel, who runs it."
)


def long_article(paragraphs: int) -> str:
    return "Siege Report\n\n" + "\n\n".join(PARAGRAPH.format(i=i, n=10 + i) for i in range(paragraphs))


def test_chunks_cover_the_text_and_overlap():
    text = long_article(20)
    chunks = split_into_chunks(text, tokens=len(text) // 4, budget_tokens=300)
    assert chunks[0].start == 0 and chunks[-1].end == len(text)
    assert all(b.start < a.end for a, b in zip(chunks, chunks[1:])), "consecutive chunks overlap"
    assert all(b.start > a.start for a, b in zip(chunks, chunks[1:]))


def test_long_article_is_chunked_and_merged(server):
    server.responder = answer(brief="Fighting continued around Post 0.")
    summarizer = Summarizer(backend="openai", model="m", base_url=server.base_url, timeout_s=5, n_ctx=2600, max_output_tokens=256)
    text = long_article(24)
    result = summarizer.summarize(text)
    assert result.provenance.chunks > 1
    assert server.chat_calls == result.provenance.chunks
    assert len(result.quotes) == 24, "every quote once, none lost at a border, none duplicated"
    assert len({q.start for q in result.quotes}) == 24
    assert sorted(c.count_low for c in result.casualties if c.count_high is None) == list(range(10, 34))
    assert any("chunks" in w for w in result.warnings)


def test_huge_article_is_refused_clearly(server):
    summarizer = Summarizer(backend="openai", model="m", base_url=server.base_url, n_ctx=2600, max_output_tokens=256, max_chunks=3)
    with pytest.raises(InputError, match="too long"):
        summarizer.summarize(long_article(200))
    assert server.chat_calls == 0
