"""The nearest actor or literal word from a position in a sentence, within a gap of skipped
words: the searches that fill a pattern's slots (``slots``) and find speakers and claimers. No
parser: a bounded, predictable walk that stops at boundaries, stop words and other events."""

from __future__ import annotations

from .compounds import compound_left
from .frame import Frame
from .heads import appositive_head, relative_head
from .models import ActorSpan
from .morphology import ar


def actor_right(frame: Frame, pos: int, gap: int) -> ActorSpan | None:
    """The first actor starting at or after ``pos`` within ``gap`` skipped tokens. The search
    stops at a strong boundary, a stop word (with, for ...) and another event word (its actors
    are its own); an actor right after a locative (in Ankara) is a place and is passed over,
    unless only transparent words stand between it and ``pos`` (fired rockets at northern
    Israel: the pattern's own "at"); so is a weapon, the means (قصفت بالمدفعية بلدات)."""
    skipped = 0
    i = frame.verb_joined_after(pos) or pos
    while i < len(frame.tokens):
        actor = frame.by_start.get(i)
        if actor is not None:
            if not (
                (frame.word_before(i) >= pos and frame.located(actor) and _place_like(actor))
                or (actor.governed and frame.instrument(actor))
            ):
                return actor
            skipped += 1
            i = actor.end
        else:
            if frame.stops(i):
                return None
            skipped += frame.costs(i)
            i += 1
        if skipped > gap:
            return None
    return None


def actor_left(frame: Frame, pos: int, gap: int, heads: bool = True) -> ActorSpan | None:
    """The first actor ending at or before ``pos`` within ``gap`` skipped tokens (as above);
    across an apposition, the actor it describes (Jordan, an ally of Egypt, said: Jordan). An
    English subject pronoun fills the place itself: nothing beyond it (they said he was
    arrested: not "they"). With ``heads``, an actor introduced by a preposition gives way to
    the actor before it (the envoy of Turkey to the UN said: Turkey). Nothing before an
    Arabic subordinator right before ``pos`` (:func:`_opens_adverbial`)."""
    head = appositive_head(frame, pos)
    if head is not None:
        return head
    if _opens_adverbial(frame, pos):
        return None
    skipped = 0
    i = frame.verb_joined_before(pos) or pos
    while i > 0:
        actor = frame.by_end.get(i)
        if actor is not None:
            if not (frame.located(actor) and _place_like(actor)):
                head = _head_before_preposition(frame, actor, gap - skipped) if heads else None
                return head or actor
            skipped += 1
            i = actor.start
        else:
            if frame.stops(i - 1) or _subject_pronoun(frame, i - 1):
                return None
            if frame.closes_adverbial(i - 1):
                return None
            if frame.norm(i - 1) in frame.language.relatives:
                return relative_head(frame, i - 1)
            skipped += frame.costs(i - 1)
            i -= 1
        if skipped > gap:
            return None
    return None


def _opens_adverbial(frame: Frame, pos: int) -> bool:
    """An Arabic verb right after a subordinator has its subject after it (قتلوا مدنيين بعدما
    فجرت عبوة ناسفة مركبتهم: not the civilians), unless it carries a plural pronoun, which
    stands for an actor before it (اعتقلت الشرطة طلابا بعدما هاجموا مركزا: the students)."""
    before = frame.word_before(pos)
    return (
        before >= 0
        and frame.subordinator(before)
        and pos < len(frame.tokens)
        and not ar.plural_verb(frame.norm(pos))
    )


def _head_before_preposition(frame: Frame, actor: ActorSpan, gap: int) -> ActorSpan | None:
    """The actor before a preposition that introduces ``actor`` or the list it ends (the envoy
    of Turkey to the UN: Turkey; a row between X and Y), if one stands within the gap."""
    i = frame.word_before(compound_left(frame, actor)[0].start)  # outside *the* ministry
    if i < 1 or frame.norm(i) not in frame.language.prepositions:
        return None
    return actor_left(frame, i, gap - 1)


def _subject_pronoun(frame: Frame, i: int) -> bool:
    return frame.language.lang == "en" and frame.norm(i) in frame.language.pronouns


def _place_like(actor: ActorSpan) -> bool:
    """Countries and capitals double as places: after "in" they are where, not who."""
    return actor.actor.entry.startswith(("country:", "capital:")) and "+" not in actor.actor.entry


def literal_right(frame: Frame, pos: int, words: frozenset[str], gap: int) -> int | None:
    """Index of the first of ``words`` at or after ``pos`` within ``gap`` skipped tokens."""
    return _literal(frame, range(pos, len(frame.tokens)), words, gap)


def literal_left(frame: Frame, pos: int, words: frozenset[str], gap: int) -> int | None:
    """Index of the first of ``words`` before ``pos`` within ``gap`` skipped tokens."""
    return _literal(frame, range(pos - 1, -1, -1), words, gap)


def _literal(frame: Frame, indexes: range, words: frozenset[str], gap: int) -> int | None:
    skipped = 0
    for i in indexes:
        if i in frame.passed:
            continue  # a further casualty clause: and a third was wounded (in an attack)
        if frame.norm(i) in words or frame.names_place(i, words):
            return i
        if frame.is_boundary(i):
            return None
        skipped += frame.costs(i)
        if skipped > gap:
            return None
    return None
