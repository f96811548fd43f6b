"""Arabic actor composition: a role noun and what follows it (قوات النظام السوري, القوات
التركية, مسلحون من داعش, المتحدث باسم قسد)."""

from __future__ import annotations

from collections.abc import Sequence

from .actor_refs import BASES, Item, Resolver, of_people
from .compiler import CompiledLanguage
from .models import Token
from .morphology import ar

ARABIC_LINKS = frozenset({"باسم", "لدي"})  # المتحدث باسم قسد: a definite role noun, then its group


def compose_arabic(
    items: list[Item], tokens: Sequence[Token], resolver: Resolver, language: CompiledLanguage
) -> list[Item]:
    """Role noun + what follows it, right to left: قوات + (النظام + السوري) -> SYRMIL. An
    adjective agrees with its noun (القوات التركية); any other noun follows a role noun only in
    the construct state, which has no ال (قوات النظام; not المتظاهرون الحكومة, a verb's subject
    and object, nor after a construct already complete: وزير الخارجية نظيره), or after a linking
    word (المتحدث باسم قسد). Adjectives joined by و share the
    role noun: القوات التركية والروسية -> TURMIL, RUSMIL. A role noun joins a named group
    through من (مسلحون من داعش)."""
    i = len(items) - 2
    while i >= 0:
        agent, base = items[i], items[i + 1]
        last = tokens[agent.end - 1].norm
        follows = (
            base.kind == "adjective"
            or _nisba_named(agent, base, tokens)
            or (
                (
                    (not agent.definite and not nunated(last) and not _complete(last, base))
                    or last in ARABIC_LINKS
                )
                and (base.kind in BASES or base.kind == "composed" or resolver.is_state(base))
                and not (base.kind == "composed" and _accusative(tokens[base.start].norm))
            )
        )
        member = agent.kind == "agent" and _member_of(agent, base, tokens, language)
        group = resolver.base_ref(base) if member else None
        if member and base.kind == "country":  # the people from a country: لاجئون من سوريا
            group = resolver.combine(agent, base)
        if group is not None:  # a member of a group is the group: عناصر من الجيش العراقي
            items[i : i + 2] = [Item(agent.start, base.end, "composed", agent.clitic, ref=group)]
        elif agent.kind == "agent" and (
            (
                not base.clitic
                and ((base.start == agent.end and follows) or _named_between(agent, base, tokens))
            )
            or _located_in(agent, base, tokens)
        ):
            ref = resolver.combine(agent, base)
            if ref is not None:
                composed = [
                    Item(
                        agent.start,
                        base.end,
                        "composed",
                        agent.clitic,
                        ref=ref,
                        definite=agent.definite,
                    )
                ]
                shared = items[i + 2] if i + 2 < len(items) else None
                if (
                    base.kind == "adjective"
                    and shared is not None
                    and shared.kind == "adjective"
                    and shared.start == base.end
                    and shared.clitic == "و"
                ):
                    other = resolver.combine(agent, shared)
                    if other is not None:
                        composed.append(Item(shared.start, shared.end, "composed", "و", ref=other))
                        items[i + 2 : i + 3] = []
                items[i : i + 2] = composed
        i -= 1
    return items


def _nisba_named(agent: Item, base: Item, tokens: Sequence[Token]) -> bool:
    """A country whose name is a definite nisba (السعودية) after a definite role noun is its
    adjective: القوات السعودية، السلطات السعودية (the Saudi forces, authorities)."""
    if base.kind != "country" or not agent.definite or base.end - base.start != 1:
        return False
    word = tokens[base.start].norm
    return ar.is_definite(word) and ar.is_nisba(word[2:])


MAX_NAME_WORDS = 2  # حزب الغد المصري، حزب العدالة والتنمية التركي


