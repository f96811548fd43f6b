"""How a codebook entry is written in text: every inflected, clitic-bearing form of a noun,
adjective, verb or pattern word, and the table that collects them with what they stand for."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .morphology import ar, en
from .normalize import normalize_phrase, normalize_word
from .schema import Language, VerbForms, VerbSpec

SHORT_ACRONYM_RE = re.compile(r"[A-Z]{2,3}")


class Hit(NamedTuple):
    """What a matched surface form stands for."""

    kind: str  # actor | country | adjective | capital | agent | place | trigger | cue
    # into the table of its kind (actors, countries, agents, places, rules); the name hides
    # tuple.index, which nothing here calls
    index: int  # type: ignore[assignment]
    # trigger: verb | noun; cue: negation | irrealis | prospect | reference | reporting
    # | background | summary | attribution | discard | recall | claim-after | claim-before
    detail: str = ""
    future: bool = False  # Arabic سـ + imperfect
    cased: str = ""  # a short acronym (US, UN) that matches only when written in capitals
    definite: bool = False  # Arabic noun with ال: it cannot head a construct (قوات النظام)
    verb: bool = False  # an inflected verb form (triggers and cues): not after a determiner
    pronoun: bool = False  # Arabic: an enclitic object or possessive pronoun (اعتقلته، اغتياله)


def literal_forms(settings: Language, word: str) -> set[str]:
    """A pattern or word-set word as matched: Arabic ``past/present`` verbs inflected, Arabic
    words (nouns) also with the article ال and the conjunctions و ف attached."""
    if settings.lang != "ar":
        return {normalize_word(word)}
    if "/" in word:
        return with_arabic_verb_forms(word)
    norm = normalize_word(word)
    forms = {norm}
    if len(norm) > 2 and not norm.startswith("ال"):
        forms.add("ال" + norm)  # a noun with or without the article (جسر، الجسر)
    return forms | {"و" + f for f in forms} | {"ف" + f for f in forms}


def with_arabic_verb_forms(spec: str) -> set[str]:
    """``شن/يشن`` -> every inflected form (with و ف) of that verb."""
    past, _, present = spec.partition("/")
    return ar.with_verb_proclitics(arabic_verb_forms(past, present))


def arabic_verb_forms(past: str | None, present: str | None) -> set[str]:
    """Inflected forms of a verb written in ordinary spelling (hamza-final بدأ is told apart
    from defective بدا here: normalisation makes them alike)."""
    return ar.verb_forms(
        *_normalised_parts(past, present),
        hamza_final=past is not None and past.endswith(ar.HAMZAS),
    )


def object_forms(past: str | None, present: str | None) -> set[str]:
    """The forms of a verb that carry an object pronoun (اعتقلته، هاجموهم، يهاجمونهم)."""
    return ar.with_object_pronouns(*_normalised_parts(past, present))


def plain_verb_forms(past: str | None, present: str | None) -> set[str]:
    """The forms of a verb without an object pronoun (نبه: not نبّه + ه)."""
    return ar.verb_forms(
        *_normalised_parts(past, present),
        hamza_final=past is not None and past.endswith(ar.HAMZAS),
        objects=False,
    )


def _normalised_parts(past: str | None, present: str | None) -> tuple[str | None, str | None]:
    return (normalize_word(past) if past else None, normalize_word(present) if present else None)


class FormTable:
    """Collects surface forms (token tuples), what each stands for and the Arabic proclitic the
    form carries (والتحالف: و); a generated verb form that is a function word of the language
    (أنهى -> انه) is left out."""

    def __init__(self, function_words: frozenset[str] = frozenset()) -> None:
        # each form's (hit, clitic) pairs in the order added, once each; the pairs are shared
        # between forms (an Arabic entry has hundreds of forms), and held in a tuple (most
        # forms have one pair; a list takes twice the room): compiling stays small
        self.hits: dict[tuple[str, ...], tuple[tuple[Hit, str], ...]] = {}
        self.function_words = function_words
        self._pairs: dict[tuple[Hit, str], tuple[Hit, str]] = {}
        self._hits: dict[Hit, Hit] = {}  # one Hit of each value: pairs with other clitics share it

    def add(
        self, tokens: tuple[str, ...], hit: Hit, generated: bool = False, clitic: str = ""
    ) -> None:
        if tokens and not (generated and tokens[0] in self.function_words):
            hit = self._hits.setdefault(hit, hit)
            pair = self._pairs.setdefault((hit, clitic), (hit, clitic))
            found = self.hits.get(tokens, ())
            if pair not in found:
                self.hits[tokens] = (*found, pair)

    def drained(self) -> Iterator[tuple[tuple[str, ...], tuple[tuple[Hit, str], ...]]]:
        """Each form with its pairs, the one-word forms first, then the phrases (each kind in
        the order added), emptying the table as it goes: the compiled tables grow while this
        one shrinks, and its tables are freed at the end (the peak of compiling a codebook)."""
        forms = self.hits
        ordered: list[tuple[str, ...]] = [t for t in forms if len(t) == 1]
        ordered += [t for t in forms if len(t) > 1]
        for tokens in ordered:
            yield tokens, forms.pop(tokens)
        self.hits, self._pairs, self._hits = {}, {}, {}  # a dict keeps its room when emptied

    def names_another_word(self, tokens: tuple[str, ...]) -> bool:
        """The form already stands for a word other than an event noun with a possessive
        pronoun (ضربه: ضربة "a blow", once ة is ه)."""
        return any(not (h.pronoun and h.detail == "noun") for h, _ in self.hits.get(tokens, ()))


def english_nominal(
    table: FormTable,
    phrase: str,
    hit: Hit,
    *,
    definite: bool,
    settings: Language,
    plural: bool = False,
) -> None:
    tokens = normalize_phrase(phrase)
    if SHORT_ACRONYM_RE.fullmatch(phrase):
        hit = hit._replace(cased=phrase)  # "US" the country, not "us" the pronoun
    table.add(tokens, hit)
    if plural:
        many = en.plural(" ".join(tokens), settings.irregular_plurals)
        if many:
            table.add(tuple(many.split(" ")), hit)


def arabic_nominal(
    table: FormTable,
    phrase: str,
    hit: Hit,
    *,
    definite: bool,
    settings: Language,
    plural: bool = False,
) -> None:
    """An Arabic noun phrase with its proclitics (and, for role nouns and event nouns, ال, -ا
    and the dual) expanded."""
    tokens = normalize_phrase(phrase)
    if not tokens:
        return
    duals = ar.dual_phrases(tokens) if plural else []
    for words, accusative in [(tokens, definite), *((d, False) for d in duals)]:
        head, rest = words[0], words[1:]
        heads = (
            ar.noun_forms(head, definite=definite, accusative=accusative) if definite else {head}
        )
        for form in heads:
            definite_form = ar.is_definite(form)
            # a noun + adjective phrase is definite on every word: قوات خاصة -> القوات الخاصة
            tail = rest
            if definite_form and not ar.is_definite(head) and not any(map(ar.is_definite, rest)):
                tail = tuple("ال" + word for word in rest)
            for clitic_form, clitic in ar.with_noun_proclitics(form).items():
                table.add((clitic_form, *tail), hit._replace(definite=definite_form), clitic=clitic)


def add_possessives(table: FormTable, noun: str, hit: Hit, suffixes: tuple[str, ...]) -> None:
    """An Arabic event noun with a possessive pronoun, and its proclitics (اغتياله، باغتصابها،
    لاعتقالهم): definite, its pronoun the genitive. A noun with nisba adjectives takes the
    pronoun on the noun and makes them definite (علاقات دبلوماسية -> علاقاتهما الدبلوماسية). A
    form that already names another word of the codebook (ضربه: ضربة, a blow) is left to that
    word."""
    head, *adjectives = normalize_phrase(noun)
    if not all(ar.is_nisba(word) for word in adjectives):
        return  # a construct state (جولة مفاوضات): the pronoun would go on its last word
    rest = tuple("ال" + word for word in adjectives)
    hit = hit._replace(pronoun=True, definite=True)
    for form in ar.possessive_forms(head, suffixes):
        for clitic_form, clitic in ar.with_noun_proclitics(form).items():
            if rest and clitic not in ar.PHRASE_PROCLITICS:
                continue
            if not table.names_another_word((clitic_form, *rest)):
                table.add((clitic_form, *rest), hit, generated=True, clitic=clitic)


def add_adjective(table: FormTable, lang: str, adjective: str, hit: Hit) -> None:
    """A demonym with its forms; the human plurals (السوريون، السوريين، السوريات, Syrians) and
    Arabic broken plurals listed beside the nisba (أتراك) also name the people of the country,
    so they can stand alone as actors."""
    tokens = normalize_phrase(adjective)
    if lang != "ar":
        table.add(tokens, hit)
        people = en.demonym_plural(tokens[-1]) if tokens else None
        if people:
            table.add((*tokens[:-1], people), hit._replace(detail="people"))
        return
    if len(tokens) != 1:
        table.add(tokens, hit)
        return
    word = tokens[0]
    if word.endswith("ي"):  # a nisba: its plurals name the people (المصريات: Egyptian women)
        plural = ("يون", "يين", "يات")
        forms = {f: "people" if f.endswith(plural) else "" for f in ar.adjective_forms(word)}
    else:  # a broken plural: أتراك، روس، أفغان name the people
        forms = {word: "people", "ال" + word: "people"}
    for form, detail in forms.items():
        for clitic_form, clitic in ar.with_noun_proclitics(form).items():
            table.add((clitic_form,), hit._replace(detail=detail), clitic=clitic)


def add_verb(table: FormTable, settings: Language, spec: VerbSpec, hit: Hit) -> None:
    hit = hit._replace(verb=True)
    if settings.lang == "ar":
        _add_arabic_verb(table, spec, hit)
    else:
        _add_english_verb(table, settings, spec, hit)


def _add_english_verb(table: FormTable, settings: Language, spec: VerbSpec, hit: Hit) -> None:
    if isinstance(spec, str):
        spec = VerbForms(base=spec)
    base = " ".join(normalize_phrase(spec.base or spec.past or ""))
    if base:
        past = " ".join(normalize_phrase(spec.past)) if spec.past else None
        participle = " ".join(normalize_phrase(spec.participle)) if spec.participle else None
        for form in en.verb_forms(base, settings.irregular_verbs, past, participle):
            table.add(tuple(form.split(" ")), hit, generated=True)
    for form in spec.forms:
        table.add(normalize_phrase(form), hit)


def _add_arabic_verb(table: FormTable, spec: VerbSpec, hit: Hit) -> None:
    """``"هاجم/يهاجم"`` (or past/present keys): the first word inflected, the rest as written."""
    if isinstance(spec, str):
        head, _, rest_text = spec.partition(" ")
        past, _, present = head.partition("/")
        spec = VerbForms(past=past or None, present=present or None)
        rest = normalize_phrase(rest_text)
    else:
        rest = ()
    forms = arabic_verb_forms(spec.past, spec.present)
    objects = object_forms(spec.past, spec.present) - plain_verb_forms(spec.past, spec.present)
    for form in ar.with_verb_proclitics(forms):
        bare = form[1:] if form[:1] in "وف" and form[1:] in forms else form
        future = bare.startswith("س") and bare[1:] in forms
        table.add(
            (form, *rest),
            hit._replace(future=future, pronoun=bare in objects),
            generated=True,
            clitic=form[: len(form) - len(bare)],
        )
    for form in spec.forms:
        table.add(normalize_phrase(form), hit)
