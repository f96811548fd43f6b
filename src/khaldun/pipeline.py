"""Code documents: layout -> sentences -> tokens -> matches -> events, as pure functions."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice

from .anaphora import named_subject
from .compiler import CompiledCodebook, CompiledLanguage
from .enrich import enrich_events
from .event_places import place_of
from .events import SentenceContext, assemble_events
from .match import (
    ACTOR_KINDS,
    Span,
    country_of_places,
    find_actors,
    find_spans,
    match_sentence,
    may_code,
    sentence_forms,
)
from .models import ActorSpan, Document, Event, Place, Sentence, Token, remade_by_fields
from .normalize import detect_language, tokenize
from .segment import find_layout, split_sentences

logger = logging.getLogger(__name__)

MAX_SENTENCE_TOKENS = 400  # longer "sentences" (tables, run-on scrapes) are coded in pieces
LEAD_PIECES = 40  # sentences read before deciding which country a story is about


@dataclass(frozen=True)
class CodedDocument:
    """A document's events, with the counts a run summary needs."""

    document: Document
    lang: str
    sentences: int
    events: tuple[Event, ...]
    skipped: str = ""  # why the document was not coded, if it was not
    # its events as output text, when a worker process wrote them (``events`` is then empty)
    output: str | None = None
    output_events: int = 0

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return remade_by_fields(self)


def code_document(doc: Document, book: CompiledCodebook) -> CodedDocument:
    """Code one document (a story) into events, sentence by sentence."""
    lang = doc.lang or detect_language(doc.text)
    if lang not in book.languages:
        return CodedDocument(doc, lang, 0, (), skipped=f"no codebook for language '{lang}'")
    layout = find_layout(doc.text)
    place = _dateline_place(layout.dateline, book, lang)
    pieces = _pieces(doc, layout.body, book.languages[lang])
    lead = list(islice(pieces, LEAD_PIECES))  # the story's country is settled in its lead
    language = book.languages[lang]
    country = place.country if place else country_of_places(book, [p[1:] for p in lead], language)
    events: list[Event] = []
    speaker: ActorSpan | None = None
    sentences = 0
    for sentence, tokens, spans in chain(lead, pieces):
        sentences = sentence.index + 1
        if not may_code(spans):  # no event; the actor it names is carried to the next one
            if any(s.hit.kind in ACTOR_KINDS for s in spans):
                actors = find_actors(tokens, spans, book, lang, doc.date, country)
                speaker = named_subject(actors, len(tokens)) or speaker
            continue
        matches = match_sentence(tokens, book, lang, doc.date, country, spans)
        context = SentenceContext(doc.id, lang, doc.date, speaker, place)
        found, speaker = assemble_events(sentence, matches, book, context)
        found = enrich_events(found, tokens, spans, book, doc.source, sentence.start)
        events.extend(found)
    return CodedDocument(doc, lang, sentences, tuple(events))


def _pieces(
    doc: Document, body: Iterable[tuple[int, int]], language: CompiledLanguage
) -> Iterator[tuple[Sentence, list[Token], list[Span]]]:
    """Sentences in order, numbered across the story, as tokens and codebook spans; an overlong
    sentence (a table, a run-on scrape) comes in bounded pieces."""
    index = 0
    warned = False
    for start, end in body:
        for sentence in split_sentences(doc.text, doc.id, start, end, first_index=index):
            index += 1
            tokens = tokenize(sentence.text, sentence.start)
            if len(tokens) > MAX_SENTENCE_TOKENS and not warned:
                warned = True  # once a document: a run-on scrape would flood the log
                logger.warning(
                    "%s: sentences of over %d tokens (the first: sentence %d, %d tokens) are "
                    "coded in pieces",
                    doc.id,
                    MAX_SENTENCE_TOKENS,
                    sentence.index,
                    len(tokens),
                )
            for i in range(0, max(len(tokens), 1), MAX_SENTENCE_TOKENS):
                piece = tokens[i : i + MAX_SENTENCE_TOKENS]
                yield sentence, *sentence_forms(piece, language)


def code_documents(docs: Iterable[Document], book: CompiledCodebook) -> Iterator[CodedDocument]:
    """Code a stream of documents lazily, in order."""
    for doc in docs:
        yield code_document(doc, book)


def code_text(
    text: str,
    book: CompiledCodebook,
    lang: str | None = None,
    day: date | None = None,
    doc_id: str = "text",
) -> list[Event]:
    """Convenience: the events of a piece of text."""
    return list(code_document(Document(doc_id, text, day, lang), book).events)


def _dateline_place(dateline: str, book: CompiledCodebook, lang: str) -> Place | None:
    if not dateline:
        return None
    spans = [
        s for s in find_spans(tokenize(dateline), book.languages[lang]) if s.hit.kind == "place"
    ]
    if not spans:
        return None
    return place_of(book, max(spans, key=lambda s: s.end - s.start).hit.index)
