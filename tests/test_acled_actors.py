"""ACLED actors: state forces outside their own country are external forces (inter 8); actor 1
and actor 2 in ACLED's order (civilians actor 2, protesters actor 1 of a protest, an unknown
perpetrator an "Unidentified Armed Group (Country)")."""

from __future__ import annotations

import csv
import io

import pytest

from khaldun.acled import primary_event
from khaldun.pipeline import code_text
from khaldun.writers import make_writer
from khaldun.writers_acled import acled_record

EXTERNAL = [
    ("en", "Turkish drones struck an SDF checkpoint near Ain Issa, killing 2 SDF fighters.", 8),
    ("ar", "قصفت القوات التركية مواقع لقسد قرب عين عيسى.", 8),
    ("en", "Russian forces shelled Ukrainian army positions in Kherson.", 8),
    ("ar", "قصفت القوات الروسية مواقع للجيش الأوكراني في خيرسون.", 8),
    ("en", "Syrian army forces shelled HTS positions in Idlib.", 1),
    ("ar", "قصفت القوات السورية مواقع هيئة تحرير الشام في إدلب.", 1),
    ("en", "Turkish forces shelled PKK positions.", 1),  # no place: the inter type stays
]


def _row(book, text: str, lang: str) -> dict[str, object]:
    event = primary_event(book.acled, code_text(text, book, lang=lang))
    assert event is not None
    return acled_record(event, book.country_names)


@pytest.mark.parametrize(("lang", "text", "inter1"), EXTERNAL)
def test_state_forces_abroad_are_external_forces(shipped, lang, text, inter1):
    assert _row(shipped, text, lang)["inter1"] == inter1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iraqi police arrested 20 protesters in Baghdad."),
        ("ar", "اعتقلت الشرطة العراقية 20 متظاهرا في بغداد."),
    ],
)
def test_protesters_are_actor_1_of_a_protest(shipped, lang, text):
    row = _row(shipped, text, lang)
    assert row["event_type"] == "Protests"
    assert row["inter1"] == 6 and row["inter2"] == 1 and row["interaction"] == 16


@pytest.mark.parametrize(
    ("lang", "text", "event_type", "inter1", "location"),
    [
        # civilians who demonstrate are protesters, who riot rioters (ACLED's actor types)
        ("en", "Hundreds of students protested outside the ministry in Baghdad.", "Protests", 6,
         "Baghdad"),
        ("ar", "تظاهر مئات العمال أمام وزارة العمل في بغداد.", "Protests", 6, "Baghdad"),
        ("en", "Angry students stormed the provincial council building in Basra.", "Riots", 5,
         "Basra"),
        ("ar", "اقتحم طلاب غاضبون مبنى مجلس المحافظة في البصرة.", "Riots", 5, "Basra"),
        # a place that ends an actor's name after a locative is still where it happened
        ("en", "The students in Baghdad protested against the power cuts.", "Protests", 6,
         "Baghdad"),
    ],
)  # fmt: skip
def test_civilians_who_demonstrate_are_protesters(
    shipped, lang, text, event_type, inter1, location
):
    row = _row(shipped, text, lang)
    assert (row["event_type"], row["inter1"], row["location"]) == (event_type, inter1, location)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An IED exploded in Kirkuk, killing a policeman."),
        ("ar", "انفجرت عبوة ناسفة بدورية للشرطة العراقية في كركوك ما أدى إلى مقتل شرطي."),
    ],
)
def test_an_unknown_perpetrator_is_an_unidentified_armed_group(shipped, lang, text):
    row = _row(shipped, text, lang)
    assert row["actor1"] == "Unidentified Armed Group (Iraq)" and row["inter1"] == 3


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An angry mob lynched two men in Maiduguri."),  # the mob, read as the target
        ("ar", "هاجم مثيرو الشغب الشرطة في البصرة."),
    ],
)
def test_rioters_are_actor_1_of_a_riot(shipped, lang, text):
    row = _row(shipped, text, lang)
    assert row["event_type"] == "Riots"
    assert row["inter1"] == 5


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Turkish forces and Turkish-backed factions shelled SDF positions near Manbij, "
         "killing 3 fighters."),
        ("ar", "قصفت القوات التركية والفصائل الموالية لتركيا مواقع لقسد قرب منبج ما أسفر عن مقتل "
         "ثلاثة مقاتلين."),
    ],
)  # fmt: skip
def test_one_acled_row_a_report_with_associated_actors(shipped, lang, text):
    events = code_text(text, shipped, lang=lang)
    assert len([e for e in events if e.acled_event_type]) >= 2
    stream = io.StringIO()
    writer = make_writer("acled", stream, True, shipped.country_names)
    for event in events:
        writer.write(event)
    writer.close()
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert len(rows) == 1
    row = rows[0]
    assert row["actor1"] == "Military Forces of Turkey"
    assert row["assoc_actor_1"] and row["assoc_actor_1"] != row["actor1"]
    assert row["actor2"].startswith("SDF") and row["fatalities"] == "3"
