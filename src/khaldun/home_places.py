"""The place a role noun belongs to: its people or its organs are that place's country's
(سكان الموصل، أبناء دارفور، شرطة البصرة; residents of Darfur, Basra police), whatever country
the story is about."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .compose_ar import nunated

if TYPE_CHECKING:
    from .actor_refs import Item
    from .compiler import CompiledCodebook
    from .match import Span
    from .models import Token

LINKS_EN = frozenset({"of"})  # residents of Darfur, the people of the Nile valley
ARTICLES_EN = frozenset({"the"})


def home_country(
    agent: Item,
    tokens: Sequence[Token],
    places: Sequence[Span],
    book: CompiledCodebook,
    lang: str,
) -> str:
    """The country of the place a lone national role noun heads (Arabic construct state: an
    indefinite head, no ن of a sound plural, the place right after it with no proclitic) or
    names (English: "of" the place, or the place right before it); "" when none. Not a GOV
    role noun: a consulate or an envoy of a city may be another state's."""
    entry = agent.entry
    if entry is None or not entry.national or entry.alone is not None or entry.code == "GOV":
        return ""
    place = _place_of(agent, tokens, places, lang)
    return book.places[place.hit.index].country if place is not None else ""


def _place_of(
    agent: Item, tokens: Sequence[Token], places: Sequence[Span], lang: str
) -> Span | None:
    if lang == "ar":
        head = tokens[agent.end - 1].norm
        if agent.definite or nunated(head):
            return None  # المسلحون الموصل, مسلحون الموصل: a subject and an object, no construct
        return next((p for p in places if p.start == agent.end and not p.clitic), None)
    at = agent.end
    if at < len(tokens) and tokens[at].norm in LINKS_EN:
        at += 1
        if at < len(tokens) and tokens[at].norm in ARTICLES_EN:
            at += 1
        return next((p for p in places if p.start == at and at > agent.end), None)
    return next((p for p in places if p.end == agent.start), None)
