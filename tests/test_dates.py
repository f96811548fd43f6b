"""Event dates from the sentence, resolved against the story date; Arabic and English rows."""

from __future__ import annotations

from datetime import date

import pytest

from khaldun.dates import hijri_to_gregorian
from khaldun.pipeline import code_text

STORY = date(2024, 4, 17)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("Turkish troops attacked the SDF.", STORY, 1),
        ("Turkish troops attacked the SDF yesterday.", date(2024, 4, 16), 1),
        ("هاجمت القوات التركية أمس مواقع قسد", date(2024, 4, 16), 1),
        ("هاجمت القوات التركية بالأمس مواقع قسد", date(2024, 4, 16), 1),
        ("هاجمت القوات التركية أول أمس مواقع قسد", date(2024, 4, 15), 1),
        ("Turkish troops attacked the SDF the day before yesterday.", date(2024, 4, 15), 1),
        ("هاجمت القوات التركية اليوم الاثنين مواقع قسد", STORY, 1),  # اليوم comes first
        ("Turkish troops attacked the SDF on Monday.", date(2024, 4, 15), 1),
        ("هاجمت القوات التركية يوم الأربعاء مواقع قسد", STORY, 1),
        ("Turkish troops attacked the SDF last week.", date(2024, 4, 10), 2),
        ("هاجمت القوات التركية الأسبوع الماضي مواقع قسد", date(2024, 4, 10), 2),
        ("Turkish troops attacked the SDF on 3 March 2022.", date(2022, 3, 3), 1),
        ("Turkish troops attacked the SDF on March 3, 2022.", date(2022, 3, 3), 1),
        ("هاجمت القوات التركية قسد في 5 كانون الثاني 2020", date(2020, 1, 5), 1),
        ("هاجمت القوات التركية قسد في 5 يناير 2020", date(2020, 1, 5), 1),
        ("هاجمت القوات التركية قسد في 5 جانفي 2020", date(2020, 1, 5), 1),
        ("هاجمت القوات التركية قسد في ٥ تشرين الأول", date(2023, 10, 5), 1),  # last October
        ("هاجمت القوات التركية قسد في آذار", date(2024, 3, 1), 3),
        # a day in words before its month (ordinals; الأول alone is no date)
        ("هاجمت القوات التركية قسد في الأول من آذار", date(2024, 3, 1), 1),
        ("هاجمت القوات التركية قسد في الخامس والعشرين من شباط 2022", date(2022, 2, 25), 1),
        ("Turkish troops attacked the SDF on 25 February 2022.", date(2022, 2, 25), 1),
        ("هاجمت القوات التركية قسد في السابع من تشرين الأول", date(2023, 10, 7), 1),
        ("هاجمت القوات التركية قسد في الأسبوع الأول من الشهر", STORY, 1),
        ("هاجمت القوات التركية أمس الأول مواقع قسد", date(2024, 4, 15), 1),
        # the story's month or the one before it, with or without a day before it
        ("Turkish troops attacked the SDF last month.", date(2024, 3, 1), 3),
        ("هاجمت القوات التركية قسد الشهر الماضي", date(2024, 3, 1), 3),
        ("Turkish troops attacked the SDF earlier this month.", date(2024, 4, 1), 3),
        ("هاجمت القوات التركية قسد في الثاني من الشهر الجاري", date(2024, 4, 2), 1),
        ("هاجمت القوات التركية قسد في الحادي والثلاثين من الشهر الماضي", date(2024, 3, 31), 1),
        ("هاجمت القوات التركية قسد في الحادي والثلاثين من الشهر الجاري", STORY, 1),  # no such day
        ("هاجمت القوات التركية قسد في 15 رمضان 1445", date(2024, 3, 25), 1),
        ("هاجمت القوات التركية قسد في شهر رمضان", STORY, 1),  # not a full Hijri date
        ("Turkish troops attacked the SDF in 2019.", date(2019, 1, 1), 3),  # a past year
        ("هاجمت القوات التركية قسد عام 2019", date(2019, 1, 1), 3),
        ("هاجمت القوات التركية قسد في العام 2019", date(2019, 1, 1), 3),
        ("Turkish troops attacked the SDF in 2024.", STORY, 1),  # the story's own year
        ("هاجمت القوات التركية قسد عام 2024", STORY, 1),
    ],
)
def test_event_date(mini, text, day, precision):
    [event] = code_text(text, mini, day=STORY)
    assert (event.date, event.date_precision) == (day, precision)


def test_no_story_date_leaves_relative_dates_unknown(mini):
    [event] = code_text("هاجمت القوات التركية أمس مواقع قسد", mini)
    assert event.date is None and event.date_precision is None


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        ((1445, 9, 1), date(2024, 3, 11)),
        ((1441, 1, 1), date(2019, 8, 31)),
        ((1400, 1, 1), date(1979, 11, 21)),
    ],
)
def test_hijri_conversion_within_a_day(hijri, gregorian):
    assert abs((hijri_to_gregorian(*hijri) - gregorian).days) <= 1


def test_the_month_may_is_not_the_modal(mini):
    [event] = code_text("On 22 May 2018, Turkish troops attacked the SDF.", mini, day=STORY)
    assert event.date == date(2018, 5, 22)
    assert code_text("Turkish troops may attack the SDF.", mini, day=STORY) == []
