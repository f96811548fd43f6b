"""Event dates: a sentence's own date expression resolved against the story date.

Relative words (today, أمس, أول أمس, last week), weekdays (the latest such day on or before the
story date), Gregorian dates with month names in their English, Levantine (كانون الثاني),
Egyptian/Gulf (يناير) and Maghrebi (جانفي) forms, and Hijri dates (converted with the tabular
Islamic calendar, within a day or two of the Umm al-Qura calendar). Precision follows ACLED:
1 day, 2 week, 3 month.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .models import Token, remade_by_fields
from .morphology import ar
from .normalize import normalize_phrase
from .schema import Language

DAY_WORDS = 4  # the longest day in words before a month: الحادي والعشرين من
HIJRI_EPOCH = 1948440  # Julian day number of 1 Muharram AH 1 (16 July 622, civil epoch)


@dataclass(frozen=True, slots=True)
class DateWord:
    """What a date phrase means: kind day-offset | weekday | week-offset | month-offset | month |
    hijri-month | day (a day in words before a month name) | year (a word before a year
    number) | future (a time to come: dates no event)."""

    kind: str
    value: int

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return remade_by_fields(self)


@dataclass(frozen=True, slots=True)
class EventDate:
    day: date
    precision: int  # 1 day, 2 week, 3 month


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Tabular Islamic calendar -> Gregorian (proleptic), via the Julian day number."""
    jdn = (
        day
        + (59 * (month - 1) + 1) // 2
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + HIJRI_EPOCH
        - 1
    )
    return date.fromordinal(jdn - 1721425)


def find_date(
    tokens: Sequence[Token],
    story: date | None,
    phrases: Mapping[tuple[str, ...], DateWord],
    firsts: frozenset[str] | None = None,
    longest: int | None = None,
) -> EventDate | None:
    """The first date expression among the tokens, resolved; None when there is none (or when
    it needs a story date that is unknown). ``firsts`` and ``longest`` (the phrases' first
    words, the length of the longest: the day before yesterday) are derived when not given."""
    if firsts is None:
        firsts = frozenset(key[0] for key in phrases)
    starts = [i for i, t in enumerate(tokens) if t.norm in firsts]  # most sentences: none
    if not starts:
        return None
    norms = tuple(t.norm for t in tokens)
    longest = max(map(len, phrases)) if longest is None else longest
    for i in starts:
        for length in range(min(longest, len(tokens) - i), 0, -1):
            word = phrases.get(norms[i : i + length])
            if word is None:
                continue
            found = _resolve(word, tokens, i, i + length, story, phrases)
            if found is not None:
                return found
            break
    return None


def _resolve(
    word: DateWord,
    tokens: Sequence[Token],
    start: int,
    end: int,
    story: date | None,
    phrases: Mapping[tuple[str, ...], DateWord],
) -> EventDate | None:
    if word.kind in ("month", "hijri-month"):
        return _calendar_date(word, tokens, _day_before(tokens, start, phrases), end, story)
    if story is None:
        return None
    if word.kind == "month-offset":
        return _day_of_month(story, word.value, _day_before(tokens, start, phrases))
    if word.kind == "year":
        return _earlier_year(tokens, end, story)
    if word.kind == "day-offset":
        return EventDate(story - timedelta(days=word.value), 1)
    if word.kind == "weekday":
        return EventDate(story - timedelta(days=(story.weekday() - word.value) % 7), 1)
    if word.kind == "week-offset":
        return EventDate(story - timedelta(days=7 * word.value), 2)
    return None


def _day_before(
    tokens: Sequence[Token], start: int, phrases: Mapping[tuple[str, ...], DateWord]
) -> int | None:
    """The day written right before a month word at ``start``, in digits or in words."""
    return _number(tokens, start - 1) or _day_in_words(tokens, start, phrases)


