"""ACLED fatalities per report: a sentence's dead are counted once, however many events it
yields; a suicide bomb counts the bomber."""

from __future__ import annotations

import pytest

from khaldun.acled import primary_event
from khaldun.pipeline import code_text
from khaldun.writers_acled import acled_record

SEVERAL_EVENTS = [
    (
        "en",
        "Turkish forces and Syrian factions attacked the village of Jinderes, killing 5 civilians.",
        5,
    ),
    (
        "ar",
        "هاجمت القوات التركية والفصائل الموالية لتركيا قرية قرب عفرين ما أسفر عن مقتل خمسة مدنيين.",
        5,
    ),
    (
        "en",
        "Turkish forces and Syrian factions shelled SDF positions near Manbij, killing 3 fighters.",
        3,
    ),
    (
        "ar",
        "قصفت القوات التركية والفصائل الموالية لتركيا مواقع لقسد قرب منبج "
        "ما أسفر عن مقتل ثلاثة مقاتلين.",
        3,
    ),
]


@pytest.mark.parametrize(("lang", "text", "dead"), SEVERAL_EVENTS)
def test_a_sentence_counts_its_dead_once(shipped, lang, text, dead):
    events = code_text(text, shipped, lang=lang)
    assert len(events) >= 2
    assert sum(e.fatalities or 0 for e in events) == dead
    assert primary_event(shipped.acled, events).fatalities == dead


@pytest.mark.parametrize(
    ("lang", "text", "dead"),
    [
        ("en", "The ministry announced on Sunday the killing of five ISIS fighters.", 5),
        ("ar", "أعلنت الوزارة اليوم الأحد مقتل خمسة من عناصر داعش", 5),
        # Monday, الاثنين, is also "the two": a day's name is never a figure
        (
            "en",
            "Al Shabaab stormed a base in Lower Shabelle on Monday, killing seven soldiers.",
            7,
        ),
        (
            "ar",
            "هاجم مسلحو حركة الشباب قاعدة في شبيلي السفلى يوم الاثنين، ما أدى إلى مقتل سبعة جنود",
            7,
        ),
        ("en", "Gunmen killed 9 villagers near Mopti on Monday.", 9),
        ("ar", "قتل مسلحون 9 قرويين قرب موبتي الإثنين", 9),
        # ... while two, اثنين, still is
        ("ar", "قتل مسلحون اثنين من الجنود قرب موبتي يوم الاثنين", 2),
    ],
)
def test_a_weekday_is_no_figure_of_the_dead(shipped, lang, text, dead):
    events = code_text(text, shipped, lang=lang)
    assert events and {e.fatalities for e in events} == {dead}


SUICIDE = [
    ("en", "A suicide bomber attacked a police checkpoint in Baghdad, killing 5 policemen.", 6),
    ("ar", "فجر انتحاري نفسه عند حاجز للشرطة في كركوك ما أسفر عن مقتل خمسة منهم.", 6),
    (
        "en",
        "A suicide bomber attacked a police checkpoint in Baghdad, killing 6 people including "
        "the bomber.",
        6,
    ),
    (
        "ar",
        "فجر انتحاري نفسه عند حاجز للشرطة في كركوك ما أسفر عن مقتل ستة أشخاص بينهم الانتحاري.",
        6,
    ),
    ("en", "A suicide bomber attacked a police checkpoint in Baghdad.", 1),
    ("ar", "فجر انتحاري نفسه عند حاجز للشرطة في كركوك.", 1),
]


@pytest.mark.parametrize(("lang", "text", "dead"), SUICIDE)
def test_a_suicide_bomb_counts_the_bomber(shipped, lang, text, dead):
    event = primary_event(shipped.acled, code_text(text, shipped, lang=lang))
    assert event is not None and event.acled_sub_event_type == "Suicide bomb"
    assert event.fatalities == dead


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A suicide bomber attacked a police checkpoint in Baghdad, killing 5 policemen."),
        ("ar", "هاجم انتحاري حاجزا للشرطة العراقية في بغداد ما أسفر عن مقتل خمسة من عناصر الشرطة."),
    ],
)
def test_an_unnamed_suicide_bomber_is_an_unidentified_armed_group(shipped, lang, text):
    event = primary_event(shipped.acled, code_text(text, shipped, lang=lang))
    row = acled_record(event, shipped.country_names)
    assert row["actor1"] == "Unidentified Armed Group (Iraq)" and row["inter1"] == 3


