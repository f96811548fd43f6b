"""Write events as flat records: CSV (spreadsheet-safe by default) or JSON lines, atomically."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Protocol, TextIO

from .models import ActorRef, Event

COLUMNS = (
    "event_id",
    "doc_id",
    "sentence_id",
    "date",
    "date_precision",
    "lang",
    "source_code",
    "source_name",
    "source_text",
    "source_inter",
    "target_code",
    "target_name",
    "target_text",
    "target_inter",
    "code",
    "code_name",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "acled_event_type",
    "acled_sub_event_type",
    "interaction",
    "location",
    "admin1",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "rule_id",
    "pattern",
    "trigger",
    "sentence",
)
NUMERIC = frozenset(
    {
        "date_precision",
        "source_inter",
        "target_inter",
        "quad_class",
        "goldstein",
        "interaction",
        "latitude",
        "longitude",
        "geo_precision",
        "fatalities",
    }
)
TEXT_POSITIONS = tuple(i for i, column in enumerate(COLUMNS) if column not in NUMERIC)
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "jsonl", "acled", "phoenix", "parquet")


def event_id(event: Event) -> str:
    """A stable id: the same event of the same sentence gets the same id on every run."""
    key = "|".join(
        (
            event.doc_id,
            str(event.sentence_index),
            str(event.trigger_start),
            event.rule_id,
            event.source.code if event.source else "",
            event.code,
            event.target.code if event.target else "",
        )
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _interaction(source: ActorRef | None, target: ActorRef | None) -> int | None:
    """ACLED interaction: the two inter codes, lower first; one actor alone gives X0."""
    inters = sorted(a.inter for a in (source, target) if a is not None and a.inter is not None)
    if not inters:
        return None
    return int(f"{inters[0]}{inters[1] if len(inters) > 1 else 0}")


def event_record(event: Event) -> dict[str, object]:
    """The flat record of an event (CSV columns = JSON keys)."""
    source, target, place = event.source, event.target, event.place
    return {
        "event_id": event_id(event),
        "doc_id": event.doc_id,
        "sentence_id": event.sentence_id,
        "date": event.date.isoformat() if event.date else "",
        "date_precision": event.date_precision,
        "lang": event.lang,
        "source_code": source.code if source else "",
        "source_name": source.name if source else "",
        "source_text": event.source_text,
        "source_inter": source.inter if source else None,
        "target_code": target.code if target else "",
        "target_name": target.name if target else "",
        "target_text": event.target_text,
        "target_inter": target.inter if target else None,
        "code": event.code,
        "code_name": event.code_name,
        "root": event.root,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover": event.plover,
        "acled_event_type": event.acled_event_type,
        "acled_sub_event_type": event.acled_sub_event_type,
        "interaction": _interaction(source, target),
        "location": place.name if place else "",
        "admin1": place.admin1 if place else "",
        "country": place.country if place else "",
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": place.precision if place else None,
        "fatalities": event.fatalities,
        "rule_id": event.rule_id,
        "pattern": event.pattern,
        "trigger": event.trigger_text,
        "sentence": event.sentence,
    }


def neutralise(value: str) -> str:
    """Keep a spreadsheet from evaluating text as a formula (OWASP CSV injection)."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


class EventWriter(Protocol):
    def write(self, event: Event) -> None: ...

    def close(self) -> None: ...


class CsvEventWriter:
    """CSV with a header row; text cells that could start a formula are prefixed with '."""

    def __init__(self, stream: TextIO, safe: bool = True, header: bool = True) -> None:
        self._writer = csv.writer(stream, lineterminator="\n")
        if header:
            self._writer.writerow(COLUMNS)
        self._safe = safe

    def write(self, event: Event) -> None:
        row = ["" if v is None else v for v in event_record(event).values()]  # in COLUMNS order
        if self._safe:
            for i in TEXT_POSITIONS:
                cell = row[i]  # text cells are str ("" for None)
                if isinstance(cell, str) and cell.startswith(FORMULA_PREFIXES):
                    row[i] = neutralise(cell)
        self._writer.writerow(row)

    def close(self) -> None:
        return None


class JsonlEventWriter:
    """One JSON object per event and line, UTF-8 kept readable."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, event: Event) -> None:
        self._stream.write(json.dumps(event_record(event), ensure_ascii=False) + "\n")

    def close(self) -> None:
        return None


def make_writer(
    fmt: str,
    stream: TextIO | None,
    safe_csv: bool = True,
    country_names: Mapping[str, str] | None = None,
    output: Path | None = None,
    header: bool = True,
) -> EventWriter:
    """A writer for ``fmt`` on ``stream`` (Parquet writes its own file at ``output``); without
    its ``header`` row, it writes a part of a file whose header is already written."""
    if fmt == "parquet":
        from .writers_parquet import ParquetEventWriter

        if output is None:
            raise ValueError("the parquet format needs an output file")
        return ParquetEventWriter(output)
    if stream is None:
        raise ValueError(f"the {fmt} format needs an output stream")
    if fmt in ("acled", "phoenix"):
        from .writers_acled import AcledWriter, PhoenixWriter

        if fmt == "acled":
            return AcledWriter(stream, safe_csv, country_names or {}, header)
        return PhoenixWriter(stream)
    if fmt == "csv":
        return CsvEventWriter(stream, safe_csv, header)
    if fmt == "jsonl":
        return JsonlEventWriter(stream)
    raise ValueError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")


def rendered(
    fmt: str, safe_csv: bool, country_names: Mapping[str, str], events: Iterable[Event]
) -> str:
    """The events as ``fmt`` text with no header, as its writer writes them: a worker process
    hands a document's events back so, and the parent only copies the text out."""
    buffer = io.StringIO()
    writer = make_writer(fmt, buffer, safe_csv, country_names, header=False)
    for event in events:
        writer.write(event)
    writer.close()
    return buffer.getvalue()


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[TextIO]:
    """Write to a temporary file beside ``path`` and rename it into place only on success."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
