"""Compound actors: the actors joined to one by "and", "و" or commas ("X, Y and the evil Z"),
on either side of it. No parser: conjunctions, commas and a few modifiers."""

from __future__ import annotations

from .frame import COMMAS, Frame
from .models import ActorSpan

MAX_COMPOUND = (
    8  # actors joined in one slot ("X, Y and Z"); a longer list is a table, not a subject
)
MAX_MODIFIERS = 2  # lower-case words between a conjunction and its conjunct: "and the evil X"


def compound_right(frame: Frame, first: ActorSpan) -> tuple[ActorSpan, ...]:
    """``X, Y and Z`` / ``X and the Y`` / ``X وY``: the actors joined to ``first`` on its right.
    A bare comma after a conjunction ends the list: "X and Y, the Z agency said" (not Z)."""
    group = [first]
    closed = False  # a conjunction has joined the last member
    while len(group) < MAX_COMPOUND:
        end = group[-1].end
        nxt = frame.by_start.get(end)
        if nxt is None or not nxt.conjoined:
            if closed and end < len(frame.tokens) and _list_comma(frame, end):
                break
            after = _after_join(frame, end)
            nxt = frame.by_start.get(after) if after else None
        if nxt is None or _opens_clause(frame, end, nxt):
            break
        closed = nxt.conjoined or not _list_comma(frame, end)
        group.append(nxt)
    return tuple(group)


def _opens_clause(frame: Frame, end: int, nxt: ActorSpan) -> bool:
    """``, and Y`` with a trigger of its own after Y is a second clause, Y its subject: "fired
    rockets at Israel, and Israeli jets struck Lebanon" (Y is no second target)."""
    if not _comma_and(frame, end):
        return False
    i = nxt.end
    while i < len(frame.tokens) and frame.norm(i) in frame.language.transparent:
        i += 1
    return i in frame.event_words


def _two_clauses(frame: Frame, join: int, prev: ActorSpan) -> bool:
    """``X, and Y`` with no list before X joins two clauses, not two subjects: "fired rockets
    at Israel, and Israeli jets struck" (a list has its commas: "X, Y, and Z struck")."""
    if not _comma_and(frame, join):
        return False
    earlier = _before_join(frame, prev.start)
    return earlier is None or frame.by_end.get(earlier) is None


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
            if (
                prev is not None
                and before
                and len(group) == 1
                and _two_clauses(frame, before, prev)
            ):
                break
        if prev is None:
            break
        group.insert(0, prev)
    return tuple(group)


def _bare_comma(frame: Frame, i: int) -> bool:
    """Token ``i`` is a comma with no conjunction after it."""
    return frame.norm(i) in COMMAS and not _comma_and(frame, i)


def _comma_and(frame: Frame, i: int) -> bool:
    """Token ``i`` is a comma with a conjunction right after it (", and", "، و")."""
    return (
        frame.norm(i) in COMMAS
        and i + 1 < len(frame.tokens)
        and frame.norm(i + 1) in frame.language.conjunctions
    )


def _list_comma(frame: Frame, i: int) -> bool:
    """Token ``i`` is a bare comma (no conjunction after it, as a word or as the next actor's
    clitic: "، وقسد" joins)."""
    after = frame.by_start.get(i + 1)
    return _bare_comma(frame, i) and not (after is not None and after.conjoined)


def _after_join(frame: Frame, end: int) -> int | None:
    """Where the next conjunct starts after ``end`` ("and", ",", ", and", "و", maybe then "the"
    and up to two modifiers: "and the newly elected")."""
    if end >= len(frame.tokens) or not _joins(frame, end):
        return None
    i, modifiers = end + 1, 0
    while i < len(frame.tokens) and frame.norm(end) in COMMAS and _joins(frame, i):
        i += 1  # the serial comma: "X, Y, and Z"
    while i < len(frame.tokens) and i not in frame.by_start:  # "and the rebels": at rebels
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
    while i > 0 and i + 1 not in frame.by_end:  # "the rebels and the army": at rebels
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
    """A conjunction or a comma, but not the comma that opens an attribution (arrested five
    protesters, the ministry said: that one is an event word of the frame)."""
    norm = frame.norm(i)
    return (norm in frame.language.conjunctions or norm in COMMAS) and i not in frame.event_words
