"""A language's forms survive the cache's encoding: the same tables, in the same order."""

import copyreg
import io
import pickle
from array import array

import pytest

from khaldun.formindex import (
    array_as_bytes,
    decode_forms,
    decode_rows,
    encode_forms,
    encode_rows,
    index_phrases,
)


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


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [(("gn-1", "Aleppo", "SYR", "", "town"), (36.2, 37.16))],
        [
            (("kh-ghouta", "Eastern Ghouta", "SYR", "Rif Dimashq", "district"), (33.55, 36.4)),
            (("gn-2", "حلب", "SYR", "Aleppo", "town"), (-0.5, 0.0)),
        ],
    ],
)
def test_rows_survive_their_encoding(rows):
    decoded = decode_rows(encode_rows(rows))
    assert [(tuple(t), tuple(n)) for t, n in decoded] == rows


def test_a_text_value_with_a_line_break_is_refused():
    with pytest.raises(ValueError):
        encode_rows([(("a\nb",), ())])


def test_the_compiled_codebook_survives_the_cache(shipped):
    again = pickle.loads(pickle.dumps(shipped, protocol=pickle.HIGHEST_PROTOCOL))
    assert again.places == shipped.places
    assert again.rules == shipped.rules


@pytest.mark.parametrize(
    "column",
    [array("I"), array("I", [0, 7, 2**32 - 1]), array("B", [0, 3, 255]), array("d", [36.2, -0.5])],
)
def test_an_array_pickled_as_its_bytes_is_the_same_array(column):
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.dispatch_table = {**copyreg.dispatch_table, array: array_as_bytes}
    pickler.dump(column)
    again = pickle.loads(buffer.getvalue())
    assert (again.typecode, again) == (column.typecode, column)
