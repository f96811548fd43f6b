"""Sentences with no trigger and no reporting cue skip dates, numbers and assembly: they code
nothing, and carry the actor they name (if any) to the next sentence's pronouns."""

from __future__ import annotations

import pytest

from conftest import keys
from khaldun.match import find_spans, may_code
from khaldun.normalize import tokenize


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # background: actors, places and numbers, but nothing happens
        ("The city of 200,000 people lies on the river east of Baghdad.", "en", False),
        ("تقع مدينة الموصل التي يسكنها نحو مئتي ألف نسمة شرق بغداد", "ar", False),
        # a trigger
        ("Turkish troops attacked SDF positions.", "en", True),
        ("هاجمت القوات التركية مواقع قسد", "ar", True),
        # a reporting verb makes a speaker for the next sentence's subjectless clauses
        ("The Iraqi foreign ministry said so on Monday.", "en", True),
        ("وقالت وزارة الخارجية العراقية ذلك يوم الاثنين", "ar", True),
    ],
)
def test_only_a_trigger_or_a_reporting_cue_may_code(shipped, text, lang, expected):
    spans = find_spans(tokenize(text), shipped.languages[lang])
    assert may_code(spans) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronoun still stands for the subject of the last sentence that had one
        (
            "Turkey attacked ISIS.\nThe weather was mild.\nIt also arrested the SDF.",
            [("TUR", "173", "SYRREB"), ("TUR", "190", "IMGMUSISI")],
        ),
        # a quiet sentence codes nothing
        ("The weather was mild.", []),
        ("كان الطقس معتدلا", []),
    ],
)
def test_a_quiet_sentence_codes_nothing_and_carries_the_actor_on(mini, text, expected):
    assert keys(mini, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey attacked ISIS.\nThe Iraqi government remained silent.\nIt arrested the SDF.",
            [("IRQGOV", "173", "SYRREB"), ("TUR", "190", "IMGMUSISI")],
        ),
        # Arabic: the quiet sentence codes nothing (a subjectless Arabic verb does not take the
        # carried actor: pro-drop is not resolved across sentences)
        ("هاجمت تركيا داعش.\nوالتزمت الحكومة العراقية الصمت.", [("TUR", "190", "IMGMUSISI")]),
    ],
)
def test_a_quiet_sentence_that_names_an_actor_carries_it_on(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)
