"""Compile-time inflection: English verbs and plurals, Arabic verbs, nouns, adjectives, clitics."""

from __future__ import annotations

import pytest

from conftest import keys
from khaldun.morphology import ar, en


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("attack", {"attack", "attacks", "attacked", "attacking"}),
        ("stop", {"stops", "stopped", "stopping"}),
        ("visit", {"visited", "visiting"}),
        ("deny", {"denies", "denied", "denying"}),
        ("seize", {"seizes", "seized", "seizing"}),
        ("call for", {"called for", "calls for", "calling for"}),
    ],
)
def test_english_regular_verbs(base, forms):
    assert forms <= en.verb_forms(base, {})


def test_english_irregular_verbs():
    forms = en.verb_forms("withdraw", {"withdraw": ["withdrew", "withdrawn"]})
    assert {"withdrew", "withdrawn", "withdraws", "withdrawing"} <= forms


@pytest.mark.parametrize(
    ("noun", "plural"),
    [
        ("soldier", "soldiers"),
        ("militia", "militias"),
        ("army", "armies"),
        ("policeman", "policemen"),
        ("troops", None),
        ("police officer", "police officers"),
    ],
)
def test_english_plural(noun, plural):
    assert en.plural(noun, {}) == plural


@pytest.mark.parametrize(
    ("adjective", "people"),
    [
        ("Syrian", "Syrians"),
        ("Iraqi", "Iraqis"),
        ("Serb", "Serbs"),
        ("Greek", "Greeks"),
        ("Filipino", "Filipinos"),
        ("British", None),
        ("Chinese", None),
        ("Swiss", None),
        ("Icelandic", None),
        ("Kyrgyz", None),
        ("Middle Eastern", None),
    ],
)
def test_english_demonym_plurals(adjective, people):
    assert en.demonym_plural(adjective) == people


@pytest.mark.parametrize(
    ("past", "present", "expected", "absent"),
    [
        (
            "هاجم",
            "يهاجم",
            {
                "هاجمت",
                "هاجموا",
                "هاجمنا",
                "يهاجمون",
                "تهاجم",
                "سيهاجم",
                "هاجموهم",
                "نهاجم",
                "يهاجمان",
            },
            {"دير"},
        ),
        # hollow; the short form after لم is left out: تقل "carries", نقل "moved", اقل "less"
        ("قال", "يقول", {"قالت", "قالوا", "قلنا", "قلت", "يقولون", "تقول"}, {"تقل", "نقل", "اقل"}),
        ("دعا", "يدعو", {"دعت", "دعوا", "دعونا", "يدعون", "تدعو"}, {"يدع"}),  # defective
        ("نفي", "ينفي", {"نفت", "نفوا", "نفينا", "تنفي"}, set()),  # defective in ى
        ("رد", "يرد", {"ردت", "ردوا", "رددنا", "يردون"}, set()),  # doubled (shadda dropped)
        ("اكد", "يوكد", {"اكدت", "اكدوا", "يوكدون"}, set()),
    ],
)
def test_arabic_verb_forms(past, present, expected, absent):
    forms = ar.verb_forms(past, present)
    assert expected <= forms
    assert not absent & forms


def test_arabic_noun_forms_and_clitics():
    assert {"هجوم", "هجوما", "الهجوم"} <= ar.noun_forms("هجوم")
    clitics = ar.with_noun_proclitics("التحالف")
    assert clitics["والتحالف"] == "و"
    assert clitics["بالتحالف"] == "ب"
    assert clitics["للتحالف"] == "ل"
    assert "لقسد" in ar.with_noun_proclitics("قسد")


def test_arabic_cue_words_take_prepositions_but_not_ka():
    assert {"لاي", "باي", "واي", "فلاي"} <= ar.with_prepositions("اي")
    assert {"للمتهم", "بالمتهم"} <= ar.with_prepositions("المتهم")
    assert "كلم" not in ar.with_prepositions("لم")  # "spoke to", not "did not"


def test_arabic_adjective_forms():
    forms = ar.adjective_forms("سوري")
    assert {"السوري", "السوريه", "السوريون", "السوريين", "سوريون"} <= forms


def test_arabic_accusative_alef_only_where_it_is_written():
    assert "قواتا" not in ar.noun_forms("قوات") and "مسلحينا" not in ar.noun_forms("مسلحين")
    # a nisba noun takes the accusative -ا too: the counted singular after 11-99 (12 مدنيا)
    assert {"مدنيا", "جنديا"} <= ar.noun_forms("مدني") | ar.noun_forms("جندي")
    assert "هجوما" in ar.noun_forms("هجوم")


@pytest.mark.parametrize(
    ("phrase", "duals"),
    [
        (("سياره", "مفخخه"), [("سيارتان", "مفخختان"), ("سيارتين", "مفخختين")]),
        (("جندي",), [("جنديان",), ("جنديين",)]),
        (("انفجار",), [("انفجاران",), ("انفجارين",)]),
        (("قوات",), []),  # a plural has no dual
        (("الجيش",), []),  # nor a definite phrase (its dual is made from the indefinite one)
    ],
)
def test_arabic_dual_on_every_word(phrase, duals):
    assert ar.dual_phrases(phrase) == duals


def test_arabic_duals_of_event_nouns_and_role_nouns_match(shipped):
    assert keys(shipped, "أصيب جنديان عراقيان في انفجار سيارتين مفخختين قرب كركوك", "ar") == [
        ("", "1832", "IRQMIL")
    ]


def test_arabic_hamza_final_verbs_inflect_as_sound_verbs():
    from khaldun.forms import arabic_verb_forms

    started = arabic_verb_forms("بدأ", "يبدأ")  # normalised بدا: not the defective بدا/يبدو
    assert {"بدات", "بداوا", "بدانا", "يبداون", "تبدا"} <= started
    assert "بدت" not in started
    called = arabic_verb_forms("دعا", "يدعو")
    assert {"دعت", "دعوا"} <= called and "دعات" not in called


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a pattern's object word matches with or without the article (جسر، الجسر)
        ("وقال مسؤول إن مسلحين فجروا الجسر قرب سنجار", "ar", [("UAF", "1712", "")]),
        ("Gunmen blew up the bridge near Sinjar.", "en", [("UAF", "1712", "")]),
    ],
)
def test_arabic_pattern_words_match_with_the_article(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == expected
