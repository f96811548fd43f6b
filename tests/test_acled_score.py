"""The ACLED layer scored on ACLED-style notes written for khaldun (tests/fixtures/acled): every
sub-event type of ACLED's taxonomy, in English and Arabic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khaldun.acled_score import km_between, read_notes, score_notes

NOTES = Path(__file__).parent / "fixtures" / "acled" / "notes.jsonl"


def test_notes_cover_every_sub_event_type_in_both_languages(shipped):
    notes = read_notes(NOTES)
    names = set(shipped.acled.types)
    assert len(names) == 25
    for lang in ("en", "ar"):
        covered = {n.expect["sub_event_type"] for n in notes if n.lang == lang}
        assert names <= covered, sorted(names - covered)


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [((36.20, 37.16), (36.20, 37.16), 0.0), ((36.0, 37.0), (37.0, 37.0), 111.2)],
)
def test_km_between(a, b, km):
    assert km_between(*a, *b) == pytest.approx(km, abs=0.1)


# Floors on our own notes (the targets on real ACLED notes: event_type 0.85,
# sub_event_type 0.70, fatalities 0.90, location 0.80, inter1 0.75); the misses below the
# targets are sentences the action rules do not code at all (see the closing note).
FLOORS = {
    "event_type": 0.80,
    "sub_event_type": 0.75,
    "fatalities": 0.90,
    "location": 0.75,
    "inter1": 0.65,
}


def test_acled_layer_scores_on_our_notes(shipped):
    score = score_notes(shipped, read_notes(NOTES))
    assert score.total == 60
    figures = score.as_dict()
    assert all(figures[name] >= floor for name, floor in FLOORS.items()), figures


def test_evaluate_command_scores_acled_notes():
    from typer.testing import CliRunner

    from khaldun.cli import app

    result = CliRunner().invoke(app, ["evaluate", str(NOTES), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["notes"] == 60 and set(FLOORS) <= set(figures)
