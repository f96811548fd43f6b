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


# (lang, sentence): the ordinary word names no place
ORDINARY = [
    ("ar", "نشر ناشطون صور القتلى"),
    ("ar", "طرق مسلحون الباب"),
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
