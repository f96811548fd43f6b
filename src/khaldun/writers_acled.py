"""ACLED- and Phoenix-shaped output: ACLED's 31 export columns in ACLED's order (one row per
sentence and sub-event type), and the 26 tab-separated, header-less columns of the Phoenix daily
files."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from typing import TextIO

from .acled import CIVILIANS, PROTESTERS, RIOTERS, UNIDENTIFIED
from .models import ActorRef, Event
from .writers import _interaction, event_id, neutralise

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
ACLED_TEXT = frozenset(
    {"actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "notes", "source", "location", "admin1"}
)
PHOENIX_COLUMNS = (
    "EventID",
    "Date",
    "Year",
    "Month",
    "Day",
    "SourceActorFull",
    "SourceActorEntity",
    "SourceActorRole",
    "SourceActorAttribute",
    "TargetActorFull",
    "TargetActorEntity",
    "TargetActorRole",
    "TargetActorAttribute",
    "EventCode",
    "EventRootCode",
    "PentaClass",
    "GoldsteinScore",
    "Issues",
    "Lat",
    "Lon",
    "LocationName",
    "StateName",
    "CountryCode",
    "SentenceID",
    "URLs",
    "NewsSources",
)
PHOENIX_ROLES = (
    "GOV",
    "MIL",
    "REB",
    "OPP",
    "PTY",
    "COP",
    "JUD",
    "SPY",
    "MED",
    "EDU",
    "BUS",
    "CRM",
    "CVL",
)
CROWDS = {"Protests": PROTESTERS, "Riots": RIOTERS}  # the crowd is actor 1 of its event
UNIDENTIFIED_GROUP = "Unidentified Armed Group"
UNIDENTIFIED_PERPETRATOR = frozenset({"Explosions/Remote violence", "Violence against civilians"})


def event_id_cnty(event: Event) -> str:
    """ACLED-style id: the country's three letters and a number drawn from the stable event id."""
    country = event.place.country if event.place else ""
    if not country:
        actor = event.source or event.target
        country = actor.code[:3] if actor and len(actor.code) >= 3 else "XXX"
    return f"{country}{int(event_id(event)[:8], 16) % 100_000_000}"


def acled_actors(
    event: Event, country_names: Mapping[str, str]
) -> tuple[ActorRef | None, ActorRef | None]:
    """Actor 1 and actor 2 as ACLED orders them: civilians are always actor 2, protesters are
    actor 1 of a protest and rioters of a riot; an explosion or an attack on civilians by no
    named actor is by an "Unidentified Armed Group (Country)" (inter 3), ACLED's name for an
    unknown perpetrator."""
    actor1, actor2 = _in_acled_order(event.source, event.target, event.acled_event_type)
    country = event.place.country if event.place else ""
    where = country_names.get(country, country)
    if actor1 is None and event.acled_event_type in UNIDENTIFIED_PERPETRATOR:
        actor1 = ActorRef(
            f"{country}UAF" if country else "UAF", UNIDENTIFIED_GROUP, UNIDENTIFIED, ""
        )
    return _of_country(actor1, where), _of_country(actor2, where)


def _in_acled_order(
    source: ActorRef | None, target: ActorRef | None, event_type: str
) -> tuple[ActorRef | None, ActorRef | None]:
    """Source and target as actors 1 and 2: civilians second, the crowd of its event first.
    Never ``a, b = b, a`` on a name narrowed to not None: mypyc miscompiles it (benchmarks/)."""
    civilians_first = source is not None and source.inter == CIVILIANS and target is not None
    actor1, actor2 = (target, source) if civilians_first else (source, target)
    crowd = CROWDS.get(event_type)
    if crowd is not None and actor2 is not None and actor2.inter == crowd:
        return actor2, actor1
    return actor1, actor2


def _of_country(actor: ActorRef | None, where: str) -> ActorRef | None:
    """ "Unidentified Armed Group" named for the event's country, as ACLED names it."""
    if actor is None or actor.name != UNIDENTIFIED_GROUP or not where:
        return actor
    return actor.copy(name=f"{UNIDENTIFIED_GROUP} ({where})")


def acled_record(event: Event, country_names: Mapping[str, str]) -> dict[str, object]:
    """An event as one row of an ACLED export (actors in ACLED's order: ``acled_actors``)."""
    actor1, actor2 = acled_actors(event, country_names)
    civilians = any(a is not None and a.inter == CIVILIANS for a in (actor1, actor2))
    place = event.place
    country = place.country if place else ""
    return {
        "event_id_cnty": event_id_cnty(event),
        "event_date": event.date.isoformat() if event.date else "",
        "year": event.date.year if event.date else "",
        "time_precision": event.date_precision or (1 if event.date else ""),
        "disorder_type": event.acled_disorder_type,
        "event_type": event.acled_event_type,
        "sub_event_type": event.acled_sub_event_type,
        "actor1": _name(actor1),
        "assoc_actor_1": "",
        "inter1": _inter(actor1),
        "actor2": _name(actor2),
        "assoc_actor_2": "",
        "inter2": _inter(actor2),
        "interaction": _interaction(actor1, actor2) or "",
        "civilian_targeting": "Civilians targeted" if civilians else "",
        "iso": place.iso if place and place.iso is not None else "",
        "region": place.region if place else "",
        "country": country_names.get(country, country),
        "admin1": place.admin1 if place else "",
        "admin2": "",
        "admin3": "",
        "location": place.name if place else "",
        "latitude": place.lat if place else "",
        "longitude": place.lon if place else "",
        "geo_precision": place.precision if place else "",
        "source": event.doc_source,
        "source_scale": "",
        "notes": event.sentence,
        "fatalities": event.fatalities or 0,
        "tags": "",
        "timestamp": "",
    }


