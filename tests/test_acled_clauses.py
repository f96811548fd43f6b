"""Each event of a sentence is typed by the ACLED cues of its own clause: a weapon or capture word
of one event's clause does not type another event's; a protest named anywhere is the sentence's
context; a clause that names no means of its own reads the sentence's. Seizing a ship or
soldiers (CAMEO 181) is no capture of territory, and no remote violence. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from khaldun.event_cues import clause_numbers
from khaldun.normalize import tokenize
from khaldun.pipeline import code_text

# (lang, text, {CAMEO code: ACLED sub-event type} of the sentence's events)
CLAUSES = [
    # a weapon word types its own clause's event only
    (
        "en",
        "Hezbollah fired rockets at northern Israel, and Israeli jets struck targets in "
        "southern Lebanon in response.",
        {"194": "Shelling/artillery/missile attack", "190": "Air/drone strike"},
    ),
    (
        "ar",
        "أطلق حزب الله صواريخ على شمال إسرائيل، وشنت الطائرات الإسرائيلية غارات على جنوب لبنان",
        {"194": "Shelling/artillery/missile attack", "195": "Air/drone strike"},
    ),
    (
        "en",
        "Syrian army artillery shelled rebel positions in Idlib, while Turkish drones struck "
        "an SDF checkpoint.",
        {"194": "Shelling/artillery/missile attack", "190": "Air/drone strike"},
    ),
    (
        "ar",
        "قصفت المدفعية السورية مواقع المعارضة في إدلب، بينما شنت طائرات مسيرة تركية غارة على "
        "حاجز لقسد",
        {"194": "Shelling/artillery/missile attack", "195": "Air/drone strike"},
    ),
    (
        "en",
        "Syrian army artillery shelled rebel positions in Idlib, whereas Turkish drones struck "
        "an SDF checkpoint.",
        {"194": "Shelling/artillery/missile attack", "190": "Air/drone strike"},
    ),
    (
        "ar",
        "قصفت المدفعية السورية مواقع المعارضة في إدلب، في حين شنت طائرات مسيرة تركية غارة على "
        "حاجز لقسد",
        {"194": "Shelling/artillery/missile attack", "195": "Air/drone strike"},
    ),
    # an ambush is a clash; the warplanes of the next clause do not make it an air strike
    (
        "ar",
        "نصب المتمردون كمينا لرتل للجيش؛ وقصفت الطائرات الحكومية مواقعهم",
        {"190": "Armed clash", "194": "Air/drone strike"},
    ),
    (
        "en",
        "Rebels ambushed an army convoy; government warplanes bombed their positions.",
        {"190": "Armed clash", "195": "Air/drone strike"},
    ),
    # a capture word types its own clause's event: the army's shelling regains nothing
    (
        "en",
        "Rebels captured the town of Kafr Nabl, and the army shelled it with artillery.",
        {"192": "Non-state actor overtakes territory", "194": "Shelling/artillery/missile attack"},
    ),
    (
        "ar",
        "سيطر تنظيم داعش على قرية هجين، وقصفت المدفعية السورية مواقعه",
        {"192": "Non-state actor overtakes territory", "194": "Shelling/artillery/missile attack"},
    ),
    # a protest named in another clause is the sentence's context
    (
        "en",
        "Protesters marched in Khartoum, and security forces opened fire on the demonstrators, "
        "killing three.",
        {"141": "Excessive force against protesters", "193": "Excessive force against protesters"},
    ),
    (
        "ar",
        "تظاهر محتجون في الخرطوم، وأطلقت قوات الأمن النار على المتظاهرين ما أدى إلى مقتل ثلاثة",
        {"141": "Excessive force against protesters", "193": "Excessive force against protesters"},
    ),
    # a clause that tells only the dead reads the sentence's means
    (
        "ar",
        "قصفت الطائرات الإسرائيلية منزلا في رفح، وقتل خمسة مدنيين",
        {"194": "Air/drone strike", "190": "Air/drone strike"},
    ),
    # one clause: every event reads the whole of it
    (
        "en",
        "Police fired tear gas at protesters who had blocked the road.",
        {"175": "Protest with intervention", "144": "Protest with intervention"},
    ),
    # seizing a ship or soldiers (181) takes no territory
    (
        "en",
        "Houthi rebels captured a cargo ship in the Red Sea.",
        {"181": "Abduction/forced disappearance"},
    ),
    (
        "ar",
        "الحوثيون سيطروا على سفينة شحن في البحر الأحمر",
        {"181": "Abduction/forced disappearance"},
    ),
    (
        "en",
        "Houthi rebels seized an oil tanker in the Red Sea.",
        {"181": "Abduction/forced disappearance"},
    ),
    (
        "ar",
        "استولى الحوثيون على ناقلة نفط في البحر الأحمر",
        {"181": "Abduction/forced disappearance"},
    ),
    (
        "en",
        "Islamic State militants captured five Iraqi soldiers near Mosul.",
        {"181": "Abduction/forced disappearance"},
    ),
    # an abduction takes people by no remote weapon: the bomb or the warplanes beside it are
    # another event's means
    (
        "en",
        "Gunmen kidnapped two engineers after a roadside bomb hit their convoy near Kirkuk.",
        {"181": "Abduction/forced disappearance"},
    ),
    (
        "ar",
        "اختطف مسلحون مهندسين اثنين بعد انفجار عبوة ناسفة بقافلتهم قرب كركوك",
        {"181": "Abduction/forced disappearance"},
    ),
    (
        "en",
        "Militants abducted three aid workers as warplanes bombed the area.",
        {"181": "Abduction/forced disappearance", "195": "Air/drone strike"},
    ),
    (
        "ar",
        "خطف مسلحون ثلاثة من عمال الإغاثة بينما كانت الطائرات تقصف المنطقة",
        {"181": "Abduction/forced disappearance", "194": "Air/drone strike"},
    ),
    # the dead "falling" (سقوط قتلى) is no town falling: an attack on soldiers is a clash
    (
        "ar",
        "هاجم مسلحون من داعش حاجزا للجيش العراقي في الأنبار ما أدى إلى سقوط قتلى",
        {"190": "Armed clash"},
    ),
    (
        "en",
        "Islamic State militants attacked an Iraqi army checkpoint in Anbar, leaving several dead.",
        {"190": "Armed clash"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLAUSES)
def test_each_event_typed_by_its_clause(shipped, lang, text, expected):
    events = code_text(text, shipped, lang=lang)
    assert {e.code: e.acled_sub_event_type for e in events} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A fired rockets, and B struck; C fled.", [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2]),
        ("en", "A fired rockets, killing two.", [0] * 7),
        ("ar", "أطلق أ صواريخ، وشنت ب غارات", [0, 0, 0, 0, 1, 1, 1]),
        ("ar", "قصف أ، بينما قصف ب", [0, 0, 0, 1, 1, 1]),
        ("ar", "قصف أ، في حين قصف ب", [0, 0, 0, 1, 1, 1, 1]),
        ("en", "A shelled B, whereas C struck D", [0, 0, 0, 0, 1, 1, 1, 1]),
        # a comma before a word that merely starts with و opens a clause too (وزير): a clause
        # break only matters between two events' triggers
        ("ar", "قصف أ البلدة، وزير", [0, 0, 0, 0, 1]),
    ],
)
def test_clause_numbers(lang, text, expected):
    assert clause_numbers(tokenize(text, 0), lang) == expected
