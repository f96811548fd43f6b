"""A role noun owned by a possessive pronoun in reported speech is the speaker's: "Turkey said
its troops withdrew" -> TURMIL (not the bare MIL, nor the story's country). Arabic writes the
owner as a suffix (قواتها), which names no actor: the speaker is the subject there already."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .actor_refs import Item, Resolver
from .compiler import CompiledCodebook
from .compose_en import POSSESSIVES_EN
from .frame import Frame
from .models import ActorSpan
from .slots import SlotMatch
from .speech import Speaker, speaker_over


def with_owned_roles(
    match: SlotMatch, frame: Frame, speakers: Sequence[Speaker], book: CompiledCodebook
) -> SlotMatch:
    """The match with each possessed role noun of its slots given to the speaker over it."""
    slots = {
        role: tuple(owned_role(span, frame, speakers, book) for span in spans)
        for role, spans in match.slots.items()
    }
    return match if slots == match.slots else replace(match, slots=slots)


def owned_role(
    span: ActorSpan, frame: Frame, speakers: Sequence[Speaker], book: CompiledCodebook
) -> ActorSpan:
    """A role noun alone ("agent:" entry) right after its/their/his/her/our, the first actor
    of the reported speech of a speaker with a country or a name, as that speaker's role (not
    in "the UN said Syria withdrew its troops": its is Syria's)."""
    entry = span.actor.entry
    if (
        not span.actor.bare_role
        or span.start == 0
        or frame.norm(span.start - 1) not in POSSESSIVES_EN
    ):
        return span
    speaker = speaker_over(speakers, span.start)
    agent = next((a for a in book.agents if f"agent:{a.id}" == entry), None)
    if speaker is None or agent is None:
        return span
    if any(speaker.scope_start <= a.start < span.start for a in frame.actors):
        return span
    resolver = Resolver(book, None, None)
    owner = Item(speaker.span.start, speaker.span.end, "composed", "", ref=speaker.span.actor)
    ref = resolver.combine(Item(span.start, span.end, "agent", "", agent), owner)
    if ref is None or ref.code == agent.code:
        return span
    return span.copy(actor=ref)
