"""The slot-search view of a sentence's matches (:class:`frame.Frame`): which trigger forms read
as verbs and end slot searches, which words cost nothing between a trigger and its actor, and
which casualty clauses are passed over."""

from __future__ import annotations

from .casualties import casualty_tails
from .compiler import CompiledCodebook, CompiledLanguage
from .frame import COMMAS, Frame
from .match import SentenceMatches
from .numbers import find_numbers
from .speech import reporting_cues
from .voice import noun_like


def frame_of(
    matches: SentenceMatches,
    language: CompiledLanguage,
    book: CompiledCodebook | None = None,
    nounish: dict[tuple[int, int, bool], bool] | None = None,
    norms: frozenset[str] | None = None,
) -> Frame:
    """The slot-search view of a sentence's matches: verbs and reporting verbs end slot searches
    (police said a bomb killed: not the police's bomb), a verb form in a noun's place does not
    (في تجمع لقوات الحشد). Stray adjectives and quantities ("more than 100",
    "نحو 20") cost nothing between a trigger and its actor: arrested more than 100 Kurds; a
    further casualty clause is passed over (killed two *and wounded a third* in an attack).
    ``nounish``: :func:`noun_like_forms`, and ``norms``: :func:`frame.sentence_words`, when the
    caller has read them already."""
    if nounish is None:
        nounish = noun_like_forms(matches, language)
    return Frame.build(
        matches.tokens,
        matches.actors,
        language,
        [(start, end) for (start, end, _), noun in nounish.items() if not noun]
        + [(c.start, c.end) for c in reporting_cues(matches.tokens, language, matches.cues)]
        + _attributions(matches, language),
        [(a.start, a.end) for a in matches.adjectives] + _quantities(matches, book),
        casualty_tails(matches.tokens, matches.actors, language),
        [(p.start, p.end) for p in matches.places],
        norms,
    )


SPEAKER_HEAD = 2  # words between a speaker actor and its verb: a doctors' committee said


def _attributions(matches: SentenceMatches, language: CompiledLanguage) -> list[tuple[int, int]]:
    """Where an attribution opens, which no slot search of an event crosses: its cue (according
    to, بحسب) and the comma before a speaker and its reporting verb (shelled the town, the UN
    said: the UN is who says, not the target; a doctors' committee said: the speaker's head
    noun may follow the actor)."""
    tokens = matches.tokens
    ends = {a.end: a.start for a in matches.actors}
    opens = [(c.start, c.end) for c in matches.cues if c.hit.detail == "attribution"]
    for cue in matches.cues:
        if cue.hit.detail != "reporting":
            continue
        end = next((e for e in range(cue.start, cue.start - SPEAKER_HEAD - 1, -1) if e in ends), 0)
        if any(tokens[i].norm in COMMAS for i in range(end, cue.start)):
            continue
        start = ends.get(end, 0)
        while start > 0 and tokens[start - 1].norm in language.transparent:
            start -= 1  # , the UN said
        if start > 0 and tokens[start - 1].norm in COMMAS:
            opens.append((start - 1, start))
    return opens


def noun_like_forms(
    matches: SentenceMatches, language: CompiledLanguage
) -> dict[tuple[int, int, bool], bool]:
    """Whether each trigger form (token range, verb form or not) reads as a noun
    (:func:`voice.noun_like`), in text order: a form that triggers several rules (one trigger
    each) is read once, for the frame's verb ranges and for each of its triggers."""
    forms: dict[tuple[int, int, bool], bool] = {}
    for t in matches.triggers:
        form = (t.start, t.end, t.hit.verb)
        if form not in forms:
            forms[form] = noun_like(matches, language, t)
    return forms


def _quantities(matches: SentenceMatches, book: CompiledCodebook | None) -> list[tuple[int, int]]:
    """Token ranges of the sentence's numbers, approximators included."""
    numbers = book.acled.numbers.get(matches.lang) if book and book.acled else None
    if numbers is None:
        return []
    return [(n.start, n.end) for n in find_numbers(matches.tokens, numbers)]
