"""Pydantic models of the codebook files: what a political scientist may write, and nothing else.

The building blocks are in ``base``, the language settings in ``language``, the ACLED layer in
``acled``; the entries (taxonomy, actors, agents, places, rules) and the file itself are here."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from .acled import AcledCountry, AcledMapping, AcledRule, AcledSubEventType
from .base import (
    LANGS,
    ActorCode,
    CameoCode,
    EntryId,
    Names,
    Patterns,
    Phrase,
    RoleCode,
    Strict,
    VerbForms,
    Verbs,
    VerbSpec,
)
from .language import Language, NumberWords

__all__ = [
    "LANGS",
    "AcledCountry",
    "AcledMapping",
    "AcledRule",
    "AcledSubEventType",
    "Actor",
    "ActorType",
    "Agent",
    "CodebookFile",
    "Country",
    "Example",
    "Language",
    "NumberWords",
    "Place",
    "Rule",
    "TaxonomyCode",
    "VerbForms",
    "VerbSpec",
]


class ExpectedEvent(Strict):
    source: Annotated[str, StringConstraints(pattern=r"^(?:[A-Z0-9]{3})*$")] = ""
    code: CameoCode
    target: Annotated[str, StringConstraints(pattern=r"^(?:[A-Z0-9]{3})*$")] = ""


class Example(Strict):
    """A sentence and the events it must yield (an empty list: it must yield none)."""

    text: Phrase
    expect: list[ExpectedEvent]
    lang: Literal["en", "ar"] | None = None
    date: dt.date | None = None


class TaxonomyCode(Strict):
    code: CameoCode
    name: str
    goldstein: float
    quad_class: Annotated[int, Field(ge=1, le=4)]
    plover: str = ""
    description: str = ""


class ActorType(Strict):
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z0-9]{3}$")]
    name: str


class DatedCode(Strict):
    code: ActorCode
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


class Actor(Strict):
    """A named actor: a group, an organisation or a person."""

    id: EntryId
    name: str
    code: ActorCode | None = None
    codes: list[DatedCode] = []
    also: list[ActorCode] = []  # a group of actors (the Benelux: BEL, NLD, LUX): an event each
    inter: Annotated[int, Field(ge=1, le=8)] | None = None
    names: Names
    note: str = ""


class Country(Strict):
    """A country: its names, adjectives (demonyms) and capitals (metonyms for its government)."""

    id: EntryId
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z0-9]{3}$")]
    name: str
    names: Names
    adjectives: Names = Names()
    capitals: Names = Names()


class Agent(Strict):
    """A role noun (the army, police, protesters) that combines with a country or stands alone."""

    id: EntryId
    code: RoleCode
    name: str  # may contain {country}: "Military Forces of {country}"
    inter: Annotated[int, Field(ge=1, le=8)] | None = None
    national: bool = True  # alone, it takes the story's country (the army); gunmen do not
    # alone (no country, group or state actor owns it): this code (a sniper: UAF; Israeli
    # snipers are ISRMIL), or none: no actor (missiles alone name weapons, Russian missiles RUSMIL)
    alone: RoleCode | Literal["none"] | None = None
    prefix: bool = False  # its code goes before the country's: NGO + ARN = NGOARN (CAMEO)
    # Arabic: its names also describe a human plural right before them (المسلحون الشيعة):
    # there they are that noun's adjective, no actor
    adjectival: bool = False
    names: Names


class Place(Strict):
    id: EntryId
    names: Names
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z0-9]{3}$")]
    admin1: str = ""
    lat: Annotated[float, Field(ge=-90, le=90)]
    lon: Annotated[float, Field(ge=-180, le=180)]
    kind: Literal["town", "district", "province", "country"] = "town"
    # names that are also ordinary words: a place only right after a locative or a place noun
    # (في الباب، in Hit) or only after a place noun (مدينة صور، the town of Shire); None, not
    # an empty Names, for the many places with none (a model each costs memory)
    after_locative: Names | None = None
    after_place_noun: Names | None = None


class Rule(Strict):
    """An action rule: trigger words in each language, patterns that fill the slots, examples."""

    id: EntryId
    code: CameoCode
    verbs: Verbs = Verbs()
    nouns: Names = Names()
    patterns: Patterns | None = None
    noun_patterns: Patterns | None = None
    exceptions: Patterns = Patterns()  # when one matches, the trigger codes nothing here
    planned: Literal["drop", "keep"] | CameoCode | None = None
    reverse: CameoCode | None = None  # the paired event, target -> source (PETRARCH's [c1:c2])
    # TABARI's [c?] / [c!]: a weak event is dropped when the sentence codes another one (and
    # ends no clause for code_by); a dominant one drops the sentence's other events
    weight: Literal["weak", "dominant"] | None = None
    detect: bool = False  # its nouns code the event even when no actor is named (a car bomb)
    examples: list[Example] = []
    note: str = ""


class CodebookFile(Strict):
    """One YAML file of a codebook; every section is optional."""

    taxonomy: list[TaxonomyCode] = []
    actor_types: list[ActorType] = []
    countries: list[Country] = []
    actors: list[Actor] = []
    agents: list[Agent] = []
    places: list[Place] = []
    rules: list[Rule] = []
    language: Language | None = None
    acled: AcledMapping | None = None
    acled_countries: list[AcledCountry] = []
