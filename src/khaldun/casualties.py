"""A further casualty count after the first (killed two soldiers and wounded a third in an
attack; قتل جنديان وأصيب ثالث في عملية طعن): its clause, from the conjunction to the count, is
passed over by slot and literal searches, so the attack still reaches its victims."""

from __future__ import annotations

from collections.abc import Sequence

from .frame import COMMAS, STRONG_BOUNDARIES
from .models import ActorSpan, Token
from .surface import CompiledLanguage

MAX_LEAD = 4  # words between the conjunction and the casualty word: and [a third was] wounded
MAX_COUNT = 3  # words of its count after an Arabic casualty verb: وأصيب [45 آخرون بجروح]


def casualty_tails(
    tokens: Sequence[Token], actors: Sequence[ActorSpan], language: CompiledLanguage
) -> list[tuple[int, int]]:
    """Token ranges of the further casualty clauses of a sentence that name no actor."""
    if not language.casualties:
        return []
    tails = []
    for i, token in enumerate(tokens):
        if token.norm not in language.casualties:
            continue
        start = _conjunction_before(tokens, i, language)
        if start is None:
            continue
        end = _count_after(tokens, i + 1, language) if start == i else i + 1
        if not any(a.start < end and start < a.end for a in actors):
            tails.append((start, end))
    return tails


def _conjunction_before(tokens: Sequence[Token], i: int, language: CompiledLanguage) -> int | None:
    """Where the clause of casualty word ``i`` opens: the word itself with a conjunction clitic
    (وأصيب), or a conjunction a few words before it (and a third was wounded)."""
    if tokens[i].norm[:1] in language.conjunctions:
        return i
    for j in range(i - 1, max(i - 1 - MAX_LEAD, -1), -1):
        norm = tokens[j].norm
        if norm in language.conjunctions:
            return j
        if norm in STRONG_BOUNDARIES or norm in COMMAS:
            return None
    return None


def _count_after(tokens: Sequence[Token], i: int, language: CompiledLanguage) -> int:
    """The end of the count after an Arabic casualty verb: up to a locative or preposition
    (وأصيب 45 آخرون بجروح | في هجوم)."""
    end = i
    while end < len(tokens) and end - i < MAX_COUNT:
        norm = tokens[end].norm
        if (
            norm in language.locatives
            or norm in language.prepositions
            or norm in STRONG_BOUNDARIES
            or norm in COMMAS
        ):
            break
        end += 1
    return end
