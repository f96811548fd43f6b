"""Verbal and cooperative events (CAMEO 01-13) in wire-report shapes on the shipped codebook:
visits, talks, appeals, warnings, condemnations. English and Arabic rows side by side."""

from __future__ import annotations

import pytest

from conftest import keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an emir or sultan with his state is its government; alone, or an armed group's, not
        (
            "Qatar's emir received the Turkish foreign minister in Doha on Tuesday.",
            [("QATGOV", "043", "TURGOV")],
        ),
        (
            "استقبل أمير قطر وزير الخارجية التركي في الدوحة يوم الثلاثاء",
            [("QATGOV", "043", "TURGOV")],
        ),
        ("The Kuwaiti emir met the Iraqi prime minister.", [("KWTGOV", "040", "IRQGOV")]),
        (
            "بحث رئيس الوزراء العراقي مع أمير الكويت العلاقات الثنائية",
            [("IRQGOV", "040", "KWTGOV")],
        ),
        ("The emir met the Iraqi prime minister.", []),
        ("An ISIS emir was killed in an air strike.", [("", "195", "IMGMUSISI")]),
    ],
)
def test_an_emir_is_his_states_government(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)
