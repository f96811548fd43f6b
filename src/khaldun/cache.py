"""Keep compiled codebooks on disk, keyed by a hash of the codebook files, khaldun's version
and its build (pure Python or compiled).

A cache entry is rebuilt whenever a codebook file or khaldun changes; it is written atomically
(safe under concurrent runs) and a corrupt or unreadable entry is simply rebuilt. The folder is
``$KHALDUN_CACHE_DIR``, else ``$XDG_CACHE_HOME/khaldun``, else ``~/.cache/khaldun``;
``KHALDUN_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import contextlib
import copyreg
import gc
import hashlib
import logging
import os
import pickle
import tempfile
from array import array
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from .build import build_kind
from .codebook import codebook_files, default_codebook_dir, load_codebook
from .compiler import CompiledCodebook, compile_codebook
from .formindex import array_as_bytes

logger = logging.getLogger(__name__)

FORMAT = 11  # bump when the pickled structure changes in a way the version does not capture
ARRAYS_AS_BYTES = {**copyreg.dispatch_table, array: array_as_bytes}  # formindex.array_as_bytes


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path:
    if environ.get("KHALDUN_CACHE_DIR"):
        return Path(environ["KHALDUN_CACHE_DIR"])
    base = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "khaldun"


def codebook_digest(directories: Sequence[Path], version: str, build: str | None = None) -> str:
    """A hash of khaldun's version, its build (the pickled classes of the compiled build are
    not those of the pure-Python one: :func:`~khaldun.build.build_kind`), its own code (an
    edited checkout compiles differently under one version) and every codebook file (layer,
    path and bytes)."""
    build = build_kind() if build is None else build
    digest = hashlib.sha256(f"khaldun {version} {build} format {FORMAT}\n".encode())
    digest.update(code_digest())
    for layer, directory in enumerate(directories):
        for path in codebook_files(directory):
            name = path.relative_to(directory) if path != directory else Path(path.name)
            digest.update(f"{layer}:{name.as_posix()}\n".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@cache
def code_digest() -> bytes:
    """A hash of khaldun's Python sources, read once per process."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.digest()


def load_compiled(
    directories: Path | Sequence[Path] | None = None,
    *,
    use_cache: bool | None = None,
    environ: Mapping[str, str] = os.environ,
) -> CompiledCodebook:
    """The compiled codebook of these layers (default: the shipped one), from the cache when
    possible. Raises :class:`~khaldun.codebook.CodebookError` for a broken codebook."""
    from . import __version__

    if directories is None:
        directories = [default_codebook_dir()]
    elif isinstance(directories, Path | str):
        directories = [Path(directories)]
    directories = [Path(d) for d in directories]
    if use_cache is None:
        use_cache = environ.get("KHALDUN_NO_CACHE", "") in ("", "0")
    if not use_cache or not all(d.exists() for d in directories):
        return _kept(compile_codebook(load_codebook(directories, origins=False)))
    path = cache_dir(environ) / f"{codebook_digest(directories, __version__)}.pickle"
    cached = _read(path)
    if cached is not None:
        return _kept(cached)
    compiled = compile_codebook(load_codebook(directories, origins=False))
    _write(path, compiled)
    return _kept(compiled)


def _kept(compiled: CompiledCodebook) -> CompiledCodebook:
    """The codebook lives as long as the process: its objects are moved out of the garbage
    collector's sight (``gc.freeze``), so collections while coding do not walk them again and
    again, and forked workers (``--jobs``) share its memory pages instead of copying them."""
    gc.freeze()
    return compiled


def _read(path: Path) -> CompiledCodebook | None:
    collecting = gc.isenabled()
    gc.disable()  # unpickling a million new objects would set off collections for nothing
    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a corrupt, truncated or foreign file: rebuild it
        logger.warning("ignoring unreadable codebook cache %s (%s)", path, exc)
        return None
    finally:
        if collecting:
            gc.enable()
    return found if isinstance(found, CompiledCodebook) else None


def _write(path: Path, compiled: CompiledCodebook) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=".compiled.", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            pickler = pickle.Pickler(handle, protocol=5)  # 5: arrays as views (PickleBuffer)
            pickler.dispatch_table = ARRAYS_AS_BYTES
            pickler.dump(compiled)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only home is not an error: run without the cache
        logger.debug("codebook cache not written: %s", exc)
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)
