"""Events derived from others: the paired event of a rule's ``reverse`` code (B hosts the visit A
makes), the subject shared by coordinated verbs (A condemned X and promised Y), one event per
code of a group actor; and the taxonomy fields every event carries for its code."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from .attributive import role_actor
from .models import ActorRef, ActorSpan, Event, Token, copy_event

if TYPE_CHECKING:
    from .compiler import CompiledCodebook, CompiledLanguage
    from .frame import Frame
    from .match import Span
    from .slots import SlotMatch

PREPOSITIONS_EN = frozenset({"against", "by", "with", "of", "to", "from", "for", "on", "into"})


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
            copy_event(
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


MAX_SKIPPED = 3  # words between a conjunction and its verb: and then it (asked)


def coordinated(
    tokens: Sequence[Token],
    language: CompiledLanguage,
    trigger: Span,
    sources: Sequence[ActorSpan],
    literals: Collection[int] = (),
) -> bool:
    """A verb right after a conjunction (or with و or ف on it), maybe through the pattern's own
    words before it (and will resign) and pronouns and transparent words (adverbs: "A urged X
    and then it asked Y"), whose source, if any, stands before it: the second verb of "A
    condemned X in B and promised Y" (أدانت أ ... ووعدت، فوعدت) has A's subject. The language's
    sets are tested one by one, as ``is_auxiliary`` does, not joined into a union on every call."""
    first = trigger.start
    while first - 1 in literals:
        first -= 1
    start = first
    while start > 0 and first - start < MAX_SKIPPED and _skippable(tokens[start - 1], language):
        start -= 1
    joined = (first == trigger.start and trigger.clitic.startswith(("و", "ف"))) or (
        start > 0
        and (
            tokens[start - 1].norm in language.conjunctions
            or tokens[start - 1].norm in language.verb_conjunctions
        )
    )
    return joined and all(s.end <= first for s in sources)


def coordinated_verb(frame: Frame, trigger: Span) -> bool:
    """A verb coordinated to the one before it, whose subject is its implicit subject for when
    its own slot search cannot reach back to it (gunmen attacked a village in Zamfara state and
    killed 19 villagers)."""
    return trigger.hit.detail == "verb" and coordinated(frame.tokens, frame.language, trigger, ())


def _skippable(token: Token, language: CompiledLanguage) -> bool:
    return token.norm in language.pronouns or token.norm in language.transparent


def object_source(frame: Frame, sources: Sequence[ActorSpan]) -> bool:
    """A source found after a preposition or another trigger, maybe through determiners and
    quantities (fought against Serb forces and will resign; killed one soldier and wounded
    two): the object of an earlier verb, not the subject of a coordinated one. English only."""
    if frame.language.lang != "en":
        return False
    for source in sources:
        i = source.start - 1
        while i >= 0 and frame.costs(i) == 0:
            i -= 1
        if i >= 0 and (frame.norm(i) in PREPOSITIONS_EN or i in frame.event_words):
            # "A group of X": a partitive with no verb before it is the subject's own phrase
            return frame.norm(i) != "of" or any(j in frame.event_words for j in range(i))
    return False


def with_coordination(
    frame: Frame,
    trigger: Span,
    match: SlotMatch,
    coded: list[Event],
    previous: list[Event],
    noun: bool = False,
) -> tuple[list[Event] | None, str]:
    """The events of a coordinated verb: with the previous verb's subject, or none when their
    source is an earlier verb's object (None), as for a verbal ``noun`` (met Y during a visit:
    not Y's visit); and why, for the trace."""
    sources = match.slots.get("source", ())
    before = [s for s in sources if s.end <= trigger.start]  # the visit *of X* is X's own
    if noun and before and object_source(frame, before):
        return None, "a noun whose source is an earlier verb's object: not coded"
    if not coordinated(frame.tokens, frame.language, trigger, sources, match.literals):
        return coded, ""
    if previous:
        return with_shared_subject(
            coded, previous
        ), "coordinated verb: the subject of the verb before it"
    if object_source(frame, sources):
        return None, "coordinated verb: its source is an earlier object"
    return coded, ""


def with_shared_subject(events: list[Event], previous: list[Event]) -> list[Event]:
    """``events`` with the sources of the previous verb's events instead of their own."""
    subjects = {e.source.code: e for e in previous if e.source}
    out: list[Event] = []
    seen: set[tuple[str, str, str]] = set()
    for event in events:
        target = event.target.code if event.target else ""
        for prior in subjects.values():
            key = (prior.source.code, event.code, target)  # type: ignore[union-attr]
            if key in seen or key[0] == target:
                continue
            seen.add(key)
            out.append(
                copy_event(
                    event,
                    source=prior.source,
                    source_text=prior.source_text,
                    source_how=prior.source_how,
                )
            )
    return out


def protest_sources(events: list[Event], book: CompiledCodebook) -> list[Event]:
    """The protesters of a protest: a people who demonstrate are its civilians (thousands of
    Sudanese marched, تظاهر آلاف السودانيين -> SDNCVL; a people is otherwise its country, SDN),
    and a protest that names no protester was made by protesters of its place's country
    (protests broke out in Basra, اندلعت احتجاجات في البصرة -> IRQCVL; protests against the
    government -> CVL)."""
    out = []
    for event in events:
        source = event.source
        if event.root == "14" and source is None:
            country = event.place.country if event.place else ""
            event = copy_event(event, source=_protesters(country, "role:protesters", book))
        elif event.root == "14" and source is not None and source.bare_people:
            event = copy_event(event, source=_protesters(source.code, f"{source.entry}+role", book))
        out.append(event)
    return out


SUICIDE_BOMBING = "1831"
BOMBERS = "gunmen"  # the agent of unidentified armed men, suicide bombers among them (UAF)


def implied_bombers(events: list[Event], book: CompiledCodebook) -> list[Event]:
    """A suicide bombing that names no bomber (nor a group that claimed it) was still made by
    one, whom the report leaves unidentified: the unidentified armed actor (UAF) that the
    role noun alone is (فجر انتحاري نفسه, a suicide bomber blew himself up), so that هجوم
    انتحاري في كابول, a suicide attack in Kabul, codes as that sentence does."""
    if not any(e.code == SUICIDE_BOMBING and e.source is None for e in events):
        return events
    agent = next((a for a in book.agents if a.id == BOMBERS), None)
    code = agent.code if agent is not None else None
    if agent is None or not code:
        return events
    bomber = ActorRef(code, agent.name, agent.inter, f"agent:{agent.id}", frozenset({code}))
    return [
        copy_event(e, source=bomber, source_how="default")
        if e.code == SUICIDE_BOMBING and e.source is None
        else e
        for e in events
    ]


CROWDS = frozenset({"CVL", "EDU", "LAB"})  # civilians, students, workers
FORCES = frozenset({"COP", "MIL"})  # police and army


def crowd_clashes(events: list[Event], book: CompiledCodebook) -> list[Event]:
    """A clash between a crowd and state forces, coded both ways (clashes between police and
    protesters, مواجهات بين الشرطة والمتظاهرين), is a riot and its repression: the crowd's side
    is 145, the forces' side 175, as CAMEO codes them, not fighting (190)."""
    both_ways = {
        (e.source.code, e.target.code, e.trigger_start)
        for e in events
        if e.root == "19" and e.source and e.target
    }
    out = []
    for event in events:
        source, target = event.source, event.target
        if (
            source is not None
            and target is not None
            and event.root == "19"
            and (target.code, source.code, event.trigger_start) in both_ways
        ):
            if source.roles & CROWDS and target.roles & FORCES:
                event = copy_event(event, **code_fields("145", book))
            elif source.roles & FORCES and target.roles & CROWDS:
                event = copy_event(event, **code_fields("175", book))
        out.append(event)
    return out


def _protesters(country: str, entry: str, book: CompiledCodebook) -> ActorRef:
    return role_actor(country, book.country_names.get(country), "CVL", entry)


def each_code(span: ActorSpan | None) -> list[ActorSpan | None]:
    """The span, then one copy per further code of a group actor (the Benelux: BEL, NLD, LUX)."""
    if span is None or not span.actor.also:
        return [span]
    copies: list[ActorSpan | None] = [
        span.copy(
            actor=span.actor.copy(
                code=code,
                also=(),
                roles=frozenset(code[i : i + 3] for i in range(0, len(code), 3)),
            )
        )
        for code in span.actor.also
    ]
    return [span, *copies]
