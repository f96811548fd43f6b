"""A result participle after a violent event (gunmen attacked a checkpoint, *killing three
soldiers*): the victims it names are that event's target, and it is no event of its own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .frame import COMMAS, Frame
from .match import Span
from .models import ActorSpan, Event

VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def is_result(frame: Frame, trigger: Span, last: Sequence[Event]) -> bool:
    """The trigger is one of the language's result participles, after a comma, and the
    trigger coded just before it made a violent event."""
    start = trigger.start
    return (
        start > 0
        and frame.norm(start) in frame.language.results
        and frame.norm(start - 1) in COMMAS
        and any(e.root in VIOLENT_ROOTS for e in last)
    )


def aimed_at_victims(
    events: list[Event], last: Sequence[Event], victim: ActorSpan | None, text: str
) -> list[Event]:
    """``events`` with each event of ``last`` that has no target aimed at the victim the
    result participle names."""
    if victim is None:
        return events
    return [
        replace(e, target=victim.actor, target_text=text)
        if e.target is None and any(e is x for x in last)
        else e
        for e in events
    ]
