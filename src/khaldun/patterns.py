"""The pattern language of action rules: parse ``"{source} * on {target}"`` into elements.

A pattern is a line of whitespace-separated elements around exactly one ``*`` (the trigger):

- ``{source}`` ``{target}``: an actor must fill the slot;
  ``{source?}`` ``{target?}``: may stay empty;
- ``{source:speaker}``: never read from the text, only the speaker of reported speech, if any
  (the implicit agent of an impersonal passive: قال ... إنه تم اعتقال ...);
- ``{source=CVL|OPP}``: only an actor whose code holds one of these blocks (protesters gather,
  troops deploy: the same verb, different events);
- ``{pair}``: two or more joined actors acting on each other (``talks between X and Y``);
- ``{with}``: a co-actor (``fought alongside X against Y``) who also becomes a source;
- ``{skip}``: an actor right there (only transparent words between) is passed over, and no
  other slot takes it: ``{source} * at {skip} ... {target}`` reads "X warned at the UN of Y" as
  X -> Y (TABARI's ``^``); nothing happens when there is none; it may appear more than once;
- ``{target:ambassador|diplomats}``: a word, as a literal, that heads or ends the target's
  name when that name says whose it is ("expelled the Dutch ambassador" -> NLDGOV); a role
  alone ("expelled the ambassador") still matches, with no target;
- a word, or alternatives ``on|against``; ``&name`` stands for a word set of the language file;
  ``&place`` (reserved) for any place name of the gazetteer (captured &place: captured Kismayo);
- ``*`` alone (no slot at all): the event is coded even when no actor is named (protests broke
  out: an event detection pattern; use it only where the trigger cannot mean anything else);
- ``...`` lets the elements on either side of it stand a few words further apart than usual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

SLOT_RE = re.compile(
    r"^\{(source|target|pair|with|skip)(\?|:speaker)?(?:=([A-Z]{3}(?:\|[A-Z]{3})*))?\}$"
)
TARGET_HEAD_RE = re.compile(r"^\{target:([^{}]+)\}$")
WORDSET_RE = re.compile(r"^&([a-z][a-z0-9_]*)$")
PLACE_WORDSET = "place"  # &place: any place name, not a word set of the language file
PLACE_MARK = "\x00place"  # the word a place name stands for in a compiled literal (no token's)


class PatternError(ValueError):
    """A pattern that cannot be parsed; the message says why."""


@dataclass(frozen=True, slots=True)
class Slot:
    role: str  # source | target | pair | with | skip
    optional: bool = False
    wide: bool = False
    speaker_only: bool = False
    roles: tuple[str, ...] = ()  # {source=CVL|OPP}: the actor's code must hold one of these blocks


@dataclass(frozen=True, slots=True)
class Literal:
    words: tuple[str, ...]  # raw alternatives, normalised by the compiler
    wordsets: tuple[str, ...] = ()
    wide: bool = False
    names_target: bool = False  # {target:ambassador}: the word heads the target's name

    @property
    def role(self) -> str:
        """The slot the literal also fills: ``target`` for ``{target:...}``, else none."""
        return "target" if self.names_target else ""


Element = Slot | Literal


@dataclass(frozen=True, slots=True)
class PatternSyntax:
    """A parsed pattern: the elements left of the trigger (in text order) and right of it."""

    text: str
    left: tuple[Element, ...]
    right: tuple[Element, ...]

    @property
    def slots(self) -> tuple[Slot, ...]:
        return tuple(e for e in (*self.left, *self.right) if isinstance(e, Slot))

    @property
    def wordsets(self) -> set[str]:
        return {w for e in (*self.left, *self.right) if isinstance(e, Literal) for w in e.wordsets}


def parse_pattern(text: str) -> PatternSyntax:
    """Parse one pattern line, raising :class:`PatternError` with a readable reason."""
    parts = text.split()
    if parts.count("*") != 1:
        raise PatternError(f"pattern must contain exactly one '*' (the trigger): {text!r}")
    left: list[Element] = []
    right: list[Element] = []
    side = left
    wide = False  # a "..." waiting for the next element (right of the trigger)
    seen_roles: set[str] = set()
    for part in parts:
        if part == "*":
            side = right
            continue
        if part == "...":
            if side is left:
                # left elements are searched outward from the trigger: the wide gap belongs to
                # the element before the dots
                if not left or _is_wide(left[-1]):
                    raise PatternError(f"'...' needs an element before it: {text!r}")
                left[-1] = replace(left[-1], wide=True)
            elif wide:
                raise PatternError(f"'... ...' is written once: {text!r}")
            wide = side is right
            continue
        element = _element(part, wide, text)
        if element.role:
            if element.role in seen_roles and element.role != "skip":
                raise PatternError(f"slot {{{element.role}}} appears twice: {text!r}")
            seen_roles.add(element.role)
        side.append(element)
        wide = False
    if wide:
        raise PatternError(f"'...' cannot end a pattern: {text!r}")
    if "pair" in seen_roles and seen_roles & {"source", "target"}:
        raise PatternError(f"{{pair}} already names both sides; drop source/target: {text!r}")
    return PatternSyntax(text=text, left=tuple(left), right=tuple(right))


def _is_wide(element: Element) -> bool:
    return element.wide


def _element(part: str, wide: bool, text: str) -> Element:
    slot = SLOT_RE.match(part)
    if slot:
        flag = slot.group(2) or ""
        if flag == ":speaker" and slot.group(1) != "source":
            raise PatternError(f"only {{source:speaker}} can come from the speaker: {text!r}")
        if slot.group(1) == "skip" and (flag or slot.group(3)):
            raise PatternError(f"{{skip}} takes no flag or actor kind: {text!r}")
        return Slot(
            role=slot.group(1),
            optional=bool(flag) or slot.group(1) == "skip",
            wide=wide,
            speaker_only=flag == ":speaker",
            roles=tuple(slot.group(3).split("|")) if slot.group(3) else (),
        )
    head = TARGET_HEAD_RE.match(part)
    if head:
        return replace(_literal(head.group(1), wide, text), names_target=True)
    if part.startswith("{") or part.endswith("}"):
        raise PatternError(
            f"unknown slot {part!r} (use {{source}}, {{target}}, {{pair}} or {{with}}): {text!r}"
        )
    return _literal(part, wide, text)


def _literal(part: str, wide: bool, text: str) -> Literal:
    words: list[str] = []
    wordsets: list[str] = []
    for alternative in part.split("|"):
        if not alternative:
            raise PatternError(f"empty alternative in {part!r}: {text!r}")
        match = WORDSET_RE.match(alternative)
        if match:
            wordsets.append(match.group(1))
        elif alternative.startswith("&"):
            raise PatternError(f"bad word set name {alternative!r}: {text!r}")
        else:
            words.append(alternative)
    return Literal(words=tuple(words), wordsets=tuple(wordsets), wide=wide)


def with_fronted_subjects(texts: Sequence[str]) -> list[str]:
    """The patterns, each verb-first one (``* {source} REST``) followed by its subject-first
    reading (``{source} * REST``) unless written too: Arabic puts the subject before its verb
    as readily as after it (قصفت القوات التركية / القوات التركية قصفت)."""
    written = set(texts)
    out: list[str] = []
    for text in texts:
        out.append(text)
        parts = text.split()
        if len(parts) > 2 and parts[0] == "*" and parts[1].startswith("{source"):
            if ":speaker" in parts[1]:
                continue
            fronted = " ".join([parts[1], "*", *parts[2:]])
            if fronted not in written:
                out.append(fronted)
                written.add(fronted)
    return out


def specificity(pattern: PatternSyntax) -> tuple[int, int]:
    """Patterns with more literal words, then more required slots, are tried first; among
    equal slots, a slot restricted to a kind of actor ({source=CVL}) is the more specific."""
    elements = (*pattern.left, *pattern.right)
    literals = sum(isinstance(e, Literal) for e in elements)
    required = sum(isinstance(e, Slot) and not e.optional for e in elements)
    restricted = sum(isinstance(e, Slot) and bool(e.roles) for e in elements)
    return (literals, 2 * required + restricted)
