"""Recorded outputs of the pipeline, to prove that a speed-up changed nothing a user sees.

`collect()` runs a fixed set of articles (the gold set, the fixtures, the example and synthetic
edge cases) through the real pipeline: candidates for each (and for seeded random texts built
from quoting, abbreviation and paragraph fragments), and, against the loopback server with a
deterministic responder, the exact request bodies sent and the summaries returned (both hashed), for
several prompt versions, both instructor modes and the rules backend.

`tests/fixtures/pipeline_golden.json` was written by this module run against the code before the
per-article CPU work (`python tests/pipeline_golden.py --write`, with that code importable);
`test_pipeline_golden.py` compares today's code with it. Rewrite the file only for an output
change that is intended, and say so in the commit. Rewritten once since: for schema v2 (events,
sources, periods, roles), when the candidates and every request body were still equal to the
first recording and only the summaries changed; and for typed prompt configurations (only open
questions asked, the template brief as the floor), with the candidates still equal; and for
the event question (only extract-v7's ask-everything runs changed, where the lead names several
armed sides or no single cause; candidates, rules and every other request equal).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
GOLDEN = HERE / "fixtures" / "pipeline_golden.json"

# (prompt version, instructor mode) pairs the endpoint path is recorded with.
# (prompt version, instructor mode, questions) runs the endpoint path is recorded with; None: the
# version's set for an endpoint model (all), "brief": the embedded default's set.
RUNS = [("extract-v5", "json_schema", None), ("extract-v7", "json_schema", None), ("extract-v7", "json_schema", "brief"), ("extract-v5", "tools", None), ("extract-v7", "tools", None)]

_FRAGMENTS = [
    "“We will not leave,” said Amina Wekesa, a nurse.", "He said: “The convoy was hit twice.”", "Mr. Haddad said",
    " the U.N. envoy ", "Gen. Petra Valchenko", "\n\n", "\n", " ", " ", "« Nous restons », a dit le maire.",
    "„Wir bleiben“, sagte er.", '"Straight quotes work too," she added.', "at least 12 civilians were killed",
    "about 400 people fled", "dozens of fighters were detained", "a soldier was wounded", "Talks in Geneva stalled.",
    "the ceasefire collapsed on Jan. 7", "“an unfinished quote", "” stray closer", '"', "“", "»", "3 p.m.",
    "between 10 and 15 were missing", "The mayor, who spoke on Monday, said", "Dr. Jones", "A.B.C. reported",
    "“Every day costs lives,\n\n“and we count them,” Rel said.", "officials said. ", "Reyes said.", "U.S. forces",
]


def synthetic_texts(n: int = 60, seed: int = 11) -> list[str]:
    """Seeded random compositions of the fragments that stress quote spans, sentence ends,
    names across line breaks and number phrases."""
    rng = random.Random(seed)
    return ["".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(5, 60))) for _ in range(n)]


def long_article(paragraphs: int) -> str:
    from test_chunking import PARAGRAPH  # type: ignore[import-not-found]

    return "Siege Report\n\n" + "\n\n".join(PARAGRAPH.format(i=i, n=10 + i) for i in range(paragraphs))


def articles() -> dict[str, str]:
    from summarizer.load import read_article

    found = {}
    for line in (REPO / "evals" / "gold" / "core.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        found[row["id"]] = row["text"]
    for path in sorted((HERE / "fixtures").glob("*.txt")) + [HERE / "fixtures" / "article.html", REPO / "examples" / "valdera-truce.txt"]:
        found[path.name] = read_article(path)
    return found


def responder(body: dict[str, Any]) -> dict[str, Any]:
    """Deterministic, schema-driven answers that vary by candidate id: the speaker from the hint
    line (or a pronoun, which is re-asked unless the version repairs speakers), every other
    figure not a casualty, a brief from the article's first sentence (so its numbers are real)."""
    from responders import brief_in_shape, candidate_keys, figures_by_kind_only, negotiation_ids, request_schema  # type: ignore[import-not-found]

    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    inside = user.split("<article>", 1)[-1].split("</article>", 1)[0]
    first = re.split(r"(?<=[.!?])\s+", re.sub(r"\[[QNS]\d+\]\s?", "", inside).strip(), maxsplit=1)[0]
    hints = dict(re.findall(r"^\[(Q\d+)\] (.+)$", user, re.M))
    schema = request_schema(body)
    kind_only = figures_by_kind_only(body)
    figures = {}
    for key in candidate_keys(body, "figures"):
        kind = "killed" if int(key[1:]) % 2 else "not_casualty"
        figures[key] = kind if kind_only else {"kind": kind, "group": "civilians"}
    speakers = {key: (None if hints.get(key) in (None, "unknown") else hints[key]) if int(key[1:]) % 3 else "he" for key in candidate_keys(body, "speakers")}
    ids = negotiation_ids(body)
    full = {
        "brief": brief_in_shape(schema, first),
        "speakers": speakers or None,
        "figures": figures or None,
        "negotiations": [{"id": ids[-1], "process": "peace talks", "parties": [], "mediator": None, "status": "stalled"}] if ids else [],
        "negotiation_status": "stalled" if ids else "none",
    }
    return {key: value for key, value in full.items() if key in schema.get("properties", {})}


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()[:20]


def _summary(result: Any) -> dict[str, Any]:
    data = result.model_dump(mode="json")
    data["provenance"].pop("latency_s", None)
    return data


def _candidates(found: Any) -> dict[str, Any]:
    """The candidates as recorded; `actors` (added with the event question, found only where it
    is asked) is left out when empty, so the recording before it still compares."""
    data = dataclasses.asdict(found)
    if not data.get("actors"):
        data.pop("actors", None)
    return data


def collect() -> dict[str, Any]:
    sys.path.insert(0, str(HERE))
    from openai_server import FakeOpenAIServer  # type: ignore[import-not-found]

    from summarizer import Summarizer
    from summarizer.candidates import find_candidates
    from summarizer.errors import SummarizerError

    texts = articles()
    out: dict[str, Any] = {"candidates": {}, "endpoint": {}, "rules": {}}
    for name, text in texts.items():
        out["candidates"][name] = _digest(_candidates(find_candidates(text)))
    for i, text in enumerate(synthetic_texts()):
        out["candidates"][f"synthetic-{i}"] = _digest(_candidates(find_candidates(text)))
    rules = Summarizer(backend="rules")
    for name, text in texts.items():
        out["rules"][name] = _digest(_summary(rules.summarize(text)))
    cases = dict(texts, **{"long-chunked": long_article(24)})
    with FakeOpenAIServer(responder=responder) as server:
        for version, mode, ask in RUNS:
            for name, text in cases.items():
                options = dict(n_ctx=2600, max_output_tokens=256) if name == "long-chunked" else {}
                s = Summarizer(backend="openai", model="fake-model", base_url=server.base_url, api_key="k", timeout_s=10,
                               mode=mode, prompt_version=version, ask=ask, **options)
                server.requests.clear()
                try:
                    outcome: Any = _summary(s.summarize(text))
                except SummarizerError as error:  # an error is an output too: the same one, or a test failure
                    outcome = {"error": type(error).__name__, "message": str(error)}
                bodies = [{k: v for k, v in body.items() if k != "_path"} for body in server.requests]
                out["endpoint"][f"{version}/{mode}/{ask or 'all'}/{name}"] = {"requests": [_digest(b) for b in bodies], "summary": _digest(outcome)}
    return out


if __name__ == "__main__":
    if "--write" in sys.argv:
        GOLDEN.write_text(json.dumps(collect(), ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {GOLDEN}")
