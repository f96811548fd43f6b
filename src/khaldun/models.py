"""Runtime records that flow through the pipeline: documents, sentences, tokens, spans, events."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date
from itertools import repeat
from operator import attrgetter
from typing import Any, TypeVar

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
    ``tuple.__new__``; here the rows go to it directly). For the records made for every form
    of every sentence."""
    return list(map(tuple.__new__, repeat(kind), rows))


class Record:
    """A read-only plain class with a record's equality, hash and repr over its fields: what a
    frozen dataclass gives, for the records made too often for one (a frozen dataclass's
    ``__init__`` stays interpreted, and slow, in the compiled build)."""

    __slots__ = ()

    def _fields(self) -> tuple[Any, ...]:
        """The field values, in the order of ``__init__``'s parameters."""
        raise NotImplementedError

    def _names(self) -> tuple[str, ...]:
        """The field names, in the same order."""
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._fields() == other._fields()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        pairs = zip(self._names(), self._fields(), strict=True)
        return f"{type(self).__name__}({', '.join(f'{name}={value!r}' for name, value in pairs)})"


class Token(Record):
    """One token. Read-only; made for every word of every sentence, so a :class:`Record`:
    compiled, a native class is cheaper to build than a NamedTuple, and its fields cheaper to
    read."""

    __slots__ = ("end", "norm", "start", "text")

    def __init__(self, text: str, norm: str, start: int, end: int) -> None:
        self.text = text
        self.norm = norm
        self.start = start  # character offsets into the document text
        self.end = end

    def _fields(self) -> tuple[str, str, int, int]:
        return self.text, self.norm, self.start, self.end

    def _names(self) -> tuple[str, ...]:
        return "text", "norm", "start", "end"


class Sentence(Record):
    """One sentence of a document. Read-only; made for every sentence, so a :class:`Record`."""

    __slots__ = ("doc_id", "end", "index", "start", "text")

    def __init__(self, doc_id: str, index: int, text: str, start: int, end: int) -> None:
        self.doc_id = doc_id
        self.index = index
        self.text = text
        self.start = start  # character offsets into the document text
        self.end = end

    def _fields(self) -> tuple[str, int, str, int, int]:
        return self.doc_id, self.index, self.text, self.start, self.end

    def _names(self) -> tuple[str, ...]:
        return "doc_id", "index", "text", "start", "end"


class ActorRef(Record):
    """A resolved actor: code, canonical name, ACLED inter type and the codebook entries used.
    Read-only; made for every actor found, so a :class:`Record`; :meth:`copy` makes its
    copies."""

    __slots__ = ("also", "code", "entry", "inter", "name", "roles")

    def __init__(
        self,
        code: str,
        name: str,
        inter: int | None,
        entry: str,  # entry ids joined by "+", e.g. "country:TUR+agent:military"
        roles: frozenset[str] = frozenset(),
        also: tuple[str, ...] = (),  # further codes of a group actor: one event per code
    ) -> None:
        self.code = code
        self.name = name
        self.inter = inter
        self.entry = entry
        self.roles = roles
        self.also = also

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

    def copy(self, **changes: Any) -> ActorRef:
        """The actor with these fields changed, the rest as it is."""
        fields: dict[str, Any] = dict(zip(ACTOR_REF_FIELDS, self._fields(), strict=True))
        return ActorRef(**(fields | changes))

    def _fields(self) -> tuple[str, str, int | None, str, frozenset[str], tuple[str, ...]]:
        return self.code, self.name, self.inter, self.entry, self.roles, self.also

    def _names(self) -> tuple[str, ...]:
        return ACTOR_REF_FIELDS

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return ActorRef, self._fields()


ACTOR_REF_FIELDS = ("code", "name", "inter", "entry", "roles", "also")  # in the order of its fields


