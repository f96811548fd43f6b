"""Fatalities of a sentence, as ACLED counts them: the number tied to a word for the killed
("killing 5", "5 killed", "مقتل 5", "5 قتلى", "لقي 5 حتفهم"), never to the injured; figures in
one list are added ("2 soldiers and 3 civilians"), differing reports give the lowest figure."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .acled import CompiledAcled
from .lexicon import Found, Lexicon
from .models import Token
from .morphology import ar
from .numbers import Number, find_numbers

WINDOW = 4  # tokens between a number (approximators included) and its cue word
LIST_WORDS = frozenset({"and", ",", "و", "،"})  # not "including", بينهم: a part, not more


def sentence_fatalities(
    acled: CompiledAcled, lang: str, tokens: Sequence[Token], references: Sequence[int] = ()
) -> int | None:
    """The number killed in the sentence (None: no figure given). ``references`` are where the
    sentence's reference words end (in response to, ردا على): a killed word that names the
    event they refer to counts the dead of an earlier event, not this one's."""
    if lang not in acled.killed or not tokens:
        return None
    cues = acled.killed[lang].find(tokens)
    if references:
        cues = [c for c in cues if not _referred(tokens, c, references, lang)]
    killed = [c for c in cues if c.label == "killed"]
    if not killed:
        return None
    numbers = find_numbers(tokens, acled.numbers[lang], acled.months.get(lang, frozenset()))
    by_cue: dict[int, list[Number]] = {}
    previous: tuple[Number, Found[str]] | None = None
    for number in numbers:
        cue = _nearest(number, cues)
        joined = False
        if previous is not None and (cue is None or cue.label == "killed"):
            before, its_cue = previous
            between = tokens[before.end : number.start]
            if len(between) <= 3 and _listed(tokens, number):
                cue, joined = its_cue, True  # "killing 2 soldiers and 3 civilians": one list
        previous = None
        if not joined and cue is not None and _beyond_first(number, cue, by_cue):
            continue  # "killing 7 fighters on both sides": the figure is the first after the cue
        if cue is not None and cue.label == "killed":
            by_cue.setdefault(cue.start, []).append(number)
            previous = (number, cue)
    if not by_cue:
        return _implied(tokens, killed, acled.persons.get(lang), acled.singular.get(lang))
    totals = []
    for group in by_cue.values():
        total = group[0].value
        for before, number in pairwise(group):
            if number.start - before.end <= 3 and _listed(tokens, number):
                total += number.value  # "2 soldiers and 3 civilians"
            else:
                total = min(total, number.value)
        totals.append(total)
    return min(totals)


def _listed(tokens: Sequence[Token], number: Number) -> bool:
    """A number right after a list word (and 3, ، و3, including 3): the next figure of a list,
    not one a further verb counts (killing two officers and freeing several detainees)."""
    first = tokens[number.start]
    return first.text.startswith("و") or (
        number.start > 0 and tokens[number.start - 1].norm in LIST_WORDS
    )


def _referred(
    tokens: Sequence[Token], cue: Found[str], references: Sequence[int], lang: str
) -> bool:
    """A killed word right after a reference word, the known event it names: English with its
    article (in response to *the killing* of a commander), Arabic as the construct noun it is
    (ردا على *مقتل* أحد قادته); "after killing 5" is the subject's own deed."""
    for end in references:
        if end > cue.start:
            continue  # a reference word after the killed word names no event of it
        between = [t.norm for t in tokens[end : cue.start]]
        if between == ["the"] or (not between and lang == "ar"):
            return True
    return False


def _beyond_first(number: Number, cue: Found[str], by_cue: dict[int, list[Number]]) -> bool:
    """A number after its cue word with another of the cue's figures between them."""
    return number.start >= cue.end and any(
        cue.end <= n.start < number.start for n in by_cue.get(cue.start, ())
    )


def _nearest(number: Number, cues: Sequence[Found[str]]) -> Found[str] | None:
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


def _implied(
    tokens: Sequence[Token],
    killed: Sequence[Found[str]],
    persons: Lexicon[int] | None,
    singular: frozenset[str] | None,
) -> int | None:
    """The dead a noun right after a killed word implies: "killing a soldier", "مقتل شرطي" one,
    "مقتل جنديين" (a dual) two; or a singular auxiliary right before it, one: "a soldier was
    killed"; None when no such word stands there."""
    for cue in killed:
        if singular and cue.start > 0 and tokens[cue.start - 1].norm in singular:
            return 1
        if cue.end >= len(tokens):
            continue
        if tokens[cue.end].norm in ("a", "an"):
            return 1
        person = persons.at(tokens, cue.end) if persons else None
        if person is None and persons is not None:
            person = _object_after_subject(tokens, cue.end, persons)
        if person is not None:
            return person.label
    return None


MAX_SUBJECT = 2  # definite words of a verb's subject before its object: أعدمت السلطات الإيرانية


def _object_after_subject(
    tokens: Sequence[Token], start: int, persons: Lexicon[int]
) -> Found[int] | None:
    """An Arabic verb's accusative object after its definite subject (أعدمت السلطات رجلا، قتلت
    القوات الإسرائيلية شابا): the dead it implies, as right after the verb."""
    i = start
    while i < len(tokens) and i - start < MAX_SUBJECT and ar.has_article(tokens[i].norm):
        i += 1
    if i == start or i >= len(tokens) or not tokens[i].norm.endswith("ا"):
        return None
    return persons.at(tokens, i)
