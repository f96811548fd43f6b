"""Reading inputs: every document accounted for, bad input reported, never a crash."""

from __future__ import annotations

import io
from datetime import date

import pytest

from khaldun.models import Document
from khaldun.readers import InputProblem, ReadOptions, parse_date, read_documents


def read(paths, options=None, stdin=None):
    items = list(read_documents([str(p) for p in paths], options or ReadOptions(), stdin))
    return (
        [i for i in items if isinstance(i, Document)],
        [i for i in items if isinstance(i, InputProblem)],
    )


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2019-11-04", date(2019, 11, 4)),
        ("20191104", date(2019, 11, 4)),
        ("2019-11-04T10:00:00Z", date(2019, 11, 4)),
        (20191104, date(2019, 11, 4)),
        ("yesterday", None),
        ("2019-13-40", None),
        (None, None),
    ],
)
def test_parse_date(value, day):
    assert parse_date(value) == day


def test_text_files_and_folders(tmp_path):
    (tmp_path / "a.txt").write_text("هاجمت القوات التركية مواقع قسد", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text("Turkish troops attacked.", encoding="utf-8")
    (sub / "notes.md").write_text("ignored", encoding="utf-8")
    docs, problems = read([tmp_path], ReadOptions(date(2020, 1, 1), "ar"))
    assert [d.id for d in docs] == ["a.txt", "sub/b.txt"]
    assert docs[0].date == date(2020, 1, 1) and docs[0].lang == "ar" and not problems


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "1", "text": "Turkish troops attacked.", "date": "2019-10-09", "lang": "en"}\n'
        "not json\n"
        '{"id": "2"}\n'
        '{"id": "3", "text": 42}\n'
        '["a list"]\n'
        "\n"
        '{"id": "1", "text": "again", "extra": 1}\n'
        '{"text": "no id"}\n'
        '{"id": "empty", "text": ""}\n',
        encoding="utf-8",
    )
    docs, problems = read([path])
    assert [d.id for d in docs] == ["1", "1", "feed.jsonl:8", "empty"]
    assert docs[0].date == date(2019, 10, 9)
    fatal = [(p.line, p.reason) for p in problems if p.fatal]
    assert fatal == [
        (2, "invalid JSON: Expecting value"),
        (3, "missing 'text'"),
        (4, "'text' is not a string"),
        (5, "record is not a JSON object"),
    ]
    warnings = [p.reason for p in problems if not p.fatal]
    assert any("duplicate id '1'" in w for w in warnings)
    assert any("unknown keys ignored: extra" in w for w in warnings)


def test_csv_input(tmp_path):
    path = tmp_path / "stories.csv"
    path.write_text(
        'id,text,date\nx,"Turkish troops attacked, again.",2020-02-02\n', encoding="utf-8"
    )
    docs, problems = read([path])
    assert docs[0].text == "Turkish troops attacked, again." and not problems
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\nx,y\n", encoding="utf-8")
    assert read([bad])[1][0].reason == "CSV has no 'text' column"


@pytest.mark.parametrize(
    ("data", "text", "warned"),
    [
        ("\ufeffقال".encode(), "قال", False),  # UTF-8 with BOM
        ("قال".encode("utf-16"), "قال", False),  # UTF-16 with BOM
        (b"caf\xe9 attacked", "caf\ufffd attacked", True),  # broken UTF-8: replaced, warned
        (b"", "", False),  # empty file: an empty document
    ],
)
def test_encodings(tmp_path, data, text, warned):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    docs, problems = read([path])
    assert docs[0].text == text
    assert bool(problems) == warned


def test_binary_missing_and_unreadable(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    docs, problems = read([binary, tmp_path / "missing.txt"])
    assert not docs
    assert [p.reason for p in problems] == [
        "binary file (NUL bytes), not text",
        "no such file or folder",
    ]


def test_symlink_loops_do_not_hang(tmp_path):
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    docs, _ = read([tmp_path])
    assert [d.id for d in docs] == ["a.txt"]


@pytest.mark.parametrize(
    ("data", "ids"),
    [
        (b'{"id": "s1", "text": "x"}\n{"id": "s2", "text": "y"}\n', ["s1", "s2"]),
        ("هاجمت القوات التركية".encode(), ["stdin"]),
    ],
)
def test_stdin(data, ids):
    docs, _ = read(["-"], stdin=io.BufferedReader(io.BytesIO(data)))
    assert [d.id for d in docs] == ids
