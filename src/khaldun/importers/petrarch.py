"""Import TABARI / PETRARCH-1 / PETRARCH-2 dictionaries as a khaldun codebook layer.

:func:`import_dictionaries` reads dictionary files, recognises each one's kind (verbs, actors,
agents, discards, issues, ...) and returns khaldun codebook data as plain dicts and lists, ready
to be written as YAML, with an :class:`ImportReport` of everything that could not be converted
exactly. The layer is meant to be loaded on top of the shipped codebook (which supplies the
language settings and the CAMEO taxonomy): ``--codebook SHIPPED --codebook LAYER``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ..schema import Actor, Agent, Country, Rule, TaxonomyCode
from .actors import convert_actors
from .agents import convert_agents
from .common import IdMaker, Line, read_lines, slug
from .discards import convert_discards, report_issues
from .report import ImportReport
from .rules import convert_verbs
from .verbs import read_petrarch_verbs, read_tabari_verbs

ENTITY_PREFIX = "imp."
KINDS = (
    "verbs",
    "tabari-verbs",
    "actors",
    "agents",
    "discards",
    "issues",
    "prepositions",
    "ontology",
    "other",
)


@dataclass
class ImportResult:
    """The layer's files (name -> sections), the discards and the report."""

    files: dict[str, dict] = field(default_factory=dict)
    discards: list[dict] = field(default_factory=list)
    report: ImportReport = field(default_factory=ImportReport)
    sources: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            section: sum(len(data.get(section, [])) for data in self.files.values())
            for section in ("taxonomy", "countries", "actors", "agents", "rules")
        }


def detect_kind(path: Path, lines: Sequence[Line]) -> str:
    """The kind of a dictionary file, from its name and, failing that, its content."""
    name = path.name.lower()
    for word, kind in (
        ("discard", "discards"),
        ("issue", "issues"),
        ("agent", "agents"),
        ("actor", "actors"),
        ("preposition", "prepositions"),
        ("ontology", "ontology"),
        ("synset", "verbs"),
    ):
        if word in name:
            return kind
    if name.endswith((".options", ".project", ".ini", ".text", ".xml", ".jsonl")):
        return "other"
    texts = [line.text.strip() for line in lines[:2000]]
    headers = sum(t.startswith("---") for t in texts)
    if "verb" in name or name.startswith("cameo") or headers:
        return "verbs" if headers else "tabari-verbs"
    if any(t.startswith("<ISSUE") for t in texts):
        return "issues"
    if any("[~" in t or "~]" in t for t in texts):
        return "agents"
    if any(t.startswith("- ") for t in texts):
        return "tabari-verbs"
    if any("[" in t for t in texts):
        return "actors"
    return "other"


def shipped_taxonomy() -> tuple[set[str], frozenset[str]]:
    """Event codes and actor type codes of the shipped codebook's taxonomy."""
    from ..codebook import default_codebook_dir, load_codebook

    book = load_codebook([default_codebook_dir() / "taxonomy"])
    return set(book.taxonomy), frozenset(book.actor_types)


def import_dictionaries(
    paths: Iterable[Path],
    known_codes: Iterable[str] | None = None,
) -> ImportResult:
    """Convert dictionary files into one khaldun codebook layer."""
    shipped_codes, role_codes = shipped_taxonomy()
    known = set(shipped_codes if known_codes is None else known_codes)
    result = ImportResult()
    report = result.report
    country_ids, actor_ids, agent_ids, rule_ids = IdMaker(), IdMaker(), IdMaker(), IdMaker()
    countries: list[dict] = []
    actors: list[dict] = []
    agents: list[dict] = []
    rules: list[dict] = []
    new_codes: dict[str, dict] = {}
    shared_synsets: dict = {}
    for path in map(Path, paths):
        lines = read_lines(path)
        kind = detect_kind(path, lines)
        report.files.append(f"{path.name} ({kind})")
        result.sources.append(path.name)
        if kind == "actors":
            converted = convert_actors(
                lines,
                report,
                tabari=_is_tabari_actors(path, lines),
                country_ids=country_ids,
                actor_ids=actor_ids,
                role_codes=role_codes,
            )
            countries += converted.countries
            actors += converted.actors
            result.discards += converted.discards
        elif kind == "agents":
            agents += convert_agents(lines, report, agent_ids).agents
        elif kind in ("verbs", "tabari-verbs"):
            book = (read_tabari_verbs if kind == "tabari-verbs" else read_petrarch_verbs)(
                lines, report
            )
            book.synsets = {**shared_synsets, **book.synsets}
            shared_synsets.update(book.synsets)  # a synset file serves the verb files after it
            converted_rules = convert_verbs(
                book, report, _rule_prefix(path), rule_ids, known, new_codes
            )
            rules += converted_rules.rules
            result.discards += converted_rules.discards
        elif kind == "discards":
            result.discards += convert_discards(lines, report)
        elif kind == "issues":
            report_issues(lines, report)
        elif kind == "prepositions":
            report.not_converted(
                path.name,
                1,
                "preposition list",
                "not read by PETRARCH-2 either; nothing to convert",
            )
        elif kind == "ontology":
            report.not_converted(
                path.name, 1, "PICO ontology", "not needed: the verb dictionaries give CAMEO codes"
            )
        else:
            report.not_converted(path.name, 1, "file", "not a dictionary this importer reads")
    for entry in countries + actors + agents:
        entry["id"] = ENTITY_PREFIX + entry["id"]
    result.files = {
        "taxonomy.yaml": {"taxonomy": _valid(list(new_codes.values()), TaxonomyCode, report)},
        "actors.yaml": {
            "countries": _valid(countries, Country, report),
            "actors": _valid(actors, Actor, report),
        },
        "agents.yaml": {"agents": _valid(agents, Agent, report)},
        "rules.yaml": {"rules": _valid(rules, Rule, report)},
    }
    result.files = {
        name: {k: v for k, v in data.items() if v}
        for name, data in result.files.items()
        if any(data.values())
    }
    return result


def _rule_prefix(path: Path) -> str:
    name = path.name
    for suffix in (".txt", ".verbs"):
        name = name.removesuffix(suffix)
    return slug(name, "verbs")


def _is_tabari_actors(path: Path, lines: Sequence[Line]) -> bool:
    if path.suffix.lower() == ".actors":
        return True
    return any(line.text.strip() in ("<NOUN>", "<ADJECTIVE>") for line in lines[:200])


def _valid(entries: list[dict], model, report: ImportReport) -> list[dict]:
    """Entries the khaldun schema accepts; any other is reported (never silently dropped)."""
    out = []
    for entry in entries:
        try:
            model.model_validate(entry)
        except ValidationError as exc:
            where = str(entry.get("note", "")).split(": ")[0] or "?:0"
            file, _, line = where.rpartition(":")
            first = exc.errors()[0]
            report.not_converted(
                file or where,
                int(line) if line.isdigit() else 0,
                f"{model.__name__.lower()} entry",
                f"rejected by the khaldun schema: {first['msg']} "
                f"at {'.'.join(map(str, first['loc']))}",
                str(entry.get("id", "")),
            )
            continue
        out.append(entry)
    return out
