"""Wire-service and ACLED-style report shapes on the shipped codebook: two sides clashing,
fighting breaking out between them. English and Arabic rows side by side; an Arabic row that
does not code right yet is marked xfail with the reason."""

from __future__ import annotations

import pytest

from conftest import keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two joined sides that clash: one event each way, with or without "with"
        (
            "The Yemeni army and the Houthis clashed near Marib on Sunday.",
            [("YEMMIL", "190", "YEMREB"), ("YEMREB", "190", "YEMMIL")],
        ),
        (
            "اشتبك الجيش اليمني والحوثيون قرب مأرب يوم الأحد",
            [("YEMMIL", "190", "YEMREB"), ("YEMREB", "190", "YEMMIL")],
        ),
        # fighting that broke out between two sides
        (
            "Fighting broke out on Friday between the Libyan army and Islamic State militants.",
            [("IMGMUSISI", "190", "LBYMIL"), ("LBYMIL", "190", "IMGMUSISI")],
        ),
        (
            "اندلعت اشتباكات يوم الجمعة بين الجيش الليبي ومسلحي داعش",
            [("IMGMUSISI", "190", "LBYMIL"), ("LBYMIL", "190", "IMGMUSISI")],
        ),
        # a clash of words is no fighting
        ("The two sides clashed over the budget.", []),
    ],
)
def test_two_sides_clashing_code_both_ways(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)
