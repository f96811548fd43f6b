"""Drop the events of a sentence that say less than another event beside them, or repeat one."""

from __future__ import annotations

from .models import VIOLENT_ROOTS, ActorRef, Event, copy_event, general_code

PROTESTERS = "agent:protesters"  # the protesters, المتظاهرون: whoever protests


def without_redundant(events: list[Event]) -> list[Event]:
    """The sentence's events without redundant general codes, retold protests, actorless
    detections and repeats (one event alone is none of these: most sentences code one)."""
    if len(events) < 2:
        return events
    return _without_repeats(
        _without_redundant_detections(_without_retold_protests(_without_redundant_generics(events)))
    )


def _without_repeats(events: list[Event]) -> list[Event]:
    """One event per source, code and target: two verbs of one sentence saying the same thing
    ("X shot and wounded Y", both 223) make one event, the first."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for event in events:
        key = (_code(event.source), event.code, _code(event.target))
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def _without_retold_protests(events: list[Event]) -> list[Event]:
    """A protest with no source beside one with a source is that protest told again, its
    purpose: "refugees began a hunger strike to protest against the decision", "أضرب
    المعتقلون عن الطعام احتجاجا على القرار" - one protest, by the refugees, whose target it
    gives when the protest has none; so is one by "the protesters" after it (members of a
    party demonstrated ..., and the protesters raised pictures: the party's protest). A
    retelling more specific than the protest (a march chanting for the government's fall:
    1411) says more and stays."""
    told = next((e for e in events if e.root == "14" and not _unnamed(e.source)), None)
    if told is None:
        return events

    def retold(event: Event) -> bool:
        if event.root != "14" or len(event.code) > len(told.code):
            return False
        if event.source is None:
            return True
        return _unnamed(event.source) and event.trigger_start > told.trigger_start

    target = next((e for e in events if retold(e) and e.target), None)
    out = []
    for event in events:
        if retold(event):
            continue
        if event is told and event.target is None and target is not None:
            event = copy_event(event, target=target.target, target_text=target.target_text)
        out.append(event)
    return out


def _unnamed(source: ActorRef | None) -> bool:
    """No protester, or only "the protesters" (المتظاهرون), who are whoever protests."""
    return source is None or source.entry == PROTESTERS


def _without_redundant_generics(events: list[Event]) -> list[Event]:
    """A root's general code (030: "X agreed to ...") or a code's parent (183 beside 1831) says
    less than another event of the same root and source beside it (X 0333 Y: "X agreed to send
    aid to Y"), when it names no target or the same one: the more specific event stands alone,
    as CAMEO asks for the most specific code. A violent event with no source says less than
    one with a source beside it, of its root and target ("police said an airstrike killed a
    commander": the airstrike's kill, not a second, sourceless one)."""

    def same_source(other: Event, event: Event) -> bool:
        if _code(other.source) == _code(event.source):
            return True
        return event.source is None and event.root in VIOLENT_ROOTS and event.target is not None

    def says_more(other: Event, event: Event) -> bool:
        if other is event or other.root != event.root or not same_source(other, event):
            return False
        if not _covered(event.code, other.code):
            return False
        if event.target is None:
            return other.target is not None or other.code != event.code
        return (
            other.code != event.code
            and other.target is not None
            and other.target.code == event.target.code
        )

    return [e for e in events if not any(says_more(o, e) for o in events)]


def _code(actor: ActorRef | None) -> str:
    return actor.code if actor is not None else ""


def _covered(code: str, other: str) -> bool:
    """``other`` says at least what ``code`` says: ``code`` is a general code (190) or
    ``other``'s parent (183 beside 1831), or ``other`` itself."""
    return general_code(code) or other.startswith(code)


def _without_redundant_detections(events: list[Event]) -> list[Event]:
    """Events without any actor (a car bomb exploded) stand only for a sentence that yields
    nothing better: beside an event with actors they are that event's own words or backdrop;
    among themselves one per code is enough, and a violent root's general code (190: "ten
    were killed") or a code's parent (183) says less than a specific one beside it (1832: "in
    a car bomb blast")."""
    if any(e.source or e.target for e in events):
        return [e for e in events if e.source or e.target]
    violent = [e.code for e in events if e.root in VIOLENT_ROOTS]

    def says_less(event: Event) -> bool:
        return event.code in violent and any(
            code != event.code and _covered(event.code, code) for code in violent
        )

    seen: set[str] = set()
    kept = []
    for event in events:
        if says_less(event):
            continue
        if event.code not in seen:
            seen.add(event.code)
            kept.append(event)
    return kept