def _day_of_month(story: date, months_ago: int, day: int | None) -> EventDate | None:
    """ "last month" (precision 3), في الثاني من الشهر الجاري (the 2nd of the story's month)."""
    month = story.year * 12 + story.month - 1 - months_ago
    try:
        if day is not None:
            return EventDate(date(month // 12, month % 12 + 1, day), 1)
        return EventDate(date(month // 12, month % 12 + 1, 1), 3)
    except ValueError:
        return None


def _number(tokens: Sequence[Token], i: int) -> int | None:
    if 0 <= i < len(tokens):
        norm = tokens[i].norm.removeprefix("ال")
        if norm.isdigit() and len(norm) <= 4:
            return int(norm)
    return None


def year_of_history(
    tokens: Sequence[Token],
    i: int,
    story: date | None,
    phrases: Mapping[tuple[str, ...], DateWord],
) -> bool:
    """Token ``i`` is a year that names history, earlier than the story's: after a year word
    (in 2003, عام 2003; with no story date, any such year) or after a month with a full year
    between (February 2005 in a 2008 story; with no story date, none: since January 2008 may
    be last month)."""
    if i == 0 or not earlier_year(tokens, i, story):
        return False
    year, before = _number(tokens, i) or 0, tokens[i - 1].norm
    word = phrases.get((before,))
    if word is not None and word.kind == "year":
        return True
    end = i - 1 if before == ")" else i  # فبراير (شباط) 2005, ديسمبر (كانون الأول) 2005
    month = any(
        phrases.get(tuple(t.norm for t in tokens[end - length : end]), _NO_DATE).kind == "month"
        for length in (1, 2)
        if end - length >= 0
    )
    return month and story is not None and year < story.year - 1


_NO_DATE = DateWord("none", 0)


def time_to_come(
    tokens: Sequence[Token], i: int, phrases: Mapping[tuple[str, ...], DateWord]
) -> bool:
    """A phrase of a time to come starts at token ``i`` (tomorrow, next week, الأسبوع المقبل)."""
    return any(
        phrases.get(tuple(t.norm for t in tokens[i : i + length]), _NO_DATE).kind == "future"
        for length in (1, 2, 3)
        if i + length <= len(tokens)
    )


def earlier_year(tokens: Sequence[Token], i: int, story: date | None) -> bool:
    """Token ``i`` is a year before the story's (with no story date, any year)."""
    year = _number(tokens, i)
    return year is not None and 1900 <= year <= 2100 and (story is None or year < story.year)


def _earlier_year(tokens: Sequence[Token], end: int, story: date) -> EventDate | None:
    """ "in 2006", "عام 2006": a past event dated to its year (precision 3); the story's own
    year says nothing the story date does not."""
    year = _number(tokens, end)
    if year is None or not 1900 <= year < story.year:
        return None
    return EventDate(date(year, 1, 1), 3)


def _day_in_words(
    tokens: Sequence[Token], start: int, phrases: Mapping[tuple[str, ...], DateWord]
) -> int | None:
    """The day a phrase of words right before the month at ``start`` names (الخامس والعشرين من
    شباط: 25)."""
    norms = tuple(t.norm for t in tokens[max(start - DAY_WORDS, 0) : start])
    for length in range(len(norms), 0, -1):
        word = phrases.get(norms[-length:])
        if word is not None and word.kind == "day":
            return word.value
    return None


def _calendar_date(
    word: DateWord, tokens: Sequence[Token], day: int | None, end: int, story: date | None
) -> EventDate | None:
    """ "3 March 2022", "March 3, 2022", "في 5 كانون الثاني", "15 رمضان 1445", "الخامس من
    آذار"; ``day`` is the one written before the month, if any."""
    after = end + (1 if end < len(tokens) and tokens[end].norm == "," else 0)
    if day is None:
        day = _number(tokens, after)
        if day is not None and day <= 31:
            after += 1 + (1 if after + 1 < len(tokens) and tokens[after + 1].norm == "," else 0)
    year = _number(tokens, after)
    if word.kind == "hijri-month":
        if day is None or year is None or not 1300 <= year <= 1600 or not 1 <= day <= 30:
            return None  # صفر, رمضان, رجب are also words and names: only full dates count
        return EventDate(hijri_to_gregorian(year, word.value, day), 1)
    if year is None or not 1900 <= year <= 2100:
        if story is None:
            return None
        year = story.year if word.value <= story.month else story.year - 1
    try:
        if day is not None and 1 <= day <= 31:
            return EventDate(date(year, word.value, day), 1)
        return EventDate(date(year, word.value, 1), 3)
    except ValueError:
        return None


def date_phrases(settings: Language) -> dict[tuple[str, ...], DateWord]:
    """Normalised date phrases (Arabic ones also with و ف ب ل: بالأمس، والاثنين)."""
    dates = settings.dates
    table: dict[tuple[str, ...], DateWord] = {}
    for kind, words in (
        ("month", dates.months),
        ("weekday", dates.weekdays),
        ("day-offset", dates.days_ago),
        ("week-offset", dates.weeks_ago),
        ("month-offset", dates.months_ago),
        ("hijri-month", dates.hijri_months),
        ("day", dates.days),
        ("year", {0: dates.years}),
        ("future", {0: dates.future}),
    ):
        for value, phrases in words.items():
            for phrase in phrases:
                head, *rest = normalize_phrase(phrase)
                forms = ar.with_noun_proclitics(head) if settings.lang == "ar" else {head: ""}
                for form in forms:
                    table[(form, *rest)] = DateWord(kind, value)
    return table
