"""Convert one PETRARCH/TABARI verb pattern into khaldun pattern lines.

Source notation (TABARI, PETRARCH-1 linear patterns; PETRARCH-2 phrase notation):

- ``*`` the verb, ``$`` the source, ``+`` the target, ``%`` a compound actor (both sides),
  ``^`` skip a noun phrase, words, ``&SYNSET``, TABARI ``{ A | B }`` alternatives;
- words joined by ``_`` must be consecutive; words separated by blanks may have other words
  between them (TABARI, PETRARCH-1);
- PETRARCH-2 ``{NOUN PHRASE}`` and ``(PREP NOUN)`` are read as the same linear word sequence
  (khaldun has no parser): an approximation that is reported.

khaldun equivalents: ``{source}`` ``{target}`` ``{pair}``, ``{skip}`` for ``^``; ``...`` for a gap;
single-word alternatives ``a|b``; multi-word synset members give one pattern each. A pattern
without ``$`` gets a ``{source}`` somewhere before the verb, one without ``+`` a ``{target}``
right after the verb or after its words (PETRARCH takes the subject and the object; TABARI the
first actors before and after the verb): the dyad is required, as with PETRARCH's default
``require_dyad``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..morphology import en
from ..normalize import tokenize
from ..patterns import PatternError, parse_pattern
from .common import has_arabic
from .verbs import Synset

MAX_VARIANTS = 64
ALT_RE = re.compile(r"\{([^{}]*\|[^{}]*)\}")
SLOTS = {"$": "{source}", "+": "{target}", "%": "{pair}"}
GAP, ADJ = "gap", "adj"
EXACT = "\x00"  # marks a TABARI pattern word written with a final _ (the word, not a stem)
BAD_TOKENS = frozenset({"&", "|", "*", "...", "{", "}"})


class ConversionError(ValueError):
    """A pattern that cannot be converted; the message says why."""


Position = tuple[str, tuple[str, ...]]  # (connector, alternative words)
Alt = tuple[Position, ...]  # one way a pattern word or synset member can be written
DETERMINERS = frozenset(
    {"the", "a", "an", "'s", "its", "their", "his", "her", "our", "this", "these", "those", "that"}
)
# TABARI pattern words are stems (REVOLUTION matches revolutionary); khaldun matches whole
# words, so a stem becomes the word with these endings
STEM_ENDINGS = (
    "",
    "s",
    "es",
    "e",
    "ed",
    "d",
    "ing",
    "er",
    "ers",
    "ary",
    "al",
    "ly",
    "est",
    "ion",
    "ions",
    "y",
    "ies",
)


@dataclass(frozen=True)
class Item:
    kind: str  # verb | slot | alts
    value: str = ""  # slot text
    alts: tuple[Alt, ...] = ()


@dataclass
class Converted:
    patterns: list[tuple[str, tuple[str, ...]]]  # (khaldun pattern, determiners before the verb)
    notes: list[str]  # approximations made


def convert_pattern(
    text: str,
    synsets: dict[str, Synset],
    tail: str = "",
    bare: bool = False,
    lang: str = "en",
    stems: bool = False,
    parsed: bool = False,
) -> Converted:
    """khaldun patterns for one source pattern (``text`` without ``-`` and code). ``stems``:
    TABARI, where pattern words are stems. Each pattern comes with the determiners the source
    pattern puts right before the verb (``ITS *``): khaldun reads a verb after a determiner as
    a noun, so those become part of the trigger (``its voice``). ``parsed``: PETRARCH-2 phrase
    notation, where words before the verb never hold the subject."""
    notes: list[str] = []
    local = dict(synsets)
    text = _alternations(text, local, notes)
    if re.search(r"[{}()]", text):
        notes.append("PETRARCH-2 {noun phrase}/(prepositional phrase) read as a word sequence")
        text = re.sub(r"[{}()]", " ", text)
    if "~" in text:
        notes.append("TABARI '~' read as a stem marker")
    # PETRARCH: "WORD_ " is "WORD "; TABARI: a word, not a stem (RESOLUTION_: no resolutions)
    text = re.sub(r"_(\s|$)", (EXACT if stems else "") + r"\1", text)
    if text.count("*") != 1:
        raise ConversionError("a pattern needs exactly one '*'")
    if tail:
        text = text.replace("*", f"* {tail}", 1)
    sequence = _sequence(text, local, lang, stems)
    roles = [i.value for _, i in sequence if i.kind == "slot" and i.value != "{skip}"]
    if len(set(roles)) != len(roles):
        raise ConversionError("a slot appears twice")
    if "{pair}" in roles and len(roles) > 1:
        raise ConversionError("'%' together with '$' or '+': khaldun's {pair} names both sides")
    out: list[tuple[str, tuple[str, ...]]] = []
    for variant in _expand(sequence, notes):
        variant, determiners = _verb_determiners(variant) if lang == "en" else (variant, ())
        for pattern in _with_implicit_slots(
            variant, bare, lang, petrarch=not stems, subject_between=not parsed
        ):
            try:
                parse_pattern(pattern)
            except PatternError as exc:
                raise ConversionError(str(exc)) from None
            if (pattern, determiners) not in out:
                out.append((pattern, determiners))
    return Converted(out, notes)


def _alternations(text: str, synsets: dict[str, Synset], notes: list[str]) -> str:
    """TABARI ``{ A | B }`` -> a local synset."""
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        name = f"&ZZALT{count}"
        members = [m.strip() for m in match.group(1).split("|") if m.strip()]
        synset = Synset(name, None, plural=False)  # type: ignore[arg-type]
        synset.members = [(None, m) for m in members]  # type: ignore[misc]
        synsets[name] = synset
        return f" {name} "

    new = ALT_RE.sub(replace, text)
    # keep "_" joins around the alternatives: DEMAND_{ A | B }_CONVENTIONS
    new = re.sub(r"_\s+(&ZZALT\d+)", r"_\1", new)
    new = re.sub(r"(&ZZALT\d+)\s+_", r"\1_", new)
    if count:
        notes.append("TABARI {A | B} alternatives converted")
    return new


def _sequence(text: str, synsets, lang: str, stems: bool) -> list[tuple[str, Item]]:
    """(connector to the previous item, item) pairs; ``^`` becomes ``{skip}``, right next to
    the item on the verb's side of it."""
    out: list[tuple[str, Item]] = []
    pending = ADJ
    verb_seen = skipped = False
    for c_index, chunk in enumerate(text.split()):
        if c_index:
            pending = ADJ if skipped and not verb_seen else GAP
        skipped = False
        atoms = [p for a in chunk.split("_") for p in re.split(r"(\*)", a) if p]
        for a_index, atom in enumerate(atoms):
            exact = atom.endswith(EXACT)
            atom = atom.removesuffix(EXACT)
            if atom == "^":
                out.append((ADJ if verb_seen else GAP, Item("slot", "{skip}")))
                skipped = True
                continue
            verb_seen = verb_seen or atom == "*"
            if atom == "*":
                item = Item("verb", "*")
            elif atom in SLOTS:
                item = Item("slot", SLOTS[atom])
            elif atom.startswith("&"):
                item = Item(
                    "alts", alts=tuple(_synset_alts(atom, synsets, frozenset(), lang, stems))
                )
            else:
                # only a phrase's last word is a stem: ARMS_CACHE is arms + cache...
                alt = _word_alt(atom, stems and not exact and a_index == len(atoms) - 1)
                if not alt:
                    continue
                item = Item("alts", alts=(alt,))
            out.append((pending, item))
            pending = ADJ
    return out


