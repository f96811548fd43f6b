"""The hand-kept gazetteer input (scripts/gazetteer_aliases.tsv) reads cleanly, and the places
it adds by hand (op place) are in the generated gazetteer: the two are never out of step."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_module

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"


@pytest.fixture(scope="module")
def script():
    return load_module(SCRIPT)


def test_the_shipped_aliases_read_cleanly(script):
    hand = script.read_aliases()
    slugs = {p.slug for p in hand.new_places}
    assert len(slugs) == len(hand.new_places) > 50
    named = {gid for gid, *_ in hand.names if isinstance(gid, str)}
    assert named <= slugs  # every name of a hand-kept place has its place row


def test_every_hand_kept_place_is_generated(script):
    generated = "".join(
        path.read_text(encoding="utf-8")
        for path in (ROOT / "codebooks" / "places" / "generated").glob("*.yaml")
    )
    missing = [
        p.slug for p in script.read_aliases().new_places if f"id: {p.slug}," not in generated
    ]
    assert missing == []


@pytest.mark.parametrize(
    "value",
    [
        "SY.08 village 33.5 36.4",  # no such kind
        "SY.08 town 33.5",  # no longitude
        "SY.08 town 133.5 36.4",  # latitude out of range
    ],
)
def test_a_bad_place_row_stops_the_build(script, value):
    with pytest.raises(SystemExit):
        script.hand_place("kh-test", value, 1)


def test_a_place_row_gives_area_kind_and_point(script):
    place = script.hand_place("kh-test", "SY.08 district 33.55 36.4", 1)
    assert (place.area, place.kind, place.lat, place.lon) == ("SY.08", "district", 33.55, 36.4)
