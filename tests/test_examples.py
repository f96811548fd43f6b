"""Every `examples:` entry of the shipped codebook is a test case (ids like fight.attack-ar-5)."""

from __future__ import annotations

import pytest

from khaldun import compile_codebook, load_codebook
from khaldun.check import example_cases, run_example

_BOOK = load_codebook()
_COMPILED = compile_codebook(_BOOK)
_CASES = list(example_cases(_BOOK))


def _case_id(case) -> str:
    rule_id, index, example, _origin = case
    lang = example.lang or ("ar" if any("\u0600" <= c <= "\u06ff" for c in example.text) else "en")
    return f"{rule_id}-{lang}-{index}"


def test_codebook_has_examples_in_both_languages():
    langs = {_case_id(c).rsplit("-", 2)[1] for c in _CASES}
    assert langs == {"ar", "en"}
    assert len(_CASES) >= 40


@pytest.mark.parametrize("case", _CASES, ids=[_case_id(c) for c in _CASES])
def test_codebook_example(case):
    result = run_example(*case, _COMPILED)
    assert result.ok, result.message()
