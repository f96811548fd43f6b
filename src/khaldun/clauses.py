"""TABARI's CODE BY option (the language's ``code_by``): the clause a trigger stands in, so that
only the first verb that codes in each clause, or in the sentence, does."""

from __future__ import annotations

from .frame import Frame


def clause_of(frame: Frame, start: int) -> int | None:
    """Which clause of the sentence token ``start`` stands in (the number of strong punctuation
    marks, conjunctions and slot stops before it); always 0 with ``code_by: sentence``; None
    with ``code_by: all`` (every verb codes)."""
    language = frame.language
    if language.code_by == "all":
        return None
    if language.code_by == "sentence":
        return 0
    ends = language.conjunctions | language.verb_conjunctions | language.slot_stops
    return sum(1 for i in range(start) if frame.is_boundary(i) or frame.norm(i) in ends)
