"""Reported speech: who speaks (قال المتحدث باسم قسد، according to X, "...," he said) and over
which tokens their words extend; the speaker is the implicit subject of subjectless clauses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .frame import COMMAS, STRONG_BOUNDARIES, Frame
from .match import Span
from .models import ActorSpan
from .slots import actor_left, actor_right

REPORTER_ROLES = frozenset({"MED", "HRI"})  # they report events; they do not lend a subject
OPEN_QUOTES = frozenset('“«"')
CLOSE_QUOTES = frozenset('”»"')


@dataclass(frozen=True)
class Speaker:
    """Who speaks, and over which tokens their reported speech extends."""

    span: ActorSpan
    scope_start: int
    scope_end: int


def find_speakers(frame: Frame, cues: Sequence[Span], previous: ActorSpan | None) -> list[Speaker]:
    """Resolve the speaker of each reporting verb; a subjectless one inherits the last speaker."""
    speakers: list[Speaker] = []
    n = len(frame.tokens)
    # a speaker from an earlier sentence has no tokens here: a zero-width span at the start
    previous = ActorSpan(0, 0, previous.actor) if previous is not None else None
    gap = frame.language.slot_gap
    for cue in sorted((c for c in cues if c.hit.detail == "attribution"), key=lambda c: c.start):
        span = actor_right(frame, cue.end, 2)
        if span is not None:
            speakers.append(Speaker(span, 0, n))  # "..., according to X": the whole sentence
    for cue in sorted((c for c in cues if c.hit.detail == "reporting"), key=lambda c: c.start):
        if frame.language.lang == "ar":
            span = actor_right(frame, cue.end, gap) or actor_left(frame, cue.start, 0)
        else:
            span = actor_left(frame, cue.start, gap) or actor_right(frame, cue.end, 2)
        if span is None and _clause_initial(frame, cue.start):
            span = speakers[-1].span if speakers else previous
        if span is None:
            continue
        speakers.append(Speaker(span, cue.end, n))
        quote_start = _quote_before(frame, min(cue.start, span.start))
        if quote_start is not None:
            speakers.append(Speaker(span, quote_start, cue.start))
    return speakers


def _clause_initial(frame: Frame, pos: int) -> bool:
    """Nothing but pronouns, conjunctions or a closing quote between a clause start and ``pos``."""
    for i in range(pos - 1, -1, -1):
        norm = frame.norm(i)
        if norm in STRONG_BOUNDARIES or norm in COMMAS:
            return True
        if norm not in frame.language.pronouns and norm not in frame.language.conjunctions:
            return False
    return True


def _quote_before(frame: Frame, pos: int) -> int | None:
    """Start of a quotation that closes just before ``pos`` ("...," he said)."""
    i = pos - 1
    language = frame.language
    while (
        i >= 0
        and (norm := frame.norm(i)) not in CLOSE_QUOTES
        and (norm in COMMAS or norm in language.pronouns or norm in language.transparent)
    ):
        i -= 1
    if i < 0 or frame.norm(i) not in CLOSE_QUOTES:
        return None
    for j in range(i - 1, -1, -1):
        if frame.norm(j) in OPEN_QUOTES:
            return j + 1
    return 0


def speaker_at(speakers: Sequence[Speaker], pos: int) -> ActorSpan | None:
    inside = [s for s in speakers if s.scope_start <= pos < s.scope_end]
    if not inside:
        return None
    speaker = max(inside, key=lambda s: s.scope_start).span
    return None if speaker.actor.roles & REPORTER_ROLES else speaker
