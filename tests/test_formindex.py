"""A language's forms survive the cache's encoding: the same tables, in the same order."""

import pytest

from khaldun.formindex import decode_forms, encode_forms, index_phrases


@pytest.mark.parametrize(
    ("words", "phrases"),
    [
        ([], []),
        (["attack"], []),
        ([], [("air", "strike")]),
        ([""], [("a", "b", "")]),  # an empty word (a token of Arabic marks alone) is a word
        (["", "x"], [("", ""), ("a", "b", "", "c")]),
        (
            ["قسد", "هاجم", "attack"],
            [
                ("قوات", "سوريا", "الديمقراطية"),
                ("air", "strike"),
                ("قوات", "سوريا"),
                ("تل", "أبيض"),
                ("قوات", "سوريا", "الديمقراطية", "قسد"),
            ],
        ),
    ],
)
def test_forms_encode_and_decode_to_the_same_tables(words, phrases):
    table = {w: i for i, w in enumerate(words)}
    index = index_phrases(phrases)
    decoded = decode_forms(encode_forms(table, index))
    assert decoded == (table, index)
    assert [list(t) for t in decoded] == [list(table), list(index)]  # in the same order


def test_phrases_are_indexed_under_their_first_two_words():
    index = index_phrases([("a", "b", "c"), ("x", "y"), ("a", "b")])
    assert index == {("a", "b"): ((("c",), 0), ((), 2)), ("x", "y"): (((), 1),)}


@pytest.mark.parametrize(
    ("words", "phrases"),
    [(["a\nb"], []), ([], [("a", "b", "c\td")]), ([], [("a\n", "b")])],
)
def test_a_form_holding_a_separator_is_refused(words, phrases):
    with pytest.raises(ValueError, match="holds"):
        encode_forms({w: i for i, w in enumerate(words)}, index_phrases(phrases))
