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


def evaluate_detection(path: Path, book: CompiledCodebook) -> dict[str, DetectionScore]:
    """Per event type: coded yes/no against the labels (ambiguous records are left out)."""
    scores: dict[str, DetectionScore] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            raw = json.loads(line)
            if raw.get("label") == "ambiguous":
                continue
            kind = raw["event_type"]
            events = code_document(
                Document(raw["id"], raw["text"], None, raw.get("lang")), book
            ).events
            said = "yes" if any(e.plover == kind for e in events) else "no"
            scores.setdefault(kind, DetectionScore()).counts[(raw["label"], said)] += 1
    return scores


def is_detection_file(path: Path) -> bool:
    with path.open(encoding="utf-8") as handle:
        first = next((line for line in handle if line.strip()), "{}")
    return "label" in json.loads(first)