def _word_alt(word: str, stems: bool) -> Alt:
    """A dictionary word as khaldun tokens (``DON'T`` -> do n't; ``PEACE-KEEPING`` -> 3); a
    stem (TABARI, or marked ``~``) ends in any of :data:`STEM_ENDINGS`."""
    stem = stems or "~" in word
    tokens = [t.norm for t in tokenize(word.replace("~", "").lower()) if t.norm not in BAD_TOKENS]
    if not tokens:
        return ()
    positions: list[Position] = [(ADJ, (t,)) for t in tokens]
    if stem and tokens[-1].isalpha() and len(tokens[-1]) > 2 and tokens[-1] not in DETERMINERS:
        last = tokens[-1]
        positions[-1] = (ADJ, tuple(dict.fromkeys(last + e for e in STEM_ENDINGS)))
    return tuple(positions)


def _member_alts(
    member: str, synsets, plural: bool, seen: frozenset[str], lang: str, stems: bool
) -> list[Alt]:
    """The ways a synset member can be written: blanks allow a gap (TABARI), ``_`` joins,
    nested synsets expanded, the regular plural added unless the member ends with ``_``."""
    exact = member.endswith("_")
    choices: list[list[Alt]] = []
    for c_index, chunk in enumerate(member.split()):
        atoms = [a for a in chunk.split("_") if a]
        for a_index, atom in enumerate(atoms):
            connector = GAP if c_index and not a_index else ADJ
            if atom.startswith("&"):
                alts = _synset_alts(atom, synsets, seen, lang, stems)
            else:
                last = a_index == len(atoms) - 1  # JAVANESE_YEN: javanese + yen...
                alt = _word_alt(atom, stems and not exact and last)
                alts = [alt] if alt else []
            if alts:
                choices.append([((connector, a[0][1]), *a[1:]) for a in alts])
    out: list[Alt] = []
    for combo in itertools.product(*choices):
        alt = tuple(p for piece in combo for p in piece)
        if not alt:
            continue
        if plural and not exact and lang == "en":
            connector, words = alt[-1]
            more = [en.plural(w, {}) for w in words if w.isalpha() and len(w) > 3]
            alt = (*alt[:-1], (connector, tuple(dict.fromkeys([*words, *(m for m in more if m)]))))
        out.append(alt)
    return out


