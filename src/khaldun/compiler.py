"""Compile a validated :class:`Codebook` into an immutable :class:`CompiledCodebook`: actors,
rules with their parsed and normalised patterns, taxonomy, and per language the surface forms
(:mod:`khaldun.surface`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from sys import intern
from types import MappingProxyType
from typing import Any, NamedTuple

from .acled import CompiledAcled, compile_acled
from .codebook import Codebook
from .formindex import EncodedRecords, decode_records, encode_records
from .forms import Hit, literal_forms
from .patterns import (
    PLACE_MARK,
    PLACE_WORDSET,
    Literal,
    PatternSyntax,
    Slot,
    parse_pattern,
    specificity,
    with_fronted_subjects,
)
from .schema import LANGS, Language, Place, Rule, TaxonomyCode
from .surface import CompiledLanguage, compile_language

__all__ = ["CompiledCodebook", "CompiledLanguage", "Hit", "compile_codebook"]


# Compiled records are NamedTuples: immutable, small, and fast to pickle (the disk cache)


class CompiledElement(NamedTuple):
    is_slot: bool
    role: str = ""  # slots: source | target | pair | with | skip; literals: target or ""
    optional: bool = False
    wide: bool = False
    speaker_only: bool = False
    roles: frozenset[str] = frozenset()  # slots: the actor must hold one of these code blocks
    words: frozenset[str] = frozenset()  # literals: normalised alternatives


class CompiledPattern(NamedTuple):
    text: str
    left: tuple[CompiledElement, ...]  # in text order
    right: tuple[CompiledElement, ...]
    rank: tuple[int, int]
    needs: tuple[frozenset[str], ...] = ()  # each literal's words: one of each must occur

    def has(self, role: str) -> bool:
        return any(e.is_slot and e.role == role for e in (*self.left, *self.right))

    @property
    def active(self) -> bool:
        """The subject stands bare before the verb ({source} ... *): an active-voice reading."""
        return (
            bool(self.left)
            and all(e.is_slot for e in self.left)
            and any(e.role == "source" for e in self.left)
        )

    @property
    def detects(self) -> bool:
        """A pattern without slots codes its event even when no actor is named."""
        return not any(e.is_slot for e in (*self.left, *self.right))


class PatternTable(NamedTuple):
    """One language's patterns of a rule, most specific first, and the words of one literal
    of each (None when a pattern has none: it may match in any sentence). A sentence with none
    of these words matches none of the patterns: one test rules the whole table out."""

    patterns: tuple[CompiledPattern, ...] = ()
    words: frozenset[str] | None = frozenset()


NO_PATTERNS = PatternTable()


class CompiledRule(NamedTuple):
    id: str
    code: str
    planned: str  # drop | keep | a CAMEO code
    verb_patterns: Mapping[str, PatternTable]
    noun_patterns: Mapping[str, PatternTable]
    reverse: str | None = None  # code of the paired event, target -> source
    exceptions: Mapping[str, PatternTable] = MappingProxyType({})
    weight: str | None = None  # weak | dominant (TABARI's [c?] / [c!])


class ActorEntry(NamedTuple):
    """A named actor, country or agent as the matcher needs it."""

    id: str
    kind: str  # actor | country | agent
    name: str
    code: str | None
    dated: tuple[tuple[str, date | None, date | None], ...] = ()
    inter: int | None = None
    national: bool = True
    alone: str | None = None  # an agent's code alone, or "": no actor alone
    prefix: bool = False  # an agent whose code goes before the country's (NGOARN)
    adjectival: bool = False  # an Arabic community that also describes the noun before it
    also: tuple[str, ...] = ()  # further codes of a group actor

    def code_on(self, day: date | None) -> str | None:
        """The code in force on ``day`` (the latest dated code, or the default, when unknown)."""
        for code, start, end in self.dated:
            if day is not None and (start is None or start <= day) and (end is None or day <= end):
                return code
        if self.code or day is not None:
            return self.code
        return self.dated[-1][0] if self.dated else None


class PlaceEntry(NamedTuple):
    id: str
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    kind: str


@dataclass(frozen=True)
class CompiledCodebook:
    """The immutable, compiled codebook: coding is a pure function of (sentence, this)."""

    languages: Mapping[str, CompiledLanguage]
    rules: tuple[CompiledRule, ...]
    actors: tuple[ActorEntry, ...]
    countries: tuple[ActorEntry, ...]
    agents: tuple[ActorEntry, ...]
    places: tuple[PlaceEntry, ...]
    taxonomy: Mapping[str, TaxonomyCode]
    country_names: Mapping[str, str]  # code -> canonical name
    acled: CompiledAcled | None = None  # the ACLED layer (acled.py)

    def __reduce__(self) -> tuple[Callable[..., CompiledCodebook], tuple[object, ...]]:
        # the places pickle as columns (formindex): a dozen thousand rows would swell the
        # pickler's memo, the memory peak of writing the cache
        kept = {f.name: getattr(self, f.name) for f in fields(self) if f.init}
        places = encode_records(kept.pop("places"), PLACE_FIELDS)
        return _remade_codebook, (places, kept)


PLACE_FIELDS = "ttssffs"  # the kinds of a PlaceEntry's fields (formindex.encode_records)


def _remade_codebook(places: EncodedRecords, kept: dict[str, Any]) -> CompiledCodebook:
    """A codebook unpickled (:meth:`CompiledCodebook.__reduce__`)."""
    return CompiledCodebook(places=tuple(decode_records(PlaceEntry, places)), **kept)


def compile_codebook(book: Codebook) -> CompiledCodebook:
    """Build the compiled form of a loaded codebook."""
    actors = tuple(
        ActorEntry(
            id=a.id,
            kind="actor",
            name=a.name,
            code=a.code,
            inter=a.inter,
            dated=tuple((c.code, c.valid_from, c.valid_to) for c in a.codes),
            also=tuple(a.also),
        )
        for a in book.actors.values()
    )
    countries = tuple(
        ActorEntry(id=c.id, kind="country", name=c.name, code=c.code)
        for c in book.countries.values()
    )
    agents = tuple(
        ActorEntry(
            id=a.id,
            kind="agent",
            name=a.name,
            code=a.code,
            inter=a.inter,
            national=a.national,
            alone="" if a.alone == "none" else a.alone,
            prefix=a.prefix,
            adjectival=a.adjectival,
        )
        for a in book.agents.values()
    )
    places = tuple(
        PlaceEntry(p.id, _display_name(p), p.country, p.admin1, p.lat, p.lon, p.kind)
        for p in book.places.values()
    )
    tables = PatternTables()
    rules = tuple(_compile_rule(rule, book, tables) for rule in book.rules.values())
    languages = {lang: compile_language(lang, book) for lang in LANGS if lang in book.languages}
    return CompiledCodebook(
        languages=languages,
        rules=rules,
        actors=actors,
        countries=countries,
        agents=agents,
        places=places,
        taxonomy=dict(book.taxonomy),
        country_names={c.code: c.name for c in book.countries.values()},
        acled=compile_acled(book),
    )


def _display_name(place: Place) -> str:
    """A place's first English name, else its first Arabic one; a guarded name (Hit) when it
    has no other."""
    for names in (place.names, place.after_locative, place.after_place_noun):
        if names and (names.en or names.ar):
            return (names.en or names.ar)[0]
    return place.id


def _compile_rule(rule: Rule, book: Codebook, tables: PatternTables) -> CompiledRule:
    taxonomy = book.taxonomy.get(rule.code)
    planned = rule.planned or ("keep" if taxonomy and taxonomy.quad_class in (1, 3) else "drop")
    verb: dict[str, PatternTable] = {}
    noun: dict[str, PatternTable] = {}
    for lang, settings in book.languages.items():
        verbs = rule.patterns.get(lang) if rule.patterns else settings.patterns.verb
        verb[lang] = tables.get(verbs, settings, verbs=True)
        nouns = rule.noun_patterns.get(lang) if rule.noun_patterns else settings.patterns.noun
        detect = ["*"] if rule.detect else []  # last resort: the noun alone is the event
        noun[lang] = tables.get([*nouns, *detect], settings)
    exceptions = {
        lang: tables.get(rule.exceptions.get(lang), settings)
        for lang, settings in book.languages.items()
        if rule.exceptions.get(lang)
    }
    return CompiledRule(
        rule.id, rule.code, planned, verb, noun, rule.reverse, exceptions, rule.weight
    )


class PatternTables:
    """Compiled pattern tables shared by every rule that writes the same patterns (most rules
    use their language's default ones), and literals shared by every pattern that writes the
    same words: compiled once, held once in memory and in the cache."""

    def __init__(self) -> None:
        self._tables: dict[tuple[str, tuple[str, ...]], PatternTable] = {}
        self._elements: dict[tuple[str, Slot | Literal], CompiledElement] = {}

    def get(self, texts: Iterable[str], settings: Language, verbs: bool = False) -> PatternTable:
        """Parse, normalise and order patterns: most specific first, then as written (a verb's
        patterns with their subject-first readings, where the language asks for them)."""
        texts = list(texts)
        if verbs and settings.fronted_subjects:
            texts = with_fronted_subjects(texts)
        key = (settings.lang, tuple(texts))
        if key not in self._tables:
            compiled = [self._pattern(parse_pattern(text), settings) for text in key[1]]
            order = sorted(
                range(len(compiled)),
                key=lambda i: (-compiled[i].rank[0], -compiled[i].rank[1], i),
            )
            self._tables[key] = _table([compiled[i] for i in order])
        return self._tables[key]

    def _pattern(self, pattern: PatternSyntax, settings: Language) -> CompiledPattern:
        left = tuple(self._element(e, settings) for e in pattern.left)
        right = tuple(self._element(e, settings) for e in pattern.right)
        return CompiledPattern(
            text=pattern.text,
            left=left,
            right=right,
            rank=specificity(pattern),
            needs=tuple(e.words for e in (*left, *right) if not e.is_slot),
        )

    def _element(self, element: Slot | Literal, settings: Language) -> CompiledElement:
        key = (settings.lang, element)
        if key not in self._elements:
            self._elements[key] = _compile_element(element, settings)
        return self._elements[key]


def compile_patterns(texts: Iterable[str], settings: Language) -> PatternTable:
    """Parse, normalise and order patterns: most specific first, then as written."""
    return PatternTables().get(texts, settings)


def _table(patterns: list[CompiledPattern]) -> PatternTable:
    """The patterns with the words of each one's narrowest literal (None: one has no literal):
    a small set, rarely met, and shared with the literal itself when it is the only one."""
    if not all(p.needs for p in patterns):
        return PatternTable(tuple(patterns), None)
    narrowest = list({id(w): w for w in (min(p.needs, key=len) for p in patterns)}.values())
    words = narrowest[0] if len(narrowest) == 1 else frozenset().union(*narrowest)
    return PatternTable(tuple(patterns), words)


def _compile_element(e: Slot | Literal, settings: Language) -> CompiledElement:
    if isinstance(e, Slot):
        return CompiledElement(True, e.role, e.optional, e.wide, e.speaker_only, frozenset(e.roles))
    words: set[str] = set()
    for word in e.words:
        words |= literal_forms(settings, word)
    for name in e.wordsets:
        if name == PLACE_WORDSET:
            words.add(PLACE_MARK)
        for word in settings.wordsets.get(name, []):
            words |= literal_forms(settings, word)
    # interned: a form that many literals hold (every inflection of a common verb) is one
    # string, in memory and in the cache (the pickler memoizes each string object it meets)
    return CompiledElement(False, e.role, wide=e.wide, words=frozenset(map(intern, words)))