def _name(actor: ActorRef | None) -> str:
    return actor.name if actor else ""


def _inter(actor: ActorRef | None) -> object:
    return actor.inter if actor is not None and actor.inter is not None else ""


class AcledWriter:
    """ACLED's export columns with a header; only events with an ACLED type are written, one
    row per sentence and sub-event type (``sentence_records``)."""

    def __init__(
        self, stream: TextIO, safe: bool = True, country_names=None, header: bool = True
    ) -> None:
        self._writer = csv.DictWriter(stream, fieldnames=ACLED_COLUMNS, lineterminator="\n")
        if header:
            self._writer.writeheader()
        self._safe = safe
        self._names: Mapping[str, str] = country_names or {}
        self._sentence: list[Event] = []  # the typed events of the sentence being written
        self.skipped = 0

    def write(self, event: Event) -> None:
        if not event.acled_event_type:
            self.skipped += 1
            return
        if self._sentence and self._sentence[0].sentence_id != event.sentence_id:
            self._flush()
        self._sentence.append(event)

    def close(self) -> None:
        self._flush()

    def _flush(self) -> None:
        for row in sentence_records(self._sentence, self._names):
            if self._safe:
                row = {
                    k: neutralise(v) if k in ACLED_TEXT and isinstance(v, str) else v
                    for k, v in row.items()
                }
            self._writer.writerow(row)
        self._sentence = []


def sentence_records(
    events: Sequence[Event], country_names: Mapping[str, str]
) -> list[dict[str, object]]:
    """The ACLED rows of one sentence's typed events. ACLED codes one event per report: one row
    per sub-event type, with the actors of its event that carries the sentence's fatalities (or
    its first), the other events' actors as associated actors ("; " between names)."""
    by_type: dict[str, list[Event]] = {}
    for event in events:
        by_type.setdefault(event.acled_sub_event_type, []).append(event)
    rows = []
    for group in by_type.values():
        main = next((e for e in group if e.fatalities), group[0])
        row = acled_record(main, country_names)
        named = {row["actor1"], row["actor2"], ""}
        for column, side in (("assoc_actor_1", 0), ("assoc_actor_2", 1)):
            others = [_name(acled_actors(e, country_names)[side]) for e in group if e is not main]
            fresh = [n for n in dict.fromkeys(others) if n not in named]
            row[column] = "; ".join(fresh)
            named.update(fresh)
        rows.append(row)
    return rows


def penta_class(root: str) -> int:
    """Phoenix PentaClass: 0 roots 01-02, 1 03-05, 2 06-08, 3 09-13 and 16, 4 14-15, 17-20."""
    n = int(root) if root.isdigit() else 0
    if n <= 2:
        return 0
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    if n <= 13 or n == 16:
        return 3
    return 4


def split_actor(code: str) -> tuple[str, str, str, str]:
    """(full, entity, role, attributes) of a CAMEO actor code, as Phoenix splits it."""
    blocks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if not blocks:
        return "", "", "", ""
    entity, rest = blocks[0], blocks[1:]
    role = next((b for b in rest if b in PHOENIX_ROLES), "")
    if role:
        rest.remove(role)
    return code, entity, role, ";".join(rest)


def phoenix_row(event: Event) -> list[object]:
    day, place = event.date, event.place
    source = split_actor(event.source.code if event.source else "")
    target = split_actor(event.target.code if event.target else "")
    return [
        event_id(event),
        day.strftime("%Y%m%d") if day else "",
        day.year if day else "",
        day.month if day else "",
        day.day if day else "",
        *source,
        *target,
        event.code,
        event.root,
        penta_class(event.root),
        event.goldstein,
        "",
        place.lat if place else "",
        place.lon if place else "",
        place.name if place else "",
        place.admin1 if place else "",
        place.country if place else "",
        event.sentence_id,
        "",
        event.doc_source,
    ]


class PhoenixWriter:
    """Phoenix daily-file rows: tab-separated, no header; tabs and newlines in cells are spaces."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, event: Event) -> None:
        cells = (
            str(v).replace("\t", " ").replace("\n", " ").replace("\r", " ")
            for v in phoenix_row(event)
        )
        self._stream.write("\t".join(cells) + "\n")

    def close(self) -> None:
        return None
