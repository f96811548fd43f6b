"""Write an imported layer to disk and the ``khaldun import-petrarch`` command.

Output layout (written atomically: built in a temporary folder beside ``OUT``, then renamed)::

    OUT/codebook/       the layer: taxonomy.yaml actors.yaml agents.yaml rules.yaml
    OUT/discards.yaml   discard phrases (khaldun does not read them yet)
    OUT/import-report.txt, OUT/import-report.json

Use the layer on top of the shipped codebook: ``khaldun check SHIPPED OUT/codebook`` or
``khaldun code --codebook SHIPPED --codebook OUT/codebook ...``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Annotated

import typer
import yaml

from .petrarch import ImportResult, import_dictionaries
from .report import ImportReport

MARKER = ".khaldun-import"
LICENCE = (
    "# Converted by `khaldun import-petrarch` from: {sources}\n"
    "# PETRARCH/Phoenix dictionaries: (c) Open Event Data Alliance, MIT licence; keep this\n"
    "# notice with the data. TABARI dictionaries are GPL-3.0: do not vendor layers made from "
    "them.\n"
)


class _Quoted(str):
    """A scalar always written in double quotes (codes: "042", "ARN")."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    _Quoted, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, '"')
)
QUOTED_KEYS = frozenset({"code", "valid_from", "valid_to"})


def _quote(value: object, key: str = "") -> object:
    if isinstance(value, dict):
        return {k: _quote(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_quote(v, key) for v in value]
    if isinstance(value, str) and key in QUOTED_KEYS:
        return _Quoted(value)
    return value


def dump_yaml(data: dict, header: str = "") -> str:
    """YAML text khaldun reads back unchanged: UTF-8, codes quoted, key order kept."""
    body = yaml.dump(
        _quote(data),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
    return header + body


def write_layer(result: ImportResult, out: Path) -> None:
    """Write the layer, discards and report to ``out`` atomically (replacing an earlier
    import there, never another folder)."""
    out = Path(out)
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise FileExistsError(f"{out} exists and was not written by khaldun import-petrarch")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        header = LICENCE.format(sources=", ".join(result.sources) or "-")
        (tmp / "codebook").mkdir()
        for name, data in result.files.items():
            (tmp / "codebook" / name).write_text(dump_yaml(data, header), encoding="utf-8")
        discards_note = (
            "# khaldun does not read discards yet; level: sentence | story, match: word | stem\n"
        )
        (tmp / "discards.yaml").write_text(
            dump_yaml({"discards": result.discards}, header + discards_note), encoding="utf-8"
        )
        report = result.report
        text = [*report.summary_lines(), "", "every issue:", *report.full_lines()]
        (tmp / "import-report.txt").write_text("\n".join(text) + "\n", encoding="utf-8")
        (tmp / "import-report.json").write_text(
            json.dumps(report.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
        )
        (tmp / MARKER).write_text("khaldun import-petrarch output\n", encoding="utf-8")
        old = None
        if out.exists():
            old = out.with_name(f".{out.name}.old-{os.getpid()}")
            out.rename(old)
        tmp.rename(out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def import_petrarch(files: list[Path], out: Path) -> ImportReport:
    """Convert ``files`` and write the layer to ``out``; return the report."""
    result = import_dictionaries(files)
    write_layer(result, out)
    return result.report


def import_petrarch_command(
    files: Annotated[list[Path], typer.Argument(help="TABARI/PETRARCH dictionary files.")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output folder (layer in OUT/codebook).")
    ],
) -> None:
    """Convert TABARI / PETRARCH dictionaries into a khaldun codebook layer."""
    missing = [f for f in files if not f.is_file()]
    if missing:
        typer.echo(f"khaldun: no such file: {', '.join(map(str, missing))}", err=True)
        raise typer.Exit(2)
    result = import_dictionaries(files)
    try:
        write_layer(result, out)
    except FileExistsError as exc:
        typer.echo(f"khaldun: {exc}", err=True)
        raise typer.Exit(2) from None
    counts = ", ".join(f"{n} {k}" for k, n in result.counts().items())
    totals = result.report.totals()
    typer.echo(f"khaldun: layer written to {out / 'codebook'}: {counts}", err=True)
    typer.echo(
        f"khaldun: {totals['not converted']} constructs not converted, {totals['approximated']} "
        f"approximated; see {out / 'import-report.txt'}",
        err=True,
    )
