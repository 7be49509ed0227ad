"""Reports: escaping of article data, highlights, Markdown, and the HTML in a real headless Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from summarizer.contract import ArticleSummary
from summarizer.evaluation.browser import CHROMIUM_ARGS, chromium_path
from summarizer.evaluation.compare import write_comparison
from summarizer.evaluation.gold import Gold, GoldArticle, Prediction
from summarizer.evaluation.highlight import segments
from summarizer.evaluation.metrics import HEADLINE, aggregate, score_sample
from summarizer.evaluation.report import build_report, fmt, write_report

EVIL_TITLE = '<img src=x onerror="window.__xss = 2">'
EVIL_TEXT = (
    "Officials met in Geneva. <script>window.__xss = 1</script>\n"
    '"The ceasefire holds and <b>nobody</b> was hurt," said Envoy Lakhdar Brahimi.\n'
    "At least 12 people were killed in Homs, the observatory said."
)
QUOTE = "The ceasefire holds and <b>nobody</b> was hurt"
EVIDENCE = "At least 12 people were killed in Homs, the observatory said."


def at(text: str) -> dict[str, Any]:
    start = EVIL_TEXT.index(text)
    return {"text": text, "start": start, "end": start + len(text)}


def evil_sample(status: str = "implementing") -> dict[str, Any]:
    gold = GoldArticle(
        "evil<1>", EVIL_TEXT,
        Gold.model_validate({
            "quotes": [{"text": QUOTE, "speaker": "Lakhdar Brahimi"}, {"text": "</script><script>window.__xss = 3</script> never said"}],
            "casualties": [{"kind": "killed", "group": "civilians", "count": 12}],
            "negotiation_status": "implementing",
        }),
        title=EVIL_TITLE, labelled=["quotes", "casualties", "negotiation_status"],
    )
    summary = ArticleSummary.model_validate({
        "brief": "A truce holds <script>window.__xss = 4</script>.",
        "quotes": [{**at(QUOTE), "speaker": "Brahimi"}, {**at("Officials met in Geneva"), "speaker": None}],
        "casualties": [{"kind": "killed", "group": "unspecified", "count_low": 12, "count_high": None, "evidence": at(EVIDENCE)}],
        "negotiations": [{"process": "truce", "status": "implementing", "evidence": at("Officials met in Geneva.")}],
        "negotiation_status": status,
        "provenance": {"model": "fake-model", "backend": "openai", "prompt_version": "extract-v2", "article_sha256": "x", "tokens_in": 900, "tokens_out": 80, "latency_s": 1.25},
    })
    return score_sample(gold, Prediction(gold.id, "ok", summary))


def plain_sample() -> dict[str, Any]:
    gold = GoldArticle("plain", "Nothing to report.", Gold.model_validate({"negotiation_status": "none"}), title="Quiet day")
    return score_sample(gold, Prediction("plain", "error", None, "BackendError: <down>"))


def write_run(out: Path, status: str = "implementing") -> dict[str, Any]:
    samples = [evil_sample(status), plain_sample()]
    report = build_report(aggregate(samples, 0.15, 0.6), samples, {"gold": "gold.jsonl", "gold_name": "gold.jsonl"})
    write_report(report, out)
    return report


def test_article_data_is_escaped_in_html(tmp_path: Path) -> None:
    write_run(tmp_path)
    html = (tmp_path / "report.html").read_text()
    assert "<script>window.__xss" not in html and "<img src=x" not in html and "<b>nobody</b>" not in html
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    # Only our own script tag, carrying the CSP nonce.
    assert len(re.findall(r"<script\b", html)) == 1 and re.search(r'<script nonce="[\w-]+">', html)
    assert "Content-Security-Policy" in html and "http://" not in html and "https://" not in html


def test_markdown_escapes_tables_and_lists_worst_samples(tmp_path: Path) -> None:
    write_run(tmp_path)
    md = (tmp_path / "report.md").read_text()
    assert "<img" not in md and "&lt;img src=x" in md
    assert "| quotes precision / recall / F1 | 0.500 / 0.500 / 0.500 | 2 articles |" not in md  # the failed one is unlabelled for quotes
    assert "| quotes precision / recall / F1 | 0.500 / 0.500 / 0.500 | 1 articles |" in md
    assert "### Failed articles" in md and "BackendError: &lt;down&gt;" in md
    assert "### Quotes: lowest F1" in md and "| evil&lt;1&gt; |" in md


def test_highlight_segments_cover_gold_and_predictions() -> None:
    sample = evil_sample()
    segs = segments(sample)
    assert "".join(s.text for s in segs) == EVIL_TEXT
    quote = next(s for s in segs if s.text == QUOTE)
    assert {"gq", "gq-matched", "pq", "pq-matched"} <= set(quote.classes)
    assert any("pq-extra" in s.classes and "ev-neg" in s.classes for s in segs)  # "Officials met in Geneva" is extra and evidence
    assert any("ev-cas" in s.classes for s in segs)
    assert sample["quotes"]["gold"][1]["start"] is None  # a gold quote not in the text is listed, not highlighted


def test_report_json_is_complete(tmp_path: Path) -> None:
    report = write_run(tmp_path)
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["metrics"] == json.loads(json.dumps(report["metrics"]))
    assert [s["id"] for s in data["samples"]] == ["evil<1>", "plain"]
    assert data["metrics"]["cost"]["money"] == pytest.approx(900 / 1e6 * 0.15 + 80 / 1e6 * 0.6)


# -- a real browser -------------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(chromium_path() is None, reason="no system Chromium (/usr/bin/chromium): apt-get install chromium")


@pytest.fixture(scope="module")
def browser() -> Any:
    if chromium_path() is None:
        pytest.skip("no system Chromium (/usr/bin/chromium): apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the browser extra)")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


def open_page(browser: Any, path: Path) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("request", lambda req: requests.append(req.url) if not req.url.startswith(("file:", "data:")) else None)
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    return page, errors, requests


@pytest.mark.browser
@needs_chromium
def test_report_in_chromium(browser: Any, tmp_path: Path) -> None:
    report = write_run(tmp_path)
    page, errors, requests = open_page(browser, tmp_path / "report.html")
    assert errors == [] and requests == []
    assert page.evaluate("() => window.__xss") is None  # no injected script ran

    for path, _ in HEADLINE:
        value = report["metrics"]
        for part in path.split("."):
            value = value[part]
        shown = page.locator(f'.card[data-metric="{path}"] .value').inner_text()
        assert shown == fmt(value), path
    assert page.locator('.card[data-metric="quotes.f1"] .value').inner_text() == "0.500"

    quote = page.locator("mark.pq-matched", has_text="nobody").first
    assert not quote.is_visible()  # inside a closed sample
    page.locator('.sample[data-id="evil<1>"] summary').click()
    assert quote.is_visible()
    assert page.locator("mark.gq-matched", has_text="ceasefire holds").first.is_visible()
    assert page.locator(".sample .tag.missed", has_text="missed").first.is_visible()
    assert page.locator(".sample .tag.extra", has_text="extra").first.is_visible()
    assert page.locator("mark.ev-cas").first.is_visible()
    assert "<script>window.__xss = 1</script>" in page.locator('.sample[data-id="evil<1>"] .article').inner_text()

    assert page.locator("table.confusion").first.is_visible()
    page.locator('button[data-filter="failures"]').click()
    assert page.locator('.sample[data-id="plain"]').is_visible()  # the error row is a failure
    assert page.locator("button[data-filter='changed']").is_disabled()
    assert errors == []


@pytest.mark.browser
@needs_chromium
def test_compare_in_chromium_and_screenshot(browser: Any, tmp_path: Path) -> None:
    write_run(tmp_path / "a", status="collapsed")
    write_run(tmp_path / "b", status="implementing")
    comparison, paths = write_comparison(tmp_path / "a", tmp_path / "b", tmp_path / "cmp")
    assert comparison["n_changed"] == 1
    page, errors, requests = open_page(browser, paths["html"])
    assert errors == [] and requests == []
    delta = page.locator('.card[data-metric="negotiation_status.accuracy"] .delta')
    assert delta.get_attribute("data-delta") == "+0.500" and "better" in delta.get_attribute("class")
    # Default filter in a comparison: only the changed samples.
    assert page.locator('.sample[data-id="evil<1>"]').is_visible()
    assert not page.locator('.sample[data-id="plain"]').is_visible()
    page.locator('button[data-filter="all"]').click()
    assert page.locator('.sample[data-id="plain"]').is_visible()
    page.locator('.sample[data-id="evil<1>"] summary').click()
    assert page.locator("mark.pq-matched", has_text="nobody").nth(1).is_visible()  # A and B side by side
    assert page.evaluate("() => window.__xss") is None and errors == []

    from summarizer.evaluation.browser import screenshot

    png = screenshot(paths["html"], tmp_path / "shot.png", instance=browser)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
