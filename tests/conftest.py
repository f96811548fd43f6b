"""Shared fixtures: the shipped codebook, a small fixed test codebook, and helpers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from khaldun import compile_codebook, load_codebook
from khaldun.check import event_key
from khaldun.codebook import default_codebook_dir
from khaldun.pipeline import code_text

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
SHIPPED = default_codebook_dir()
MINI_LAYERS = [SHIPPED / "taxonomy", SHIPPED / "language", FIXTURES / "mini"]
MINI_ARGS = [arg for layer in MINI_LAYERS for arg in ("-c", str(layer))]  # the CLI's options


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Tests never touch the user's codebook cache."""
    patch = pytest.MonkeyPatch()
    patch.setenv("KHALDUN_CACHE_DIR", str(tmp_path_factory.mktemp("khaldun-cache")))
    yield
    patch.undo()


@pytest.fixture(scope="session")
def shipped_codebook():
    return load_codebook()


@pytest.fixture(scope="session")
def shipped(shipped_codebook):
    return compile_codebook(shipped_codebook)


@pytest.fixture(scope="session")
def mini():
    return compile_codebook(load_codebook(MINI_LAYERS))


def load_module(path: Path) -> ModuleType:
    """A script of the repository (scripts/*.py, hatch_build.py) imported as a module, under its
    file's stem; registered in ``sys.modules``, as its dataclasses look their module up."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def mini_with(tmp_path, name, text):
    """The mini codebook with one YAML file of the test's own as a layer over it."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    return compile_codebook(load_codebook([*MINI_LAYERS, tmp_path]))


def mini_with_language(folder, **settings):
    """The mini codebook with the shipped language files changed by ``settings`` (written to
    ``folder``): mini_with_language(tmp_path, self_events=False)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in (SHIPPED / "language").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["language"].update(settings)
        (folder / path.name).write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return compile_codebook(load_codebook([SHIPPED / "taxonomy", folder, FIXTURES / "mini"]))


def keys(book, text, lang=None, day=None):
    """The (source, code, target) triples coded from a text, sorted."""
    return sorted(event_key(e) for e in code_text(text, book, lang, day))
