"""Arabic enclitic pronouns: a verb carrying its object (اعتقلته، خطفهم) and an event noun
carrying its genitive (اغتياله، اعتقالهم); English rows beside them where they code alike."""

from __future__ import annotations

import pytest

from conftest import keys
from khaldun.forms import object_forms, plain_verb_forms
from khaldun.morphology.ar import is_nisba, possessive_forms
from khaldun.slots import pronoun_slot


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the actor after a verb that carries its object is its subject, never its target
        ("خطفهم مسلحون في الموصل صباح اليوم", [("UAF", "181", "")]),
        ("اعتقلته الشرطة التركية في أنقرة", [("TURCOP", "173", "")]),
        ("قصفتها الطائرات الروسية فجر الأحد", [("RUSMIL", "194", "")]),
        # ... and before it, the subject of a subject-first sentence
        ("الشرطة التركية اعتقلتهم في إسطنبول", [("TURCOP", "173", "")]),
        # without the pronoun, the actor after the verb is still its subject then its object
        ("اعتقلت الشرطة التركية مسلحين من داعش", [("TURCOP", "173", "IMGMUSISI")]),
        # the subject stands right after the verb: an actor beyond a noun is no subject
        ("أعلن المتحدث رفضها مطالب الحكومة التركية", []),
        # after a relative pronoun the enclitic resumes the antecedent: its object, no subject
        ("دان الناشطون الحكومة التي يتهمونها بالفساد", []),
        # the speaker is its subject only when a pronoun names it, not as a report's source
        ("قالت الشرطة التركية إنها اعتقلتهم في أنقرة", [("TURCOP", "173", "")]),
        ("خطفوهم أمس بحسب الشرطة التركية", []),
    ],
)
def test_an_arabic_verb_with_its_object_pronoun(shipped, text, expected):
    assert keys(shipped, text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the possessive pronoun is the victim; the source is named by على يد / by
        ("أعلنت الشرطة اغتياله على يد مسلحين مجهولين", "ar", [("UAF", "186", "")]),
        ("Police announced his assassination by unknown gunmen.", "en", [("UAF", "186", "")]),
        ("خطفهم مسلحون قرب الموصل", "ar", [("UAF", "181", "")]),
        ("Gunmen kidnapped them near Mosul.", "en", [("UAF", "181", "")]),
        ("أكدت العائلة اختطافها على يد مسلحين في بغداد", "ar", [("UAF", "181", "")]),
        # with a light verb the noun reads as the verb, its pronoun as the object
        ("قامت الشرطة التركية باعتقالهم في أنقرة", "ar", [("TURCOP", "173", "")]),
        # a noun with its nisba adjectives takes the pronoun, the adjectives ال
        (
            "شن الطيران الروسي غاراته الجوية على مواقع المعارضة السورية",
            "ar",
            [("RUSMIL", "195", "SYROPP")],
        ),
        (
            "Russian warplanes launched their airstrikes on Syrian opposition positions.",
            "en",
            [("RUSMIL", "195", "SYROPP")],
        ),
        (
            "استأنفت السعودية وإيران علاقاتهما الدبلوماسية",
            "ar",
            [("IRN", "054", "SAU"), ("SAU", "054", "IRN")],
        ),
        (
            "Saudi Arabia and Iran resumed their diplomatic relations.",
            "en",
            [("IRN", "054", "SAU"), ("SAU", "054", "IRN")],
        ),
        # a possessed event noun is a known event: word order alone codes nothing
        ("قال الجيش التركي إن اغتياله كان خسارة كبيرة", "ar", []),
        # a pronoun that owns the noun as its agent is not read (their attack on the city)
        ("تحدثت الصحيفة عن هجومهم على مواقع قسد", "ar", []),
    ],
)
def test_an_event_noun_with_its_possessive_pronoun(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == expected


@pytest.mark.parametrize(
    ("noun", "forms"),
    [
        ("اغتيال", {"اغتياله", "اغتيالها", "اغتيالهم", "اغتيالهما"}),
        ("غاره", {"غارته", "غارتها", "غارتهم", "غارتهما"}),  # ة (ه) becomes ت
        ("هجمات", {"هجماته", "هجماتها", "هجماتهم", "هجماتهما"}),
        ("الهجوم", set()),  # definite: no possessive
        ("اعتداء", set()),  # hamza-final: its spelling changes before a suffix
    ],
)
def test_possessive_forms_of_event_nouns(noun, forms):
    assert possessive_forms(noun, ("ه", "ها", "هم", "هما")) == forms


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("دبلوماسيه", True),  # علاقات دبلوماسية -> علاقاتهما الدبلوماسية
        ("جوي", True),
        ("الجويه", False),  # definite: a construct state's genitive, not an adjective
        ("مفاوضات", False),  # جولة مفاوضات is a construct state: no possessive on جولة
        ("في", False),  # a preposition: too short
    ],
)
def test_nisba_adjectives_let_a_noun_phrase_take_the_possessive(word, expected):
    assert is_nisba(word) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ضربة (a blow) normalises as ضربه (struck him): written with ة it carries no pronoun
        ("تلقت الحكومة العراقية ضربة قوية", []),
        ("ضربه الجنود الأتراك أمام منزله", [("TURMIL", "190", "")]),
    ],
)
def test_ta_marbuta_is_no_pronoun(shipped, text, expected):
    assert keys(shipped, text, "ar") == expected


def test_a_possessive_form_that_is_another_word_is_left_to_it(shipped):
    """ضربه is already a form of the verb ضرب (struck him): no possessive of a noun is added."""
    language = shipped.languages["ar"]
    hits = language.word_hits_in(("قتاله", "ضربه"))
    assert any(h.pronoun and h.detail == "noun" for start, _, h, _ in hits if start == 0)
    assert not any(h.detail == "noun" for start, _, h, _ in hits if start == 1)


@pytest.mark.parametrize(
    ("past", "present", "carrying", "plain"),
    [
        ("اعتقل", "يعتقل", {"اعتقلته", "اعتقلوهم", "يعتقلونه"}, {"اعتقلت", "اعتقلوا"}),
        # a root ending in ه: نبه (alerted) is plain, نبهه (alerted him) carries the object
        ("نبه", "ينبه", {"نبهه", "نبهوهم"}, {"نبه", "نبهت"}),
    ],
)
def test_verb_forms_that_carry_an_object(past, present, carrying, plain):
    objects = object_forms(past, present) - plain_verb_forms(past, present)
    assert carrying <= objects
    assert not plain & objects


@pytest.mark.parametrize(
    ("pronoun", "role", "place", "filled"),
    [
        ("object", "target", 1, True),  # * {source} {target}: the object, wherever it stands
        ("object", "source", 0, False),  # the actor after the verb stays its subject
        ("genitive", "target", 0, True),  # اغتياله: the victim in the noun's genitive
        ("genitive", "source", 0, False),  # هجومهم على: their attack, not read
        ("genitive", "target", 1, False),  # not right after the noun
        ("", "target", 0, False),
    ],
)
def test_which_slot_a_pronoun_fills(pronoun, role, place, filled):
    assert pronoun_slot(pronoun, role, place) is filled
