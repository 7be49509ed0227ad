"""Headless Chromium for reports: screenshots for humans, the same launch for the browser tests.

The system's Debian `chromium` is driven by the `playwright` package; playwright's own browser
download is never used (`playwright install` is not needed and not wanted: no network at test
time, one browser to patch).
"""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from summarizer.errors import SummarizerError

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]


def chromium_path() -> str | None:
    """The system Chromium, if installed."""
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


@contextmanager
def browser() -> Iterator[Any]:
    """A launched headless Chromium (playwright Browser); clear errors when a piece is missing."""
    path = chromium_path()
    if path is None:
        raise SummarizerError("screenshots need Chromium: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise SummarizerError("screenshots need playwright: pip install 'summarizer[browser]'") from None
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        try:
            yield instance
        finally:
            instance.close()


def screenshot(html: Path, png: Path, width: int = 1400, instance: Any = None) -> Path:
    """A full-page PNG of a report, with the first shown sample opened so the drill-down shows.

    `instance` reuses an already launched browser (playwright's sync API cannot nest).
    """
    png.parent.mkdir(parents=True, exist_ok=True)
    if instance is None:
        with browser() as launched:
            return screenshot(html, png, width, launched)
    page = instance.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(html.resolve().as_uri())
        page.evaluate("() => { const d = document.querySelector('.sample:not(.hidden) details'); if (d) d.open = true; }")
        page.screenshot(path=str(png), full_page=True)
    finally:
        page.close()
    return png
