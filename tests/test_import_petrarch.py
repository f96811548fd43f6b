"""`khaldun.importers`: TABARI / PETRARCH dictionaries -> a khaldun codebook layer.

The dictionary snippets below are written for these tests (made-up countries and people);
each covers one construct of the formats, and the report of what could not be converted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from conftest import SHIPPED
from khaldun import compile_codebook, load_codebook
from khaldun.cli import app
from khaldun.importers import ImportReport, detect_kind, import_dictionaries
from khaldun.importers.actors import convert_actors
from khaldun.importers.agents import convert_agents
from khaldun.importers.cli import import_petrarch, write_layer
from khaldun.importers.common import Line, parse_date, read_lines
from khaldun.importers.discards import convert_discards, discarded_on, report_issues
from khaldun.importers.verbpatterns import ConversionError, convert_pattern
from khaldun.importers.verbs import read_petrarch_verbs
from khaldun.pipeline import code_text

ACTORS = """\
# actors written for the importer tests
FREEDONIA_ [FRE]
+FREEDONIAN
SYLVANIA  [SYL] ; a TABARI-style comment
RUFUS_T_FIREFLY_
+FIREFLY
\t[FREGOV 330101-331231]
\t[FREELI > 340101]
\t[FRE <321231]
AMBASSADOR_TRENTINO [SYLGOV 050101-101231] [SYL]
CHICOLINI  [---]
BRAVO_TWINS [FRE/SYL]
VERA_MARCAL
\t[--- <340101]
\t[SYL]
UNNAMED_ENVOY
LOWER_CASE [fre]
BAD_CODE [FR-DO]
WEIRD_DATES [SYL 19340101-19330101]
SPOILSPORT [###]
"""

AGENTS = """\
!PERSON! = MAN, WOMAN
MINISTER [~GOV]
CONGRESS!PERSON! [~LEG]
GENDARME {GENDARMERIE} [~COP]
PRESS {} [~MED]
RELIEF_AGENCY [NGO~]
NO_CODE_HERE
"""

VERBS = """\
&ARMS
+RIFLE
+HEAVY_CANNON_
+ARMS_CACHE

&NEGATIVE_
+WO N'T
+NEVER

--- ACCUSE [112] ---
ACCUSE
CHARGE {CHARGED CHARGING CHARGES}
+POINT_OUT
- * ESPIONAGE [987]
- * + OF SMUGGLING &ARMS [1121]
- &NEGATIVE * [---]
- $ ^ HAS * + [113]
- % * EACH_OTHER [111]

--- SERENADE [987] ---
SERENADE

--- GREET [042:043] ---
GREET
- * PARADE [###]

--- PRAISE [---] ---
PRAISE
- RECENTLY ITS * [051]
"""

P2_VERBS = """\
&TREATY
+TREATY
+PACT

--- SIGN [057] ---
SIGN
- * {PEACE &TREATY} (WITH $) [0571]
~ a (a b WILL_ATTACK) SAY = a b 138
"""

TABARI_VERBS = """\
<SYNSETS>
&FRUIT
+APPLE
+PEAR
</SYNSETS>
<TIME>
YESTERDAY [-1]
ONCE_UPON_A_TIME [###]
</TIME>
HARANGU [121] ;a stem
- * ABOUT { TARIFFS | DUCKS }  [901]
PRAISE_ [051]
DUCK SOUP [+++]
MARX_BROTHERS [###]
"""


def lines(text: str, name: str = "test.txt") -> list[Line]:
    return [Line(name, n, t, t.strip(), t[:1] in " \t") for n, t in _numbered(text)]


def _numbered(text: str):
    from khaldun.importers.common import strip_comment

    for n, raw in enumerate(text.splitlines(), 1):
        cleaned = strip_comment(raw).rstrip()
        if cleaned.strip():
            yield n, cleaned


@pytest.fixture
def dicts(tmp_path: Path) -> list[Path]:
    files = {
        "Test.actors.txt": ACTORS,
        "Test.agents.txt": AGENTS,
        "Test.verbs.txt": VERBS,
        "Test.discards.txt": "+DUCK SOUP\nHAIL_FREEDONIA_\n",
    }
    out = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def issues(report: ImportReport, construct: str) -> list:
    return [i for i in report.issues if i.construct == construct]


# ---------------------------------------------------------------- reading


def test_read_lines_drops_comments_keeps_codes(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text(
        "<!-- a comment\nover two lines -->\nA [###] # note\n# whole line\nB ; tabari\n\n",
        encoding="utf-8",
    )
    got = [(line.number, line.text) for line in read_lines(path)]
    assert got == [(3, "A [###]"), (5, "B")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("140608", date(2014, 6, 8)),
        ("300101", date(2030, 1, 1)),
        ("310101", date(1931, 1, 1)),
        ("19991231", date(1999, 12, 31)),
        ("2004017", None),
        ("20100931", None),
    ],
)
def test_parse_date_yymmdd_rule(text, expected):
    assert parse_date(text) == expected


def test_detect_kind(dicts):
    kinds = [detect_kind(p, read_lines(p)) for p in dicts]
    assert kinds == ["actors", "agents", "verbs", "discards"]


# ---------------------------------------------------------------- actors


def test_actor_records():
    report = ImportReport()
    result = convert_actors(lines(ACTORS), report, role_codes=frozenset({"GOV"}))
    countries = {c["id"]: c for c in result.countries}
    actors = {a["id"]: a for a in result.actors}
    assert countries["freedonia"]["code"] == "FRE"
    assert countries["freedonia"]["names"]["en"] == ["freedonia", "freedonian"]
    assert countries["sylvania"]["code"] == "SYL"
    firefly = actors["rufus-t-firefly"]
    assert firefly["names"]["en"] == ["rufus t firefly", "firefly"]
    assert firefly["codes"] == [
        {"code": "FREGOV", "valid_from": "1933-01-01", "valid_to": "1933-12-31"},
        {"code": "FREELI", "valid_from": "1934-01-01"},
        {"code": "FRE", "valid_to": "1932-12-30"},
    ]
    trentino = actors["ambassador-trentino"]
    assert trentino["code"] == "SYL"  # the default beside the dated code
    assert trentino["codes"] == [
        {"code": "SYLGOV", "valid_from": "2005-01-01", "valid_to": "2010-12-31"}
    ]
    # a dated null code beside a default: no code before the date, the default after it
    assert actors["vera-marcal"]["codes"] == [{"code": "SYL", "valid_from": "1934-01-01"}]
    assert "code" not in actors["vera-marcal"]
    # [A/B]: a group actor, one event per code
    assert (actors["bravo-twins"]["code"], actors["bravo-twins"]["also"]) == ("FRE", ["SYL"])
    assert countries["lower-case"]["code"] == "FRE"
    assert result.discards[0]["text"] == "spoilsport"


def test_actor_report_locates_every_problem():
    report = ImportReport()
    convert_actors(lines(ACTORS, "Test.actors.txt"), report)
    where = {(i.construct, i.line) for i in report.issues}
    assert ("null-coded actor [---]", 11) in where
    assert ("actor without code", 16) in where
    assert ("lower-case actor code", 17) in where
    assert ("invalid actor code", 18) in where
    assert ("invalid date range", 19) in where
    assert ("discard actor [###]", 20) in where
    assert all(i.file == "Test.actors.txt" for i in report.issues)


def test_tabari_stems_expand():
    report = ImportReport()
    result = convert_actors(lines("ETHIOP [ETH]\nLIBYA_ [LBY]\n"), report, tabari=True)
    names = {c["code"]: c["names"]["en"] for c in result.countries}
    assert "ethiopia" in names["ETH"] and "ethiopian" in names["ETH"]
    assert names["LBY"] == ["libya", "libyas"]
    assert issues(report, "TABARI stem phrase")


def test_tabari_equals_suffix_is_the_word_alone():
    # MOUSE= in TABARI: neither stem endings nor a noun -s ("Mouses" is no actor)
    report = ImportReport()
    text = "GNOME= [GNO]\nGOBLIN_KING= [GOB]\n"
    result = convert_actors(lines(text, "T.actors"), report, tabari=True)
    names = {a["code"]: a["names"]["en"] for a in result.countries + result.actors}
    assert names == {"GNO": ["gnome"], "GOB": ["goblin king"]}
    assert [i.line for i in issues(report, "TABARI '=' suffix")] == [1, 2]


def test_a_dated_discard_code_is_no_code_in_its_dates():
    report = ImportReport()
    text = "ENT [### <890101] [ENT]\nNASGUL [###]\n"
    result = convert_actors(lines(text), report, tabari=True)
    (ent,) = result.actors
    assert ent["codes"] == [{"code": "ENT", "valid_from": "1989-01-01"}]
    assert result.discards[0]["text"] == "nasgul"  # undated: a discard (with the stems)
    assert [i.line for i in issues(report, "dated discard actor [###]")] == [1]


def test_a_keds_code_may_end_in_a_shorter_block(tmp_path):
    actors = tmp_path / "T.actors"
    actors.write_text("NORTH_FREEDONIA [FRENO]\nFREEDONIA [FRE]\nSHORT [FR]\n", encoding="utf-8")
    verbs = tmp_path / "T.verbs"
    verbs.write_text("PRAISE_ [051]\n", encoding="utf-8")
    result = import_dictionaries([actors, verbs])
    entries = [*result.files["actors.yaml"]["actors"], *result.files["actors.yaml"]["countries"]]
    assert {e["code"] for e in entries} == {"FRENO", "FRE"}  # [FR] is too short: reported
    layer = tmp_path / "layer"
    write_layer(result, layer)
    book = compile_codebook(
        load_codebook([SHIPPED / "taxonomy", SHIPPED / "language", layer / "codebook"])
    )
    text = "North Freedonia praised Freedonia on Monday for its help to the refugees."
    assert [(e.source.code, e.code, e.target.code) for e in code_text(text, book, "en")] == [
        ("FRENO", "051", "FRE")
    ]


def test_an_undated_discard_code_beside_dated_ones_discards_in_the_other_dates():
    report = ImportReport()
    text = "OLD_REALM [OLR <901231] [###]\nNEW_REALM [###] [NWR >850101]\nMIXED [###] [MXD]\n"
    result = convert_actors(lines(text), report, tabari=True)
    windows = {
        d["text"]: {k: v for k, v in d.items() if k.startswith("valid")} for d in result.discards
    }
    assert windows["old realm"] == {"valid_from": "1990-12-31"}
    assert windows["new realm"] == {"valid_to": "1984-12-31"}
    assert windows["mixed"] == {}  # its other code is undated: the discard holds always
    entries = [d for d in result.discards if d["text"] in ("old realm", "new realm")]
    assert discarded_on("The Old Realm army marched.", date(1991, 3, 1), entries)
    assert not discarded_on("The Old Realm army marched.", date(1990, 3, 1), entries)
    assert not discarded_on("The Old Realm army marched.", None, entries)
    assert discarded_on("New Realm guards.", date(1980, 1, 1), entries)
    assert not discarded_on("New Realm guards.", date(1986, 1, 1), entries)
    assert not discarded_on("A newer realm rose.", date(1980, 1, 1), entries)


def test_tabari_blank_between_actor_words_is_reported():
    report = ImportReport()
    result = convert_actors(
        lines("CAPTAIN NORTH_HARBOUR [NHB]\nNORTH_YEMEN_ [NYM]\n"), report, tabari=True
    )
    names = {
        entry.get("code") or entry["codes"][0]["code"]: entry["names"]["en"]
        for entry in [*result.countries, *result.actors]
    }
    # the words joined, and with the words that most often stand between them
    assert "captain north harbour" in names["NHB"]
    assert {
        "captain of north harbour",
        "captain the north harbour",
        "captain of the north harbour",
    } <= set(names["NHB"])
    assert names["NYM"] == ["north yemen", "north yemens"]  # TABARI NOUNEND: -s too
    assert [i.line for i in issues(report, "TABARI blank between actor words")] == [1]


# ---------------------------------------------------------------- agents


def test_agents():
    report = ImportReport()
    agents = {a["id"]: a for a in convert_agents(lines(AGENTS), report).agents}
    assert agents["minister"]["code"] == "GOV"
    assert agents["minister"]["name"] == "Minister of {country}"
    assert agents["congressman"]["names"]["en"] == ["congressman", "congresswoman"]
    assert agents["gendarme"]["names"]["en"] == ["gendarme", "gendarmerie"]
    assert (agents["relief-agency"]["code"], agents["relief-agency"]["prefix"]) == ("NGO", True)
    assert "prefix" not in agents["minister"]
    assert issues(report, "agent without plural {}")[0].line == 5
    assert issues(report, "agent without code")[0].line == 7


# ---------------------------------------------------------------- patterns


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # implicit source before the verb, target after it or after the pattern's words
        (
            "* ESPIONAGE",
            ["{source} ... * ... espionage ... {target}", "{source} ... * {target} ... espionage"],
        ),
        # explicit slots; ^ skips a noun phrase; _ joins words
        ("$ ^ HAS * +", ["{source} ... {skip} has ... * ... {target}"]),
        # PETRARCH: a compound after the verb is the targets of a subject before it, else a pair
        ("* WITH %", ["{source} ... * ... with ... {target}", "* ... with ... {pair}"]),
        (
            "* AT ^ ^ +",
            [
                "{source} ... * ... at {skip} {skip} ... {target}",
                "* ... at {skip} {skip} ... {target} ... {source}",
                "* {source} ... at {skip} {skip} ... {target}",
            ],
        ),
        ("IN_* +", ["{source} ... in * ... {target}", "in * ... {target} ... {source}"]),
        # one actor named: the other is looked for before the verb first, then after it
        (
            "+ WAS * DEAD",
            [
                "{source} ... {target} ... was ... * ... dead",
                "{target} ... was ... * ... dead ... {source}",
                "{target} ... was ... * {source} ... dead",
            ],
        ),
        # a compound actor names both sides
        ("% * EACH_OTHER", ["{pair} ... * ... each other"]),
        # PETRARCH-2 phrase notation as a word sequence
        (
            "* {PEACE TREATY} (WITH $)",
            [
                "{target} ... * ... peace ... treaty ... with ... {source}",
                "* ... peace ... treaty ... with ... {source} ... {target}",
                "* {target} ... peace ... treaty ... with ... {source}",
            ],
        ),
        # contractions become khaldun tokens
        ("WO_N'T_*", ["{source} ... wo n't * ... {target}"]),
    ],
)
def test_convert_pattern(source, expected):
    got = [p for p, _det in convert_pattern(source, {}).patterns]
    assert got == expected


def test_the_subject_may_stand_between_the_words_and_the_verb():
    # NEITHER *: "neither Freedonia nor Sylvania signed" (TABARI, PETRARCH-1), tried after the
    # subject before the words; PETRARCH-2 read its patterns against a parse: not there
    got = [p for p, _det in convert_pattern("NEITHER *", {}).patterns]
    assert got == [
        "{source} ... neither ... * ... {target}",
        "neither ... {source} ... * ... {target}",
    ]
    parsed = [p for p, _det in convert_pattern("NEITHER *", {}, parsed=True).patterns]
    assert parsed == ["{source} ... neither ... * ... {target}"]
    # words joined to the verb leave no room for it
    assert [p for p, _d in convert_pattern("NOT_*", {}).patterns] == [
        "{source} ... not * ... {target}"
    ]


def test_a_dictionary_in_petrarch2_phrase_notation_is_parsed(tmp_path):
    linear = "--- SIGN [057] ---\nSIGN\n- NEITHER * [081]\n- * { A | AN } TREATY [057]\n"
    phrases = "--- SIGN [057] ---\nSIGN\n- * {PEACE TREATY} (WITH $) [057]\n"
    books = {}
    for name, text in (("linear", linear), ("phrases", phrases)):
        path = tmp_path / f"{name}.verbs.txt"
        path.write_text(text, encoding="utf-8")
        books[name] = read_petrarch_verbs(read_lines(path), ImportReport())
    assert (books["linear"].parsed, books["phrases"].parsed) == (False, True)


def test_tabari_pattern_word_with_a_final_underscore_is_no_stem():
    exact = [p for p, _d in convert_pattern("* RESOLUTION_", {}, stems=True).patterns]
    stem = [p for p, _d in convert_pattern("* RESOLUTION", {}, stems=True).patterns]
    assert exact[0] == "{source} ... * ... resolution ... {target}"
    assert "resolutions" in stem[0]


def test_a_tabari_whole_verb_takes_tabaris_es_and_en_endings_too():
    from khaldun.importers.verbs import read_tabari_verbs

    book = read_tabari_verbs(
        lines("WANDER_ [032]\nROVE_ [033]\nSTROLL_ OFF [034]\n"), ImportReport()
    )
    specs = {b.code: b.verbs[0].spec for b in book.blocks}
    assert (specs["032"].base, specs["032"].forms) == ("wander", ["wanderes", "wanderen"])
    assert specs["033"] == "rove"  # rove -> roves, roved: nothing to add
    assert specs["034"].forms == ["strolles off", "strollen off"]


def test_tabari_weak_and_dominant_codes_become_rule_weights(tmp_path):
    verbs = tmp_path / "T.verbs"
    verbs.write_text("MUTTER [023?]\nCONVENE_ [031!]\nPRAISE_ [051]\n", encoding="utf-8")
    result = import_dictionaries([verbs])
    rules = {r["code"]: r for r in result.files["rules.yaml"]["rules"]}
    assert rules["023"]["weight"] == "weak" and rules["031"]["weight"] == "dominant"
    assert "weight" not in rules["051"]


def test_a_tabari_stem_doubles_its_last_consonant_like_english():
    from khaldun.importers.verbs import read_tabari_verbs

    book = read_tabari_verbs(lines("REGRET [111]\nPATROL [190]\nAPPEAL [095]\n"), ImportReport())
    forms = {b.code: b.verbs[0].spec.forms for b in book.blocks}
    assert {"regretted", "regretting"} <= set(forms["111"])
    assert "patrolled" in forms["190"]
    assert "appealled" not in forms["095"]  # two vowels before its last consonant


def test_a_tabari_stem_reaches_the_nouns_made_from_its_verb():
    from khaldun.importers.verbs import read_tabari_verbs

    book = read_tabari_verbs(lines("GRATIF [041]\nATTEND [031]\nASSIST_ [073]\n"), ImportReport())
    specs = {b.code: b.verbs[0].spec for b in book.blocks}
    assert {"gratification", "gratifications"} <= set(specs["041"].forms)
    assert {"attendance", "attendances"} <= set(specs["031"].forms)
    assert "assistance" not in specs["073"].forms  # a whole verb (ASSIST_) is no stem


def test_a_three_letter_tabari_pattern_word_is_a_stem_too():
    three = convert_pattern("* OAR", {}, stems=True).patterns[0][0]
    assert "oar|oars|" in three and "|oarer|" in three
    two = convert_pattern("* OX", {}, stems=True).patterns[0][0]
    assert two == "{source} ... * ... ox ... {target}"


def test_tabari_reads_a_compound_after_the_verb_as_a_pair():
    got = [p for p, _d in convert_pattern("* WITH %", {}, stems=True).patterns]
    assert len(got) == 1 and got[0].startswith("* ... with|") and got[0].endswith(" {pair}")


def test_convert_pattern_synsets_and_alternatives():
    from khaldun.importers.verbs import read_petrarch_verbs

    report = ImportReport()
    book = read_petrarch_verbs(lines(VERBS), report)
    got = [p for p, _d in convert_pattern("* + OF SMUGGLING &ARMS", book.synsets).patterns]
    # one-word members share one element (with plurals), longer members get their own pattern
    assert got[::2] == [
        "{source} ... * ... {target} ... of ... smuggling ... rifle|rifles",
        "{source} ... * ... {target} ... of ... smuggling ... heavy cannon",
        "{source} ... * ... {target} ... of ... smuggling ... arms cache|caches",
    ]
    tabari = convert_pattern("* ABOUT { TARIFFS | DUCKS }", {}).patterns
    assert tabari[0][0] == "{source} ... * ... about ... tariffs|ducks ... {target}"


def test_tabari_phrase_stems_only_its_last_word():
    from khaldun.importers.verbs import read_petrarch_verbs

    book = read_petrarch_verbs(
        lines("&LOOT\n+TREASURE_CHEST\n--- DIG [987] ---\nDIG\n"), ImportReport()
    )
    [(pattern, _d), *_] = convert_pattern("* &LOOT", book.synsets, stems=True).patterns
    assert pattern.startswith("{source} ... * ... treasure chest|chests|")
    [(pattern, _d), *_] = convert_pattern("* BURIED_TREASURE", {}, stems=True).patterns
    assert pattern.startswith("{source} ... * ... buried treasure|treasures|")


def test_pattern_determiner_joins_the_trigger():
    converted = convert_pattern("RECENTLY ITS *", {})
    assert converted.patterns[0] == ("{source} ... recently ... * ... {target}", ("its",))


@pytest.mark.parametrize("bad", ["* * TWICE", "$ * $", "% * $", "* &UNDEFINED"])
def test_convert_pattern_errors(bad):
    with pytest.raises(ConversionError):
        convert_pattern(bad, {})


# ---------------------------------------------------------------- verbs -> rules


def test_verb_blocks_become_rules(dicts):
    result = import_dictionaries(dicts, known_codes={"112", "113", "111", "042", "051"})
    rules = {r["id"]: r for r in result.files["rules.yaml"]["rules"]}
    accuse = rules["test.accuse"]
    assert accuse["code"] == "112"
    assert accuse["verbs"]["en"] == [
        "accuse",
        {"forms": ["charge", "charged", "charging", "charges"]},
        "point out",
    ]
    assert accuse["patterns"]["en"][:2] == [
        "{target} &be ... * ... by {source}",
        "{source} ... * ... {target}",
    ]
    assert rules["test.accuse.987"]["code"] == "987"
    assert rules["test.accuse.113"]["patterns"]["en"] == [
        "{source} ... {skip} has ... * ... {target}"
    ]
    assert rules["test.serenade"]["code"] == "987"
    # paired code: the forward event and its reverse, target -> source
    assert (rules["test.greet"]["code"], rules["test.greet"]["reverse"]) == ("042", "043")
    assert rules["test.praise.051.det"]["verbs"]["en"][0]["forms"][0].startswith("its ")
    assert all(r["planned"] == "keep" for r in rules.values())
    taxonomy = {t["code"]: t for t in result.files["taxonomy.yaml"]["taxonomy"]}
    assert set(taxonomy) == {"987", "1121", "043"}
    assert taxonomy["987"]["goldstein"] == 0 and taxonomy["987"]["quad_class"] == 1
    report = result.report
    # a null pattern: no event when it matches, for every rule of its block
    assert accuse["exceptions"]["en"] == rules["test.accuse.987"]["exceptions"]["en"]
    assert "{source?} ... never ... * ... {target?}" in accuse["exceptions"]["en"]
    assert "exceptions" not in rules["test.serenade"]
    for construct, line in [
        ("discard pattern [###]", 25),
    ]:
        found = issues(report, construct)
        assert found and found[0].line == line and found[0].file == "Test.verbs.txt"


def test_p2_and_tabari_constructs_reported(tmp_path):
    p2 = tmp_path / "P2.verbs.txt"
    p2.write_text(P2_VERBS, encoding="utf-8")
    tabari = tmp_path / "T.verbs"
    tabari.write_text(TABARI_VERBS, encoding="utf-8")
    result = import_dictionaries([p2, tabari], known_codes={"057", "121", "051"})
    rules = {r["id"]: r for r in result.files["rules.yaml"]["rules"]}
    assert rules["p2.sign.0571"]["patterns"]["en"][0] == (
        "{target} ... * ... peace ... treaty|treaties|pact|pacts ... with ... {source}"
    )
    harangue_forms = rules["t.harangu"]["verbs"]["en"][0]["forms"]
    assert "harangue" in harangue_forms and "harangued" in harangue_forms
    assert rules["t.praise"]["verbs"]["en"] == ["praise"]
    # a <TIME> phrase coded [###] discards its sentence like a discard verb
    assert [d["text"] for d in result.discards] == ["once upon a time", "marx brothers"]
    constructs = {i.construct for i in result.report.issues}
    assert {
        "verb transformation ~",
        "TABARI <TIME> entry",
        "complex-event verb [+++]",
        "TABARI stem verb",
        "discard verb [###]",
    } <= constructs


def test_discards_and_issues():
    report = ImportReport()
    out = convert_discards(lines("+DUCK SOUP  # story\nHAIL_FREEDONIA_\n"), report)
    assert out[0] | {"origin": ""} == {
        "text": "duck soup",
        "level": "story",
        "match": "stem",
        "lang": "en",
        "origin": "",
    }
    assert out[1]["level"] == "sentence" and out[1]["match"] == "word"
    report_issues(lines('<ISSUE CATEGORY="X">\nn:tariff [TRADE]\n~a duck\n</ISSUE>\n'), report)
    assert [(i.construct, i.line) for i in report.issues] == [
        ("issue phrase", 2),
        ("issue ignore phrase", 3),
    ]


# ---------------------------------------------------------------- writing and round trip


def test_writer_output_is_valid_and_quoted(dicts, tmp_path):
    out = tmp_path / "layer"
    report = import_petrarch(dicts, out)
    assert report.totals()["not converted"] > 0
    text = (out / "codebook" / "rules.yaml").read_text(encoding="utf-8")
    assert 'code: "112"' in text and "Open Event Data Alliance" in text
    assert (out / "discards.yaml").exists() and (out / "import-report.txt").exists()
    discards = yaml.safe_load((out / "discards.yaml").read_text(encoding="utf-8"))["discards"]
    assert {d["text"] for d in discards} >= {"duck soup", "hail freedonia", "spoilsport"}
    result = CliRunner().invoke(
        app, ["check", str(SHIPPED / "taxonomy"), str(SHIPPED / "language"), str(out / "codebook")]
    )
    assert result.exit_code == 0, result.output
    # a second import replaces the first; a folder it did not write is left alone
    import_petrarch(dicts[:1], out)
    assert not (out / "codebook" / "rules.yaml").exists()
    other = tmp_path / "other"
    other.mkdir()
    (other / "keep.txt").write_text("x", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_layer(import_dictionaries(dicts[:1]), other)


@pytest.fixture(scope="module")
def layer(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("import")
    paths = []
    for name, text in {
        "Test.actors.txt": ACTORS,
        "Test.agents.txt": AGENTS,
        "Test.verbs.txt": VERBS,
    }.items():
        (root / name).write_text(text, encoding="utf-8")
        paths.append(root / name)
    import_petrarch(paths, root / "out")
    return root / "out" / "codebook"


def keys(book, text, day=None):
    return sorted(
        (e.source.code if e.source else "", e.code, e.target.code if e.target else "")
        for e in code_text(text, book, "en", day)
    )


def test_round_trip_on_shipped_language(layer):
    book = compile_codebook(load_codebook([SHIPPED / "taxonomy", SHIPPED / "language", layer]))
    assert keys(book, "Freedonia accused Sylvania.") == [("FRE", "112", "SYL")]
    assert keys(book, "Freedonia accused Sylvania of espionage.") == [("FRE", "987", "SYL")]
    assert keys(book, "Sylvania was accused by Freedonia.") == [("FRE", "112", "SYL")]
    # dated codes follow the story date; role nouns compose with imported countries
    assert keys(book, "Firefly charged Sylvania.", date(1933, 6, 1)) == [("FREGOV", "112", "SYL")]
    assert keys(book, "Firefly charged Sylvania.", date(1935, 6, 1)) == [("FREELI", "112", "SYL")]
    assert keys(book, "The Freedonian minister accused Sylvania.") == [("FREGOV", "112", "SYL")]
    # a prefix agent [NGO~] right before a country: its branch there
    assert keys(book, "Relief Agency Freedonia accused Sylvania.") == [("NGOFRE", "112", "SYL")]


def test_round_trip_layered_on_the_shipped_codebook(layer):
    book = compile_codebook(load_codebook([SHIPPED, layer]))
    assert ("FRE", "987", "SYL") in keys(book, "Freedonia serenaded Sylvania.")


def test_import_command(dicts, tmp_path):
    import typer

    from khaldun.importers.cli import import_petrarch_command

    command = typer.Typer()
    command.command()(import_petrarch_command)
    out = tmp_path / "cli-layer"
    result = CliRunner().invoke(command, [*map(str, dicts), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "not converted" in result.output and (out / "codebook" / "rules.yaml").exists()
    missing = CliRunner().invoke(command, [str(tmp_path / "nope.txt"), "-o", str(out)])
    assert missing.exit_code == 2


def test_reverse_only_code_swaps_the_slots(tmp_path):
    path = tmp_path / "R.verbs.txt"
    path.write_text("--- HOST [---] ---\nHOST\n- * DELEGATION [:042]\n", encoding="utf-8")
    result = import_dictionaries([path], known_codes={"042"})
    rule = result.files["rules.yaml"]["rules"][0]
    assert rule["code"] == "042"
    assert rule["patterns"]["en"][0] == "{target} ... * ... delegation ... {source}"
    assert result.report.converted["reverse-only codes [:c2] (source and target swapped)"] == 1


def test_a_pattern_as_specific_as_the_bare_verb_still_wins(tmp_path):
    # TABARI: the verb's own code [094] applies only when none of its patterns matches
    (tmp_path / "T.actors").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "T.verbs").write_text("CALLED_ON [094]\n- $ * [095]\n", encoding="utf-8")
    import_petrarch([tmp_path / "T.actors", tmp_path / "T.verbs"], tmp_path / "out")
    rules = yaml.safe_load((tmp_path / "out" / "codebook" / "rules.yaml").read_text("utf-8"))
    assert [r["code"] for r in rules["rules"]] == ["095", "094"]
    book = compile_codebook(
        load_codebook([SHIPPED / "taxonomy", SHIPPED / "language", tmp_path / "out" / "codebook"])
    )
    assert keys(book, "Freedonia called on Sylvania.") == [("FRE", "095", "SYL")]


def test_a_pattern_coded_with_letters_keeps_the_bare_verb_from_coding(tmp_path):
    # TABARI codes [174K] for "haggle for refuge": khaldun cannot write that code, but the
    # verb's own [031] must not be coded in its place; other sentences keep the verb's code
    (tmp_path / "T.actors").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "T.verbs").write_text(
        "HAGGLE  [031]\n- * FOR_REFUGE  [174K]\n- * SHELTER  [112]\n", encoding="utf-8"
    )
    result = import_dictionaries([tmp_path / "T.actors", tmp_path / "T.verbs"])
    rules = {r["id"]: r for r in result.files["rules.yaml"]["rules"]}
    exceptions = rules["t.haggle"]["exceptions"]["en"]
    assert exceptions and all("{source?}" in e and " for refuge|" in e for e in exceptions)
    assert "exceptions" not in rules["t.haggle.112"]
    found = issues(result.report, "code with letters")
    assert [(i.file, i.line) for i in found] == [("T.verbs", 2)]
    import_petrarch([tmp_path / "T.actors", tmp_path / "T.verbs"], tmp_path / "out")
    book = compile_codebook(
        load_codebook([SHIPPED / "taxonomy", SHIPPED / "language", tmp_path / "out" / "codebook"])
    )
    assert keys(book, "Freedonia haggled Sylvania over the border.") == [("FRE", "031", "SYL")]
    assert keys(book, "Freedonia haggled Sylvania for refuge.") == []
