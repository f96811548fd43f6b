"""What an import converted, approximated and could not convert, each with ``file:line``."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

NOT_CONVERTED = "not converted"
APPROXIMATED = "approximated"
LEVELS = (NOT_CONVERTED, APPROXIMATED)


@dataclass(frozen=True)
class Issue:
    """One construct of a source dictionary that was not converted exactly."""

    file: str
    line: int
    construct: str  # e.g. "null-event pattern [---]", "paired code [c1:c2]"
    reason: str
    level: str = NOT_CONVERTED
    text: str = ""  # the source line (stripped), for the reader

    def __str__(self) -> str:
        shown = f": {self.text}" if self.text else ""
        return f"{self.file}:{self.line}: {self.level}: {self.construct}: {self.reason}{shown}"


@dataclass
class ImportReport:
    """Everything an import did: counts of converted constructs and every issue, located."""

    converted: Counter[str] = field(default_factory=Counter)
    issues: list[Issue] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def count(self, construct: str, n: int = 1) -> None:
        self.converted[construct] += n

    def not_converted(self, file: str, line: int, construct: str, reason: str, text: str = ""):
        self.issues.append(Issue(file, line, construct, reason, NOT_CONVERTED, text.strip()))

    def approximated(self, file: str, line: int, construct: str, reason: str, text: str = ""):
        self.issues.append(Issue(file, line, construct, reason, APPROXIMATED, text.strip()))

    def extend(self, other: ImportReport) -> None:
        self.converted.update(other.converted)
        self.issues.extend(other.issues)
        self.files.extend(f for f in other.files if f not in self.files)

    def by_construct(self, level: str) -> dict[tuple[str, str], list[Issue]]:
        """Issues of one level grouped by (construct, reason), largest group first."""
        groups: dict[tuple[str, str], list[Issue]] = defaultdict(list)
        for issue in self.issues:
            if issue.level == level:
                groups[(issue.construct, issue.reason)].append(issue)
        return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))

    def totals(self) -> dict[str, int]:
        counts = Counter(issue.level for issue in self.issues)
        return {level: counts[level] for level in LEVELS}

    def summary_lines(self, examples: int = 3) -> list[str]:
        """A readable summary: converted counts, then each kind of issue with a few places."""
        out = [f"files: {', '.join(self.files) or '-'}", "", "converted:"]
        out += [f"  {n:>7}  {what}" for what, n in sorted(self.converted.items())]
        for level in LEVELS:
            groups = self.by_construct(level)
            total = sum(len(v) for v in groups.values())
            out += ["", f"{level}: {total}"]
            for (construct, reason), issues in groups.items():
                out.append(f"  {len(issues):>7}  {construct}: {reason}")
                for issue in issues[:examples]:
                    shown = f"  {issue.text}" if issue.text else ""
                    out.append(f"             {issue.file}:{issue.line}{shown}"[:160])
                if len(issues) > examples:
                    out.append(f"             ... and {len(issues) - examples} more")
        return out

    def full_lines(self) -> list[str]:
        """Every issue, one per line, in file order."""
        return [str(i) for i in sorted(self.issues, key=lambda i: (i.file, i.line, i.construct))]

    def as_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "converted": dict(sorted(self.converted.items())),
            "totals": self.totals(),
            "issues": [
                {
                    "file": i.file,
                    "line": i.line,
                    "level": i.level,
                    "construct": i.construct,
                    "reason": i.reason,
                    "text": i.text,
                }
                for i in self.issues
            ],
        }
