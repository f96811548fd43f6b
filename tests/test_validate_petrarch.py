"""`scripts/validate_petrarch.py`: the PETRARCH-like ``compat`` language settings."""

from __future__ import annotations

from pathlib import Path

import yaml

from conftest import SHIPPED, load_module
from khaldun import compile_codebook, load_codebook
from khaldun.importers.tabari_commas import TABARI_COMMAS
from khaldun.importers.tabari_options import (
    FIRST_OPTIONS,
    Options,
    options_file,
    too_complex,
    too_short,
    verb_count,
    with_options,
)
from khaldun.pipeline import code_text

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "validate_petrarch.py"


def load_script():
    return load_module(SCRIPT)


def test_compat_english_takes_an_actor_at_any_distance_arabic_unchanged(tmp_path):
    script = load_script()
    folder = script.compat_language(tmp_path / "lang", [], True, ())
    en = yaml.safe_load((folder / "en.yaml").read_text(encoding="utf-8"))["language"]
    ar = yaml.safe_load((folder / "ar.yaml").read_text(encoding="utf-8"))["language"]
    assert (en["slot_gap"], en["wide_gap"]) == (12, 20)
    shipped = yaml.safe_load((SHIPPED / "language" / "ar.yaml").read_text(encoding="utf-8"))
    assert ar["slot_gap"] == shipped["language"]["slot_gap"]
    # the shipped settings stop a target search after a few words; compat reaches further
    text = "Egypt criticised the long and very costly and widely unpopular policies of Israel."
    shipped_book = compile_codebook(load_codebook([SHIPPED]))
    parts = [p for p in sorted(SHIPPED.iterdir()) if p.is_dir() and p.name != "language"]
    compat_book = compile_codebook(load_codebook([*parts, folder]))
    assert ("EGY", "ISR") in dyads(code_text(text, compat_book, "en"))
    assert ("EGY", "ISR") not in dyads(code_text(text, shipped_book, "en"))


def dyads(events) -> list[tuple[str, str]]:
    return [(e.source.code if e.source else "", e.target.code if e.target else "") for e in events]


def test_option_records_set_tabari_code_by():
    first = FIRST_OPTIONS["TABARI"]
    assert first.code_by == "clause"
    after = with_options(first, "dictionaries=x | option SET: CODE BY SENTENCE")
    assert after.code_by == "sentence"
    assert with_options(after, "option SET: CODE ALL").code_by == "all"
    assert with_options(after, "option SET: TIME SHIFT = TRUE").code_by == "sentence"


def test_compat_language_writes_code_by(tmp_path):
    script = load_script()
    folder = script.compat_language(tmp_path / "lang", [], True, (), "clause")
    en = yaml.safe_load((folder / "en.yaml").read_text(encoding="utf-8"))["language"]
    assert en["code_by"] == "clause"


def test_only_parse_errors_are_skipped_of_the_records_expecting_an_error():
    script = load_script()

    def skipped(flag: str) -> bool:
        return flag.startswith(script.SKIP_FLAGS)

    assert skipped("EXPECT_ERROR:bad_input_parse")  # a malformed parse: khaldun reads none
    assert not skipped("EXPECT_ERROR:dateline")  # scored: it expects no event
    assert skipped("OPTION")


def test_tabari_compat_settings_carry_the_first_actor_and_delete_comma_clauses(tmp_path):
    script = load_script()
    settings = script.SUITE_SETTINGS["TABARI"]
    folder = script.compat_language(tmp_path / "lang", [], True, (), "clause", settings)
    en = yaml.safe_load((folder / "en.yaml").read_text(encoding="utf-8"))["language"]
    assert en["carry"] == "first_actor"
    first = FIRST_OPTIONS["TABARI"]
    assert first.commas == TABARI_COMMAS
    after = with_options(first, "option COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6")
    assert after.commas.internal == (4, 6) and after.commas.end == (3, 6)
    assert with_options(after, "option COMMA: OFF").commas.internal == (255, 0)


def test_tabari_codes_no_sentence_shorter_than_its_minimum():
    first = FIRST_OPTIONS["TABARI"]
    assert too_short("Norland's jets bombed Sudmark on Friday night.", first)  # 7 words
    assert not too_short("Norland's jets bombed Sudmark's border posts on Friday night.", first)
    fewer = with_options(first, "option SET: MINIMUM WORDS = 3")
    assert fewer.min_words == 3 and fewer.code_by == first.code_by
    assert not too_short("Norland's jets bombed Sudmark.", fewer)
    assert not too_short("Norland bombed Sudmark.", Options())  # PETRARCH: no minimum


def test_the_complex_option_and_the_suites_options_file(tmp_path):
    options = tmp_path / "Test.options"
    options.write_text(
        "// a comment\nCOMPLEX: VERBS[3] CONJ[4] NOACTPRIOR\n//COMPLEX: VERBS[9]\n"
        "SET: CODE BY SENTENCE\nLABEL: 010=YIELD\n",
        encoding="utf-8",
    )
    first = with_options(Options(), options_file(options))
    assert (first.max_verbs, first.code_by) == (3, "sentence")
    assert with_options(first, "option COMPLEX: ").max_verbs == 0  # no limit
    assert not first.convert_agents
    assert with_options(first, "option SET: CONVERT AGENT = TRUE").convert_agents


def test_too_complex_counts_the_verbs_out_of_a_nouns_place(mini):
    three = with_options(Options(), "option COMPLEX: VERBS[3]")
    text = "Turkey attacked ISIS, arrested the SDF and then attacked the army of Syria."
    assert verb_count(text, mini) == 3 and too_complex(text, mini, three)
    assert verb_count("The attack on ISIS was a surprise.", mini) == 0
    assert not too_complex("Turkey attacked ISIS and arrested the SDF.", mini, three)
    assert not too_complex(text, mini, Options())  # PETRARCH: no limit
