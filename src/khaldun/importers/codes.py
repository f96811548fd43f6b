"""Event codes of TABARI / PETRARCH verb dictionaries: ``[c1]``, paired ``[c1:c2]``, the
``?`` / ``!`` suffixes (a rule's weight), and codes written with letters (``[174K]``) khaldun
cannot represent."""

from __future__ import annotations

import re

from .common import CAMEO_RE
from .report import ImportReport


def event_code(raw: str, line, report: ImportReport, what: str) -> tuple[str | None, str | None]:
    """(code, paired reverse code) of a ``[...]`` code; None when there is no event."""
    raw = raw.strip()
    forward, _, reverse = raw.partition(":")
    code = single_code(forward, line, report, what)
    back = single_code(reverse, line, report, what) if reverse else None
    if back is not None and code is not None:
        report.count("paired codes [c1:c2] (rule reverse: c2, target -> source)")
    return code, back


def single_code(raw: str, line, report: ImportReport, what: str) -> str | None:
    """One code of ``[c1:c2]``; None for a null, discard or complex code, or one that is no
    CAMEO-like number (reported)."""
    raw = raw.strip()
    if raw in ("---", ""):
        return None
    if raw in ("###", "+++"):
        return None
    cleaned = raw.rstrip("?!")
    if cleaned != raw and CAMEO_RE.fullmatch(cleaned):
        report.count("codes with a ? (weak) or ! (dominant) suffix -> rule weight")
        return cleaned
    if not CAMEO_RE.fullmatch(raw):
        report.not_converted(
            line.file,
            line.number,
            f"invalid event code in {what}",
            "not 2-4 digits (khaldun codes are CAMEO-like numbers)",
            line.raw,
        )
        return None
    return raw


def code_weight(raw: str) -> str | None:
    """TABARI's ``[023?]`` (a weak event: dropped when the sentence codes another one) and
    ``[031!]`` (a dominant one: the others are dropped) as a rule's ``weight``."""
    forward = raw.partition(":")[0].strip()
    return {"?": "weak", "!": "dominant"}.get(forward[-1:])


def lettered(raw: str) -> bool:
    """A code khaldun cannot write but TABARI codes (``[075A]``): digits, then letters."""
    return any(re.fullmatch(r"[0-9]{2,4}[A-Z]+", part.strip()) for part in raw.split(":"))
