"""llama.cpp's own speed levers, measured through the real pipeline, one configuration after
another in one run (so all of them share the machine's load of the moment).

Configurations (pick with --configs):
  baseline                        as shipped
  no-prefix-reuse                 as shipped, but `Llama.reset()` before each article, so the
                                  previous article's KV cache (whose system prompt the next one
                                  shares) is not reused: the whole prompt is evaluated again
  prompt-lookup-N                 SUMMARIZER_PROMPT_LOOKUP_TOKENS=N (N = 2, 5, 10 by default; any
                                  N works): llama-cpp-python's LlamaPromptLookupDecoding as draft
  no-grammar                      SUMMARIZER_GRAMMAR=false: no schema grammar, only
                                  response_format json_object (llama-cpp-python then applies its
                                  generic JSON grammar); answers may fail validation and be re-asked
  unconstrained                   bench only: as no-grammar, and response_format dropped too, so no
                                  grammar at all (the full cost of constrained sampling)
  several-sequences-in-one-batch  not the pipeline: raw decode throughput of 1 against 4 sequences
                                  continuing the same prompt, through llama.cpp's low-level API
                                  (llama-cpp-python's Llama decodes one sequence; see the README)

Each pipeline configuration builds its own Summarizer (a fresh Llama), warms up on one article
that is not timed (--warmup: by default the test-split article after the timed ones, the same for
every configuration; or a text file), then summarizes the --limit first articles of the gold
file's test split one after another:

    python bench/model_levers.py --model default --limit 8 --out bench/results/model_levers.json
    python bench/model_levers.py --model small --limit 2 --configs baseline,prompt-lookup-5,no-grammar

Per article it records the wall seconds of `summarize()`, the tokens of `summary.provenance`,
and, from a meter around the Llama object, the prompt tokens llama.cpp actually evaluated (after
prefix reuse), the time of that prompt evaluation, and the rest of each call (decoding, sampling
with the grammar, detokenizing): "generation". Generation tokens/s = output tokens / generation
seconds. Generation is split once more: "decode" is the time inside `Llama.eval` after the
prompt (llama_decode of each step's tokens, drafts included, and the copy of their logits);
"sample+other" is the rest per output token (sampling, where the grammar's cost is,
detokenizing, Python).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # measure this tree, not whatever `summarizer` is installed

from rich.console import Console  # noqa: E402
from rich.markup import escape  # noqa: E402
from rich.table import Table  # noqa: E402

import summarizer  # noqa: E402
from summarizer import Summarizer  # noqa: E402
from summarizer.evaluation.gold import load_gold  # noqa: E402

BATCHED = "several-sequences-in-one-batch"
DEFAULT_CONFIGS = ["baseline", "no-prefix-reuse", "prompt-lookup-2", "prompt-lookup-5", "prompt-lookup-10", "no-grammar", "unconstrained", BATCHED]

err = Console(stderr=True, highlight=False)
out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)


@dataclass
class Config:
    name: str
    overrides: dict[str, Any] = field(default_factory=dict)
    reset_each_article: bool = False
    drop_response_format: bool = False


def config(name: str) -> Config:
    if name == "baseline":
        return Config(name)
    if name == "no-prefix-reuse":
        return Config(name, reset_each_article=True)
    if name.startswith("prompt-lookup-") and name.removeprefix("prompt-lookup-").isdigit():
        return Config(name, {"prompt_lookup_tokens": int(name.removeprefix("prompt-lookup-"))})
    if name == "no-grammar":
        return Config(name, {"grammar": False})
    if name == "unconstrained":
        return Config(name, {"grammar": False}, drop_response_format=True)
    raise SystemExit(f"unknown configuration {name!r}; known: {', '.join(DEFAULT_CONFIGS)} (prompt-lookup-N for any N)")


class Meter:
    """Wraps one Llama's chat call and its `eval`: the first `eval` of a call is the prompt (only
    the tokens after the reused prefix); everything else in the call is generation."""

    def __init__(self, llama: Any, drop_response_format: bool) -> None:
        self.calls = self.prompt_tokens = self.out_tokens = self.decode_steps = self.decode_tokens = 0
        self.prompt_s = self.decode_s = self.call_s = 0.0
        self._first = False
        create, evaluate = llama.create_chat_completion_openai_v1, llama.eval

        def metered_create(*args: Any, **kwargs: Any) -> Any:
            if drop_response_format:
                kwargs.pop("response_format", None)
            self._first = True
            started = time.perf_counter()
            try:
                response = create(*args, **kwargs)
            finally:
                self.call_s += time.perf_counter() - started
                self.calls += 1
            usage = getattr(response, "usage", None)
            self.out_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
            return response

        def metered_eval(tokens: Any) -> None:
            started = time.perf_counter()
            evaluate(tokens)
            took = time.perf_counter() - started
            if self._first:
                self._first = False
                self.prompt_tokens += len(tokens)
                self.prompt_s += took
            else:
                self.decode_steps += 1
                self.decode_tokens += len(tokens)
                self.decode_s += took

        # Instance attributes shadow the methods: LocalBackend calls
        # `self.llama.create_chat_completion_openai_v1` and `Llama.generate` calls `self.eval`.
        llama.create_chat_completion_openai_v1 = metered_create
        llama.eval = metered_eval

    def snapshot(self) -> dict[str, float]:
        keys = ("calls", "prompt_tokens", "out_tokens", "decode_steps", "decode_tokens", "prompt_s", "decode_s", "call_s")
        return {k: getattr(self, k) for k in keys}


def answer_hash(summary: Any) -> str:
    """What the model decided for an article (provenance left out: it holds the latency)."""
    body = json.dumps(summary.model_dump(mode="json", exclude={"provenance"}), sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()[:12]


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def run_config(cfg: Config, args: argparse.Namespace, articles: list[Any], warmup_text: str) -> dict[str, Any]:
    load_avg_before = os.getloadavg()
    started = time.perf_counter()
    s = Summarizer(backend="local", model=args.model, **cfg.overrides)
    llama = s.backend.llama  # loads the model
    load_s = time.perf_counter() - started
    meter = Meter(llama, cfg.drop_response_format)
    started = time.perf_counter()
    try:
        s.summarize(warmup_text)
        warmup_error = None
    except Exception as error:  # noqa: BLE001 - a warm-up answer that fails validation still warmed up
        warmup_error = f"{type(error).__name__}: {' '.join(str(error).split())[:200]}"
    warmup = {"seconds": round(time.perf_counter() - started, 2), **meter.snapshot(), "error": warmup_error}
    err.print(
        f"[bold]{cfg.name}[/]: loaded in {load_s:.1f} s, warm-up {warmup['seconds']:.1f} s (not timed; {warmup['calls']} call(s), "
        f"{warmup['out_tokens']} tokens out){' ' + escape(warmup_error) if warmup_error else ''}"
    )

    rows = []
    for number, article in enumerate(articles, 1):
        if cfg.reset_each_article:
            llama.reset()  # n_tokens = 0: generate() finds no prefix and evaluates the whole prompt
        before = meter.snapshot()
        started = time.perf_counter()
        summary, error = None, None
        try:
            summary = s.summarize(article.text, published=article.date, title=article.title)
        except Exception as failure:  # noqa: BLE001 - recorded and counted, the run goes on
            error = f"{type(failure).__name__}: {' '.join(str(failure).split())[:200]}"
        seconds = time.perf_counter() - started
        delta = {k: v - before[k] for k, v in meter.snapshot().items()}
        row: dict[str, Any] = {"id": article.id, "chars": len(article.text), "seconds": round(seconds, 3), **{k: round(v, 4) if isinstance(v, float) else v for k, v in delta.items()}}
        if summary is not None:
            p = summary.provenance
            row.update(tokens_in=p.tokens_in, tokens_out=p.tokens_out, llm_calls=p.llm_calls, chunks=p.chunks, warnings=len(summary.warnings), answer=answer_hash(summary))
        else:
            row.update(error=error)
        rows.append(row)
        err.print(
            f"  {cfg.name} {number}/{len(articles)} {article.id[:48]:48} {seconds:6.1f} s  in {row.get('tokens_in', '?')} (evaluated {delta['prompt_tokens']})"
            f"  out {row.get('tokens_out', delta['out_tokens'])}  calls {delta['calls']}" + (f"  [red]{escape(error)}[/]" if error else "")
        )
    result = {"config": cfg.name, "overrides": cfg.overrides, "reset_each_article": cfg.reset_each_article, "drop_response_format": cfg.drop_response_format,
              "load_s": round(load_s, 2), "warmup": warmup,
              "rss_mb_after": round(rss_mb(), 1), "loadavg_before": load_avg_before, "loadavg_after": os.getloadavg(),
              "summary": summarize_rows(rows), "articles": rows}
    llama.close()
    del s, llama, meter
    gc.collect()
    return result


def summarize_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    seconds = [r["seconds"] for r in rows]
    ok = [r for r in rows if "error" not in r]
    total = lambda key: sum(r[key] for r in rows)  # noqa: E731
    gen_s = total("call_s") - total("prompt_s")
    other_s = gen_s - total("decode_s")
    return {
        "articles": len(rows),
        "failed": len(rows) - len(ok),
        "median_s": round(statistics.median(seconds), 3),
        "mean_s": round(statistics.fmean(seconds), 3),
        "tokens_in": round(statistics.fmean(r["tokens_in"] for r in ok), 1) if ok else None,
        "tokens_out": round(statistics.fmean(r["tokens_out"] for r in ok), 1) if ok else None,
        "prompt_tokens_evaluated": round(total("prompt_tokens") / len(rows), 1),
        "llm_calls": round(total("calls") / len(rows), 2),
        "prompt_tok_s": round(total("prompt_tokens") / total("prompt_s"), 1) if total("prompt_s") else None,
        "gen_tok_s": round(total("out_tokens") / gen_s, 2) if gen_s > 0 else None,
        "gen_ms_per_token": round(1000 * gen_s / total("out_tokens"), 1) if total("out_tokens") else None,
        "out_tokens_per_decode_step": round(total("out_tokens") / total("decode_steps"), 2) if total("decode_steps") else None,
        "tokens_evaluated_per_decode_step": round(total("decode_tokens") / total("decode_steps"), 2) if total("decode_steps") else None,
        "decode_ms_per_step": round(1000 * total("decode_s") / total("decode_steps"), 1) if total("decode_steps") else None,
        "sample_other_ms_per_token": round(1000 * other_s / total("out_tokens"), 1) if total("out_tokens") else None,
    }


def batched_decode(args: argparse.Namespace, text: str) -> dict[str, Any]:
    """Raw decode throughput of 1 and of `--sequences` sequences continuing the same prompt,
    in one llama.cpp context (unified KV cache, one token per sequence per llama_decode), greedy,
    a fixed number of steps. No grammar, no pipeline: the ceiling batching could offer."""
    import llama_cpp as lc
    import numpy as np

    from summarizer.candidates import find_candidates
    from summarizer.load import clean_text
    from summarizer.prompting import DEFAULT_PROMPT_VERSION, asked, render
    from summarizer.weights import resolve_model_path

    logging.getLogger("llama-cpp-python").setLevel(logging.ERROR)  # llama.cpp's load log
    article = clean_text(text)
    prompt = render(article, asked(find_candidates(article), DEFAULT_PROMPT_VERSION), DEFAULT_PROMPT_VERSION)
    chat = f"<|im_start|>system\n{prompt.system}<|im_end|>\n<|im_start|>user\n{prompt.user}<|im_end|>\n<|im_start|>assistant\n"
    path, label = resolve_model_path(args.model, None)
    threads, steps, width, n_ctx = os.cpu_count() or 2, args.batch_steps, args.sequences, 4096
    lc.llama_backend_init()
    model = lc.llama_model_load_from_file(str(path).encode(), lc.llama_model_default_params())
    vocab = lc.llama_model_get_vocab(model)
    n_vocab = lc.llama_vocab_n_tokens(vocab)
    raw = chat.encode()
    buffer = (lc.llama_token * (len(raw) + 8))()
    tokens = list(buffer[: lc.llama_tokenize(vocab, raw, len(raw), buffer, len(buffer), True, True)])
    tokens = tokens[: n_ctx - width * steps - 64]
    params = lc.llama_context_default_params()
    params.n_ctx, params.n_batch, params.n_ubatch, params.n_seq_max, params.kv_unified = n_ctx, 512, 512, width, True
    params.n_threads = params.n_threads_batch = threads
    ctx = lc.llama_init_from_model(model, params)
    batch = lc.llama_batch_init(512, 0, width)

    def decode() -> None:
        if (code := lc.llama_decode(ctx, batch)) != 0:
            raise RuntimeError(f"llama_decode returned {code}")

    def greedy(i: int) -> int:
        return int(np.ctypeslib.as_array(lc.llama_get_logits_ith(ctx, i), shape=(n_vocab,)).argmax())

    started = time.perf_counter()
    for start in range(0, len(tokens), 512):  # the prompt once, each token in every sequence
        chunk = tokens[start : start + 512]
        batch.n_tokens = len(chunk)
        for i, token in enumerate(chunk):
            batch.token[i], batch.pos[i], batch.n_seq_id[i] = token, start + i, width
            for seq in range(width):
                batch.seq_id[i][seq] = seq
            batch.logits[i] = start + i == len(tokens) - 1
        decode()
    prompt_s = time.perf_counter() - started
    first = greedy(len(chunk) - 1)
    results = []
    for n in (1, width):
        lc.llama_memory_seq_rm(lc.llama_get_memory(ctx), -1, len(tokens), -1)  # drop the last run's tokens
        nxt, started = [first] * n, time.perf_counter()
        for step in range(steps):
            batch.n_tokens = n
            for seq in range(n):
                batch.token[seq], batch.pos[seq], batch.n_seq_id[seq], batch.logits[seq] = nxt[seq], len(tokens) + step, 1, True
                batch.seq_id[seq][0] = seq
            decode()
            nxt = [greedy(seq) for seq in range(n)]
        took = time.perf_counter() - started
        results.append({"sequences": n, "steps": steps, "tokens": n * steps, "seconds": round(took, 3), "tok_s": round(n * steps / took, 2), "ms_per_step": round(1000 * took / steps, 1)})
        err.print(f"  {BATCHED}: {n} sequence(s) x {steps} steps: {n * steps / took:.1f} tokens/s ({1000 * took / steps:.0f} ms per step)")
    lc.llama_batch_free(batch)
    lc.llama_free(ctx)
    lc.llama_model_free(model)
    return {"config": BATCHED, "model": label, "prompt_tokens": len(tokens), "prompt_s": round(prompt_s, 2), "threads": threads, "runs": results,
            "speedup": round(results[-1]["tok_s"] / results[0]["tok_s"], 2)}


def print_tables(results: list[dict[str, Any]]) -> None:
    pipeline = [r for r in results if r["config"] != BATCHED]
    base = next((r for r in pipeline if r["config"] == "baseline"), None)
    base_answers = {a["id"]: a.get("answer") for a in base["articles"]} if base else {}
    if pipeline:
        table = Table(title="per article: wall s of summarize(), tokens in/out from provenance, 'eval' = prompt tokens llama.cpp evaluated, prompt/gen from the Llama meter")
        for col in ("config", "median s", "mean s", "x base", "in", "eval", "out", "calls", "prompt t/s", "gen t/s", "gen ms/t", "out/step", "step ms", "other ms/t", "failed", "same", "RSS MB"):
            table.add_column(col, justify="left" if col == "config" else "right")
        for r in pipeline:
            s = r["summary"]
            ratio = f"{s['median_s'] / base['summary']['median_s']:.2f}" if base else "-"
            same = sum(1 for a in r["articles"] if a.get("answer") and a.get("answer") == base_answers.get(a["id"]))
            fmt = lambda v: "-" if v is None else str(v)  # noqa: E731
            table.add_row(r["config"], fmt(s["median_s"]), fmt(s["mean_s"]), ratio, fmt(s["tokens_in"]), fmt(s["prompt_tokens_evaluated"]), fmt(s["tokens_out"]),
                          fmt(s["llm_calls"]), fmt(s["prompt_tok_s"]), fmt(s["gen_tok_s"]), fmt(s["gen_ms_per_token"]), fmt(s["out_tokens_per_decode_step"]),
                          fmt(s["decode_ms_per_step"]), fmt(s["sample_other_ms_per_token"]),
                          str(s["failed"]), f"{same}/{s['articles']}" if base else "-", fmt(r["rss_mb_after"]))
        out.print(table)
    for r in results:
        if r["config"] == BATCHED:
            table = Table(title=f"{BATCHED}: raw greedy decode after a {r['prompt_tokens']}-token prompt, low-level API, {r['threads']} threads")
            for col in ("sequences", "steps", "tokens", "seconds", "tokens/s", "ms/step"):
                table.add_column(col, justify="right")
            for run in r["runs"]:
                table.add_row(*(str(run[k]) for k in ("sequences", "steps", "tokens", "seconds", "tok_s", "ms_per_step")))
            out.print(table)
            out.print(f"throughput {r['runs'][-1]['sequences']} sequences / 1 sequence: {r['speedup']}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", choices=["default", "small"], default="default")
    parser.add_argument("--gold", default="../shared/datasets/polnear-conflict.jsonl")
    parser.add_argument("--limit", type=int, default=8, help="articles of the test split (default 8)")
    parser.add_argument("--configs", default=",".join(DEFAULT_CONFIGS), help="comma-separated (default: all)")
    parser.add_argument("--warmup", default="next", help="summarized once per configuration, not timed: 'next' (the test-split article after the timed ones) or a text file")
    parser.add_argument("--sequences", type=int, default=4, help=f"{BATCHED}: sequences in one batch (against 1)")
    parser.add_argument("--batch-steps", type=int, default=64, help=f"{BATCHED}: decode steps per run")
    parser.add_argument("--out", default="bench/results/model_levers.json")
    args = parser.parse_args(argv)

    # instructor logs each exhausted re-ask budget as a multi-line error; the per-article line says it
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    names = [n.strip() for n in args.configs.split(",") if n.strip()]
    configs = [config(n) for n in names if n != BATCHED]
    articles = load_gold(args.gold, args.limit + 1 if args.warmup == "next" else args.limit, split="test")
    if args.warmup == "next":
        if len(articles) <= args.limit:
            raise SystemExit(f"{args.gold}: the test split has no article after the {args.limit} timed ones to warm up on; pass --warmup FILE")
        warmup_text, articles = articles[-1].text, articles[:-1]
    else:
        warmup_text = Path(args.warmup).read_text(encoding="utf-8")
    commit = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True).stdout.strip()
    err.print(f"summarizer from {Path(summarizer.__file__).parent} ({commit}); model {args.model}; {len(articles)} articles of {args.gold} (test split); configs {', '.join(names)}")

    results = [run_config(cfg, args, articles, warmup_text) for cfg in configs]
    if BATCHED in names:
        results.append(batched_decode(args, articles[0].text))
    import llama_cpp

    report = {"command": [Path(sys.argv[0]).name, *(argv if argv is not None else sys.argv[1:])], "commit": commit, "model": args.model,
              "gold": args.gold, "split": "test", "article_ids": [a.id for a in articles], "llama_cpp_python": llama_cpp.__version__,
              "python": platform.python_version(), "cpu_count": os.cpu_count(), "results": results}
    target = Path(args.out)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print_tables(results)
    err.print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
