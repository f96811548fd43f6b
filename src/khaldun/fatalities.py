"""Fatalities of a sentence, as ACLED counts them: the number tied to a word for the killed
("killing 5", "5 killed", "مقتل 5", "5 قتلى", "لقي 5 حتفهم"), never to the injured; figures in
one list are added ("2 soldiers and 3 civilians"), differing reports give the lowest figure."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .acled import CompiledAcled
from .lexicon import Found
from .models import Token
from .numbers import Number, find_numbers

WINDOW = 4  # tokens between a number (approximators included) and its cue word
LIST_WORDS = frozenset({"and", ",", "و", "،", "including", "بينهم", "منهم"})


def sentence_fatalities(acled: CompiledAcled, lang: str, tokens: Sequence[Token]) -> int | None:
    """The number killed in the sentence (None: no figure given)."""
    if lang not in acled.killed or not tokens:
        return None
    cues = acled.killed[lang].find(tokens)
    killed = [c for c in cues if c.label == "killed"]
    if not killed:
        return None
    numbers = find_numbers(tokens, acled.numbers[lang], acled.months.get(lang, frozenset()))
    by_cue: dict[int, list[Number]] = {}
    previous: tuple[Number, Found] | None = None
    for number in numbers:
        cue = _nearest(number, cues)
        if previous is not None and (cue is None or cue.label == "killed"):
            before, its_cue = previous
            between = tokens[before.end : number.start]
            if len(between) <= 3 and {t.norm for t in between} & LIST_WORDS:
                cue = its_cue  # "killing 2 soldiers and 3 civilians": the same list
        previous = None
        if cue is not None and cue.label == "killed":
            by_cue.setdefault(cue.start, []).append(number)
            previous = (number, cue)
    if not by_cue:
        return 1 if _singular(tokens, killed) else None
    totals = []
    for group in by_cue.values():
        total = group[0].value
        for before, number in pairwise(group):
            between = [t.norm for t in tokens[before.end : number.start]]
            if set(between) & LIST_WORDS and len(between) <= 3:
                total += number.value  # "2 soldiers and 3 civilians"
            else:
                total = min(total, number.value)
        totals.append(total)
    return min(totals)


def _nearest(number: Number, cues: Sequence[Found]) -> Found | None:
    """The cue word nearest a number within the window; a following cue wins a tie
    ("5 قتلى و10 جرحى": 10 goes with the injured)."""
    best: tuple[int, int] | None = None
    chosen = None
    for cue in cues:
        if cue.start >= number.end:
            gap, side = cue.start - number.end, 0
        elif cue.end <= number.start:
            gap, side = number.start - cue.end, 1
        else:
            continue
        if gap <= WINDOW and (best is None or (gap, side) < best):
            best, chosen = (gap, side), cue
    return chosen


def _singular(tokens: Sequence[Token], killed: Sequence[Found]) -> bool:
    """ "killing a soldier", "killed an officer": one dead."""
    return any(c.end < len(tokens) and tokens[c.end].norm in ("a", "an") for c in killed)
