"""The best reading of a trigger: of every pattern of the rules its words trigger, the most
specific that matches around it, the text's own actors before implicit ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .attributive import attributive_actor
from .compiler import NO_PATTERNS, CompiledCodebook, CompiledPattern, CompiledRule
from .frame import Frame
from .heads import described_noun
from .match import SentenceMatches, Span
from .models import ActorSpan
from .slots import SlotMatch, can_match, match_pattern
from .voice import (
    carried_pronoun,
    light_verb_before,
    noun_place,
    passive_verb,
    patterns_to_try,
    progressive,
)


@dataclass(frozen=True)
class Candidate:
    rule: CompiledRule
    trigger: Span
    match: SlotMatch
    explicit: bool
    unknown_source: bool = False  # a reported clause whose subject is no actor


@dataclass(frozen=True)
class Attempt:
    """One pattern tried on one trigger (recorded for ``khaldun explain``)."""

    trigger: Span
    rule_id: str
    pattern: str
    with_speaker: bool
    matched: bool
    note: str = ""


def best_candidate(
    frame: Frame,
    book: CompiledCodebook,
    group: Sequence[Span],
    speaker: ActorSpan | None,
    lang: str,
    trace: list[Attempt] | None = None,
    matches: SentenceMatches | None = None,
    speaker_named: bool = False,
) -> Candidate | None:
    """The most specific pattern of any rule of the group; among bare word-order patterns the
    tightest (fewest words between trigger and actors); then the first written, unless another
    one with the same slots has literal words that are a part of its own (the narrower reading).
    Subjects from the text beat implicit ones: a nationality adjective on an event noun
    (Palestinian riots), else the speaker of reported speech, unless a pronoun names the
    speaker as the subject (``speaker_named``: قال الجيش إنه شن غارات)."""
    rules = [book.rules[trigger.hit.index] for trigger in group]
    start = group[0].start  # the group's triggers share their tokens: their place is read once
    placed = (  # a verb form after a light verb is its verbal noun, read as the verb
        matches is not None
        and noun_place(matches, frame.language, start, group[0].end)
        and not light_verb_before(frame, start)
    )
    nouns = [t.hit.verb and placed for t in group]
    everything = trace is not None
    tries = [  # the patterns that can match are sorted out once for both passes
        (order, trigger, rule, patterns_to_try(frame, rule, trigger, lang, everything, noun))
        for order, (trigger, rule, noun) in enumerate(zip(group, rules, nouns, strict=True))
    ]
    if not everything:  # a trigger none of whose patterns can match is not gone through twice
        tries = [t for t in tries if t[3]]
    for use_implicit in (True,) if speaker_named else (False, True):
        found = _matched(
            frame, book, tries, speaker, use_implicit, lang, trace, matches, speaker_named
        )
        if found:
            key, best = _highest(found)
            rivals = [c for k, c in found if k[:3] == key[:3] and c is not best]
            if not rivals:
                return best
            slots, words = _slots(best.match.pattern), _words(best.match.pattern)
            narrower = [
                c
                for c in rivals
                if _slots(c.match.pattern) == slots and _words(c.match.pattern) < words
            ]
            return min(narrower, key=lambda c: len(_words(c.match.pattern)), default=best)
    return None


def _matched(
    frame: Frame,
    book: CompiledCodebook,
    tries: Sequence[tuple[int, Span, CompiledRule, list[tuple[int, CompiledPattern]]]],
    speaker: ActorSpan | None,
    use_implicit: bool,
    lang: str,
    trace: list[Attempt] | None,
    matches: SentenceMatches | None,
    speaker_named: bool = False,
) -> list[tuple[tuple[int, int, int, int, int], Candidate]]:
    """The group's patterns that match in one pass, with their sort keys. Without a trace, none
    ranked below a match is tried: it could neither win nor tie (explain, with a trace, shows
    each one in turn); nor are a trigger's patterns tried again for implicit actors when there
    are none: the first pass tried them with the very same actors. A verb that carries its
    object takes the speaker as its subject only when a pronoun names it (قالت الشرطة إنها
    اعتقلته), not when the speaker is only the source of the report (بحسب مسؤول: احتجزتهم)."""
    found: list[tuple[tuple[int, int, int, int, int], Candidate]] = []
    floor = (-1, -1)  # the rank of the best match so far
    for order, trigger, rule, patterns in tries:
        pronoun = carried_pronoun(frame, trigger)
        implicit = None if pronoun == "object" and not speaker_named else speaker
        if use_implicit and matches is not None:
            implicit = attributive_actor(trigger, matches, book, rule.code) or implicit
        defaults = _default_actors(frame, trigger, matches) if use_implicit else None
        if use_implicit and implicit is None and not defaults and trace is None:
            continue
        if _excepted(frame, rule, trigger, lang, trace):
            continue
        passive = passive_verb(frame, trigger)
        verb = trigger.hit.detail == "verb"
        active = progressive(frame, trigger)  # has been fighting
        described = described_noun(frame, trigger.start, trigger.clitic) if verb else ""
        for index, pattern in patterns:
            if trace is None and pattern.rank < floor:
                break  # a rule's patterns come most specific first
            if passive and pattern.active:
                continue
            if active and _passive_reading(pattern, frame.language.passive):
                continue  # {target} &be * needs a participle: "has been fighting" is active
            match = match_pattern(
                frame,
                trigger.start,
                trigger.end,
                pattern,
                implicit,
                use_implicit,
                defaults,
                verb,
                pronoun,
                described,
            )  # arguments spelt out: compiled, a call with *args is a generic Python call
            matched = match is not None and (bool(match.slots) or pattern.detects)
            if trace is not None:
                trace.append(Attempt(trigger, rule.id, pattern.text, use_implicit, matched))
            if match is not None and matched:
                # word order alone (no literal words): the tighter reading wins
                tight = -match.spread if pattern.rank[0] == 0 else 0
                key = (*pattern.rank, tight, -order, -index)
                found.append((key, Candidate(rule, trigger, match, not use_implicit)))
                floor = max(floor, pattern.rank)
    return found


def _highest(
    found: Sequence[tuple[tuple[int, int, int, int, int], Candidate]],
) -> tuple[tuple[int, int, int, int, int], Candidate]:
    """The match with the highest key, the first of equals (``max`` by key: compiled, a loop
    instead of a generic call)."""
    best = found[0]
    for match in found:
        if match[0] > best[0]:
            best = match
    return best


def _passive_reading(pattern: CompiledPattern, auxiliaries: frozenset[str]) -> bool:
    """The pattern's target stands before an auxiliary right before the verb ({target} &be *);
    not "{source} &be *" (it was willing to)."""
    left = pattern.left
    return (
        bool(left)
        and bool(left[-1].words & auxiliaries)
        and any(e.is_slot and e.role == "target" for e in left)
    )


def _default_actors(
    frame: Frame, trigger: Span, matches: SentenceMatches | None
) -> dict[str, str] | None:
    """The language's default actors by role, for a trigger that is no reporting verb (a
    statement is coded only about an actor the text names)."""
    if not frame.language.default_actors:
        return None
    cues = matches.cues if matches is not None else ()
    reporting = any(c.hit.detail == "reporting" and c.start == trigger.start for c in cues)
    return None if reporting else dict(frame.language.default_actors)


def _slots(pattern: CompiledPattern) -> tuple[str, ...]:
    return tuple(e.role for e in (*pattern.left, *pattern.right) if e.is_slot)


def _words(pattern: CompiledPattern) -> frozenset[str]:
    """The words a pattern's literals accept: of two equally specific patterns, one whose words
    are a part of the other's is the narrower reading ("* dollar" within "* &currency")."""
    return frozenset(w for e in (*pattern.left, *pattern.right) if not e.is_slot for w in e.words)


def _excepted(
    frame: Frame, rule: CompiledRule, trigger: Span, lang: str, trace: list[Attempt] | None
) -> bool:
    """Does one of the rule's exceptions match around the trigger (peace-keeping: not keep)?"""
    for pattern in rule.exceptions.get(lang, NO_PATTERNS).patterns:
        if not can_match(frame, pattern):
            continue
        if match_pattern(frame, trigger.start, trigger.end, pattern, None, False) is not None:
            if trace is not None:
                trace.append(Attempt(trigger, rule.id, f"exception {pattern.text}", False, True))
            return True
    return False
