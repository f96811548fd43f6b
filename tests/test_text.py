"""Normalisation, tokenisation, sentence splitting and story layout, Arabic and English rows."""

from __future__ import annotations

import pytest

from khaldun.normalize import detect_language, normalize_phrase, normalize_word, tokenize
from khaldun.segment import find_layout, split_sentences


@pytest.mark.parametrize(
    ("word", "norm"),
    [
        ("أكّد", "اكد"),  # hamza seat + shadda
        ("إسرائيل", "اسرائيل"),  # only alef seats are folded: ئ stays
        ("آلاف", "الاف"),
        ("مصطفى", "مصطفي"),  # alef maqsura
        ("الحسكة", "الحسكه"),  # ta marbuta
        ("مادياً", "ماديا"),  # tanween
        ("الـ100", "ال100"),  # tatweel
        ("١٢٣", "123"),  # Arabic-Indic digits
        ("۴۵", "45"),  # Persian digits
        ("ﻻ", "لا"),  # presentation form
        ("ٱلْقُدْسِ", "القدس"),  # wasla and vowels
        ("هاجم\u200fت", "هاجمت"),  # an invisible mark inside a word
        ("ؤتمر", "ؤتمر"),  # a letter of the Arabic block that is not folded
        ("Turkey", "turkey"),
        ("Serê", "sere"),
        ("Türkiye", "turkiye"),
    ],
)
def test_normalize_word(word, norm):
    assert normalize_word(word) == norm


def test_codebook_phrases_and_text_normalise_alike():
    text = "وأكّد المتحدثُ باسم قسد"
    assert [t.norm for t in tokenize(text)][1:] == list(normalize_phrase("المتحدث باسم قسد"))


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Turkey's army didn't attack.", ["Turkey", "'s", "army", "did", "n't", "attack", "."]),
        ("قال “لن ننسى”.", ["قال", "“", "لن", "ننسى", "”", "."]),
        ("Turkish-backed factions", ["Turkish", "-", "backed", "factions"]),
        ("3.6 km, 1,200 men, ٣٫٥ كم", ["3.6", "km", ",", "1,200", "men", ",", "٣٫٥", "كم"]),
        ("هاجم\u200fت", ["هاجم", "ت"]),  # an RTL mark is not part of a word
        # a word and the punctuation after it (read without the regex), or a mark that is
        # the word's own, or a character no token holds
        ("Turkey, Syria; Iraq.", ["Turkey", ",", "Syria", ";", "Iraq", "."]),
        ("قسد، داعش؛ الجيش.", ["قسد", "،", "داعش", "؛", "الجيش", "."]),
        ("army_ base2) (x", ["army", "base2", ")", "(", "x"]),  # _ is in no token
        ("قتلَ قتل\u200f قتل» 1,200.", ["قتلَ", "قتل", "قتل", "»", "1,200", "."]),
        # marks on both sides of a word, or a chunk of marks alone; no apostrophe opens one
        (
            'He said: "(Hamas)" fired 4... rockets!',
            [
                "He",
                "said",
                ":",
                '"',
                "(",
                "Hamas",
                ")",
                '"',
                "fired",
                "4",
                ".",
                ".",
                ".",
                "rockets",
                "!",
            ],
        ),
        (
            "قال: «(حماس)» أطلقت 4... صواريخ!",
            ["قال", ":", "«", "(", "حماس", ")", "»", "أطلقت", "4", ".", ".", ".", "صواريخ", "!"],
        ),
        ("the boys' 's 'tis", ["the", "boys", "'", "'s", "'", "tis"]),
    ],
)
def test_tokenize(text, tokens):
    assert [t.text for t in tokenize(text)] == tokens


@pytest.mark.parametrize(
    "text",
    [
        "  وطالب بالي، بإنشاء سجون",
        "وطالب\u200c بالي _بالي بالي",  # a word repeated after characters no token holds
        "Turkey's army didn't attack the army_base army.",
        "\ufeffthe the\u00adthe  _the",
    ],
)
def test_tokens_keep_offsets(text):
    tokens = tokenize(text, offset=10)
    assert tokens
    for token in tokens:
        assert text[token.start - 10 : token.end - 10] == token.text
    assert [t.start for t in tokens] == sorted({t.start for t in tokens})


@pytest.mark.parametrize(
    ("text", "lang"), [("قال المتحدث", "ar"), ("The spokesman said", "en"), ("SDF قسد قسد", "ar")]
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Troops attacked. Police arrested five.", ["Troops attacked.", "Police arrested five."]),
        (
            "Mr. Smith met U.S. officials. They left.",
            ["Mr. Smith met U.S. officials.", "They left."],
        ),
        (
            "Brig. Gen. Ali Omar left. Lt. Col. Sami Adel stayed.",
            ["Brig. Gen. Ali Omar left.", "Lt. Col. Sami Adel stayed."],
        ),
        ('He said: "We left." Then he went.', ['He said: "We left."', "Then he went."]),
        ("Did they attack? No! They left…", ["Did they attack?", "No!", "They left…"]),
        ("هاجمت القوات. واعتقلت الشرطة خمسة.", ["هاجمت القوات.", "واعتقلت الشرطة خمسة."]),
        ("هل هاجموا؟ نعم، هاجموا", ["هل هاجموا؟", "نعم، هاجموا"]),
        ("قال “لن ننسى”. وتابع", ["قال “لن ننسى”.", "وتابع"]),
        ("سطر بلا نقطة\nوسطر آخر.", ["سطر بلا نقطة", "وسطر آخر."]),
        ("A line that\nwraps here.", ["A line that\nwraps here."]),
        ("It rose 2.5 percent. Then fell.", ["It rose 2.5 percent.", "Then fell."]),
    ],
)
def test_split_sentences(text, sentences):
    found = split_sentences(text)
    assert [s.text for s in found] == sentences
    for s in found:
        assert text[s.start : s.end] == s.text


STORY_AR = """الشريط الإخباري

عنوان الخبر هنا

وكالة الأنباء - الحسكة

قال المتحدث إن القوات انسحبت.
وأشار إلى أن الوضع هادئ دون نقطة في آخر السطر هذا سطر طويل بما يكفي ليكون فقرة

زر الذهاب إلى الأعلى
إغلاق
"""

STORY_EN = """Home | News

Turkish troops pull back from the border

BAGHDAD (Reuters) - Iraqi forces arrested five men on Monday. They were taken to a prison.

Share this article
"""


@pytest.mark.parametrize(
    ("story", "first", "last", "dateline"),
    [
        (STORY_AR, "قال المتحدث", "ليكون فقرة", "الحسكة"),
        (STORY_EN, "BAGHDAD", "a prison.", "BAGHDAD"),
    ],
)
def test_layout_separates_body_from_furniture(story, first, last, dateline):
    layout = find_layout(story)
    body = [story[s:e] for s, e in layout.body]
    assert body[0].startswith(first)
    assert body[-1].endswith(last)
    assert dateline in layout.dateline


def test_layout_without_any_sentence_end_keeps_everything():
    assert len(find_layout("Turkish troops attacked SDF positions").body) == 1
