"""Score the coder against gold files: event-level precision/recall/F1 at several levels,
record-level hit rates, per-root figures, a root confusion table, every error with its rule.
(Sentence-level detection scores are in :mod:`khaldun.detection`.)"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .compiler import CompiledCodebook
from .models import Document, Event
from .pipeline import code_document
from .readers import parse_date

# records the original validators did not score (../shared/eval/README.md)
SKIP_FLAGS = (
    "EVALUATE_FALSE",
    "CATEGORY_NOT_IN_INCLUDE",
    "UNCHECKED",
    "AFTER_FINAL_RECORD",
    "OPTION",
    "NO_EVENTCODING_ELEMENT",
    "NO_EXPECTATION",
    "NO_VALIDATION_FIELDS",
    "EXPECT_ERROR",
)
# PLOVER 0.5 names still used by older gold files -> current names
PLOVER_RENAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}


@dataclass(frozen=True)
class GoldEvent:
    source: str
    code: str
    target: str
    plover: str


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    lang: str | None
    date: str
    expected: tuple[GoldEvent, ...]


@dataclass(frozen=True)
class Level:
    """A way of comparing events: which fields must agree."""

    name: str
    key: Callable[[str, str, str, str], tuple[str, ...]]  # (source, code, target, plover)
    needs_code: bool = False  # only for gold events that give a CAMEO code
    needs_source: bool = False  # only for gold events that give a source
    agree: Callable[[tuple[str, ...], tuple[str, ...]], bool] | None = None  # else: keys equal


# CAMEO role and type codes: a gold actor that starts with one names no country, and then a
# coded actor agrees when it holds that role (gold CVL, coded IRQCVL: the story was in Iraq)
ROLE_BLOCKS = frozenset(
    (
        "GOV",
        "MIL",
        "REB",
        "OPP",
        "COP",
        "JUD",
        "LEG",
        "SPY",
        "BUS",
        "MED",
        "EDU",
        "CVL",
        "REF",
        "HRI",
        "LAB",
        "ELI",
        "UAF",
        "CRM",
        "INS",
        "SEP",
        "PTY",
        "AGR",
        "HLH",
        "REL",
        "SET",
        "NGO",
        "MNC",
    )
)


def blocks_agree(gold: str, coded: str) -> bool:
    """Gold's first block is coded's first block, or, when gold names only a role, one of
    coded's blocks."""
    if not gold:
        return True
    if gold[:3] in ROLE_BLOCKS:
        return gold[:3] in {coded[i : i + 3] for i in range(0, len(coded), 3)}
    return gold[:3] == coded[:3]


EXACT = Level("exact", lambda s, c, t, p: (s, c, t), needs_code=True)
SOURCE_BLOCK = Level(
    "plover+source block",
    lambda s, c, t, p: (p, s),
    needs_source=True,
    agree=lambda g, c: g[0] == c[0] and blocks_agree(g[1], c[1]),
)
LEVELS = (
    EXACT,
    Level("root", lambda s, c, t, p: (s, c[:2], t), needs_code=True),
    Level("plover", lambda s, c, t, p: (p,)),
    SOURCE_BLOCK,
    Level(
        "actor blocks",
        lambda s, c, t, p: (s, t),
        needs_source=True,
        agree=lambda g, c: blocks_agree(g[0], c[0]) and blocks_agree(g[1], c[1]),
    ),
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    records: int = 0  # records scored at this level
    hits: int = 0  # records where at least one gold event was found

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "records": self.records,
            "record_hit_rate": round(self.hits / self.records, 4) if self.records else 0.0,
        }


@dataclass
class Report:
    levels: dict[str, Score] = field(default_factory=dict)
    per_root: dict[str, Score] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[dict[str, object]] = field(default_factory=list)
    records: int = 0
    skipped: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "records": self.records,
            "skipped": self.skipped,
            "levels": {name: score.as_dict() for name, score in self.levels.items()},
            "per_root": {root: score.as_dict() for root, score in sorted(self.per_root.items())},
            "confusion": [
                {"gold": g, "coded": c, "count": n} for (g, c), n in sorted(self.confusion.items())
            ],
            "errors": self.errors,
        }


