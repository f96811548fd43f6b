"""Actor dictionaries (PETRARCH ``*.actors.txt``, TABARI ``.actors``) -> khaldun countries and
actors.

A record is a primary phrase, ``+`` synonym lines and code lines (``[CODE]``, ``[CODE >date]``,
``[CODE <date]``, ``[CODE d1-d2]``), on the primary line or on indented lines below it. A
record with one undated three-letter code becomes a khaldun *country* (so that role nouns
compose with it: ``Arnor's president`` -> ``ARNGOV``); any other record becomes an *actor*
with dated ``codes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import timedelta

from .actor_codes import ActorCode, dated_entry, null_complements, parse_actor_code
from .common import (
    IdMaker,
    Line,
    display_phrase,
    has_arabic,
    phrase_words,
    section_tag,
)
from .report import ImportReport

BRACKET_RE = re.compile(r"\[([^\]]*)\]")
# TABARI phrases without a trailing "_" are stems; khaldun matches whole words, so a stem is
# approximated by the forms these endings give (Ethiop -> Ethiopia, Ethiopian, Ethiopians)
STEM_SUFFIXES = (
    "",
    "s",
    "es",
    "a",
    "ia",
    "n",
    "an",
    "ans",
    "ian",
    "ians",
    "e",
    "ese",
    "i",
    "ish",
    "y",
    "on",
    "ine",
    "ines",
    "ic",
)
TABARI_SECTIONS = ("NOUN", "ADJECTIVE")
GAP_WORDS = ("of", "the", "of the")  # what most often stands between TABARI's blank-joined words


@dataclass
class _Record:
    line: Line
    phrases: list[tuple[Line, str]] = field(default_factory=list)
    codes: list[tuple[Line, str]] = field(default_factory=list)


@dataclass
class ActorResult:
    countries: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    discards: list[dict] = field(default_factory=list)


def convert_actors(
    lines: list[Line],
    report: ImportReport,
    tabari: bool = False,
    country_ids: IdMaker | None = None,
    actor_ids: IdMaker | None = None,
    role_codes: frozenset[str] = frozenset(),
) -> ActorResult:
    """Convert the lines of one actor dictionary. ``role_codes``: three-letter codes that are
    roles (GOV, MIL, ...), never countries."""
    result = ActorResult()
    country_ids = country_ids or IdMaker()
    actor_ids = actor_ids or IdMaker()
    for record in _records(lines, report):
        _convert_record(record, report, tabari, result, country_ids, actor_ids, role_codes)
    return result


def _records(lines: list[Line], report: ImportReport) -> list[_Record]:
    records: list[_Record] = []
    section = ""
    for line in lines:
        text = line.text.strip()
        tag = section_tag(text)
        if tag is not None:
            section = tag
            continue
        if section:
            report.not_converted(
                line.file,
                line.number,
                f"TABARI <{section}> list",
                "parser word lists (nouns/adjectives for TABARI's shallow parser) have no "
                "khaldun equivalent",
                line.raw,
            )
            continue
        if text.startswith("["):
            if not records:
                report.not_converted(
                    line.file, line.number, "code line", "no record before it", line.raw
                )
                continue
            records[-1].codes += [(line, c) for c in BRACKET_RE.findall(text)]
            continue
        phrase = BRACKET_RE.sub(" ", text).strip()
        codes = [(line, c) for c in BRACKET_RE.findall(text)]
        if text.startswith("+"):
            if not records:
                report.not_converted(
                    line.file, line.number, "synonym line", "no record before it", line.raw
                )
                continue
            records[-1].phrases.append((line, phrase[1:].strip()))
            records[-1].codes += codes
            continue
        records.append(_Record(line, [(line, phrase)], codes))
    return records


def _convert_record(
    record: _Record,
    report: ImportReport,
    tabari: bool,
    result: ActorResult,
    country_ids: IdMaker,
    actor_ids: IdMaker,
    role_codes: frozenset[str] = frozenset(),
) -> None:
    first = record.line
    names: dict[str, list[str]] = {"en": [], "ar": []}
    for line, phrase in record.phrases:
        for name in _names(line, phrase, report, tabari):
            lang = "ar" if has_arabic(name) else "en"
            if name not in names[lang]:
                names[lang].append(name)
    if not names["en"] and not names["ar"]:
        report.not_converted(first.file, first.number, "actor record", "no phrase", first.raw)
        return
    defaults: list[ActorCode] = []
    dated: list[ActorCode] = []
    nulls: list[ActorCode] = []
    discard_lines: list[Line] = []
    for line, content in record.codes:
        code = parse_actor_code(line, content, report)
        if code is None:
            continue
        if code.code == "---":
            nulls.append(code)
        elif code.code == "###" and code.dated:
            # ENT [### <890101] [ENT]: khaldun's discards have no dates, so the actor is
            # simply not recognised in the discard's dates (no code), and coded in the others
            nulls.append(replace(code, code="---"))
            report.approximated(
                line.file,
                line.number,
                "dated discard actor [###]",
                "read as no code in its dates (khaldun's discards have no dates)",
                line.raw,
            )
        elif code.code == "###":
            discard_lines.append(line)
            report.approximated(
                line.file,
                line.number,
                "discard actor [###]",
                "written to discards.yaml (khaldun has no discards yet)",
                line.raw,
            )
        elif code.code == "+++":
            report.not_converted(
                line.file,
                line.number,
                "complex-event actor [+++]",
                "TABARI complexity flag: no khaldun equivalent",
                line.raw,
            )
        else:
            (dated if code.dated else defaults).append(code)
    if len(defaults) > 1:
        report.approximated(
            first.file,
            first.number,
            "several default codes",
            "kept the first",
            first.raw,
        )
    for line in discard_lines:
        result.discards += _discards(line, names, _discard_window(dated))
    default = defaults[0] if defaults else None
    dated += null_complements(first, nulls, default, report)
    if default is not None and any(n.dated for n in nulls):
        default = None  # replaced by its dated complement
    if default is None and not dated:
        if nulls:
            report.not_converted(
                first.file,
                first.number,
                "null-coded actor [---]",
                "khaldun cannot recognise an actor without a code",
                first.raw,
            )
        elif not record.codes:
            report.not_converted(
                first.file, first.number, "actor without code", "no usable code", first.raw
            )
        return
    canonical = record.phrases[0][1]
    words, _exact = phrase_words(canonical.lstrip("+"))
    name = " ".join(words) if has_arabic(canonical) else " ".join(w.title() for w in words)
    names_data = {lang: v for lang, v in names.items() if v}
    if (
        default is not None
        and not dated
        and len(default.code) == 3
        and default.code not in role_codes
        and not default.also
    ):
        result.countries.append(
            {
                "id": country_ids.make(name, "country"),
                "code": default.code,
                "name": name,
                "names": names_data,
            }
        )
        report.count("actor records -> countries")
        return
    entry: dict = {"id": actor_ids.make(name, "actor"), "name": name}
    if default is not None:
        entry["code"] = default.code
        entry.update({"also": default.also} if default.also else {})
    if dated:
        entry["codes"] = [dated_entry(c) for c in dated]
        report.count("date-restricted codes")
    entry["names"] = names_data
    result.actors.append(entry)
    report.count("actor records -> actors")


def _discards(line: Line, names: dict[str, list[str]], window: dict) -> list[dict]:
    """The discard records of an actor's undated ``[###]`` code, in the dates its dated codes
    leave (``window``): ONODOHER [ONO <911226] [###] discards a sentence from 1991-12-26."""
    return [
        {
            "text": w,
            "level": "sentence",
            "match": "word",
            "lang": lang,
            **window,
            "origin": f"{line.file}:{line.number}",
            "note": "actor coded [###]",
        }
        for lang, words in names.items()
        for w in words
    ]


def _discard_window(dated: list[ActorCode]) -> dict:
    """The dates an undated discard code holds in beside the actor's dated codes: after them
    when they all end (<date), before them when they all start (>date); every date else."""
    if dated and all(c.start is None and c.end is not None for c in dated):
        return {"valid_from": (max(c.end for c in dated) + timedelta(days=1)).isoformat()}
    if dated and all(c.end is None and c.start is not None for c in dated):
        return {"valid_to": (min(c.start for c in dated) - timedelta(days=1)).isoformat()}
    return {}


def _names(line: Line, phrase: str, report: ImportReport, tabari: bool) -> list[str]:
    words, exact = phrase_words(phrase.rstrip("="))
    if not words:
        return []
    if phrase.endswith("="):  # TABARI: this word only, no stem endings, no noun -s (MOUSE=)
        report.approximated(
            line.file,
            line.number,
            "TABARI '=' suffix",
            "matched as the word itself, without endings",
            line.raw,
        )
        return [display_phrase(words)]
    if exact:
        report.count("phrases with trailing _ (exact match, khaldun's only kind)")
    chunks = phrase.rstrip("_=").split()
    if tabari and len(chunks) > 1:
        report.approximated(
            line.file,
            line.number,
            "TABARI blank between actor words",
            "other words may stand between them in TABARI (CAPTAIN NORTH_HARBOUR: Captain of "
            "North Harbour); khaldun matches them consecutively, or with of / the / of the between",
            line.raw,
        )
        if len(chunks) == 2:  # also "captain of north harbour" (no stems on these)
            joined = "_".join(chunks) + phrase[len(phrase.rstrip("_=")) :]
            linked = [f"{chunks[0]} {link} {chunks[1]}" for link in GAP_WORDS]
            return [
                *_names(line, joined, report, tabari),
                *(name for text in linked for name in _names(line, text, report, False)),
            ]
    base = display_phrase(words)
    if tabari and exact and words[-1].isalpha() and not has_arabic(base):
        # TABARI also matches a noun with an -s ending (NOUNEND tests: Libyas)
        report.count("actor phrases")
        return [base, display_phrase([*words[:-1], words[-1] + "s"])]
    if exact or not tabari or has_arabic(base) or not words[-1].isalpha():
        report.count("actor phrases")
        return [base]
    report.count("actor phrases")
    report.approximated(
        line.file,
        line.number,
        "TABARI stem phrase",
        "khaldun matches whole words: the stem is expanded with common endings "
        f"({', '.join(s or '-' for s in STEM_SUFFIXES[:6])}, ...)",
        line.raw,
    )
    head = [w.lower() for w in words[:-1]]
    return [display_phrase([*head, words[-1].lower() + s]) for s in STEM_SUFFIXES]
