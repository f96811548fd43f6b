"""Split a story into sentences with offsets; set aside its headline, dateline and page furniture.

Sentences end at ``. ! ? ؟ …`` (with any closing quotes or brackets), at blank lines, and at line
ends unless an English sentence visibly wraps onto the next line. Abbreviations (Mr., U.S., Jan.)
and initials do not end a sentence. Lines before the first line that ends like a sentence are the
headline, dateline and furniture; short unterminated lines after the last one are furniture.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .models import Sentence

TERMINATORS = ".!?؟…"
CLOSERS = "\"'”’»)]}"
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sr",
        "jr",
        "prof",
        "gen",
        "col",
        "lt",
        "maj",
        "brig",
        "lieut",
        "capt",
        "sgt",
        "cpl",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "pres",
        "amb",
        "rev",
        "fr",
        "mt",
        "ft",
        "no",
        "nos",
        "vol",
        "pp",
        "ca",
        "approx",
        "dept",
        "est",
        "inc",
        "ltd",
        "co",
        "corp",
        "bros",
        "vs",
        "etc",
        "al",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "u.s.a",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
    ]
)
FRONT_MAX_WORDS = 20  # an unterminated front line this long is a paragraph, not a headline
TAIL_MAX_WORDS = 8  # an unterminated closing line shorter than this is page furniture
DATELINE_MAX_WORDS = 7
MAX_SENTENCE_CHARS = 3000  # a longer "sentence" (a scrape without punctuation) is cut

# one terminator, then any more: a pattern opening with a character set is searched for by
# that set alone, one that opens with a repeat tries a match at every character
_END_RE = re.compile(
    rf"[{re.escape(TERMINATORS)}][{re.escape(TERMINATORS)}]*[{re.escape(CLOSERS)}]*(?=\s|$)"
)
_NEXT_CHAR_RE = re.compile(r"\s*(\S)")  # the next visible character
_WORD_BEFORE_RE = re.compile(r"[\w.]+$")  # the word a full stop closes
_LINE_RE = re.compile(r"[^\n]*")
_WORD_RE = re.compile(r"\w+")
_DATELINE_DASH_RE = re.compile(r"\s[-–—]\s?|\s?[-–—]\s")
_BODY_DATELINE_RE = re.compile(r"^\s*([^\n.]{2,60}?)\s*(?:\([^)\n]{1,40}\))?\s*[-–—]{1,2}\s+")


@dataclass(frozen=True, slots=True)
class Layout:
    """Which parts of a story are its body, and its dateline (if any)."""

    body: tuple[tuple[int, int], ...]  # paragraphs as (start, end) offsets
    dateline: str = ""


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    for match in _LINE_RE.finditer(text):
        if match.group().strip():
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            out.append((start, match.start() + len(match.group().rstrip())))
    return out


def _terminated(line: str) -> bool:
    return bool(line) and line.rstrip(CLOSERS + " ")[-1:] in TERMINATORS


def _words(line: str) -> int:
    return len(_WORD_RE.findall(line))


def find_layout(text: str) -> Layout:
    """Separate the body of a story from its headline, dateline and furniture."""
    lines = _lines(text)
    ends = [i for i, (s, e) in enumerate(lines) if _terminated(text[s:e])]
    if not ends:
        return Layout(tuple(lines))
    first, last = ends[0], ends[-1]
    body = [
        ln
        for i, ln in enumerate(lines)
        if i < first and _words(text[ln[0] : ln[1]]) >= FRONT_MAX_WORDS
    ]
    body += lines[first : last + 1]
    body += [ln for ln in lines[last + 1 :] if _words(text[ln[0] : ln[1]]) >= TAIL_MAX_WORDS]
    front = [text[s:e] for i, (s, e) in enumerate(lines) if i < first]
    return Layout(tuple(sorted(body)), _dateline(front, text[lines[first][0] : lines[first][1]]))


def _dateline(front: list[str], first_body: str) -> str:
    """ "BAGHDAD (Reuters) - ..." opening the body, else a short front line with a dash."""
    match = _BODY_DATELINE_RE.match(first_body)
    if match and _words(match.group(1)) <= 4:
        return match.group(0)
    for line in reversed(front):
        if _words(line) <= DATELINE_MAX_WORDS and _DATELINE_DASH_RE.search(line):
            return line
    return ""


def split_sentences(
    text: str, doc_id: str = "", start: int = 0, end: int | None = None, first_index: int = 0
) -> list[Sentence]:
    """Sentences of ``text[start:end]`` (one paragraph or more), offsets into ``text``."""
    end = len(text) if end is None else end
    sentences: list[Sentence] = []
    for para_start, para_end in _paragraphs(text, start, end):
        cursor = para_start
        for match in _END_RE.finditer(text, para_start, para_end):
            if not _ends_sentence(text, match, para_end):
                continue
            for s, e in _bounded(cursor, match.end(), text):
                _append(sentences, text, doc_id, s, e, first_index)
            cursor = match.end()
        for s, e in _bounded(cursor, para_end, text):
            _append(sentences, text, doc_id, s, e, first_index)
    return sentences


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Line groups: a line continues the previous one only when English visibly wraps."""
    out: list[tuple[int, int]] = []
    for s, e in _lines(text[start:end]):
        s, e = s + start, e + start
        if out:
            prev_s, prev_e = out[-1]
            previous = text[prev_s:prev_e]
            blank_between = text.count("\n", prev_e, s) > 1
            if not blank_between and not _terminated(previous) and text[s].islower():
                out[-1] = (prev_s, e)
                continue
        out.append((s, e))
    return out


def _ends_sentence(text: str, match: re.Match[str], limit: int) -> bool:
    """A terminator ends a sentence unless lower-case English follows, or it closes an
    abbreviation (Mr., U.S., Jan.) or an initial (J.)."""
    following = _NEXT_CHAR_RE.match(text, match.end(), limit)  # no copy of the paragraph's rest
    nxt = following.group(1) if following else ""
    if nxt and nxt.islower() and nxt.isascii():
        return False
    if match.group()[0] != ".":
        return True
    word = _WORD_BEFORE_RE.search(text, max(0, match.start() - 12), match.start())
    if word:
        token = word.group().lower().strip(".")
        if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha() and token.isascii()):
            return False
    return True


def _bounded(start: int, end: int, text: str) -> Iterator[tuple[int, int]]:
    """Cut an overlong stretch into pieces of at most MAX_SENTENCE_CHARS, at spaces if possible."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        yield start, cut
        start = cut
    yield start, end


def _append(
    out: list[Sentence], text: str, doc_id: str, start: int, end: int, first_index: int
) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped or not any(c.isalnum() for c in stripped):
        return
    lead = len(piece) - len(piece.lstrip())
    s = start + lead
    out.append(Sentence(doc_id, first_index + len(out), stripped, s, s + len(stripped)))
