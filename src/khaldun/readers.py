"""Read documents from files, folders and stdin: .txt (one story), .jsonl (one a line), .csv.

Every input is accounted for: what cannot be read is yielded as an :class:`InputProblem`
(the run goes on); what is read with repairs (broken UTF-8) is yielded too, as a warning,
before the document.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .models import Document

TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
KNOWN_KEYS = frozenset({"id", "text", "date", "lang", "title", "source", "url"})
MAX_DOCUMENT_CHARS = 1_000_000  # a longer input is coded in parts (bounded memory per part)
_DATE_RE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})")


@dataclass(frozen=True, slots=True)
class InputProblem:
    """Something about the input worth telling: a skipped input (``fatal``) or a repair."""

    path: str
    reason: str
    line: int | None = None
    doc_id: str = ""
    fatal: bool = True

    def to_record(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "id": self.doc_id,
            "reason": self.reason,
            "skipped": self.fatal,
        }


Item = Document | InputProblem


@dataclass(frozen=True)
class ReadOptions:
    """Defaults for documents that do not say: story date and language."""

    default_date: date | None = None
    default_lang: str | None = None  # None: detect from the script


def parse_date(value: object) -> date | None:
    """``2019-11-04``, ``20191104`` or an ISO timestamp -> a date; anything else -> None."""
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return None
    match = _DATE_RE.match(value)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def read_documents(
    paths: Iterable[str], options: ReadOptions = ReadOptions(), stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Documents (and problems) from every path, in order; folders are walked recursively."""
    for raw in paths:
        if raw == "-":
            yield from _read_stream(stdin or sys.stdin.buffer, "<stdin>", options)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_folder(path, options)
        elif path.is_file():
            yield from _read_file(path, path.name, options)
        elif path.exists():
            yield InputProblem(raw, "not a regular file or folder")
        else:
            yield InputProblem(raw, "no such file or folder")


