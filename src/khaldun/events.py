"""Assemble events from one sentence's matches: the best pattern of each trigger (with the
speaker of reported speech as implicit subject), negation and irrealis, compound and paired
actors, taxonomy attributes, date and place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from .anaphora import carried_actor, first_actor, named_subject, pronoun_subject
from .announced import announced_threat, conditional_threat, future_intent
from .attributive import attributive_actor
from .candidate_events import events_of, text_of
from .candidates import Attempt, Candidate, best_candidate
from .claims import claimed_sources
from .clauses import clause_of
from .compiler import CompiledCodebook, CompiledLanguage
from .dates import EventDate, find_date
from .derived import (
    coordinated_verb,
    crowd_clashes,
    implied_bombers,
    protest_sources,
    reversed_events,
    with_coordination,
)
from .frame import sentence_words
from .framing import frame_of, noun_like_forms
from .match import SPEECH_CUES, SentenceMatches, Span
from .models import ActorSpan, Event, Place, Sentence, Token
from .nearest import actor_right
from .owners import with_owned_roles
from .redundancy import without_redundant
from .results import aimed_at_victims, is_result
from .scopes import (
    describes_unreported,
    habitual,
    in_background,
    instrument,
    is_cued,
    joined_to_unreported,
    named_as_history,
    named_as_yet_to_come,
    predicated,
    purposive,
    referred,
    word_cues,
)
from .speech import find_speakers, own_subject, said_of_itself, subject_lender
from .voice import may_match, noun_position, passive_verb

THREAT_ROOT = "13"


class SentenceContext:
    """What the sentence knows from its document. Read-only; made for every sentence that may
    code, so a plain class (a frozen dataclass's ``__init__`` stays interpreted, and slow, in
    the compiled build)."""

    __slots__ = ("carried", "day", "default_place", "doc_id", "lang")

    def __init__(
        self,
        doc_id: str,
        lang: str,
        day: date | None,
        carried: ActorSpan | None = None,  # the speaker or first subject of the sentence before
        default_place: Place | None = None,
    ) -> None:
        self.doc_id = doc_id
        self.lang = lang
        self.day = day
        self.carried = carried
        self.default_place = default_place


def assemble_events(
    sentence: Sentence,
    matches: SentenceMatches,
    book: CompiledCodebook,
    context: SentenceContext,
    trace: list[Attempt] | None = None,
) -> tuple[list[Event], ActorSpan | None]:
    """Events of one sentence, and the actor carried to the next (its pronouns, its speeches).
    With ``trace``, every decision is appended to it."""
    language = book.languages[context.lang]
    if any(c.hit.detail == "discard" for c in matches.cues):
        _note(trace, matches.cues[0], "sentence discarded (sport, entertainment, accident)")
        return [], context.carried
    recalls = [c for c in matches.cues if c.hit.detail == "recall"]
    if any(_opens(matches.tokens, c) for c in recalls):
        _note(trace, recalls[0], "it recalls background (it is worth noting that): nothing coded")
        return [], context.carried
    norms = sentence_words(matches.tokens, bool(matches.places))
    if trace is None and not _may_code(matches, book, norms):
        return [], _carried_on(matches, language, None, [], context.carried)
    nounish = noun_like_forms(matches, language)
    frame = frame_of(matches, language, book, nounish, norms)
    all_cues = word_cues(matches)
    speakers = find_speakers(frame, all_cues, context.carried)
    when: EventDate | None = None
    dated = False  # the date is looked for once, when the first event is made
    cues_in_force = [c for c in all_cues if not noun_position(matches, language, c)]
    events: list[Event] = []
    previous: list[Event] = []  # the events of the last coded trigger
    coded_clauses: set[int] = set()  # code_by clause / sentence: the clauses that have coded
    weighted: dict[str, list[Event]] = {"weak": [], "dominant": []}  # rules' TABARI weights
    # verb forms in a noun's place too, by patterns naming words before them (patterns_to_try)
    heads: dict[int, str] = {}  # the codes of the coded event nouns, by where they end
    worded: set[int] = set()  # tokens that coded threats named as their own words
    last_coded: list[Event] = []  # the events of the last trigger that coded
    unreported = -1  # where the last event noun the sentence does not report ends
    for group in trigger_groups(matches.triggers):
        trigger = group[0]
        if instrument(trigger, book.rules[trigger.hit.index].code, heads):
            _note(trace, trigger, "the means of the event noun before it: no event of its own")
            continue
        if trigger.start in worded:  # لوح ب*عملية* ضد: the threatened operation
            _note(trace, trigger, "the action a threat names: no event of its own")
            continue
        if joined_to_unreported(frame, trigger, unreported):
            _note(trace, trigger, "joined to an event noun not reported: not reported either")
            unreported = trigger.end
            continue
        if describes_unreported(frame, trigger, unreported):
            _note(trace, trigger, "describes an event noun not reported: not reported either")
            unreported = trigger.end
            continue
        if is_result(frame, trigger, last_coded):  # attacked a checkpoint, *killing three*
            _note(trace, trigger, "the result of the violent event before it: its victims")
            victim = actor_right(frame, trigger.end, language.slot_gap)
            victim_text = text_of(sentence, matches.tokens, victim)
            events = aimed_at_victims(events, last_coded, victim, victim_text)
            for weight, kept in weighted.items():  # a weak rule's event too (opened fire)
                weighted[weight] = aimed_at_victims(kept, last_coded, victim, victim_text)
            last_coded = []
            continue
        clause = clause_of(frame, trigger.start)
        if clause in coded_clauses:
            _note(trace, trigger, f"code_by {language.code_by}: its clause has coded")
            continue
        speaker = subject_lender(speakers, trigger.start)
        reported = speaker is not None and own_subject(frame, speakers, trigger)
        if reported and not language.sourceless_reports:
            _note(trace, trigger, "the reported clause has a subject of its own: not the speaker")
            speaker = None
        elif speaker is None and not passive_verb(frame, trigger):  # "it was hit": its target
            inner = carried_actor(None, previous, None)
            speaker = pronoun_subject(frame, trigger.start, context.carried, inner)
            if speaker is not None:
                _note(trace, trigger, f"pronoun: {speaker.actor.code} from the context")
            elif inner is not None and coordinated_verb(frame, trigger):
                speaker = inner  # a zero-width span: the subject of the verb before
        named = speaker is not None and said_of_itself(frame, speakers, trigger.start)
        best = best_candidate(frame, book, group, speaker, context.lang, trace, matches, named)
        if best is None:
            continue
        best = _with_attributive_source(best, matches, book)
        pattern = best.match.pattern
        told = any(e.speaker_only for e in (*pattern.left, *pattern.right))  # {source:speaker}
        if reported and best.match.source_how(speaker) and not told:
            _note(trace, trigger, "the reported clause has a subject of its own: source unknown")
            best = _with_unknown_source(best)
        owned = with_owned_roles(best.match, frame, speakers, book)
        if owned is not best.match:  # most matches own no role noun: no copy
            best = replace(best, match=owned)
        # cue words the pattern itself names are part of the event (رفض التعليق: decline comment)
        cues = [c for c in cues_in_force if c.start not in best.match.literals]
        # a noun that is the whole event is negated by its predicate: a car bomb did not
        # explode, سيارة مفخخة لم تنفجر; or told as yet to happen: an attack could hit
        whole = best.match.pattern.detects
        negated = is_cued(frame, cues, trigger, "negation", language.negation_window) or (
            whole and predicated(cues, trigger, "negation")
        )
        if negated:
            _note(trace, trigger, "negated: not coded")
            unreported = trigger.end
            continue
        if whole and (
            is_cued(frame, cues, trigger, "defusal", language.defusal_window)
            or predicated(cues, trigger, "defusal")
        ):
            _note(trace, trigger, "a device found, defused or seized: nothing exploded")
            unreported = trigger.end
            continue
        targets = best.match.slots.get("target", ())
        violent = best.rule.code[:2] == "18"  # unconventional violence: it has a victim
        if trigger.hit.detail == "verb" and in_background(  # its pattern may name the pronoun
            frame, cues_in_force, trigger, language.background_window, targets, violent
        ):
            _note(trace, trigger, "a relative clause about a victim or a thing: background")
            continue
        if is_cued(frame, cues, trigger, "summary", language.summary_window):
            _note(trace, trigger, "a count of many events: a summary, none reported")
            unreported = trigger.end
            continue
        if habitual(frame, cues, trigger, language.habit_window):
            _note(trace, trigger, "a light verb in the present: what is done as a rule, no event")
            unreported = trigger.end
            continue
        if purposive(frame, trigger, best.match.literals):
            _note(trace, trigger, "a purpose or what another word is about: no event")
            unreported = trigger.end
            continue
        # the pattern's own verb may come first: "it would tighten the blockade" (blockade),
        # "the UN will deliver food aid" (aid): the future is told on that verb
        opening = min([trigger.start, *best.match.literals])
        # the attack: the noun of a verb-and-noun form
        if best.trigger.hit.detail != "verb" and referred(frame, cues, trigger, opening):
            _note(trace, trigger, "an earlier event named by its noun (after the bombing)")
            unreported = trigger.end
            continue
        noun = nounish[trigger.start, trigger.end, trigger.hit.verb]
        if named_as_history(frame, best.trigger, context.day, noun, opening):
            _note(trace, trigger, "an event noun dated to an earlier year: history, not news")
            unreported = trigger.end
            continue
        planned = (
            trigger.hit.future
            or named_as_yet_to_come(frame, best.trigger, noun)
            or (whole and predicated(cues, trigger, "prospect"))
            or any(
                is_cued(frame, cues, span, "irrealis", language.irrealis_window)
                for span in (trigger, trigger._replace(start=opening))
            )
        )
        code = best.rule.code
        threat = planned and (
            announced_threat(matches.tokens, cues, opening, code, language)
            or conditional_threat(matches.tokens, opening, code, trigger.hit.future, language)
        )
        intent = best.rule.planned == "drop" and future_intent(
            code, trigger.hit.future, matches.tokens, opening, language
        )
        if threat:
            _note(trace, trigger, f"announced by its actor: a threat ({threat})")
            code = threat
        elif intent:
            _note(trace, trigger, f"future tense: an intent ({intent})")
            code = intent
        elif planned:
            _note(trace, trigger, f"future/intended: rule says {best.rule.planned}")
            if best.rule.planned == "drop":
                unreported = trigger.end
                continue
            if best.rule.planned != "keep":
                code = best.rule.planned
        if not dated:
            when, dated = _sentence_date(matches.tokens, context.day, language), True
        coded = events_of(sentence, matches, book, context, best, code, when)
        shared, why = with_coordination(frame, trigger, best.match, coded, previous, noun)
        if why:
            _note(trace, trigger, why)
        if shared is None:
            continue
        coded = shared
        if not language.self_events:
            coded = [
                e for e in coded if not (e.source and e.target and e.source.code == e.target.code)
            ]
        previous = [e for e in coded if e.source] or previous
        if coded and clause is not None and best.rule.weight != "weak":
            coded_clauses.add(clause)
        kept = weighted[best.rule.weight] if best.rule.weight else events
        kept.extend(coded)
        last_coded = coded
        if coded and code[:2] == THREAT_ROOT:  # the action a threat names did not happen
            worded.update(best.match.literals)
        if coded and trigger.hit.detail != "verb":
            heads[trigger.end] = code
        if best.rule.reverse and code == best.rule.code:
            kept.extend(reversed_events(coded, best.rule.reverse, book))
    events = weighted["dominant"] or events or weighted["weak"]
    last = speakers[-1].span if speakers else None
    events = protest_sources(without_redundant(crowd_clashes(events, book)), book)
    events = claimed_sources(events, frame, all_cues)
    events = implied_bombers(events, book)
    return events, _carried_on(matches, language, last, events, context.carried)


def _may_code(matches: SentenceMatches, book: CompiledCodebook, norms: frozenset[str]) -> bool:
    """Can the sentence code an event or name a speaker? Not when it has no reporting cue and
    none of its triggers' rules has a pattern whose literals it holds (a trigger word in another
    sense: the schools reopened): then no frame need be built, no slot searched."""
    return any(c.hit.detail in SPEECH_CUES for c in matches.cues) or any(
        may_match(book.rules[t.hit.index], t, book.languages[matches.lang], norms)
        for t in matches.triggers
    )


def _carried_on(
    matches: SentenceMatches,
    language: CompiledLanguage,
    last_speaker: ActorSpan | None,
    events: Sequence[Event],
    carried: ActorSpan | None,
) -> ActorSpan | None:
    """The actor the sentence carries to the next (:func:`anaphora.carried_actor`)."""
    if language.carry == "first_actor":  # TABARI: whatever the sentence's events
        return first_actor(matches.actors) or carried
    first_verb = next(
        (t.start for t in matches.triggers if not noun_position(matches, language, t)),
        len(matches.tokens),
    )
    subject = named_subject(matches.actors, first_verb)
    return carried_actor(last_speaker, events, subject or carried)


def _sentence_date(
    tokens: Sequence[Token], day: date | None, language: CompiledLanguage
) -> EventDate | None:
    """The first date the sentence names, resolved against the story's ``day``."""
    return find_date(
        tokens, day, language.date_phrases, language.date_firsts, language.date_longest
    )


