"""The result of a violent event (gunmen attacked a checkpoint, *killing three soldiers*;
قصفت القوات قرية *ما أسفر عن مقتل* ثلاثة مدنيين): the victims it names are that event's target,
and it is no event of its own."""

from __future__ import annotations

from collections.abc import Sequence

from .frame import COMMAS, Frame
from .match import Span
from .models import VIOLENT_ROOTS, ActorSpan, Event, copy_event

MAX_LEAD = 3  # words from a result verb to its casualty noun: أسفر [الهجوم] عن مقتل


def is_result(frame: Frame, trigger: Span, last: Sequence[Event]) -> bool:
    """The trigger coded just before this one made a violent event, and this one is its result:
    a result participle after a comma (, killing three soldiers) or a casualty noun led by a
    result verb (ما أسفر عن مقتل، مما أدى إلى مقتل)."""
    if not any(e.root in VIOLENT_ROOTS for e in last):
        return False
    language, start = frame.language, trigger.start
    if start > 0 and frame.norm(start) in language.results:
        return frame.norm(start - 1) in COMMAS
    if start < 2 or frame.norm(start - 1) not in language.result_links:
        return False
    return any(
        frame.norm(i) in language.result_leads
        for i in range(max(start - MAX_LEAD - 1, 0), start - 1)
    )


def aimed_at_victims(
    events: list[Event], last: Sequence[Event], victim: ActorSpan | None, text: str
) -> list[Event]:
    """``events`` with each event of ``last`` that has no target aimed at the victim the
    result participle names."""
    if victim is None:
        return events
    return [
        copy_event(e, target=victim.actor, target_text=text)
        if e.target is None and any(e is x for x in last)
        else e
        for e in events
    ]
