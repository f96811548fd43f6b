"""Output records: columns, CSV safety, JSON lines, stable ids, atomic files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from khaldun.pipeline import code_text
from khaldun.writers import COLUMNS, atomic_output, event_id, event_record, make_writer, neutralise

ARCHITECTURE = Path(__file__).parents[1] / "docs" / "architecture.md"


def _architecture_columns() -> list[str]:
    """The native columns as docs/architecture.md lists them (its "Output record" section)."""
    section = ARCHITECTURE.read_text(encoding="utf-8").split("## Output record")[1]
    listing = section.split("`")[1]
    return [c.strip() for c in listing.split(",")]


def test_columns_include_the_architecture_columns_in_order():
    columns = _architecture_columns()
    assert len(columns) >= 30
    positions = [COLUMNS.index(c) for c in columns]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    "text",
    ["Turkish troops attacked the SDF in Hasakah.", "هاجمت القوات التركية مواقع قسد في الحسكة"],
)
def test_event_record(mini, text):
    [event] = code_text(text, mini)
    record = event_record(event)
    assert list(record) == list(COLUMNS)
    assert (record["source_code"], record["code"], record["target_code"]) == (
        "TURMIL",
        "190",
        "SYRREB",
    )
    assert record["root"] == "19" and record["quad_class"] == 4 and record["plover"] == "ASSAULT"
    assert record["interaction"] == 12
    assert record["location"] == "Hasakah" and record["latitude"] == 36.5
    assert record["rule_id"] == "t.attack" and record["sentence"] == text


def test_event_id_is_stable_and_distinct(mini):
    text = "Turkish troops attacked the SDF. Russian troops attacked ISIS."
    first = [event_id(e) for e in code_text(text, mini)]
    again = [event_id(e) for e in code_text(text, mini)]
    assert first == again and len(set(first)) == 2


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+90", "'+90"),
        ("-x", "'-x"),
        ("@SUM", "'@SUM"),
        ("\tx", "'\tx"),
        ("قسد", "قسد"),
    ],
)
def test_neutralise(value, safe):
    assert neutralise(value) == safe


def test_csv_neutralises_text_but_not_numbers(mini):
    [event] = code_text("=cmd|' /C calc'!A0 Turkish troops attacked the SDF.", mini)
    stream = io.StringIO()
    make_writer("csv", stream).write(event)
    row = next(csv.DictReader(io.StringIO(stream.getvalue())))
    assert row["sentence"].startswith("'=")
    assert row["goldstein"] == "-10.0"
    unsafe = io.StringIO()
    make_writer("csv", unsafe, safe_csv=False).write(event)
    assert next(csv.DictReader(io.StringIO(unsafe.getvalue())))["sentence"].startswith("=")


def test_jsonl_keeps_arabic_readable(mini):
    [event] = code_text("هاجمت القوات التركية مواقع قسد", mini)
    stream = io.StringIO()
    make_writer("jsonl", stream).write(event)
    record = json.loads(stream.getvalue())
    assert record["source_text"] == "القوات التركية" and "\\u" not in stream.getvalue()


def test_atomic_output_leaves_the_old_file_when_interrupted(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("good\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(path) as stream:
        stream.write("half")
        raise RuntimeError("interrupted")
    assert path.read_text(encoding="utf-8") == "good\n"
    assert list(tmp_path.iterdir()) == [path]
    with atomic_output(path) as stream:
        stream.write("new\n")
    assert path.read_text(encoding="utf-8") == "new\n"


def test_record_keys_are_the_csv_columns_in_order(shipped):
    """The CSV writer writes a record's values in key order: they must be the columns."""
    for text, lang in [("Turkish troops attacked the SDF.", "en"), ("هاجمت تركيا قسد.", "ar")]:
        (event, *_) = code_text(text, shipped, lang=lang)
        assert tuple(event_record(event)) == COLUMNS
