"""The opt-in compiled build: which modules it compiles, when, and how a run tells the builds
apart (the build itself is measured by hand: benchmarks/README.md, round 8)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from conftest import load_module
from khaldun.build import build_kind

ROOT = Path(__file__).parents[1]


def _modules_to_compile() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["compile"]


def test_the_modules_to_compile_are_khaldun_modules_listed_once():
    modules = _modules_to_compile()
    assert modules and len(set(modules)) == len(modules)
    for module in modules:
        assert module.startswith("src/khaldun/") and (ROOT / module).is_file(), module


def test_the_modules_to_compile_type_check():
    """mypyc compiles nothing mypy rejects: a type error here breaks the compiled build."""
    from mypy import api

    report, errors, status = api.run(
        [
            "--ignore-missing-imports",
            "--no-incremental",
            *map(str, (ROOT / m for m in _modules_to_compile())),
        ]
    )
    assert status == 0, report + errors


def test_the_coding_path_is_compiled_and_the_tools_around_it_are_not():
    names = {Path(m).stem for m in _modules_to_compile()}
    assert {"segment", "normalize", "match", "events", "enrich", "writers", "models"} <= names
    assert not names & {"cli", "schema", "codebook", "cache", "build", "parallel", "readers"}


@pytest.mark.parametrize(
    ("environ", "requested"),
    [
        ({}, False),
        ({"KHALDUN_COMPILE": ""}, False),
        ({"KHALDUN_COMPILE": "0"}, False),
        ({"KHALDUN_COMPILE": "1"}, True),
        ({"KHALDUN_COMPILE": "yes"}, True),
    ],
)
def test_only_khaldun_compile_asks_for_the_compiled_build(environ, requested):
    pytest.importorskip("hatchling")  # a build-time dependency only
    hook = load_module(ROOT / "hatch_build.py")
    assert hook.compile_requested(environ) is requested


def test_the_build_kind_is_one_of_two():
    assert build_kind() in ("python", "compiled")
