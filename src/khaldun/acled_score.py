"""Score the ACLED layer against ACLED-style notes: each note is coded as one ACLED record (the
sentence's primary event) and compared field by field with the note's expected event type,
sub-event type, fatalities, location (its name, or coordinates within 25 km) and inter1."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .acled import primary_event
from .compiler import CompiledCodebook
from .pipeline import code_text
from .writers_acled import acled_record

FIELDS = ("event_type", "sub_event_type", "fatalities", "location", "inter1")
NEAR_KM = 25.0  # ACLED's tolerance for a location
EARTH_KM = 6371.0


@dataclass(frozen=True)
class Note:
    """One gold note: its text and the ACLED values expected for it."""

    id: str
    lang: str
    text: str
    expect: Mapping[str, object]


@dataclass(frozen=True)
class NoteResult:
    note: Note
    record: Mapping[str, object]  # the coded ACLED row ({} when nothing was coded)
    right: Mapping[str, bool]  # field -> correct


@dataclass
class AcledScore:
    """Per-field counts of correct notes, and the notes with a wrong field."""

    total: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[NoteResult] = field(default_factory=list)

    def share(self, name: str) -> float:
        return self.correct[name] / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, object]:
        return {"notes": self.total, **{name: round(self.share(name), 4) for name in FIELDS}}


def read_notes(path: Path) -> list[Note]:
    """The notes of a JSON-lines file: {"id", "lang", "text", "expect": {...}} a line."""
    notes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            notes.append(Note(data["id"], data["lang"], data["text"], data["expect"]))
    return notes


def is_notes_file(path: Path) -> bool:
    """A file of ACLED-style notes (its first record has an "expect" with a sub_event_type)."""
    with path.open(encoding="utf-8") as handle:
        first = next((line for line in handle if line.strip()), "{}")
    expect = json.loads(first).get("expect")
    return isinstance(expect, dict) and "sub_event_type" in expect


def score_lines(score: AcledScore, with_errors: bool = False) -> list[str]:
    """A readable report: per-field accuracy, then (optionally) each note with a wrong field."""
    lines = [f"{score.total} ACLED notes"]
    lines += [
        f"{name:<16} {score.share(name):6.1%}  ({score.correct[name]}/{score.total})"
        for name in FIELDS
    ]
    if with_errors:
        for miss in score.misses:
            wrong = ", ".join(name for name, ok in miss.right.items() if not ok)
            got = {name: miss.record.get(name, "") for name in FIELDS}
            lines.append(
                f"{miss.note.id}: wrong {wrong}; coded {got}; expected "
                f"{ {name: miss.note.expect[name] for name in FIELDS} }"
            )
    return lines


def code_note(book: CompiledCodebook, note: Note) -> NoteResult:
    """A note coded into its ACLED record and checked field by field."""
    assert book.acled is not None, "the codebook has no ACLED layer"
    event = primary_event(book.acled, code_text(note.text, book, lang=note.lang))
    record = acled_record(event, book.country_names) if event is not None else {}
    expect = note.expect
    right = {
        "event_type": record.get("event_type") == expect["event_type"],
        "sub_event_type": record.get("sub_event_type") == expect["sub_event_type"],
        "fatalities": record.get("fatalities", 0) == expect["fatalities"],
        "location": _same_place(record, expect),
        "inter1": record.get("inter1") == expect["inter1"],
    }
    return NoteResult(note, record, right)


def score_notes(book: CompiledCodebook, notes: Iterable[Note]) -> AcledScore:
    """Per-field accuracy of the ACLED layer on the notes."""
    score = AcledScore()
    for note in notes:
        result = code_note(book, note)
        score.total += 1
        for name, ok in result.right.items():
            score.correct[name] += ok
        if not all(result.right.values()):
            score.misses.append(result)
    return score


def _same_place(record: Mapping[str, object], expect: Mapping[str, object]) -> bool:
    """The same location: the same name, or coordinates within NEAR_KM."""
    name = str(record.get("location", ""))
    if name and name.casefold() == str(expect["location"]).casefold():
        return True
    lat, lon = record.get("latitude"), record.get("longitude")
    if not isinstance(lat, float | int) or not isinstance(lon, float | int):
        return False
    return km_between(lat, lon, float(expect["latitude"]), float(expect["longitude"])) <= NEAR_KM


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(a))
