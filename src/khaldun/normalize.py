"""Tokenise text keeping character offsets, and normalise tokens the same way for text and codebook.

Arabic: presentation forms folded, diacritics and tatweel removed, alef/hamza forms (أ إ آ ٱ) to ا,
alef maqsura ى to ي, ta marbuta ة to ه, Arabic-Indic and Persian digits to ASCII.
English (and any Latin text): case-folded, accents removed, typographic apostrophes straightened.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from .models import Token

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_INVISIBLE = "\u200b-\u200f\u061c\u2066-\u2069\u202a-\u202e\ufeff\u00ad"

TOKEN_RE = re.compile(
    rf"""
      [^\W\d_]+?(?=n['’]t\b)                  # English "did" of "didn't"
    | n['’]t\b                                # ... and its "n't"
    | ['’]s\b                                 # possessive 's
    | \d+(?:[.,٫٬]\d+)+(?![^\W_])               # a number with decimals or thousands: 3.6, 1,200
    | (?:[^\W_]|[{_MARKS}])+                  # a word: letters, digits, Arabic marks
    | [^\s\w{_INVISIBLE}]                     # any other visible character: punctuation
    """,
    re.VERBOSE,
)

# TOKEN_RE for text with no apostrophe, underscore or number with decimals (none of its first
# four alternatives can match there; the underscore, no token's character, would be a word's)
PLAIN_TOKEN_RE = re.compile(rf"[\w{_MARKS}]+|[^\s\w{_INVISIBLE}]")
DECIMAL_RE = re.compile(r"\d[.,٫٬]\d")

_ARABIC_LETTER_RE = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"
)
_LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")

_AR_TABLE = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ـ": None,
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "۰": "0",
        "۱": "1",
        "۲": "2",
        "۳": "3",
        "۴": "4",
        "۵": "5",
        "۶": "6",
        "۷": "7",
        "۸": "8",
        "۹": "9",
        "’": "'",
        "‘": "'",
        "ی": "ي",
        "ک": "ك",
    }
)


def _class_codes(members: str) -> list[int]:
    """The code points of a regex character class's members, characters and ranges (a-b)."""
    codes: list[int] = []
    i = 0
    while i < len(members):
        ranged = i + 2 < len(members) and members[i + 1] == "-"
        last = members[i + 2] if ranged else members[i]
        codes.extend(range(ord(members[i]), ord(last) + 1))
        i += 3 if ranged else 1
    return codes


_DROPPED = _class_codes(_MARKS + _INVISIBLE)  # what an Arabic word is read without
# _AR_TABLE that also drops the marks and invisible characters and names every other character
# of the Arabic block: translate reads a table a character at a time, and a character it
# lacks costs a failed lookup
_AR_FOLD = {
    **{code: code for code in range(0x600, 0x700)},
    **dict.fromkeys(_DROPPED),
    **_AR_TABLE,
}
# normalize_word's memo: a word's form by the word. A plain dict, read inline, where an
# ``lru_cache`` was a generic call and a list reordered for every token; Final, so that the
# compiled build reads it (and the sets read per character below) without a lookup in the
# module's dict
NORMALISED_LIMIT = 262_144
_NORMALISED: Final[dict[str, str]] = {}
# characters that belong to the word before them (``_``, Arabic marks) or to no token
_WORD_MARKS: Final = frozenset(["_", *map(chr, _DROPPED)])
APOSTROPHES: Final = frozenset("'’")


def normalize_word(word: str) -> str:
    """Normalise one token; identical for codebook phrases and text (remembered, pure)."""
    norm = _NORMALISED.get(word)
    if norm is None:
        if len(_NORMALISED) >= NORMALISED_LIMIT:  # memory stays bounded on any stream
            _NORMALISED.clear()
        norm = _NORMALISED[word] = _normalized(word)
    return norm


def _normalized(word: str) -> str:
    if word.isascii():
        return word.lower()
    word = unicodedata.normalize("NFKC", word)
    if "\u0600" <= word[0] <= "\u06ff" or _ARABIC_LETTER_RE.search(word):
        return word.translate(_AR_FOLD)
    decomposed = unicodedata.normalize("NFKD", word.translate(_AR_TABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` with offsets (shifted by ``offset``) and normalised forms.

    Built from the words alone, without a match object per token: a word is found again from
    where the previous one ended, which is exact because the characters between tokens
    (spaces, ``_``, invisible marks) never occur inside one."""
    tokens = []
    end = 0
    for word in _token_words(text):
        start = text.find(word, end)  # compiled, a native call (not through a bound method)
        end = start + len(word)
        tokens.append(Token(word, normalize_word(word), start + offset, end + offset))
    return tokens


def _token_words(text: str) -> list[str]:
    """The tokens ``TOKEN_RE`` finds in ``text``. No token holds a space, and none of its
    alternatives looks across one, so the text is read a space-separated chunk at a time: a
    chunk of letters and digits alone (``isalnum``: the regex's ``\\w`` but for ``_``), most of
    them, is a token as it is, and one with punctuation marks around it only (a word and its
    comma, a name in quotes) is that word and each mark; only the others (a hyphenated word, a
    vowelled Arabic word) go through a regex: ``PLAIN_TOKEN_RE``, twice as fast, in the text of
    most sentences, which holds none of the apostrophes (didn't, 's), underscores and numbers
    (1,200) that only ``TOKEN_RE`` reads; the text is looked at for them once a chunk needs it."""
    regex: re.Pattern[str] | None = None
    words: list[str] = []
    for chunk in text.split():
        if chunk.isalnum():
            words.append(chunk)
            continue
        word = _punctuated(chunk)
        if word is not None:
            start, end = word
            words.extend(chunk[:start])  # each mark a token
            if start < end:
                words.append(chunk[start:end])
            words.extend(chunk[end:])
            continue
        if regex is None:
            plain = not ("'" in text or "’" in text or "_" in text or DECIMAL_RE.search(text))
            regex = PLAIN_TOKEN_RE if plain else TOKEN_RE
        words.extend(regex.findall(chunk))
    return words


def _punctuated(chunk: str) -> tuple[int, int] | None:
    """[start, end) of the word in a chunk that is a word with punctuation marks around it
    («قسد»، (4) said:), or of nothing in one of marks alone (...); else None. No apostrophe
    opens it: 's is one token."""
    start, end = 0, len(chunk)
    while start < end and chunk[start] not in APOSTROPHES and _stands_alone(chunk[start]):
        start += 1
    while end > start and _stands_alone(chunk[end - 1]):
        end -= 1
    return (start, end) if start == end or chunk[start:end].isalnum() else None


def _stands_alone(char: str) -> bool:
    """A character that is a token of its own (punctuation): neither a word's (letters,
    digits, ``_``, Arabic marks) nor dropped (invisible)."""
    return not char.isalnum() and char not in _WORD_MARKS


def normalize_phrase(phrase: str) -> tuple[str, ...]:
    """The normalised token sequence of a codebook phrase (the form it is matched by)."""
    return tuple(normalize_word(m.group()) for m in TOKEN_RE.finditer(phrase))


def detect_language(text: str) -> str:
    """``"ar"`` when Arabic letters outnumber Latin ones, else ``"en"``."""
    sample = text[:2000]
    arabic = len(_ARABIC_LETTER_RE.findall(sample))
    latin = len(_LATIN_LETTER_RE.findall(sample))
    return "ar" if arabic > latin else "en"
