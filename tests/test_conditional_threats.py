"""A conflictual action in the future tense on a condition is a threat (CAMEO 13x): "X will
attack Y unless it withdraws", ستهاجم X Y إذا لم تنسحب. Without a condition a future action is
not coded; a cooperative one stays an intent (03x). English and Arabic rows side by side."""

from __future__ import annotations

import pytest

from conftest import keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey will attack the SDF unless it withdraws from Manbij.", [("TUR", "138", "SYRREB")]),
        ("ستهاجم تركيا قسد إذا لم تنسحب من منبج", [("TUR", "138", "SYRREB")]),
        (
            "Qatar will halt its mediation between Israel and Hamas if the shelling continues.",
            [("QAT", "131", "ISR"), ("QAT", "131", "PSEREB")],
        ),
        (
            "ستوقف قطر وساطتها بين إسرائيل وحماس إذا استمر القصف",
            [("QAT", "131", "ISR"), ("QAT", "131", "PSEREB")],
        ),
        # no condition: a future action is not coded
        ("Turkey will attack the SDF next week.", []),
        ("ستهاجم تركيا قسد الأسبوع المقبل", []),
        # a cooperative action on a condition is still an intent
        (
            "The United States will provide aid to Jordan if Congress agrees.",
            [("USA", "033", "JOR")],
        ),
        # a condition without a future verb: a possibility, not a threat
        ("If the talks fail, Turkey could attack the SDF.", []),
    ],
)
def test_a_future_conflictual_action_on_a_condition_is_a_threat(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)
