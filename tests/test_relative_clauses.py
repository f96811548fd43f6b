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
    ("text", "expected"),
    [
        # an Arabic relative clause with no pronoun whose verb carries an object pronoun that
        # refers back to the noun tells what the noun underwent, as English "which" does
        ("An official announced the release of a Greek ship which pirates hijacked in "
         "September.", []),
        ("وأعلن مسؤول الإفراج عن سفينة يونانية خطفها القراصنة في سبتمبر",
         [("GOV", "0841", "GRC")]),
        ("The video showed British hostages whom gunmen kidnapped in Baghdad.", []),
        ("وظهر في الشريط رهائن بريطانيون خطفهم مسلحون في بغداد", []),
        ("Gunmen killed an Iraqi soldier whom they had kidnapped.", [("UAF", "190", "IRQMIL")]),
        ("وقتل مسلحون جنديا عراقيا خطفوه أمس", [("UAF", "190", "IRQMIL")]),
        # an indefinite subject before the verb did it: coded
        ("The source said gunmen kidnapped him from his home in Baghdad.", [("UAF", "181", "")]),
        ("وقال المصدر إن مسلحين خطفوه من منزله في بغداد", [("UAF", "181", "")]),
    ],
)  # fmt: skip
def test_a_relative_clause_with_no_pronoun_about_its_object_is_background(shipped, text, expected):
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Arabic verb right after an indefinite noun describes it (صفة جملة): the noun is
        # its subject, the actor after the verb its object, as after English "that"; a
        # reported clause then codes with no source
        ("The minister said an attack targeted the Lebanese army.", [("", "190", "LBNMIL")]),
        ("وقال الوزير إن هجوما استهدف الجيش اللبناني", [("", "190", "LBNMIL")]),
        # an actor before the noun may still be the verb's source
        ("وأصدر الجيش بيانا اتهم حزب الله بالهجوم", [("MIL", "1123", "LBNREB")]),
        # a pronoun owns the noun: the speaker's troops did it
        ("The army said its troops killed ten gunmen.", [("MIL", "190", "UAF")]),
        ("وقال الجيش إن قواته قتلت عشرة مسلحين", [("MIL", "190", "UAF")]),
        # a fronted adverbial opens the clause: the actor after the verb is its subject
        ("Later, gunmen attacked a checkpoint.", [("UAF", "190", "")]),
        ("وفي وقت لاحق هاجم مسلحون نقطة تفتيش", [("UAF", "190", "")]),
        ("Days ago settlers stormed the mosque.", [("SET", "190", "")]),
        ("قبل أيام اقتحم مستوطنون المسجد", [("SET", "190", "")]),
        # a particle before the verb is no noun
        ("The protesters had raised banners in the square.", [("CVL", "141", "")]),
        ("وقد رفع المتظاهرون لافتات في الساحة", [("CVL", "141", "")]),
    ],
)  # fmt: skip
def test_a_verb_after_an_indefinite_noun_describes_it(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman spoke of a decision that targeted the Palestinian people.",
        "وتحدث المتحدث عن قرار استهدف الشعب الفلسطيني",
        "The statement described a blockade that targeted the Palestinian people for years.",
        "ووصف البيان حصارا مشددا استهدف الشعب الفلسطيني طوال سنوات",
    ],
)
def test_what_a_noun_that_is_no_actor_did_is_no_assault_by_its_object(shipped, text):
    assert not any(code[:2] == "19" and source for source, code, _ in keys(shipped, text))
