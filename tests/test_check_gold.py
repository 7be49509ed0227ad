"""The gold checker accepts both shipped sets and rejects attribution labels the article does not contain."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHECKER = REPO / "evals" / "gold" / "check_gold.py"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHECKER), *args], capture_output=True, text=True, timeout=60)


def test_core_and_attribution_sets_pass_with_their_own_minima():
    core = run(str(REPO / "evals" / "gold" / "core.jsonl"))
    assert core.returncode == 0, core.stdout
    attribution = run(str(REPO / "evals" / "gold" / "attribution.jsonl"))
    assert attribution.returncode == 0, attribution.stdout
    assert "| quotes with speaker_role |" in attribution.stdout


def test_attribution_labels_must_be_verbatim_on_word_boundaries(tmp_path):
    records = [json.loads(line) for line in (REPO / "evals" / "gold" / "attribution.jsonl").read_text(encoding="utf-8").splitlines()]
    first = records[0]
    first["gold"]["quotes"][0]["speaker_role"] = "regional governo"  # a cut word, not on a boundary
    first["gold"]["casualties"][0]["reported_by"] = "the regional governor's office"
    first["gold"]["negotiations"][0]["parties"].append("Martian delegation")
    first["gold"]["negotiation_status"] = "agreement"
    records[1]["gold"]["casualties"][0]["cumulative"] = "yes"
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")

    result = run(str(damaged))

    assert result.returncode == 1
    out = result.stdout
    assert "speaker_role 'regional governo' does not occur in the text on word boundaries" in out
    assert "reported_by \"the regional governor's office\" does not occur" in out
    assert "party 'Martian delegation' does not occur" in out
    assert "negotiation_status 'agreement' is not the status of any listed negotiation" in out
    assert "cumulative, when present, must be true or false" in out


def test_attribution_minima_apply_to_a_small_attribution_file(tmp_path):
    lines = (REPO / "evals" / "gold" / "attribution.jsonl").read_text(encoding="utf-8").splitlines()[:5]
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "need 34" in run(str(small)).stdout
    assert run(str(small), "--no-minima").returncode == 0
