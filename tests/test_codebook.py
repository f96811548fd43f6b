"""Codebook loading: every problem reported as file:line: path: message."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, SHIPPED
from khaldun.codebook import CodebookError, load_codebook
from khaldun.yamlsource import load_yaml

BAD = sorted((FIXTURES / "bad").glob("*.yaml"))


def _expectations(path: Path) -> list[tuple[int, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"#\s*expect:\s*(\d+):\s*(.+)$", line)
        if match:
            out.append((int(match.group(1)), match.group(2).strip()))
    return out


@pytest.mark.parametrize("bad", BAD, ids=[p.stem for p in BAD])
def test_bad_codebook_reports_file_and_line(tmp_path, bad):
    layer = tmp_path / "layer"
    layer.mkdir()
    shutil.copy(bad, layer / bad.name)
    with pytest.raises(CodebookError) as info:
        load_codebook([SHIPPED / "taxonomy", SHIPPED / "language", FIXTURES / "mini", layer])
    messages = [str(p) for p in info.value.problems]
    for line, fragment in _expectations(bad):
        assert any(
            m.startswith(f"{layer / bad.name}:{line}: ") and fragment in m for m in messages
        ), (line, fragment, messages)


def test_every_bad_fixture_states_its_expectation():
    assert BAD and all(_expectations(p) for p in BAD)


def test_codes_stay_strings(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(
        "taxonomy:\n  - {code: 042, name: x, goldstein: 1, quad_class: 1}\nx: NO\n",
        encoding="utf-8",
    )
    doc = load_yaml(path)
    assert doc.data["taxonomy"][0]["code"] == "042" and doc.data["x"] == "NO"


def test_every_value_has_its_line(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(
        "# a comment\n"
        "rules:\n"
        "  - id: a\n"
        "    verbs: {en: [attack, raid], ar: [هاجم]}\n"
        "    patterns:\n"
        "      en:\n"
        '        - "{source} * {target}"\n'
        "\n"
        '        - "{source} *"\n'
        "  - {id: b, code: '190'}\n",
        encoding="utf-8",
    )
    doc = load_yaml(path)
    line = doc.line_of
    assert line(("rules",)) == 2 and line(("rules", 0)) == 3 and line(("rules", 0, "id")) == 3
    assert line(("rules", 0, "verbs", "en", 1)) == line(("rules", 0, "verbs", "ar", 0)) == 4
    assert line(("rules", 0, "patterns")) == 5 and line(("rules", 0, "patterns", "en")) == 6
    assert line(("rules", 0, "patterns", "en", 0)) == 7
    assert line(("rules", 0, "patterns", "en", 1)) == 9
    assert line(("rules", 1, "code")) == line(("rules", 1, "nowhere")) == 10
    # a value on its key's line costs no entry of its own: a one-line place, a list of names
    assert ("rules", 0, "verbs", "en", 1) not in doc.lines and ("rules", 1, "code") not in doc.lines


def test_alias_bomb_is_refused(tmp_path):
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = load_yaml(path)
    assert doc.data is None and "alias bomb" in str(doc.problems[0])


def test_python_objects_are_never_constructed(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text("x: !!python/object/apply:os.system ['echo hacked']\n", encoding="utf-8")
    doc = load_yaml(path)
    assert "not allowed" in str(doc.problems[0])


def test_missing_directory(tmp_path):
    with pytest.raises(CodebookError, match="does not exist"):
        load_codebook(tmp_path / "nowhere")


def test_layers_override_by_id(tmp_path):
    layer = tmp_path / "local"
    layer.mkdir()
    (layer / "sdf.yaml").write_text(
        "actors:\n  - id: sdf\n    code: SYRMIL\n    name: renamed\n    names: {en: [SDF]}\n",
        encoding="utf-8",
    )
    book = load_codebook([SHIPPED / "taxonomy", SHIPPED / "language", FIXTURES / "mini", layer])
    assert book.actors["sdf"].code == "SYRMIL"
    assert any("overrides" in line for line in book.overrides)


def test_shipped_codebook_covers_the_taxonomy(shipped_codebook):
    assert len(shipped_codebook.taxonomy) == 318
    assert all(isinstance(code, str) for code in shipped_codebook.taxonomy)
    assert shipped_codebook.taxonomy["0874"].plover == "RETREAT"
    assert {"en", "ar"} <= set(shipped_codebook.languages)


def test_absurdly_large_codebook_files_are_refused(tmp_path, monkeypatch):
    from khaldun import yamlsource

    path = tmp_path / "huge.yaml"
    path.write_text("rules: []\n" + "# padding\n" * 100, encoding="utf-8")
    monkeypatch.setattr(yamlsource, "MAX_FILE_BYTES", 100)
    doc = load_yaml(path)
    assert doc.data is None and "the limit is 100" in str(doc.problems[0])
