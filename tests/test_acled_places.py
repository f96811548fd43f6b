"""ACLED places: an event near a town is placed at the town with geo_precision 2; rows carry the
country's ISO 3166 numeric code and ACLED region."""

from __future__ import annotations

import pytest

from khaldun.acled import primary_event
from khaldun.event_places import place_of
from khaldun.match import find_spans
from khaldun.normalize import tokenize
from khaldun.pipeline import code_text
from khaldun.writers_acled import acled_record

NEAR = [
    ("en", "Turkish drones struck an SDF checkpoint near Ain Issa.", "Ain Issa", 2),
    ("ar", "قصفت القوات التركية مواقع لقسد قرب عين عيسى.", "Ain Issa", 2),
    ("ar", "استهدفت طائرة مسيرة تركية حاجزا لقسد بالقرب من عين عيسى.", "Ain Issa", 2),
    ("en", "An IED exploded outside Kirkuk, killing a policeman.", "Kirkuk", 2),
    (
        "ar",
        "انفجرت عبوة ناسفة بدورية للشرطة العراقية في محيط كركوك ما أدى إلى مقتل شرطي.",
        "Kirkuk",
        2,
    ),
    ("en", "ISIS militants attacked an army post on the outskirts of Kirkuk.", "Kirkuk", 2),
    ("en", "Turkish drones struck an SDF checkpoint in Ain Issa.", "Ain Issa", 1),
    ("ar", "انفجرت عبوة ناسفة بدورية للشرطة العراقية في كركوك ما أدى إلى مقتل شرطي.", "Kirkuk", 1),
]


@pytest.mark.parametrize(("lang", "text", "name", "precision"), NEAR)
def test_near_a_town_is_precision_2(shipped, lang, text, name, precision):
    event = primary_event(shipped.acled, code_text(text, shipped, lang=lang))
    assert event is not None and event.place is not None
    assert event.place.name == name
    assert event.place.precision == precision


@pytest.mark.parametrize(
    ("lang", "text", "iso", "region", "country"),
    [
        (
            "en",
            "Turkish drones struck an SDF checkpoint near Ain Issa.",
            760,
            "Middle East",
            "Syria",
        ),
        ("ar", "قصفت القوات التركية مواقع لقسد قرب عين عيسى.", 760, "Middle East", "Syria"),
        ("en", "Gunmen killed 5 civilians in a village near Gao.", 466, "Western Africa", "Mali"),
        ("ar", "قتل مسلحون خمسة مدنيين في قرية قرب غاو.", 466, "Western Africa", "Mali"),
        (
            "en",
            "Russian forces shelled Ukrainian army positions in Kherson.",
            804,
            "Europe",
            "Ukraine",
        ),
    ],
)
def test_acled_rows_carry_iso_and_region(shipped, lang, text, iso, region, country):
    event = primary_event(shipped.acled, code_text(text, shipped, lang=lang))
    row = acled_record(event, shipped.country_names)
    assert (row["iso"], row["region"], row["country"]) == (iso, region, country)


def test_an_unidentified_armed_group_is_named_for_the_country(shipped):
    text = "قتل مسلحون خمسة مدنيين في قرية قرب غاو."
    event = primary_event(shipped.acled, code_text(text, shipped, lang="ar"))
    assert acled_record(event, shipped.country_names)["actor1"] == "Unidentified Armed Group (Mali)"


def test_every_country_with_a_region_has_an_iso_code(shipped):
    countries = shipped.acled.countries
    assert len(countries) > 200
    assert countries["SYR"].iso == 760 and countries["WSB"].region == "Middle East"
    assert {c.region for c in countries.values()} >= {"Northern Africa", "Eastern Africa", "Europe"}


@pytest.mark.parametrize(
    ("lang", "text", "name", "inter1"),
    [
        ("en", "Russian forces shelled residential districts of Kharkiv, killing 3 civilians.",
         "Kharkiv", 8),
        ("ar", "قصفت القوات الروسية أحياء خاركيف السكنية ما أدى إلى مقتل ثلاثة مدنيين.",
         "Kharkiv", 8),
        ("en", "Ankara shelled PKK positions, killing 3 fighters.", None, 1),  # the capital acts
        ("ar", "قصفت أنقرة مواقع حزب العمال الكردستاني ما أدى إلى مقتل ثلاثة مقاتلين.", None, 1),
    ],
)  # fmt: skip
def test_an_untied_event_is_placed_at_the_sentences_one_place(shipped, lang, text, name, inter1):
    event = primary_event(shipped.acled, code_text(text, shipped, lang=lang))
    assert (event.place.name if event.place else None) == name
    assert acled_record(event, shipped.country_names)["inter1"] == inter1


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Syrian warplanes struck HTS positions in Maarat al-Numan.", "Maarat al-Numan"),
        ("ar", "قصفت الطائرات السورية مواقع الهيئة في معرة النعمان.", "Maarat al-Numan"),
        ("en", "A suicide bomber attacked a police checkpoint in Kabul.", "Kabul"),
        ("ar", "فجر انتحاري من تنظيم داعش نفسه في كابول.", "Kabul"),
        ("ar", "قصفت الطائرات الحربية مواقع في سرت.", "Sirte"),
        # towns of the whole world have their Arabic name, in the press spelling where GeoNames
        # has another one
        ("ar", "تظاهر مئات الطلاب الإيطاليين في نابولي.", "Naples"),
        ("en", "Hundreds of Italian students protested in Naples.", "Naples"),
        ("ar", "قتل خمسة أشخاص في انفجار عبوة ناسفة في كراتشي.", "Karachi"),
        ("ar", "هاجم مسلحون مركزا للشرطة في إقليم بلوشستان.", "Balochistan"),
        ("ar", "اعتقلت الشرطة الألمانية ثلاثة أشخاص في ميونيخ.", "Munich"),
    ],
)  # fmt: skip
def test_press_names_of_places(shipped, lang, text, name):
    event = primary_event(shipped.acled, code_text(text, shipped, lang=lang))
    assert event is not None and event.place is not None and event.place.name == name


