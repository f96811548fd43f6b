"""The command line, through typer's CliRunner: commands, formats, summaries and exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, MINI_ARGS, SHIPPED
from khaldun import __version__, match
from khaldun.build import build_kind
from khaldun.cli import app

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "seeds"
MINI = MINI_ARGS


@pytest.fixture
def runner():
    return CliRunner()


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout
    assert f"({build_kind()})" in result.stdout  # compiled or python


def test_build_kind_says_whether_the_coding_modules_are_compiled():
    compiled = match.__file__.endswith((".so", ".pyd"))
    assert build_kind() == ("compiled" if compiled else "python")


@pytest.mark.parametrize("command", ["code", "explain", "check", "evaluate", "import-petrarch"])
def test_every_command_has_help_and_is_in_the_readme(runner, command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout
    assert f"khaldun {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_code_seeds_prints_csv_events(runner):
    result = runner.invoke(app, ["code", str(SEEDS), "--date", "2019-11-04"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) >= 8
    assert {r["doc_id"] for r in rows} == {"welati-news-hasakah.txt"}
    assert {r["date"] for r in rows} == {"2019-11-04"}
    assert ("IGOMIL", "0874") in {(r["source_code"], r["code"]) for r in rows}
    assert re.search(
        r"1 documents read, 1 coded, 0 skipped.*\d+ sentences, \d+ events", result.stderr
    )


def test_code_jsonl_to_file(runner, tmp_path):
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["code", str(SEEDS), "-f", "jsonl", "-o", str(out), "-q"])
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(r["rule_id"] and r["sentence"] for r in records)


def test_code_reads_jsonl_and_stdin(runner, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "d1", "text": "Turkish troops attacked the SDF.", "date": "2020-01-02"})
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["code", str(feed), *MINI])
    assert result.exit_code == 0
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["doc_id"], row["source_code"], row["code"], row["target_code"], row["date"]) == (
        "d1",
        "TURMIL",
        "190",
        "SYRREB",
        "2020-01-02",
    )
    piped = runner.invoke(
        app, ["code", "-", *MINI, "--lang", "ar"], input="هاجمت القوات التركية مواقع قسد"
    )
    assert piped.exit_code == 0 and "TURMIL" in piped.stdout


def test_partial_failure_codes_the_rest_and_exits_1(runner, tmp_path):
    errors = tmp_path / "errors.jsonl"
    result = runner.invoke(
        app, ["code", str(SEEDS), str(tmp_path / "missing.txt"), "--errors", str(errors)]
    )
    assert result.exit_code == 1
    assert "IGOMIL" in result.stdout
    assert "no such file or folder" in result.stderr
    [record] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert record["path"].endswith("missing.txt") and record["skipped"] is True


def test_codebook_error_exits_2_with_file_and_line(runner, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "rules.yaml").write_text(
        'rules:\n  - id: x\n    code: "190"\n    oops: 1\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["code", str(SEEDS), *MINI, "-c", str(bad)])
    assert result.exit_code == 2
    assert f"{bad / 'rules.yaml'}:4: rules[0].oops: unknown key" in result.stderr


def test_bad_date_is_a_usage_error(runner):
    result = runner.invoke(app, ["code", str(SEEDS), "--date", "yesterday"])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    "sentence", ["Turkish troops did not attack the SDF.", "لم تهاجم القوات التركية مواقع قسد"]
)
def test_explain_shows_why(runner, sentence):
    result = runner.invoke(app, ["explain", sentence, *MINI])
    assert result.exit_code == 0
    for section in ("tokens:", "actors:", "cues:", "triggers and patterns tried:", "events:"):
        assert section in result.stdout
    assert "negated: not coded" in result.stdout and "TURMIL" in result.stdout


def test_check_passes_on_the_shipped_codebook(runner):
    result = runner.invoke(app, ["check", "--stats", "--json"])
    assert result.exit_code == 0, result.stdout
    stats = json.loads(result.stdout.strip().splitlines()[-1])
    assert stats["by_language"]["ar"]["rules"] > 0 and stats["by_language"]["en"]["rules"] > 0


def test_check_reports_failing_examples_with_file_and_line(runner, tmp_path):
    layer = tmp_path / "local"
    layer.mkdir()
    (layer / "r.yaml").write_text(
        'rules:\n  - id: local.attack\n    code: "190"\n    verbs: {en: [assault]}\n'
        '    examples:\n      - text: "Turkish troops assaulted the SDF."\n'
        '        expect: [{source: RUSMIL, code: "190", target: SYRREB}]\n',
        encoding="utf-8",
    )
    args = [
        str(SHIPPED / "taxonomy"),
        str(SHIPPED / "language"),
        str(FIXTURES / "mini"),
        str(layer),
    ]
    result = runner.invoke(app, ["check", *args])
    assert result.exit_code == 1
    assert (
        f"{layer / 'r.yaml'}:6: local.attack: expected [RUSMIL 190 SYRREB], got [TURMIL 190 SYRREB]"
    ) in result.stdout


@pytest.mark.parametrize(
    ("fmt", "rows", "books"),
    # ACLED rows need the shipped ACLED layer (one per coded sentence: 60 and the header)
    [("csv", 61, MINI), ("jsonl", 60, MINI), ("phoenix", 60, MINI), ("acled", 61, [])],
)
def test_jobs_give_identical_output_in_input_order(runner, tmp_path, fmt, rows, books):
    # with several jobs the workers write each document's rows themselves (not the header)
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False)
        for i, text in enumerate(
            ["Turkish troops attacked the SDF.", "هاجمت القوات التركية مواقع قسد", "nothing"] * 30
        )
    ]
    feed.write_text("\n".join(lines) + "\nbroken line\n", encoding="utf-8")
    one = runner.invoke(app, ["code", str(feed), *books, "-j", "1", "-f", fmt])
    two = runner.invoke(app, ["code", str(feed), *books, "-j", "2", "-f", fmt])
    assert one.exit_code == two.exit_code == 1  # the broken line
    assert one.stdout == two.stdout and one.stdout.count("\n") == rows
    assert "60 events" in one.stderr and "60 events" in two.stderr  # the summary counts them


def test_one_a_day_with_jobs_sees_every_event(runner, tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {"id": f"d{i}", "text": "Turkish troops attacked the SDF.", "date": "2024-01-02"}
        )
        for i in range(40)
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = runner.invoke(app, ["code", str(feed), *MINI, "-j", "1", "--one-a-day"])
    two = runner.invoke(app, ["code", str(feed), *MINI, "-j", "2", "--one-a-day"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and one.stdout.count("\n") == 2  # the header and one event


def test_readme_lists_the_native_columns():
    from khaldun.writers import COLUMNS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = readme.split("### Output columns")[1].split("`")[1]
    assert [c.strip() for c in listed.split(",")] == list(COLUMNS)
