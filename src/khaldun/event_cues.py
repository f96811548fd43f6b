"""Which ACLED cue sets each event of a sentence sees: those of its own clause when the sentence
tells several events in different clauses ("Hezbollah fired rockets at Israel, and Israeli jets
struck Lebanon": the rockets are the first event's, the jets the second's), the sentence's
otherwise. Context cue sets (those a rule ``requires``: a protest named) are the sentence's
always, and so are the cues of a clause that holds no event's trigger."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from .frame import COMMAS
from .lexicon import Found
from .models import Event, Token
from .schema import AcledRule

STRONG_STOPS = frozenset({".", ";", "؛", ":", "!", "?", "؟"})
# a comma before one of these opens a new clause (", and", ", while"; "، و", "، بينما")
CLAUSE_OPENERS = {
    "en": ("and", "while", "whereas"),
    "ar": ("بينما", "فيما", "في حين"),
}
# cue sets that tell how an event ended, not how it was done: a clause naming only these tells
# no more of the event than the sentence does ("..., and five civilians were killed")
OUTCOMES = frozenset({"lethal"})
AND_PREFIX = {"ar": "و"}  # the conjunction written on the word it joins ("، وشنت")


def event_cue_sets(
    found: Sequence[Found[str]],
    tokens: Sequence[Token],
    events: Sequence[Event],
    sentence_start: int,
    rules: Sequence[AcledRule],
) -> list[frozenset[str]]:
    """The cue sets each event sees (``found``: the sentence's cue spans; the cue sets the
    ``rules`` require are seen sentence-wide). An event whose clause names no cue of how it was
    done sees the sentence's."""
    everywhere = frozenset(f.label for f in found)
    if len(events) < 2 or not found:
        return [everywhere] * len(events)
    lang = events[0].lang
    clause = clause_numbers(tokens, lang)
    starts = [t.start for t in tokens]
    event_clauses = [_trigger_clause(e, starts, sentence_start, clause) for e in events]
    told = {c for c in event_clauses if c is not None}
    if len(told) < 2:
        return [everywhere] * len(events)
    context = frozenset(c for rule in rules for c in rule.requires)
    not_means = context | OUTCOMES
    shared = frozenset(f.label for f in found if f.label in context or clause[f.start] not in told)
    views = []
    for own in event_clauses:
        mine = frozenset(f.label for f in found if clause[f.start] == own)
        views.append(shared | mine if own is not None and mine - not_means else everywhere)
    return views


def clause_numbers(tokens: Sequence[Token], lang: str) -> list[int]:
    """The clause of each token: the number of clause breaks before it (strong punctuation, or a
    comma before a conjunction that opens a clause)."""
    openers = CLAUSE_OPENERS.get(lang, ())
    prefix = AND_PREFIX.get(lang, "")
    numbers, current = [], 0
    for i, token in enumerate(tokens):
        numbers.append(current)
        if token.norm in STRONG_STOPS or (
            token.norm in COMMAS and _opens_clause(tokens, i + 1, openers, prefix)
        ):
            current += 1
    return numbers


def _opens_clause(tokens: Sequence[Token], at: int, openers: Sequence[str], prefix: str) -> bool:
    """Does token ``at`` (after a comma) open a clause: a conjunction, or a word the
    conjunction is written on?"""
    if at >= len(tokens):
        return False
    word = tokens[at].norm
    if prefix and word.startswith(prefix) and len(word) > 2:
        return True
    return any(
        " ".join(t.norm for t in tokens[at : at + opener.count(" ") + 1]) == opener
        for opener in openers
    )


def _trigger_clause(
    event: Event, starts: Sequence[int], sentence_start: int, clause: Sequence[int]
) -> int | None:
    """The clause of the event's trigger (None: no token starts where its trigger does)."""
    at = sentence_start + event.trigger_start
    i = bisect_left(starts, at)
    if i < len(starts) and starts[i] == at and event.trigger_text:
        return clause[i]
    return None
