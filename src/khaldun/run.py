"""A coding run: documents stream through the coder (on one or more processes) into a writer,
and everything that happened is counted; the command line only reports it."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TextIO

from .compiler import CompiledCodebook
from .filters import OneADay
from .parallel import code_items
from .readers import InputProblem
from .writers import atomic_output, make_writer, rendered


def code_into(
    stream: TextIO,
    fmt: str,
    safe_csv: bool,
    book: CompiledCodebook,
    items,
    counts: dict[str, int],
    problems: list[InputProblem],
    progress: Callable[[int, int], None],
    jobs: int = 1,
    output: Path | None = None,
) -> None:
    """Code every item into a writer for ``fmt``, counting documents, sentences, events and
    problems (``counts`` and ``problems`` are filled in); ``progress(documents, events)`` is
    called as it goes. A failed run leaves no partial Parquet file."""
    writer = make_writer(fmt, stream, safe_csv, book.country_names, output)
    daily = OneADay() if "one_a_day_removed" in counts else None
    # workers write text formats themselves unless the parent must see the events (one a day)
    text = stream is not None and fmt != "parquet" and daily is None
    render = partial(rendered, fmt, safe_csv, book.country_names) if text else None
    try:
        _write_events(writer, stream, render, daily, book, items, counts, problems, progress, jobs)
    except BaseException:
        getattr(writer, "discard", lambda: None)()  # no half-written Parquet file
        raise
    writer.close()
    if stream is not None:
        stream.flush()


def _write_events(
    writer,
    stream: TextIO | None,
    render,
    daily: OneADay | None,
    book: CompiledCodebook,
    items,
    counts: dict[str, int],
    problems: list[InputProblem],
    progress: Callable[[int, int], None],
    jobs: int,
) -> None:
    for item, coded in code_items(items, book, jobs, render):
        if isinstance(item, InputProblem):
            problems.append(item)
            counts["skipped" if item.fatal else "warnings"] += 1
            if item.fatal:
                counts["read"] += 1
            continue
        counts["read"] += 1
        if coded.skipped:
            problems.append(InputProblem(item.id, coded.skipped, doc_id=item.id))
            counts["skipped"] += 1
            continue
        counts["coded"] += 1
        counts["sentences"] += coded.sentences
        if coded.output is not None and stream is not None:  # written by a worker
            stream.write(coded.output)
            counts["events"] += coded.output_events
        for event in coded.events:
            if daily is not None and not daily.keep(event):
                counts["one_a_day_removed"] += 1
                continue
            writer.write(event)
            counts["events"] += 1
        progress(counts["read"], counts["events"])


def write_errors(path: Path, problems: list[InputProblem]) -> None:
    """One JSON line per input problem, written atomically."""
    with atomic_output(path) as stream:
        for problem in problems:
            stream.write(json.dumps(problem.to_record(), ensure_ascii=False) + "\n")
