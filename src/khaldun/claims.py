"""Claims of responsibility: the group that claimed an attack is the source of the sentence's
attacks that name none (تبنت حركة طالبان الهجوم ... قتل ثلاثة جنود في هجوم انتحاري; an
attack, claimed by ISIS, killed ...). A denied claim (نفت حماس مسؤوليتها) names no one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .frame import Frame
from .models import VIOLENT_ROOTS, ActorSpan, Event, copy_event
from .nearest import actor_left, actor_right
from .scopes import is_cued

if TYPE_CHECKING:
    from .match import Span

CLAIMER_AFTER = "claim-after"  # cue detail: the claimer follows (claimed by X, تبنت X)
CLAIMER_BEFORE = "claim-before"  # the claimer precedes (X claimed responsibility, X مسؤوليتها)
CLAIM_CUES = frozenset({CLAIMER_AFTER, CLAIMER_BEFORE})


def claimer(frame: Frame, cues: Sequence[Span]) -> ActorSpan | None:
    """The first actor who claims responsibility in the sentence, unless the claim is denied."""
    gap = frame.language.slot_gap
    for cue in sorted(cues, key=lambda c: c.start):
        if cue.hit.detail == CLAIMER_AFTER:
            actor = actor_right(frame, cue.end, gap) or _fronted(frame, cue, gap)
        elif cue.hit.detail == CLAIMER_BEFORE:
            actor = actor_left(frame, cue.start, gap)
        else:
            continue
        if actor is None:
            continue
        claim = cue._replace(start=min(cue.start, actor.start))  # the claimer and its claim
        if not is_cued(frame, cues, claim, "negation", frame.language.negation_window):
            return actor
    return None


def claimed_sources(events: list[Event], frame: Frame, cues: Sequence[Span]) -> list[Event]:
    """Attacks, fights and mass violence without a source take the claimer as theirs."""
    if not any(e.source is None and e.root in VIOLENT_ROOTS for e in events):
        return events
    who = claimer(frame, cues)
    if who is None:
        return events
    return [
        copy_event(e, source=who.actor)
        if e.source is None
        and e.root in VIOLENT_ROOTS
        and (e.target is None or e.target.code != who.actor.code)
        else e
        for e in events
    ]


def _fronted(frame: Frame, cue: Span, gap: int) -> ActorSpan | None:
    """The Arabic claimer written before its verb, as a headline puts it (داعش يتبنى الهجوم)."""
    if frame.language.lang != "ar" or frame.norm(cue.start) not in frame.language.claim_verbs:
        return None
    return actor_left(frame, cue.start, gap)
