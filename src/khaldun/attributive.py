"""The actor a nationality adjective on an event noun names (غارة إسرائيلية, a Turkish drone
strike): a country with the role the event's root implies."""

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
    role = ROLE_OF_ROOT.get(code[:2], "GOV")
    template, inter = ROLE_NAMES[role]
    actor = ActorRef(
        f"{country.code}{role}",
        template.format(country.name),
        inter,
        f"country:{country.id}+role",
        frozenset({country.code, role}),
    )
    return ActorSpan(adjective.start, adjective.end, actor)
