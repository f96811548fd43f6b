"""Runtime records that flow through the pipeline: documents, sentences, tokens, spans, events."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date
from itertools import repeat
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

R = TypeVar("R", bound=tuple)  # a NamedTuple record


def remade_by_fields(record: Any) -> tuple[type, tuple[object, ...]]:
    """How to pickle a frozen dataclass: the call that makes it again (its class and its init
    fields). The compiled build (mypyc) cannot unpickle one by setting its attributes."""
    return type(record), tuple(getattr(record, f.name) for f in fields(record) if f.init)


@dataclass(frozen=True, slots=True)
class Document:
    """One input document (a news story)."""

    id: str
    text: str
    date: date | None = None
    lang: str | None = None  # "ar" | "en" | None (detect)
    title: str = ""
    source: str = ""
    url: str = ""

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return remade_by_fields(self)


def records(kind: type[R], rows: Iterable[tuple[Any, ...]]) -> list[R]:
    """NamedTuple records of ``kind`` from rows of their fields, in field order: at half the
    cost of calling ``kind`` per row (a NamedTuple's constructor is Python code that calls
    ``tuple.__new__``; here the rows go to it directly). For the records made for every token
    and every form of every sentence."""
    return list(map(tuple.__new__, repeat(kind), rows))


class Token(NamedTuple):
    """One token: made for every word of every sentence, so a NamedTuple (cheap to build)."""

    text: str
    norm: str
    start: int  # character offsets into the document text
    end: int


class Sentence:
    """One sentence of a document. Read-only; made for every sentence, so a plain class (a
    frozen dataclass's ``__init__`` stays interpreted, and slow, in the compiled build), with
    the equality, hash and repr of a record."""

    __slots__ = ("doc_id", "end", "index", "start", "text")

    def __init__(self, doc_id: str, index: int, text: str, start: int, end: int) -> None:
        self.doc_id = doc_id
        self.index = index
        self.text = text
        self.start = start  # character offsets into the document text
        self.end = end

    def _fields(self) -> tuple[str, int, str, int, int]:
        return self.doc_id, self.index, self.text, self.start, self.end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sentence) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Sentence(doc_id={self.doc_id!r}, index={self.index!r}, text={self.text!r}, "
            f"start={self.start!r}, end={self.end!r})"
        )


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A resolved actor: code, canonical name, ACLED inter type and the codebook entries used."""

    code: str
    name: str
    inter: int | None
    entry: str  # entry ids joined by "+", e.g. "country:TUR+agent:military"
    roles: frozenset[str] = frozenset()
    also: tuple[str, ...] = ()  # further codes of a group actor: one event per code

    @property
    def bare_role(self) -> bool:
        """A role noun alone (troops, the ambassador): no country or group composed with it."""
        return self.entry.startswith("agent:") and "+" not in self.entry

    @property
    def bare_people(self) -> bool:
        """A people alone (the Syrians, السوريون): no role composed with it."""
        return self.entry.startswith("people:") and "+" not in self.entry

    @property
    def unowned(self) -> bool:
        """A role or people noun alone (troops, the ambassador, civilians): whose, the text
        does not say."""
        return self.bare_role or self.bare_people

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return remade_by_fields(self)


@dataclass(frozen=True, slots=True)
class ActorSpan:
    """An actor found in a sentence: token range [start, end) and what it refers to."""

    start: int
    end: int
    actor: ActorRef
    conjoined: bool = False  # written with a conjunction clitic, as in "وقسد"
    governed: bool = False  # written with a preposition clitic (للجيش، بالقوات): no verb's subject


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    precision: int  # 1 town, 2 district / near a town, 3 province or country
    iso: int | None = None  # ISO 3166 numeric code of the country (ACLED layer)
    region: str = ""  # ACLED region of the country (ACLED layer)

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return remade_by_fields(self)


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, with everything needed to explain it."""

    doc_id: str
    sentence_index: int
    lang: str
    date: date | None
    source: ActorRef | None
    target: ActorRef | None
    code: str
    code_name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str
    rule_id: str
    pattern: str
    sentence: str
    source_text: str = ""
    target_text: str = ""
    trigger_text: str = ""
    trigger_start: int = 0  # character offset of the trigger in the sentence
    source_how: str = ""  # "" (found in text), "speaker" (reported speech), "default"
    place: Place | None = None
    date_precision: int | None = None  # 1 day, 2 week, 3 month (ACLED time_precision)
    fatalities: int | None = None
    acled_event_type: str = ""
    acled_sub_event_type: str = ""
    acled_disorder_type: str = ""
    doc_source: str = ""  # the document's source (news outlet), for ACLED / Phoenix output

    @property
    def sentence_id(self) -> str:
        return f"{self.doc_id}:{self.sentence_index}"

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return remade_by_fields(self)


EVENT_FIELDS = tuple(f.name for f in fields(Event))
_EVENT_VALUES = attrgetter(*EVENT_FIELDS)
_EVENT_FIELD_INDEX = {name: i for i, name in enumerate(EVENT_FIELDS)}


def copy_event(event: Event, **changes: Any) -> Event:
    """The event with these fields changed, as ``dataclasses.replace`` makes it, at a third of
    its cost (the fields read at once, set by position): an event is copied for every ACLED
    type, external force, place, source or count the later stages fill in."""
    values = list(_EVENT_VALUES(event))
    for name, value in changes.items():
        values[_EVENT_FIELD_INDEX[name]] = value
    return Event(*values)


VIOLENT_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence


def general_code(code: str) -> bool:
    """A CAMEO root's general code, "not specified below" (030, 190): it says less than any
    other code of its root."""
    return len(code) == 3 and code.endswith("0")
