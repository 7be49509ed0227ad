"""Status cue tables are versioned with the prompt; the newest one reads tense and history."""

import pytest

from summarizer.candidates import find_candidates
from summarizer.rules import status_cues, strongest_cue


def cue(text: str, version: str = "extract-v5") -> str | None:
    found = strongest_cue(find_candidates(text), status_cues(version))
    return found[1] if found else None


@pytest.mark.parametrize(
    "text, status",
    [
        ("The opposition mulled a US-Russia truce deal due to take effect on Monday.", "agreement"),
        ("Kerry and Lavrov said a ceasefire would begin Monday. If the deal is implemented, aid will flow.", "agreement"),
        ("Several previous rounds of Geneva talks have failed to agree a transition. New peace talks will begin in Geneva.", "proposed"),
        ("Noha left the village besieged by insurgents under a deal between the regime and rebels.", "implementing"),
        ("Talks ended another round in Vienna with no progress on heavy weapons.", "stalled"),
        ("A 30-day truce in the north ended on Sunday without being renewed.", "collapsed"),
        ("Le gouvernement et les rebelles ont signé un accord de cessez-le-feu.", "agreement"),
        ("Bombs fell on Aleppo despite the Eid truce.", "implementing"),
    ],
)
def test_v5_cues(text, status):
    assert cue(text) == status


def test_the_default_version_keeps_the_v5_table():
    # extract-v7 changed what is asked, not how a status is read: its cue table is v5's.
    assert status_cues("extract-v7") == status_cues("extract-v5")
