"""Places in the ACLED layer: an ACLED event the sentence ties to no place is placed at the
sentence's one place; an event near a town gets geo_precision 2. (Every place carries its
country's ISO 3166 numeric code and ACLED region from the gazetteer: ``place_of``.)"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .compiler import CompiledCodebook
from .event_places import place_of
from .lexicon import Found
from .match import ACTOR_KINDS, Span
from .models import Event, copy_event

NEAR_PRECISION = 2  # ACLED geo_precision of a place near a town
NEAR_GAP = 3  # tokens allowed between a "near" word and its place ("near the town of X")


def sentence_places(spans: Sequence[Span]) -> list[Span]:
    """The place names among a sentence's codebook spans, less those that name an actor there
    (a country or a capital acting: "Ankara struck ...")."""
    actors = {(s.start, s.end) for s in spans if s.hit.kind in ACTOR_KINDS}
    return [s for s in spans if s.hit.kind == "place" and (s.start, s.end) not in actors]


def placed_in_sentence(
    events: Sequence[Event], places: Sequence[Span], book: CompiledCodebook
) -> list[Event]:
    """ACLED events with no place placed at the sentence's one place ("captured Beledweyne",
    "shelled districts of Kharkiv"); with none or several places they stay unplaced."""
    distinct = {s.hit.index for s in places}
    if len(distinct) != 1:
        return list(events)
    place = place_of(book, distinct.pop())
    return [
        copy_event(e, place=place) if e.place is None and e.acled_event_type else e for e in events
    ]


def placed_near(
    events: Sequence[Event],
    places: Sequence[Span],
    book: CompiledCodebook,
    near: Sequence[Found[str]],
) -> list[Event]:
    """Events placed at a town the sentence says they happened near ("near X", "outside X",
    "قرب X", "بالقرب من X", "في محيط X") get ACLED's geo_precision 2 (part of a region, near a
    town) instead of 1; a province or country keeps its 3."""
    near_places = {
        (book.places[s.hit.index].name, book.places[s.hit.index].country)
        for s in places
        if any(0 <= s.start - c.end <= NEAR_GAP for c in near)
    }
    return [
        copy_event(e, place=replace(e.place, precision=NEAR_PRECISION))
        if e.place is not None
        and e.place.precision < NEAR_PRECISION
        and (e.place.name, e.place.country) in near_places
        else e
        for e in events
    ]
