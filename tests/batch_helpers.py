"""Fixtures shared by the batch tests: small archives in every format, built in tmp_path."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

ARTICLE = (
    "VALDERA - Shelling of the northern district killed {n} civilians on Tuesday, the regional health "
    "office said. Talks mediated by Norway remain stalled. Marker ART-{i:04d}."
)

HTML = """<!doctype html><html><head><title>Valdera {i}</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
<article><h1>Shelling in Valdera</h1>
<p>VALDERA - Shelling of the northern district killed {n} civilians on Tuesday, the regional health office said.</p>
<p>Talks mediated by Norway remain stalled, officials said. Marker ART-{i:04d}.</p>
<p>Residents described a night of heavy bombardment across the district and fled towards the coast.</p></article>
<footer>Copyright 2025 Example News. All rights reserved. Cookie policy: accept all cookies.</footer>
</body></html>"""


def article(i: int) -> str:
    return ARTICLE.format(i=i, n=3 + i)


def write_jsonl(path: Path, n: int, extra_lines: list[str] | None = None) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"a{i}", "text": article(i)}) + "\n")
        for line in extra_lines or []:
            f.write(line + "\n")
    return path


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], *, gz: bool = True) -> Path:
    """pages: (url, payload, content type) as HTTP 200 response records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gz)
        for url, payload, ctype in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers))
    return path


def marker(body: dict) -> str | None:
    """The ART-#### marker of the article a chat request is about."""
    import re

    text = " ".join(str(m.get("content") or "") for m in body.get("messages", []))
    found = re.search(r"ART-\d{4}", text)
    return found.group(0) if found else None


def read_out(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


__all__ = ["ARTICLE", "HTML", "article", "gzip", "marker", "read_out", "write_jsonl", "write_warc"]
