"""Discard lists and issue files.

khaldun has no discard section yet: discards are returned as plain records (written to
``discards.yaml`` beside the layer, not inside it) and reported. Issue coding has no khaldun
equivalent: every entry is reported as not converted.
"""

from __future__ import annotations

import re
from datetime import date

from .common import Line, has_arabic
from .report import ImportReport


def convert_discards(lines: list[Line], report: ImportReport) -> list[dict]:
    """``PHRASE`` (sentence) or ``+PHRASE`` (story); a trailing ``_`` asks for a word boundary,
    otherwise the phrase is a stem."""
    out = []
    for line in lines:
        text = line.text.strip()
        level = "story" if text.startswith("+") else "sentence"
        text = text.lstrip("+").strip()
        if not text:
            report.not_converted(line.file, line.number, "discard", "empty phrase", line.raw)
            continue
        match = "word" if text.endswith("_") else "stem"
        phrase = " ".join(text.rstrip("_").replace("_", " ").split())
        out.append(
            {
                "text": phrase if has_arabic(phrase) else phrase.lower(),
                "level": level,
                "match": match,
                "lang": "ar" if has_arabic(phrase) else "en",
                "origin": f"{line.file}:{line.number}",
            }
        )
        report.count(f"discards ({level} level) -> discards.yaml (not used by khaldun yet)")
    return out


def report_issues(lines: list[Line], report: ImportReport) -> None:
    """Issue coding: nothing to convert to; each entry is reported."""
    for line in lines:
        text = line.text.strip()
        if text.startswith(("<ISSUE", "</ISSUE")):
            continue
        kind = "issue ignore phrase" if text.startswith("~") else "issue phrase"
        report.not_converted(line.file, line.number, kind, "khaldun has no issue coding", line.raw)


def dated(entry: dict) -> bool:
    """Whether a discard record holds only in some dates (``valid_from`` / ``valid_to``)."""
    return "valid_from" in entry or "valid_to" in entry


def discarded_on(text: str, day: date | None, discards: list[dict]) -> bool:
    """Whether a dated discard word holds in the text on ``day`` (a text without a date is
    never discarded by one): what khaldun's undated language discards cannot say."""
    if day is None:
        return False
    lowered = text.lower()
    return any(
        dated(entry)
        and re.search(rf"\b{re.escape(entry['text'])}\b", lowered)
        and entry.get("valid_from", "0000-00-00") <= day.isoformat()
        and day.isoformat() <= entry.get("valid_to", "9999-99-99")
        for entry in discards
    )
