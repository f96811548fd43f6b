"""Parquet output (optional extra ``khaldun[parquet]``, pyarrow): the native columns, typed,
written in row groups as events stream by and renamed into place only when complete."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .models import Event
from .writers import COLUMNS, event_record

INTEGER = {
    "date_precision",
    "source_inter",
    "target_inter",
    "quad_class",
    "interaction",
    "geo_precision",
    "fatalities",
}
FLOAT = {"goldstein", "latitude", "longitude"}
BATCH = 10_000


def parquet_schema():
    """The native columns as a pyarrow schema (nullable integers and floats, strings)."""
    import pyarrow as pa

    def kind(column: str):
        if column in INTEGER:
            return pa.int32()
        if column in FLOAT:
            return pa.float64()
        return pa.string()

    return pa.schema([(column, kind(column)) for column in COLUMNS])


class ParquetEventWriter:
    """Events to a Parquet file; the file appears only when :meth:`close` succeeds."""

    def __init__(self, path: Path) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError as exc:  # the optional extra is missing
            raise RuntimeError(
                "--format parquet needs pyarrow: pip install 'khaldun[parquet]'"
            ) from exc
        self._path = Path(path)
        fd, self._tmp = tempfile.mkstemp(
            prefix=f".{self._path.name}.", suffix=".tmp", dir=self._path.parent
        )
        os.close(fd)
        self._schema = parquet_schema()
        self._writer = pq.ParquetWriter(self._tmp, self._schema)
        self._rows: list[dict[str, object]] = []

    def write(self, event: Event) -> None:
        self._rows.append(event_record(event))
        if len(self._rows) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self._tmp, self._path)

    def discard(self) -> None:
        """Give up: remove the partial file (an interrupted or failed run)."""
        with contextlib.suppress(Exception):
            self._writer.close()
        with contextlib.suppress(OSError):
            os.unlink(self._tmp)
