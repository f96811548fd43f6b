"""Towns of conflict reporting in the gazetteer, in Arabic and English, and the names that are
also ordinary words (صور pictures, الباب the door, الخيام tents, Hit, Shire, Duma): guarded in
the gazetteer, they are places only after a locative or a place noun (في الباب، مدينة صور، the
town of Shire), never in their ordinary sense."""

from __future__ import annotations

import pytest

from khaldun.match import find_spans
from khaldun.normalize import tokenize
from khaldun.pipeline import code_text

# (lang, sentence, place, country, admin1): the event is placed there
PLACED = [
    ("ar", "قتل ثلاثة مدنيين بقصف مدفعي في تدمر", "Palmyra", "SYR", "Homs"),
    ("en", "Shelling killed three civilians in Palmyra.", "Palmyra", "SYR", "Homs"),
    ("ar", "قصفت طائرات حربية بلدة مضايا", "Madaya", "SYR", "Rif Dimashq"),
    ("en", "Russian jets bombed Madaya on Monday.", "Madaya", "SYR", "Rif Dimashq"),
    ("ar", "انفجرت سيارة مفخخة في مدينة الباب", "Al-Bab", "SYR", "Aleppo"),
    ("ar", "انفجرت سيارة مفخخة في الباب", "Al-Bab", "SYR", "Aleppo"),
    ("en", "A car bomb exploded in al-Bab.", "Al-Bab", "SYR", "Aleppo"),
    ("ar", "قتل مسلحون خمسة جنود في الحويجة", "Hawija", "IRQ", "Kirkuk"),
    ("en", "Militants attacked a checkpoint in Hawija.", "Hawija", "IRQ", "Kirkuk"),
    ("ar", "انفجرت سيارة مفخخة في مدينة هيت", "Heet", "IRQ", "Al-Anbar"),
    ("en", "A car bomb exploded in the town of Hit.", "Heet", "IRQ", "Al-Anbar"),
    ("en", "A car bomb exploded in Hit.", "Heet", "IRQ", "Al-Anbar"),
    ("ar", "شنت طائرات إسرائيلية غارات على مدينة صور", "Tyre", "LBN", "South Lebanon"),
    ("ar", "اعتقلت القوات الإسرائيلية شابين من بلدة حوارة", "Huwara", "PSE", "West Bank"),
    ("ar", "اعتقلت الشرطة عشرة متظاهرين في سلفيت", "Salfit", "PSE", ""),
    ("ar", "اندلعت اشتباكات عنيفة في مدينة الأبيض", "El Obeid", "SDN", "North Kordofan"),
    ("en", "Sudanese army shelled El Obeid.", "El Obeid", "SDN", "North Kordofan"),
    ("ar", "قصفت قوات الدعم السريع مدينة كادوقلي", "Kadugli", "SDN", "South Kordofan"),
    ("ar", "قصفت طائرات مسيرة مواقع في بحري", "Khartoum North", "SDN", "Khartoum"),
    ("en", "Drones struck targets in Bahri.", "Khartoum North", "SDN", "Khartoum"),
    ("ar", "قتل مسلحون عشرة مدنيين في غزني", "Ghazni", "AFG", "Ghazni"),
    ("ar", "قتل جنديان في انفجار عبوة ناسفة في لشكركاه", "Lashkar Gah", "AFG", "Helmand"),
    ("en", "Gunmen killed ten villagers in Lashkar Gah.", "Lashkar Gah", "AFG", "Helmand"),
    ("ar", "قتل مسلحون عشرة أشخاص في جوهر", None, None, None),  # جوهر: after مدينة only
    ("ar", "قتل مسلحون عشرة أشخاص في مدينة جوهر", "Jowhar", "SOM", "Shabeellaha Dhexe"),
    ("en", "Gunmen killed ten people in Jowhar.", "Jowhar", "SOM", "Shabeellaha Dhexe"),
    (
        "en",
        "Shelling killed five civilians in the town of Shire.",
        "Inda Selassie",
        "ETH",
        "Tigrai",
    ),
    ("en", "Shelling killed five civilians in Shire.", None, None, None),  # shire: a word
    # a region under its press spelling (GeoNames: Amara)
    (
        "en",
        "Federal troops and Fano militia clashed in the Amhara region.",
        "Amhara",
        "ETH",
        "Amhara",
    ),
    ("ar", "اشتبك الجيش الإثيوبي مع ميليشيا فانو في إقليم أمهرة", "Amhara", "ETH", "Amhara"),
    # a country whose Arabic name is a word (مالي, financial): after a locative only
    ("ar", "قتل جنديان في هجوم في شمال مالي", "Mali", "MLI", ""),
    ("en", "Two soldiers were killed in an attack in northern Mali.", "Mali", "MLI", ""),
]


@pytest.mark.parametrize(("lang", "text", "place", "country", "admin1"), PLACED)
def test_conflict_town_is_placed(shipped, lang, text, place, country, admin1):
    events = code_text(text, shipped, lang=lang)
    assert events
    found = events[0].place
    if place is None:
        assert found is None
    else:
        assert found is not None
        assert (found.name, found.country, found.admin1) == (place, country, admin1)


