"""Code documents on a Dask cluster (optional extra ``khaldun[dask]``): bags or dataframes of
documents in, event records out, the compiled codebook loaded once per worker process.

A multi-node recipe is in docs/cluster.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .cache import load_compiled
from .compiler import CompiledCodebook
from .models import Document
from .pipeline import code_document
from .readers import parse_date
from .writers import COLUMNS, event_record
from .writers_parquet import FLOAT, INTEGER


@lru_cache(maxsize=4)
def _worker_book(codebooks: tuple[str, ...] | None) -> CompiledCodebook:
    """Each worker process compiles (or reads from its disk cache) the codebook once."""
    return load_compiled([Path(p) for p in codebooks] if codebooks else None)


def _as_document(item: Document | dict[str, Any]) -> Document:
    if isinstance(item, Document):
        return item
    lang = item.get("lang") if item.get("lang") in ("ar", "en") else None
    return Document(
        str(item["id"]),
        str(item.get("text") or ""),
        parse_date(item.get("date")),
        lang,
        str(item.get("title") or ""),
        str(item.get("source") or ""),
        str(item.get("url") or ""),
    )


def code_records(
    items: Iterable[Document | dict[str, Any]], codebooks: tuple[str, ...] | None = None
) -> list[dict[str, object]]:
    """Event records (the native columns) of documents or ``{"id", "text", ...}`` dicts."""
    book = _worker_book(codebooks)
    return [
        event_record(e) for item in items for e in code_document(_as_document(item), book).events
    ]


def _key(codebooks: Sequence[Path | str] | None) -> tuple[str, ...] | None:
    return tuple(str(Path(p).resolve()) for p in codebooks) if codebooks else None


def code_bag(bag, codebooks: Sequence[Path | str] | None = None):
    """A Dask bag of documents (or dicts) -> a bag of event records, partition by partition."""
    return bag.map_partitions(code_records, _key(codebooks))


def events_meta():
    """An empty pandas frame with the native columns and their types (Dask's ``meta``)."""
    import pandas as pd

    return pd.DataFrame(
        {
            c: pd.Series(dtype="Int64" if c in INTEGER else "float64" if c in FLOAT else "object")
            for c in COLUMNS
        }
    )


def _frame_events(frame, codebooks: tuple[str, ...] | None):
    import pandas as pd

    records = code_records(frame.to_dict("records"), codebooks)
    return pd.DataFrame.from_records(records, columns=list(COLUMNS)).astype(events_meta().dtypes)


def code_dataframe(frame, codebooks: Sequence[Path | str] | None = None):
    """A Dask dataframe with ``id`` and ``text`` (and optionally ``date``, ``lang``, ``title``,
    ``source``, ``url``) columns -> a dataframe of events."""
    return frame.map_partitions(_frame_events, _key(codebooks), meta=events_meta())
