"""Importers of other event coders' dictionaries into khaldun codebook layers."""

from .petrarch import ImportResult, detect_kind, import_dictionaries
from .report import ImportReport, Issue

__all__ = ["ImportReport", "ImportResult", "Issue", "detect_kind", "import_dictionaries"]