def _read_folder(root: Path, options: ReadOptions) -> Iterator[Item]:
    problems: list[InputProblem] = []

    def on_error(error: OSError) -> None:
        problems.append(
            InputProblem(str(error.filename or root), f"cannot read folder: {error.strerror}")
        )

    for folder, dirs, files in os.walk(root, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from problems
        problems.clear()
        for name in sorted(files):
            path = Path(folder) / name
            suffix = path.suffix.lower()
            if name.startswith(".") or suffix not in TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES:
                continue
            yield from _read_file(path, path.relative_to(root).as_posix(), options)
    yield from problems


def _read_file(path: Path, doc_id: str, options: ReadOptions) -> Iterator[Item]:
    suffix = path.suffix.lower()
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputProblem(str(path), f"cannot open: {exc.strerror or exc}")
        return
    with handle:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(handle, str(path), options)
        elif suffix in CSV_SUFFIXES:
            yield from _read_csv(handle, str(path), options)
        else:
            yield from _read_text(handle, str(path), doc_id, options)


def _read_stream(stream: BinaryIO, name: str, options: ReadOptions) -> Iterator[Item]:
    """stdin: JSON lines when the first non-blank byte is ``{``, else one text document."""
    try:
        buffered = io.BufferedReader(stream) if not hasattr(stream, "peek") else stream
        head = buffered.peek(64)[:64].lstrip()
    except (OSError, ValueError) as exc:  # closed or unreadable stdin
        yield InputProblem(name, f"cannot read: {exc}")
        return
    if head.startswith(b"{"):
        yield from _read_jsonl(buffered, name, options)
    else:
        yield from _read_text(buffered, name, "stdin", options)


def _decode(data: bytes) -> tuple[str, str]:
    """Text of ``data`` and a note on any repair made ("" when the bytes were clean UTF-8)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), ""
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        return (
            data.decode("utf-8-sig", errors="replace"),
            f"invalid UTF-8 at byte {exc.start}; bad bytes replaced with U+FFFD",
        )


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in sample


def _read_text(handle: BinaryIO, name: str, doc_id: str, options: ReadOptions) -> Iterator[Item]:
    try:
        data = handle.read()
    except OSError as exc:
        yield InputProblem(name, f"cannot read: {exc.strerror or exc}", doc_id=doc_id)
        return
    if _looks_binary(data):
        yield InputProblem(name, "binary file (NUL bytes), not text", doc_id=doc_id)
        return
    text, repair = _decode(data)
    if repair:
        yield InputProblem(name, repair, doc_id=doc_id, fatal=False)
    yield from _parts(Document(doc_id, text, options.default_date, options.default_lang), name)


@dataclass
class _FileState:
    """Per-file memory: ids seen so far, and whether unknown keys were already reported."""

    seen: set[str]
    unknown_reported: bool = False


def _read_jsonl(handle: BinaryIO, name: str, options: ReadOptions) -> Iterator[Item]:
    state = _FileState(set())
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        line, repair = _decode(raw)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(name, f"invalid JSON: {exc.msg}", line=number)
            continue
        if repair:
            yield InputProblem(name, repair, line=number, fatal=False)
        yield from _record_document(record, name, number, state, options)


def _read_csv(handle: BinaryIO, name: str, options: ReadOptions) -> Iterator[Item]:
    text, repair = _decode(handle.read())
    if repair:
        yield InputProblem(name, repair, fatal=False)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield InputProblem(name, "CSV has no 'text' column")
        return
    state = _FileState(set())
    for record in reader:
        yield from _record_document(record, name, reader.line_num, state, options)


def _record_document(
    record: object, name: str, line: int, state: _FileState, options: ReadOptions
) -> Iterator[Item]:
    """A JSONL object or CSV row as a document (or the reason it cannot be one)."""
    if not isinstance(record, dict):
        yield InputProblem(name, "record is not a JSON object", line=line)
        return
    doc_id = record.get("id")
    doc_id = str(doc_id) if doc_id not in (None, "") else f"{Path(name).name}:{line}"
    text = record.get("text")
    if not isinstance(text, str):
        reason = "missing 'text'" if text is None else "'text' is not a string"
        yield InputProblem(name, reason, line=line, doc_id=doc_id)
        return
    if doc_id in state.seen:
        yield InputProblem(
            name, f"duplicate id '{doc_id}' (coded again)", line=line, doc_id=doc_id, fatal=False
        )
    state.seen.add(doc_id)
    unknown = sorted(set(record) - KNOWN_KEYS)
    if unknown and not state.unknown_reported:
        state.unknown_reported = True
        yield InputProblem(
            name,
            f"unknown keys ignored: {', '.join(map(str, unknown))}",
            line=line,
            doc_id=doc_id,
            fatal=False,
        )
    lang = record.get("lang") if record.get("lang") in ("ar", "en") else options.default_lang
    day = parse_date(record.get("date")) or options.default_date
    doc = Document(
        doc_id, text, day, lang, *(str(record.get(k) or "") for k in ("title", "source", "url"))
    )
    yield from _parts(doc, name, line)


def _parts(doc: Document, name: str, line: int | None = None) -> Iterator[Item]:
    """A document as it is, or an enormous one (a dump, a scrape gone wrong) in parts of at
    most MAX_DOCUMENT_CHARS, cut at line or word ends, ids ``id#2``, ``id#3`` ... - so that no
    input holds more than a bounded amount of work and memory at once."""
    text = doc.text
    if len(text) <= MAX_DOCUMENT_CHARS:
        yield doc
        return
    starts = [0]
    while len(text) - starts[-1] > MAX_DOCUMENT_CHARS:
        limit = starts[-1] + MAX_DOCUMENT_CHARS
        cut = max(text.rfind("\n", starts[-1], limit), text.rfind(" ", starts[-1], limit))
        starts.append(cut + 1 if cut > starts[-1] else limit)
    yield InputProblem(
        name,
        f"document of {len(text):,} characters coded in {len(starts)} parts",
        line=line,
        doc_id=doc.id,
        fatal=False,
    )
    for number, (start, end) in enumerate(zip(starts, [*starts[1:], len(text)], strict=True)):
        part_id = doc.id if number == 0 else f"{doc.id}#{number + 1}"
        yield replace(doc, id=part_id, text=text[start:end])