def _synset_alts(name: str, synsets, seen: frozenset[str], lang: str, stems: bool) -> list[Alt]:
    key = name.rstrip("_")
    if key not in synsets:
        raise ConversionError(f"undefined synset {key}")
    if key in seen:
        raise ConversionError(f"synset {key} contains itself")
    synset = synsets[key]
    out: list[Alt] = []
    for _line, member in synset.members:
        for alt in _member_alts(member, synsets, synset.plural, seen | {key}, lang, stems):
            if alt not in out:
                out.append(alt)
    if not out:
        raise ConversionError(f"synset {key} is empty")
    return out


def _expand(sequence, notes) -> list[list[tuple[str, str]]]:
    """Variants: each a list of (connector, element text) with the verb as ``*``. Synset
    members of one word share one element (``a|b|c``); longer members give variants."""
    options: list[list[list[tuple[str, str]]]] = []
    for connector, item in sequence:
        if item.kind == "verb":
            options.append([[(connector, "*")]])
        elif item.kind == "slot":
            options.append([[(connector, item.value)]])
        else:
            singles = [w for a in item.alts if len(a) == 1 for w in a[0][1]]
            group: list[list[tuple[str, str]]] = []
            if singles:
                group.append([(connector, "|".join(dict.fromkeys(singles)))])
            for alt in (a for a in item.alts if len(a) > 1):
                group.append(
                    [
                        (connector if i == 0 else c, "|".join(words))
                        for i, (c, words) in enumerate(alt)
                    ]
                )
            options.append(group)
    variants = []
    for combo in itertools.product(*options):
        variants.append([element for piece in combo for element in piece])
        if len(variants) >= MAX_VARIANTS:
            notes.append(f"synset expansion cut at {MAX_VARIANTS} patterns")
            break
    return variants


def _verb_determiners(variant: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], tuple]:
    """``... ITS *``: drop the determiner from the pattern and return it (it joins the
    trigger, since khaldun takes a verb after a determiner for a noun)."""
    star = next(i for i, (_c, e) in enumerate(variant) if e == "*")
    if star == 0:
        return variant, ()
    connector, element = variant[star - 1]
    words = tuple(element.split("|"))
    if element.startswith("{") or not set(words) <= DETERMINERS:
        return variant, ()
    rest = [
        *variant[: star - 1],
        (connector if star > 1 else variant[star][0], "*"),
        *variant[star + 1 :],
    ]
    return rest, tuple(sorted(words))


