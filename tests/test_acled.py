"""The ACLED layer: event types from CAMEO codes, inter types and cue words; fatalities; ACLED
and Phoenix output. The notes are written for these tests in ACLED's style."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from khaldun.models import Token
from khaldun.normalize import tokenize
from khaldun.pipeline import code_text
from khaldun.writers import make_writer
from khaldun.writers_acled import ACLED_COLUMNS, PHOENIX_COLUMNS

REFERENCE = next(  # ../shared/reference beside the checkout (or a worktree of it)
    (
        p / "shared" / "reference"
        for p in Path(__file__).resolve().parents[1:]
        if (p / "shared" / "reference").is_dir()
    ),
    Path("shared") / "reference",
)

EN = [
    (
        "On 3 March 2022, Turkish drones struck an SDF checkpoint near Ain Issa, "
        "killing 2 SDF fighters.",
        "Air/drone strike",
        2,
    ),
    (
        "On 5 May 2023, Syrian army forces recaptured the town of Saraqib from HTS after "
        "heavy fighting.",
        "Government regains territory",
        0,
    ),
    (
        "On 9 June 2014, ISIS fighters seized control of the village of Hajin.",
        "Non-state actor overtakes territory",
        0,
    ),
    (
        "On 12 April 2021, SDF fighters clashed with ISIS militants near Deir ez-Zor, "
        "killing 4 ISIS militants.",
        "Armed clash",
        4,
    ),
    (
        "On 2 October 2019, Iraqi police fired live ammunition at protesters in Basra, "
        "killing 3 protesters.",
        "Excessive force against protesters",
        3,
    ),
    (
        "On 4 October 2019, Iraqi police arrested 20 protesters in Baghdad.",
        "Protest with intervention",
        0,
    ),
    ("Police dispersed protesters with tear gas in Baghdad.", "Protest with intervention", 0),
    (
        "On 1 November 2019, protesters demonstrated in Baghdad against corruption.",
        "Peaceful protest",
        0,
    ),
    (
        "On 28 November 2019, rioters set fire to government buildings in Nasiriyah.",
        "Violent demonstration",
        0,
    ),
    ("An angry mob attacked civilians in Sulaymaniyah.", "Mob violence", 0),
    (
        "On 7 August 2017, Syrian army shelled HTS positions in Idlib with artillery, "
        "killing five fighters.",
        "Shelling/artillery/missile attack",
        5,
    ),
    (
        "On 14 July 2020, an IED exploded targeting a Syrian army patrol in Daraa, "
        "killing 4 soldiers and wounding 6.",
        "Remote explosive/landmine/IED",
        4,
    ),
    (
        "On 21 January 2021, a suicide bomber attacked a police checkpoint in Baghdad, "
        "killing at least 5 policemen.",
        "Suicide bomb",
        6,  # the bomber counts
    ),
    ("On 3 June 2022, gunmen killed 3 civilians in Daraa.", "Attack", 3),
    (
        "On 10 February 2016, ISIS militants abducted 10 civilians near Palmyra.",
        "Abduction/forced disappearance",
        0,
    ),
    ("On 8 March 2017, Iraqi soldiers raped a woman in Mosul.", "Sexual violence", 0),
    (
        "On 10 March 2019, the Syrian government and the SDF signed an agreement in Qamishli.",
        "Agreement",
        0,
    ),
    ("On 22 June 2018, Iraqi police arrested the ISIS leader in Mosul.", "Arrests", 0),
    (
        "On 30 June 2019, Hezbollah militants looted shops in Qusayr.",
        "Looting/property destruction",
        0,
    ),
    (
        "On 4 April 2017, Syrian warplanes attacked Khan Shaykhun with sarin, "
        "killing dozens of civilians.",
        "Chemical weapon",
        12,
    ),
    (
        "On 6 May 2021, gunmen threw a grenade at a police station in Karachi, "
        "wounding 3 policemen.",
        "Grenade",
        0,
    ),
    (
        "Iraqi forces seized a weapons cache belonging to ISIS in Anbar.",
        "Disrupted weapons use",
        0,
    ),
    ("Syrian air defences shot down Israeli missiles over Damascus.", "Disrupted weapons use", 0),
    (
        "Turkish forces took over positions in Manbij without a fight after the withdrawal "
        "of the SDF.",
        "Non-violent transfer of territory",
        0,
    ),
    (
        "On 2 January 2020, Iraqi forces attacked ISIS fighters near Kirkuk, "
        "killing twenty-five fighters.",
        "Armed clash",
        25,
    ),
    (
        "On 5 September 2018, Turkish warplanes bombed villages near Kobani, "
        "killing between 3 and 6 civilians.",
        "Air/drone strike",
        3,
    ),
    # an opposition figure arrested where no protest is named: an arrest; protesters arrested
    ("Police arrested the opposition leader at his home early on Tuesday.", "Arrests", 0),
    ("Police arrested 20 protesters in Khartoum.", "Protest with intervention", 0),
    # force against the opposition is force against protesters only where a protest is named
    ("Russian aircraft bombed opposition positions in Idlib.", "Air/drone strike", 0),
    ("Security forces shot opposition supporters in Khartoum, killing two.", "Attack", 2),
    (
        "Police opened fire on opposition demonstrators in Khartoum, killing two.",
        "Excessive force against protesters",
        2,
    ),
]

AR = [
    (
        "شنت طائرة مسيرة تركية غارة جوية على موقع لقسد قرب عين عيسى ما أسفر عن مقتل ثلاثة مقاتلين.",
        "Air/drone strike",
        3,
    ),
    (
        "سيطر الجيش السوري على بلدة سراقب بعد معارك مع هيئة تحرير الشام.",
        "Government regains territory",
        0,
    ),
    ("سيطر تنظيم داعش على قرية هجين.", "Non-state actor overtakes territory", 0),
    ("اشتبكت قسد مع داعش قرب دير الزور وسقط عشرات القتلى.", "Armed clash", 12),
    (
        "أطلقت الشرطة العراقية الرصاص الحي على المتظاهرين في البصرة ما أدى إلى مقتل ٣ متظاهرين.",
        "Excessive force against protesters",
        3,
    ),
    ("اعتقلت الشرطة العراقية 20 متظاهرا في بغداد.", "Protest with intervention", 0),
    (
        "فرقت الشرطة العراقية المتظاهرين بالغاز المسيل للدموع في بغداد.",
        "Protest with intervention",
        0,
    ),
    ("تظاهر محتجون في بغداد ضد الفساد.", "Peaceful protest", 0),
    ("أحرق مثيرو الشغب مباني حكومية في الناصرية.", "Violent demonstration", 0),
    (
        "قصفت القوات السورية بالمدفعية مواقع هيئة تحرير الشام في إدلب ما أدى إلى مقتل ٥ عناصر "
        "وإصابة ٧ آخرين.",
        "Shelling/artillery/missile attack",
        5,
    ),
    (
        "انفجرت عبوة ناسفة بدورية للجيش السوري في درعا ما أسفر عن مقتل أربعة جنود.",
        "Remote explosive/landmine/IED",
        4,
    ),
    (
        "هاجم انتحاري حاجزا للشرطة العراقية في بغداد ما أسفر عن مقتل خمسة من عناصر الشرطة.",
        "Suicide bomb",
        6,  # the bomber counts
    ),
    ("قتل مسلحون ثلاثة مدنيين في درعا.", "Attack", 3),
    ("خطف مسلحون من داعش عشرة مدنيين قرب تدمر.", "Abduction/forced disappearance", 0),
    ("اغتصب جنود عراقيون امرأة في الموصل.", "Sexual violence", 0),
    ("وقعت الحكومة السورية وقسد اتفاقا في القامشلي.", "Agreement", 0),
    ("اعتقلت الشرطة العراقية زعيما في داعش في الموصل.", "Arrests", 0),
    ("استولى عناصر حزب الله على محلات في القصير.", "Looting/property destruction", 0),
    (
        "ألقى مسلحون قنبلة يدوية على مركز للشرطة العراقية في بغداد ما أدى إلى إصابة ثلاثة عناصر.",
        "Grenade",
        0,
    ),
    ("صادرت القوات العراقية أسلحة لداعش في الأنبار.", "Disrupted weapons use", 0),
    ("أسقطت الدفاعات الجوية السورية صواريخ إسرائيلية فوق دمشق.", "Disrupted weapons use", 0),
    ("انسحبت القوات التركية من نقطة مورك.", "Change to group/activity", 0),
    (
        "قصفت القوات التركية قرى قرب كوباني ما أدى إلى مقتل ثلاثين مدنيا.",
        "Shelling/artillery/missile attack",
        30,
    ),
    # an opposition figure arrested where no protest is named: an arrest; protesters arrested
    ("اعتقلت الشرطة زعيم المعارضة في منزله فجر الثلاثاء.", "Arrests", 0),
    ("اعتقلت الشرطة 20 متظاهرا في الخرطوم.", "Protest with intervention", 0),
    # force against the opposition is force against protesters only where a protest is named
    ("شنت الطائرات الروسية غارات على مواقع المعارضة في إدلب.", "Air/drone strike", 0),
    ("أطلقت قوات الأمن النار على أنصار المعارضة في الخرطوم ما أدى إلى مقتل اثنين.", "Attack", 2),
    (
        "أطلقت الشرطة النار على متظاهري المعارضة في الخرطوم ما أدى إلى مقتل اثنين.",
        "Excessive force against protesters",
        2,
    ),
]


def _top(book, events):
    """The sentence's ACLED event: the typed event highest in ACLED's hierarchy."""
    typed = [e for e in events if e.acled_sub_event_type]
    if not typed:
        return None
    return min(typed, key=lambda e: book.acled.types[e.acled_sub_event_type].rank)


@pytest.mark.parametrize(
    ("lang", "text", "sub_event_type", "fatalities"),
    [("en", *case) for case in EN] + [("ar", *case) for case in AR],
)
def test_acled_note(shipped, lang, text, sub_event_type, fatalities):
    event = _top(shipped, code_text(text, shipped, lang=lang))
    assert event is not None
    assert event.acled_sub_event_type == sub_event_type
    assert event.acled_event_type == shipped.acled.types[sub_event_type].event_type
    assert (event.fatalities or 0) == fatalities


def test_every_mapped_sub_event_type_is_tested_in_english(shipped):
    tested = {sub for _, sub, _ in EN}
    untested = {r.sub_event_type for r in shipped.acled.rules} - tested
    assert untested <= {"Headquarters or base established", "Change to group/activity", "Other"}


def test_verbal_events_have_no_acled_type(shipped):
    events = code_text("Turkey praised Qatar.", shipped, lang="en")
    assert events and all(not e.acled_event_type for e in events)


FATALITIES = [
    ("en", "Gunmen attacked the village, killing 7 people.", 7),
    ("en", "Gunmen attacked the village; 7 people were killed.", 7),
    ("en", "Gunmen attacked the village, killing seven and wounding 12.", 7),
    ("en", "Gunmen attacked the village, wounding 12 people.", None),
    ("en", "Gunmen attacked the village, killing at least 2 soldiers and 3 civilians.", 5),
    ("en", "Gunmen attacked the village, killing hundreds of people.", 100),
    ("en", "Gunmen attacked the village, killing several people.", 3),
    ("en", "Gunmen attacked the village, killing 5 to 8 people.", 5),
    ("en", "Gunmen attacked the village, killing a soldier.", 1),
    ("en", "On 3 March 2022 gunmen attacked the village.", None),
    ("ar", "هاجم مسلحون القرية ما أسفر عن مقتل 7 أشخاص.", 7),
    ("ar", "هاجم مسلحون القرية ما أسفر عن مقتل ٧ أشخاص وإصابة ١٢ آخرين.", 7),
    ("ar", "هاجم مسلحون القرية وسقط 5 قتلى و10 جرحى.", 5),
    ("ar", "هاجم مسلحون القرية ما أدى إلى إصابة ثلاثة أشخاص.", None),
    ("ar", "هاجم مسلحون القرية فلقي ثلاث نساء حتفهن.", 3),
    ("ar", "هاجم مسلحون القرية فلقي ثلاثة جنود أتراك مصرعهم.", 3),
    ("en", "Gunmen attacked the village and three Turkish soldiers lost their lives.", 3),
    ("ar", "هاجم مسلحون القرية فاستشهد شابان.", 2),  # a nominative dual
    ("en", "Gunmen attacked the village and two young men were killed.", 2),
    ("ar", "هاجم مسلحون القرية فلقي ثلاثة مدنيين حتفهم.", 3),
    ("ar", "هاجم مسلحون القرية ما أسفر عن مقتل عشرات المدنيين.", 12),
    ("ar", "هاجم مسلحون القرية ما أسفر عن مقتل مئات المدنيين.", 100),
    ("ar", "هاجم مسلحون القرية ما أسفر عن مقتل عدد من المدنيين.", 3),
    ("ar", "هاجم مسلحون القرية ما أسفر عن مقتل نحو عشرين شخصا.", 20),
    ("ar", "هاجم مسلحون القرية ما أسفر عن مقتل خمسة وعشرين شخصا.", 25),
    ("ar", "هاجم مسلحون القرية ما أسفر عن مقتل ما بين 10 و15 شخصا.", 10),
    ("ar", "هاجم مسلحون القرية ما أسفر عن مقتل ثلاثين مدنيا.", 30),
    ("en", "Gunmen clashed with soldiers near the village, killing 7 fighters on both sides.", 7),
    ("ar", "اشتبك مسلحون مع الجيش قرب القرية ما أسفر عن مقتل 7 مقاتلين من الطرفين.", 7),
    ("en", "An angry mob lynched two men accused of theft.", 2),
    ("ar", "هاجم مسلحون القرية ما أسفر عن مقتل شرطي وإصابة ثلاثة آخرين.", 1),
    ("ar", "هاجم مسلحون القرية ما أسفر عن مقتل جنديين.", 2),
    ("ar", "هاجم مسلحون القرية ما أسفر عن مقتل مدنيين.", None),  # a plural or a dual: no figure
    # a singular passive: one dead; executions count their dead
    ("en", "A Palestinian man was shot dead near Hebron.", 1),
    ("ar", "قتل رجل فلسطيني برصاص القوات الإسرائيلية قرب الخليل.", 1),
    ("en", "Palestinian men were shot dead near Hebron.", None),
    ("en", "Islamic State militants executed five men.", 5),
    # a killing verb with its subject on it, after the verb before it
    ("en", "Gunmen stormed the village and killed five policemen.", 5),
    ("ar", "اقتحم مسلحون القرية وقتلوا خمسة شرطيين.", 5),
    ("ar", "اقتحم مسلحون القرية وقتلوا خمسة من عناصر الشرطة.", 5),
    ("ar", "قتلت القوات الحكومية 7 متظاهرين في المدينة.", 7),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FATALITIES)
def test_fatalities(shipped, lang, text, expected):
    from khaldun.fatalities import sentence_fatalities

    tokens: list[Token] = tokenize(text)
    assert sentence_fatalities(shipped.acled, lang, tokens) == expected


def _write(book, fmt: str, text: str, lang: str = "en") -> str:
    stream = io.StringIO()
    writer = make_writer(fmt, stream, True, book.country_names)
    for event in code_text(text, book, lang=lang):
        writer.write(event)
    writer.close()
    return stream.getvalue()


NOTE = EN[0][0]


def test_acled_columns_follow_acled_order(shipped):
    reference = (REFERENCE / "acled_columns.txt").read_text().split()
    assert list(ACLED_COLUMNS) == reference
    rows = list(csv.DictReader(io.StringIO(_write(shipped, "acled", NOTE))))
    assert rows and list(rows[0]) == reference
    row = rows[0]
    assert row["sub_event_type"] == "Air/drone strike"
    assert row["notes"] == NOTE
    assert row["fatalities"] == "2"
    assert row["inter1"] == "8" and row["inter2"] == "2" and row["interaction"] == "28"
    assert row["country"] == "Syria" and row["event_id_cnty"].startswith("SYR")
    assert row["event_date"] == "2022-03-03" and row["time_precision"] == "1"


def test_acled_ids_are_stable(shipped):
    first = list(csv.DictReader(io.StringIO(_write(shipped, "acled", NOTE))))
    second = list(csv.DictReader(io.StringIO(_write(shipped, "acled", NOTE))))
    assert [r["event_id_cnty"] for r in first] == [r["event_id_cnty"] for r in second]


def test_acled_civilians_are_actor_2(shipped):
    text = "On 3 June 2022, gunmen killed 3 civilians in Daraa."
    row = next(csv.DictReader(io.StringIO(_write(shipped, "acled", text))))
    assert row["inter2"] == "7" and row["civilian_targeting"] == "Civilians targeted"


def test_phoenix_shape(shipped):
    lines = _write(shipped, "phoenix", NOTE).splitlines()
    assert lines
    cells = lines[0].split("\t")
    assert len(cells) == len(PHOENIX_COLUMNS) == 26
    assert cells[5] == "TURMIL" and cells[6] == "TUR" and cells[7] == "MIL"
    assert cells[13] == "190" and cells[15] == "4"


def test_native_csv_has_acled_types(shipped):
    row = next(csv.DictReader(io.StringIO(_write(shipped, "csv", NOTE))))
    assert row["acled_sub_event_type"] == "Air/drone strike"
    assert row["fatalities"] == "2"


def test_one_a_day_filter(shipped):
    from khaldun.filters import OneADay

    events = code_text(NOTE + " " + NOTE, shipped, lang="en")
    daily = OneADay()
    kept = [e for e in events if daily.keep(e)]
    assert len(kept) == 1 and daily.removed == len(events) - 1


@pytest.mark.parametrize("code", ["190", "195", "145", "0211", "040", "9999"])
def test_rules_indexed_by_code_are_the_rules_that_allow_it(shipped, code):
    acled = shipped.acled
    allowing = [r for r in acled.rules if not r.codes or any(code.startswith(c) for c in r.codes)]
    assert list(acled.rules_for(code)) == allowing
    assert all(r in acled.rules for r in acled.rules_for(code))
