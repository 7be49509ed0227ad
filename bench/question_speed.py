"""Seconds per article with the embedded model: the default question set against extract-v5 (every
question in one call), in one run, through the real pipeline.

    python bench/question_speed.py                      # 10 polnear-conflict test articles, default model
    python bench/question_speed.py --limit 4 --model small

Both configurations share one loaded model and alternate article by article (v5, v7, v5, v7, ...),
so the machine's load at any moment falls on both alike; one article is summarized first and not
timed (model load, first-use caches). Reports the median and mean seconds per article, tokens in
and out, model calls, the ratio of medians, and articles per hour for an archive. Results go to
`bench/results/question_speed.json`; the summary table ends the run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from summarizer import Summarizer  # noqa: E402
from summarizer.evaluation.gold import load_gold  # noqa: E402

CONFIGS = {"extract-v5": dict(prompt_version="extract-v5"), "extract-v7 (default)": dict()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default=str(REPO.parent / "shared" / "datasets" / "polnear-conflict.jsonl"))
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--model", default="default")
    parser.add_argument("--out", default=str(HERE / "results" / "question_speed.json"))
    args = parser.parse_args()
    console = Console(stderr=True)

    articles = load_gold(args.gold, args.limit + 1, split="test")
    runners = {name: Summarizer(backend="local", model=args.model, **options) for name, options in CONFIGS.items()}
    first = next(iter(runners.values()))
    for runner in runners.values():
        runner.__dict__["backend"] = first.backend  # one loaded model for both
    for runner in runners.values():  # warm-up, not timed
        runner.summarize(articles[0].text, title=articles[0].title, published=articles[0].date)

    rows: dict[str, list[dict[str, float]]] = {name: [] for name in runners}
    for i, article in enumerate(articles[1:], 1):
        for name, runner in runners.items():
            started = time.perf_counter()
            summary = runner.summarize(article.text, title=article.title, published=article.date)
            seconds = time.perf_counter() - started
            p = summary.provenance
            rows[name].append({"seconds": seconds, "tokens_in": p.tokens_in, "tokens_out": p.tokens_out, "calls": p.llm_calls})
            console.print(f"[{i}/{len(articles) - 1}] {article.id} {name}: {seconds:.1f} s, {p.tokens_in} in / {p.tokens_out} out, brief from {p.brief_source}")

    result: dict[str, dict[str, float]] = {}
    for name, items in rows.items():
        seconds = [r["seconds"] for r in items]
        result[name] = {
            "articles": len(items),
            "median_s": statistics.median(seconds),
            "mean_s": statistics.fmean(seconds),
            "tokens_in": statistics.fmean(r["tokens_in"] for r in items),
            "tokens_out": statistics.fmean(r["tokens_out"] for r in items),
            "calls": statistics.fmean(r["calls"] for r in items),
            "articles_per_hour": 3600 / statistics.fmean(seconds),
        }
    base, ours = result["extract-v5"], result["extract-v7 (default)"]
    ratio = ours["median_s"] / base["median_s"]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({"gold": Path(args.gold).name, "model": args.model, "results": result, "ratio_median_v7_over_v5": ratio}, indent=1) + "\n")

    table = Table(title=f"seconds per article, {Path(args.gold).name} test part, {len(articles) - 1} articles, model {args.model}")
    for column in ("config", "median s", "mean s", "tokens in", "tokens out", "calls", "articles/hour"):
        table.add_column(column)
    for name, r in result.items():
        table.add_row(name, f"{r['median_s']:.2f}", f"{r['mean_s']:.2f}", f"{r['tokens_in']:.0f}", f"{r['tokens_out']:.0f}", f"{r['calls']:.2f}", f"{r['articles_per_hour']:.0f}")
    table.add_row("ratio v7 / v5 (median)", f"{ratio:.2f}", "", "", "", "", "")
    Console().print(table)


if __name__ == "__main__":
    main()
