"""Find codebook phrases in a sentence's tokens, loosely: English plurals (-s, -es, -ies) and
Arabic proclitics and the article (و ف ب ل ك ال) are ignored on both sides, so "airstrikes"
matches "airstrike" and "بالغارة" matches "غارة"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final, Generic, NamedTuple, TypeVar

from .models import Token
from .normalize import normalize_phrase

AR_PREFIXES = (
    "وبال",
    "وال",
    "بال",
    "فال",
    "كال",
    "لل",
    "ولل",
    "ال",
    "وب",
    "ول",
    "فب",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)
L = TypeVar("L")  # what a phrase stands for: a cue set, a number, a fatality cue ...


# variants' memo: a token's forms by the token. A plain dict, read inline, as normalize_word's
# (an ``lru_cache`` was a generic call, 1,500 instructions compiled, for every token tried)
VARIANTS_LIMIT = 131_072
_VARIANTS: Final[dict[str, frozenset[str]]] = {}


def variants(norm: str) -> frozenset[str]:
    """The forms a normalised token may stand for, clitics and plural endings removed
    (remembered, pure)."""
    found = _VARIANTS.get(norm)
    if found is None:
        if len(_VARIANTS) >= VARIANTS_LIMIT:  # memory stays bounded on any stream
            _VARIANTS.clear()
        found = _VARIANTS[norm] = _variants(norm)
    return found


def _variants(norm: str) -> frozenset[str]:
    found = {norm}
    if norm.isascii():
        if norm.endswith("ies") and len(norm) > 4:
            found.add(norm[:-3] + "y")
        if norm.endswith("es") and len(norm) > 3:
            found.add(norm[:-2])
        if norm.endswith("s") and len(norm) > 3:
            found.add(norm[:-1])
        return frozenset(found)
    for prefix in AR_PREFIXES:
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            found.add(norm[len(prefix) :])
    return frozenset(found)


def token_forms(firsts: Iterable[str]) -> frozenset[str]:
    """Every normalised token one of whose :func:`variants` is in ``firsts``: where a phrase
    beginning with one of them may start, told by one set lookup per token. A variant drops
    a plural ending or a proclitic, so such a token is a first word with one added back."""
    firsts = frozenset(firsts)
    candidates = set(firsts)
    for first in firsts:
        candidates.update((first + "s", first + "es", *(p + first for p in AR_PREFIXES)))
        if first.endswith("y"):
            candidates.add(first[:-1] + "ies")
    return frozenset(c for c in candidates if not firsts.isdisjoint(variants(c)))


class Found(NamedTuple, Generic[L]):
    """A phrase found: its token range [start, end) and what it stands for."""

    start: int
    end: int
    label: L


Phrases = dict[str, list[tuple[tuple[frozenset[str], ...], L]]]  # first word -> longest first


def make_lexicon(entries: Iterable[tuple[str, L]]) -> Lexicon[L]:
    """The lexicon of these (phrase, label) pairs: each phrase under every variant of its first
    word, with the variants of each of its words."""
    first: Phrases[L] = {}
    for phrase, label in entries:
        words = normalize_phrase(phrase)
        if not words:
            continue
        # an Arabic word is listed as written: the token's variants drop its proclitics, and
        # a listed word's own first letter is no clitic (واحد is "one", not و + احد: الأحد)
        keys = tuple(variants(w) if w.isascii() else frozenset({w}) for w in words)
        for key in keys[0]:
            first.setdefault(key, []).append((keys, label))
    for options in first.values():
        options.sort(key=lambda option: -len(option[0]))
    return Lexicon(first, token_forms(first))


class Lexicon(Generic[L]):
    """Labelled phrases, matched longest first at each token (made by :func:`make_lexicon`)."""

    def __init__(self, first: Phrases[L], starts: frozenset[str]) -> None:
        self._first = first
        self._starts = starts

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        # pickled as its tables: the compiled build (mypyc) cannot unpickle by attributes
        return type(self), (self._first, self._starts)

    def __bool__(self) -> bool:
        return bool(self._first)

    def starts(self) -> frozenset[str]:
        """The normalised tokens a phrase can start at (:func:`token_forms`)."""
        return self._starts

    def at(self, tokens: Sequence[Token], i: int) -> Found[L] | None:
        """The longest phrase starting at token ``i``."""
        if tokens[i].norm not in self._starts:  # most tokens start none: one set test
            return None
        best: Found[L] | None = None
        for key in variants(tokens[i].norm):
            for keys, label in self._first.get(key, ()):  # each holds key as its first word
                n = len(keys)
                if (best is None or n > best.end - i) and (
                    i + n <= len(tokens)
                    and all(keys[k] & variants(tokens[i + k].norm) for k in range(1, n))
                ):
                    best = Found(i, i + n, label)
        return best

    def find(self, tokens: Sequence[Token]) -> list[Found[L]]:
        """Every phrase in the tokens, longest first at each position, not overlapping."""
        found: list[Found[L]] = []
        starts = self._starts  # most words start no phrase: one pass finds the few that may
        for i in [i for i, t in enumerate(tokens) if t.norm in starts]:
            if found and i < found[-1].end:
                continue
            hit = self.at(tokens, i)
            if hit is not None:
                found.append(hit)
        return found
