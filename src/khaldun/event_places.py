"""Where an event happened: the gazetteer place a sentence ties to its trigger."""

from __future__ import annotations

from collections.abc import Sequence

from .compiler import CompiledCodebook
from .match import SentenceMatches, Span
from .models import Place
from .surface import CompiledLanguage

PRECISION = {"town": 1, "district": 2, "province": 3, "country": 3}


def event_place(
    matches: SentenceMatches,
    book: CompiledCodebook,
    trigger: Span,
    struck: Sequence[tuple[int, int]] = (),
) -> Place | None:
    """The place the sentence ties to the event: the nearest one introduced by a locative
    (in, near, في، قرب، بـ; also before a place noun: in the town of X) or standing right after
    the trigger (attacked Tal Abyad) - the latter not for a place that is also an actor (fought
    with Turkey: Turkey is who, not where). A town the event ``struck`` (an attack's target:
    shelled Mogadishu) is where it happened."""
    language = book.languages[matches.lang]
    actors = {(a.start, a.end) for a in matches.actors}

    def tied(place: Span) -> bool:
        span = (place.start, place.end)
        if span in struck and book.places[place.hit.index].kind == "town":
            return True
        before = matches.tokens[max(0, place.start - 2) : place.start]
        if any(t.norm in language.place_nouns for t in before):  # in the town of Kafranbel
            before = matches.tokens[max(0, place.start - 4) : place.start]
        if place.clitic.endswith("ب") or any(t.norm in language.locatives for t in before):
            return True
        return 0 <= place.start - trigger.end <= 2 and span not in actors

    candidates = [p for p in matches.places if tied(p)]
    if not candidates:
        return None
    candidates = [_possessed(matches, p, language) for p in candidates]
    nearest = min(
        candidates, key=lambda p: min(abs(p.start - trigger.end), abs(trigger.start - p.end))
    )
    return place_of(book, nearest.hit.index)


def _possessed(matches: SentenceMatches, place: Span, language: CompiledLanguage) -> Span:
    """The place a place owns, which is the more precise: in Nigeria's Kaduna state, in
    Syria's northern province of Idlib, in Kenya's capital Nairobi -> Kaduna, Idlib, Nairobi."""
    tokens = matches.tokens
    at = place.end + 1
    if at >= len(tokens) or tokens[place.end].norm != "'s":
        return place
    skipped = (language.place_nouns, language.transparent, language.prepositions)
    while at < min(len(tokens), place.end + 5) and any(tokens[at].norm in s for s in skipped):
        at += 1  # a place noun, "of", a direction: Syria's northern province of Idlib
    owned = next((p for p in matches.places if p.start == at), None)
    return place if owned is None else _possessed(matches, owned, language)


def place_of(book: CompiledCodebook, index: int) -> Place:
    """The gazetteer's place ``index``, with its country's ISO 3166 numeric code and ACLED
    region when the codebook's ACLED layer knows the country."""
    entry = book.places[index]
    known = book.acled.countries.get(entry.country) if book.acled else None
    return Place(
        entry.name,
        entry.country,
        entry.admin1,
        entry.lat,
        entry.lon,
        PRECISION[entry.kind],
        known.iso if known else None,
        known.region if known else "",
    )