def trigger_groups(triggers: Sequence[Span]) -> list[list[Span]]:
    """Triggers sharing one token range (one form of several rules) are decided together."""
    groups: dict[tuple[int, int], list[Span]] = {}
    for trigger in triggers:
        key = (trigger.start, trigger.end)
        group = groups.get(key)
        if group is None:
            groups[key] = [trigger]  # no list made and dropped for each trigger of a group
        else:
            group.append(trigger)
    return list(groups.values())


def _with_attributive_source(
    best: Candidate, matches: SentenceMatches, book: CompiledCodebook
) -> Candidate:
    """The attributive actor is the source when the chosen pattern found none (or only the
    speaker of reported speech)."""
    slots = best.match.slots
    if "pair" in slots or ("source" in slots and "source" not in best.match.implicit):
        return best
    span = attributive_actor(best.trigger, matches, book, best.rule.code)
    if span is None:
        return best
    match = replace(
        best.match, slots={**slots, "source": (span,)}, implicit=best.match.implicit - {"source"}
    )
    return replace(best, match=match)


def _with_unknown_source(best: Candidate) -> Candidate:
    """The candidate without the speaker it took as source (its event is coded sourceless)."""
    slots = {role: spans for role, spans in best.match.slots.items() if role != "source"}
    match = replace(best.match, slots=slots, implicit=best.match.implicit - {"source"})
    return replace(best, match=match, unknown_source=True)


def _opens(tokens: Sequence[Token], span: Span) -> bool:
    """The span opens its sentence: only punctuation stands before it."""
    return not any(ch.isalnum() for t in tokens[: span.start] for ch in t.text)


def _note(trace: list[Attempt] | None, trigger: Span, note: str) -> None:
    if trace is not None:
        trace.append(Attempt(trigger, "", "", False, False, note))
