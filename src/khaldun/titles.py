"""Titles and names: a title before a person is one actor (President Trump, وزير الخارجية السعودي
فيصل بن فرحان), and a role noun after a title and a first name is a surname (Tom King)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .actor_refs import code_blocks
from .models import ActorRef, ActorSpan, Token

if TYPE_CHECKING:
    from .compiler import CompiledCodebook


def is_surname(title: ActorSpan, kind: str, start: int, end: int, tokens: Sequence[Token]) -> bool:
    """A capitalised role noun after a capitalised title and a first name is the person's
    surname: Defence Secretary Tom King (the title's actor), not a king."""
    first = tokens[start - 1] if start > 0 else None
    return (
        kind == "agent"
        and end - start == 1
        and tokens[start].text[:1].isupper()
        and title.end == start - 1
        and tokens[title.end - 1].text[:1].isupper()
        and first is not None
        and first.text.isalpha()
        and first.text[:1].isupper()
    )


def titled(title: ActorRef, name: ActorRef, book: CompiledCodebook) -> ActorRef:
    """The actor a title and a name make: the name's, or, for a name coded only by its country
    (Prime Minister Romendacil -> BRE), that country with the title's role (BREGOV)."""
    if len(name.code) != 3 or name.code not in book.country_names:
        return name
    role = title.code[3:] if title.code[:3] in book.country_names else title.code
    code = name.code + role
    return ActorRef(code, name.name, title.inter, f"{name.entry}+title", code_blocks(code))


def titles_name(title: ActorSpan, name: ActorSpan, lang: str) -> bool:
    """``title`` is a role noun written right before a person: a bare one (President Trump) or
    one of the person's country or group (وزير الخارجية السعودي فيصل بن فرحان) - but not
    التقى وزير الخارجية التركي بشار الأسد, a subject and an object; in English also a bare
    title before a named actor (Prime Minister Romendacil), and a country before a person of
    it (U.S. President Donald Trump: one actor, not the country and the person)."""
    if title.end != name.start:
        return False
    bare_role = title.actor.entry.startswith("agent:")
    composed = "+agent:" in title.actor.entry
    same_country = title.actor.code[:3] == name.actor.code[:3]
    if not name.actor.entry.startswith("person:"):
        # in English only (Arabic puts subject and object side by side: هاجم الجيش قسد): a bare
        # title before an organisation's name, or a title of a country before a name coded by
        # that country (Bree Prime Minister Romendacil, a person listed only as BRE)
        return lang == "en" and (
            (bare_role and name.actor.entry.startswith("actor:")) or (composed and same_country)
        )
    # English writes a person's country before the title (US President Donald Trump)
    country = (
        lang == "en" and title.actor.entry.startswith("country:") and "+" not in title.actor.entry
    )
    return bare_role or ((composed or country) and same_country)
