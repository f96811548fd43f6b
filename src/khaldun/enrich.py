"""Enrich a sentence's assembled events with the ACLED layer: external forces (inter 8),
demonstrating civilians as protesters (6) or rioters (5), event type, sub-event type, disorder
type and the sentence's fatalities (for violent events)."""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import Any

from .acled import (
    CIVILIANS,
    EXTERNAL_FORCES,
    PROTESTERS,
    RIOTERS,
    STATE_FORCES,
    CompiledAcled,
    classify,
    cue_spans,
    primary_event,
)
from .acled_places import placed_in_sentence, placed_near, sentence_places
from .compiler import CompiledCodebook
from .event_cues import event_cue_sets
from .fatalities import sentence_fatalities
from .match import Span
from .models import ActorRef, Event, Token, copy_event
from .scopes import REFERENCES

PROTEST_ROOT, RIOT_CODE = "14", "145"
SUICIDE_BOMB = "Suicide bomb"
BOMBER_COUNTED = "bomber_counted"  # the cue set of "including the bomber"
NEAR = "near"  # the cue set of "near", "outside", "قرب", "في محيط"
VIOLENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)


def enrich_events(
    events: Sequence[Event],
    tokens: Sequence[Token],
    spans: Sequence[Span],
    book: CompiledCodebook,
    source: str = "",
    sentence_start: int = 0,
) -> list[Event]:
    """The events with ACLED attributes and the document's source filled in (ACLED attributes
    stay empty when the codebook has no ACLED layer); ``spans`` are the sentence's codebook
    spans (its places among them); ``sentence_start`` is where the sentence starts in the
    document (its events' triggers are placed from it). Each event is typed by the cues of its
    own clause (``event_cue_sets``).

    A sentence is one report: its fatalities are counted once, on its primary event (the typed
    event highest in ACLED's hierarchy; with none typed, its first violent event); its other
    events carry none, so that no sum over events counts the dead twice. A suicide bomb's
    figure counts the bomber, as ACLED does, unless the sentence already does ("including the
    bomber", "بينهم الانتحاري")."""
    acled = book.acled
    if acled is None or not events:
        return [copy_event(e, doc_source=source) for e in events] if source else list(events)
    lang = events[0].lang
    found = cue_spans(acled, lang, tokens)
    cues = frozenset(f.label for f in found)
    views = event_cue_sets(found, tokens, events, sentence_start, acled.rules)
    typed = [
        _acled_view(book, acled, e, seen, source) for e, seen in zip(events, views, strict=True)
    ]
    near = [f for f in found if f.label == NEAR]
    if near or any(e.place is None and e.acled_event_type for e in typed):
        places = sentence_places(spans)
        placed = placed_in_sentence(typed, places, book)
        typed = [
            e if e is t else _acled_view(book, acled, e, seen)
            for e, t, seen in zip(placed, typed, views, strict=True)
        ]
        typed = placed_near(typed, places, book, near)
    counted = _counted_event(acled, typed)
    if counted is None or typed[counted].fatalities is not None:
        return typed
    references = [s.end for s in spans if s.hit.kind == "cue" and s.hit.detail in REFERENCES]
    dead = sentence_fatalities(acled, lang, tokens, references)
    if typed[counted].acled_sub_event_type == SUICIDE_BOMB and BOMBER_COUNTED not in cues:
        dead = (dead or 0) + 1
    if dead is not None:
        typed[counted] = copy_event(typed[counted], fatalities=dead)
    return typed


def _acled_view(
    book: CompiledCodebook,
    acled: CompiledAcled,
    event: Event,
    cues: frozenset[str],
    source: str = "",
) -> Event:
    """The event with external forces, its ACLED type (kept when no rule types it now) and the
    document's source: one copy of the event at most, as it is made for every event."""
    actor, other = external_actors(event, book.country_names)
    actor = _crowd(event.code, actor)
    kind = classify(acled, event.code, actor, other, cues)
    changes: dict[str, Any] = {"doc_source": source} if source else {}
    if actor is not event.source or other is not event.target:
        changes["source"], changes["target"] = actor, other
    if kind is not None:
        changes["acled_event_type"] = kind.event_type
        changes["acled_sub_event_type"] = kind.sub_event_type
        changes["acled_disorder_type"] = kind.disorder_type
    return copy_event(event, **changes) if changes else event


def _counted_event(acled: CompiledAcled, events: Sequence[Event]) -> int | None:
    """The index of the event that carries the sentence's fatalities (None: no violent event)."""
    primary = primary_event(acled, events)
    if primary is not None and _violent(acled, primary):
        return events.index(primary)
    return next((i for i, e in enumerate(events) if _violent(acled, e)), None)


def _violent(acled: CompiledAcled, event: Event) -> bool:
    return (
        event.code.startswith(acled.fatality_roots)
        or event.acled_event_type in VIOLENT_TYPES
        or event.acled_sub_event_type == "Excessive force against protesters"
    )


def external_actors(
    event: Event, countries: Container[str]
) -> tuple[ActorRef | None, ActorRef | None]:
    """The event's source and target, state forces acting outside their own country as ACLED's
    external forces (inter 8: the Turkish army in Syria, Russian forces in Ukraine); an event
    with no known place keeps its inter types."""
    country = event.place.country if event.place else ""
    if not country:
        return event.source, event.target
    return (
        _external(event.source, country, countries),
        _external(event.target, country, countries),
    )


def _crowd(code: str, actor: ActorRef | None) -> ActorRef | None:
    """Civilians (inter 7: students, workers, residents) who demonstrate are protesters (inter
    6), who riot rioters (5), as ACLED codes them."""
    if actor is None or actor.inter != CIVILIANS or not code.startswith(PROTEST_ROOT):
        return actor
    return actor.copy(inter=RIOTERS if code == RIOT_CODE else PROTESTERS)


def _external(actor: ActorRef | None, country: str, countries: Container[str]) -> ActorRef | None:
    if actor is None or actor.inter != STATE_FORCES:
        return actor
    home = actor.code[:3]
    if home in countries and home != country:
        return actor.copy(inter=EXTERNAL_FORCES)
    return actor