def _with_implicit_slots(
    variant: list[tuple[str, str]],
    bare: bool,
    lang: str,
    petrarch: bool = True,
    subject_between: bool = True,
) -> list[str]:
    """Add the source and the target when the pattern has none: the source before the verb
    and the target after it; when the pattern names one of them, the other is looked for
    before the verb first, then after it (TABARI takes the first actor not yet assigned:
    ``+ WAS * DEAD``, an Eriadorian was shot dead in Osgiliath)."""
    star = next(i for i, (_c, e) in enumerate(variant) if e == "*")
    left, right = variant[:star], variant[star + 1 :]
    verb_connector = variant[star][0]
    texts = {e for _c, e in variant}
    if "{pair}" in texts:
        paired = _render(left, verb_connector, right)
        if petrarch and any(e == "{pair}" for _c, e in right):
            # PETRARCH's "* WITH %": a subject before the verb acts on each member (X agreed
            # with Y and Z: X -> Y, X -> Z); without one, the members act on each other (as
            # TABARI reads % always: X exchanged prisoners with Y and Z: Y <-> Z)
            targets = [(c, "{target}" if e == "{pair}" else e) for c, e in right]
            return [_render(_prepend_left(left, "{source}"), GAP, targets), paired]
        return [paired]
    has_source, has_target = "{source}" in texts, "{target}" in texts
    out: list[str] = []
    if has_source and has_target:
        out.append(_render(left, verb_connector, right))
    elif not has_source and not has_target:
        # the subject before the verb, the object after it
        for rgt in _append_right(right, "{target}"):
            out.append(
                _render(_prepend_left(left, "{source}"), GAP if not left else verb_connector, rgt)
            )
        if left and verb_connector == GAP and subject_between:
            # the subject may also stand between the words and the verb (NEITHER *: neither
            # X nor Y boycotted Z): tried after the subject before them
            out += [
                _render([*left, (GAP, "{source}")], GAP, r)
                for r in _append_right(right, "{target}")
            ]
    else:
        # one actor named: the other is the first other actor of the sentence (TABARI), so
        # before the verb when there is one (ANTI- + *: X ... anti- Ruritania parade), else
        # after it (+ WAS * DEAD: an Eriadorian was shot dead in Osgiliath)
        slot = "{target}" if has_source else "{source}"
        out.append(_render(_prepend_left(left, slot), GAP if not left else verb_connector, right))
        out += [_render(left, verb_connector, r) for r in _append_right(right, slot)]
    if bare and lang == "en" and not right and not has_source and not has_target:
        out.insert(0, "{target} &be ... * ... by {source}")
    if lang == "ar" and not has_source and not has_target:
        # VSO: the subject usually follows the verb
        out += [
            p
            for p in (
                _render(left, verb_connector if left else ADJ, r)
                for r in _append_right([(ADJ, "{source}"), *right], "{target}")
            )
            if p not in out
        ]
    return out


def _append_right(right: list[tuple[str, str]], slot: str) -> list[list[tuple[str, str]]]:
    """The slot after the pattern's words, and (when a gap allows it) right after the verb."""
    out = [[*right, (GAP, slot)]]
    if right and right[0][0] == GAP and not right[0][1].startswith("{"):
        out.append([(ADJ, slot), *right])
    return out


def _prepend_left(left: list[tuple[str, str]], slot: str) -> list[tuple[str, str]]:
    if not left:
        return [(ADJ, slot)]
    return [(ADJ, slot), (GAP, left[0][1]), *left[1:]]


def _render(left, verb_connector, right) -> str:
    parts: list[str] = []
    for i, (_connector, element) in enumerate(left):
        parts.append(element)
        following = left[i + 1][0] if i + 1 < len(left) else verb_connector
        if following == GAP:
            parts.append("...")
    parts.append("*")
    for connector, element in right:
        if connector == GAP:
            parts.append("...")
        parts.append(element)
    return " ".join(parts)


def is_arabic_pattern(text: str) -> bool:
    return has_arabic(text)