@pytest.mark.parametrize(("lang", "name"), [("en", "Kirkuk"), ("ar", "كركوك")])
def test_a_gazetteer_place_carries_its_country_iso_code_and_region(shipped, lang, name):
    spans = find_spans(tokenize(name), shipped.languages[lang])
    place = place_of(shipped, next(s.hit.index for s in spans if s.hit.kind == "place"))
    assert (place.name, place.country, place.iso, place.region) == (
        "Kirkuk",
        "IRQ",
        368,
        "Middle East",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a world town whose one Arabic name is a common word or a first name is left out
        ("ar", "قصفت الطائرات مواقع المسلحين ليل الأحد."),  # Lille
        ("ar", "وهاجمت القوات مقرا هاما للمسلحين."),  # Hamm
        ("ar", "وقال فلاديمير إن الجيش هاجم القرية."),  # Vladimir
    ],
)
def test_common_words_are_no_world_towns(shipped, lang, text):
    spans = find_spans(tokenize(text), shipped.languages[lang])
    assert [s for s in spans if s.hit.kind == "place"] == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # a town an attack strikes is where it happened, though the town also names an actor
        ("en", "Russian forces shelled Mogadishu on Monday.", "Mogadishu"),
        ("ar", "قصفت القوات الروسية مقديشو يوم الاثنين", "Mogadishu"),
        ("en", "Israeli warplanes struck Damascus at dawn.", "Damascus"),
        ("ar", "قصفت الطائرات الحربية الإسرائيلية دمشق فجر اليوم", "Damascus"),
        # ... a country struck is no town: the event stays unplaced
        ("en", "Israeli warplanes struck Syria at dawn.", None),
        ("ar", "قصفت الطائرات الحربية الإسرائيلية سوريا فجر اليوم", None),
        # ... and a capital that is only spoken of is who, not where
        ("en", "The US condemned Moscow on Monday.", None),
        ("ar", "أدانت واشنطن موسكو يوم الاثنين", None),
        # a place noun between the locative and the name keeps the name tied to the event,
        # and the nearer town wins over the province after it
        (
            "en",
            "Air strikes killed 13 civilians in the town of Kafranbel in Idlib province.",
            "Kafranbel",
        ),
        ("ar", "قتل 13 مدنيا في غارات جوية على بلدة كفرنبل في محافظة إدلب", "Kafranbel"),
        ("en", "Gunmen killed three soldiers near the village of Kafranbel.", "Kafranbel"),
        ("ar", "قتل مسلحون ثلاثة جنود قرب قرية كفرنبل", "Kafranbel"),
        # a march through a city, in its centre, in its streets: the city
        ("en", "Protesters marched through central Paris on Saturday.", "Paris"),
        ("ar", "سار المتظاهرون في شوارع وسط باريس يوم السبت", "Paris"),
        ("en", "Thousands of people rallied in the streets of Khartoum.", "Khartoum"),
        ("ar", "جاب آلاف المتظاهرين شوارع الخرطوم", "Khartoum"),
        # a capital in the press spelling the codebook gives it is its city too
        ("en", "Police clashed with protesters in Nairobi on Tuesday.", "Nairobi"),
        ("ar", "اشتبكت الشرطة مع متظاهرين في نيروبي يوم الثلاثاء", "Nairobi"),
        ("en", "Soldiers opened fire on protesters in Conakry.", "Conakry"),
        ("ar", "أطلق جنود النار على متظاهرين في كوناكري", "Conakry"),
        # a country's place (in Nigeria's Kaduna state) is the more precise: the place it
        # owns; Arabic names the country after the place (مدينة كادونا النيجيرية)
        ("en", "Gunmen abducted 15 workers in Nigeria's Kaduna state.", "Kaduna State"),
        ("ar", "خطف مسلحون 15 عاملا في مدينة كادونا النيجيرية", "Kaduna"),
        ("en", "Turkish drones struck a car in Syria’s northern province of Idlib.", "Idlib"),
        ("ar", "استهدفت مسيرات تركية سيارة في محافظة إدلب السورية", "Idlib Governorate"),
        ("en", "Police arrested 20 protesters in Kenya's capital Nairobi.", "Nairobi"),
        ("ar", "اعتقلت الشرطة 20 متظاهرا في العاصمة الكينية نيروبي", "Nairobi"),
        ("en", "Gunmen attacked a checkpoint in Syria's border region with Turkey.", "Syria"),
    ],
)
def test_the_place_an_event_is_tied_to(shipped, lang, text, name):
    events = code_text(text, shipped, lang=lang)
    assert events, text
    assert {e.place.name if e.place else None for e in events} == {name}
