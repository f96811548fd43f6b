"""Read YAML into plain data plus a map from each value's path to its line number.

Every scalar stays a string (``code: 042`` is ``"042"``, ``NO`` is ``"NO"``); duplicate keys,
oversized files and alias bombs are reported as problems instead of being loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Path_ = tuple[str | int, ...]

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_NODES = 4_000_000
PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "seq", "map"))


@dataclass(frozen=True)
class Problem:
    """One codebook problem, located in a file."""

    file: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.file}:{self.line}: {where}{self.message}"


@dataclass
class YamlDocument:
    """Plain data from one YAML file, with the line of every mapping key and list item."""

    file: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, path: Path_) -> int:
        """Line of the deepest known prefix of ``path`` (1 when nothing is known)."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1


_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present


class _StringLoader(_SafeLoader):
    """SafeLoader whose scalars are all strings: no implicit ints, floats, bools or dates."""


_StringLoader.yaml_implicit_resolvers = {}


def format_path(path: Path_) -> str:
    """``("rules", 3, "code")`` -> ``rules[3].code``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _Converter:
    """Turns a composed node tree into data, recording lines and problems."""

    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.visited = 0

    def convert(self, node: yaml.Node, path: Path_, inherited: int = 0, keyed: bool = False) -> Any:
        """Data of ``node`` at ``path``. A mapping value is at its key's line; a list item or
        key is recorded only where its line differs from the one it inherits (its list's, its
        mapping's): ``line_of`` finds the same lines, and an inline list of names or a one-line
        place costs no entry per value."""
        self.visited += 1
        if self.visited > MAX_NODES:
            raise _TooLarge
        if not keyed and node.start_mark.line + 1 != inherited:
            self.doc.lines[path] = node.start_mark.line + 1
        line = self.doc.lines.get(path, inherited)
        if node.tag not in PLAIN_TAGS:
            self._problem(node, path, f"YAML tags such as {node.tag!r} are not allowed")
        if isinstance(node, yaml.ScalarNode):
            return node.value
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, (*path, i), line) for i, item in enumerate(node.value)]
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem(key_node, path, "mapping keys must be plain words")
                continue
            key = key_node.value
            if key == "<<":
                self._problem(key_node, path, "merge keys (<<) are not supported")
                continue
            if key in out:
                self._problem(key_node, (*path, key), f"duplicate key '{key}'")
                continue
            key_line = key_node.start_mark.line + 1
            if key_line != line:
                self.doc.lines[(*path, key)] = key_line
            out[key] = self.convert(value_node, (*path, key), key_line, keyed=True)
        return out

    def _problem(self, node: yaml.Node, path: Path_, message: str) -> None:
        self.doc.problems.append(
            Problem(self.doc.file, node.start_mark.line + 1, format_path(path), message)
        )


class _TooLarge(Exception):
    pass


def load_yaml(path: Path, display: str | None = None) -> YamlDocument:
    """Load one YAML file; problems are collected on the returned document, never raised."""
    name = display or str(path)
    doc = YamlDocument(file=name, data=None)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            doc.problems.append(
                Problem(name, 1, "", f"file is {size} bytes; the limit is {MAX_FILE_BYTES}")
            )
            return doc
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        doc.problems.append(Problem(name, 1, "", f"cannot read file: {exc}"))
        return doc
    try:
        node = yaml.compose(text, Loader=_StringLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        message = f"YAML syntax error: {exc.problem}"
        if exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
            message += f" ({exc.context} started at line {exc.context_mark.line + 1})"
        doc.problems.append(Problem(name, line, "", message))
        return doc
    if node is None:
        return doc
    try:
        doc.data = _Converter(doc).convert(node, ())
    except _TooLarge:
        doc.data = None
        doc.problems.append(
            Problem(name, 1, "", f"document expands to more than {MAX_NODES} nodes (alias bomb?)")
        )
    return doc
