"""`eval compare`: two runs side by side, metric deltas and the articles whose result changed.

Both runs' report.json hold every scored sample, so comparing needs nothing but the two folders.
A sample "changed" when any scored outcome differs (error state, matched/missed/extra counts,
speaker verdicts, killed total, status, unsupported numbers, invented quotes, ROUGE-L by more
than ROUGE_CHANGE); a brief reworded with the same scores is not a change.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

from summarizer.evaluation.metrics import HEADLINE, metric_value
from summarizer.evaluation.report import environment, read_report

ROUGE_CHANGE = 0.05


def outcome(sample: dict[str, Any]) -> dict[str, Any]:
    """The scored result of one article, reduced to what a reviewer calls a change."""
    q, c, s, b = sample["quotes"], sample["casualties"], sample["negotiation_status"], sample["brief"]
    return {
        "status": sample["status"],
        "quotes": (q.get("tp"), q.get("fp"), q.get("fn"), tuple(p["speaker_correct"] for p in q.get("pairs", []))) if q["labelled"] else None,
        "invented": q["invented"],
        "casualties": (c.get("tp"), c.get("fp"), c.get("fn")) if c["labelled"] else None,
        "killed_total": c["killed_total"]["correct"] if "killed_total" in c else None,
        "negotiation_status": s["pred"] if s["labelled"] else None,
        "brief_numbers": tuple(b.get("unsupported_numbers") or ()),
        "rougeL": b.get("rougeL"),
    }


def changes(a: dict[str, Any] | None, b: dict[str, Any] | None) -> list[str]:
    """Names of the fields whose outcome differs between two runs of the same article."""
    if a is None or b is None:
        return ["only in A" if b is None else "only in B"]
    oa, ob = outcome(a), outcome(b)
    changed = []
    for key in oa:
        if key == "rougeL":
            if (oa[key] is None) != (ob[key] is None) or (oa[key] is not None and abs(oa[key] - ob[key]) > ROUGE_CHANGE):
                changed.append("brief")
        elif oa[key] != ob[key]:
            changed.append(key)
    return changed


def _direction(path: str, delta: float | None) -> str:
    from summarizer.evaluation.metrics import LOWER_IS_BETTER

    if not delta:
        return "same"
    return "better" if (delta < 0) == (path in LOWER_IS_BETTER) else "worse"


def build_comparison(report_a: dict[str, Any], report_b: dict[str, Any], name_a: str, name_b: str) -> dict[str, Any]:
    paths = [path for path, _ in HEADLINE] + ["cost.tokens_in", "cost.tokens_out", "cost.seconds_per_article", "cost.money", "samples.errors"]
    labels = dict(HEADLINE) | {"cost.tokens_in": "Tokens in", "cost.tokens_out": "Tokens out", "cost.seconds_per_article": "Seconds per article", "cost.money": "Cost", "samples.errors": "Errors"}
    deltas = []
    for path in paths:
        va, vb = _get(report_a["metrics"], path), _get(report_b["metrics"], path)
        delta = vb - va if isinstance(va, (int, float)) and isinstance(vb, (int, float)) else None
        deltas.append({"metric": path, "label": labels[path], "a": va, "b": vb, "delta": delta, "direction": _direction(path, delta)})
    by_id_a = {s["id"]: s for s in report_a["samples"]}
    by_id_b = {s["id"]: s for s in report_b["samples"]}
    order = list(by_id_a) + [i for i in by_id_b if i not in by_id_a]
    pairs = []
    for ident in order:
        sa, sb = by_id_a.get(ident), by_id_b.get(ident)
        pairs.append({"id": ident, "title": (sa or sb).get("title"), "a": sa, "b": sb, "changes": changes(sa, sb)})
    return {
        "a": {"name": name_a, "config": report_a.get("config", {}), "metrics": report_a["metrics"]},
        "b": {"name": name_b, "config": report_b.get("config", {}), "metrics": report_b["metrics"]},
        "deltas": deltas,
        "samples": pairs,
        "n_changed": sum(1 for p in pairs if p["changes"]),
    }


def _get(metrics: dict[str, Any], path: str) -> Any:
    try:
        return metric_value(metrics, path)
    except KeyError:
        return None


def write_comparison(dir_a: Path, dir_b: Path, out_dir: Path) -> tuple[dict[str, Any], dict[str, Path]]:
    """compare.json, compare.md and compare.html in `out_dir`."""
    comparison = build_comparison(read_report(dir_a), read_report(dir_b), str(dir_a), str(dir_b))
    out_dir.mkdir(parents=True, exist_ok=True)
    env = environment()
    paths = {"json": out_dir / "compare.json", "md": out_dir / "compare.md", "html": out_dir / "compare.html"}
    summary = {k: v for k, v in comparison.items() if k != "samples"} | {
        "changed": [{"id": p["id"], "changes": p["changes"]} for p in comparison["samples"] if p["changes"]]
    }
    paths["json"].write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    paths["md"].write_text(env.get_template("compare.md.j2").render(cmp=comparison), encoding="utf-8")
    paths["html"].write_text(env.get_template("compare.html.j2").render(cmp=comparison, nonce=secrets.token_urlsafe(16)), encoding="utf-8")
    return comparison, paths
