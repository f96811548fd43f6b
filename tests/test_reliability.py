"""Bad input never crashes a run or loses a document; work per sentence is bounded."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import MINI_ARGS
from khaldun import cli, parallel
from khaldun.models import Document
from khaldun.pipeline import code_document
from khaldun.readers import InputProblem, read_documents
from khaldun.segment import MAX_SENTENCE_CHARS, split_sentences

MINI = MINI_ARGS
SEEDS = Path(__file__).parents[1] / "seeds"

ADVERSARIAL = [
    "و" * 100_000,  # one enormous "word"
    "هاجمت " * 5_000,  # triggers without actors
    "Turkey and " * 3_000 + "attacked " + "Russia and " * 3_000 + "Syria.",  # huge compounds
    ("قسد و" * 2_000) + "هاجمت" + (" تركيا و" * 2_000),
    "“" * 20_000 + "attacked",  # nothing but quote marks
    "\u200f\u061c" * 50_000 + "هاجمت القوات التركية قسد",  # direction marks
    "لم " * 10_000 + "تهاجم القوات التركية قسد",
    "Turkish troops attacked the SDF " * 2_000,  # a 60 KB run-on sentence
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_text_is_coded_in_bounded_time(mini, text):
    started = time.perf_counter()
    result = code_document(Document("adv", text), mini)
    elapsed = time.perf_counter() - started
    # a loose bound (typical: milliseconds): no input makes the coder explode
    assert elapsed < 5.0, elapsed
    assert len(result.events) <= 2 * len(text.split())
    for event in result.events:
        assert len(event.sentence) <= MAX_SENTENCE_CHARS


def test_a_50mb_line_without_newline_is_cut_into_bounded_sentences():
    text = "word " * 10_000_000  # 50 MB, no newline, no full stop
    sentences = split_sentences(text[: 5 * MAX_SENTENCE_CHARS])
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert len(split_sentences(text)) >= len(text) // MAX_SENTENCE_CHARS


def test_compound_lists_are_capped(mini):
    text = "Turkey and " * 50 + "Russia attacked the SDF."
    events = code_document(Document("c", text), mini).events
    assert 1 <= len(events) <= 8


def test_interrupt_exits_130_and_leaves_no_file(tmp_path, monkeypatch):
    out = tmp_path / "events.csv"

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(parallel, "code_document", interrupted)
    result = CliRunner().invoke(cli.app, ["code", str(SEEDS), *MINI, "-o", str(out), "-j", "1"])
    assert result.exit_code == 130 and "interrupted" in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_unreadable_file_and_folder_are_reported(tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text("text", encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    real_walk = os.walk

    def walk_with_a_locked_folder(top, onerror=None, **kwargs):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "private")))
        yield from real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(os, "walk", walk_with_a_locked_folder)
    items = list(read_documents([str(tmp_path)]))
    docs = [i for i in items if isinstance(i, Document)]
    problems = [i.reason for i in items if isinstance(i, InputProblem)]
    assert [d.id for d in docs] == ["good.txt"]
    assert "cannot read folder: Permission denied" in problems
    assert "cannot open: Permission denied" in problems


def test_closed_stdin_is_a_reported_problem():
    stream = io.BufferedReader(io.BytesIO(b"text"))
    stream.close()
    [problem] = list(read_documents(["-"], stdin=stream))
    assert isinstance(problem, InputProblem) and "cannot read" in problem.reason


def test_stdout_closed_early_ends_quietly():
    command = [sys.executable, "-m", "khaldun", "code", *MINI, str(SEEDS), str(SEEDS), str(SEEDS)]
    producer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = producer.stdout.readline()
    producer.stdout.close()  # like `| head -1`
    _, err = producer.communicate(timeout=60)
    assert first.startswith(b"event_id,")
    assert producer.returncode == 0
    assert b"Traceback" not in err


def test_every_input_is_accounted_for_in_the_summary(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "text": "Turkish troops attacked the SDF."}\nbroken\n{"id": "b"}\n',
        encoding="utf-8",
    )
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    (tmp_path / "empty.txt").write_bytes(b"")
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(cli.app, ["code", str(tmp_path), *MINI, "--errors", str(errors)])
    assert result.exit_code == 1
    assert "5 documents read, 2 coded, 3 skipped" in result.stderr
    assert len(errors.read_text(encoding="utf-8").splitlines()) == 3


def test_an_enormous_document_is_read_in_bounded_parts(tmp_path):
    from khaldun.readers import MAX_DOCUMENT_CHARS

    path = tmp_path / "dump.txt"
    path.write_text(
        "Turkish troops attacked the SDF " * (MAX_DOCUMENT_CHARS // 10), encoding="utf-8"
    )
    items = list(read_documents([str(path)]))
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) >= 3 and all(len(d.text) <= MAX_DOCUMENT_CHARS for d in docs)
    assert [d.id for d in docs[:3]] == ["dump.txt", "dump.txt#2", "dump.txt#3"]
    assert "".join(d.text for d in docs) == path.read_text(encoding="utf-8")
    assert any("coded in" in i.reason for i in items if isinstance(i, InputProblem))