def _named_between(agent: Item, base: Item, tokens: Sequence[Token]) -> bool:
    """A role noun in the construct state, the name it heads (one or two definite words the
    codebook does not know) and the nationality adjective of the whole: حزب الغد المصري,
    حزب العدالة والتنمية التركي -> EGYPTY, TURPTY."""
    between = [t.norm for t in tokens[agent.end : base.start]]
    return (
        base.kind == "adjective"
        and not agent.definite
        and ar.is_definite(tokens[base.start].norm)
        and 0 < len(between) <= MAX_NAME_WORDS
        and all(ar.is_definite(ar.without_conjunction(w)) for w in between)
    )


def _located_in(agent: Item, base: Item, tokens: Sequence[Token]) -> bool:
    """A national role noun in a country or its capital, after في or with the locative ب: محكمة
    في القاهرة، الشرطة ببغداد -> EGYJUD, IRQCOP, as English "a court in Cairo"; not an envoy or
    an embassy (a GOV role noun there is another state's)."""
    entry = agent.entry
    if entry is None or not entry.national or entry.code == "GOV" or entry.alone is not None:
        return False  # nor weapons or snipers there (مسيرات في بغداد: marches)
    if base.kind not in ("country", "capital"):
        return False
    if base.start == agent.end:
        return base.clitic == "ب"
    return base.start == agent.end + 1 and tokens[agent.end].norm == "في" and not base.clitic


def _complete(last: str, base: Item) -> bool:
    """A construct already complete, its genitive written with ال (وزير الخارجية), takes no
    second role noun as its genitive: وزير الخارجية نظيره الروسي are two actors (a country
    after one is its nisba adjective: وزارة الخارجية السعودية)."""
    return ar.has_article(last) and base.kind in ("composed", "agent")


def _accusative(word: str) -> bool:
    """An indefinite accusative (طفلا، جنودا) is a verb's object, never the genitive of a
    construct: قتل جندي طفلا فلسطينيا is a soldier and a Palestinian child."""
    return word.endswith("ا") and not ar.is_definite(word)


def nunated(word: str) -> bool:
    """A sound plural that keeps its ن (مسلحون، مجهولين) is no construct head:
    the construct drops it (مسلحو داعش)."""
    return len(word) > 4 and word.endswith(("ون", "ين"))


def _affiliation(
    tokens: Sequence[Token], start: int, end: int, language: CompiledLanguage
) -> tuple[int, frozenset[str]]:
    """The affiliation at ``start``, before ``end``: its length in words (a phrase of two first:
    يشتبه بانتمائهم, suspected of belonging) and the links it takes; (0, none) when none is."""
    for size in (2, 1):
        if start + size <= end:
            key = " ".join([t.norm for t in tokens[start : start + size]])
            links = language.affiliations.get(key)
            if links is not None:
                return size, links
    return 0, frozenset()


def _member_of(
    agent: Item, base: Item, tokens: Sequence[Token], language: CompiledLanguage
) -> bool:
    """Role noun + من + a named group or a composed actor: مسلحون من داعش, عناصر من الجيش
    العراقي; people from a country (لاجئون من سوريا). Not soldiers from a country or city
    (انسحب الجنود من دمشق: the place they left). Or a role noun tied to an actor by one of the
    language's affiliations, through a proclitic or a preposition: مدفعية تابعة للجيش التركي،
    مسلحون موالون لحفتر، عناصر ينتمون إلى داعش."""
    gap = base.start - agent.end
    if gap not in (1, 2, 3):
        return False
    size, links = _affiliation(tokens, agent.end, base.start, language)
    if size:
        rest = gap - size  # 0: the link is the actor's proclitic; 1: a preposition between
        link = base.clitic if rest == 0 else tokens[agent.end + size].norm
        return (
            rest in (0, 1)
            and link in links
            and (rest == 0) == bool(base.clitic)
            and base.kind in ("actor", "composed", "country")
        )
    return (
        gap == 1
        and tokens[agent.end].norm == "من"
        and not base.clitic
        and (base.kind in ("actor", "composed") or (base.kind == "country" and of_people(agent)))
    )
