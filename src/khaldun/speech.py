"""Reported speech: who speaks (قال المتحدث باسم قسد، according to X, "...," he said) and over
which tokens their words extend; the speaker is the implicit subject of subjectless clauses."""

from __future__ import annotations

from collections.abc import Sequence

from .frame import COMMAS, STRONG_BOUNDARIES, Frame
from .heads import is_auxiliary
from .match import Span
from .models import ActorSpan, Token
from .morphology import ar
from .nearest import actor_left, actor_right
from .surface import CompiledLanguage

REPORTER_ROLES = frozenset({"MED", "HRI"})  # they report events; they do not lend a subject
GROUP_ROLES = frozenset({"REB", "INS", "SEP", "PTY", "OPP"})  # a group that speaks of itself
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})  # ... and is no state's
OPEN_QUOTES = frozenset('“«"')
CLOSE_QUOTES = frozenset('”»"')


class Speaker:
    """Who speaks, and over which tokens their reported speech extends (read-only; a plain
    class, as :class:`events.SentenceContext` is)."""

    __slots__ = ("attributed", "scope_end", "scope_start", "span")

    def __init__(
        self, span: ActorSpan, scope_start: int, scope_end: int, attributed: bool = False
    ) -> None:
        self.span = span
        self.scope_start = scope_start
        self.scope_end = scope_end
        self.attributed = attributed  # named by an attribution: according to X, حسب X


def find_speakers(frame: Frame, cues: Sequence[Span], previous: ActorSpan | None) -> list[Speaker]:
    """Resolve the speaker of each reporting verb; a subjectless one inherits the last speaker."""
    speakers: list[Speaker] = []
    n = len(frame.tokens)
    # a speaker from an earlier sentence has no tokens here: a zero-width span at the start
    previous = ActorSpan(0, 0, previous.actor) if previous is not None else None
    gap = frame.language.slot_gap
    for cue in sorted((c for c in cues if c.hit.detail == "attribution"), key=lambda c: c.start):
        span = actor_right(frame, cue.end, 2)
        if span is not None:
            speakers.append(Speaker(span, 0, n, True))  # "..., according to X": the whole sentence
    for cue in sorted(reporting_cues(frame.tokens, frame.language, cues), key=lambda c: c.start):
        if frame.language.lang == "ar":
            span = actor_right(frame, cue.end, gap) or actor_left(frame, cue.start, 0)
        else:
            span = actor_left(frame, cue.start, gap) or actor_right(frame, cue.end, 2)
        if span is None and _clause_initial(frame, cue.start):
            span = speakers[-1].span if speakers else previous
        if span is None:
            continue
        speakers.append(Speaker(span, cue.end, n))
        quote_start = _quote_before(frame, min(cue.start, span.start))
        if quote_start is not None:
            speakers.append(Speaker(span, quote_start, cue.start))
    return speakers


def reporting_cues(
    tokens: Sequence[Token], language: CompiledLanguage, cues: Sequence[Span]
) -> list[Span]:
    """The reporting verbs among the cues, but a passive one (X is said to): that one names
    no speaker, and its subject is the subject of what follows."""
    return [
        c
        for c in cues
        if c.hit.detail == "reporting"
        and not (c.start and tokens[c.start - 1].norm in language.passive)
    ]


def _clause_initial(frame: Frame, pos: int) -> bool:
    """Nothing but pronouns, conjunctions or a closing quote between a clause start and ``pos``."""
    for i in range(pos - 1, -1, -1):
        norm = frame.norm(i)
        if norm in STRONG_BOUNDARIES or norm in COMMAS:
            return True
        if norm not in frame.language.pronouns and norm not in frame.language.conjunctions:
            return False
    return True


def _quote_before(frame: Frame, pos: int) -> int | None:
    """Start of a quotation that closes just before ``pos`` ("...," he said)."""
    i = pos - 1
    language = frame.language
    while (
        i >= 0
        and (norm := frame.norm(i)) not in CLOSE_QUOTES
        and (norm in COMMAS or norm in language.pronouns or norm in language.transparent)
    ):
        i -= 1
    if i < 0 or frame.norm(i) not in CLOSE_QUOTES:
        return None
    for j in range(i - 1, -1, -1):
        if frame.norm(j) in OPEN_QUOTES:
            return j + 1
    return 0


def speaker_over(speakers: Sequence[Speaker], pos: int) -> Speaker | None:
    """The innermost speaker whose words cover ``pos`` (the first of those opening last);
    none when that is a reporter. A loop: compiled, ``max`` with a key is a generic call."""
    speaker: Speaker | None = None
    for s in speakers:
        if s.scope_start <= pos < s.scope_end and (
            speaker is None or s.scope_start > speaker.scope_start
        ):
            speaker = s
    if speaker is None or not speaker.span.actor.roles.isdisjoint(REPORTER_ROLES):
        return None
    return speaker


def subject_lender(speakers: Sequence[Speaker], pos: int) -> ActorSpan | None:
    """The speaker that is the implicit subject of a subjectless clause at ``pos``: not one an
    attribution names, which only vouches for the report (قتل ثلاثة أشخاص، حسب وزارة الصحة:
    three people were killed, not the ministry's act)."""
    speaker = speaker_over(speakers, pos)
    return speaker.span if speaker is not None and not speaker.attributed else None


