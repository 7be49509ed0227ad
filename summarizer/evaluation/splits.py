"""The fixed split of every gold set into a part we tune on and a part we do not.

Rules, cue tables and prompts are tuned on `tune`; reports that claim a result are made on
`test`. The split is a hash of the article id, so it is the same on every machine, for every
set, for articles added later, and no one can move an article to the side they would like.
"""

from __future__ import annotations

import hashlib

SPLITS = ("tune", "test")


def split_of(article_id: str) -> str:
    """'tune' or 'test', about half each."""
    return "tune" if int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


__all__ = ["SPLITS", "split_of"]
