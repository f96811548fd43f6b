"""The ACLED layer scored on ACLED-style notes written for khaldun (tests/fixtures/acled): every
sub-event type of ACLED's taxonomy, in English and Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest

from khaldun.acled_score import km_between, read_notes

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
