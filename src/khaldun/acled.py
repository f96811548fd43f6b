"""The ACLED layer compiled: which ACLED event type / sub-event type a coded event is, from its
CAMEO code, its actors' inter types and cue words in its sentence (codebook ``acled:``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .codebook import Codebook
from .lexicon import Found, Lexicon, make_lexicon
from .models import ActorRef, Event, Token, remade_by_fields
from .normalize import normalize_word
from .numbers import CompiledNumbers, compile_numbers
from .schema import AcledCountry, AcledRule, AcledSubEventType

# ACLED's inter codes of the actor types the layer itself assigns
STATE_FORCES, UNIDENTIFIED, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL_FORCES = 1, 3, 5, 6, 7, 8


@dataclass(frozen=True)
class AcledType:
    event_type: str
    sub_event_type: str
    disorder_type: str
    rank: int

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return remade_by_fields(self)


@dataclass(frozen=True)
class CompiledAcled:
    types: dict[str, AcledType]  # sub-event type -> its attributes
    rules: tuple[AcledRule, ...]
    cues: dict[str, Lexicon[str]]  # lang -> phrases labelled by cue set
    killed: dict[str, Lexicon[str]]  # lang -> fatality cues, labelled "killed" / "injured"
    persons: dict[str, Lexicon[int]]  # lang -> nouns for one or two persons, labelled 1 / 2
    singular: dict[str, frozenset[str]]  # lang -> words before a killed word making one dead
    numbers: dict[str, CompiledNumbers]
    months: dict[str, frozenset[str]]
    fatality_roots: tuple[str, ...]
    countries: Mapping[str, AcledCountry]  # code -> ISO numeric code and ACLED region
    rules_by_code: dict[str, tuple[AcledRule, ...]]  # CAMEO code -> the rules that may hold

    def rules_for(self, code: str) -> tuple[AcledRule, ...]:
        """The rules, in order, whose code prefixes allow this CAMEO code."""
        found = self.rules_by_code.get(code)
        return found if found is not None else _allowing(self.rules, code)

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return remade_by_fields(self)


def _weekdays(book: Codebook, lang: str) -> frozenset[str]:
    """The language's day names as tokens normalise them (يوم الاثنين: a day, no number)."""
    days = book.languages[lang].dates.weekdays.values()
    return frozenset(normalize_word(w) for names in days for w in names if " " not in w)


def compile_acled(book: Codebook) -> CompiledAcled | None:
    """The compiled ACLED layer of a loaded codebook (None when it has none)."""
    mapping = book.acled
    if mapping is None:
        return None
    langs = tuple(book.languages)
    types = {t.name: _type(t) for t in mapping.sub_event_types}
    cues = {
        lang: make_lexicon(
            (phrase, name) for name, names in mapping.cues.items() for phrase in names.get(lang)
        )
        for lang in langs
    }
    killed = {
        lang: make_lexicon(
            [(p, "killed") for p in mapping.fatalities.killed.get(lang)]
            + [(p, "injured") for p in mapping.fatalities.injured.get(lang)]
        )
        for lang in langs
    }
    persons = {
        lang: make_lexicon(
            [(p, 1) for p in mapping.fatalities.one.get(lang)]
            + [(p, 2) for p in mapping.fatalities.two.get(lang)]
        )
        for lang in langs
    }
    singular = {
        lang: frozenset(w.lower() for w in mapping.fatalities.singular.get(lang)) for lang in langs
    }
    numbers = {
        lang: compile_numbers(book.languages[lang].numbers, _weekdays(book, lang)) for lang in langs
    }
    months = {
        lang: frozenset(
            w.lower() for names in book.languages[lang].dates.months.values() for w in names
        )
        for lang in langs
    }
    rules = tuple(mapping.rules)
    return CompiledAcled(
        types,
        rules,
        cues,
        killed,
        persons,
        singular,
        numbers,
        months,
        tuple(mapping.fatality_roots),
        dict(book.acled_countries),
        {code: _allowing(rules, code) for code in book.taxonomy},
    )


def _allowing(rules: Sequence[AcledRule], code: str) -> tuple[AcledRule, ...]:
    return tuple(r for r in rules if not r.codes or any(code.startswith(c) for c in r.codes))


def _type(t: AcledSubEventType) -> AcledType:
    return AcledType(t.event_type, t.name, t.disorder_type, t.rank)


def cue_spans(acled: CompiledAcled, lang: str, tokens: Sequence[Token]) -> list[Found[str]]:
    """Where the cue words of a sentence are, each labelled with its cue set."""
    lexicon = acled.cues.get(lang)
    return list(lexicon.find(tokens)) if lexicon else []


def sentence_cues(acled: CompiledAcled, lang: str, tokens: Sequence[Token]) -> frozenset[str]:
    """The cue sets that occur in a sentence."""
    return frozenset(found.label for found in cue_spans(acled, lang, tokens))


def _inter(actor: ActorRef | None) -> int:
    return actor.inter or 0 if actor is not None else 0


def rule_holds(rule: AcledRule, event: Event, cues: frozenset[str]) -> bool:
    """Do the rule's cues and inter types hold for the event? (``rules_for`` has already
    picked the rules whose codes allow the event's code.)"""
    return _holds(rule, _inter(event.source), _inter(event.target), cues)


def _holds(rule: AcledRule, source: int, target: int, cues: frozenset[str]) -> bool:
    return (
        (not rule.cues or not cues.isdisjoint(rule.cues))
        and cues.issuperset(rule.requires)
        and cues.isdisjoint(rule.without)
        and (not rule.source_inter or source in rule.source_inter)
        and (not rule.target_inter or target in rule.target_inter)
        and source not in rule.not_source_inter
        and target not in rule.not_target_inter
    )


def classify(
    acled: CompiledAcled,
    code: str,
    source: ActorRef | None,
    target: ActorRef | None,
    cues: frozenset[str],
) -> AcledType | None:
    """The ACLED type of an event of ``code`` between these actors: that of the first rule
    that holds (None: no counterpart)."""
    source_inter, target_inter = _inter(source), _inter(target)
    for rule in acled.rules_for(code):
        if _holds(rule, source_inter, target_inter, cues):
            return acled.types[rule.sub_event_type]
    return None


def explain_rule(acled: CompiledAcled, event: Event, cues: frozenset[str]) -> str:
    """The id of the rule that types an event ("" for none)."""
    return next((r.id for r in acled.rules_for(event.code) if rule_holds(r, event, cues)), "")


def primary_event(acled: CompiledAcled, events: Sequence[Event]) -> Event | None:
    """A sentence's ACLED event: its typed event highest in ACLED's hierarchy, the first on a tie
    (None: no event of the sentence has an ACLED type)."""
    typed = [e for e in events if e.acled_sub_event_type]
    if not typed:
        return None
    return min(typed, key=lambda e: acled.types[e.acled_sub_event_type].rank)
