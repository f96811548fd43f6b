"""Verb blocks -> khaldun rules (one per block and event code) and taxonomy entries for codes
the target codebook does not know.

A block ``--- DESC [CODE] ---`` gives a rule ``<prefix>.<desc>`` with code CODE for its verbs
alone (subject and object as source and target, or the passive with ``by``) and the block's
patterns coded CODE; each other code of the block's patterns gives ``<prefix>.<desc>.<code>``
with all the block's verbs. khaldun tries the patterns of all the rules a verb triggers and
keeps the most specific match, as PETRARCH keeps the most specific pattern; the rules of verbs
alone come after the patterns' rules, so that a pattern no more specific than the bare verb
("$ *") still wins over the verb's own code, as in TABARI and PETRARCH. A paired code
``[c1:c2]`` gives the rule ``reverse: c2``; null patterns ``[---]`` become ``exceptions`` of
every rule of their block, and patterns coded with letters (``[174K]``, not representable)
exceptions of the verbs alone, so that the bare verb's code does not stand in for theirs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..morphology import en
from ..schema import VerbForms
from .codes import code_weight, event_code, lettered, single_code
from .common import IdMaker, slug
from .report import ImportReport
from .verbpatterns import ConversionError, convert_pattern
from .verbs import Block, PatternLine, Verb, VerbDictionary


@dataclass
class RuleResult:
    rules: list[dict] = field(default_factory=list)
    taxonomy: list[dict] = field(default_factory=list)
    discards: list[dict] = field(default_factory=list)


@dataclass
class _Group:
    """Everything one rule of a block will hold."""

    code: str
    reverse: str | None = None  # the paired code of [c1:c2]: target -> source
    determiners: tuple[str, ...] = ()  # the trigger is "<determiner> <verb>" (ITS * patterns)
    bare_verbs: list[Verb] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    weight: str | None = None  # TABARI's [c?] weak / [c!] dominant event


def convert_verbs(
    book: VerbDictionary,
    report: ImportReport,
    prefix: str,
    ids: IdMaker,
    known_codes: Iterable[str] = (),
    new_codes: dict[str, dict] | None = None,
) -> RuleResult:
    """Rules for every block of a verb dictionary; taxonomy entries for unknown codes are
    added to ``new_codes`` (shared across files)."""
    result = RuleResult()
    known = set(known_codes)
    new_codes = {} if new_codes is None else new_codes
    report.count("synsets", len(book.synsets))
    for block in book.blocks:
        for rule in _block_rules(block, book, report, prefix, ids, result):
            result.rules.append(rule)
            for code in filter(None, (rule["code"], rule.get("reverse"))):
                if code in known or code in new_codes:
                    continue
                new_codes[code] = {
                    "code": code,
                    "name": f"{block.name.title()} (imported test code)",
                    "goldstein": 0,
                    "quad_class": 1,
                }
                report.approximated(
                    block.line.file,
                    block.line.number,
                    "non-CAMEO event code",
                    "added to the layer's taxonomy (goldstein 0, quad class 1)",
                    f"[{code}] in {block.line.raw}",
                )
    return result


def _block_rules(
    block: Block,
    book: VerbDictionary,
    report: ImportReport,
    prefix: str,
    ids: IdMaker,
    result: RuleResult,
) -> list[dict]:
    if not block.verbs:
        report.not_converted(
            block.line.file,
            block.line.number,
            "block without verbs",
            "no verb lines: nothing can trigger its patterns",
            block.line.raw,
        )
        return []
    lang = "ar" if all(v.lang == "ar" for v in block.verbs) else "en"
    block_code, block_back = _block_code(block, report, result)
    groups: dict[tuple[str, str | None, tuple[str, ...]], _Group] = {}
    for verb in block.verbs:
        code, back = block_code, block_back
        if verb.code is not None:
            code, back = event_code(verb.code, verb.line, report, "verb")
            if verb.code.strip() == "---":
                report.count("verbs with their own null code (patterns only)")
        if code is not None:
            weight = code_weight(verb.code if verb.code is not None else block.code)
            group = groups.setdefault((code, back, ()), _Group(code, back, weight=weight))
            group.bare_verbs.append(verb)
        elif verb.code is None and block.code.strip() == "---":
            report.count("verbs of null blocks [---] (no event alone, as in PETRARCH)")
    bare = [p for p, _d in _bare_patterns(block, book, report, lang)]
    exceptions: list[str] = []
    unwritable: list[str] = []  # patterns coded with letters: exceptions of the bare verbs
    for pattern in block.patterns:
        if pattern.code.strip().split(":")[0].strip() == "---":
            exceptions += _exceptions(pattern, block, book, report, lang)
            continue
        if lettered(pattern.code):
            unwritable += _exceptions(pattern, block, book, report, lang, _LETTERED)
            continue
        code, back = _pattern_code(pattern, block, report, result)
        if code is None:
            continue
        swap = code.startswith("swap:")
        code = code.removeprefix("swap:")
        for text, determiners in _convert(pattern, block, book, report, lang):
            if swap:
                text = _swap_slots(text)
            key = (code, back, determiners)
            weight = code_weight(pattern.code)
            group = groups.setdefault(key, _Group(code, back, determiners, weight=weight))
            if text not in group.patterns:
                group.patterns.append(text)
    exceptions = list(dict.fromkeys(exceptions))
    rules: list[dict] = []
    defaults: list[dict] = []  # rules of verbs alone, written after the patterns' rules
    name = slug(block.name, "block")
    note = f"{block.line.file}:{block.line.number}: {block.line.raw}"
    for (code, back, determiners), group in groups.items():
        base_id = f"{prefix}.{name}" if code == block_code else f"{prefix}.{name}.{code}"
        if back is not None and (code, back) != (block_code, block_back):
            base_id += f".{back}"
        if determiners:
            base_id += ".det"
        all_verbs = _specs(block.verbs, lang, determiners)
        same_verbs = len(group.bare_verbs) == len(block.verbs)
        if group.patterns and (same_verbs or not group.bare_verbs):
            patterns = group.patterns + (bare if group.bare_verbs else [])
            rules.append(
                _rule(ids.unique(base_id), group, all_verbs, patterns, lang, note, exceptions)
            )
            continue
        if group.patterns:
            rules.append(
                _rule(
                    ids.unique(base_id + ".patterns"),
                    group,
                    all_verbs,
                    group.patterns,
                    lang,
                    note,
                    exceptions,
                )
            )
        defaults.append(
            _rule(
                ids.unique(base_id),
                group,
                _specs(group.bare_verbs, lang),
                bare,
                lang,
                note,
                list(dict.fromkeys(exceptions + unwritable)),
            )
        )
    rules += defaults  # a verb's own code only when none of its patterns matches equally well
    if rules:
        report.count("verb blocks")
    report.count("rules", len(rules))
    return rules


def _block_code(
    block: Block, report: ImportReport, result: RuleResult
) -> tuple[str | None, str | None]:
    raw = block.code.strip()
    if raw == "###":
        _discard_block(block, report, result)
        return None, None
    if raw == "+++":
        report.not_converted(
            block.line.file,
            block.line.number,
            "complex-event verb [+++]",
            "TABARI complexity flag: no khaldun equivalent",
            block.line.raw,
        )
        return None, None
    return event_code(raw, block.line, report, "block")


def _discard_block(block: Block, report: ImportReport, result: RuleResult) -> None:
    text = " ".join(w for w in block.name.replace("_", " ").split()).lower()
    result.discards.append(
        {
            "text": text,
            "level": "sentence",
            "match": "word",
            "lang": "en",
            "origin": f"{block.line.file}:{block.line.number}",
            "note": "verb entry coded [###]",
        }
    )
    report.approximated(
        block.line.file,
        block.line.number,
        "discard verb [###]",
        "written to discards.yaml (khaldun has no discards yet)",
        block.line.raw,
    )


def _pattern_code(
    pattern: PatternLine, block: Block, report: ImportReport, result: RuleResult
) -> tuple[str | None, str | None]:
    """(code, paired reverse code) of a pattern; the code is ``swap:c2`` for ``[:c2]``."""
    raw = pattern.code.strip()
    line = pattern.line
    if raw == "###":
        report.not_converted(
            line.file, line.number, "discard pattern [###]", "khaldun has no discards", line.raw
        )
        return None, None
    if raw == "+++":
        report.not_converted(
            line.file,
            line.number,
            "complex-event pattern [+++]",
            "TABARI complexity flag: no khaldun equivalent",
            line.raw,
        )
        return None, None
    forward, _, reverse = raw.partition(":")
    if not forward.strip() and reverse.strip():
        # [:c2]: only the reverse event (target -> source), written with the slots swapped
        code = single_code(reverse, line, report, "pattern")
        if code is not None:
            report.count("reverse-only codes [:c2] (source and target swapped)")
            return f"swap:{code}", None
        return None, None
    code, back = event_code(raw, line, report, "pattern")
    if code is None and raw not in ("---", ""):
        return None, None
    if code is None:
        report.not_converted(line.file, line.number, "pattern without code", "empty code", line.raw)
    return code, back


def _convert(
    pattern: PatternLine, block: Block, book: VerbDictionary, report: ImportReport, lang: str
) -> list[tuple[str, tuple[str, ...]]]:
    line = pattern.line
    try:
        converted = convert_pattern(
            pattern.text,
            book.synsets,
            block.tail,
            lang=lang,
            stems=book.tabari,
            parsed=book.parsed,
        )
    except ConversionError as exc:
        report.not_converted(line.file, line.number, "pattern", str(exc), line.raw)
        return []
    for note in converted.notes:
        report.approximated(line.file, line.number, "pattern", note, line.raw)
    report.count("patterns")
    if any(d for _p, d in converted.patterns):
        report.approximated(
            line.file,
            line.number,
            "determiner before the verb",
            "khaldun reads a verb after a determiner as a noun: the determiner "
            "is made part of the trigger (its voice)",
            line.raw,
        )
    return converted.patterns


_NULL = "null-event patterns [---] -> exceptions of the block's rules"
_LETTERED = (
    "pattern coded with letters ([174K]): an exception of the verb's own code (its event "
    "is not representable, and the verb alone must not code in its place)"
)


def _exceptions(
    pattern: PatternLine,
    block: Block,
    book: VerbDictionary,
    report: ImportReport,
    lang: str,
    kind: str = _NULL,
) -> list[str]:
    """A pattern that codes no khaldun event (``[---]``, or a code with letters) as rule
    exceptions: when it matches, the verb codes nothing, as TABARI codes no less specific
    pattern there. Its slots become optional: the exception holds whoever acts."""
    converted = [
        text.replace("{source}", "{source?}").replace("{target}", "{target?}")
        for text, _determiners in _convert(pattern, block, book, report, lang)
    ]
    if converted and kind == _LETTERED:
        line = pattern.line
        report.approximated(line.file, line.number, "code with letters", kind, line.raw)
    elif converted:
        report.count(kind)
    return converted


def _swap_slots(pattern: str) -> str:
    return (
        pattern.replace("{source}", "{__s}")
        .replace("{target}", "{source}")
        .replace("{__s}", "{target}")
    )


def _bare_patterns(
    block: Block, book: VerbDictionary, report: ImportReport, lang: str
) -> list[tuple[str, tuple[str, ...]]]:
    try:
        return convert_pattern("*", book.synsets, block.tail, bare=True, lang=lang).patterns
    except ConversionError as exc:  # pragma: no cover - "*" always converts
        report.not_converted(block.line.file, block.line.number, "verb", str(exc), block.line.raw)
        return []


def _specs(verbs: list[Verb], lang: str, determiners: tuple[str, ...] = ()) -> list:
    out: list = []
    for verb in verbs:
        spec = verb.spec
        if determiners:
            forms = [f"{d} {form}" for d in determiners for form in _forms(spec)]
            spec = VerbForms(forms=list(dict.fromkeys(forms)))
        value = spec.model_dump(exclude_defaults=True) if isinstance(spec, VerbForms) else spec
        if value not in out:
            out.append(value)
    return out


def _forms(spec: str | VerbForms) -> list[str]:
    """Every English surface form of a verb spec (regular inflection of its base)."""
    if isinstance(spec, str):
        return sorted(en.verb_forms(spec, {}))
    out = sorted(en.verb_forms(spec.base, {})) if spec.base else []
    return out + [f for f in spec.forms if f not in out]


def _rule(
    rule_id: str,
    group: _Group,
    verbs: list,
    patterns: list[str],
    lang: str,
    note: str,
    exceptions: list[str],
) -> dict:
    return {
        "id": rule_id,
        "code": group.code,
        **({"reverse": group.reverse} if group.reverse else {}),
        **({"weight": group.weight} if group.weight else {}),
        "verbs": {lang: verbs},
        "patterns": {lang: patterns},
        **({"exceptions": {lang: exceptions}} if exceptions else {}),
        "planned": "keep",
        "note": note[:300],
    }
