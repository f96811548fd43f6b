"""The actor a nationality adjective on an event noun names (غارة إسرائيلية, a Turkish drone
strike): a country with the role the event's root implies; or the actor an Arabic event noun
belongs to (طائرة بدون طيار تابعة للجيش الأمريكي)."""

from __future__ import annotations

from .compiler import CompiledCodebook
from .match import SentenceMatches, Span
from .models import ActorRef, ActorSpan

ROLE_OF_ROOT = {"14": "CVL", "15": "MIL", "18": "MIL", "19": "MIL", "20": "MIL"}
ROLE_NAMES = {
    "CVL": ("Protesters ({})", 6),
    "MIL": ("Military Forces of {}", 1),
    "GOV": ("Government of {}", 1),
}


def attributive_actor(
    trigger: Span, matches: SentenceMatches, book: CompiledCodebook, code: str
) -> ActorSpan | None:
    """The actor a nationality adjective on an event noun names: غارة إسرائيلية، ضربة جوية
    أميركية، a Turkish drone strike, Palestinian riots, also inside the event phrase (مسيرة
    تركية); its role follows the event's root."""
    if trigger.hit.detail != "noun" or code[:2] not in ROLE_OF_ROOT:
        return None  # only for force and protest (Egyptian mediation may be what is asked for)
    owner = _owner(trigger, matches, book)
    if owner is not None:
        return owner
    after = matches.lang == "ar"
    adjective = next(
        (
            a
            for a in matches.adjectives
            if (trigger.start < a.start and a.end <= trigger.end)  # within: طائرة مسيرة تركية
            or (a.start == trigger.end if after else a.end == trigger.start)
        ),
        None,
    )
    if adjective is None:
        return None
    country = book.countries[adjective.hit.index]
    if country.code is None:  # a country always has its code
        return None
    role = ROLE_OF_ROOT.get(code[:2], "GOV")
    actor = role_actor(country.code, country.name, role, f"country:{country.id}+role")
    return ActorSpan(adjective.start, adjective.end, actor)


def _owner(trigger: Span, matches: SentenceMatches, book: CompiledCodebook) -> ActorSpan | None:
    """The actor an Arabic event noun belongs to, after one of the language's affiliations with
    its proclitic: طائرة بدون طيار تابعة لوكالة المخابرات المركزية (the drone is the CIA's,
    the CIA the source)."""
    tokens = matches.tokens
    if matches.lang != "ar" or trigger.end >= len(tokens):
        return None
    if tokens[trigger.end].norm not in book.languages["ar"].affiliations:
        return None
    return next((a for a in matches.actors if a.start == trigger.end + 1 and a.governed), None)


def role_actor(country: str, name: str | None, role: str, entry: str) -> ActorRef:
    """A country's role as an actor (TURMIL, "Military Forces of Turkey"); with no country, the
    role alone (CVL, "Protesters")."""
    template, inter = ROLE_NAMES[role]
    label = template.format(name) if name else template.replace(" ({})", "")
    return ActorRef(country + role, label, inter, entry, frozenset({country, role} - {""}))
