"""The TABARI options the validation suites switch with option records, for the compat runs.

An option record's notes say ``option DEFAULT: ...`` / ``FORWARD: ...`` / ``SET: ...`` /
``COMMA: ...``; the records after it are coded with the options it leaves (per suite).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..compiler import CompiledCodebook
from ..match import match_sentence, sentence_forms
from ..normalize import tokenize
from ..voice import noun_position
from .tabari_commas import TABARI_COMMAS, CommaLimits, parse_comma_option

# TABARI codes no sentence of fewer words (its MIN_LEX; ``SET: MINIMUM WORDS = N`` changes it)
TABARI_MIN_WORDS = 8
CODE_BY = {"CODE BY CLAUSE": "clause", "CODE BY SENTENCE": "sentence", "CODE ALL": "all"}


@dataclass(frozen=True)
class Options:
    """The TABARI options an option record switches on or off for the records after it:
    ``DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER`` (khaldun's ``default_actors``: a default
    source only with PRIOR, a default target only with AFTER, since khaldun's patterns look for
    the source before the verb and the target after it; without them TABARI takes the other
    side's actor first), ``FORWARD:`` (consecutive records of one story are coded as one
    document: "He also asked ..." follows the story), ``SET: CODE BY CLAUSE | CODE BY
    SENTENCE | CODE ALL`` (khaldun's ``code_by``: which verbs code; TABARI's default is by
    clause, PETRARCH codes all), ``SET: MINIMUM WORDS = N``, ``COMMA:`` (the comma-delimited
    clauses TABARI deletes) and ``COMPLEX: VERBS[n]`` (TABARI leaves a sentence with n verbs
    or more uncoded as too complex; its other complexity conditions are not followed) and
    ``SET: CONVERT AGENT = TRUE | FALSE`` (whether an agent no actor owns is an actor)."""

    defaults: tuple[tuple[str, str], ...] = ()
    forward: bool = False
    code_by: str = "all"
    commas: CommaLimits | None = None
    min_words: int = 0
    max_verbs: int = 0  # COMPLEX: VERBS[n]: a sentence with n verbs or more is not coded
    convert_agents: bool = False  # SET: CONVERT AGENT = TRUE: an agent alone is an actor


# the suites' coders' own settings before any option record: TABARI codes only the first verb
# of a clause, deletes short comma-delimited clauses and skips short sentences
FIRST_OPTIONS = {
    "TABARI": Options(code_by="clause", commas=TABARI_COMMAS, min_words=TABARI_MIN_WORDS)
}


def with_options(options: Options, notes: str) -> Options:
    """The options after a record whose notes say ``option DEFAULT: ...`` / ``FORWARD: ...`` /
    ``SET: ...`` / ``COMMA: ...``."""
    for name, value in re.findall(r"option (DEFAULT|FORWARD|SET|COMMA|COMPLEX): ([^|]*)", notes):
        options = _with_option(options, name, value.strip())
    return options


def _with_option(options: Options, name: str, value: str) -> Options:
    if name == "COMPLEX":
        verbs = re.search(r"VERBS\[(\d+)\]", value)
        return replace(options, max_verbs=int(verbs.group(1)) if verbs else 0)
    if name == "COMMA":
        return replace(options, commas=parse_comma_option(value, options.commas or TABARI_COMMAS))
    if name == "SET":
        minimum = re.fullmatch(r"MINIMUM WORDS\s*=\s*(\d+)", value)
        if minimum:
            return replace(options, min_words=int(minimum.group(1)))
        convert = re.fullmatch(r"CONVERT AGENT\s*=\s*(TRUE|FALSE)", value)
        if convert:
            return replace(options, convert_agents=convert.group(1) == "TRUE")
        return replace(options, code_by=CODE_BY.get(value, options.code_by))
    if name == "FORWARD":
        return replace(options, forward=not value.endswith("OFF"))
    if value == "OFF":
        return replace(options, defaults=())
    found = re.findall(r"(SOURCE \[([A-Z0-9]+)\] PRIOR|TARGET \[([A-Z0-9]+)\] AFTER)", value)
    return replace(
        options, defaults=tuple(("source", s) if s else ("target", t) for _a, s, t in found)
    )


def options_file(path: Path) -> str:
    """A TABARI ``.options`` file's commands as option notes (``option COMPLEX: ...``), for
    :func:`with_options`; comments (``//``) and other lines are left out."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    commands = [
        f"option {line.strip()}"
        for line in lines
        if re.match(r"(DEFAULT|FORWARD|SET|COMMA|COMPLEX):", line.strip())
    ]
    return " | ".join(commands)


def too_complex(text: str, book: CompiledCodebook, options: Options) -> bool:
    """Whether TABARI leaves an English text uncoded for its number of verbs (COMPLEX:
    VERBS[n])."""
    return bool(options.max_verbs) and verb_count(text, book) >= options.max_verbs


def verb_count(text: str, book: CompiledCodebook) -> int:
    """The verbs of an English text that can code (verb triggers out of a noun's place)."""
    language = book.languages["en"]
    tokens, spans = sentence_forms(tokenize(text), language)
    matches = match_sentence(tokens, book, "en", spans=spans)
    verbs = [t for t in matches.triggers if t.hit.verb]
    return len({t.start for t in verbs if not noun_position(matches, language, t)})


def too_short(text: str, options: Options) -> bool:
    """Whether TABARI leaves the text uncoded for having fewer words than its minimum."""
    return len(text.split()) < options.min_words


def story_of(record_id: str) -> str:
    """The story of a record id (FRWD-001-002: FRWD-001), as TABARI's FORWARD mask reads it."""
    return record_id.rsplit("-", 1)[0]
