"""Output filters. One-a-day (as the Phoenix pipeline did): keep the first event of each
(date, source, target, code) and drop its repeats, counting what was dropped."""

from __future__ import annotations

from .models import Event


class OneADay:
    def __init__(self) -> None:
        self._seen: set[tuple[str, str, str, str]] = set()
        self.removed = 0

    def keep(self, event: Event) -> bool:
        key = (
            event.date.isoformat() if event.date else "",
            event.source.code if event.source else "",
            event.target.code if event.target else "",
            event.code,
        )
        if key in self._seen:
            self.removed += 1
            return False
        self._seen.add(key)
        return True