def own_subject(frame: Frame, speakers: Sequence[Speaker], trigger: Span) -> bool:
    """The reported clause of ``trigger`` has a subject of its own, so its speaker is not the
    actor of what it tells (police said a soldier was killed: not the police's act). A verbal
    noun after a preposition is no verb of that clause: the work goes on in fighting ISIS."""
    speaker = speaker_over(speakers, trigger.start)
    if speaker is None:
        return False
    determined = trigger.start > 0 and frame.norm(trigger.start - 1) in frame.language.determiners
    governed = ar.without_conjunction(trigger.clitic) or determined
    # a form after a preposition, or its determiner, is a noun: said during his meeting with X
    head = trigger.start - (2 if determined else 1)
    preposed = head >= 0 and frame.norm(head) in frame.language.prepositions
    verb = trigger.hit.detail == "verb" and not preposed
    return (verb or not (governed or preposed)) and not _subjectless(frame, speaker, trigger.start)


def said_of_itself(frame: Frame, speakers: Sequence[Speaker], pos: int) -> bool:
    """The speech of ``pos`` opens with a complementizer that carries a pronoun, the only one
    before ``pos`` (قال الجيش إنه قصف، أعلن التحالف أنه نفذ غارات), or with a subject pronoun
    right before the verb at ``pos`` (the rebels said they tried to kill X, said that it had
    attacked): the speaker is the subject, as if named (not so in قال إن رجلا يشتبه في أنه فتح
    النار: the man's act)."""
    speaker = speaker_over(speakers, pos)
    if speaker is None:
        return False
    found = _complementizers(frame, speaker, pos)
    return _opened_by_pronoun(frame, found) or _pronoun_subject(frame, speaker, found, pos)


def _pronoun_subject(frame: Frame, speaker: Speaker, found: list[int], pos: int) -> bool:
    """The speech opens, after at most one complementizer, with one of the language's
    ``speaker_pronouns``, and only auxiliaries and transparent words stand between it and
    ``pos`` (they had tried to)."""
    if len(found) > 1:
        return False
    start = found[0] + 1 if found else _opening(speaker, pos)
    if start >= pos or frame.norm(start) not in frame.language.speaker_pronouns:
        return False
    return all(
        frame.costs(i) == 0 or is_auxiliary(frame.norm(i), frame.language)
        for i in range(start + 1, pos)
    )


def _opening(speaker: Speaker, pos: int) -> int:
    """Where the speech of ``speaker`` that holds ``pos`` starts (after the speaker's name)."""
    if speaker.scope_start <= speaker.span.start < pos:
        return speaker.span.end
    return speaker.scope_start


def _complementizers(frame: Frame, speaker: Speaker, pos: int) -> list[int]:
    """The complementizers of the speech before ``pos`` (إن، أن، that), in order."""
    complementizers = frame.language.complementizers
    return [i for i in range(_opening(speaker, pos), pos) if frame.norm(i) in complementizers]


def _opened_by_pronoun(frame: Frame, complementizers: list[int]) -> bool:
    """The speech's only complementizer carries a pronoun (إنه): the speaker's."""
    return len(complementizers) == 1 and _owned(frame, complementizers[0])


def _subjectless(frame: Frame, speaker: Speaker, pos: int) -> bool:
    """The clause of ``pos`` has no subject of its own: from where it opens (a complementizer,
    else the speaker or the start of the speech), the first word that is not transparent is a
    pronoun or a noun a pronoun owns (its troops, جنوده), or there is none; a complementizer
    with a pronoun (إنه) opens a clause whose subject it is, the speaker when it opens the
    speech; after another clause (إن رجلا يشتبه في أنه), that clause's subject decides."""
    language = frame.language
    found = _complementizers(frame, speaker, pos)
    if _opened_by_pronoun(frame, found):
        return True
    opener = (found[0] if _owned(frame, found[-1]) else found[-1]) if found else None
    opening = _opening(speaker, pos) if opener is None else opener + 1
    for i in range(opening, pos):
        norm = frame.norm(i)
        if norm in language.pronouns or norm in language.self_references:
            return True
        if norm in language.group_references and _group(speaker):
            return True
        if not (
            frame.costs(i) == 0
            or norm in language.determiners
            or norm in COMMAS
            or norm in STRONG_BOUNDARIES
        ):
            return _owned(frame, i)
    return True


def _group(speaker: Speaker) -> bool:
    """The speaker is a group that is no state's: a rebel or militant group, a party, an
    opposition (its movement, الحركة, is itself)."""
    return not speaker.span.actor.roles.isdisjoint(GROUP_ROLES) and not (
        speaker.span.actor.roles & STATE_ROLES
    )


def _owned(frame: Frame, i: int) -> bool:
    """Token ``i`` is owned by a pronoun: its troops, جنوده (and إنه: a pronoun itself)."""
    before = frame.norm(i - 1) if i > 0 else ""
    return before in frame.language.owner_words or frame.tokens[i].text.endswith(
        frame.language.owner_suffixes
    )
