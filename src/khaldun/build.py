"""Which build of khaldun is running: pure Python, or its coding modules compiled with mypyc
(``KHALDUN_COMPILE=1 pip install .``)."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from importlib.util import find_spec


def build_kind() -> str:
    """``"compiled"`` when the coding modules are C extensions, else ``"python"``. Told from
    where ``khaldun.match`` would be loaded from, without importing it."""
    spec = find_spec(f"{__package__}.match")
    origin = spec.origin if spec is not None else None
    return "compiled" if origin and origin.endswith(tuple(EXTENSION_SUFFIXES)) else "python"