# (lang, sentence, place, country, admin1, precision): places GeoNames lacks, kept by hand in
# gazetteer_aliases.tsv (op place, ids kh-<slug>): quarters, camps, crossings, bases, regions
HAND_PLACED = [
    ("ar", "قصفت قوات النظام الغوطة الشرقية", "Eastern Ghouta", "SYR", "Rif Dimashq", 2),
    ("en", "Government forces shelled Eastern Ghouta.", "Eastern Ghouta", "SYR", "Rif Dimashq", 2),
    ("ar", "قصفت طائرات روسية سرمدا", "Sarmada", "SYR", "Idlib", 1),
    ("en", "Russian jets bombed Sarmada.", "Sarmada", "SYR", "Idlib", 1),
    ("ar", "هاجم مسلحون قاعدة التنف", "al-Tanf", "SYR", "Homs", 1),
    ("en", "Militants attacked al-Tanf.", "al-Tanf", "SYR", "Homs", 1),
    ("ar", "انفجرت سيارة مفخخة في الكاظمية", "Kadhimiya", "IRQ", "Baghdad", 2),
    ("en", "A car bomb exploded in Kadhimiya.", "Kadhimiya", "IRQ", "Baghdad", 2),
    ("ar", "قصفت طائرات إسرائيلية حي الشجاعية", "Shujaiya", "PSE", "Gaza Strip", 2),
    ("en", "Israeli jets bombed Shujaiya.", "Shujaiya", "PSE", "Gaza Strip", 2),
    ("ar", "قصفت طائرات إسرائيلية حي الزيتون", "Zeitoun", "PSE", "Gaza Strip", 2),
    ("ar", "قصف الجيش الإسرائيلي بلدة عيتا الشعب", "Aita al-Shaab", "LBN", "Nabatieh", 1),
    ("en", "Israeli artillery shelled Aita al-Shaab.", "Aita al-Shaab", "LBN", "Nabatieh", 1),
    ("ar", "قصف الجيش الإسرائيلي بلدة الخيام", "Khiam", "LBN", "Nabatieh", 1),
    ("ar", "قتل مسلحون شخصين في مخيم عين الحلوة", "Ain al-Hilweh", "LBN", "South Lebanon", 1),
    ("ar", "سيطرت قوات حفتر على راس لانوف", "Ras Lanuf", "LBY", "", 1),
    ("en", "Haftar's forces seized Ras Lanuf.", "Ras Lanuf", "LBY", "", 1),
    ("ar", "قصفت القوات الباكستانية معبر طورخم", "Torkham", "AFG", "Nangarhār", 1),
    ("ar", "قصفت قوات الدعم السريع قرى في دارفور", "Darfur", "SDN", "", 3),
    ("en", "The RSF attacked villages in Darfur.", "Darfur", "SDN", "", 3),
    ("ar", "قصفت قوات الدعم السريع مدنا في كردفان", "Kordofan", "SDN", "", 3),
    ("ar", "قصف الجيش الأوكراني مواقع في دونباس", "Donbas", "UKR", "", 3),
    ("en", "Ukrainian forces shelled positions in the Donbas.", "Donbas", "UKR", "", 3),
    ("ar", "قصفت قوات الدعم السريع معسكر زمزم", "Zamzam camp", "SDN", "North Darfur", 1),
    ("ar", "قصفت قوات الدعم السريع مخيم زمزم", "Zamzam camp", "SDN", "North Darfur", 1),
    ("ar", "قتل مسلحون عشرة مدنيين في حميرة", "Humera", "ETH", "Tigrai", 1),
    ("en", "Gunmen killed ten civilians in Humera.", "Humera", "ETH", "Tigrai", 1),
    (
        "en",
        "Police arrested ten protesters in Swat.",
        "Swat Valley",
        "PAK",
        "Khyber Pakhtunkhwa",
        2,
    ),
]


@pytest.mark.parametrize(("lang", "text", "place", "country", "admin1", "precision"), HAND_PLACED)
def test_hand_kept_place_is_placed(shipped, lang, text, place, country, admin1, precision):
    events = code_text(text, shipped, lang=lang)
    assert events
    found = events[0].place
    assert found is not None
    assert (found.name, found.country, found.admin1) == (place, country, admin1)
    assert found.precision == precision


# (lang, sentence): the ordinary word names no place
ORDINARY = [
    ("ar", "قطف المزارعون الزيتون"),
    ("ar", "غرقت السيارة في الرمال"),
    ("ar", "أغلق المالك المصنع"),
    ("ar", "شرب الحجاج ماء زمزم"),
    ("ar", "قطع النازحون مسافة طويلة"),
    ("ar", "وصل الماء إلى القاع"),
    ("en", "Pilgrims drank water from the Zamzam well."),
    ("en", "A SWAT team raided the house."),
    ("ar", "نشر ناشطون صور القتلى"),
    ("ar", "طرق مسلحون الباب"),
    ("ar", "اعتقلت الشرطة موظفا بتهمة الفساد المالي"),
    # the sea is not Sudan's Red Sea State
    ("en", "The Houthis seized a cargo ship in the Red Sea."),
    ("ar", "استولى الحوثيون على سفينة شحن في البحر الأحمر"),
    ("ar", "قال قائد بحري إن السفينة غرقت"),
    ("ar", "يعيش النازحون في الخيام"),
    ("ar", "لعبت الحكومة دورا كبيرا في الاتفاق"),
    ("ar", "لجأ اللاجئون إلى بلد مجاور"),
    ("ar", "لجأ اللاجئون في بلد مجاور"),
    ("ar", "رفع المسلحون الراية البيضاء"),
    ("ar", "الغارات تدمر المنازل"),
    ("ar", "هذا هو جوهر المشكلة"),
    ("ar", "تحدث عن الدور الأمريكي"),
    ("ar", "تحدثت صحيفة حديثة عن الهجوم"),
    ("ar", "اعتقلت الشرطة عمران خان"),
    ("en", "Drones hit the convoy."),
    ("en", "The naval forces seized a ship."),
    ("en", "Lawmakers in the Duma voted for the law."),
    ("en", "Hobbits live in the Shire."),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_ordinary_word_is_no_place(shipped, lang, text):
    tokens = tokenize(text)
    spans = find_spans(tokens, shipped.languages[lang])
    assert [s for s in spans if s.hit.kind == "place"] == []
