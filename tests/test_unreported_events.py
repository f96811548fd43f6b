"""Events a sentence names without reporting them: an event noun that names a purpose or
what another word is about (Arabic proclitic ل, English "to"), unless a governor or its
pattern says it happened; a count of many events (a summary); a sentence that opens by
recalling background (it is worth noting that, يذكر أن); cue words with a preposition
(لأي هجوم); an event told as yet to happen, intended or known (an attack could hit, their
determination to continue the protests, the victims of the bombing), or joined by "and" to
one that is not reported. Arabic and English rows side by side."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purpose: no event
        ("Police are searching for a cell to bomb cars in the capital.", []),
        ("وتبحث الشرطة عن خلية لتفجير السيارات في العاصمة", []),
        # what another word is about: no event
        ("وأحرق شبان متجرا انتقاما لتفجير الحافلة", [("CVL", "145", "")]),
        # a governor says it happened
        ("An army convoy was subjected to shelling near Mosul.", [("", "194", "")]),
        ("تعرضت دورية للجيش لهجوم انتحاري قرب الموصل", [("UAF", "1831", "")]),
        ("Dozens of homes were damaged due to shelling.", [("", "194", "")]),
        ("وتضررت عشرات المنازل نتيجة للقصف المدفعي", [("", "194", "")]),
        ("وتصدت القوات العراقية لهجوم انتحاري قرب الحاجز", [("UAF", "1831", "")]),
        # ... and so does a word the pattern names (went out to protest)
        ("وخرج متظاهرون عراقيون للاحتجاج على البطالة", [("IRQCVL", "141", "")]),
        # a noun without the proclitic is an event
        ("وقتل جنديان في تفجير انتحاري قرب الموصل", [("UAF", "1831", "IRQMIL")]),
    ],
)
def test_an_event_noun_naming_a_purpose_codes_nothing(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of many events right before their noun: a summary, none reported
        ("Insurgents carried out more than 140 suicide bombings last year.", []),
        ("ووقع أكثر من 200 هجوم انتحاري في البلاد العام الماضي", []),
        ("Dozens of attacks hit the province last month.", []),
        ("وشهدت المحافظة عشرات الهجمات خلال الشهر الماضي", []),
        # a count of the dead is no count of events
        ("More than 30 people were killed in a suicide bombing in Kabul.",
         [("UAF", "1831", "AFGCVL")]),
        ("قتل أكثر من 30 شخصا في هجوم انتحاري في كابول", [("UAF", "1831", "AFGCVL")]),
    ],
)  # fmt: skip
def test_a_count_of_many_events_is_a_summary(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens by recalling background codes nothing
        ("It is worth noting that gunmen attacked the same base in 2004.", []),
        ("يذكر أن مسلحين هاجموا القاعدة نفسها عام 2004", []),
        ("ويشار إلى أن الجيش العراقي قصف المدينة في العام الماضي", []),
        # the words elsewhere in the sentence do not
        ("Gunmen attacked the base, it is worth noting.", [("UAF", "190", "")]),
        ("هاجم مسلحون القاعدة العسكرية، ويذكر أن", [("UAF", "190", "")]),
    ],
)
def test_a_sentence_recalling_background_codes_nothing(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Arabic cue word takes the prepositions ب and ل as a noun does: "to any attack"
        ("The city has not been exposed to any attack since the war.", []),
        ("ولم تتعرض المدينة لأي هجوم منذ الحرب", []),
        ("Officials discussed the option of airstrikes on the camps.", []),
        ("وناقش المسؤولون الأمر المتعلق بخيار الضربات الجوية على المعسكرات", []),
        ("Nobody was hurt because the bomb did not explode.", []),
        ("ولم يصب أحد لعدم انفجار القنبلة", []),
        ("The city was subjected to dozens of attacks last year.", []),
        ("وتعرضت المدينة لعشرات الهجمات العام الماضي", []),
        # without the cue, the event codes
        ("Gunmen attacked the city on Monday.", [("UAF", "190", "")]),
        ("وتعرضت المدينة لهجوم يوم الاثنين", [("", "190", "")]),
        # ... and a place noun is no cue with a preposition (ولاية: a state, not و + لأية), as
        # "state" the noun is no reporting verb
        (
            "Gunmen attacked a village in Zamfara state and killed 19 villagers.",
            [("UAF", "190", "NGACVL")],
        ),
        ("هاجم مسلحون قرية في ولاية زمفارا وقتلوا 19 قرويا", [("UAF", "190", "NGACVL")]),
    ],
)
def test_a_cue_word_with_a_preposition_still_cues(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the predicate of a noun that is the whole event tells it is yet to happen
        ("Airstrikes could target military airports in the north.", []),
        ("وقال المصدر إن ضربات جوية يمكن أن تستهدف مطارات عسكرية في الشمال", []),
        ("A bomb attack is planned for noon.", []),
        ("وأفاد المصدر بأن هجوما بالقنبلة سينفذ ظهر اليوم", []),
        ("The protest planned for Friday was cancelled.", []),
        ("وألغيت المظاهرة المزمعة يوم الجمعة", []),
        ("The union said the protests are expected to continue across the country.", []),
        ("وقالت النقابة إن الاحتجاجات ستتواصل في كل أنحاء البلاد", []),
        ("The union said the protests continued across the country.", [("CVL", "141", "")]),
        ("وقالت النقابة إن الاحتجاجات تواصلت في كل أنحاء البلاد", [("CVL", "141", "")]),
        ("The police found a car bomb that could have killed dozens if it had exploded.", []),
        ("وعثرت الشرطة على سيارة مفخخة كان يمكن أن تقتل العشرات لو انفجرت", []),
        # a predicate that says it happened
        ("Airstrikes targeted military airports in the north.", [("", "195", "MIL")]),
        ("وقال المصدر إن ضربات جوية استهدفت مطارات عسكرية في الشمال", [("", "195", "")]),
        ("A car bomb exploded near a police station.", [("", "1832", "")]),
        ("وانفجرت سيارة مفخخة قرب مركز للشرطة", [("", "1832", "")]),
    ],
)
def test_an_event_told_as_yet_to_happen_codes_nothing(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intent to continue protests, protests to be joined: none reported
        ("The protesters affirmed their determination to continue the demonstrations.", []),
        ("وأكد المتظاهرون عزمهم على مواصلة المظاهرات", []),
        ("Students came to take part in the protests against the wall.", []),
        ("وجاء طلاب للمشاركة في الاحتجاجات ضد الجدار", []),
        # the victims of a known event, a word about it: no new event
        ("The families of the victims of the bombing met the minister.", []),
        ("والتقى أهالي ضحايا التفجير بالوزير", []),
        ("The protesters chanted slogans in reference to the suicide attacks in London.",
         [("GBRCVL", "141", "")]),
        ("وردد المتظاهرون شعارات في إشارة إلى الهجمات الانتحارية في لندن",
         [("GBRCVL", "141", "")]),
        # one feared or suspected, or to be stopped
        ("Residents stayed home for fear of a car bomb.", []),
        ("وبقي السكان في بيوتهم خوفا من الاغتيالات", []),
        ("The road was closed on suspicion of a car bomb.", []),
        ("وأغلق الطريق بسبب الاشتباه بوجود سيارة مفخخة", []),
        ("The UN called for an end to the airstrikes on Gaza.", []),
        ("ودعا القادة إلى وقف الاغتيالات", []),
        ("The UN called for a halt to the shelling.", []),
        ("وطالب القادة بوقف القصف على غزة", []),
        ("Israeli aircraft carried out airstrikes on Gaza.", [("ISRMIL", "195", "GZS")]),
        # a verb form with a pronoun after a preposition of time is its verbal noun, a known
        # event: their rally is the time of the arrest
        ("Police arrested about a hundred protesters during their rally in front of the White "
         "House.", [("COP", "173", "CVL")]),
        ("واعتقلت الشرطة نحو مئة متظاهر أثناء تجمعهم أمام البيت الأبيض", [("COP", "173", "CVL")]),
        ("Police arrested ten activists after their protest in the capital.",
         [("COP", "173", "CVL")]),
        ("واعتقلت الشرطة عشرة ناشطين عقب تظاهرهم في العاصمة", [("COP", "173", "CVL")]),
        ("Hundreds of protesters gathered in front of the White House.", [("CVL", "141", "")]),
        ("وتجمع مئات المتظاهرين أمام البيت الأبيض", [("CVL", "141", "")]),
        # the protests continued, joined, staged; a bombing that killed: reported
        ("The protesters continued the demonstrations in the capital.", [("CVL", "141", "")]),
        ("وواصل المتظاهرون المظاهرات في العاصمة", [("CVL", "141", "")]),
        ("Students took part in the protests against the wall.", [("CVL", "141", "")]),
        ("وشارك طلاب في الاحتجاجات ضد الجدار", [("EDU", "141", "")]),
        ("Five people were killed in the bombing of the market.", [("", "183", "CVL")]),
        ("وقتل خمسة أشخاص في تفجير السوق", [("", "183", "CVL")]),
    ],
)  # fmt: skip
def test_an_intended_or_known_event_codes_nothing(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun joined by "and" to one the sentence does not report is not reported
        ("The suspects discussed the idea of a bombing at the embassy and an assassination of "
         "the president.", []),
        ("وناقش المتهمون فكرة تفجير السفارة ومحاولة اغتيال الرئيس", []),
        ("Residents stayed home for fear of car bombs and assassinations.", []),
        ("وبقي السكان في بيوتهم خوفا من التفجيرات والاغتيالات", []),
        # joined to a reported one, it is reported
        ("Five people were killed in a bombing at the market and an armed attack in the city.",
         [("", "183", "CVL"), ("", "190", "CVL")]),
        ("وقتل خمسة أشخاص في تفجير في السوق وهجوم مسلح في المدينة", [("", "183", "CVL")]),
    ],
)  # fmt: skip
def test_an_event_noun_joined_to_an_unreported_one_is_not_reported(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun dated to an earlier year names history, not news
        ("At a demonstration held by students in Cairo in 2003, the minister said the "
         "government was ready for talks.", []),
        ("وفي تظاهرة نظمها طلاب في القاهرة عام 2003 قال الوزير إن الحكومة مستعدة للحوار", []),
        ("The 2011 protests toppled the president.", []),
        ("وأطاحت احتجاجات 2011 بالرئيس", []),
        ("Officials recalled the bombing of the two hotels in 2005.", []),
        ("واستذكر المسؤولون تفجير الفندقين عام 2005", []),
        ("He survived in 1986 a kidnapping attempt at the airport.", []),
        ("ونجا عام 1986 من محاولة خطف في المطار", []),
        # without a year, or with the story's own, it is news
        ("Students held a demonstration in Cairo on Monday.", [("EGYEDU", "141", "")]),
        ("ونظم طلاب تظاهرة في القاهرة يوم الاثنين", [("EGYEDU", "141", "")]),
        # a verb, a light verb and its verbal noun, or a verb the noun's pattern names tell a
        # past event, not name it
        ("Students held a demonstration in Cairo in 2003.", [("EGYEDU", "141", "")]),
        ("ونظم طلاب مظاهرة في القاهرة عام 2003", [("EGYEDU", "141", "")]),
        ("وقامت الجماعة عام 2005 بخطف تسعة جنود قرب الحدود", [("", "181", "MIL")]),
    ],
)  # fmt: skip
def test_an_event_noun_dated_to_an_earlier_year_is_history(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # the story's own year is no history; a month with a full year between is
        ("At a demonstration in Cairo in 2008, the minister said the government was ready for "
         "talks.", "2008-05-02", [("EGYCVL", "141", "")]),
        ("وفي مظاهرة في القاهرة عام 2008 قال الوزير إن الحكومة مستعدة للحوار", "2008-05-02",
         [("EGYCVL", "141", "")]),
        ("At a demonstration in Cairo in March 2005, the minister said the government was ready "
         "for talks.", "2008-05-02", []),
        ("وفي مظاهرة في القاهرة في مارس (آذار) 2005 قال الوزير إن الحكومة مستعدة للحوار",
         "2008-05-02", []),
    ],
)  # fmt: skip
def test_a_year_is_history_against_the_story_date(shipped, text, day, expected):
    assert keys(shipped, text, day=date.fromisoformat(day)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call for a protest is a call: the protest is yet to happen
        ("The opposition called for demonstrations on Friday in Baghdad.", []),
        ("ودعت المعارضة إلى مظاهرات حاشدة في بغداد", []),
        ("Students called for a protest outside parliament.", []),
        ("ودعا الطلاب إلى مظاهرة أمام البرلمان يوم الجمعة", []),
        # ... and a plan for one is a plan
        ("Activists are planning a demonstration outside the embassy.", []),
        ("ويخطط ناشطون لتنظيم مظاهرة أمام السفارة", []),
        # an event noun dated to a time to come is yet to happen, even after its verb
        ("The union announced a general strike next week.", []),
        ("وأعلنت النقابة إضرابا عاما الأسبوع المقبل", []),
        ("The opposition announced a demonstration outside parliament tomorrow.", []),
        ("وأعلنت المعارضة عن مظاهرة أمام البرلمان غدا", []),
        ("Workers held a general strike in Tunis on Monday.", [("TUNLAB", "143", "")]),
        ("ونفذ العمال إضرابا عاما في تونس يوم الاثنين", [("TUNLAB", "143", "")]),
        # ... but protesters outside a building who call for something demonstrate there
        ("Protesters outside the parliament building called for reforms.", [("CVL", "141", "")]),
        ("ودعا متظاهرون أمام مبنى البرلمان إلى إصلاحات", [("CVL", "141", "LEG")]),
        # a kind of event, talked of in general: the right to protest, a culture of protest
        ("The minister defended the right to protest.", []),
        ("ودافع الوزير عن حق التظاهر", []),
        ("The report discussed the culture of protest in the country.", []),
        ("وناقش التقرير ثقافة الاحتجاج في البلاد", []),
        # what the defendants of a trial are tried for is no new event
        ("The court heard the slogans that the defendants chanted at the demonstration.", []),
        ("واستمعت المحكمة إلى الهتافات التي رددها المتهمون في المظاهرة", []),
        ("The defendants were tried for chanting slogans at the demonstration.", []),
        ("وحوكم المتهمون بتهمة ترديد هتافات في المظاهرة", []),
        # a protest reported is still coded
        ("Thousands of protesters gathered in Tahrir Square in Cairo.", [("EGYCVL", "141", "")]),
        ("واحتشد آلاف المتظاهرين في ميدان التحرير بالقاهرة", [("EGYCVL", "141", "")]),
    ],
)  # fmt: skip
def test_a_call_a_kind_or_a_charge_of_protest_reports_none(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack foiled or thwarted did not happen
        ("Police foiled a suicide attack on the embassy in Kabul.", []),
        ("وأحبطت الشرطة هجوما انتحاريا على السفارة في كابول", []),
        ("Security forces thwarted a bombing in the capital.", []),
        ("وقال المصدر إن قوات الأمن تمكنت من إحباط عملية تفجير في العاصمة", []),
        # an aim is not an act
        ("The cell aimed to bomb the parliament.", []),
        ("وكانت الخلية تهدف إلى تفجير مقر البرلمان", []),
        # an attack after the foiled one is reported
        ("Police foiled an attack, but gunmen later attacked a checkpoint in Mosul.",
         [("UAF", "190", "")]),
        ("وأحبطت الشرطة الهجوم لكن مسلحين هاجموا حاجزا في الموصل لاحقا", [("UAF", "190", "")]),
    ],
)  # fmt: skip
def test_a_foiled_or_aimed_attack_reports_none(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)
