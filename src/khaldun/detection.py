"""Sentence-level detection scores: does the coder say "this sentence reports an ASSAULT"
(resp. PROTEST), against sentences labelled yes / difficult no / easy no / ambiguous."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .compiler import CompiledCodebook
from .models import Document
from .pipeline import code_document


@dataclass
class DetectionScore:
    """Does the coder say "this sentence reports an ASSAULT" (resp. PROTEST)?"""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)  # (label, yes|no)
    errors: list[dict[str, object]] = field(default_factory=list)  # misses and false alarms

    def figures(self, hard_only: bool = True) -> dict[str, float | int]:
        negatives = ("difficult no",) if hard_only else ("difficult no", "easy no")
        tp = self.counts[("yes", "yes")]
        fn = self.counts[("yes", "no")]
        fp = sum(self.counts[(label, "yes")] for label in negatives)
        tn = sum(self.counts[(label, "no")] for label in negatives)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f1, 4),
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "tn": tn,
        }


def evaluate_detection(
    path: Path, book: CompiledCodebook, with_errors: bool = False
) -> dict[str, DetectionScore]:
    """Per event type: coded yes/no against the labels (ambiguous records are left out); with
    errors, every labelled yes coded no and every no coded yes, with the rules that fired."""
    scores: dict[str, DetectionScore] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            raw = json.loads(line)
            label = raw.get("label")
            if label == "ambiguous":
                continue
            kind = raw["event_type"]
            events = code_document(
                Document(raw["id"], raw["text"], None, raw.get("lang")), book
            ).events
            rules = sorted({e.rule_id for e in events if e.plover == kind})
            said = "yes" if rules else "no"
            score = scores.setdefault(kind, DetectionScore())
            score.counts[(label, said)] += 1
            if with_errors and (label == "yes") != (said == "yes"):
                kind_of_error = "miss" if label == "yes" else f"false alarm ({label})"
                score.errors.append(
                    {"id": raw["id"], "kind": kind_of_error, "rules": rules, "text": raw["text"]}
                )
    return scores


def detection_lines(scores: dict[str, DetectionScore], with_errors: bool) -> list[str]:
    """The readable report: P, R, F1 per event type against hard and all negatives; errors."""
    out = []
    for kind, score in sorted(scores.items()):
        for which, hard_only in (("hard negatives", True), ("all negatives", False)):
            f = score.figures(hard_only)
            out.append(
                f"{kind:<10} {which:<15} P {f['precision']:.3f}  R {f['recall']:.3f}"
                f"  F1 {f['f1']:.3f}  (tp {f['tp']}, fp {f['fp']}, fn {f['fn']})"
            )
    if with_errors:
        for kind, score in sorted(scores.items()):
            for e in score.errors:
                rules = " [" + ", ".join(e["rules"]) + "]" if e["rules"] else ""
                out.append(f"{e['kind']}: {kind}: {e['id']}{rules}: {e['text']}")
    return out


def is_detection_file(path: Path) -> bool:
    with path.open(encoding="utf-8") as handle:
        first = next((line for line in handle if line.strip()), "{}")
    return "label" in json.loads(first)
