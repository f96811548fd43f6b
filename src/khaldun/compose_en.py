"""English actor composition: a country or group and a role noun (Turkish troops, Turkey's
army, the army of Turkey, rebels in Chad), a role noun shared along a list (Russian and Turkish
officials, the envoys of Chile and Peru), a role noun tied to its group (fighters loyal to X)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .actor_refs import BASES, STATE_ROLES, Item, Resolver, of_people
from .models import Token

if TYPE_CHECKING:
    from .compiler import CompiledLanguage

LINKS_EN = frozenset({"of", "the"})
POSSESSIVES_EN = frozenset({"its", "their", "his", "her", "our"})  # its troops in X: not X's
MAX_POSSESSIVE_MODIFIERS = 2  # Turkey's first Deputy Prime Minister
INCLUDING_EN = frozenset({"including"})  # Russian aircraft including gunships: part of a whole


def compose_english(
    items: list[Item], tokens: Sequence[Token], language: CompiledLanguage, resolver: Resolver
) -> list[Item]:
    """Base + role noun (Turkish troops, Turkey's army), role of base (the army of Turkey,
    rebels in Chad; not the embassy in Damascus), role from base opening the sentence (Soldiers
    from Turkey ...; not "recalled its envoy from Paris"), and shared role nouns (Russian and
    Turkish officials, the envoys of Chile and Peru -> two actors)."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        between = [t.norm for t in tokens[item.end : nxt.start]] if nxt else []
        if nxt and nxt.kind == "agent" and _base_of(item, tokens[item.end : nxt.start], language):
            ref = resolver.combine(nxt, item)
            if ref is not None:
                if (
                    out
                    and language.shared_roles
                    and out[-1].kind == "adjective"
                    and len(between) == 0
                    and _joined(tokens, out[-1].end, item.start, language)
                ):
                    shared = resolver.combine(nxt, out[-1])  # Russian and Turkish officials
                    if shared is not None:
                        out[-1] = Item(out[-1].start, out[-1].end, "composed", "", ref=shared)
                out.append(Item(item.start, nxt.end, "composed", "", ref=ref))
                i += 2
                if language.shared_roles:
                    i = _share_base(items, i, item, tokens, language, resolver, out)
                continue
        linking = [w for w in between if w not in language.transparent]  # in southern Iraq
        community = None
        if nxt and _names_community(item, nxt):
            community = resolver.community(item, nxt)
        elif nxt and item.people and nxt.kind == "country" and linking == ["of"]:
            community = resolver.community(nxt, item)  # the Albanians of (southern) Serbia
        if nxt and community is not None:
            out.append(Item(item.start, nxt.end, "composed", "", ref=community))
            i += 2
            continue
        owned = item.start > 0 and tokens[item.start - 1].norm in POSSESSIVES_EN
        opens = _opens(tokens, item.start)
        if nxt and item.kind == "agent" and _role_of(item, nxt, linking, owned, opens, language):
            ref = resolver.combine(item, nxt)
            if ref is not None:
                out.append(Item(item.start, nxt.end, "composed", "", ref=ref))
                i += 2
                # the role is shared along a list: the ambassadors of Chile, Peru and Bolivia
                while (
                    language.shared_roles
                    and i < len(items)
                    and items[i].kind in BASES - {"adjective"}
                ):
                    after = items[i + 1] if i + 1 < len(items) else None
                    if not _listed(tokens, items[i - 1].end, items[i].start, language) or (
                        after and after.kind == "agent" and after.start - items[i].end <= 1
                    ):
                        break  # not a list member, or one with a role of its own
                    shared = resolver.combine(item, items[i])
                    if shared is None:
                        break
                    out.append(Item(items[i].start, items[i].end, "composed", "", ref=shared))
                    i += 1
                continue
        out.append(item)
        i += 1
    out = _with_head_nouns(out, resolver)
    return _with_shared_country(out, tokens, language) if language.shared_roles else out


def _names_community(adjective: Item, people: Item) -> bool:
    """A nationality adjective right before a plural demonym: Bosnian Serbs, Syrian Armenians."""
    return (
        adjective.kind == "adjective"
        and not adjective.people
        and people.kind == "adjective"
        and people.people
        and people.start == adjective.end
    )


def _with_shared_country(
    items: list[Item], tokens: Sequence[Token], language: CompiledLanguage
) -> list[Item]:
    """A bare role noun joined by "and" or "including" to a composed actor of the same role
    shares its country: Israeli helicopters and tanks, Russian aircraft including gunships ->
    ISRMIL, RUSMIL twice (not Russian troops and rebels)."""
    out: list[Item] = []
    for item in items:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == "composed"
            and last.ref is not None
            and item.kind == "agent"
            and item.entry is not None
            and item.entry.code == last.ref.code[3:]
            and _joined(tokens, last.end, item.start, language, INCLUDING_EN)
            and tokens[last.end].norm in language.conjunctions | INCLUDING_EN
        ):
            item = Item(item.start, item.end, "composed", item.clitic, ref=last.ref)
        out.append(item)
    return out


def _with_head_nouns(items: list[Item], resolver: Resolver) -> list[Item]:
    """A composed actor absorbs a role noun right after it, the head of the phrase: Syrian
    government troops -> SYRMIL; a generic official keeps the modifier's role (Israeli
    intelligence officials -> ISRSPY)."""
    out: list[Item] = []
    for item in items:
        last = out[-1] if out else None
        if last and last.kind == "composed" and item.kind == "agent" and item.start == last.end:
            generic = item.entry is not None and item.entry.code == "GOV"
            ref = last.ref if generic else resolver.combine(item, last)
            if ref is not None:
                out[-1] = Item(last.start, item.end, "composed", last.clitic, ref=ref)
                continue
        out.append(item)
    return out


