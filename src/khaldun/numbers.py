"""Numbers in a sentence: digits of any script (normalisation folds Arabic-Indic digits) and
number words of the language's ``numbers:`` block, with compounds ("twenty-five", "خمسة
وعشرين"), multipliers ("three hundred"), approximators skipped ("at least", "نحو") and ranges
kept at their lower figure ("between 5 and 7", "5 to 7")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import AR_PREFIXES, Found, Lexicon, make_lexicon
from .models import Record, Token, remade_by_fields
from .normalize import normalize_phrase
from .schema import NumberWords

DIGITS_RE = re.compile(r"^\d{1,3}(?:[,٬]\d{3})+$|^\d+$")
YEARS = range(1900, 2101)


class Number(Record):
    """A number of a sentence. Read-only; made for every figure of every sentence that may
    code, so a :class:`Record`."""

    __slots__ = ("approximate", "end", "start", "value")

    def __init__(self, value: int, start: int, end: int, approximate: bool = False) -> None:
        self.value = value
        self.start = start  # token range [start, end) of the whole expression, approximators
        self.end = end  # included
        self.approximate = approximate

    def _fields(self) -> tuple[int, int, int, bool]:
        return self.value, self.start, self.end, self.approximate

    def _names(self) -> tuple[str, ...]:
        return "value", "start", "end", "approximate"


@dataclass(frozen=True)
class CompiledNumbers:
    words: Lexicon[tuple[str, int]]  # label: ("value", n) | ("multiplier", n)
    approximate: Lexicon[bool]
    ranges: Lexicon[bool]
    starts: frozenset[str] = frozenset()  # the tokens any of them can start at
    weekdays: frozenset[str] = frozenset()  # a day's name that is also a number: الاثنين

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return remade_by_fields(self)


def compile_numbers(words: NumberWords, weekdays: frozenset[str] = frozenset()) -> CompiledNumbers:
    """The number words as lexicons; ``weekdays`` (normalised day names) are never numbers:
    يوم الاثنين is Monday, not "the two"."""
    entries: list[tuple[str, tuple[str, int]]] = [
        (phrase, ("value", value)) for value, phrases in words.values.items() for phrase in phrases
    ]
    entries += [
        (phrase, ("multiplier", value))
        for value, phrases in words.multipliers.items()
        for phrase in phrases
    ]
    lexicons = (
        make_lexicon(entries),
        make_lexicon((p, True) for p in words.approximate),
        make_lexicon((p, True) for p in words.ranges),
    )
    starts = frozenset().union(*(x.starts() for x in lexicons))
    return CompiledNumbers(*lexicons, starts, weekdays)


def _digits(norm: str) -> int | None:
    if not norm or not norm[-1].isdigit():  # figures end the token (بـ400، الـ100)
        return None
    for prefix in ("", *AR_PREFIXES):
        if norm.startswith(prefix) and DIGITS_RE.match(norm[len(prefix) :]):
            return int(re.sub(r"[,٬]", "", norm[len(prefix) :]))
    return None


def _simple(tokens: Sequence[Token], i: int, numbers: CompiledNumbers) -> tuple[int, int, str]:
    """(value, end, kind) of a number word or digits at ``i``; kind "" when there is none."""
    value = _digits(tokens[i].norm)
    if value is not None:
        return value, i + 1, "value"
    hit = numbers.words.at(tokens, i)
    if hit is None:
        return 0, i, ""
    kind, value = hit.label
    return value, hit.end, kind


def number_at(tokens: Sequence[Token], i: int, numbers: CompiledNumbers) -> tuple[int, int] | None:
    """(value, end) of the number expression starting at token ``i``, if one does."""
    value, end, kind = _simple(tokens, i, numbers)
    if not kind:
        return None
    if kind == "multiplier":  # "hundreds" written as a multiplier alone
        return value, end
    while end < len(tokens):
        nxt, nxt_end, nxt_kind = _simple(tokens, end, numbers)
        if nxt_kind == "multiplier" and value < nxt:  # three hundred, ثلاثة آلاف
            value, end = value * nxt, nxt_end
            continue
        if nxt_kind == "value" and 0 < nxt < 10 and value % 10 == 0 and 20 <= value < 100:
            value, end = value + nxt, nxt_end  # twenty five
            continue
        if tokens[end].norm == "-" and end + 1 < len(tokens):
            nxt, nxt_end, nxt_kind = _simple(tokens, end + 1, numbers)
            if nxt_kind == "value" and 0 < nxt < 10 and 20 <= value < 100 and value % 10 == 0:
                value, end = value + nxt, nxt_end  # twenty-five
                continue
        if (
            nxt_kind == "value"
            and 20 <= nxt < 100
            and nxt % 10 == 0
            and 0 < value < 10
            and tokens[end].norm[:1] == "و"
        ):
            value, end = value + nxt, nxt_end  # خمسة وعشرين
            continue
        break
    return value, end


def find_numbers(
    tokens: Sequence[Token], numbers: CompiledNumbers, months: frozenset[str] = frozenset()
) -> list[Number]:
    """Every number of the sentence, in order; dates ("3 March 2022") and years are left out,
    and the second figure of a range ("between 5 and 7", "5 to 7") too."""
    found: list[Number] = []
    i = 0
    for start in _possible_starts(tokens, numbers):
        if start < i:
            continue  # within the number before
        i = start
        approx = numbers.approximate.at(tokens, i)
        approximate = False
        while approx is not None and approx.end < len(tokens):
            approximate, i = True, approx.end
            approx = numbers.approximate.at(tokens, i)
        rng = numbers.ranges.at(tokens, i)
        between = rng is not None and rng.end < len(tokens)
        if rng is not None and between:
            i = rng.end  # "between 5 and 7": keep the first figure
        hit = number_at(tokens, i, numbers)
        if hit is None:
            i = start + 1
            continue
        value, end = hit
        if end == i + 1 and tokens[i].norm in numbers.weekdays:
            i = end
            continue  # a day's name: يوم الاثنين
        near = {t.norm for t in tokens[max(0, i - 1) : end + 1]}
        if (near & months) or (value in YEARS and _digits(tokens[i].norm) is not None):
            i = end
            continue
        found.append(Number(value, start, end, approximate))
        i = end
        rng = numbers.ranges.at(tokens, i) if i < len(tokens) else None
        if rng is None and i < len(tokens) and tokens[i].norm in ("-", "–"):
            rng = numbers.ranges.at(tokens, i) or _dash(i)
        if rng is None and between and i < len(tokens):
            if tokens[i].norm in ("and", "و"):
                rng = _dash(i)
            elif tokens[i].norm.startswith("و") and _digits(tokens[i].norm) is not None:
                rng = _dash(i - 1)
        if rng is not None and rng.end < len(tokens):
            second = number_at(tokens, rng.end, numbers)
            if second is not None and second[0] >= value:
                i = second[1]  # 5 to 7: the lower figure only
    return found


def _possible_starts(tokens: Sequence[Token], numbers: CompiledNumbers) -> list[int]:
    """The tokens a number (or its approximator, or a range word) could start at, in one pass:
    most sentences have none or few."""
    starts = numbers.starts
    return [i for i, t in enumerate(tokens) if t.norm in starts or ends_in_digit(t.norm)]


def ends_in_digit(norm: str) -> bool:
    """``norm[-1:].isdigit()``, told for a Latin or Arabic letter by its code point (compiled,
    ``ord(norm[-1])`` makes no string): most tokens end in one."""
    if not norm:
        return False
    last = ord(norm[-1])
    if last < 0x80:
        return 0x30 <= last <= 0x39
    if 0x600 <= last <= 0x6FF:  # the Arabic block: its two rows of digits
        return 0x660 <= last <= 0x669 or 0x6F0 <= last <= 0x6F9
    return norm[-1:].isdigit()


def _dash(i: int) -> Found[bool]:
    return Found(i, i + 1, True)


def number_words(numbers: NumberWords) -> frozenset[str]:
    """One-word numbers and approximators: a count between a verb and its actor costs no gap
    (killed three soldiers, قتل نحو عشرين جنديا)."""
    words = [w for phrases in numbers.values.values() for w in phrases]
    words += [w for phrases in numbers.multipliers.values() for w in phrases]
    phrases = (normalize_phrase(w) for w in [*words, *numbers.approximate])
    return frozenset(p[0] for p in phrases if len(p) == 1)
