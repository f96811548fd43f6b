"""The events a chosen pattern codes: one per source and target, with the sentence's date,
place and the text of its actors and trigger."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .candidates import Candidate
from .compiler import CompiledCodebook
from .dates import EventDate
from .derived import code_fields, each_code
from .event_places import event_place
from .match import SentenceMatches
from .models import VIOLENT_ROOTS, ActorSpan, Event, Sentence, Token

if TYPE_CHECKING:
    from .events import SentenceContext


def events_of(
    sentence: Sentence,
    matches: SentenceMatches,
    book: CompiledCodebook,
    context: SentenceContext,
    best: Candidate,
    code: str,
    when: EventDate | None,
) -> list[Event]:
    """The events the chosen candidate codes as ``code``: one per source and target (a pair's
    members each way), each code of a compound actor apart, with the sentence's date and the
    place tied to the trigger (a town the violent event struck is where it happened)."""
    slots = best.match.slots
    pairs: list[tuple[ActorSpan | None, ActorSpan | None]] = []
    if "pair" in slots:
        members = slots["pair"]
        pairs = [(a, b) for a in members for b in members if a is not b]
    else:
        sources: list[ActorSpan | None] = [*slots.get("source", ()), *slots.get("with", ())]
        targets: list[ActorSpan | None] = list(slots.get("target", ()))
        sources, targets = sources or [None], targets or [None]
        pairs = [(s, t) for s in sources for t in targets if s is None or s is not t]
    pairs = [
        (s, t) for source, target in pairs for s in each_code(source) for t in each_code(target)
    ]
    struck = [(t.start, t.end) for _, t in pairs if t] if code[:2] in VIOLENT_ROOTS else []
    place = event_place(matches, book, best.trigger, struck) or context.default_place
    tokens = matches.tokens
    trigger_start = tokens[best.trigger.start].start
    trigger_end = tokens[best.trigger.end - 1].end
    events = []
    seen: set[tuple[str, str]] = set()
    for source, target in pairs:
        if (
            source is None
            and target is None
            and not (best.match.pattern.detects or best.unknown_source)
        ):
            continue
        key = (_code(source), _code(target))
        if key in seen:
            continue
        seen.add(key)
        events.append(
            Event(
                doc_id=context.doc_id,
                sentence_index=sentence.index,
                lang=context.lang,
                date=when.day if when else context.day,
                date_precision=when.precision if when else (1 if context.day else None),
                source=source.actor if source else None,
                target=target.actor if target else None,
                **code_fields(code, book),
                rule_id=best.rule.id,
                pattern=best.match.pattern.text,
                sentence=sentence.text,
                source_text=text_of(sentence, tokens, source),
                target_text=text_of(sentence, tokens, target),
                trigger_text=sentence.text[
                    trigger_start - sentence.start : trigger_end - sentence.start
                ],
                trigger_start=trigger_start - sentence.start,
                source_how=best.match.source_how(source),
                place=place,
            )
        )
    return events


def _code(span: ActorSpan | None) -> str:
    return span.actor.code if span else ""


def text_of(sentence: Sentence, tokens: Sequence[Token], span: ActorSpan | None) -> str:
    """The sentence's text of an actor span ("" for none or a speaker of an earlier sentence)."""
    if span is None or span.end <= span.start:  # none, or a speaker of an earlier sentence
        return ""
    start = tokens[span.start].start - sentence.start
    end = tokens[span.end - 1].end - sentence.start
    return sentence.text[start:end]
