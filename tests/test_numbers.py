"""Numbers and lexicon phrases found in one pass over a sentence's tokens."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khaldun.lexicon import AR_PREFIXES, make_lexicon, token_forms, variants
from khaldun.normalize import tokenize
from khaldun.numbers import find_numbers


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "At least 12 soldiers and twenty-five civilians died, between 5 and 7 hurt in 2019.",
            [(12, 0, 3, True), (25, 5, 8, False), (5, 11, 13, False)],
        ),
        (
            "ar",
            "قتل نحو 12 جنديا وخمسة وعشرين مدنيا وأصيب بين 5 و7 عام 2019",
            [(12, 1, 3, True), (25, 4, 6, False), (5, 8, 10, False)],
        ),
        ("en", "No figures were given.", []),
        ("ar", "لم تعلن أي أرقام", []),
        (
            "en",
            "three hundred people and 1,200 refugees",
            [(300, 0, 2, False), (1200, 4, 5, False)],
        ),
        ("ar", "ثلاثة آلاف شخص و1200 لاجئ", [(3000, 0, 2, False), (1200, 3, 4, False)]),
        # a listed word's first letter is no clitic: واحد is one, Sunday (الأحد) no number
        ("ar", "قتل واحد يوم الأحد وخمسة أمس", [(1, 1, 2, False), (5, 4, 5, False)]),
        ("en", "one was killed on Sunday and five on Monday", [(1, 0, 1, False), (5, 6, 7, False)]),
    ],
)
def test_every_number_of_a_sentence_is_found_once(shipped, lang, text, expected):
    found = find_numbers(tokenize(text), shipped.acled.numbers[lang])
    assert [(n.value, n.start, n.end, n.approximate) for n in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the car bomb and a bomb went off", [(1, 3, "car bomb"), (5, 6, "bomb")]),
        ("car bombs car bomb", [(0, 2, "car bomb"), (2, 4, "car bomb")]),
        ("سيارة مفخخة وعبوة", [(0, 2, "سيارة مفخخة"), (2, 3, "عبوة")]),
        ("nothing here at all", []),
    ],
)
def test_a_lexicon_finds_its_phrases_longest_first_without_overlap(text, expected):
    lexicon = make_lexicon(
        [(p, p) for p in ["car bomb", "bomb", "car", "سيارة مفخخة", "سيارة", "عبوة"]]
    )
    assert [(f.start, f.end, f.label) for f in lexicon.find(tokenize(text))] == expected


@pytest.mark.parametrize(
    ("text", "i", "expected"),
    [
        ("two car bombs exploded", 1, (1, 3, "car bomb")),
        ("two car bombs exploded", 0, None),  # no phrase starts at "two": one set test says so
        ("two car bombs exploded", 3, None),
        ("انفجرت سيارة مفخخة", 1, (1, 3, "سيارة مفخخة")),
        ("انفجرت بعبوة", 1, (1, 2, "عبوة")),
        ("انفجرت سيارة مفخخة", 0, None),
    ],
)
def test_a_lexicon_gives_the_longest_phrase_at_a_token(text, i, expected):
    lexicon = make_lexicon(
        [(p, p) for p in ["car bomb", "bomb", "car", "سيارة مفخخة", "سيارة", "عبوة"]]
    )
    found = lexicon.at(tokenize(text), i)
    assert (found and (found.start, found.end, found.label)) == expected


FIRSTS = frozenset({"killed", "army", "bomb", "غاره", "قتل", "جيش", "ss", "y"})


@given(
    prefix=st.sampled_from(["", "x", *AR_PREFIXES]),
    word=st.sampled_from(sorted(FIRSTS | {"armies", "armys", "bombes", "قتلى", "s", "ies"})),
    suffix=st.sampled_from(["", "s", "es", "ies", "y", "ه"]),
)
def test_token_forms_are_the_tokens_whose_variants_start_a_phrase(prefix, word, suffix):
    """One set lookup says what calling ``variants`` on each token would say."""
    token = prefix + word + suffix
    assert (token in token_forms(FIRSTS)) == (not FIRSTS.isdisjoint(variants(token)))
