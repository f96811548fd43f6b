"""Compose and resolve actor spans: country + role noun (Turkish troops, القوات التركية), constructs
(قوات النظام), role nouns alone (the army: the story's country), people by the story date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from .models import ActorRef, ActorSpan, Token

if TYPE_CHECKING:
    from .compiler import ActorEntry, CompiledCodebook, CompiledLanguage
    from .match import Span

STATE_ROLES = ("GOV", "")  # codes like SYRGOV or SYR take an agent's role: قوات النظام -> SYRMIL
BASES = frozenset({"actor", "country", "adjective", "capital"})
LINKS_EN = frozenset({"'s", "of", "the"})


def resolve_actors(
    spans: Sequence[Span],
    tokens: Sequence[Token],
    book: CompiledCodebook,
    language: CompiledLanguage,
    day: date | None,
    story_country: str | None,
) -> list[ActorSpan]:
    """Turn non-overlapping actor-like spans into resolved actors, composing neighbours."""
    out: list[ActorSpan] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        pair = _composition(span, nxt, tokens, language.lang)
        if pair is not None:
            agent, base = pair
            ref = _combine(book, agent, base, day)
            if ref is not None:
                out.append(ActorSpan(span.start, nxt.end, ref, span.hit.clitic.startswith("و")))
                i += 2
                continue
        ref = _alone(book, span, day, story_country)
        if ref is not None:
            out.append(ActorSpan(span.start, span.end, ref, span.hit.clitic.startswith("و")))
        i += 1
    return out


def _composition(
    first: Span, second: Span | None, tokens: Sequence[Token], lang: str
) -> tuple[Span, Span] | None:
    """(agent, base) when two spans form one actor, else None."""
    if second is None:
        return None
    between = [t.norm for t in tokens[first.end : second.start]]
    kinds = (first.hit.kind, second.hit.kind)
    if lang == "ar":
        # role noun first: القوات التركية, قوات النظام, مسلحي تنظيم داعش
        if not between and kinds[0] == "agent" and kinds[1] in BASES and not second.hit.clitic:
            return first, second
        return None
    if kinds[0] in BASES and kinds[1] == "agent" and between in ([], ["'s"]):
        return second, first  # Turkish troops, Turkey's army
    if kinds[0] == "agent" and kinds[1] in BASES and between[:1] == ["of"] and set(
        between
    ) <= LINKS_EN:
        return first, second  # the army of Turkey
    return None


def _combine(book: CompiledCodebook, agent: Span, base: Span, day: date | None) -> ActorRef | None:
    role = book.agents[agent.hit.index]
    entry = _entry(book, base)
    base_code = _code(entry, base.hit.kind, day)
    if base_code is None or role.code is None:
        return None
    ids = f"{entry.kind}:{entry.id}+agent:{role.id}"
    country, rest = base_code[:3], base_code[3:]
    if entry.kind == "actor" and rest not in STATE_ROLES:
        # a named non-state actor absorbs the role noun: ISIS militants -> IMGMUSISI
        return ActorRef(base_code, entry.name, entry.inter, ids, _roles(base_code))
    code = country + role.code if role.code not in rest else base_code
    return ActorRef(code, _name(role, book.country_names.get(country)), role.inter, ids,
                    _roles(code))


def _alone(
    book: CompiledCodebook, span: Span, day: date | None, story_country: str | None
) -> ActorRef | None:
    kind = span.hit.kind
    if kind == "adjective":
        return None  # "Syrian" alone modifies too much (borders, lands) to be an actor
    entry = _entry(book, span)
    if kind == "agent":
        if entry.code is None:
            return None
        country = (story_country or "") if entry.national else ""
        code = country + entry.code
        return ActorRef(code, _name(entry, book.country_names.get(country)), entry.inter,
                        f"agent:{entry.id}", _roles(code))
    code = _code(entry, kind, day)
    if code is None:
        return None
    if kind == "capital":
        return ActorRef(code, f"Government of {entry.name}", 1, f"capital:{entry.id}",
                        _roles(code))
    return ActorRef(code, entry.name, entry.inter, f"{entry.kind}:{entry.id}", _roles(code))


def _entry(book: CompiledCodebook, span: Span) -> ActorEntry:
    kind = span.hit.kind
    if kind == "actor":
        return book.actors[span.hit.index]
    if kind == "agent":
        return book.agents[span.hit.index]
    return book.countries[span.hit.index]


def _code(entry: ActorEntry, kind: str, day: date | None) -> str | None:
    if kind == "capital":
        return f"{entry.code}GOV"
    return entry.code_on(day)


def _name(agent: ActorEntry, country: str | None) -> str:
    """Fill an agent's name template: "Military Forces of {country}" (or drop the country part)."""
    if country:
        return agent.name.replace("{country}", country)
    for piece in (" of {country}", " ({country})", "{country} ", "{country}"):
        agent_name = agent.name.replace(piece, "")
        if agent_name != agent.name:
            return agent_name
    return agent.name


def _roles(code: str) -> frozenset[str]:
    return frozenset(code[i : i + 3] for i in range(0, len(code), 3))
