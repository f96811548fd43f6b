"""`khaldun.importers.tabari_commas`: TABARI's deletion of short comma-delimited clauses."""

from __future__ import annotations

from khaldun.importers.tabari_commas import (
    NO_COMMAS,
    TABARI_COMMAS,
    CommaLimits,
    drop_comma_clauses,
    parse_comma_option,
)


def test_short_internal_and_final_clauses_are_deleted_with_their_commas():
    text = "Norland, its old rival, warned Sudmark against a new incursion, a spokesman said."
    assert drop_comma_clauses(text, TABARI_COMMAS) == "Norland."
    text = (
        "Norland, its old rival, warned Sudmark against any further incursion into the "
        "disputed border districts, a spokesman said."
    )
    assert drop_comma_clauses(text, TABARI_COMMAS) == (
        "Norland warned Sudmark against any further incursion into the disputed border districts."
    )


def test_a_long_clause_and_a_first_clause_stay_by_default():
    text = (
        "Norland, which has quarrelled with every one of its many neighbours for years, "
        "warned Sudmark against any further incursion into the disputed border districts."
    )
    assert drop_comma_clauses(text, TABARI_COMMAS) == text
    first = (
        "In a statement on Monday, Norland warned Sudmark against any further incursion into "
        "its border districts."
    )
    assert drop_comma_clauses(first, TABARI_COMMAS) == first


def test_a_possessive_and_the_final_stop_count_as_words():
    # "Sudmark 's proposals on trade ." is five words: over EMAX = 4
    limits = CommaLimits(end=(2, 4))
    text = "Norland replied, rejecting Sudmark's offer."
    assert drop_comma_clauses(text, limits) == text
    assert drop_comma_clauses("Norland replied, a spokesman said.", limits) == "Norland replied."


def test_a_list_of_actors_is_no_comma_clause():
    text = "Norland, the Eastern League, Sudmark and Westholm condemned the raid, officials said."
    assert drop_comma_clauses(text, TABARI_COMMAS) == (
        "Norland, the Eastern League, Sudmark and Westholm condemned the raid."
    )
    serial = "Norland, the old kingdom, and Sudmark signed a treaty."
    assert drop_comma_clauses(serial, TABARI_COMMAS) == serial


def test_a_sentence_without_commas_is_unchanged():
    assert drop_comma_clauses("Norland warned Sudmark.", TABARI_COMMAS) == "Norland warned Sudmark."
    assert drop_comma_clauses("Norland paid 1,000 dollars.", TABARI_COMMAS).endswith("dollars.")


def test_the_comma_option_sets_the_ranges_or_turns_deletion_off():
    limits = parse_comma_option("MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8", NO_COMMAS)
    assert limits == CommaLimits((4, 6), (3, 6), (3, 8))
    assert parse_comma_option("MAX = 12", TABARI_COMMAS) == CommaLimits((2, 12), (2, 10))
    assert parse_comma_option("OFF", TABARI_COMMAS) == NO_COMMAS
    text = "Norland, its old rival, warned Sudmark, a spokesman said."
    assert drop_comma_clauses(text, NO_COMMAS) == text
    # with BMIN = 3 BMAX = 8 a short opening clause goes too
    text = "In a statement on Monday, Norland warned Sudmark against any further incursion."
    assert drop_comma_clauses(text, limits) == (
        "Norland warned Sudmark against any further incursion."
    )
