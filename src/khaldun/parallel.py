"""Code a stream of documents on several processes, with output in input order.

Workers are forked after the codebook is compiled, so each inherits it without reloading; the
stream is read lazily and documents travel in small chunks. Anything that is not a document
(an input problem) passes through untouched, in its place.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from typing import TypeVar

from .compiler import CompiledCodebook
from .models import Document
from .pipeline import CodedDocument, code_document

T = TypeVar("T")
CHUNK = 16
_worker_book: CompiledCodebook | None = None  # set once in each worker process


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(book: CompiledCodebook) -> None:
    global _worker_book
    _worker_book = book


def _code_item(item: T) -> T | CodedDocument:
    if isinstance(item, Document) and _worker_book is not None:
        return code_document(item, _worker_book)
    return item


def code_items(
    items: Iterable[T], book: CompiledCodebook, jobs: int = 1
) -> Iterator[tuple[T, T | CodedDocument]]:
    """Yield ``(item, result)`` in input order: a document's result is its CodedDocument."""
    if jobs <= 1:
        for item in items:
            yield item, code_document(item, book) if isinstance(item, Document) else item
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_init_worker, initargs=(book,)) as pool:
        pending = iter(items)
        for result in pool.imap(_code_item, pending, chunksize=CHUNK):
            yield (result.document if isinstance(result, CodedDocument) else result), result
