"""A subject pronoun that opens a clause ("He also asked Ruritania ...", "However, it promised aid")
stands for the actor carried over from the previous sentence: its speaker, else its first
subject (of an event, else the actor named before its first verb); one right after a conjunction
inside a sentence, for the subject of the verb before it ("X urged Y and then she asked Z")."""

from __future__ import annotations

from collections.abc import Sequence

from .frame import COMMAS, STRONG_BOUNDARIES, Frame
from .models import ActorSpan, Event

MAX_BEFORE_VERB = 2  # other words between the pronoun and its verb: he has (also) asked


def pronoun_subject(
    frame: Frame, start: int, carried: ActorSpan | None, inner: ActorSpan | None = None
) -> ActorSpan | None:
    """The actor (as a zero-width span) a clause-initial subject pronoun just before the
    trigger at ``start`` stands for, with no actor between: ``inner`` (the subject of the verb
    before, in this sentence) for one right after a conjunction or comma ("X urged Y and then
    she asked Z"), else ``carried``; None when there is no such pronoun."""
    if carried is None and inner is None:
        return None
    language = frame.language
    others = 0
    i = start - 1
    while i >= 0 and frame.norm(i) not in language.pronouns:
        if i in frame.by_end or frame.stops(i) or frame.norm(i) in COMMAS:
            return None
        if frame.norm(i) not in language.transparent:
            others += 1
            if others > MAX_BEFORE_VERB:
                return None
        i -= 1
    if i < 0:
        return None
    if inner is not None and _after_join(frame, i):
        return ActorSpan(0, 0, inner.actor)
    if carried is None or not _opens_clause(frame, i):
        return None
    return ActorSpan(0, 0, carried.actor)


def _after_join(frame: Frame, pos: int) -> bool:
    """A conjunction or comma right before ``pos``, maybe through transparent words (and then)."""
    language = frame.language
    i = pos - 1
    while i > 0 and frame.norm(i) in language.transparent:
        i -= 1
    return i >= 0 and (frame.norm(i) in language.conjunctions or frame.norm(i) in COMMAS)


def _opens_clause(frame: Frame, pos: int) -> bool:
    """Only a sentence start, punctuation, a conjunction or transparent words before ``pos``
    ("However, it ...", "And they ..."), or a short opening phrase (In a later statement it)."""
    language = frame.language
    words = 0
    for i in range(pos - 1, -1, -1):
        norm = frame.norm(i)
        if norm in STRONG_BOUNDARIES or norm in COMMAS or norm in language.conjunctions:
            return True
        if i in frame.by_end:
            return False  # an actor before the pronoun: "Ruritania said it ..." is reported speech
        if norm not in language.transparent:
            words += 1
            if words > MAX_BEFORE_VERB + 1:
                return False
    return True


def named_subject(actors: Sequence[ActorSpan], first_verb: int) -> ActorSpan | None:
    """The actor a sentence names before its first verb (the first one, if it has no verb):
    what the next sentence's pronouns stand for when this one codes nothing."""
    return next((a for a in actors if a.start < a.end <= first_verb), None)


def first_actor(actors: Sequence[ActorSpan]) -> ActorSpan | None:
    """The first actor a sentence names, without the agent or title joined to its country
    (Norland President Smith -> Norland): what TABARI carries to the next sentence's pronouns."""
    span = next((a for a in actors if a.start < a.end), None)
    if span is None:
        return None
    country, _plus, joined = span.actor.entry.partition("+")
    if not joined or not country.startswith("country:"):
        return span
    bare = span.actor.copy(code=span.actor.code[:3], entry=country, roles=frozenset(), also=())
    return span.copy(actor=bare)


def carried_actor(
    last_speaker: ActorSpan | None, events: Sequence[Event], previous: ActorSpan | None
) -> ActorSpan | None:
    """What the next sentence's pronouns and subjectless reporting verbs stand for: this
    sentence's last speaker, else the source of its first event with one, else ``previous``
    (the actor it names before its first verb, else what was carried into it)."""
    if last_speaker is not None:
        return last_speaker
    source = next((e.source for e in events if e.source is not None), None)
    if source is not None:
        return ActorSpan(0, 0, source)
    return previous
