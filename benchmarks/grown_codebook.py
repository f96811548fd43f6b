"""A synthetic codebook layer that multiplies the shipped actors and action rules.

    python benchmarks/grown_codebook.py FACTOR OUT_DIR

``OUT_DIR`` becomes a layer to put after the shipped codebook (``-c codebooks -c OUT_DIR``):
FACTOR - 1 copies of every actor and every action rule, each with its own id and its own names,
verbs and nouns (a made-up word added to each), so that the word table, the phrase automaton
and the rule tables all grow FACTOR times. The copies never match real text: the benchmark
measures what a bigger codebook costs, not what it finds.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, ClassVar

import yaml

from khaldun.codebook import codebook_files, default_codebook_dir


class PlainDumper(yaml.SafeDumper):
    """Writes every scalar as the string it was read as (no 'true' or '042' quoting)."""

    yaml_implicit_resolvers: ClassVar[dict] = {}

    def ignore_aliases(self, data: Any) -> bool:
        return True


ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي"


def made_up_word(lang: str, copy: int) -> str:
    """A word no news text contains, different for each copy."""
    if lang == "en":
        return f"zq{copy}x"
    first, second = divmod(copy, len(ARABIC_LETTERS))
    return "ظظ" + ARABIC_LETTERS[first % len(ARABIC_LETTERS)] + ARABIC_LETTERS[second]


def with_word(value: Any, lang: str, copy: int) -> Any:
    """Every string of a names / verbs / nouns entry with the made-up word added."""
    if isinstance(value, str):
        return f"{value} {made_up_word(lang, copy)}"
    if isinstance(value, list):
        return [with_word(v, lang, copy) for v in value]
    if isinstance(value, dict):
        return {k: with_word(v, lang, copy) for k, v in value.items()}
    return value


def copy_entry(entry: dict[str, Any], copy: int, words: tuple[str, ...]) -> dict[str, Any]:
    """One synthetic copy of an actor or rule: a new id, made-up surface forms, no examples."""
    grown = {k: v for k, v in entry.items() if k != "examples"}
    grown["id"] = f"{entry['id']}-copy{copy}"
    for key in words:
        if key in grown:
            grown[key] = {lang: with_word(v, lang, copy) for lang, v in grown[key].items()}
    return grown


def grow(factor: int, out: Path, source: Path) -> int:
    """Write the copies into ``out``; return how many entries were written."""
    written = 0
    for kind, key, words in (
        ("actors", "actors", ("names",)),
        ("actions", "rules", ("verbs", "nouns")),
    ):
        entries = []
        for path in codebook_files(source / kind):
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}
            entries.extend(data.get(key, []))
        copies = [copy_entry(e, c, words) for c in range(1, factor) for e in entries]
        target = out / kind / f"grown-x{factor}.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.dump({key: copies}, Dumper=PlainDumper, allow_unicode=True)
        target.write_text(text, encoding="utf-8")
        written += len(copies)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("factor", type=int)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    print(f"{grow(args.factor, args.out, default_codebook_dir())} synthetic entries in {args.out}")


if __name__ == "__main__":
    main()