@pytest.mark.parametrize(
    ("lang", "text", "dead"),
    [
        # the executed are dead; a death sentence has killed no one yet
        ("en", "Iran executed three men convicted of murder.", 3),
        ("ar", "أعدمت السلطات الإيرانية ثلاثة رجال أدينوا بالقتل", 3),
        ("en", "The Houthis executed nine people in Tahrir Square.", 9),
        ("ar", "أعدم الحوثيون تسعة أشخاص في ميدان التحرير", 9),
        ("ar", "أعدمت السلطات الإيرانية 12 سجينا بينهم امرأة", 12),
        ("en", "An Iranian court sentenced three men to death.", None),
        ("ar", "قضت محكمة إيرانية بإعدام ثلاثة رجال", None),
    ],
)
def test_the_executed_are_dead(shipped, lang, text, dead):
    event = primary_event(shipped.acled, code_text(text, shipped, lang=lang))
    assert event is not None
    assert event.fatalities == dead


def test_a_dual_passive_of_convicted_is_no_condemnation(shipped):
    events = code_text("أعدمت السلطات الإيرانية رجلين أدينا بالقتل", shipped, lang="ar")
    assert sorted(e.code for e in events) == ["1823"]


@pytest.mark.parametrize(
    ("lang", "text", "dead"),
    [
        # the dead of the event a reference word names are an earlier event's, not this one's
        (
            "en",
            "Hezbollah fired rockets at northern Israel in response to the killing of one of "
            "its commanders.",
            None,
        ),
        ("ar", "أطلق حزب الله صواريخ على شمال إسرائيل ردا على مقتل أحد قادته.", None),
        ("en", "Troops shelled the village after the killing of two soldiers.", None),
        ("ar", "قصفت القوات القرية بعد مقتل جنديين.", None),
        # ... and the sentence's own dead still count
        ("en", "Troops shelled the village, killing two civilians.", 2),
        ("ar", "قصفت القوات القرية ما أسفر عن مقتل مدنيين اثنين.", 2),
        # ... as do those an English participle after "after" tells: the subject's own deed
        ("en", "Gunmen opened fire after killing two soldiers.", 2),
        # ... and a reference word after the killed word refers to nothing of it
        ("en", "Israeli strikes killed 35 Palestinians during the past 24 hours.", 35),
        (
            "ar",
            "أسفرت الغارات الإسرائيلية عن مقتل 35 فلسطينيا خلال الساعات الأربع والعشرين الماضية.",
            35,
        ),
    ],
)
def test_the_dead_of_a_referred_event_are_not_counted(shipped, lang, text, dead):
    events = code_text(text, shipped, lang=lang)
    assert events, text
    assert primary_event(shipped.acled, events).fatalities == dead


@pytest.mark.parametrize(
    ("lang", "text", "dead"),
    [
        # the figures of one list add up, after "and" or the clitic و on the number ...
        ("en", "Gunmen killed two soldiers, three policemen and four civilians.", 9),
        ("ar", "قتل مسلحون 2 من الجنود و3 مدنيين", 5),
        # ... a part of them is no more dead ...
        ("en", "Gunmen killed 5 people, including 2 children.", 5),
        ("ar", "قتل مسلحون 5 أشخاص بينهم 2 من الأطفال", 5),
        # ... and a figure a further verb counts is not theirs
        (
            "en",
            "Armed men stormed a police station, killing two officers and freeing several "
            "detainees.",
            2,
        ),
        ("ar", "اقتحم مسلحون مركزا للشرطة وقتلوا شرطيين اثنين وأطلقوا سراح 7 معتقلين", 2),
    ],
)
def test_the_figures_of_a_list(shipped, lang, text, dead):
    events = code_text(text, shipped, lang=lang)
    assert events, text
    assert primary_event(shipped.acled, events).fatalities == dead


@pytest.mark.parametrize(
    ("lang", "text", "dead"),
    [
        # one person, the verb's object after its subject (Arabic VSO, accusative) ...
        ("ar", "أعدمت السلطات الإيرانية رجلا أدين بالتجسس", 1),
        ("en", "Iranian authorities executed a man convicted of spying.", 1),
        ("ar", "قتلت القوات الإسرائيلية شابا فلسطينيا قرب نابلس", 1),
        ("en", "Israeli forces killed a young Palestinian man near Nablus.", 1),
        # ... or right after the verb (SVO)
        ("ar", "مسلحون قتلوا شرطيا في بغداد", 1),
        ("en", "Gunmen killed a policeman in Baghdad.", 1),
    ],
)
def test_one_person_killed_counts_one(shipped, lang, text, dead):
    events = code_text(text, shipped, lang=lang)
    assert events, text
    assert primary_event(shipped.acled, events).fatalities == dead