def _share_base(
    items: list[Item],
    i: int,
    base: Item,
    tokens: Sequence[Token],
    language: CompiledLanguage,
    resolver: Resolver,
    out: list[Item],
) -> int:
    """Role nouns of the state listed after a role noun share its base: Turkish troops and
    police -> TURMIL, TURCOP; Danish media and government -> DNKMED, DNKGOV (not one with a
    base of its own: Turkish troops and police of Iraq; not a role of another side: Russian
    troops and rebels)."""
    while i < len(items) and items[i].kind == "agent":
        entry = items[i].entry
        role = entry.code if entry is not None else None
        if role not in STATE_ROLES:
            break
        after = items[i + 1] if i + 1 < len(items) else None
        link = [t.norm for t in tokens[items[i].end : after.start]] if after else []
        own = after is not None and after.kind in BASES and link[:1] in ([], ["of"], ["in"])
        if own or not _listed(tokens, items[i - 1].end, items[i].start, language):
            break
        shared = resolver.combine(items[i], base)
        if shared is None:
            break
        out.append(Item(items[i].start, items[i].end, "composed", "", ref=shared))
        i += 1
    return i


def _role_of(
    agent: Item,
    base: Item,
    between: list[str],
    owned: bool,
    opens: bool,
    language: CompiledLanguage,
) -> bool:
    """A role noun of what follows: the army of Turkey, units belonging to the army (the
    language's affiliations: fighters loyal to X); troops from
    Syria opening the sentence,
    refugees from Syria anywhere;
    a national role noun in a country or its capital (rebels in the Ivory Coast, students
    throughout Iraq, police in Baghdad), not unidentified gunmen in Iraq, nor an embassy in
    Damascus, nor its troops in Lebanon; an international kind of actor (a prefix agent: NGO~)
    right before a country is its branch there (MSF Syria -> NGOSYR)."""
    if base.kind not in BASES:
        return False
    if between[:1] == ["of"] and set(between) <= LINKS_EN:
        return True
    if (
        len(between) >= 2
        and between[1] in language.affiliations.get(between[0], ())
        and set(between[2:]) <= {"the"}
    ):
        return True  # artillery belonging to the Turkish army
    if not between and agent.entry is not None and agent.entry.prefix:
        return base.kind == "country"
    if between[:1] == ["from"] and set(between[1:]) <= LINKS_EN:
        return opens or (base.kind == "country" and of_people(agent))
    # GOV role nouns stay apart: an embassy or envoy in a country is another state's
    national = (
        agent.entry is not None
        and agent.entry.national
        and agent.entry.code != "GOV"
        and agent.entry.alone is None  # not weapons or snipers: a sniper in Gaza is of no side
    )
    if owned:
        return False
    where = between[:1] in (["in"], ["throughout"], ["across"]) and set(between[1:]) <= {"the"}
    return national and base.kind in ("country", "capital") and where


def _base_of(base: Item, between: Sequence[Token], language: CompiledLanguage) -> bool:
    """A country, group or capital directly before a role noun (Turkish troops, Turkey's army,
    Saudi-led forces), one lower-case modifier away after a nationality adjective (French paper
    workers), or up to two after a possessive, a capitalised part of the title too (Turkey's new
    president, Turkey's first Deputy Prime Minister)."""
    if base.kind not in BASES:
        return False
    words = [t.norm for t in between]
    if words in ([], ["'s"], ["-", "led"]):
        return True
    possessive = words[:1] == ["'s"]
    if not possessive and base.kind != "adjective":
        return False
    modifiers = between[1:] if possessive else between
    if not 1 <= len(modifiers) <= (MAX_POSSESSIVE_MODIFIERS if possessive else 1):
        return False
    return all(_modifier(word, possessive, language) for word in modifiers)


def _modifier(word: Token, possessive: bool, language: CompiledLanguage) -> bool:
    """A word that may stand between a base and its role noun: a lower-case word, or after a
    possessive a capitalised one (the title's own: Deputy, Acting), never a function word."""
    return (
        word.text.isalpha()
        and (word.text.islower() or (possessive and word.text.istitle()))
        and word.norm not in LINKS_EN
        and not any(
            word.norm in group
            for group in (
                language.transparent,
                language.determiners,
                language.locatives,
                language.slot_stops,
                language.conjunctions,
                language.pronouns,
            )
        )
    )


def _joined(
    tokens: Sequence[Token],
    end: int,
    start: int,
    language: CompiledLanguage,
    also: frozenset[str] = frozenset(),
) -> bool:
    """One conjunction or comma (or one of ``also``) between two actors."""
    between = [t.norm for t in tokens[end:start]]
    return len(between) == 1 and (
        between[0] in language.conjunctions or between[0] == "," or between[0] in also
    )


def _opens(tokens: Sequence[Token], start: int) -> bool:
    """Token ``start`` opens the sentence, maybe after "the": the subject's head."""
    return start == 0 or (start == 1 and tokens[0].norm == "the")


def _listed(tokens: Sequence[Token], end: int, start: int, language: CompiledLanguage) -> bool:
    """Tokens [end, start) join two members of a list: ``,``, ``and``, ``, and``, ``and the``."""
    between = [t.norm for t in tokens[end:start]]
    words = [w for w in between if w not in (",", "the")]
    return bool(between) and len(words) <= 1 and all(w in language.conjunctions for w in words)
