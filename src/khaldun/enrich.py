"""Enrich a sentence's assembled events with the ACLED layer: external forces (inter 8), event
type, sub-event type, disorder type and the sentence's fatalities (for violent events)."""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import replace

from .acled import classify, sentence_cues
from .compiler import CompiledCodebook
from .fatalities import sentence_fatalities
from .models import ActorRef, Event, Token

STATE_FORCES, EXTERNAL_FORCES = 1, 8
VIOLENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)


def enrich_events(
    events: Sequence[Event], tokens: Sequence[Token], book: CompiledCodebook, source: str = ""
) -> list[Event]:
    """The events with ACLED attributes and the document's source filled in (ACLED attributes
    stay empty when the codebook has no ACLED layer)."""
    if source:
        events = [replace(e, doc_source=source) for e in events]
    acled = book.acled
    if acled is None or not events:
        return list(events)
    lang = events[0].lang
    cues = sentence_cues(acled, lang, tokens)
    dead: int | None = None
    counted = False
    enriched = []
    for event in events:
        event = as_external(event, book.country_names)
        kind = classify(acled, event, cues)
        changes: dict[str, object] = {}
        if kind is not None:
            changes = {
                "acled_event_type": kind.event_type,
                "acled_sub_event_type": kind.sub_event_type,
                "acled_disorder_type": kind.disorder_type,
            }
        violent = any(event.code.startswith(r) for r in acled.fatality_roots) or (
            kind is not None
            and (
                kind.event_type in VIOLENT_TYPES
                or kind.sub_event_type == "Excessive force against protesters"
            )
        )
        if violent and event.fatalities is None:
            if not counted:
                dead, counted = sentence_fatalities(acled, lang, tokens), True
            if dead is not None:
                changes["fatalities"] = dead
        enriched.append(replace(event, **changes) if changes else event)
    return enriched


def as_external(event: Event, countries: Container[str]) -> Event:
    """The event with state forces acting outside their own country as ACLED's external forces
    (inter 8: the Turkish army in Syria, Russian forces in Ukraine); an event with no known place
    keeps its inter types."""
    country = event.place.country if event.place else ""
    if not country:
        return event
    source = _external(event.source, country, countries)
    target = _external(event.target, country, countries)
    if source is event.source and target is event.target:
        return event
    return replace(event, source=source, target=target)


def _external(actor: ActorRef | None, country: str, countries: Container[str]) -> ActorRef | None:
    if actor is None or actor.inter != STATE_FORCES:
        return actor
    home = actor.code[:3]
    if home in countries and home != country:
        return replace(actor, inter=EXTERNAL_FORCES)
    return actor
