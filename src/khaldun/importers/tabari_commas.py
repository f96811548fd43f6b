"""TABARI's comma-delimited clause deletion (its ``COMMA:`` option), for the compat runs.

Before coding a sentence TABARI deletes the short clauses set off by commas (appositives such
as ", the state's fiercest foe," and trailing attributions such as ", an official said."):
an internal clause (between two commas) of MIN..MAX words, a final one (after the last comma)
of EMIN..EMAX words and an initial one (before the first comma) of BMIN..BMAX words. A range
whose minimum exceeds its maximum (TABARI's ``BMIN = 255 BMAX = 0``) deletes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ENDING = re.compile(r"\s*[.!?]*\s*$")
_CONJUNCTIONS = frozenset({"and", "or"})
_COMMA = re.compile(r",(?=\s)")  # not the comma of "1,000"


@dataclass(frozen=True)
class CommaLimits:
    """Word-count ranges of the clauses TABARI deletes: internal, end and beginning."""

    internal: tuple[int, int] = (2, 10)
    end: tuple[int, int] = (2, 10)
    begin: tuple[int, int] = (255, 0)


# TABARI's setting when no COMMA: option is given (its "COMMA: MIN = 2 MAX = 10 EMIN = 2
# EMAX = 10 BMIN = 255 BMAX = 0"); COMMA: OFF deletes nothing
TABARI_COMMAS = CommaLimits()
NO_COMMAS = CommaLimits((255, 0), (255, 0), (255, 0))


def parse_comma_option(value: str, current: CommaLimits) -> CommaLimits:
    """The limits after a ``COMMA:`` option value (``MIN = 4 MAX = 6 EMIN = 3 ...`` or
    ``OFF``); a bound the value does not name keeps its current number."""
    if value.strip().upper() == "OFF":
        return NO_COMMAS
    numbers = {k.upper(): int(n) for k, n in re.findall(r"([A-Za-z]+)\s*=\s*(\d+)", value)}

    def bounds(prefix: str, old: tuple[int, int]) -> tuple[int, int]:
        return (numbers.get(prefix + "MIN", old[0]), numbers.get(prefix + "MAX", old[1]))

    return CommaLimits(
        bounds("", current.internal), bounds("E", current.end), bounds("B", current.begin)
    )


def drop_comma_clauses(text: str, limits: CommaLimits) -> str:
    """The text without the comma-delimited clauses whose word count falls in the limits'
    ranges, and without their commas (its final punctuation kept). Every clause is measured
    in the sentence as written: in "A, its old rival, warned B on Monday, an official said"
    the second and third clauses are internal ones and both go."""
    ending = _ENDING.search(text)
    stop = ending.group(0).strip() if ending else ""
    parts = [p.strip() for p in _COMMA.split(text[: ending.start()] if ending else text)]
    if len(parts) < 2:
        return text
    last = len(parts) - 1
    out = ""
    comma = True  # the previous clause was kept: the next one follows its comma
    for index, part in enumerate(parts):
        count = _words(part) + (1 if index == last and stop else 0)
        listed = _in_list(part, parts[index + 1] if index < last else "")
        if not listed and _in_range(count, _range_of(index, last, limits)):
            comma = False
            continue
        out += ((", " if comma else " ") + part) if out else part
        comma = True
    return out + stop


def _in_list(clause: str, following: str) -> bool:
    """Whether the clause is an item of a list ("A, B, C and D", "A, B, and C"): it or the
    clause after it has a conjunction in its first three words.
    TABARI reads such lists as compound actors, not as comma clauses."""
    return any(w.lower() in _CONJUNCTIONS for w in clause.split()[:3] + following.split()[:3])


def _words(clause: str) -> int:
    """TABARI's word count: a possessive ``'s`` is a word of its own."""
    return len(clause.split()) + len(re.findall(r"\w's\b", clause))


def _range_of(index: int, last: int, limits: CommaLimits) -> tuple[int, int]:
    if index == 0:
        return limits.begin
    if index == last:
        return limits.end
    return limits.internal


def _in_range(words: int, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= words <= bounds[1]
