"""Write one evaluation's report.json, report.md and report.html.

report.json is the machine record (config, metrics, every scored sample); the Markdown and HTML
are rendered from that same dict by jinja2 templates shipped in `templates/`, so the three never
disagree. HTML autoescaping is on for every *.html.j2 template: article text is data, never markup.
"""

from __future__ import annotations

import json
import math
import secrets
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import jinja2

from summarizer.evaluation.highlight import segments
from summarizer.evaluation.metrics import ERROR_LABEL, HEADLINE, LOWER_IS_BETTER, STATUS_LABELS, metric_value

REPORT_KIND = "summarizer-eval-report"
REPORT_VERSION = 1

# How many of the worst samples per field report.md lists.
WORST_LIMIT = 5


def fmt(value: Any, digits: int = 3) -> str:
    """How a metric is shown everywhere (cards, tables, tests compare against this)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if math.isnan(value):
            return "—"
        return f"{value:.{digits}f}"
    return str(value)


def fmt_delta(value: Any, digits: int = 3) -> str:
    if value is None:
        return "—"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:+,}"
    return f"{value:+.{digits}f}"


def md_cell(value: Any) -> str:
    """Text safe inside a Markdown table cell: one line, pipes and angle brackets escaped."""
    text = " ".join(str(value if value is not None else "").split())
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def _html_autoescape(name: str | None) -> bool:
    return name is not None and ".html" in name


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer.evaluation", "templates"),
        autoescape=_html_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(fmt=fmt, fmt_delta=fmt_delta, md=md_cell, tojson_compact=lambda v: json.dumps(v, ensure_ascii=False))
    env.globals.update(
        segments=segments, metric_value=_safe_metric, HEADLINE=HEADLINE, LOWER_IS_BETTER=LOWER_IS_BETTER,
        status_labels=_status_labels, worst=worst_samples,
        confusion_cells=lambda confusion, row, cols: [str(confusion.get(row, {}).get(c, "")) for c in cols],
    )
    return env


def _safe_metric(metrics: dict[str, Any], path: str) -> Any:
    try:
        return metric_value(metrics, path)
    except KeyError:
        return None


def _status_labels(*metric_sets: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Rows (gold labels) and columns (predicted labels) of the confusion matrix, in enum order."""
    gold: set[str] = set()
    pred: set[str] = set()
    for metrics in metric_sets:
        confusion = metrics.get("negotiation_status", {}).get("confusion", {})
        gold |= set(confusion)
        pred |= {p for row in confusion.values() for p in row}
    order = {label: i for i, label in enumerate(STATUS_LABELS)}
    key = lambda label: order.get(label, 99)  # noqa: E731
    return sorted(gold, key=key), sorted((gold | pred) - {ERROR_LABEL}, key=key)


def worst_samples(samples: list[dict[str, Any]], field: str, limit: int = WORST_LIMIT) -> list[dict[str, Any]]:
    """The worst articles for one field, with a one-line reason each (for report.md)."""
    rows: list[tuple[float, dict[str, Any], str]] = []
    for s in samples:
        if field == "errors" and s["status"] == "error":
            rows.append((0.0, s, s["error"] or "error"))
        elif field in {"quotes", "casualties"} and s[field]["labelled"] and (s[field]["fp"] or s[field]["fn"]):
            f = s[field]
            rows.append((f["f1"] - 0.001 * (f["fp"] + f["fn"]), s, f"F1 {fmt(f['f1'])}: {f['tp']} matched, {f['fn']} missed, {f['fp']} extra"))
        elif field == "speakers" and s["quotes"]["labelled"]:
            wrong = [p for p in s["quotes"]["pairs"] if p["speaker_correct"] is False]
            if wrong:
                detail = "; ".join(f"{s['quotes']['gold'][p['gold']]['speaker']!s} → {s['quotes']['pred'][p['pred']]['speaker']!s}" for p in wrong[:3])
                rows.append((-len(wrong), s, f"{len(wrong)} wrong: {detail}"))
        elif field == "killed_total" and "killed_total" in s["casualties"] and not s["casualties"]["killed_total"]["correct"]:
            t = s["casualties"]["killed_total"]
            rows.append((0.0, s, f"gold {t['gold']}, predicted {fmt(t['pred_low'])}" + ("" if t["pred_high"] == t["pred_low"] else f"–{fmt(t['pred_high'])}")))
        elif field == "negotiation_status" and s[field]["labelled"] and not s[field]["correct"]:
            rows.append((0.0, s, f"gold {s[field]['gold']}, predicted {s[field]['pred']}"))
        elif field == "brief" and s["brief"]["labelled"]:
            rows.append((s["brief"]["rougeL"], s, f"ROUGE-L {fmt(s['brief']['rougeL'])}"))
        elif field == "brief_numbers" and s["brief"].get("unsupported_numbers"):
            rows.append((-len(s["brief"]["unsupported_numbers"]), s, f"unsupported numbers {s['brief']['unsupported_numbers']}"))
        elif field == "invented" and s["quotes"]["invented"]:
            rows.append((-s["quotes"]["invented"], s, f"{s['quotes']['invented']} quote(s) not in the article"))
    rows.sort(key=lambda row: row[0])
    return [{"id": s["id"], "title": s.get("title"), "detail": detail} for _, s, detail in rows[:limit]]


def build_report(metrics: dict[str, Any], samples: list[dict[str, Any]], config: dict[str, Any], run: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "kind": REPORT_KIND,
        "version": REPORT_VERSION,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "config": config,
        "run": run or {},
        "metrics": metrics,
        "samples": samples,
    }


def render_markdown(report: dict[str, Any]) -> str:
    return environment().get_template("report.md.j2").render(report=report, metrics=report["metrics"], samples=report["samples"])


def render_html(report: dict[str, Any]) -> str:
    return environment().get_template("report.html.j2").render(
        report=report, metrics=report["metrics"], samples=report["samples"], nonce=secrets.token_urlsafe(16),
    )


def write_report(report: dict[str, Any], out_dir: Path, html: bool = True) -> dict[str, Path]:
    """report.json, report.md and (with `html`) report.html in `out_dir`; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"json": out_dir / "report.json", "md": out_dir / "report.md"}
    paths["json"].write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    paths["md"].write_text(render_markdown(report), encoding="utf-8")
    if html:
        paths["html"] = out_dir / "report.html"
        paths["html"].write_text(render_html(report), encoding="utf-8")
    return paths


def read_report(path: Path) -> dict[str, Any]:
    """A report.json written by this module (a run folder or the file itself)."""
    from summarizer.evaluation.gold import EvalInputError

    file = path / "report.json" if path.is_dir() else path
    if not file.exists():
        raise EvalInputError(f"{file}: no such report (run `summarizer eval run` or `eval score` first)")
    try:
        report = json.loads(file.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise EvalInputError(f"{file}: not a readable report.json ({error})") from None
    if not isinstance(report, dict) or report.get("kind") != REPORT_KIND:
        raise EvalInputError(f"{file}: is not a summarizer eval report")
    return report
