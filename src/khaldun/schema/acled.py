"""The ACLED layer of a codebook: sub-event types, cue word sets, mapping rules, countries."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from .base import CameoCode, EntryId, Names, Phrase, Strict


class AcledSubEventType(Strict):
    """An ACLED sub-event type, its event type, disorder type and hierarchy rank (1 highest)."""

    name: Phrase
    event_type: Literal[
        "Battles",
        "Protests",
        "Riots",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Strategic developments",
    ]
    disorder_type: Phrase
    rank: Annotated[int, Field(ge=1, le=99)]


Inter = Annotated[int, Field(ge=0, le=8)]  # 0: no actor


class AcledRule(Strict):
    """When an event gets an ACLED sub-event type: all given conditions must hold. Rules are
    tried in file order (ACLED's hierarchy order); the first that holds wins."""

    id: EntryId
    sub_event_type: Phrase
    codes: list[CameoCode] = []  # CAMEO code prefixes ("19" = the whole root); [] = any code
    cues: list[EntryId] = []  # cue sets of which one must occur in the sentence
    requires: list[EntryId] = []  # cue sets that must all occur (a protest for force against one)
    without: list[EntryId] = []  # cue sets that must not occur
    source_inter: list[Inter] = []  # 0 = no source
    target_inter: list[Inter] = []  # 0 = no target
    not_source_inter: list[Inter] = []
    not_target_inter: list[Inter] = []
    note: str = ""


class AcledFatalityCues(Strict):
    killed: Names = Names()
    injured: Names = Names()
    one: Names = Names()  # a singular noun for a person right after a killed word: one dead
    two: Names = Names()  # a dual noun for persons (Arabic جنديين): two dead
    singular: Names = Names()  # right before a killed word, one dead: a soldier *was* killed


class AcledMapping(Strict):
    """The ACLED layer: sub-event types, cue word sets per language, the mapping rules and the
    words that tie a number to the killed (not the injured)."""

    sub_event_types: list[AcledSubEventType] = []
    cues: dict[EntryId, Names] = {}
    rules: list[AcledRule] = []
    fatalities: AcledFatalityCues = AcledFatalityCues()
    fatality_roots: list[CameoCode] = []  # code prefixes whose events carry the sentence's dead


class AcledCountry(Strict):
    """A country's ISO 3166 numeric code and ACLED region: the iso and region export columns."""

    code: Annotated[str, StringConstraints(pattern=r"^[A-Z0-9]{3}$")]
    iso: Annotated[int, Field(ge=0, le=999)]
    region: Phrase