def read_gold(path: Path) -> Iterator[tuple[GoldRecord | None, dict[str, object]]]:
    """Gold records (None for those the validators skipped) with the raw JSON."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            raw = json.loads(line)
            flags = raw.get("flags") or []
            if any(str(f).startswith(SKIP_FLAGS) for f in flags):
                yield None, raw
                continue
            expected = tuple(
                GoldEvent(
                    e.get("source") or "",
                    e.get("code") or "",
                    e.get("target") or "",
                    PLOVER_RENAMES.get(e.get("plover") or "", e.get("plover") or ""),
                )
                for e in raw.get("expected") or []
            )
            yield (
                GoldRecord(
                    str(raw["id"]),
                    raw["text"],
                    raw.get("lang"),
                    str(raw.get("date") or ""),
                    expected,
                ),
                raw,
            )


def _coded(record: GoldRecord, book: CompiledCodebook) -> tuple[Event, ...]:
    doc = Document(record.id, record.text, parse_date(record.date), record.lang)
    return code_document(doc, book).events


def _event_fields(event: Event) -> tuple[str, str, str, str]:
    return (
        event.source.code if event.source else "",
        event.code,
        event.target.code if event.target else "",
        event.plover,
    )


def evaluate(
    gold: Iterable[GoldRecord | None], book: CompiledCodebook, with_errors: bool = False
) -> Report:
    """Code every gold record and compare."""
    report = Report(levels={level.name: Score() for level in LEVELS})
    for record in gold:
        if record is None:
            report.skipped += 1
            continue
        report.records += 1
        events = _coded(record, book)
        coded = [_event_fields(e) for e in events]
        for level in LEVELS:
            _score_level(report.levels[level.name], level, record, coded)
        _score_roots(report, record, coded)
        if with_errors:
            report.errors.extend(_errors(record, events))
    return report


def _score_level(
    score: Score, level: Level, record: GoldRecord, coded: list[tuple[str, str, str, str]]
) -> None:
    gold = [
        g
        for g in record.expected
        if (g.code or not level.needs_code) and (g.source or not level.needs_source)
    ]
    if level.needs_code and record.expected and not gold:
        return  # this file gives no codes: the level does not apply
    gold_keys = [level.key(g.source, g.code, g.target, g.plover) for g in gold]
    found, extra = _pair(gold_keys, [level.key(*c) for c in coded], _agreement(level))
    matched = sum(found)
    score.tp += matched
    score.fn += len(gold_keys) - matched
    score.fp += len(extra)
    if gold:
        score.records += 1
        score.hits += matched > 0


def _agreement(level: Level) -> Callable[[tuple[str, ...], tuple[str, ...]], bool]:
    return level.agree or (lambda g, c: g == c)


def _pair(
    gold: Sequence[tuple[str, ...]],
    coded: Sequence[tuple[str, ...]],
    agree: Callable[[tuple[str, ...], tuple[str, ...]], bool],
) -> tuple[list[bool], list[int]]:
    """Greedy one-to-one matching: whether each gold key found a coded one, and the indexes
    of the coded keys left over."""
    left = list(range(len(coded)))
    found = []
    for g in gold:
        hit = next((i for i in left if agree(g, coded[i])), None)
        found.append(hit is not None)
        if hit is not None:
            left.remove(hit)
    return found, left


def _score_roots(report: Report, record: GoldRecord, coded: list[tuple[str, str, str, str]]):
    """Per gold root: exact matches; confusion: gold root vs coded root for the same dyad."""
    remaining = list(coded)
    for gold in (g for g in record.expected if g.code):
        score = report.per_root.setdefault(gold.code[:2], Score())
        score.records += 1
        exact = (gold.source, gold.code, gold.target, "")
        hit = next((c for c in remaining if c[:3] == exact[:3]), None)
        if hit:
            score.tp += 1
            score.hits += 1
            remaining.remove(hit)
            report.confusion[(gold.code[:2], gold.code[:2])] += 1
            continue
        score.fn += 1
        dyad = next((c for c in remaining if (c[0], c[2]) == (gold.source, gold.target)), None)
        report.confusion[(gold.code[:2], dyad[1][:2] if dyad else "none")] += 1
        if dyad:
            remaining.remove(dyad)
    for extra in remaining:
        if any(g.code for g in record.expected) or not record.expected:
            report.per_root.setdefault(extra[1][:2], Score()).fp += 1
            report.confusion[("none", extra[1][:2])] += 1


def _errors(record: GoldRecord, events: tuple[Event, ...]) -> list[dict[str, object]]:
    """Misses and false alarms at the exact level (for files without codes: the PLOVER type
    with the source's block, agreeing as the "plover+source block" level does)."""
    by_code = all(g.code for g in record.expected) and record.expected
    level = EXACT if by_code else SOURCE_BLOCK
    gold = [level.key(g.source, g.code, g.target, g.plover) for g in record.expected]
    coded = [level.key(*_event_fields(e)) for e in events]
    found, extra = _pair(gold, coded, _agreement(level))
    out: list[dict[str, object]] = [
        {"id": record.id, "kind": "miss", "gold": list(g), "text": record.text}
        for g, hit in zip(gold, found, strict=True)
        if not hit
    ]
    for k, event in {coded[i]: events[i] for i in extra}.items():
        out.append(
            {
                "id": record.id,
                "kind": "false alarm",
                "coded": list(k),
                "rule": event.rule_id,
                "pattern": event.pattern,
                "trigger": event.trigger_text,
                "text": record.text,
            }
        )
    return out


def report_lines(report: Report) -> list[str]:
    """A readable report: levels, per-root figures, root confusion, errors."""
    out = [
        f"{report.records} records scored, {report.skipped} skipped (validator flags)",
        "",
        f"{'level':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}  records hit",
    ]
    for name, score in report.levels.items():
        if not score.records and not score.fp:
            continue
        d = score.as_dict()
        out.append(
            f"{name:<22}{d['precision']:>7.3f}{d['recall']:>7.3f}{d['f1']:>7.3f}"
            f"{score.tp:>6}{score.fp:>6}{score.fn:>6}  {score.hits}/{score.records}"
        )
    if report.per_root:
        out += [
            "",
            "per root (exact):",
            f"{'root':<6}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}",
        ]
        for root, score in sorted(report.per_root.items()):
            out.append(
                f"{root:<6}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
                f"{score.tp:>6}{score.fp:>6}{score.fn:>6}"
            )
    if report.confusion:
        out += ["", "root confusion (gold -> coded, same dyad; none = not coded):"]
        for (gold, coded), count in report.confusion.most_common(25):
            out.append(f"  {gold} -> {coded}: {count}")
    for error in report.errors:
        what = error.get("gold") or error.get("coded")
        rule = f" [{error['rule']}: {error['pattern']!s}]" if "rule" in error else ""
        out.append(
            f"{error['kind']}: {error['id']}: {' '.join(map(str, what))}{rule}: "
            f"{str(error['text'])[:160]}"
        )
    return out
