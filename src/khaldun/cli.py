"""The ``khaldun`` command line: argument parsing, progress, summaries and exit codes only.

Exit codes: 0 every input coded; 1 some inputs failed (the rest coded) or examples failed;
2 usage or codebook error; 130 interrupted.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from contextlib import nullcontext
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .acled_score import is_notes_file, read_notes, score_lines, score_notes
from .build import build_kind
from .cache import load_compiled
from .check import codebook_stats, run_examples
from .codebook import CodebookError, load_codebook
from .compiler import CompiledCodebook, compile_codebook
from .detection import detection_lines, evaluate_detection, is_detection_file
from .evaluate import evaluate as evaluate_gold
from .evaluate import read_gold, report_lines
from .explain import explain_sentence
from .parallel import default_jobs
from .readers import InputProblem, ReadOptions, parse_date, read_documents
from .run import code_into, write_errors
from .writers import atomic_output

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

app = typer.Typer(
    name="khaldun",
    help="Code Arabic and English news into CAMEO event records, driven by a YAML codebook.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class Lang(StrEnum):
    auto = "auto"
    ar = "ar"
    en = "en"


class Format(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    acled = "acled"
    phoenix = "phoenix"
    parquet = "parquet"


CodebookOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--codebook",
        "-c",
        help="Codebook folder (repeat to layer; later wins). Default: the shipped codebook.",
    ),
]
LangOption = Annotated[Lang, typer.Option("--lang", help="Language of the text: auto, ar, en.")]
DateOption = Annotated[
    str | None, typer.Option("--date", help="Story date YYYY-MM-DD for inputs without one.")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"khaldun {__version__} ({build_kind()})")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """khaldun: a rule-based political event coder for Arabic and English news."""
    logging.basicConfig(level=logging.WARNING, format="khaldun: %(message)s", stream=sys.stderr)


def _compiled(codebooks: list[Path] | None) -> CompiledCodebook:
    try:
        return load_compiled(codebooks or None)
    except CodebookError as exc:
        _fail_codebook(exc)
        raise  # unreachable


def _fail_codebook(exc: CodebookError) -> None:
    for problem in exc.problems:
        typer.echo(str(problem), err=True)
    typer.echo(f"khaldun: codebook has {len(exc.problems)} problem(s)", err=True)
    raise typer.Exit(EXIT_USAGE)


def _story_date(value: str | None) -> date | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise typer.BadParameter(f"'{value}' is not a date (YYYY-MM-DD)", param_hint="--date")
    return parsed


class _Progress:
    """A one-line counter on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.last = 0.0

    def update(self, documents: int, events: int) -> None:
        now = time.monotonic()
        if self.enabled and now - self.last > 0.2:
            self.last = now
            sys.stderr.write(f"\r{documents} documents, {events} events")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.last:
            sys.stderr.write("\r\033[K")


