"""One sentence's tokens and actors, indexed for the slot search (``slots``), with the
punctuation every search stops or turns at."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from .compiler import CompiledLanguage
from .models import ActorSpan, Token
from .morphology import ar
from .patterns import PLACE_MARK

STRONG_BOUNDARIES: Final = frozenset('.!?؟;؛:“”«»"…')
COMMAS: Final = frozenset({",", "،"})
LOCATIVE_LINKS: Final = frozenset({"of"})  # north of Baghdad, on the outskirts of Aleppo
# "X along with / together with its allies demanded": the co-actor phrase is no stop
CO_ACTOR_LINKS: Final = frozenset({("with", "along"), ("with", "together")})


def sentence_words(tokens: Sequence[Token], places: bool) -> frozenset[str]:
    """Every token's normalised form, and the mark of a place name when the sentence names
    one (``&place``): the words a pattern's literals are looked for among."""
    norms = frozenset(t.norm for t in tokens)
    return norms | {PLACE_MARK} if places else norms


class Frame:
    """One sentence's tokens and actors, indexed for slot search. Read-only but for the memos of
    :meth:`mentions` and :func:`voice.light_verb_before`; made for every sentence that may code,
    so a plain class, as :class:`events.SentenceContext` is."""

    __slots__ = (
        "actors",
        "by_end",
        "by_start",
        "event_words",
        "free",
        "language",
        "light_verb_before",
        "mentioned",
        "norms",
        "passed",
        "places",
        "tokens",
    )

    def __init__(
        self,
        tokens: Sequence[Token],
        actors: Sequence[ActorSpan],
        language: CompiledLanguage,
        by_start: dict[int, ActorSpan],
        by_end: dict[int, ActorSpan],
        event_words: frozenset[int],  # tokens of triggers: slot searches stop there
        free: frozenset[int],  # stray adjectives (هجوم تركي على), quantities: no gap
        norms: frozenset[str],  # every token's normalised form
        passed: frozenset[int],  # further casualty clauses: free, and no literal's
        places: dict[int, tuple[int, int]],  # token -> its place name
    ) -> None:
        self.tokens = tokens
        self.actors = actors
        self.language = language
        self.by_start = by_start
        self.by_end = by_end
        self.event_words = event_words
        self.free = free
        self.norms = norms
        self.passed = passed
        self.places = places
        self.mentioned: dict[int, bool] = {}  # id of a word set -> mentions
        self.light_verb_before: dict[int, bool] = {}  # token -> voice.light_verb_before

    @classmethod
    def build(
        cls,
        tokens: Sequence[Token],
        actors: Sequence[ActorSpan],
        language: CompiledLanguage,
        triggers: Sequence[tuple[int, int]] = (),
        free: Sequence[tuple[int, int]] = (),
        passed: Sequence[tuple[int, int]] = (),
        places: Sequence[tuple[int, int]] = (),
        norms: frozenset[str] | None = None,
    ) -> Frame:
        """``norms``: :func:`sentence_words` of the tokens and places, when read already."""
        words = frozenset(i for start, end in triggers for i in range(start, end))
        skipped = frozenset(i for start, end in passed for i in range(start, end))
        named = {i: (start, end) for start, end in places for i in range(start, end)}
        return cls(
            tokens,
            actors,
            language,
            {a.start: a for a in actors},
            {a.end: a for a in actors},
            words,
            frozenset(i for start, end in free for i in range(start, end)) | skipped,
            sentence_words(tokens, bool(places)) if norms is None else norms,
            skipped,
            named,
        )

    def norm(self, i: int) -> str:
        return self.tokens[i].norm

    def mentions(self, words: frozenset[str]) -> bool:
        """One of ``words`` (a codebook's set, which lives as long as the codebook) is in the
        sentence. Asked once per sentence for each set: the patterns of a sentence's rules
        share their literals' words (a verb-first Arabic pattern and its subject-first twin,
        one table and the next). Remembered by identity: two sets of the same words would be
        compared word by word, and some hold thousands."""
        key = id(words)
        known = self.mentioned.get(key)
        if known is None:
            known = not self.norms.isdisjoint(words)
            self.mentioned[key] = known
        return known

    def names_place(self, i: int, words: frozenset[str]) -> bool:
        """Token ``i`` is in a place name and the literal's words take any (``&place``)."""
        return i in self.places and PLACE_MARK in words

    def literal_at(self, i: int, words: frozenset[str]) -> tuple[int, int]:
        """The tokens a literal found at ``i`` takes: the whole place name for ``&place``."""
        return self.places[i] if self.names_place(i, words) else (i, i + 1)

    def is_boundary(self, i: int) -> bool:
        return self.tokens[i].norm in STRONG_BOUNDARIES

    def stops(self, i: int) -> bool:
        """A slot search cannot pass this token (a free word never stops it: more than 100;
        nor does the "to" of "continued to", nor the "with" of "X along with its allies")."""
        norm = self.tokens[i].norm
        if norm in STRONG_BOUNDARIES:
            return True
        if i in self.free:
            return False
        if i in self.event_words:
            return True
        if norm not in self.language.slot_stops:  # most words: the word before is not read
            return False
        before = self.tokens[i - 1].norm if i > 0 else ""
        return not (before in self.language.catenatives or (norm, before) in CO_ACTOR_LINKS)

    def closes_adverbial(self, i: int) -> bool:
        """Token ``i`` is the comma that closes an adverbial clause opening the stretch before
        it (وفيما عبر الأهالي عن غضبهم من الحصار على غزة، اشتبك ...): an actor inside it is
        no subject of the verb after the comma."""
        if self.norm(i) not in COMMAS or not self.language.subordinators:
            return False
        j = i - 1
        while j > 0 and not self.is_boundary(j - 1) and self.norm(j - 1) not in COMMAS:
            j -= 1
        return j >= 0 and self.subordinator(j)

    def subordinator(self, i: int) -> bool:
        """Token ``i`` opens an adverbial clause (فيما، بعدما، وعندما)."""
        word = self.norm(i)
        subordinators = self.language.subordinators
        return word in subordinators or (word[:1] in "وف" and word[1:] in subordinators)

    def verb_joined_after(self, i: int) -> int | None:
        """Where a search going right from ``i`` resumes when ``i`` opens a conjoined verb
        (attacked *and arrested* the SDF: the first verb's object is the second's), else None."""
        if i + 1 >= len(self.tokens) or self.norm(i) not in self.language.conjunctions:
            return None
        j = i + 1
        while j in self.event_words:
            j += 1
        return j if j > i + 1 else None

    def verb_joined_before(self, i: int) -> int | None:
        """Where a search going left from ``i`` resumes when a conjoined verb ends there (the
        troops *attacked and* arrested: the second verb's subject is the first's), else None."""
        if i < 2 or self.norm(i - 1) not in self.language.conjunctions:
            return None
        j = i - 1
        while j - 1 in self.event_words:
            j -= 1
        return j if j < i - 1 else None

    def after_locative(self, i: int) -> bool:
        """Token ``i`` follows a locative (in, near, في), maybe through transparent words
        (in the West Bank, in southern Lebanon) or "of" (north of Baghdad)."""
        j = self.word_before(i)
        if j > 0 and self.tokens[j].norm in LOCATIVE_LINKS:
            j = self.word_before(j)
        return j >= 0 and self.tokens[j].norm in self.language.locatives

    def word_before(self, i: int) -> int:
        """The last token before ``i`` that is no transparent word (the, its), or -1."""
        j = i - 1
        while j >= 0 and self.tokens[j].norm in self.language.transparent:
            j -= 1
        return j

    def instrument(self, actor: ActorSpan) -> bool:
        """The actor is written as a weapon, the means of the verb before it (بالمدفعية)."""
        instruments = self.language.instruments
        return bool(instruments) and (
            ar.without_conjunction(self.tokens[actor.start].norm) in instruments
        )

    def located(self, actor: ActorSpan) -> bool:
        """The actor stands where a place would: after a locative (in Ankara), or a locative
        and a possession noun (في مطار بغداد: at Baghdad airport), or with a locative proclitic
        (ببغداد: in Baghdad)."""
        if self.after_locative(actor.start):
            return True
        before = actor.start - 1  # في مطار إسلام آباد: the airport's city is a place too
        if before > 0 and self.norm(before) in self.language.possessions:
            return self.after_locative(before)
        clitics = self.language.locative_proclitics
        return bool(
            clitics
            and actor.governed
            and ar.without_conjunction(self.tokens[actor.start].norm).startswith(clitics)
        )

    def costs(self, i: int) -> int:
        """How much a skipped token counts against a gap (transparent words and numbers are
        free)."""
        norm = self.tokens[i].norm
        return 0 if i in self.free or norm in self.language.transparent or norm.isdigit() else 1
