"""A language's surface forms as the coder looks them up (one-word forms numbered in order,
phrases under their first two words) and as the codebook cache stores them: a few strings and
arrays, which pickle as a few objects where the tables are a million (the pickler's memo of
those objects was the memory peak of writing the cache). Tables of records (the gazetteer's
places, the hits of the forms) are stored the same way, a column to a string or an array
(:func:`encode_records`)."""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import islice
from pickle import PickleBuffer
from typing import Any, NamedTuple, TypeVar

from .models import records

LINE, TAB = "\n", "\t"  # normalised tokens hold no white space (normalize.TOKEN_RE)
UTF8 = "surrogatepass"  # the error handler of the pickler's own text encoding

ArrayBytes = PickleBuffer | bytes | bytearray  # an array's bytes: a view, then as unpickled
R = TypeVar("R", bound=tuple)  # a NamedTuple record
Entry = tuple[tuple[str, ...], int]  # a phrase's words after its first two, and its number
Phrases = dict[tuple[str, str], tuple[Entry, ...]]


def array_as_bytes(
    column: array,
) -> tuple[Callable[[str, ArrayBytes], array], tuple[str, ArrayBytes]]:
    """How the cache pickles an array (the pickler's ``dispatch_table``): its type code and
    a view of its bytes, which the pickler writes as they are. By default an array pickles as
    a copy of its bytes, held (the pickler's memo) until the whole cache is written."""
    return array_from_bytes, (column.typecode, PickleBuffer(column))


def array_from_bytes(typecode: str, data: ArrayBytes) -> array:
    """The array of :func:`array_as_bytes`."""
    found = array(typecode)
    found.frombytes(memoryview(data).cast("B"))  # a view of an array is typed
    return found


class EncodedForms(NamedTuple):
    """The forms of :func:`encode_forms`: words, each ended by a separator (so that an empty
    word or none at all is told apart), as UTF-8 (the pickler would attach a UTF-8 copy to
    each string it writes, held until the whole cache is written), and numbers."""

    words: bytes  # the one-word forms, a line each, in order
    firsts: bytes  # the first word of each pair that begins phrases, a line a pair
    seconds: bytes  # its second word
    rests: bytes  # the further words of each phrase, each ended by a tab, a line a phrase
    numbers: array  # the number of each phrase, in the same order (pair by pair)
    counts: array  # how many phrases each pair begins


def index_phrases(phrases: Iterable[tuple[str, ...]]) -> Phrases:
    """The phrases (of two words or more), the k-th as ``(its other words, k)`` under its first
    two words, in order. The words are interned, as :func:`decode_forms` does: a word shared
    by many phrases is held once."""
    intern = sys.intern
    grouped: dict[tuple[str, str], list[Entry]] = {}
    for k, words in enumerate(phrases):
        pair = (intern(words[0]), intern(words[1]))
        grouped.setdefault(pair, []).append((tuple(map(intern, words[2:])), k))
    return {pair: tuple(entries) for pair, entries in grouped.items()}


def encode_forms(
    words: Mapping[str, int], phrases: Mapping[tuple[str, str], Sequence[Entry]]
) -> EncodedForms:
    """The one-word forms (numbered 0, 1, 2 ... in order) and the phrases of
    :func:`index_phrases`, for :func:`decode_forms`."""
    if list(words.values()) != list(range(len(words))):
        raise ValueError("the one-word forms are not numbered in order")
    entries = [entry for group in phrases.values() for entry in group]
    return EncodedForms(
        _ended(LINE, list(words)).encode(errors=UTF8),
        _ended(LINE, [first for first, _ in phrases]).encode(errors=UTF8),
        _ended(LINE, [second for _, second in phrases]).encode(errors=UTF8),
        _ended(LINE, [_ended(TAB, list(rest)) for rest, _ in entries]).encode(errors=UTF8),
        array("I", [k for _, k in entries]),
        array("I", map(len, phrases.values())),
    )


def _ended(separator: str, parts: list[str]) -> str:
    """The parts, each followed by the separator (which none may hold); joined at once, not
    each part with its separator first: that made a string per form (the peak of writing the
    cache)."""
    text = separator.join([*parts, ""])
    if text.count(separator) != len(parts):
        raise ValueError(f"a surface form holds {separator!r}")
    return text


def decode_forms(forms: EncodedForms) -> tuple[dict[str, int], Phrases]:
    """The tables :func:`encode_forms` encoded, mostly made by C loops (zip, islice): the cached
    codebook loads about as fast as when they were pickled as they are. The phrases' words are
    interned: a word shared by many phrases is held once, as it was before pickling."""
    intern = sys.intern
    firsts = map(intern, _parts(_text(forms.firsts)))
    seconds = map(intern, _parts(_text(forms.seconds)))
    rests = [  # most phrases have two words: no further word, an empty line
        tuple(map(intern, _parts(line, TAB))) if line else () for line in _parts(_text(forms.rests))
    ]
    entries = zip(rests, forms.numbers, strict=True)
    groups = [tuple(islice(entries, n)) for n in forms.counts]
    words = _parts(_text(forms.words))
    return dict(zip(words, range(len(words)), strict=True)), dict(
        zip(zip(firsts, seconds, strict=True), groups, strict=True)
    )


def _text(encoded: bytes) -> str:
    return encoded.decode(errors=UTF8)


def _parts(text: str, separator: str = LINE) -> list[str]:
    """The parts of :func:`_ended`."""
    return text.split(separator)[:-1]


class EncodedRecords(NamedTuple):
    """Records (NamedTuples) of :func:`encode_records`, a column a field."""

    kinds: str  # a letter a field: t text, s shared text, i int, b bool, f float
    columns: tuple[bytes | array, ...]  # text as UTF-8, a value a line; numbers an array


TEXT_KINDS = "ts"
NUMBER_TYPES = {"i": "q", "b": "B", "f": "d"}  # the array type of each kind of number field


def encode_records(rows: Sequence[tuple[Any, ...]], kinds: str) -> EncodedRecords:
    """Records whose fields are of these kinds (a letter each, :class:`EncodedRecords`), a few
    strings and arrays for the pickler instead of several objects a record."""
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in kinds]
    if len(columns) != len(kinds):
        raise ValueError(f"{len(columns)} fields and {len(kinds)} kinds")
    return EncodedRecords(
        kinds,
        tuple(
            _ended(LINE, list(column)).encode(errors=UTF8)
            if kind in TEXT_KINDS
            else array(NUMBER_TYPES[kind], column)
            for kind, column in zip(kinds, columns, strict=True)
        ),
    )


def decode_records(kind: type[R], encoded: EncodedRecords) -> list[R]:
    """The records :func:`encode_records` encoded, in order, made in C loops. Shared text
    values are interned: a value many records hold is one string (interning values that
    are not shared costs time for nothing)."""
    columns = [_values(k, column) for k, column in zip(encoded.kinds, encoded.columns, strict=True)]
    return records(kind, zip(*columns, strict=True))


def _values(kind: str, column: bytes | array) -> Iterable[Any]:
    """The values of one column of :func:`encode_records`."""
    if isinstance(column, bytes):
        texts = _parts(_text(column))
        return map(sys.intern, texts) if kind == "s" else texts
    return map(bool, column) if kind == "b" else column
