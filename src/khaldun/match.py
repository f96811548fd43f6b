"""Find codebook forms in a sentence: actor, trigger, cue and place spans over its tokens."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from operator import attrgetter
from typing import Final, NamedTuple

from .actors import resolve_actors
from .claims import CLAIM_CUES
from .compiler import CompiledCodebook, CompiledLanguage, Hit
from .models import ActorSpan, Token, records
from .place_guards import guard_met

ACTOR_KINDS: Final = frozenset({"actor", "country", "adjective", "capital", "agent"})
NAME_KINDS: Final = ACTOR_KINDS | {"place"}
SPEECH_CUES: Final = frozenset({"reporting", "attribution"})  # cues that make a speaker
QUOTE_PAIRS: Final = {"«": "»", "“": "”", '"': '"'}
NAME_QUOTE_WORDS: Final = 8  # «تنظيم القاعدة في بلاد المغرب الإسلامي»: a quoted name
PLACES_COUNTRY_SHARE: Final = 0.75  # share of the places that must lie in one country


class Span(NamedTuple):
    """A surface form found at tokens [start, end), and the Arabic proclitic it carries: made
    for every form of every sentence, so a NamedTuple (cheap to build, :func:`models.records`)."""

    start: int
    end: int
    hit: Hit
    clitic: str = ""


class SentenceMatches:
    """Everything the codebook recognised in one sentence. Read-only; made for every sentence
    that may code, so a plain class, as :class:`events.SentenceContext` is."""

    __slots__ = ("actors", "adjectives", "cues", "lang", "places", "tokens", "triggers")

    def __init__(
        self,
        lang: str,
        tokens: tuple[Token, ...],
        actors: tuple[ActorSpan, ...],
        triggers: tuple[Span, ...],
        cues: tuple[Span, ...],
        places: tuple[Span, ...],
        adjectives: tuple[Span, ...] = (),  # nationality adjectives that are not part of an actor
    ) -> None:
        self.lang = lang
        self.tokens = tokens
        self.actors = actors
        self.triggers = triggers
        self.cues = cues
        self.places = places
        self.adjectives = adjectives


def find_spans(tokens: Sequence[Token], language: CompiledLanguage) -> list[Span]:
    """Every (possibly overlapping) codebook form among the tokens: one-word forms first, in
    order, then longer ones by where they end (longest first among those ending together),
    minus acronyms written in lower case ("us" is not the US) and guarded place names where the
    words before them do not make them a place (نشر صور القتلى: no Tyre)."""
    norms = tuple(t.norm for t in tokens)
    found = language.word_hits_in(norms)
    if language.phrases:
        found += language.phrase_hits_in(norms)
    spans = records(Span, found)
    return [
        s
        for s in spans
        if (not s.hit.cased or tokens[s.start].text == s.hit.cased)
        and (
            not s.hit.detail
            or s.hit.kind != "place"
            or guard_met(tokens, s.start, s.clitic, s.hit.detail, language)
        )
    ]


def sentence_forms(
    tokens: list[Token], language: CompiledLanguage
) -> tuple[list[Token], list[Span]]:
    """A sentence's tokens and codebook forms. Quote marks around a name the codebook knows
    (مسلحو «داعش»، قوات «قسد», Hezbollah "fighters") would cut it off from its sentence: they
    are dropped and the forms found again. A quotation keeps its marks."""
    spans = find_spans(tokens, language)
    quotes = _name_quotes(tokens, spans)
    if not quotes:
        return tokens, spans
    tokens = [t for i, t in enumerate(tokens) if i not in quotes]
    return tokens, find_spans(tokens, language)


def _name_quotes(tokens: Sequence[Token], spans: Sequence[Span]) -> set[int]:
    """Token indexes of the quote marks that enclose exactly one name (actor, role or place)
    or one trigger word, scare-quoted (رجال أمن «اختطفوا» منسقها: still a kidnapping; but a
    quotation such as “لن ننسى” keeps its marks)."""
    opening = [i for i, t in enumerate(tokens) if t.text in QUOTE_PAIRS]
    if not opening:
        return set()
    names = {
        (s.start, s.end)
        for s in spans
        if s.hit.kind in NAME_KINDS or (s.hit.kind == "trigger" and s.end == s.start + 1)
    }
    quotes: set[int] = set()
    for i in opening:
        if i in quotes:
            continue
        close = QUOTE_PAIRS[tokens[i].text]
        ends = range(i + 2, min(len(tokens), i + NAME_QUOTE_WORDS + 2))
        j = next((j for j in ends if tokens[j].text == close), None)
        if j is not None and (i + 1, j) in names:
            quotes.update((i, j))
    return quotes


def may_code(spans: Sequence[Span]) -> bool:
    """Can a sentence with these spans yield an event or a speaker for the next sentence? Not
    without a trigger or a reporting cue: its actors, dates and numbers need not be found."""
    return any(
        s.hit.kind == "trigger" or (s.hit.kind == "cue" and s.hit.detail in SPEECH_CUES)
        for s in spans
    )


def longest_first(spans: Sequence[Span]) -> list[Span]:
    """Keep non-overlapping spans, preferring longer ones, then earlier ones (spaCy's rule).
    Spans of which no two overlap nor share their start (most sentences' spans) are all kept:
    no need to rank them."""
    by_start = sorted(spans, key=attrgetter("start"))
    if _apart(by_start):
        return by_start
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        cells = range(span.start, span.end)
        if taken.isdisjoint(cells):
            kept.append(span)
            taken.update(cells)
    return sorted(kept, key=attrgetter("start"))


def _apart(spans: Sequence[Span]) -> bool:
    """Spans in order of their start: does each start after the one before it has ended?"""
    for i in range(1, len(spans)):
        before, span = spans[i - 1], spans[i]
        if before.end > span.start or before.start == span.start:
            return False
    return True


def match_sentence(
    tokens: Sequence[Token],
    book: CompiledCodebook,
    lang: str,
    day: date | None = None,
    story_country: str | None = None,
    spans: Sequence[Span] | None = None,
) -> SentenceMatches:
    """Actors (composed and resolved for ``day``), triggers, cues and places of a sentence."""
    language = book.languages[lang]
    if spans is None:
        spans = find_spans(tokens, language)
    actor_spans = _actor_spans(spans)
    place_spans, here = _sentence_places(book, tokens, spans, language)
    actors = unworn(
        resolve_actors(actor_spans, tokens, book, language, day, story_country, here, place_spans),
        tokens,
        language,
    )
    covered = {i for a in actors for i in range(a.start, a.end)}
    triggers = [
        s
        for s in spans
        if s.hit.kind == "trigger"
        and not covered.issuperset(range(s.start, s.end))
        and not _time_word(s, tokens, language)
    ]
    longer = [t for t in triggers if t.end - t.start > 1]  # only these can contain others
    cues = [s for s in spans if s.hit.kind == "cue"]
    if longer:  # most sentences have no event phrase
        triggers = [t for t in triggers if not any(_inside(t, o) for o in longer)]
        # a cue word inside an event phrase is part of its name (طائرة بدون طيار: not a
        # negation); a claim of responsibility stays a claim inside its own event (claimed
        # responsibility for)
        cues = [
            s for s in cues if s.hit.detail in CLAIM_CUES or not any(_inside(s, o) for o in longer)
        ]
    places = [  # a place inside an actor's name is no place, unless after a locative (the
        # students in Baghdad: Baghdad)
        p
        for p in longest_first(place_spans)
        if (p.start > 0 and tokens[p.start - 1].norm in language.locatives)
        or not any(_overlaps(p, a) and (a.start, a.end) != (p.start, p.end) for a in actors)
    ]
    adjectives = [s for s in actor_spans if s.hit.kind == "adjective" and s.start not in covered]
    return SentenceMatches(
        lang=lang,
        tokens=tuple(tokens),
        actors=tuple(actors),
        triggers=tuple(sorted(triggers, key=lambda s: (s.start, s.end))),
        cues=tuple(cues),
        places=tuple(places),
        adjectives=tuple(adjectives),
    )


def _time_word(span: Span, tokens: Sequence[Token], language: CompiledLanguage) -> bool:
    """A one-word trigger that is a transparent word of time before another one is that time,
    no event (فجر اليوم، فجر الأحد: at dawn, not "detonated"); a slot search passes it."""
    return (
        span.end - span.start == 1
        and span.end < len(tokens)
        and tokens[span.start].norm in language.transparent
        and tokens[span.end].norm in language.transparent
    )


def find_actors(
    tokens: Sequence[Token],
    spans: Sequence[Span],
    book: CompiledCodebook,
    lang: str,
    day: date | None = None,
    story_country: str | None = None,
) -> list[ActorSpan]:
    """The actors of a sentence alone, as :func:`match_sentence` finds them: all a sentence
    that cannot code needs (the actor it carries to the next one)."""
    language = book.languages[lang]
    places, here = _sentence_places(book, tokens, spans, language)
    actors = resolve_actors(
        _actor_spans(spans), tokens, book, language, day, story_country, here, places
    )
    return unworn(actors, tokens, language)


def _sentence_places(
    book: CompiledCodebook,
    tokens: Sequence[Token],
    spans: Sequence[Span],
    language: CompiledLanguage,
) -> tuple[list[Span], str | None]:
    """The place spans of a sentence and the country they lie in (in a Syria story,
    "militants attacked a police station in Mosul": Iraq), if one."""
    places = [s for s in spans if s.hit.kind == "place"]
    if not places:
        return places, None  # most sentences name no place
    return places, country_of_places(book, [(tokens, spans)], language)


def unworn(
    actors: Sequence[ActorSpan], tokens: Sequence[Token], language: CompiledLanguage
) -> list[ActorSpan]:
    """The actors minus the owners of a uniform (زي الشرطة, police uniforms): they tell what
    someone looks like, no actor of the sentence."""
    if not language.dress:
        return list(actors)
    if language.lang == "ar":
        return [a for a in actors if a.start == 0 or tokens[a.start - 1].norm not in language.dress]
    return [a for a in actors if a.end >= len(tokens) or tokens[a.end].norm not in language.dress]


def _actor_spans(spans: Sequence[Span]) -> list[Span]:
    """The actor-like spans that do not overlap, minus role nouns inside event phrases."""
    phrases = [s for s in spans if s.hit.kind == "trigger" and s.end - s.start > 1]
    return longest_first(
        [s for s in spans if s.hit.kind in ACTOR_KINDS and not _in_event_phrase(s, phrases)]
    )


def _in_event_phrase(span: Span, phrases: Sequence[Span]) -> bool:
    """A role noun inside a longer event phrase describes the event, not an actor (هجوم
    انتحاري "suicide attack", suicide bomber attack)."""
    return span.hit.kind == "agent" and any(_inside(span, p) for p in phrases)


def _inside(inner: Span, outer: Span) -> bool:
    """``inner`` lies within ``outer`` and is strictly shorter."""
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and (outer.end - outer.start) > (inner.end - inner.start)
    )


def _overlaps(a: Span, b: ActorSpan) -> bool:
    return a.start < b.end and b.start < a.end


def country_of_places(
    book: CompiledCodebook,
    pieces: Iterable[tuple[Sequence[Token], Sequence[Span]]],
    language: CompiledLanguage,
) -> str | None:
    """The country a story (or a sentence) is clearly about: that of (nearly) all the places it
    names. A country named as an actor ("the court found Turkey guilty") is not where the story
    happens; after a locative ("in Syria", past transparent words: "in southern Lebanon") it
    is."""
    countries: Counter[str] = Counter()
    for tokens, spans in pieces:
        named = {(s.start, s.end) for s in spans if s.hit.kind == "country"}
        countries.update(
            book.places[s.hit.index].country
            for s in spans
            if s.hit.kind == "place"
            and ((s.start, s.end) not in named or _after_locative(tokens, s.start, language))
        )
    if not countries:
        return None
    country, count = countries.most_common(1)[0]
    return country if count >= PLACES_COUNTRY_SHARE * sum(countries.values()) else None


def _after_locative(tokens: Sequence[Token], start: int, language: CompiledLanguage) -> bool:
    """A locative stands before ``start``, with only transparent words between (in *southern*
    Lebanon, in the north of Mali)."""
    i = start - 1
    while i >= 0 and tokens[i].norm in language.transparent:
        i -= 1
    return i >= 0 and tokens[i].norm in language.locatives
