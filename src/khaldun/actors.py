"""Compose and resolve actor spans: country + role noun (Turkish troops, القوات التركية), constructs
(قوات النظام السوري), shared role nouns (Russian and Turkish officials), role nouns alone (the army:
the story's country), people by the story date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from .actor_refs import Item, Resolver
from .compose_ar import compose_arabic
from .compose_en import compose_english
from .frame import COMMAS, STRONG_BOUNDARIES
from .heads import is_auxiliary
from .home_places import home_country
from .models import ActorSpan, Token
from .morphology import ar
from .titles import is_surname, titled, titles_name

if TYPE_CHECKING:
    from .compiler import ActorEntry, CompiledCodebook, CompiledLanguage
    from .match import Span

ARTICLES_EN = frozenset({"a", "an", "the"})
CROWDS_EN = frozenset({"thousands", "hundreds", "dozens", "millions", "scores", "tens"})
NOUN_ENDS_EN = frozenset({"who", "and", "after", "when", "while"})  # an Iraqi who / and a Turk


def resolve_actors(
    spans: Sequence[Span],
    tokens: Sequence[Token],
    book: CompiledCodebook,
    language: CompiledLanguage,
    day: date | None,
    story_country: str | None,
    place_country: str | None = None,
    places: Sequence[Span] = (),
) -> list[ActorSpan]:
    """Turn non-overlapping actor-like spans into resolved actors, composing neighbours; a role
    noun alone takes the country of a place it belongs to (:mod:`home_places`), else that of
    the sentence's places, else the story's."""
    items = [
        Item(
            s.start,
            s.end,
            s.hit.kind,
            s.clitic,
            _entry(book, s),
            definite=s.hit.definite,
            people=s.hit.detail == "people",
        )
        for s in spans
    ]
    resolver = Resolver(book, day, story_country, place_country)
    if language.lang == "ar":
        items = compose_arabic(items, tokens, resolver, language)
    else:
        items = compose_english(items, tokens, language, resolver)
    out: list[ActorSpan] = []
    for item in items:
        if item.kind == "agent" and not language.lone_agents:
            continue  # TABARI: an agent no actor owns is no actor (unless CONVERT AGENT)
        if _describes(item, tokens):
            continue
        lone = (
            _lone_demonym(item, tokens, language)
            if language.lang == "en"
            else _lone_nisba(item, tokens, language)
        )
        if lone:
            item = item.as_people()  # a people of its country, as "the Palestinians"
        if item.kind == "composed":
            ref = item.ref
        elif item.kind == "agent" and places:
            home = home_country(item, tokens, places, book, language.lang)
            ref = (Resolver(book, day, story_country, home) if home else resolver).alone(item)
        else:
            ref = resolver.alone(item)
        if ref is None:
            continue
        span = ActorSpan(
            item.start,
            item.end,
            ref,
            item.clitic.startswith("و"),
            governed=bool(ar.without_conjunction(item.clitic)),  # ب ل ك after any conjunction
        )
        if out and is_surname(out[-1], item.kind, item.start, item.end, tokens):
            out[-1] = out[-1].copy(end=item.end)
            continue
        if out and titles_name(out[-1], span, language.lang):
            # a title before a name is one actor: President Trump, وزير الخارجية السعودي فيصل
            title = out.pop()
            span = title.copy(end=span.end, actor=titled(title.actor, ref, book))
        out.append(span)
    return out


def _lone_demonym(item: Item, tokens: Sequence[Token], language: CompiledLanguage) -> bool:
    """An English nationality adjective used as a noun, a person or people of that country: "a
    Palestinian was shot dead", "arrested an Iraqi in Mosul", "thousands of Lebanese poured"
    (after an article, before a verb, a preposition or punctuation, not "a Palestinian man";
    or after "thousands of"); or the owner of a possession noun (attacked Israeli positions)."""
    if item.kind != "adjective" or item.end >= len(tokens):
        return False
    after = tokens[item.end].norm
    if after in language.possessions:
        return True  # Israeli positions: Israel's
    if item.start == 0:
        return False
    before = tokens[item.start - 1].norm
    if before == "of" and item.start > 1 and tokens[item.start - 2].norm in CROWDS_EN:
        return True  # thousands of Lebanese
    return before in ARTICLES_EN and (
        after in COMMAS
        or after in STRONG_BOUNDARIES
        or after in language.prepositions
        or after in language.locatives
        or after in NOUN_ENDS_EN
        or is_auxiliary(after, language)
    )


def _describes(item: Item, tokens: Sequence[Token]) -> bool:
    """An Arabic community name (or supporters) right after a sound masculine plural of the same
    definiteness is its adjective (المسلحون الشيعة، المصلين الأقباط، ناشطين مؤيدين), no actor;
    after anything else it names the community (اعتقلت الشرطة الأقباط)."""
    if item.entry is None or not item.entry.adjectival or item.clitic or item.start == 0:
        return False
    before = ar.without_conjunction(tokens[item.start - 1].norm)
    definite = ar.has_article(tokens[item.start].norm)  # an adjective agrees in definiteness
    return before.endswith(ar.SOUND_PLURALS) and ar.has_article(before) == definite


def _lone_nisba(item: Item, tokens: Sequence[Token], language: CompiledLanguage) -> bool:
    """An Arabic indefinite nationality adjective right after a definite word cannot describe
    it (an adjective agrees in definiteness): it is a person of that people, the verb's object
    (اعتقلت القوات الإسرائيلية فلسطينيا في الخليل), as after a count in digits (35 فلسطينيا).
    Right after a possession noun it names the owner, its country (هاجموا مواقع إسرائيلية:
    Israel's positions), definite after a definite one too (رفضت المقترح المصري)."""
    if item.kind != "adjective" or item.people or item.clitic or item.start == 0:
        return False
    before = ar.without_conjunction(tokens[item.start - 1].norm)
    if ar.has_article(tokens[item.start].norm):
        return _definite_possession(before, language)
    if before.isdigit():  # a counted noun: مقتل 35 فلسطينيا, 35 Palestinians
        return True
    return ar.has_article(before) or tokens[item.start - 1].norm in language.possessions


DEFINITE_PREFIXES = ("ال", "بال", "لل", "كال")


def _definite_possession(word: str, language: CompiledLanguage) -> bool:
    """A possession noun with the article, after a preposition or not (المواقع، بالمبادرة)."""
    return any(
        word.startswith(prefix) and word[len(prefix) :] in language.possessions
        for prefix in DEFINITE_PREFIXES
    )


def _entry(book: CompiledCodebook, span: Span) -> ActorEntry:
    kind = span.hit.kind
    if kind == "actor":
        return book.actors[span.hit.index]
    if kind == "agent":
        return book.agents[span.hit.index]
    return book.countries[span.hit.index]
