"""Compound actors: the conjuncts joined to an actor on its right (X, Y and Z attacked) or on
its left (X and Y attacked, from Y), through commas, conjunctions, "the" and a few modifiers."""

from __future__ import annotations

from .frame import COMMAS, Frame
from .models import ActorSpan

MAX_COMPOUND = (
    8  # actors joined in one slot ("X, Y and Z"); a longer list is a table, not a subject
)
MAX_MODIFIERS = 2  # lower-case words between a conjunction and its conjunct: "and the evil X"


def compound_right(frame: Frame, first: ActorSpan) -> tuple[ActorSpan, ...]:
    """``X, Y and Z`` / ``X and the Y`` / ``X وY``: the actors joined to ``first`` on its right.
    A list ends at its conjunction's member: in ``X and Y, Z`` (fighting between X and Y, an
    official of Z said) Z stands apart."""
    group = [first]
    closed = False  # a conjunction joined the last member
    while len(group) < MAX_COMPOUND:
        end = group[-1].end
        nxt = frame.by_start.get(end)
        if nxt is None or not nxt.conjoined:
            start = _after_join(frame, end)
            nxt = frame.by_start.get(start) if start is not None else None
            if nxt is None:
                break
            bare = _bare_comma(frame, end) and not nxt.conjoined  # not "X وY، وZ"
            if closed and bare:
                break
            closed = closed or not bare
        else:
            closed = True
        group.append(nxt)
    return tuple(group)


def compound_left(frame: Frame, last: ActorSpan) -> tuple[ActorSpan, ...]:
    """The actors joined to ``last`` on its left: ``X and Y attacked`` from Y. A bare comma
    right before the last one ends no list (despite warnings by X, Y refused: Y alone)."""
    group = [last]
    while len(group) < MAX_COMPOUND:
        head = group[0]
        prev = frame.by_end.get(head.start) if head.conjoined else None
        if prev is None:
            before = _before_join(frame, head.start)
            if before and len(group) == 1 and _bare_comma(frame, before):
                break
            prev = frame.by_end.get(before) if before else None
        if prev is None:
            break
        group.insert(0, prev)
    return tuple(group)


def _bare_comma(frame: Frame, i: int) -> bool:
    """Token ``i`` is a comma with no conjunction after it."""
    after = frame.norm(i + 1) if i + 1 < len(frame.tokens) else ""
    return frame.norm(i) in COMMAS and after not in frame.language.conjunctions


def _after_join(frame: Frame, end: int) -> int | None:
    """Where the next conjunct starts after ``end`` ("and", ",", ", and", "و", maybe then "the"
    and up to two modifiers: "and the newly elected")."""
    if end >= len(frame.tokens) or not _joins(frame, end):
        return None
    i, modifiers = end + 1, 0
    while i < len(frame.tokens) and frame.norm(end) in COMMAS and _joins(frame, i):
        i += 1  # the serial comma: "X, Y, and Z"
    while i < len(frame.tokens):
        if frame.norm(i) not in frame.language.transparent:
            if modifiers == MAX_MODIFIERS or not _modifier(frame, i):
                break
            modifiers += 1
        i += 1
    return i


def _before_join(frame: Frame, start: int) -> int | None:
    """Where the previous conjunct ends before ``start`` (through transparent words, up to
    two modifiers and the serial comma: "X, Y, and the Z")."""
    i, modifiers = start - 1, 0
    while i > 0:
        if frame.norm(i) not in frame.language.transparent:
            if modifiers == MAX_MODIFIERS or not _modifier(frame, i):
                break
            modifiers += 1
        i -= 1
    if i <= 0 or not _joins(frame, i):
        return None
    if i > 1 and frame.norm(i - 1) in COMMAS and frame.norm(i) not in COMMAS:
        i -= 1
    return i


def _modifier(frame: Frame, i: int) -> bool:
    """A lower-case word that may qualify the next conjunct (the *evil* X): not a trigger, a
    stop word or a conjunction; never in Arabic, which has no case."""
    text = frame.tokens[i].text
    return (
        text.isalpha()
        and text.islower()
        and not frame.stops(i)
        and frame.norm(i) not in frame.language.conjunctions
    )


def _joins(frame: Frame, i: int) -> bool:
    norm = frame.norm(i)
    return norm in frame.language.conjunctions or norm in COMMAS
