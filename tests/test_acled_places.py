"""ACLED places: an event near a town is placed at the town with geo_precision 2."""

from __future__ import annotations

import pytest

from khaldun.acled import primary_event
from khaldun.pipeline import code_text

NEAR = [
    ("en", "Turkish drones struck an SDF checkpoint near Ain Issa.", "Ain Issa", 2),
    ("ar", "قصفت القوات التركية مواقع لقسد قرب عين عيسى.", "Ain Issa", 2),
    ("ar", "استهدفت طائرة مسيرة تركية حاجزا لقسد بالقرب من عين عيسى.", "Ain Issa", 2),
    ("en", "An IED exploded outside Kirkuk, killing a policeman.", "Kirkuk", 2),
    (
        "ar",
        "انفجرت عبوة ناسفة بدورية للشرطة العراقية في محيط كركوك ما أدى إلى مقتل شرطي.",
        "Kirkuk",
        2,
    ),
    ("en", "ISIS militants attacked an army post on the outskirts of Kirkuk.", "Kirkuk", 2),
    ("en", "Turkish drones struck an SDF checkpoint in Ain Issa.", "Ain Issa", 1),
    ("ar", "انفجرت عبوة ناسفة بدورية للشرطة العراقية في كركوك ما أدى إلى مقتل شرطي.", "Kirkuk", 1),
]


@pytest.mark.parametrize(("lang", "text", "name", "precision"), NEAR)
def test_near_a_town_is_precision_2(shipped, lang, text, name, precision):
    event = primary_event(shipped.acled, code_text(text, shipped, lang=lang))
    assert event is not None and event.place is not None
    assert event.place.name == name
    assert event.place.precision == precision
