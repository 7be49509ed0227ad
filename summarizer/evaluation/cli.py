"""`summarizer eval run | score | compare`: the eval suite on the command line.

Registered into the main app by `summarizer.cli` through `register(app, friendly_errors)`, so
errors a user can fix (a bad gold line, an unknown metric in --fail-under) print one line.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import typer
from rich.console import Console
from rich.table import Table

from summarizer.cli_options import AskOpt, BackendOpt, BaseUrlOpt, ModelOpt, ModelPathOpt, ModeOpt, PromptOpt, TimeoutOpt, make_summarizer
from summarizer.errors import SummarizerError
from summarizer.evaluation.gold import EvalInputError

GoldOpt = Annotated[Path, typer.Option("--gold", help="Gold JSONL: {id, source, title, date, text, gold: {...}} per line.")]
OutOpt = Annotated[Path, typer.Option("--out", help="Folder for the report files (created if missing).")]
LimitOpt = Annotated[Optional[int], typer.Option("--limit", min=1, help="Only the first N gold articles.")]
SplitOpt = Annotated[Optional[str], typer.Option("--split", help="tune | test: only that fixed part of the set (summarizer/evaluation/splits.py); report on test.")]
WhereOpt = Annotated[Optional[list[str]], typer.Option("--where", help="KEY=VALUE: only gold records whose meta has this label (e.g. label=true). Repeatable.")]


def parse_where(specs: list[str] | None) -> dict[str, str]:
    where = {}
    for spec in specs or []:
        key, sep, value = spec.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"--where expects KEY=VALUE, got {spec!r}")
        where[key.strip()] = value.strip()
    return where
FailUnderOpt = Annotated[
    Optional[list[str]],
    typer.Option("--fail-under", help="METRIC=VALUE, e.g. quotes.f1=0.8; exit 10 if the metric is below (or not measured). Repeatable."),
]
PriceInOpt = Annotated[Optional[float], typer.Option("--price-in", min=0, help="Price per 1M input tokens, to report money.")]
PriceOutOpt = Annotated[Optional[float], typer.Option("--price-out", min=0, help="Price per 1M output tokens, to report money.")]
WithoutTextsOpt = Annotated[bool, typer.Option("--without-texts", help="Leave article texts out of report.json and write no report.html (for gold data you may not redistribute).")]
ScreenshotOpt = Annotated[Optional[Path], typer.Option("--screenshot", help="Also save a PNG of the HTML report (headless system Chromium).")]


def check_split(split: str | None) -> str | None:
    from summarizer.evaluation.splits import SPLITS

    if split is not None and split not in SPLITS:
        raise EvalInputError(f"--split must be one of {', '.join(SPLITS)}, not {split!r}")
    return split


class QualityGateError(SummarizerError):
    """A --fail-under threshold was not met; a distinct exit code so CI can tell it from a crash."""

    exit_code = 10


def parse_gates(specs: list[str] | None) -> list[tuple[str, float]]:
    """["quotes.f1=0.8"] -> [("quotes.f1", 0.8)], checked against the metric names before any work."""
    from summarizer.evaluation.metrics import aggregate, numeric_paths

    known = set(numeric_paths(aggregate([])))
    gates = []
    for spec in specs or []:
        name, sep, raw = spec.partition("=")
        name = name.strip()
        if not sep:
            raise SummarizerError(f"--fail-under {spec!r}: expected METRIC=VALUE, e.g. quotes.f1=0.8")
        try:
            value = float(raw)
        except ValueError:
            raise SummarizerError(f"--fail-under {spec!r}: {raw!r} is not a number") from None
        if name not in known:
            raise SummarizerError(f"--fail-under: unknown metric {name!r}; known: {', '.join(sorted(known))}")
        gates.append((name, value))
    return gates


def check_gates(metrics: dict[str, Any], gates: list[tuple[str, float]], console: Console) -> None:
    from summarizer.evaluation.metrics import metric_value
    from summarizer.evaluation.report import fmt

    if not gates:
        return
    table = Table("gate", "value", "threshold", "result", title="quality gates")
    failed = []
    for name, threshold in gates:
        value = metric_value(metrics, name)
        ok = value is not None and value >= threshold
        table.add_row(name, fmt(value), fmt(threshold), "[green]pass[/]" if ok else "[red]FAIL[/]")
        if not ok:
            failed.append(f"{name} {fmt(value)} < {threshold:g}" if value is not None else f"{name} not measured (no labelled articles)")
    console.print(table)
    if failed:
        raise QualityGateError("quality gate failed: " + "; ".join(failed))


def _print_summary(console: Console, report: dict[str, Any], paths: dict[str, Path], run: dict[str, Any] | None = None) -> None:
    from summarizer.evaluation.report import fmt

    m = report["metrics"]
    table = Table(title="eval summary", show_header=False)
    table.add_row("articles", f"{m['samples']['n']} ({m['samples']['ok']} ok, {m['samples']['errors']} errors)")
    if run:
        table.add_row("predictions", f"{run['new']} new, {run['reused']} reused from an earlier run")
        table.add_row("wall time", f"{run['wall_seconds']:.1f} s")
    cost = m["cost"]
    table.add_row("tokens in / out", f"{cost['tokens_in']:,} / {cost['tokens_out']:,}")
    table.add_row("seconds per article", fmt(cost["seconds_per_article"], 2))
    if cost["money"] is not None:
        table.add_row("cost", fmt(cost["money"], 4))
    table.add_row("quotes F1 / speaker acc.", f"{fmt(m['quotes']['f1'])} / {fmt(m['quotes']['speaker_accuracy'])}")
    table.add_row("casualties F1 / killed total", f"{fmt(m['casualties']['f1'])} / {fmt(m['casualties']['killed_total_accuracy'])}")
    for name, value in (m.get("events") or {}).items():
        shown = fmt(value["accuracy"]) if "accuracy" in value else f"F1 {fmt(value['f1'])}"
        table.add_row(f"{name.replace('_', ' ')} (n={value['n']})", shown)
    table.add_row("status acc. / macro-F1", f"{fmt(m['negotiation_status']['accuracy'])} / {fmt(m['negotiation_status']['macro_f1'])}")
    table.add_row("brief ROUGE-L / unsupported numbers", f"{fmt(m['brief']['rougeL'])} / {fmt(m['brief']['unsupported_numbers_rate'])}")
    briefs = m.get("briefs") or {}
    for side in ("final", "template", "lead"):
        b = briefs.get(side)
        if b:
            table.add_row(
                f"brief {side}: facts / 2-4 sent. / English / bad names / bad numbers",
                f"{fmt(b['key_fact_coverage'])} (n={b['key_fact_n']}) / {fmt(b['sentences_in_range'])} / {fmt(b['english'])} / {fmt(b['unsupported_names_rate'])} / {fmt(b['unsupported_numbers_rate'])}"
                + (f" / ROUGE-L {fmt(b['rougeL'])}" if b.get("rougeL") is not None else ""),
            )
    if briefs.get("sources"):
        table.add_row("final brief from", ", ".join(f"{k} {v}" for k, v in sorted(briefs["sources"].items())))
    table.add_row("invented quotes", str(m["invented"]["quotes"]))
    for kind, path in paths.items():
        table.add_row(kind, str(path))
    console.print(table)


_TEXT_KEYS = {"article", "text", "reference", "evidence", "title", "event_lines", "reported_by", "period", "speaker_role", "mediator", "parties"}


def _without_texts(node: Any) -> Any:
    """The same structure with every piece of article text (article, quotes, evidence, briefs) removed."""
    if isinstance(node, dict):
        return {key: (None if key in _TEXT_KEYS else _without_texts(value)) for key, value in node.items()}
    if isinstance(node, list):
        return [_without_texts(value) for value in node]
    return node


def _score_and_write(
    articles: list[Any], predictions: dict[str, Any], out: Path, config: dict[str, Any], run: dict[str, Any] | None,
    price_in: float | None, price_out: float | None, screenshot: Path | None, without_texts: bool = False,
) -> tuple[dict[str, Any], dict[str, Path]]:
    from summarizer.evaluation.metrics import aggregate, score_sample
    from summarizer.evaluation.report import build_report, write_report

    samples = [score_sample(article, predictions.get(article.id)) for article in articles]
    report = build_report(aggregate(samples, price_in, price_out), samples, config, run)
    if without_texts:  # for data that may not be redistributed: scores and ids only, no HTML view
        report["samples"] = [_without_texts(sample) for sample in report["samples"]]
        report["config"]["without_texts"] = True
        paths = write_report(report, out, html=False)
        (out / "report.html").unlink(missing_ok=True)
    else:
        paths = write_report(report, out)
    if screenshot is not None and "html" in paths:
        from summarizer.evaluation.browser import screenshot as take

        paths["screenshot"] = take(paths["html"], screenshot)
    return report, paths


def register(app: typer.Typer, friendly_errors: Callable[[Callable[..., Any]], Callable[..., Any]]) -> None:
    """Add the `eval` sub-app to the main CLI."""
    eval_app = typer.Typer(help="Score summaries against gold sets and write JSON/Markdown/HTML reports.", no_args_is_help=True)
    app.add_typer(eval_app, name="eval")
    console = Console()
    err = Console(stderr=True)

    @eval_app.command("run")
    @friendly_errors
    def run(
        gold: GoldOpt,
        out: OutOpt,
        limit: LimitOpt = None,
        where: WhereOpt = None,
        split: SplitOpt = None,
        backend: BackendOpt = None,
        model: ModelOpt = None,
        base_url: BaseUrlOpt = None,
        model_path: ModelPathOpt = None,
        mode: ModeOpt = None,
        timeout: TimeoutOpt = None,
        prompt_version: PromptOpt = None,
        ask: AskOpt = None,
        fail_under: FailUnderOpt = None,
        price_in: PriceInOpt = None,
        price_out: PriceOutOpt = None,
        screenshot: ScreenshotOpt = None,
        without_texts: WithoutTextsOpt = False,
    ) -> None:
        """Summarize each gold article and score it (resumable: reruns reuse finished predictions in OUT)."""
        from summarizer.evaluation.gold import load_gold
        from summarizer.evaluation.runner import PREDICTIONS, run_predictions

        gates = parse_gates(fail_under)
        articles = load_gold(gold, limit, parse_where(where), check_split(split))
        summarizer = make_summarizer(backend, model, base_url, model_path, mode, timeout, prompt_version, ask)
        started = time.perf_counter()
        predictions, counts = run_predictions(summarizer, articles, out, err)
        run_info = {**counts, "wall_seconds": round(time.perf_counter() - started, 3)}
        config = {
            "command": "run", "gold": str(gold), "gold_name": gold.name, "limit": limit, "where": parse_where(where), "predictions": str(out / PREDICTIONS),
            "backend": summarizer.settings.backend, "model": summarizer.backend.model, "prompt_version": summarizer.prompt_version,
            "split": split, "questions": sorted(q.value for q in summarizer.questions),
        }
        report, paths = _score_and_write(articles, predictions, out, config, run_info, price_in, price_out, screenshot, without_texts)
        _print_summary(console, report, paths, run_info)
        check_gates(report["metrics"], gates, console)

    @eval_app.command("score")
    @friendly_errors
    def score(
        gold: GoldOpt,
        predictions: Annotated[Path, typer.Option("--predictions", help="JSONL of {id, summary} lines or `summarizer batch` records.")],
        out: OutOpt,
        limit: LimitOpt = None,
        where: WhereOpt = None,
        split: SplitOpt = None,
        fail_under: FailUnderOpt = None,
        price_in: PriceInOpt = None,
        price_out: PriceOutOpt = None,
        screenshot: ScreenshotOpt = None,
        without_texts: WithoutTextsOpt = False,
    ) -> None:
        """Score existing predictions (gold articles without a prediction are left out and counted)."""
        from summarizer.evaluation.gold import load_gold, load_predictions

        gates = parse_gates(fail_under)
        articles = load_gold(gold, limit, parse_where(where), check_split(split))
        found = load_predictions(predictions)
        scored = [a for a in articles if a.id in found]
        missing = len(articles) - len(scored)
        unknown = len(set(found) - {a.id for a in articles})
        if not scored:
            raise SummarizerError(f"{predictions}: none of its ids are in {gold}")
        if missing:
            err.print(f"[yellow]warning:[/] {missing} gold article(s) have no prediction and are not scored")
        if unknown and limit is None:
            err.print(f"[yellow]warning:[/] {unknown} prediction(s) have ids that are not in the gold file")
        config = {"command": "score", "gold": str(gold), "gold_name": gold.name, "limit": limit, "predictions": str(predictions), "missing_predictions": missing}
        report, paths = _score_and_write(scored, found, out, config, None, price_in, price_out, screenshot, without_texts)
        _print_summary(console, report, paths)
        check_gates(report["metrics"], gates, console)

    @eval_app.command("compare")
    @friendly_errors
    def compare(
        dir_a: Annotated[Path, typer.Argument(help="Run A (a folder with report.json): the baseline.")],
        dir_b: Annotated[Path, typer.Argument(help="Run B (a folder with report.json): the candidate.")],
        out: OutOpt,
        screenshot: ScreenshotOpt = None,
    ) -> None:
        """Two runs side by side: metric deltas (B − A) and the articles whose result changed."""
        from summarizer.evaluation.compare import write_comparison
        from summarizer.evaluation.report import fmt, fmt_delta

        comparison, paths = write_comparison(dir_a, dir_b, out)
        if screenshot is not None:
            from summarizer.evaluation.browser import screenshot as take

            paths["screenshot"] = take(paths["html"], screenshot)
        table = Table("metric", "A", "B", "Δ", title="eval compare")
        style = {"better": "green", "worse": "red", "same": "dim"}
        for d in comparison["deltas"]:
            table.add_row(d["label"], fmt(d["a"]), fmt(d["b"]), f"[{style[d['direction']]}]{fmt_delta(d['delta'])}[/]")
        console.print(table)
        console.print(f"{comparison['n_changed']} of {len(comparison['samples'])} articles changed")
        for kind, path in paths.items():
            console.print(f"{kind}: {path}", highlight=False)
