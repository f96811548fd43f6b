"""Actor codes of TABARI / PETRARCH dictionaries: ``[CODE]``, group codes ``[A/B/C]``, date
restrictions (``[EGYGOV >140608]``, ``[X <d]``, ``[X d1-d2]``) and dated null codes
(``[--- <d] [X]``), read into khaldun's dated codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .common import ACTOR_CODE_RE, ACTOR_OWN_CODE_RE, Line, day_before, parse_date
from .report import ImportReport


@dataclass
class ActorCode:
    code: str
    start: date | None = None
    end: date | None = None
    also: list[str] = field(default_factory=list)  # [A/B/C]: a group actor, B and C

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


def parse_actor_code(line: Line, content: str, report: ImportReport) -> ActorCode | None:
    parts = content.split(None, 1)
    if not parts:
        report.not_converted(line.file, line.number, "empty code []", "no code", line.raw)
        return None
    code, rest = parts[0], (parts[1] if len(parts) > 1 else "").replace(" ", "")
    if code in ("---", "###", "+++"):
        parsed = ActorCode(code)
    else:
        code, *also = code.split("/")
        if also:
            report.count("multi-code actors [A/B] (an actor with also: [B])")
        if code != code.upper():
            report.approximated(
                line.file,
                line.number,
                "lower-case actor code",
                "written in capitals",
                line.raw,
            )
            code = code.upper()
        if not ACTOR_OWN_CODE_RE.fullmatch(code):
            report.not_converted(
                line.file,
                line.number,
                "invalid actor code",
                "not three or more capitals or digits",
                line.raw,
            )
            return None
        parsed = ActorCode(
            code, also=[c.upper() for c in also if ACTOR_CODE_RE.fullmatch(c.upper())]
        )
    if not rest:
        return parsed
    if rest[0] in "<>":
        day = parse_date(rest[1:])
        if day is None:
            report.not_converted(
                line.file, line.number, "invalid date restriction", "bad date", line.raw
            )
            return None
        if rest[0] == ">":
            parsed.start = day
        else:
            parsed.end = day_before(day)
        return parsed
    if "-" in rest:
        first, _, second = rest.partition("-")
        start, end = parse_date(first), parse_date(second)
        if start is None or end is None or start > end:
            report.not_converted(
                line.file,
                line.number,
                "invalid date range",
                "bad or reversed range",
                line.raw,
            )
            return None
        parsed.start, parsed.end = start, end
        return parsed
    report.not_converted(
        line.file, line.number, "invalid date restriction", "cannot read the dates", line.raw
    )
    return None


def null_complements(
    first: Line, nulls: list[ActorCode], default: ActorCode | None, report: ImportReport
) -> list[ActorCode]:
    """``[--- <d] [X]``: no code before d, X after -> a dated X from d (no default)."""
    dated_nulls = [n for n in nulls if n.dated]
    if not dated_nulls:
        return []
    if default is None:
        report.count("date-restricted null codes (no code in that period)")
        return []
    if len(dated_nulls) > 1:
        report.not_converted(
            first.file,
            first.number,
            "several dated null codes",
            "only one dated [---] beside a default can be converted",
            first.raw,
        )
        return []
    null = dated_nulls[0]
    out = []
    if null.start is not None:
        out.append(ActorCode(default.code, None, day_before(null.start)))
    if null.end is not None:
        out.append(ActorCode(default.code, null.end.fromordinal(null.end.toordinal() + 1), None))
    report.count("date-restricted null codes (no code in that period)")
    return out


def dated_entry(code: ActorCode) -> dict:
    entry: dict = {"code": code.code}
    if code.start is not None:
        entry["valid_from"] = code.start.isoformat()
    if code.end is not None:
        entry["valid_to"] = code.end.isoformat()
    return entry
