"""Load codebook folders: validate every file, cross-check them, report every problem at once."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .crosscheck import cross_check
from .schema import (
    AcledCountry,
    AcledMapping,
    Actor,
    ActorType,
    Agent,
    CodebookFile,
    Country,
    Language,
    Place,
    Rule,
    TaxonomyCode,
)
from .yamlsource import Path_, Problem, YamlDocument, format_path, load_yaml

SECTIONS = (
    "taxonomy",
    "actor_types",
    "countries",
    "actors",
    "agents",
    "places",
    "rules",
    "acled_countries",
)
KEYED_BY_CODE = ("taxonomy", "actor_types", "acled_countries")


class CodebookError(Exception):
    """Raised with every problem found in a codebook; ``str()`` lists them one per line."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Origin:
    file: str
    line: int
    layer: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class _Location:
    """Where an entry is written: its file, its path in that file, the file's line map."""

    file: str
    path: Path_
    lines: YamlDocument
    layer: int


@dataclass
class Codebook:
    """The validated contents of one or more codebook directories (later layers win by id)."""

    taxonomy: dict[str, TaxonomyCode] = field(default_factory=dict)
    actor_types: dict[str, ActorType] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    agents: dict[str, Agent] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    rules: dict[str, Rule] = field(default_factory=dict)
    languages: dict[str, Language] = field(default_factory=dict)
    acled: AcledMapping | None = None
    acled_countries: dict[str, AcledCountry] = field(default_factory=dict)
    locations: dict[tuple[str, str], _Location] = field(default_factory=dict)
    overrides: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def origin(self, section: str, key: str, *subpath: str | int) -> Origin:
        """``file:line`` of an entry (``"rules", "fight.attack"``) or of a part of it
        (``..., "examples", 2``)."""
        where = self.locations.get((section, key))
        if where is None:
            return Origin("?", 0)
        return Origin(where.file, where.lines.line_of((*where.path, *subpath)), where.layer)


def default_codebook_dir() -> Path:
    """The codebook shipped inside the package (or beside the sources in a checkout)."""
    packaged = Path(str(resources.files("khaldun"))) / "codebooks"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "codebooks"


def codebook_files(directory: Path) -> list[Path]:
    """Every ``*.yaml`` / ``*.yml`` file under ``directory``, in a stable order."""
    if directory.is_file():
        return [directory]
    return sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def load_codebook(
    directories: Path | Sequence[Path] | None = None, *, origins: bool = True
) -> Codebook:
    """Load and cross-check codebook layers; raise :class:`CodebookError` listing every problem.
    Without ``origins`` the book forgets where its entries are written once checked (their
    files' line maps: a few MB that compiling does not need)."""
    if directories is None:
        directories = [default_codebook_dir()]
    elif isinstance(directories, Path | str):
        directories = [Path(directories)]
    book = Codebook()
    problems: list[Problem] = []
    for layer, directory in enumerate(map(Path, directories)):
        if not directory.exists():
            problems.append(Problem(str(directory), 1, "", "codebook directory does not exist"))
            continue
        files = codebook_files(directory)
        if not files:
            problems.append(Problem(str(directory), 1, "", "no .yaml files in codebook"))
        for path in files:
            doc = load_yaml(path, _display(path))
            problems.extend(doc.problems)
            parsed = _validate(doc, problems)
            doc.data = None  # validated: the models hold the values, origins need the lines only
            if parsed is not None:
                problems.extend(_merge(book, parsed, doc, layer))
                book.files.append(path)
    problems.extend(cross_check(book))
    if problems:
        raise CodebookError(problems)
    if not origins:
        book.locations.clear()
    return book


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _validate(doc: YamlDocument, problems: list[Problem]) -> CodebookFile | None:
    if doc.data is None:
        return None
    if not isinstance(doc.data, dict):
        problems.append(Problem(doc.file, 1, "", "a codebook file must be a mapping of sections"))
        return None
    try:
        return CodebookFile.model_validate(doc.data)
    except ValidationError as exc:
        for err in exc.errors():
            path = _data_path(doc.data, err["loc"])
            problems.append(Problem(doc.file, doc.line_of(path), format_path(path), _message(err)))
        return None


def _message(err: Mapping[str, object]) -> str:
    if err["type"] == "extra_forbidden":
        return "unknown key"
    if err["type"] == "string_pattern_mismatch":
        return f"invalid value {err.get('input')!r}"
    return str(err["msg"])


def _data_path(data: Any, loc: Iterable[Any]) -> Path_:
    """The part of a pydantic error location that names real keys and indexes of ``data``."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        ):
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str):
            path.append(part)  # an unknown or missing key: name it, stop descending
            break
        else:
            continue  # union member names and the like
        path.append(part)
    return tuple(path)


def _merge(book: Codebook, parsed: CodebookFile, doc: YamlDocument, layer: int) -> list[Problem]:
    """Add one file's entries; a repeated id is an error within a layer, an override across."""
    problems: list[Problem] = []
    for section in SECTIONS:
        table: dict[str, Any] = getattr(book, section)
        for index, entry in enumerate(getattr(parsed, section)):
            key = entry.code if section in KEYED_BY_CODE else entry.id
            here = _Location(doc.file, (section, index), doc, layer)
            line = doc.line_of(here.path)
            previous = book.locations.get((section, key))
            if previous is not None:
                first = book.origin(section, key)
                if previous.layer == layer:
                    problems.append(
                        Problem(
                            doc.file,
                            line,
                            f"{section}[{index}]",
                            f"duplicate id '{key}' (first defined at {first})",
                        )
                    )
                    continue
                book.overrides.append(f"{doc.file}:{line}: {section} '{key}' overrides {first}")
            table[key] = entry
            book.locations[(section, key)] = here
    if parsed.language is not None:
        lang = parsed.language.lang
        previous = book.locations.get(("language", lang))
        if previous is not None and previous.layer == layer:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("language",)),
                    "language",
                    f"settings for '{lang}' are defined twice in one codebook",
                )
            )
        book.languages[lang] = parsed.language
        book.locations[("language", lang)] = _Location(doc.file, ("language",), doc, layer)
    if parsed.acled is not None:
        previous = book.locations.get(("acled", "acled"))
        if previous is not None and previous.layer == layer:
            problems.append(
                Problem(doc.file, doc.line_of(("acled",)), "acled", "acled is defined twice")
            )
        book.acled = parsed.acled
        book.locations[("acled", "acled")] = _Location(doc.file, ("acled",), doc, layer)
    return problems
