"""Find the project's data folders (prompts/, schemas/, examples/).

They live at the top of the repository, where they are reviewed like code, and are copied into
the wheel as `summarizer/_data/...`. Looking in both places lets an editable install and a
regular install behave the same.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"data folder {name!r} is missing from this installation of summarizer")
