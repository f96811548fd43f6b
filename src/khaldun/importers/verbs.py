"""Read verb dictionaries into blocks: PETRARCH-1/-2 (``--- NAME [CODE] ---`` blocks of verbs and
``-`` patterns, ``&SYNSET`` lists) and TABARI (``VERB [CODE]`` entries, each with its patterns,
``<SYNSETS>``, ``<TIME>``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..morphology import en
from ..schema import VerbForms
from .common import Line, has_arabic, section_tag
from .report import ImportReport

# the endings TABARI matches on a whole verb (DEPART_: departs, departes, departed, departen,
# departing) that khaldun's English inflection does not make
TABARI_VERB_ENDINGS = ("es", "en")
BRACKET_RE = re.compile(r"\[([^\]]*)\]")
FORMS_RE = re.compile(r"\{([^}]*)\}")
# TABARI verbs without a trailing "_" are stems (RESTOR matches restore, restored, restoring,
# restoration); khaldun matches whole words, so a stem becomes these forms
VERB_STEM_SUFFIXES = (
    "",
    "s",
    "es",
    "e",
    "ed",
    "d",
    "ing",
    "ion",
    "ions",
    "ation",
    "ations",
    "ition",
    "ment",
    "ments",
    "ze",
    "zes",
    "zed",
    "zing",
    "se",
    "ses",
    "sed",
    "sing",
    "sm",
    "al",
    "y",
    "ies",
    "ied",
    "ying",
    # nouns made from the verb, which TABARI's prefix match reaches too (SATISF: satisfaction,
    # ATTEND: attendance, CONFER: conference)
    "action",
    "actions",
    "ication",
    "ications",
    "ance",
    "ances",
    "ence",
    "ences",
)


# a stem ending in one vowel and one consonant doubles it before -ed / -ing (REGRET: regretted,
# regretting), which TABARI matches since the word begins with the stem
DOUBLING_RE = re.compile(r"(?:^|[^aeiou])[aeiou]([bcdfgklmnprstvz])$")


def _doubled(stem: str) -> tuple[str, ...]:
    found = DOUBLING_RE.search(stem)
    return (found.group(1) + "ed", found.group(1) + "ing") if found else ()


PHRASE_NOTATION_RE = re.compile(r"\(|\{[^|{}]*\}")  # not TABARI's { A | B }


@dataclass
class Verb:
    line: Line
    spec: str | VerbForms
    lang: str  # en | ar
    code: str | None = None  # its own code, None: the block's


@dataclass
class PatternLine:
    line: Line
    text: str  # the pattern without its leading "-" and its code
    code: str  # the code as written, e.g. "064", "032:033", "---"


@dataclass
class Block:
    line: Line
    name: str
    code: str  # as written; "---" when absent
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[PatternLine] = field(default_factory=list)
    tail: str = ""  # TABARI multi-word entry: words that follow the verb in every pattern


@dataclass
class Synset:
    name: str  # with the leading "&", without a trailing "_"
    line: Line
    plural: bool  # members get their regular plural (no trailing "_" on the label)
    members: list[tuple[Line, str]] = field(default_factory=list)


@dataclass
class VerbDictionary:
    blocks: list[Block] = field(default_factory=list)
    synsets: dict[str, Synset] = field(default_factory=dict)
    tabari: bool = False

    @cached_property
    def parsed(self) -> bool:
        """PETRARCH-2 / UD-PETRARCH phrase notation (``{NOUN PHRASE}``, ``(PREP NOUN)``): its
        patterns were matched against a parse, not the word sequence (read once complete)."""
        return any(
            PHRASE_NOTATION_RE.search(p.text) for block in self.blocks for p in block.patterns
        )


def read_petrarch_verbs(lines: list[Line], report: ImportReport) -> VerbDictionary:
    """PETRARCH-1 / PETRARCH-2 / UD-PETRARCH verb files."""
    book = VerbDictionary()
    block: Block | None = None
    synset: Synset | None = None
    for line in lines:
        text = line.text.strip()
        if text.startswith("---"):
            synset = None
            block = _block_header(line, text, report)
            book.blocks.append(block)
        elif _is_shared_line(text, synset):
            synset = _read_shared_line(book, block, synset, line, text, report)
        elif text.startswith("~"):
            synset = None
            report.not_converted(
                line.file,
                line.number,
                "verb transformation ~",
                "PETRARCH-2 transformations have no khaldun equivalent",
                line.raw,
            )
        else:
            synset = None
            if block is None:
                report.not_converted(
                    line.file,
                    line.number,
                    "verb outside a block",
                    "no --- NAME [CODE] --- before it",
                    line.raw,
                )
                continue
            verb = _petrarch_verb(line, text, report)
            if verb is not None:
                block.verbs.append(verb)
    return book


def read_tabari_verbs(lines: list[Line], report: ImportReport) -> VerbDictionary:
    """TABARI ``.verbs`` files: each ``VERB [CODE]`` entry is its own block."""
    book = VerbDictionary(tabari=True)
    block: Block | None = None
    synset: Synset | None = None
    section = ""
    for line in lines:
        text = line.text.strip()
        tag = section_tag(text)
        if tag is not None:
            section = tag
            synset = None
            continue
        if section == "TIME" and "[###]" not in text.replace(" ", ""):
            report.not_converted(
                line.file,
                line.number,
                "TABARI <TIME> entry",
                "time shifts of the event date have no khaldun equivalent",
                line.raw,
            )
            continue
        # a <TIME> phrase coded [###] (ONCE_UPON_A_TIME) discards its sentence, as a verb does
        if _is_shared_line(text, synset):
            synset = _read_shared_line(book, block, synset, line, text, report)
        elif text.startswith("{") and block is not None and block.verbs:
            synset = None
            _add_tabari_forms(block.verbs[-1], FORMS_RE.findall(text), report)
        else:
            synset = None
            block = _tabari_entry(line, text, report)
            if block is not None:
                book.blocks.append(block)
    return book


def _is_shared_line(text: str, synset: Synset | None) -> bool:
    """A synset header (``&``), synset member (``+``) or pattern (``-``) line: both dialects
    write these alike."""
    return text.startswith(("&", "-")) or (text.startswith("+") and synset is not None)


def _read_shared_line(
    book: VerbDictionary,
    block: Block | None,
    synset: Synset | None,
    line: Line,
    text: str,
    report: ImportReport,
) -> Synset | None:
    """Read a line ``_is_shared_line`` accepted; returns the synset still open after it."""
    if text.startswith("&"):
        synset = _synset_header(line, text)
        book.synsets[synset.name] = synset
        return synset
    if text.startswith("+") and synset is not None:
        synset.members.append((line, text[1:].strip()))
        return synset
    _add_pattern(block, line, text[1:], report)
    return None


def _block_header(line: Line, text: str, report: ImportReport) -> Block:
    body = text.strip("- ")
    codes = BRACKET_RE.findall(body)
    name = BRACKET_RE.sub(" ", body).strip(" -") or "block"
    if len(codes) > 1:
        report.approximated(
            line.file, line.number, "block with several codes", "kept the first", line.raw
        )
    return Block(line, name, codes[0].strip() if codes else "---")


def _synset_header(line: Line, text: str) -> Synset:
    label = text.split()[0]
    plural = not label.endswith("_")
    return Synset(label.rstrip("_"), line, plural)


def _add_pattern(block: Block | None, line: Line, body: str, report: ImportReport) -> None:
    if block is None:
        report.not_converted(
            line.file, line.number, "pattern outside a block", "no verb before it", line.raw
        )
        return
    codes = list(BRACKET_RE.finditer(body))
    if not codes:
        report.not_converted(
            line.file, line.number, "pattern without code", "a pattern needs [CODE]", line.raw
        )
        return
    last = codes[-1]
    block.patterns.append(PatternLine(line, body[: last.start()].strip(), last.group(1).strip()))


def _petrarch_verb(line: Line, text: str, report: ImportReport) -> Verb | None:
    codes = BRACKET_RE.findall(text)
    forms = FORMS_RE.findall(text)
    main = FORMS_RE.sub(" ", BRACKET_RE.sub(" ", text)).strip()
    code = codes[-1].strip() if codes else None
    if not main or any(c in main for c in "*()$%^&"):
        report.not_converted(
            line.file,
            line.number,
            "malformed verb line",
            "neither a verb nor a pattern (a pattern starts with '-')",
            line.raw,
        )
        return None
    if has_arabic(main):
        head = main.split("+")[0].split("_")[0].split()[0]
        if head != main:
            report.approximated(
                line.file,
                line.number,
                "Arabic multi-word verb",
                "kept the first word: khaldun puts prepositions and objects in patterns",
                line.raw,
            )
        report.count("Arabic verbs (lemma: past tense only)")
        return Verb(line, head, "ar", code)
    irregular = [_words(f) for f in " ".join(forms).split()] if forms else []
    words = [w for w in re.split(r"[_\s]+", main) if w]
    head = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+").lower() for w in words]
    if any("+" in w for w in words):
        report.not_converted(
            line.file, line.number, "malformed verb line", "misplaced '+'", line.raw
        )
        return None
    phrase = " ".join(words)
    report.count("verbs")
    if irregular:
        report.count("verbs with irregular forms {...}")
        return Verb(line, VerbForms(forms=list(dict.fromkeys([phrase, *irregular]))), "en", code)
    if head == 0:
        return Verb(line, phrase, "en", code)
    # the inflected word is not the first: spell out its regular forms
    verb = words[head]
    inflected = [verb, en.third_person(verb), en.past(verb), en.gerund(verb)]
    spelled = [" ".join([*words[:head], form, *words[head + 1 :]]) for form in inflected]
    return Verb(line, VerbForms(forms=list(dict.fromkeys(spelled))), "en", code)


def _words(form: str) -> str:
    return " ".join(w.lstrip("+").lower() for w in re.split(r"[_\s]+", form) if w)


def _tabari_entry(line: Line, text: str, report: ImportReport) -> Block | None:
    codes = BRACKET_RE.findall(text)
    main = BRACKET_RE.sub(" ", text).strip()
    if not codes or not main:
        report.not_converted(
            line.file,
            line.number,
            "TABARI entry without code",
            "a verb entry needs [CODE]",
            line.raw,
        )
        return None
    chunks = main.split()
    first = chunks[0]
    atoms = [a for a in first.split("_") if a]
    if not atoms:
        report.not_converted(line.file, line.number, "TABARI entry", "no verb", line.raw)
        return None
    head, adjacent = atoms[0], atoms[1:]
    exact_no_forms = first.endswith("=")
    head = head.rstrip("=")
    whole_exact = main.endswith("_") or first.endswith("_") or (len(chunks) > 1 and not adjacent)
    # the later words of a multi-word entry (BURN DOWN, HAVE NOTHING TO DO WITH) are matched
    # with the verb as one phrase, so that the first word alone is not a trigger
    rest = " ".join(
        [
            *(a.lower() for a in adjacent),
            *(w.lower() for c in chunks[1:] for w in c.split("_") if w.strip("_=")),
        ]
    )
    block = Block(line, main.rstrip("_="), codes[0].strip())
    if len(chunks) > 1:
        report.approximated(
            line.file,
            line.number,
            "TABARI multi-word verb entry",
            "its words are matched as one consecutive phrase",
            line.raw,
        )
    if len(codes) > 1:
        report.approximated(
            line.file, line.number, "TABARI entry with several codes", "kept the first", line.raw
        )
    lower = head.lower()
    suffix = f" {rest}" if rest else ""
    if exact_no_forms:
        spec: str | VerbForms = VerbForms(forms=[lower + suffix])
        report.approximated(
            line.file,
            line.number,
            "TABARI '=' suffix",
            "matched as the word itself, without other forms",
            line.raw,
        )
    elif whole_exact:
        spec = lower + suffix
        if not lower.endswith("e"):  # TABARI's own regular endings beyond khaldun's -s -ed -ing
            extra = [lower + ending + suffix for ending in TABARI_VERB_ENDINGS]
            spec = VerbForms(base=spec, forms=extra)
    else:
        forms = [lower + s + suffix for s in (*VERB_STEM_SUFFIXES, *_doubled(lower))]
        spec = VerbForms(forms=list(dict.fromkeys(forms)))
        report.approximated(
            line.file,
            line.number,
            "TABARI stem verb",
            "khaldun matches whole words: the stem is expanded with common "
            "endings (-e, -es, -ed, -ing, -ion, ...)",
            line.raw,
        )
    report.count("verbs")
    block.verbs.append(Verb(line, spec, "en"))
    return block


def _add_tabari_forms(verb: Verb, groups: list[str], report: ImportReport) -> None:
    forms = [_words(f.rstrip("=")) for g in groups for f in g.split() if f.strip("_=")]
    spec = verb.spec
    if isinstance(spec, str):
        verb.spec = VerbForms(base=spec, forms=forms)
    else:
        verb.spec = VerbForms(base=spec.base, forms=list(dict.fromkeys([*spec.forms, *forms])))
    report.count("verbs with irregular forms {...}")
