"""Surface forms of one language: every inflected, clitic-bearing form of the codebook's words
(verbs, nouns, names, cue words, date words) and what each stands for, compiled into a word table
and a phrase table indexed by the phrases' first two words."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from .codebook import Codebook
from .dates import DateWord, date_phrases
from .formindex import (
    EncodedForms,
    EncodedRecords,
    decode_forms,
    decode_records,
    encode_forms,
    encode_records,
    index_phrases,
)
from .forms import (
    FormTable,
    Hit,
    add_adjective,
    add_possessives,
    add_verb,
    arabic_nominal,
    english_nominal,
    literal_forms,
)
from .morphology import ar
from .normalize import normalize_phrase, normalize_word
from .numbers import number_words
from .place_guards import AFTER_LOCATIVE, AFTER_PLACE_NOUN
from .schema import Language

# Arabic cue words of these kinds are mostly nouns and particles that take a preposition as a
# proclitic, as an event noun does (لأي هجوم، بخيار الضربات، لعدم انفجار، بعشرات الهجمات)
PREPOSED_CUES = frozenset(
    {"negation", "irrealis", "reference", "presupposition", "summary", "defusal"}
)


@dataclass(frozen=True)
class CompiledLanguage:
    """Everything needed to code sentences of one language. A one-word surface form is a key of
    ``words`` (its row number); a longer one is found under its first two words in
    ``phrases``, with its other words and its number k (its row is ``len(words) + k``). Row r
    stands for the hits ``hit_table[flat[offsets[r]:offsets[r + 1]]]``. Flat arrays and plain
    dicts pickle and load fast. ``words`` and ``phrases`` are never modified."""

    lang: str
    words: dict[str, int]
    phrases: dict[tuple[str, str], tuple[tuple[tuple[str, ...], int], ...]]
    offsets: array
    flat: array
    flat_clitics: array  # the proclitic of each (form, hit), as an index into clitic_names
    clitic_names: tuple[str, ...]
    hit_table: tuple[Hit, ...]
    conjunctions: frozenset[str]
    transparent: frozenset[str]
    locatives: frozenset[str]
    slot_stops: frozenset[str]
    determiners: frozenset[str]
    pronouns: frozenset[str]
    object_pronouns: frozenset[str]  # English: right after a verb, its target (arrested him)
    catenatives: frozenset[str]  # a stop word right after one does not stop a slot search
    future_modals: frozenset[str]  # "X said it will ...": the speaker announces its own action
    negation_window: int
    irrealis_window: int
    reference_window: int
    presupposition_window: int
    background_window: int
    summary_window: int
    habit_window: int
    defusal_window: int
    slot_gap: int
    wide_gap: int
    date_phrases: dict[tuple[str, ...], DateWord]
    self_events: bool = True
    sourceless_reports: bool = True
    code_by: str = "all"  # all | clause | sentence: which verbs code (TABARI's CODE BY)
    carry: str = "subject"  # subject | first_actor: what the next sentence's pronouns stand for
    shared_roles: bool = True  # a role noun is shared along a list of actors
    lone_agents: bool = True  # a role noun no actor owns is an actor of its own
    passive: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()  # every inflected form
    pre_verb_words: frozenset[str] = frozenset()  # لقد، كانت، لا يزال: before a verb
    speaker_pronouns: frozenset[str] = frozenset()  # said they attacked: the speaker
    conditions: frozenset[str] = frozenset()  # will attack ... unless: a threat
    prepositions: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    possessions: frozenset[str] = frozenset()
    dress: frozenset[str] = frozenset()  # every form: زي، بزي، الزي; uniform, uniforms
    instruments: frozenset[str] = frozenset()  # بالمدفعية: a weapon, never an object
    claim_verbs: frozenset[str] = frozenset()  # every form of the claims' verbs: تبنى، يتبنى
    agent_words: tuple[tuple[str, frozenset[str]], ...] = ()  # قبل after من only
    self_references: frozenset[str] = frozenset()  # المملكة, kingdom: the speaker's state
    group_references: frozenset[str] = frozenset()  # الحركة, movement: the speaking group's
    affiliations: dict[str, frozenset[str]] = field(default_factory=dict)  # loyal: {to}
    complementizers: frozenset[str] = frozenset()
    casualties: frozenset[str] = frozenset()  # every form: wounded, وأصيب, أصيبوا
    results: frozenset[str] = frozenset()  # killing, wounding: a violent event's result
    result_leads: frozenset[str] = frozenset()  # every form: أسفر، أدت (عن مقتل)
    result_links: frozenset[str] = frozenset()  # عن، إلى: between a lead and its casualty noun
    purpose_proclitics: tuple[str, ...] = ()  # لتفجير: an event noun naming a purpose
    purpose_words: frozenset[str] = frozenset()  # to (bomb): the same, a word before the noun
    subordinators: frozenset[str] = frozenset()  # وفيما ...، : an adverbial clause opens
    purpose_governors: frozenset[str] = frozenset()  # every form: تعرض لهجوم, subjected to
    owner_words: frozenset[str] = frozenset()
    owner_suffixes: tuple[str, ...] = ()
    locative_proclitics: tuple[str, ...] = ()
    place_nouns: frozenset[str] = frozenset()  # a guarded place name counts after one
    verb_conjunctions: frozenset[str] = frozenset()  # "or": joins verbs, never actors
    default_actors: tuple[tuple[str, str], ...] = ()  # (role, code): TABARI's DEFAULT option
    phrase_count: int = 0
    date_firsts: frozenset[str] = field(init=False, repr=False, compare=False)
    date_longest: int = field(init=False, repr=False, compare=False)  # tokens of the longest
    # the first words of the phrases: a word that is none (three in four Arabic words) is
    # passed over without making the pair of it and the next word
    phrase_firsts: frozenset[str] = field(init=False, repr=False, compare=False)
    _rows: dict[int, tuple[tuple[Hit, str], ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_rows", {})
        object.__setattr__(self, "phrase_firsts", frozenset(first for first, _ in self.phrases))
        firsts = frozenset(k[0] for k, w in self.date_phrases.items() if w.kind != "day")
        object.__setattr__(self, "date_firsts", firsts)  # a day in words needs its month
        object.__setattr__(self, "date_longest", max(map(len, self.date_phrases), default=0))

    def word_hits_in(self, norms: tuple[str, ...]) -> list[tuple[int, int, Hit, str]]:
        """``(start, end, hit, proclitic)`` of every one-word form among these normalised
        words, in text order."""
        words = self.words
        found: list[tuple[int, int, int]] = []
        for i, norm in enumerate(norms):
            row = words.get(norm)
            if row is not None:
                found.append((i, i + 1, row))
        return self._hits(found)

    def phrase_hits_in(self, norms: tuple[str, ...]) -> list[tuple[int, int, Hit, str]]:
        """``(start, end, hit, proclitic)`` of every phrase among these normalised words, by
        where they end (longest first among those ending together); each phrase is looked up
        under its first two words."""
        found: list[tuple[int, int, int]] = []
        rows = len(self.words)
        firsts, phrases = self.phrase_firsts, self.phrases
        for start in range(len(norms) - 1):
            if norms[start] not in firsts:  # most words begin no phrase
                continue
            entries = phrases.get((norms[start], norms[start + 1]))
            if entries is None:
                continue
            for rest, key in entries:
                end = start + 2 + len(rest)
                if norms[start + 2 : end] == rest:
                    found.append((end, start, rows + key))
        found.sort()
        return self._hits([(start, end, row) for end, start, row in found])

    def _hits(self, forms: list[tuple[int, int, int]]) -> list[tuple[int, int, Hit, str]]:
        """``(start, end, hit, proclitic)`` for each hit of each ``(start, end, row)``: a
        one-word form's row is ``words[form]``, the ``key``-th phrase's ``len(words) + key``."""
        found = []
        for start, end, row in forms:
            for hit, clitic in self.row_hits(row):
                found.append((start, end, hit, clitic))
        return found

    def row_hits(self, row: int) -> tuple[tuple[Hit, str], ...]:
        """The ``(hit, proclitic)`` pairs of a row, read from the flat arrays the first time the
        row is found and remembered (``_rows``; at most one entry a form of the codebook): an
        array read is a generic call even when compiled."""
        pairs = self._rows.get(row)
        if pairs is None:
            table, names, flat, clitics = (
                self.hit_table,
                self.clitic_names,
                self.flat,
                self.flat_clitics,
            )
            pairs = tuple(
                (table[flat[k]], names[clitics[k]])
                for k in range(self.offsets[row], self.offsets[row + 1])
            )
            self._rows[row] = pairs
        return pairs

    @property
    def forms(self) -> int:
        """Number of distinct surface forms."""
        return len(self.words) + self.phrase_count

    def __reduce__(self) -> tuple[Callable[..., CompiledLanguage], tuple[object, ...]]:
        # the forms and their hits pickle encoded (formindex): their objects would swell the
        # pickler's memo
        kept = {f.name: getattr(self, f.name) for f in fields(self) if f.init}
        del kept["words"], kept["phrases"]
        hits = encode_records(kept.pop("hit_table"), HIT_FIELDS)
        return _remade_language, (encode_forms(self.words, self.phrases), hits, kept)


HIT_FIELDS = "sisbsbbb"  # the kinds of a Hit's fields (formindex.encode_records)


def _remade_language(
    forms: EncodedForms, hits: EncodedRecords, kept: dict[str, Any]
) -> CompiledLanguage:
    """A language unpickled (:meth:`CompiledLanguage.__reduce__`)."""
    words, phrases = decode_forms(forms)
    hit_table = tuple(decode_records(Hit, hits))
    return CompiledLanguage(words=words, phrases=phrases, hit_table=hit_table, **kept)


def compile_language(lang: str, book: Codebook) -> CompiledLanguage:
    settings = book.languages[lang]
    table = FormTable(_norms(settings.function_words))
    nominal = arabic_nominal if lang == "ar" else english_nominal
    for i, actor in enumerate(book.actors.values()):
        for name in actor.names.get(lang):
            nominal(table, name, Hit("actor", i), definite=False, settings=settings)
    for i, country in enumerate(book.countries.values()):
        for name in country.names.get(lang):
            nominal(table, name, Hit("country", i), definite=False, settings=settings)
        for name in country.capitals.get(lang):
            nominal(table, name, Hit("capital", i), definite=False, settings=settings)
        for name in country.adjectives.get(lang):
            add_adjective(table, lang, name, Hit("adjective", i))
    for i, agent in enumerate(book.agents.values()):
        for name in agent.names.get(lang):
            nominal(table, name, Hit("agent", i), definite=True, settings=settings, plural=True)
    for i, place in enumerate(book.places.values()):
        for name in place.names.get(lang):
            nominal(table, name, Hit("place", i), definite=False, settings=settings)
        for guard, names in (
            (AFTER_LOCATIVE, place.after_locative),
            (AFTER_PLACE_NOUN, place.after_place_noun),
        ):
            for name in names.get(lang) if names else ():
                hit = Hit("place", i, detail=guard)
                nominal(table, name, hit, definite=False, settings=settings)
    for i, rule in enumerate(book.rules.values()):
        for spec in rule.verbs.get(lang):
            add_verb(table, settings, spec, Hit("trigger", i, detail="verb"))
        for noun in rule.nouns.get(lang):
            nominal(
                table,
                noun,
                Hit("trigger", i, detail="noun"),
                definite=True,
                settings=settings,
                plural=True,
            )
    if lang == "ar":  # last: a possessive form that is another word is left to that word
        suffixes = tuple(settings.owner_suffixes)
        for i, rule in enumerate(book.rules.values()):
            for noun in rule.nouns.get(lang):
                add_possessives(table, noun, Hit("trigger", i, detail="noun"), suffixes)
    kinds = {
        "negation": settings.negation,
        "irrealis": settings.irrealis,
        "prospect": settings.prospects,
        "reference": settings.references,
        "presupposition": settings.presuppositions,
        "background": settings.backgrounds,
        "summary": settings.summaries,
        "habit": settings.habits,
        "defusal": settings.defusals,
        "reporting": settings.reporting,
        "attribution": settings.attribution,
        "discard": settings.discards,
        "recall": settings.recalls,
        "claim-after": settings.claims.after,
        "claim-before": settings.claims.before,
    }
    # a cue's proclitic form that is a place noun is that noun (ولاية، not و + لأية)
    place_nouns = _literal_set(settings, settings.place_nouns)
    months = {w.lower() for names in settings.dates.months.values() for w in names}
    for detail, cues in kinds.items():
        for word in cues.words:
            head, *rest = normalize_phrase(word)
            if lang != "ar":
                heads = {head}
            elif detail in PREPOSED_CUES:  # لأي هجوم، بخيار الضربات
                heads = ar.with_prepositions(head) - place_nouns
            else:
                heads = {head, "و" + head, "ف" + head}  # ولم، فلن
            # "may" the modal, not "May" the month: a cue that is also a month name is cased
            cased = word if lang == "en" and word.lower() in months else ""
            for form in heads:
                table.add((form, *rest), Hit("cue", 0, detail=detail, cased=cased))
        for spec in cues.verbs:
            add_verb(table, settings, spec, Hit("cue", 0, detail=detail))
    unique: dict[Hit, int] = {}
    clitics: dict[str, int] = {}
    offsets, flat, flat_clitics = array("I", [0]), array("I"), array("B")
    words: dict[str, int] = {}
    phrases: list[tuple[str, ...]] = []
    for tokens, hits in table.drained():  # words first, then phrases
        if len(tokens) == 1:
            words[tokens[0]] = len(offsets) - 1
        else:
            phrases.append(tokens)
        for hit, clitic in hits:
            flat.append(unique.setdefault(hit, len(unique)))
            flat_clitics.append(clitics.setdefault(clitic, len(clitics)))
        offsets.append(len(flat))
    return CompiledLanguage(
        lang=lang,
        words=words,
        phrases=index_phrases(phrases),
        offsets=offsets,
        flat=flat,
        flat_clitics=flat_clitics,
        clitic_names=tuple(clitics),
        hit_table=tuple(unique),
        conjunctions=_norms(settings.conjunctions),
        transparent=_norms(settings.transparent) | number_words(settings.numbers),
        locatives=_norms(settings.locatives),
        slot_stops=_norms(settings.slot_stops),
        subordinators=_norms(settings.subordinators),
        determiners=_norms(settings.determiners),
        pronouns=_norms(settings.pronouns),
        object_pronouns=_norms(settings.object_pronouns),
        catenatives=_norms(settings.catenatives),
        future_modals=_norms(settings.future_modals),
        conditions=_norms(settings.conditions),
        negation_window=settings.negation.window,
        irrealis_window=settings.irrealis.window,
        reference_window=settings.references.window,
        presupposition_window=settings.presuppositions.window,
        background_window=settings.backgrounds.window,
        summary_window=settings.summaries.window,
        habit_window=settings.habits.window,
        defusal_window=settings.defusals.window,
        slot_gap=settings.slot_gap,
        wide_gap=settings.wide_gap,
        date_phrases=date_phrases(settings),
        self_events=settings.self_events,
        sourceless_reports=settings.sourceless_reports,
        code_by=settings.code_by,
        carry=settings.carry,
        shared_roles=settings.shared_roles,
        lone_agents=settings.lone_agents,
        passive=_norms(settings.passive),
        light_verbs=_literal_set(settings, settings.light_verbs),
        pre_verb_words=_norms(settings.pre_verb_words),
        speaker_pronouns=_norms(settings.speaker_pronouns),
        prepositions=_norms(settings.prepositions),
        relatives=_norms(settings.relatives),
        possessions=_literal_set(settings, settings.possessions),
        dress=_literal_set(settings, settings.dress),
        instruments=_norms(settings.instruments),
        self_references=_norms(settings.self_references),
        group_references=_norms(settings.group_references),
        affiliations=_affiliations(settings.affiliations),
        agent_words=tuple(
            (normalize_word(word), _norms(before)) for word, before in settings.agent_words.items()
        ),
        claim_verbs=_literal_set(
            settings, [v for v in settings.claims.after.verbs if isinstance(v, str)]
        ),
        complementizers=_norms(settings.complementizers),
        casualties=_literal_set(settings, settings.casualties),
        results=_norms(settings.results.participles),
        result_leads=_literal_set(settings, settings.results.leads),
        result_links=_norms(settings.results.links),
        purpose_proclitics=tuple(settings.purposes.proclitics),
        purpose_words=_norms(settings.purposes.words),
        purpose_governors=_literal_set(settings, settings.purposes.governors),
        owner_words=_norms(settings.owner_words),
        owner_suffixes=tuple(settings.owner_suffixes),
        locative_proclitics=tuple(settings.locative_proclitics),
        place_nouns=place_nouns,
        verb_conjunctions=_norms(settings.verb_conjunctions),
        default_actors=tuple(
            (role, code) for role, code in settings.default_actors.model_dump().items() if code
        ),
        phrase_count=len(phrases),
    )


def _literal_set(settings: Language, words: Iterable[str]) -> frozenset[str]:
    """Every form of these words as a pattern would match them (verbs inflected)."""
    return frozenset(form for word in words for form in literal_forms(settings, word))


def _affiliations(by_link: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Each affiliation word with the links it takes (loyal: {to}; ينتمون: {ل, الي})."""
    links: dict[str, set[str]] = {}
    for link, words in by_link.items():
        for word in _norms(words):
            links.setdefault(word, set()).add(normalize_word(link))
    return {word: frozenset(taken) for word, taken in links.items()}


def _norms(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_word(w) for w in words)