class ActorSpan(Record):
    """An actor found in a sentence: token range [start, end) and what it refers to. Read-only;
    made for every actor of every sentence that may code, so a :class:`Record`; :meth:`copy`
    makes its copies."""

    __slots__ = ("actor", "conjoined", "end", "governed", "start")

    def __init__(
        self,
        start: int,
        end: int,
        actor: ActorRef,
        conjoined: bool = False,  # written with a conjunction clitic, as in "وقسد"
        governed: bool = False,  # with a preposition clitic (للجيش، بالقوات): no verb's subject
    ) -> None:
        self.start = start
        self.end = end
        self.actor = actor
        self.conjoined = conjoined
        self.governed = governed

    def copy(self, end: int | None = None, actor: ActorRef | None = None) -> ActorSpan:
        """The span with another end or actor, the rest as it is."""
        return ActorSpan(
            self.start,
            self.end if end is None else end,
            self.actor if actor is None else actor,
            self.conjoined,
            self.governed,
        )

    def _fields(self) -> tuple[int, int, ActorRef, bool, bool]:
        return self.start, self.end, self.actor, self.conjoined, self.governed

    def _names(self) -> tuple[str, ...]:
        return "start", "end", "actor", "conjoined", "governed"


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


EVENT_FIELDS = (
    "doc_id",
    "sentence_index",
    "lang",
    "date",
    "source",
    "target",
    "code",
    "code_name",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "rule_id",
    "pattern",
    "sentence",
    "source_text",
    "target_text",
    "trigger_text",
    "trigger_start",
    "source_how",
    "place",
    "date_precision",
    "fatalities",
    "acled_event_type",
    "acled_sub_event_type",
    "acled_disorder_type",
    "doc_source",
)  # in the order of Event's fields
_EVENT_VALUES = attrgetter(*EVENT_FIELDS)
_EVENT_FIELD_INDEX = {name: i for i, name in enumerate(EVENT_FIELDS)}


class Event(Record):
    """One coded event, with everything needed to explain it. Read-only; made for every event
    and copied (:func:`copy_event`) at each later stage that fills a field in, so a
    :class:`Record`: a frozen dataclass's ``__init__`` sets its 27 fields one
    ``object.__setattr__`` at a time."""

    __slots__ = EVENT_FIELDS

    def __init__(
        self,
        doc_id: str,
        sentence_index: int,
        lang: str,
        date: date | None,
        source: ActorRef | None,
        target: ActorRef | None,
        code: str,
        code_name: str,
        root: str,
        quad_class: int,
        goldstein: float,
        plover: str,
        rule_id: str,
        pattern: str,
        sentence: str,
        source_text: str = "",
        target_text: str = "",
        trigger_text: str = "",
        trigger_start: int = 0,
        source_how: str = "",
        place: Place | None = None,
        date_precision: int | None = None,
        fatalities: int | None = None,
        acled_event_type: str = "",
        acled_sub_event_type: str = "",
        acled_disorder_type: str = "",
        doc_source: str = "",
    ) -> None:
        self.doc_id = doc_id
        self.sentence_index = sentence_index
        self.lang = lang
        self.date = date
        self.source = source
        self.target = target
        self.code = code
        self.code_name = code_name
        self.root = root
        self.quad_class = quad_class
        self.goldstein = goldstein
        self.plover = plover
        self.rule_id = rule_id
        self.pattern = pattern
        self.sentence = sentence
        self.source_text = source_text
        self.target_text = target_text
        self.trigger_text = trigger_text
        self.trigger_start = trigger_start  # character offset of the trigger in the sentence
        self.source_how = source_how  # "" (found in text), "speaker" (reported speech), "default"
        self.place = place
        self.date_precision = date_precision  # 1 day, 2 week, 3 month (ACLED time_precision)
        self.fatalities = fatalities
        self.acled_event_type = acled_event_type
        self.acled_sub_event_type = acled_sub_event_type
        self.acled_disorder_type = acled_disorder_type
        self.doc_source = doc_source  # the news outlet, for ACLED / Phoenix output

    @property
    def sentence_id(self) -> str:
        return f"{self.doc_id}:{self.sentence_index}"

    def _fields(self) -> tuple[Any, ...]:
        return _EVENT_VALUES(self)

    def _names(self) -> tuple[str, ...]:
        return EVENT_FIELDS

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return Event, self._fields()


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
