"""Paired events (a rule's ``reverse`` code: B hosts the visit A makes) and the taxonomy fields
every event carries for its code."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .models import Event

if TYPE_CHECKING:
    from .compiler import CompiledCodebook


def reversed_events(events: list[Event], code: str, book: CompiledCodebook) -> list[Event]:
    """The paired events of a rule with a ``reverse`` code: target -> source, coded ``code``
    (A left for B: A travels to B, 032, and B hosts A, 033), each once, unless already coded
    (by a pair: A and B renewed ties)."""
    seen = {(e.source.code, e.code, e.target.code) for e in events if e.source and e.target}
    out = []
    for event in events:
        if event.source is None or event.target is None:
            continue
        key = (event.target.code, code, event.source.code)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            replace(
                event,
                source=event.target,
                target=event.source,
                source_text=event.target_text,
                target_text=event.source_text,
                source_how="",
                **code_fields(code, book),
            )
        )
    return out


def code_fields(code: str, book: CompiledCodebook) -> dict:
    """An event's code and what the taxonomy says of it."""
    taxonomy = book.taxonomy.get(code)
    return {
        "code": code,
        "code_name": taxonomy.name if taxonomy else "",
        "root": code[:2],
        "quad_class": taxonomy.quad_class if taxonomy else 0,
        "goldstein": taxonomy.goldstein if taxonomy else 0.0,
        "plover": taxonomy.plover if taxonomy else "",
    }