@app.command()
def code(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders (recursive: .txt, .jsonl, .csv) or - for stdin."),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write events here (atomically) instead of stdout."),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.csv,
    codebook: CodebookOption = None,
    lang: LangOption = Lang.auto,
    story_date: DateOption = None,
    errors: Annotated[
        Path | None,
        typer.Option("--errors", help="Write a JSON line for every input that could not be coded."),
    ] = None,
    safe_csv: Annotated[
        bool,
        typer.Option(
            "--safe-csv/--no-safe-csv",
            help="Prefix text cells "
            "starting with = + - @ so spreadsheets never run them as formulas.",
        ),
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="Processes to code with (0: all cores). "
            "Output is in input order, identical whatever the number.",
        ),
    ] = 0,
    one_a_day: Annotated[
        bool,
        typer.Option(
            "--one-a-day",
            help="Keep one event per (date, source, target, code), as Phoenix did; "
            "the summary counts what it removed.",
        ),
    ] = False,
) -> None:
    """Code documents into events (CSV, JSON lines, ACLED or Phoenix columns)."""
    book = _compiled(codebook)
    options = ReadOptions(_story_date(story_date), None if lang is Lang.auto else lang.value)
    started = time.monotonic()
    counts = {"read": 0, "coded": 0, "skipped": 0, "sentences": 0, "events": 0, "warnings": 0}
    if one_a_day:
        counts["one_a_day_removed"] = 0
    problems: list[InputProblem] = []
    progress = _Progress(not quiet)
    if fmt is Format.parquet and output is None:
        raise typer.BadParameter("--format parquet needs -o FILE", param_hint="--format")
    if fmt is Format.parquet:
        target = nullcontext(None)  # the Parquet writer makes its own file, atomically
    else:
        target = atomic_output(output) if output else nullcontext(sys.stdout)
    try:
        with target as stream:
            code_into(
                stream,
                fmt.value,
                safe_csv,
                book,
                read_documents(paths, options),
                counts,
                problems,
                progress.update,
                jobs or default_jobs(),
                output,
            )
    except KeyboardInterrupt:
        progress.done()
        typer.echo("khaldun: interrupted", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # the reader went away (khaldun code ... | head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    progress.done()
    if errors:
        write_errors(errors, problems)
    if not quiet:
        _summary(counts, problems, time.monotonic() - started)
    raise typer.Exit(EXIT_INPUT_FAILED if counts["skipped"] else EXIT_OK)


def read_gold_records(path: Path):
    return (record for record, _raw in read_gold(path))


def _summary(counts: dict[str, int], problems: list[InputProblem], elapsed: float) -> None:
    for problem in problems:
        where = f"{problem.path}:{problem.line}" if problem.line else problem.path
        kind = "skipped" if problem.fatal else "warning"
        typer.echo(f"khaldun: {kind}: {where}: {problem.reason}", err=True)
    rate = counts["sentences"] / elapsed if elapsed > 0 else 0.0
    typer.echo(
        f"khaldun: {counts['read']} documents read, {counts['coded']} coded, "
        f"{counts['skipped']} skipped, {counts['warnings']} warnings; "
        f"{counts['sentences']} sentences, {counts['events']} events; "
        f"{elapsed:.2f} s ({rate:,.0f} sentences/s)",
        err=True,
    )
    if "one_a_day_removed" in counts:
        typer.echo(f"khaldun: --one-a-day removed {counts['one_a_day_removed']} events", err=True)


@app.command()
def explain(
    sentence: Annotated[str, typer.Argument(help="The sentence to explain.")],
    codebook: CodebookOption = None,
    lang: LangOption = Lang.auto,
    story_date: DateOption = None,
) -> None:
    """Show how a sentence is coded: tokens, actors, cues, patterns tried, events."""
    book = _compiled(codebook)
    explanation = explain_sentence(
        sentence, book, None if lang is Lang.auto else lang.value, _story_date(story_date)
    )
    for line in explanation.lines():
        typer.echo(line)


@app.command()
def check(
    directory: Annotated[
        list[Path] | None,
        typer.Argument(help="Codebook folder(s) to check (default: the shipped codebook)."),
    ] = None,
    stats: Annotated[bool, typer.Option("--stats", help="Print what the codebook covers.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Statistics as JSON.")] = False,
) -> None:
    """Validate a codebook and run every example in it."""
    try:
        book = load_codebook(directory or None)
    except CodebookError as exc:
        _fail_codebook(exc)
        return
    compiled = compile_codebook(book)
    results = run_examples(book, compiled)
    failures = [r for r in results if not r.ok]
    for failure in failures:
        typer.echo(failure.message())
    if stats:
        figures = codebook_stats(book, compiled)
        typer.echo(json.dumps(figures, ensure_ascii=False, indent=None if as_json else 2))
    typer.echo(f"khaldun: {len(results) - len(failures)} of {len(results)} examples pass", err=True)
    raise typer.Exit(EXIT_INPUT_FAILED if failures else EXIT_OK)


@app.command()
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Gold JSON lines: id, text, date, lang, expected "
            "[{source, target, code, plover?}]; or detection "
            "records labelled yes / no per event_type; or ACLED-style notes: id, lang, text, "
            "expect {event_type, sub_event_type, fatalities, location, latitude, longitude, "
            "inter1}."
        ),
    ],
    codebook: CodebookOption = None,
    errors: Annotated[
        bool,
        typer.Option("--errors", help="List every miss and false alarm with the rule that fired."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Score the coder against a gold file: precision, recall and F1 at several levels."""
    book = _compiled(codebook)
    if not gold.is_file():
        typer.echo(f"khaldun: no such file: {gold}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if is_notes_file(gold):
        score = score_notes(book, read_notes(gold))
        if as_json:
            typer.echo(json.dumps(score.as_dict(), indent=2))
            return
        for line in score_lines(score, errors):
            typer.echo(line)
        return
    if is_detection_file(gold):
        scores = evaluate_detection(gold, book, with_errors=errors)
        if as_json:
            figures = {
                kind: {
                    "hard negatives": s.figures(True),
                    "all negatives": s.figures(False),
                    **({"errors": s.errors} if errors else {}),
                }
                for kind, s in sorted(scores.items())
            }
            typer.echo(json.dumps(figures, ensure_ascii=False, indent=2))
            return
        for line in detection_lines(scores, errors):
            typer.echo(line)
        return
    report = evaluate_gold(read_gold_records(gold), book, with_errors=errors)
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    for line in report_lines(report):
        typer.echo(line)


@app.command("import-petrarch")
def import_petrarch(
    files: Annotated[list[Path], typer.Argument(help="TABARI / PETRARCH dictionary files.")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output folder; the layer is OUT/codebook.")
    ],
) -> None:
    """Convert TABARI / PETRARCH dictionaries into a khaldun codebook layer (OUT/codebook)."""
    from .importers.cli import import_petrarch_command  # lazy: keeps start-up fast

    import_petrarch_command(files, out)


if __name__ == "__main__":  # pragma: no cover
    app()
