"""Whether a trigger reports an event, from the cue words whose scope covers it: negation,
irrealis, summaries and references before it, a predicate after an event noun (a car bomb did not
explode), a relative clause of background, a purpose (خلية لتفجير السيارات), a noun joined to an
unreported one, the means of another event noun, a known event named by its noun."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from .dates import earlier_year, time_to_come, year_of_history
from .frame import COMMAS
from .heads import described_noun, indefinite_word, relative_head
from .models import ActorSpan, general_code
from .morphology import ar
from .voice import carried_pronoun, light_verb_before

if TYPE_CHECKING:
    from .frame import Frame
    from .match import SentenceMatches, Span


def word_cues(matches: SentenceMatches) -> list[Span]:
    """The cues that read as words of their own: not one inside an actor's name (the United
    States: not "states") nor the first half of a hyphenated modifier (state-run television)."""
    tokens = matches.tokens
    return [
        cue
        for cue in matches.cues
        if not any(a.start <= cue.start and cue.end <= a.end for a in matches.actors)
        and not (
            cue.end < len(tokens)
            and tokens[cue.end].norm == "-"
            and tokens[cue.end].start == tokens[cue.end - 1].end
        )
    ]


def is_cued(frame: Frame, cues: Sequence[Span], trigger: Span, detail: str, window: int) -> bool:
    """A cue of this kind stands within ``window`` words before the trigger, in the same clause;
    transparent words are free and an actor counts as one word (هددت وزارة الدفاع التركية بشن
    هجوم: the threat covers the attack)."""
    for cue in cues:
        if cue.hit.detail != detail or cue.end > trigger.start:
            continue
        if _distance(frame, cue.end, trigger.start) <= window:
            return True
    return False


REFERENCES = ("reference", "presupposition")  # the cue kinds that name a known event

PREDICATE_REACH = 2  # words between an event noun and its predicate: سيارة مفخخة *لم* تنفجر


PAST_AUXILIARIES = frozenset({"كان", "كانت", "كانوا"})  # normalised: was, were (Arabic)
AUXILIARY_REACH = 4  # words from a past auxiliary to the light verb: كان الجيش العراقي يقوم


def habitual(frame: Frame, cues: Sequence[Span], trigger: Span, window: int) -> bool:
    """A habit cue (a light verb in the present: تقوم الميليشيات بخطف المدنيين) covers
    the trigger: what is done as a rule, no event; not after a past auxiliary and its subject,
    where it is the past progressive (كان الرجل يقوم بزرعها: he was planting it)."""
    return any(
        is_cued(frame, [cue], trigger, "habit", window) and not _in_the_past(frame, cue.start)
        for cue in cues
        if cue.hit.detail == "habit"
    )


def _in_the_past(frame: Frame, start: int) -> bool:
    """A past auxiliary stands a few words before ``start``, in the same clause."""
    for i in range(start - 1, max(start - 1 - AUXILIARY_REACH, -1), -1):
        if frame.is_boundary(i):
            return False
        if ar.without_conjunction(frame.norm(i)) in PAST_AUXILIARIES:
            return True
    return False


def predicated(cues: Sequence[Span], trigger: Span, detail: str) -> bool:
    """A cue of this kind opens the predicate of an event noun, right after it (a car bomb
    did not explode, an attack could hit, هجوم سينفذ)."""
    return any(
        c.hit.detail == detail and 0 <= c.start - trigger.end <= PREDICATE_REACH for c in cues
    )


COORDINATION_REACH = 6  # words from an unreported event noun to one joined to it


def joined_to_unreported(frame: Frame, trigger: Span, end: int) -> bool:
    """An event noun joined by "and" (و) to an event noun ending at ``end`` that the sentence
    does not report, with no verb or strong boundary between them, is not reported either (the
    idea of bombing the embassies and assassinating the president, فكرة تفجير السفارتين ومحاولة
    اغتيال الرئيس)."""
    if (
        end < 0
        or trigger.hit.detail != "noun"
        or not 0 <= trigger.start - end <= COORDINATION_REACH
    ):
        return False
    between = range(end, trigger.start)
    if any(i in frame.event_words or frame.is_boundary(i) for i in between):
        return False
    if frame.language.lang == "ar":
        return trigger.clitic.startswith("و")
    if trigger.start == 0:
        return False
    word, language = frame.norm(trigger.start - 1), frame.language
    return word in language.conjunctions or word in language.verb_conjunctions  # no union a call


DESCRIBING_REACH = 2  # words between an unreported event noun and the verb describing it


def describes_unreported(frame: Frame, trigger: Span, end: int) -> bool:
    """A verb that opens a relative clause on an event noun ending at ``end`` that the sentence
    does not report tells of that event, and is not reported either: after a relative pronoun
    (despite the attack which killed three, رغم الهجوم الذي استهدف الجيش), or in Arabic right
    after the indefinite noun phrase (صفة جملة: منذ غارة روسية استهدفت مسلحين)."""
    conjoined = trigger.clitic != "" and trigger.clitic[0] in ar.CONJUNCTIONS
    if end < 0 or trigger.hit.detail != "verb" or conjoined:
        return False
    between = range(end, trigger.start)
    if not 0 <= len(between) <= DESCRIBING_REACH or any(
        i in frame.event_words or frame.is_boundary(i) or frame.norm(i) in COMMAS for i in between
    ):
        return False
    if between and frame.norm(trigger.start - 1) in frame.language.relatives:
        return True
    return frame.language.lang == "ar" and all(indefinite_word(frame, i) for i in between)


def in_background(
    frame: Frame,
    cues: Sequence[Span],
    trigger: Span,
    window: int,
    targets: Collection[ActorSpan],
    violent: bool = False,
) -> bool:
    """A verb opening a relative clause whose antecedent is no actor, is its own target, or
    undergoes it (:func:`undergoes`; a ``violent`` verb always has a victim), tells what a
    thing or a victim underwent (the mosque which gunmen attacked, the hostage who was
    kidnapped last week): background to the sentence's news. Protesters who blocked a road
    (an actor, the source) is what they did: coded. An actor between the pronoun and the verb
    is its subject: the antecedent is its object (the soldiers whom the Taliban attacked). So
    is an Arabic one with no pronoun (:func:`undergone_by_noun`)."""
    for cue in cues:
        if (
            cue.hit.detail == "background"
            and cue.end <= trigger.start
            and _distance(frame, cue.end, trigger.start) <= window
        ):
            head = relative_head(frame, cue.start)
            subject = any(i in frame.by_start for i in range(cue.end, trigger.start))
            if (
                head is None
                or head in targets
                or subject
                or undergoes(frame, trigger, carried_pronoun(frame, trigger), violent, targets)
            ):
                return True
    return undergone_by_noun(frame, trigger)


def undergone_by_noun(frame: Frame, verb: Span) -> bool:
    """An Arabic verb right after an indefinite noun, with no relative pronoun (صفة جملة), that
    carries an object pronoun referring back to the noun tells what it underwent, as after
    one (سفينة خطفها القراصنة، رهائن بريطانيون خطفهم مسلحون: a ship which pirates hijacked):
    background. Without the pronoun the noun is its subject (هجوم استهدف الجيش); an actor
    before the verb is its antecedent only when indefinite and the verb has its own subject
    after it, or the actor is the object of an actor before it (قتل مسلحون جنديا خطفوه: a
    soldier they had kidnapped); else it is the subject (إن مسلحين خطفوه: gunmen kidnapped
    him)."""
    if frame.language.lang != "ar" or carried_pronoun(frame, verb) != "object":
        return False
    if described_noun(frame, verb.start, verb.clitic) != "":
        return True
    before = frame.by_end.get(verb.start)
    return (
        before is not None
        and not (verb.clitic != "" and verb.clitic[0] in ar.CONJUNCTIONS)
        and indefinite_word(frame, before.start)
        and (verb.end in frame.by_start or before.start in frame.by_end)
    )


PURPOSE_REACH = 3  # words before a purpose's noun where a governor stands: تعرضت دورية للجيش لهجوم


def purposive(frame: Frame, trigger: Span, literals: Collection[int]) -> bool:
    """An event noun that names a purpose or what another word is about (خلية لتفجير السيارات،
    انتقاما لتفجير الحافلة, a cell to bomb cars): its Arabic proclitic ل, or an English "to"
    right before it; not after a governor (تعرض لهجوم، تعرضت دورية للجيش لهجوم, subjected to
    shelling) nor a word its pattern names, which say it happened."""
    language = frame.language
    if trigger.hit.detail != "noun":
        return False
    before = trigger.start - 1
    if ar.without_conjunction(trigger.clitic) in language.purpose_proclitics:
        governor = before
    elif before >= 0 and frame.norm(before) in language.purpose_words:
        governor = before - 1
    else:
        return False
    if any(i < trigger.start for i in literals):
        return False  # the pattern names the word that governs it (خرج متظاهرون للاحتجاج)
    opening = max(governor - PURPOSE_REACH, 0)
    return not any(
        frame.norm(i) in language.purpose_governors for i in range(governor, opening - 1, -1)
    )


def referred(frame: Frame, cues: Sequence[Span], trigger: Span, opening: int) -> bool:
    """An event noun that names an earlier event: a known one after a reference word (after the
    bombing, بعد اغتيال الحريري), any right after a word that takes it as known (ردا على هجوم،
    despite an attack), or the means of a casualty noun its pattern names, from ``opening``,
    after one (رغم مقتل ثلاثة جنود في هجوم انتحاري: the attack the deaths presuppose)."""
    language = frame.language
    if known_event(frame, trigger) and any(
        is_cued(frame, cues, trigger, kind, language.reference_window) for kind in REFERENCES
    ):
        return True
    return any(
        is_cued(frame, cues, span, "presupposition", language.presupposition_window)
        for span in (trigger, trigger._replace(start=opening))
    )


HISTORY_AFTER = 8  # words after an event noun to its year: مظاهرة أقيمت في شيكاغو في عام 2003
HISTORY_BEFORE = 3  # words before it: ثم تعرض عام 1986 لمحاولة اختطاف


def named_as_history(
    frame: Frame, trigger: Span, story: date | None, noun: bool, opening: int
) -> bool:
    """An event noun dated to an earlier year in its clause (a demonstration held in Chicago in
    2003, في تظاهرة عام 2003، the 2003 protests, احتجاجات 2011، in 1986 he survived a kidnapping
    attempt) names history, background to the news, not an event it reports. Up to a comma,
    a strong boundary or another event word (not a month: مارس); a year needs a year or month
    word before it, or stands beside the noun (English after "the"). A verbal noun after a
    light verb reads as the verb (قامت الجماعة عام 2005 بخطف جنود): a past event told, not
    named, as is a noun whose pattern names its verb from ``opening`` (dropped an atomic bomb
    in 1945, نظموا مظاهرة عام 2004). ``noun``: the trigger reads as a noun (a verb form after
    a preposition: في تظاهرة)."""
    if not (noun or trigger.hit.detail != "verb") or opening < trigger.start:
        return False
    if light_verb_before(frame, trigger.start):
        return False
    tokens, phrases = frame.tokens, frame.language.date_phrases
    beside = trigger.end if frame.language.lang == "ar" else trigger.start - 1
    if frame.language.lang == "en" and (beside < 1 or frame.norm(beside - 1) != "the"):
        beside = -1
    if beside >= 0 and earlier_year(tokens, beside, story):
        return True
    for span in (
        range(trigger.end, min(trigger.end + HISTORY_AFTER, len(tokens))),
        range(trigger.start - 1, max(trigger.start - 1 - HISTORY_BEFORE, -1), -1),
    ):
        for i in _in_clause(frame, span):
            if year_of_history(tokens, i, story, phrases):
                return True
    return False


def named_as_yet_to_come(frame: Frame, trigger: Span, noun: bool) -> bool:
    """An event noun dated to a time to come in its clause (a general strike next week, إضرابا
    عاما الأسبوع المقبل، called a demonstration for tomorrow) is yet to happen, even when its
    pattern names its verb (announced a strike next week); up to a comma, a strong boundary or
    another event word, as for :func:`named_as_history`."""
    if not (noun or trigger.hit.detail != "verb") or light_verb_before(frame, trigger.start):
        return False
    tokens, phrases = frame.tokens, frame.language.date_phrases
    span = range(trigger.end, min(trigger.end + HISTORY_AFTER, len(tokens)))
    return any(time_to_come(tokens, i, phrases) for i in _in_clause(frame, span))


def _in_clause(frame: Frame, span: range) -> list[int]:
    """The positions of ``span`` up to a comma, a strong boundary or another event word (not
    a date word: مارس, March, is also a verb)."""
    phrases, kept = frame.language.date_phrases, []
    for i in span:
        word = frame.norm(i)
        other_event = i in frame.event_words and (word,) not in phrases
        if frame.is_boundary(i) or word in COMMAS or other_event:
            break
        kept.append(i)
    return kept


def undergoes(
    frame: Frame, verb: Span, pronoun: str, violent: bool, targets: Collection[ActorSpan]
) -> bool:
    """The antecedent of an Arabic relative clause is what its verb was done to: the verb
    carries an object pronoun that refers back to it (الرهائن الذين اختطفتهم طالبان), or is one
    of unconventional violence, which always has a victim, with no target: unvowelled, the
    passive (الرهينة التي خطفت أمس: the hostage who was kidnapped)."""
    if frame.language.lang != "ar" or verb.hit.detail != "verb":
        return False
    return pronoun == "object" or (violent and not targets)


def _distance(frame: Frame, start: int, end: int) -> int:
    """Words between two token positions (None-like large value across a strong boundary)."""
    words = 0
    i = start
    while i < end:
        if frame.is_boundary(i):
            return end - start + 1_000
        actor = frame.by_start.get(i)
        if actor is not None and actor.end <= end:
            words += 1
            i = actor.end
            continue
        words += frame.costs(i)
        i += 1
    return words


def instrument(trigger: Span, code: str, heads: Mapping[int, str]) -> bool:
    """An Arabic event noun written with the instrumental ب right after a coded, specific event
    noun of its root (هجوم انتحاري بسيارة مفخخة: a suicide attack by car bomb, 1831) is the
    means of that event, not one of its own. ``heads`` are the codes of the coded event nouns
    by where they end; after a root's general code (هجوم بسيارة مفخخة: 190) the means is the
    specific event, and after a verb (قتلا بانفجار) the event itself."""
    if trigger.hit.detail == "verb" or not ar.without_conjunction(trigger.clitic).startswith("ب"):
        return False
    head = heads.get(trigger.start, "")
    return head[:2] == code[:2] and not general_code(head)


def known_event(frame: Frame, trigger: Span) -> bool:
    """An event noun that names a known event: with the article or in a construct with a
    definite noun or a name (التفجير، تفجير السفارة، اغتيال الحريري), after "the" or a
    possessive (the bombing, Monday's attack). "After a roadside bombing" is a new one."""
    if frame.language.lang == "ar":
        after = trigger.end
        return trigger.hit.definite or (
            after < len(frame.tokens)
            and (frame.norm(after).startswith("ال") or after in frame.by_start)
        )
    before = range(trigger.start - 1, max(trigger.start - 3, -1), -1)
    return any(
        frame.norm(i) in ("the", "'s") or frame.norm(i) in frame.language.owner_words
        for i in before
    )
