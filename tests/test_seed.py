"""The seed story (seeds/): the events of CODING_MANUAL.md section 6, and nothing from furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from khaldun import code_document
from khaldun.check import event_key
from khaldun.models import Document

SEED = Path(__file__).parents[1] / "seeds" / "welati-news-hasakah.txt"
MEET = {f"04{d}" for d in range(7)}
DEMAND = {f"10{d}" for d in range(9)}

# (gist, acceptable (source, code, target) triples): CODING_MANUAL.md section 6
EXPECTED = [
    (
        "ex-ISIS elements fight with Turkey against the SDF",
        {("TUR", "190", "SYRREB"), ("IMGMUSISI", "190", "SYRREB")},
    ),
    ("the coalition collects information about them", {("IGOMIL", "090", "IMGMUSISI")}),
    ("joint press conference with SDF officials", {("IGOMIL", c, "SYRREB") for c in MEET}),
    ("work continues with the SDF in fighting ISIS", {("IGOMIL", "190", "IMGMUSISI")}),
    ("we will not forget the sacrifices of the SDF", {("IGOMIL", "051", "SYRREB")}),
    (
        "the coalition discusses coming tasks with the SDF",
        {("IGOMIL", "040", "SYRREB"), ("IGOMIL", "046", "SYRREB")},
    ),
    ("we withdrew our forces from the border", {("IGOMIL", "0874", "")}),
    ("factions attacked Sere Kaniye and Tal Abyad", {("SYRREB", "190", "")}),
    ("ISIS militants held in SDF prisons", {("SYRREB", "173", "IMGMUSISI")}),
    ("Bali demanded prisons to international standards", {("SYRREB", c, "") for c in DEMAND}),
]
# Events a careful reader accepts although the manual's table does not list them, and why.
ALSO_RIGHT = {
    ("SYRREB", "190", "IMGMUSISI"),  # "work continues WITH the SDF in fighting ISIS"
    ("IGOMIL", "010", "SYRREB"),  # Caggins spoke about the sacrifices of the SDF
    ("IGOMIL", "090", ""),  # "they are collecting information about these elements" (again)
}
FURNITURE = ("الشريط الإخباري", "زر الذهاب", "إغلاق", "المتحدث باسم التحالف الدولي: العمل")


@pytest.fixture(scope="module")
def seed_events(shipped):
    return code_document(Document("seed", SEED.read_text(encoding="utf-8")), shipped).events


def test_seed_finds_the_manuals_events(seed_events):
    found = {event_key(e) for e in seed_events}
    missing = [gist for gist, accepted in EXPECTED if not accepted & found]
    assert len(missing) <= 2, f"missing: {missing}; found: {sorted(found)}"


def test_seed_has_at_most_three_wrong_events(seed_events):
    right = set().union(*(accepted for _, accepted in EXPECTED)) | ALSO_RIGHT
    wrong = [
        (event_key(e), e.rule_id, e.sentence[:60]) for e in seed_events if event_key(e) not in right
    ]
    assert len(wrong) <= 3, wrong


def test_seed_furniture_and_headline_yield_nothing(seed_events):
    for event in seed_events:
        assert not any(piece in event.sentence for piece in FURNITURE), event.sentence


def test_seed_events_explain_themselves(seed_events):
    for event in seed_events:
        assert event.rule_id and event.sentence and event.trigger_text in event.sentence
        assert event.source or event.target


def test_seed_dateline_gives_the_default_place(seed_events):
    assert {e.place.name for e in seed_events if e.place} >= {"Hasakah"}
    assert all(e.place.country == "SYR" for e in seed_events if e.place)
