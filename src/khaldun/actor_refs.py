"""Codes and names of actors, alone or composed: a role noun with its country (Turkish troops ->
TURMIL, named "Military Forces of Turkey"), a person by the story date, a capital's government."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .models import ActorRef

if TYPE_CHECKING:
    from .compiler import ActorEntry, CompiledCodebook

BASES = frozenset({"actor", "country", "adjective", "capital"})  # what a role noun can belong to
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})  # organs of one state
PEOPLE_ROLES = frozenset({"CVL"})  # a people (the Lebanese, اللبنانيون) is a civilian crowd


class Item:
    """A span on its way to becoming an actor: raw (an entry) or already composed (a ref).
    Read-only; made for every actor-like span of every sentence with one, so a plain class (a
    frozen dataclass's ``__init__`` stays interpreted, and slow, in the compiled build)."""

    __slots__ = ("clitic", "definite", "end", "entry", "kind", "people", "ref", "start")

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,  # actor | country | adjective | capital | agent | composed
        clitic: str,
        entry: ActorEntry | None = None,
        ref: ActorRef | None = None,
        definite: bool = False,
        people: bool = False,  # a plural demonym: the Syrians, السوريون
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.clitic = clitic
        self.entry = entry
        self.ref = ref
        self.definite = definite
        self.people = people

    def as_people(self) -> Item:
        """The same item read as a people (a plural demonym)."""
        return Item(
            self.start, self.end, self.kind, self.clitic, self.entry, self.ref, self.definite, True
        )


def of_people(agent: Item) -> bool:
    """A role noun of people, not of a state organ: "from" a country is their origin (refugees
    from Syria), where troops or officials "from" a country may be leaving it."""
    return agent.entry is not None and agent.entry.code not in STATE_ROLES


class Resolver:
    """Codes and names for items, for one story (its date and country). Read-only; made for
    every sentence with actors, so a plain class, as :class:`events.SentenceContext` is."""

    __slots__ = ("book", "day", "place_country", "story_country")

    def __init__(
        self,
        book: CompiledCodebook,
        day: date | None,
        story_country: str | None,
        place_country: str | None = None,
    ) -> None:
        self.book = book
        self.day = day
        self.story_country = story_country
        self.place_country = place_country  # where the sentence's places lie

    def country_of(self, entry: ActorEntry) -> str:
        """The country a national role noun alone belongs to: that of the sentence's places
        (militants attacked a checkpoint in Mosul), or else the story's; a government's role
        (a minister, an envoy) the story's first: a minister in Moscow may be visiting."""
        if not entry.national:
            return ""
        if entry.code == "GOV":
            return self.story_country or self.place_country or ""
        return self.place_country or self.story_country or ""

    def is_state(self, item: Item) -> bool:
        """A role noun standing for the state: النظام، الحكومة (the story's government)."""
        return item.kind == "agent" and item.entry is not None and item.entry.code == "GOV"

    def base_ref(self, item: Item) -> ActorRef | None:
        return item.ref if item.kind == "composed" else self.alone(item, allow_adjective=True)

    def combine(self, agent: Item, base: Item) -> ActorRef | None:
        role = agent.entry
        base_ref = self.base_ref(base)
        if role is None or role.code is None or base_ref is None:
            return None
        ids = f"{base_ref.entry}+agent:{role.id}"
        code = base_ref.code
        named = base.kind == "actor" or (
            base.kind == "composed" and ("actor:" in base_ref.entry or "person:" in base_ref.entry)
        )
        if named and not _is_state_code(code):
            # a named non-state actor absorbs the role noun: ISIS militants -> IMGMUSISI
            return ActorRef(code, base_ref.name, base_ref.inter, ids, code_blocks(code))
        country = code[:3] if len(code) >= 3 and code[:3] in self.book.country_names else ""
        combined = role.code + country if role.prefix else country + role.code
        return ActorRef(
            combined,
            _name(role, self.book.country_names.get(country)),
            role.inter,
            ids,
            code_blocks(combined),
        )

    def _out_of_office(self, entry: ActorEntry) -> str | None:
        """A person on a date outside every post the codebook dates for them (not yet in
        office, or no longer known to be): an elite of the country of the nearest post (CAMEO
        ELI, former officials), so "Netanyahu" keeps his country after his last known date."""
        if self.day is None or not entry.dated or entry.code is not None:
            return None
        country = _nearest_post(entry, self.day)[:3]
        return country + "ELI" if country in self.book.country_names else None

    def community(self, adjective: Item, people: Item) -> ActorRef | None:
        """A people named with another country's adjective is a community living there, its
        civilians: Bosnian Serbs -> BIHCVL (as Iraqi Kurds -> IRQCVL)."""
        home = self.alone(adjective, allow_adjective=True)
        origin = self.alone(people)
        if home is None or origin is None or home.code[:3] == origin.code[:3]:
            return None
        country = home.code[:3]
        code = f"{country}CVL"
        name = f"Civilians ({self.book.country_names.get(country, country)})"
        return ActorRef(code, name, 7, f"{home.entry}+{origin.entry}", code_blocks(code))

    def alone(self, item: Item, allow_adjective: bool = False) -> ActorRef | None:
        entry = item.entry
        if entry is None:
            return None
        kind = item.kind
        if kind == "adjective" and not allow_adjective and not item.people:
            return None  # "Syrian" alone modifies too much (borders, lands); "Syrians" do not
        if kind == "agent":
            if entry.code is None or entry.alone == "":
                return None  # missiles alone name weapons, not whose they are
            country = self.country_of(entry)
            code = entry.code + country if entry.prefix else country + entry.code
            if entry.alone:
                country, code = "", entry.alone  # a sniper alone: an armed man of no known side
            return ActorRef(
                code,
                _name(entry, self.book.country_names.get(country)),
                entry.inter,
                f"agent:{entry.id}",
                code_blocks(code),
            )
        if kind == "capital":
            code = f"{entry.code}GOV"
            return ActorRef(
                code, f"Government of {entry.name}", 1, f"capital:{entry.id}", code_blocks(code)
            )
        dated_code = entry.code_on(self.day) or self._out_of_office(entry)
        if dated_code is None:
            return None
        # a person holds dated offices and no code of its own; a group with a history (the RSF:
        # SDNMIL until 2023) keeps a code of its own and is no person a title goes before
        person = entry.kind == "actor" and entry.dated and entry.code is None
        kind = "person" if person else entry.kind
        kind = "people" if item.kind == "adjective" and item.people else kind
        roles = code_blocks(dated_code)
        if kind == "people":
            roles |= PEOPLE_ROLES
        return ActorRef(
            dated_code, entry.name, entry.inter, f"{kind}:{entry.id}", roles, entry.also
        )


def _nearest_post(entry: ActorEntry, day: date) -> str:
    """The code of the dated post nearest ``day`` (the last one after it ends, the first one
    before it begins)."""

    def distance(post: tuple[str, date | None, date | None]) -> int:
        _, start, end = post
        if start is not None and day < start:
            return (start - day).days
        return (day - end).days if end is not None and day > end else 0

    return min(entry.dated, key=distance)[0]


def _is_state_code(code: str) -> bool:
    """A bare country or its government: TUR, SYRGOV (a role noun replaces the role)."""
    return len(code) == 3 or (len(code) == 6 and code.endswith("GOV"))


def _name(agent: ActorEntry, country: str | None) -> str:
    """Fill an agent's name template: "Military Forces of {country}" (or drop the country part)."""
    if country:
        return agent.name.replace("{country}", country)
    for piece in (" of {country}", " ({country})", "{country} ", "{country}"):
        if piece in agent.name:
            return agent.name.replace(piece, "")
    return agent.name


def code_blocks(code: str) -> frozenset[str]:
    return frozenset(code[i : i + 3] for i in range(0, len(code), 3))
