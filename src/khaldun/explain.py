"""Explain how one sentence is coded: tokens, spans, cues, speakers, patterns tried, events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .candidates import Attempt
from .compiler import CompiledCodebook
from .events import SentenceContext, assemble_events
from .framing import frame_of
from .match import SentenceMatches, match_sentence, sentence_forms
from .models import Event, Sentence
from .normalize import detect_language, tokenize
from .speech import Speaker, find_speakers


@dataclass(frozen=True)
class Explanation:
    """Everything the coder saw and decided for one sentence."""

    lang: str
    matches: SentenceMatches
    speakers: tuple[Speaker, ...]
    attempts: tuple[Attempt, ...]
    events: tuple[Event, ...]

    def lines(self) -> list[str]:
        """A readable report, one line per fact."""
        tokens = self.matches.tokens
        words = lambda s, e: " ".join(t.text for t in tokens[s:e])  # noqa: E731
        out = [f"language: {self.lang}", "tokens:"]
        out += [
            f"  {i:>3} {t.text}" + (f"  ->  {t.norm}" if t.norm != t.text else "")
            for i, t in enumerate(tokens)
        ]
        out.append("actors:")
        out += [
            f"  [{a.start}:{a.end}] {words(a.start, a.end)!r} -> {a.actor.code} "
            f"({a.actor.name}; {a.actor.entry})"
            for a in self.matches.actors
        ] or ["  none"]
        out.append("cues:")
        out += [
            f"  [{c.start}:{c.end}] {words(c.start, c.end)!r} {c.hit.detail}"
            for c in self.matches.cues
        ] or ["  none"]
        out.append("speakers:")
        out += [
            f"  {s.span.actor.code} ({words(s.span.start, s.span.end)!r}) over tokens "
            f"[{s.scope_start}:{s.scope_end}]"
            for s in self.speakers
        ] or ["  none"]
        out.append("places:")
        out += [
            f"  [{p.start}:{p.end}] {words(p.start, p.end)!r}" for p in self.matches.places
        ] or ["  none"]
        out.append("triggers and patterns tried:")
        for attempt in self.attempts:
            t = attempt.trigger
            head = f"  [{t.start}:{t.end}] {words(t.start, t.end)!r}"
            if attempt.note:
                out.append(f"{head}: {attempt.note}")
            else:
                mark = "MATCH" if attempt.matched else "no"
                via = " (speaker as source allowed)" if attempt.with_speaker else ""
                out.append(f"{head} {attempt.rule_id}: {attempt.pattern!r} -> {mark}{via}")
        if not self.attempts:
            out.append("  none")
        out.append("events:")
        for e in self.events:
            out.append(
                f"  {e.source.code if e.source else '-'} {e.code} "
                f"{e.target.code if e.target else '-'}  ({e.code_name}; rule {e.rule_id}; "
                f"pattern {e.pattern!r}{f'; source from {e.source_how}' if e.source_how else ''})"
            )
        if not self.events:
            out.append("  none")
        return out


def explain_sentence(
    text: str, book: CompiledCodebook, lang: str | None = None, day: date | None = None
) -> Explanation:
    """Code ``text`` as one sentence and record every step."""
    lang = lang or detect_language(text)
    if lang not in book.languages:
        raise ValueError(f"the codebook has no language '{lang}'")
    tokens, spans = sentence_forms(tokenize(text), book.languages[lang])
    matches = match_sentence(tokens, book, lang, day, spans=spans)
    frame = frame_of(matches, book.languages[lang], book)
    speakers = tuple(find_speakers(frame, matches.cues, None))
    trace: list[Attempt] = []
    sentence = Sentence("explain", 0, text, 0, len(text))
    events, _ = assemble_events(
        sentence, matches, book, SentenceContext("explain", lang, day), trace
    )
    return Explanation(lang, matches, speakers, tuple(trace), tuple(events))
