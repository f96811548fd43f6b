"""Run a codebook's examples and count what it contains: the engine of ``khaldun check``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from .codebook import Codebook, Origin
from .compiler import CompiledCodebook
from .models import Event
from .pipeline import code_text
from .schema import LANGS, Example

EventKey = tuple[str, str, str]  # (source, code, target)


@dataclass(frozen=True)
class ExampleResult:
    rule_id: str
    index: int
    origin: Origin
    example: Example
    expected: tuple[EventKey, ...]
    got: tuple[EventKey, ...]

    @property
    def ok(self) -> bool:
        return self.expected == self.got

    @property
    def case_id(self) -> str:
        """A pytest-friendly id: ``fight.attack-ar-3``."""
        lang = self.example.lang or ("ar" if _has_arabic(self.example.text) else "en")
        return f"{self.rule_id}-{lang}-{self.index}"

    def message(self) -> str:
        return (
            f"{self.origin}: {self.rule_id}: expected {_show(self.expected)}, "
            f"got {_show(self.got)} in {self.example.text!r}"
        )


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def _show(keys: tuple[EventKey, ...]) -> str:
    if not keys:
        return "no events"
    return "[" + ", ".join(f"{s or '-'} {c} {t or '-'}" for s, c, t in keys) + "]"


def event_key(event: Event) -> EventKey:
    return (
        event.source.code if event.source else "",
        event.code,
        event.target.code if event.target else "",
    )


def example_cases(book: Codebook) -> Iterator[tuple[str, int, Example, Origin]]:
    """Every example of every rule, with where it is written."""
    for rule in book.rules.values():
        for index, example in enumerate(rule.examples):
            yield rule.id, index, example, book.origin("rules", rule.id, "examples", index)


def run_example(
    rule_id: str, index: int, example: Example, origin: Origin, compiled: CompiledCodebook
) -> ExampleResult:
    """Code an example sentence; all of its events must be exactly the expected ones."""
    events = code_text(example.text, compiled, example.lang, example.date, doc_id=rule_id)
    got = tuple(sorted({event_key(e) for e in events}))
    expected = tuple(sorted({(e.source, e.code, e.target) for e in example.expect}))
    return ExampleResult(rule_id, index, origin, example, expected, got)


def run_examples(book: Codebook, compiled: CompiledCodebook) -> list[ExampleResult]:
    return [run_example(*case, compiled) for case in example_cases(book)]


def codebook_stats(book: Codebook, compiled: CompiledCodebook) -> dict[str, object]:
    """What the codebook covers, per language: the figures ``khaldun check --stats`` prints."""
    per_lang: dict[str, dict[str, int]] = {}
    for lang in LANGS:
        rules = [r for r in book.rules.values() if r.verbs.get(lang) or r.nouns.get(lang)]
        language = compiled.languages.get(lang)
        per_lang[lang] = {
            "rules": len(rules),
            "codes_with_rules": len({r.code for r in rules}),
            "verbs": sum(len(r.verbs.get(lang)) for r in rules),
            "nouns": sum(len(r.nouns.get(lang)) for r in rules),
            "examples": sum(
                1
                for r in rules
                for e in r.examples
                if (e.lang or ("ar" if _has_arabic(e.text) else "en")) == lang
            ),
            "surface_forms": language.forms if language else 0,
            "agents": sum(1 for a in book.agents.values() if a.names.get(lang)),
            "agent_nouns": sum(len(a.names.get(lang)) for a in book.agents.values()),
        }
    people = [a for a in book.actors.values() if a.codes]
    roots = Counter(r.code[:2] for r in book.rules.values())
    return {
        "rules": len(book.rules),
        "codes_in_taxonomy": len(book.taxonomy),
        "codes_with_rules": len({r.code for r in book.rules.values()}),
        "rules_per_root": dict(sorted(roots.items())),
        "countries": len(book.countries),
        "actors": len(book.actors) - len(people),
        "people": len(people),
        "agents": len(book.agents),
        "places": len(book.places),
        "by_language": per_lang,
    }
