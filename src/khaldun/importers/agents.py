"""Agent dictionaries (``Phoenix.agents.txt``, TABARI ``.agents``) -> khaldun agents.

``NOUN_PHRASE {PLURAL} [~CODE]``: the role code follows the actor's code (``ISRAELI`` +
``[~GOV]`` -> ``ISRGOV``), as khaldun composes country + role noun. ``[CODE~]`` (the role
before the actor code, ``NGO~``) is approximated by the same composition and reported.
``{PLURAL}`` is added as a further name; ``{}`` (no plural) cannot stop khaldun from generating
the regular English plural, which is reported. ``!MACRO! = A, B`` lines define substitutions
used inside entries (``CONGRESS!PERSON!``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .common import ACTOR_CODE_RE, IdMaker, Line, display_phrase, has_arabic, phrase_words
from .report import ImportReport

MACRO_DEF_RE = re.compile(r"^!([^!\s]+)!\s*=\s*(.*)$")
MACRO_USE_RE = re.compile(r"!([^!\s]+)!")
ENTRY_RE = re.compile(r"^(?P<phrase>[^\[{]*?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")


@dataclass
class AgentResult:
    agents: list[dict] = field(default_factory=list)


def convert_agents(lines: list[Line], report: ImportReport, ids: IdMaker | None = None):
    """Convert the lines of one agent dictionary."""
    ids = ids or IdMaker()
    macros: dict[str, list[str]] = {}
    result = AgentResult()
    for line in lines:
        text = line.text.strip()
        macro = MACRO_DEF_RE.match(text)
        if macro:
            macros[macro.group(1)] = [m.strip() for m in macro.group(2).split(",") if m.strip()]
            report.count("agent substitution macros (!NAME!)")
            continue
        entry = ENTRY_RE.match(text)
        if entry is None:
            report.not_converted(
                line.file, line.number, "agent without code", "an agent needs [~CODE]", line.raw
            )
            continue
        code = _role_code(line, entry.group("code"), report)
        if code is None:
            continue
        phrases = _expand(line, entry.group("phrase"), macros, report)
        if not phrases:
            continue
        names: list[str] = []
        plural = entry.group("plural")
        for phrase in phrases:
            words, _exact = phrase_words(phrase)
            if words:
                names.append(display_phrase(words))
        if plural is not None:
            if plural.strip():
                words, _exact = phrase_words(plural)
                names.append(display_phrase(words))
                report.count("agent irregular plurals {PLURAL}")
            elif not has_arabic(text):
                report.approximated(
                    line.file,
                    line.number,
                    "agent without plural {}",
                    "khaldun still generates the regular plural",
                    line.raw,
                )
        if not names:
            report.not_converted(
                line.file, line.number, "agent without phrase", "nothing before the code", line.raw
            )
            continue
        lang = "ar" if has_arabic(names[0]) else "en"
        words, _exact = phrase_words(phrases[0])
        title = " ".join(words) if lang == "ar" else " ".join(w.title() for w in words)
        unique = list(dict.fromkeys(names))
        result.agents.append(
            {
                "id": ids.make(title, f"agent-{code.lower()}"),
                "code": code,
                **({"prefix": True} if entry.group("code").strip().endswith("~") else {}),
                "name": f"{title} of {{country}}",
                "names": {lang: unique},
            }
        )
        report.count("agent entries")
    return result


def _role_code(line: Line, raw: str, report: ImportReport) -> str | None:
    code = raw.replace(" ", "")
    if code.startswith("~"):
        code = code[1:]
    elif code.endswith("~"):
        code = code[:-1]
        report.count("prefix agents [CODE~] (prefix: true, NGOARN)")
    else:
        report.approximated(
            line.file,
            line.number,
            "agent code without ~",
            "read as a role code after the actor code",
            line.raw,
        )
    if not ACTOR_CODE_RE.fullmatch(code):
        report.not_converted(
            line.file,
            line.number,
            "invalid agent code",
            "not a sequence of three-character blocks",
            line.raw,
        )
        return None
    return code


def _expand(
    line: Line, phrase: str, macros: dict[str, list[str]], report: ImportReport
) -> list[str]:
    found = MACRO_USE_RE.search(phrase)
    if found is None:
        return [phrase.strip()]
    name = found.group(1)
    if name not in macros:
        report.not_converted(
            line.file, line.number, "undefined agent macro", "the !MACRO! is not defined", line.raw
        )
        return []
    report.count("agent entries using a macro")
    out: list[str] = []
    for value in macros[name]:
        out += _expand(
            line, phrase[: found.start()] + value + phrase[found.end() :], macros, report
        )
    return out
