"""Shared pieces of the PETRARCH/TABARI readers: comment-free lines with their numbers, phrases,
codes, dates and ids."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
CAMEO_RE = re.compile(r"^[0-9]{2,4}$")
ACTOR_CODE_RE = re.compile(r"^(?:[A-Z0-9]{3})+$")  # CAMEO: three-character blocks
# an actor's own code: KEDS / TABARI codes may end in a shorter block (NORTH_YEMEN [YEMNO])
ACTOR_OWN_CODE_RE = re.compile(r"^[A-Z0-9]{3,}$")
SECTION_TAG_RE = re.compile(r"<(/?)([A-Z]+)>")
# short words that are also common English words: written in capitals, they match only in
# capitals (khaldun's rule for short acronyms), so "US" the country is not "us" the pronoun
CASED_WORDS = frozenset(
    [
        "us",
        "un",
        "it",
        "is",
        "in",
        "on",
        "at",
        "as",
        "an",
        "or",
        "no",
        "so",
        "am",
        "be",
        "he",
        "we",
        "me",
        "my",
        "do",
        "go",
        "to",
        "of",
        "by",
        "up",
        "all",
        "and",
        "are",
        "but",
        "can",
        "did",
        "for",
        "had",
        "has",
        "her",
        "him",
        "his",
        "its",
        "may",
        "new",
        "not",
        "now",
        "old",
        "one",
        "our",
        "out",
        "see",
        "she",
        "the",
        "too",
        "two",
        "was",
        "way",
        "who",
        "why",
        "yes",
        "yet",
        "you",
        "man",
        "men",
        "war",
        "law",
        "air",
        "sea",
        "oil",
        "gas",
        "ban",
    ]
)


@dataclass(frozen=True)
class Line:
    """One meaningful line of a dictionary file: comments removed, right-stripped."""

    file: str  # name shown in the report
    number: int  # 1-based line number in the file
    text: str  # content without comments
    raw: str  # the source line, stripped (for the report)
    indented: bool  # the source line starts with a blank or a tab


def read_lines(path: Path, display: str | None = None) -> list[Line]:
    """Non-empty lines without comments: ``<!-- ... -->`` (also over several lines), lines
    opening with ``<!``, and ``#`` / ``;`` to the end of the line unless inside ``[...]``
    (``[###]`` is a code). A TABARI ``~~FINISH`` line ends the file."""
    name = display or path.name
    text = path.read_text(encoding="utf-8", errors="replace").lstrip("\ufeff")
    out: list[Line] = []
    in_xml_comment = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw
        if in_xml_comment:
            end = line.find("-->")
            if end < 0:
                continue
            line = line[end + 3 :]
            in_xml_comment = False
        while "<!--" in line:
            start = line.find("<!--")
            end = line.find("-->", start)
            if end < 0:
                line = line[:start]
                in_xml_comment = True
                break
            line = line[:start] + line[end + 3 :]
        if line.lstrip().startswith("<!"):
            continue
        if line.startswith("~~FINISH"):
            break
        line = strip_comment(line).rstrip()
        if line.strip():
            out.append(Line(name, number, line, raw.strip(), raw[:1] in (" ", "\t")))
    return out


def strip_comment(line: str) -> str:
    """Cut at the first ``#`` or ``;`` that is not inside brackets."""
    depth = 0
    for i, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char in "#;" and depth == 0:
            return line[:i]
    return line


def section_tag(text: str) -> str | None:
    """The TABARI section a ``<NAME>`` / ``</NAME>`` line opens ("" when it closes one);
    None when the line is not a section tag."""
    tag = SECTION_TAG_RE.fullmatch(text)
    if tag is None:
        return None
    return "" if tag.group(1) else tag.group(2)


def has_arabic(text: str) -> bool:
    return bool(ARABIC_RE.search(text))


def phrase_words(entry: str) -> tuple[list[str], bool]:
    """Words of a dictionary phrase (``_`` and blanks separate them) and whether a trailing
    ``_`` asks for an exact (not stem) match."""
    entry = entry.strip()
    exact = entry.endswith("_")
    return [w for w in re.split(r"[_\s]+", entry) if w], exact


def display_phrase(words: list[str]) -> str:
    """A phrase as khaldun should match it. English is written in lower case (khaldun folds
    case anyway); a lone short word that is also a common English word keeps its capitals so
    that it matches only when capitalised (``US``, ``UN``). Arabic is left as written."""
    text = " ".join(words)
    if has_arabic(text):
        return text
    if len(words) == 1 and words[0].isalpha() and words[0].lower() in CASED_WORDS:
        return words[0].upper()
    return text.lower()


def parse_date(text: str) -> date | None:
    """``YYYYMMDD`` or ``YYMMDD`` (``YY`` 00-30 -> 20YY, otherwise 19YY); None if invalid."""
    text = text.strip()
    if not text.isdigit():
        return None
    if len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    elif len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:])
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_before(day: date) -> date:
    return day - timedelta(days=1)


def slug(text: str, fallback: str = "entry") -> str:
    """An id fragment: ASCII lower case, runs of other characters as ``-``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return value or fallback


class IdMaker:
    """Unique ids from slugs: ``ruritania``, ``ruritania-2``, ..."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def make(self, text: str, fallback: str = "entry") -> str:
        return self.unique(slug(text, fallback))

    def unique(self, base: str) -> str:
        """``base`` itself (already a valid id), or with ``-2``, ``-3`` ... when taken."""
        candidate, n = base, 1
        while candidate in self.seen:
            n += 1
            candidate = f"{base}-{n}"
        self.seen.add(candidate)
        return candidate
