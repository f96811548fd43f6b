"""A language's forms survive the cache's encoding: the same tables, in the same order."""

import copyreg
import io
import pickle
from array import array
from typing import get_type_hints

import pytest

from khaldun.compiler import PLACE_FIELDS, PlaceEntry
from khaldun.formindex import (
    array_as_bytes,
    decode_forms,
    decode_records,
    encode_forms,
    encode_records,
    index_phrases,
)
from khaldun.forms import Hit
from khaldun.surface import HIT_FIELDS


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
    "places",
    [
        [],
        [PlaceEntry("gn-1", "Aleppo", "SYR", "", 36.2, 37.16, "town")],
        [
            PlaceEntry("kh-ghouta", "Ghouta", "SYR", "Rif Dimashq", 33.55, 36.4, "district"),
            PlaceEntry("gn-2", "حلب", "SYR", "Aleppo", -0.5, 0.0, "town"),
        ],
    ],
)
def test_places_survive_their_encoding(places):
    decoded = decode_records(PlaceEntry, pickled(encode_records(places, PLACE_FIELDS)))
    assert decoded == places
    assert all(type(place) is PlaceEntry for place in decoded)


@pytest.mark.parametrize(
    "hits",
    [
        [],
        [Hit("trigger", 3, "verb", future=True, verb=True), Hit("actor", 70_000, cased="US")],
        [Hit("cue", 0, "negation"), Hit("trigger", 12, "noun", definite=True, pronoun=True)],
    ],
)
def test_hits_survive_their_encoding_with_their_types(hits):
    decoded = decode_records(Hit, pickled(encode_records(hits, HIT_FIELDS)))
    assert decoded == hits
    assert [list(map(type, hit)) for hit in decoded] == [list(map(type, hit)) for hit in hits]


@pytest.mark.parametrize(("kind", "fields"), [(Hit, HIT_FIELDS), (PlaceEntry, PLACE_FIELDS)])
def test_each_field_of_an_encoded_record_has_its_kind(kind, fields):
    types = {"t": str, "s": str, "i": int, "b": bool, "f": float}
    assert [types[letter] for letter in fields] == list(get_type_hints(kind).values())


def test_a_text_value_with_a_line_break_is_refused():
    with pytest.raises(ValueError):
        encode_records([PlaceEntry("a\nb", "", "", "", 0.0, 0.0, "town")], PLACE_FIELDS)


def test_each_field_needs_its_kind():
    with pytest.raises(ValueError, match="kinds"):
        encode_records([Hit("cue", 0)], "ti")


def pickled(value):
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


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
