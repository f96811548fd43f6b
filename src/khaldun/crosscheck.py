"""Cross-checks of a loaded codebook: the problems that only show across files (unknown codes
and actor blocks, patterns that do not parse, missing languages, examples that name unknown
codes, ACLED rules that name unknown sub-event types or cue sets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .patterns import PLACE_WORDSET, PatternError, parse_pattern
from .schema import LANGS, Rule
from .yamlsource import Problem

if TYPE_CHECKING:
    from .codebook import Codebook

# an Arabic verb written with one of these after it belongs in the patterns: in VSO the subject
# stands between the verb and its preposition (تحدث كاغينز عن)
ARABIC_PREPOSITIONS = frozenset(
    {"ب", "على", "مع", "عن", "في", "ل", "من", "إلى", "الى", "حول", "ضد"}
)


def cross_check(book: Codebook) -> list[Problem]:
    """Problems that only show across files: unknown codes, bad patterns, missing languages."""
    problems: list[Problem] = []

    def problem(where: tuple[str, str, *tuple[str | int, ...]], path: str, message: str) -> None:
        origin = book.origin(*where)
        problems.append(Problem(origin.file, origin.line, path, message))

    for lang in LANGS:
        if book.rules and lang not in book.languages:
            problems.append(
                Problem(
                    str(book.files[0]) if book.files else "?",
                    1,
                    "language",
                    f"no language settings for '{lang}' (language: lang: {lang})",
                )
            )
    blocks = _known_blocks(book)
    for rule in book.rules.values():
        if book.taxonomy and rule.code not in book.taxonomy:
            problem(
                ("rules", rule.id, "code"),
                f"rules[{rule.id}].code",
                f"unknown CAMEO code '{rule.code}'",
            )
        if book.taxonomy and rule.reverse and rule.reverse not in book.taxonomy:
            problem(
                ("rules", rule.id, "reverse"),
                f"rules[{rule.id}].reverse",
                f"unknown CAMEO code '{rule.reverse}'",
            )
        if (
            isinstance(rule.planned, str)
            and rule.planned.isdigit()
            and rule.planned not in (book.taxonomy or {rule.planned})
        ):
            problem(
                ("rules", rule.id, "planned"),
                f"rules[{rule.id}].planned",
                f"unknown CAMEO code '{rule.planned}'",
            )
        if not any(rule.verbs.get(lang) or rule.nouns.get(lang) for lang in LANGS):
            problem(("rules", rule.id), f"rules[{rule.id}]", "rule has no verbs and no nouns")
        problems.extend(_pattern_problems(book, rule))
        for index, spec in enumerate(rule.verbs.ar):
            words = spec.split() if isinstance(spec, str) else []
            if len(words) > 1 and words[1] in ARABIC_PREPOSITIONS:
                problem(
                    ("rules", rule.id, "verbs", "ar", index),
                    f"rules[{rule.id}].verbs.ar[{index}]",
                    f"'{spec}': write the preposition in the patterns, not the verb "
                    f"(the subject stands between them in VSO: تحدث كاغينز عن)",
                )
        problems.extend(_example_problems(book, rule, blocks))
    for actor in book.actors.values():
        if actor.code is None and not actor.codes:
            problem(("actors", actor.id), f"actors[{actor.id}]", "actor needs a code or codes")
        for dated in actor.codes:
            if dated.valid_from and dated.valid_to and dated.valid_from > dated.valid_to:
                problem(
                    ("actors", actor.id, "codes"),
                    f"actors[{actor.id}].codes",
                    f"valid_from {dated.valid_from} is after valid_to {dated.valid_to}",
                )
    problems.extend(_acled_problems(book))
    countries = {c.code for c in book.countries.values()}
    for place in book.places.values():
        if countries and place.country not in countries:
            problem(
                ("places", place.id, "country"),
                f"places[{place.id}].country",
                f"unknown country code '{place.country}'",
            )
    return problems


def _example_problems(book: Codebook, rule: Rule, blocks: set[str]) -> list[Problem]:
    """Unknown CAMEO codes or actor code blocks in a rule's examples."""
    problems = []
    for index, example in enumerate(rule.examples):
        origin = book.origin("rules", rule.id, "examples", index)
        path = f"rules[{rule.id}].examples[{index}]"
        for expected in example.expect:
            for field_name in ("source", "target"):
                code = getattr(expected, field_name)
                bad = [
                    code[i : i + 3] for i in range(0, len(code), 3) if code[i : i + 3] not in blocks
                ]
                if bad:
                    message = f"unknown actor code block {', '.join(bad)} in {field_name} '{code}'"
                    problems.append(Problem(origin.file, origin.line, path, message))
            if book.taxonomy and expected.code not in book.taxonomy:
                message = f"unknown CAMEO code '{expected.code}'"
                problems.append(Problem(origin.file, origin.line, path, message))
    return problems


def _known_blocks(book: Codebook) -> set[str]:
    """Every three-letter block an actor code may contain."""
    blocks = {c.code for c in book.countries.values()} | set(book.actor_types)
    for code in (
        [a.code for a in book.actors.values()]
        + [d.code for a in book.actors.values() for d in a.codes]
        + [a.code for a in book.agents.values()]
    ):
        if code:
            blocks |= {code[i : i + 3] for i in range(0, len(code), 3)}
    return blocks


def _pattern_problems(book: Codebook, rule: Rule) -> list[Problem]:
    problems = []
    for kind in ("patterns", "noun_patterns", "exceptions"):
        patterns = getattr(rule, kind)
        if patterns is None:
            continue
        for lang in LANGS:
            wordsets = book.languages[lang].wordsets if lang in book.languages else {}
            for index, text in enumerate(patterns.get(lang)):
                origin = book.origin("rules", rule.id, kind, lang, index)
                path = f"rules[{rule.id}].{kind}.{lang}[{index}]"
                try:
                    parsed = parse_pattern(text)
                except PatternError as exc:
                    problems.append(Problem(origin.file, origin.line, path, str(exc)))
                    continue
                for name in sorted(parsed.wordsets - set(wordsets) - {PLACE_WORDSET}):
                    problems.append(
                        Problem(
                            origin.file,
                            origin.line,
                            path,
                            f"unknown word set '&{name}' in {text!r}",
                        )
                    )
    return problems


def _acled_problems(book: Codebook) -> list[Problem]:
    """ACLED rules naming an unknown sub-event type or cue set, or a CAMEO code never used."""
    if book.acled is None:
        return []
    problems = []
    names = {t.name for t in book.acled.sub_event_types}
    for index, rule in enumerate(book.acled.rules):
        origin = book.origin("acled", "acled", "rules", index)
        path = f"acled.rules[{rule.id}]"
        if rule.sub_event_type not in names:
            message = f"unknown sub-event type '{rule.sub_event_type}'"
            problems.append(Problem(origin.file, origin.line, path, message))
        for cue in (*rule.cues, *rule.requires, *rule.without):
            if cue not in book.acled.cues:
                problems.append(Problem(origin.file, origin.line, path, f"unknown cue set '{cue}'"))
        for code in rule.codes:
            if book.taxonomy and not any(c.startswith(code) for c in book.taxonomy):
                message = f"no CAMEO code starts with '{code}'"
                problems.append(Problem(origin.file, origin.line, path, message))
    return problems
