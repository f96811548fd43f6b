"""khaldun: a rule-based political event coder for Arabic and English news."""

from .cache import load_compiled
from .codebook import Codebook, CodebookError, load_codebook
from .compiler import CompiledCodebook, compile_codebook
from .models import Document, Event
from .pipeline import CodedDocument, code_document, code_documents, code_text

__version__ = "0.1.0"

__all__ = [
    "Codebook",
    "CodebookError",
    "CodedDocument",
    "CompiledCodebook",
    "Document",
    "Event",
    "__version__",
    "code_document",
    "code_documents",
    "code_text",
    "compile_codebook",
    "load_codebook",
    "load_compiled",
]
