"""Events a sentence names without reporting them: an event noun that names a purpose or
what another word is about (Arabic proclitic ل, English "to"), unless a governor or its
pattern says it happened; a count of many events (a summary); a sentence that opens by
recalling background (it is worth noting that, يذكر أن). Arabic and English rows side by side."""

from __future__ import annotations

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
        ("تعرضت دورية للجيش لهجوم انتحاري قرب الموصل", [("", "1831", "")]),
        ("Dozens of homes were damaged due to shelling.", [("", "194", "")]),
        ("وتضررت عشرات المنازل نتيجة للقصف المدفعي", [("", "194", "")]),
        ("وتصدت القوات العراقية لهجوم انتحاري قرب الحاجز", [("", "1831", "")]),
        # ... and so does a word the pattern names (went out to protest)
        ("وخرج متظاهرون عراقيون للاحتجاج على البطالة", [("IRQCVL", "141", "")]),
        # a noun without the proclitic is an event
        ("وقتل جنديان في تفجير انتحاري قرب الموصل", [("", "1831", "IRQMIL")]),
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
         [("", "1831", "AFGCVL")]),
        ("قتل أكثر من 30 شخصا في هجوم انتحاري في كابول", [("", "1831", "AFGCVL")]),
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
