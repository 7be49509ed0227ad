"""CPU-bound preparation and validation of one article must not stop the other requests: the
event loop keeps running while a large article is prepared."""

import asyncio
import time

from responders import answer
from summarizer import Summarizer
from test_article_size import big_article


def test_requests_keep_flowing_while_a_large_article_is_prepared(server):
    server.responder = answer(brief="Fighting continued.")
    s = Summarizer(backend="openai", model="m", base_url=server.base_url, api_key="k", timeout_s=30, n_ctx=200_000, max_output_tokens=256)
    text = big_article(190_000)

    async def main():
        gaps, done = [], asyncio.Event()

        async def ticker():
            last = time.perf_counter()
            while not done.is_set():
                await asyncio.sleep(0.005)
                now = time.perf_counter()
                gaps.append(now - last)
                last = now

        tick = asyncio.create_task(ticker())
        started = time.perf_counter()
        await s.asummarize(text)
        took = time.perf_counter() - started
        done.set()
        await tick
        return took, max(gaps)

    took, worst = asyncio.run(main())
    assert worst < max(0.1, took / 4), f"the loop stalled {worst:.3f} s during a {took:.3f} s article"
