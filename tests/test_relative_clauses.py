"""Relative clauses: the actor before the pronoun is the subject of its verb; a verb whose
antecedent is no actor (a place, a thing) or its own target (a victim) is background, not
coded. Arabic and English rows side by side."""

from __future__ import annotations

import pytest

from conftest import keys
from khaldun.framing import frame_of
from khaldun.heads import relative_head
from khaldun.match import match_sentence
from khaldun.normalize import tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause about a thing tells what it underwent: background
        ("The villagers rebuilt the mosque which gunmen attacked in March.", []),
        ("وعادت إلى المدينة الحافلة التي خطفها مسلحون أمس", []),
        # ... and so does one about its own target, a victim
        ("The journalist who was kidnapped by gunmen last month returned home.", []),
        ("وعاد إلى بلاده الصحفي الذي خطف على يد مسلحين الشهر الماضي", []),
        ("وأفرجت الشرطة عن الرهائن البريطانيين الذين خطفوا على يد مسلحين في أيار",
         [("COP", "0841", "GBRCVL")]),
        ("وأفرج عن الرهائن الأتراك الذين خطفوا، الشهر الماضي، في الموصل",
         [("", "0841", "TURCVL")]),
        # after an actor it is what the actor did: coded
        ("Police dispersed protesters who blocked the highway.",
         [("CVL", "144", ""), ("COP", "175", "CVL")]),
        ("أغلقت الشرطة الطريق أمام المحتجين الذين قطعوا الطريق السريع",
         [("CVL", "144", ""), ("COP", "191", "")]),
        # the main clause still codes
        ("Gunmen attacked the village which lies near the border.", [("UAF", "190", "")]),
        ("هاجم مسلحون القرية التي تقع قرب الحدود", [("UAF", "190", "")]),
    ],
)  # fmt: skip
def test_a_relative_clause_about_a_thing_is_background(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # adjectives after their noun are passed over, a noun is not
        ("واعتقلت الشرطة المتظاهرين الغاضبين، الذين هاجموا المبنى", "CVL"),
        ("وزار الوزير المسجد الذي استهدفه الانفجار", None),
    ],
)
def test_the_head_of_an_arabic_relative_clause(shipped, text, head):
    matches = match_sentence(tokenize(text), shipped, "ar")
    frame = frame_of(matches, shipped.languages["ar"], shipped)
    relative = next(i for i, t in enumerate(matches.tokens) if t.norm in ("الذين", "الذي"))
    found = relative_head(frame, relative)
    assert (found.actor.code if found else None) == head
