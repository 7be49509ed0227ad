"""Same articles, same model answers, same outputs: the request bodies sent to the endpoint, the
summaries and the candidates equal those recorded from the code before the per-article CPU work
(see `pipeline_golden.py`)."""

import json

from pipeline_golden import GOLDEN, collect


def test_outputs_equal_the_recorded_ones():
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    now = collect()
    for part in ("candidates", "rules", "endpoint"):
        assert now[part].keys() == recorded[part].keys()
        changed = [name for name in recorded[part] if now[part][name] != recorded[part][name]]
        assert not changed, f"{part} changed for {changed}"
