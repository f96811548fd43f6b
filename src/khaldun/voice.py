"""How a trigger reads from its neighbours: a verb form in a noun's place (the attack, two
artillery shells), a verb after a passive auxiliary (was attacked), a verbal noun after a light
verb, and the patterns a trigger is tried with (the cues whose scope covers a trigger are
:mod:`scopes`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .compiler import NO_PATTERNS
from .frame import COMMAS
from .heads import AGENT_LINKS, appositive_head, is_auxiliary
from .slots import can_match, literals_among

TA_MARBUTA = "ة"
MAX_NOUN_MODIFIERS = (
    2  # lower-case words between a determiner and a verb form: a brief private visit
)

if TYPE_CHECKING:
    from .compiler import CompiledLanguage, CompiledPattern, CompiledRule, PatternTable
    from .frame import Frame
    from .match import SentenceMatches, Span


def noun_position(matches: SentenceMatches, language: CompiledLanguage, span: Span) -> bool:
    """A verb form after a determiner is a noun ("Turkey's demands", "the attack"), one
    written onto a word by a hyphen is an adjective (its long-threatened invasion), an English
    one capitalised inside a sentence in normal case is a name (Operation Desert Storm), and
    an English one with a possessive 's is a noun (the attack's toll): it is not a verb
    trigger, nor a cue."""
    return span.hit.verb and noun_place(matches, language, span.start, span.end)


def noun_place(matches: SentenceMatches, language: CompiledLanguage, start: int, end: int) -> bool:
    """A verb form at tokens [start, end) would stand in a noun's place (:func:`noun_position`):
    the same for every form found there, so a group of triggers asks once."""
    english = language.lang == "en"
    if english and end < len(matches.tokens) and matches.tokens[end].norm == "'s":
        return True
    return start > 0 and (
        matches.tokens[start - 1].norm in language.determiners
        or _hyphenated(matches, start)
        or (english and _capitalised_inside(matches, start))
    )


def _capitalised_inside(matches: SentenceMatches, start: int) -> bool:
    """Token ``start`` is capitalised after a word (not after a boundary or quote) in a
    sentence whose words are mostly lower case (a title-case headline is not)."""
    tokens = matches.tokens
    if not tokens[start].text[:1].isupper() or not tokens[start - 1].text[:1].isalnum():
        return False
    words = [t.text for t in tokens if t.text.isalpha()]
    return sum(w[0].isupper() for w in words) * 2 < len(words)


def _hyphenated(matches: SentenceMatches, start: int) -> bool:
    """Token ``start`` is joined to the word before it by a hyphen, with no spaces."""
    if start < 2:
        return False
    word, hyphen, token = matches.tokens[start - 2 : start + 1]
    return hyphen.text == "-" and word.end == hyphen.start and hyphen.end == token.start


def noun_like(matches: SentenceMatches, language: CompiledLanguage, span: Span) -> bool:
    """A verb form in a noun's place, or after a determiner and one or two lower-case words
    that are no actor (two artillery shells, a brief private visit): it does not end other
    triggers' slot searches, though it may still code an event of its own."""
    if noun_position(matches, language, span):
        return True
    if not span.hit.verb:
        return False
    for size in range(1, MAX_NOUN_MODIFIERS + 1):
        start = span.start - size
        words = range(start, span.start)
        if start < 1 or not all(_modifier(matches, language, i) for i in words):
            return False
        if matches.tokens[start - 1].norm in language.determiners:
            return True
    return False


def _modifier(matches: SentenceMatches, language: CompiledLanguage, i: int) -> bool:
    """Token ``i`` is a lower-case word that is no auxiliary (Turkey's proposal *was*
    rejected) and no part of an actor."""
    word = matches.tokens[i]
    return (
        word.text.isalpha()
        and word.text.islower()
        and not is_auxiliary(word.norm, language)
        and not any(a.start <= i < a.end for a in matches.actors)
    )


def after_light_verb(frame: Frame, trigger: Span) -> bool:
    """A verbal noun after a light verb, its subject and a few words of time or place (قام
    الجيش بقصف، قاموا بخطف، قامت الجماعة في ديسمبر بخطف): it reads as the verb, with the verb's
    patterns."""
    return (
        trigger.hit.detail != "verb"
        and not _by_means_of(frame, trigger)
        and light_verb_before(frame, trigger.start)
    )


def _by_means_of(frame: Frame, trigger: Span) -> bool:
    """A noun with the proclitic ب and من after it says with whose help, no act of the light
    verb's subject (نجحت العملية بدعم من التحالف: "with the support of")."""
    return (
        trigger.clitic == "ب"
        and trigger.end < len(frame.tokens)
        and frame.norm(trigger.end) == "من"
    )


def light_verb_before(frame: Frame, start: int) -> bool:
    """A light verb stands before token ``start``, with no boundary or other event word and
    a few words at most (transparent ones are free) between them (a verb form there is its
    verbal noun: تمكن الجيش من قتل); an apposition after its subject is passed over (قام
    جنود أمريكيون، من وحدة تابعة للفرقة الثانية، باعتقال). Remembered on the frame: each
    trigger of a group, its pattern tables and its pronoun ask it again."""
    if not frame.language.light_verbs:
        return False
    known = frame.light_verb_before.get(start)
    if known is None:
        known = frame.light_verb_before[start] = _light_verb_search(frame, start)
    return known


def _light_verb_search(frame: Frame, start: int) -> bool:
    words = 0
    i = start - 1
    while i >= 0 and words <= frame.language.slot_gap:
        if frame.norm(i) in frame.language.light_verbs:
            return True
        if frame.is_boundary(i) or i in frame.event_words:
            return False
        actor = frame.by_end.get(i + 1) or appositive_head(frame, i + 1)
        words += 0 if actor is not None else frame.costs(i)  # the subject is expected there
        i = actor.start - 1 if actor is not None else i - 1
    return False


def verbal(frame: Frame, trigger: Span) -> bool:
    """The trigger reads with its rule's verb patterns: a verb, or a verbal noun after a light
    verb (قاموا باعتقاله)."""
    return trigger.hit.detail == "verb" or after_light_verb(frame, trigger)


def carried_pronoun(frame: Frame, trigger: Span) -> str:
    """The slot an Arabic enclitic pronoun on the trigger fills: ``object`` on a verb (اعتقلته،
    قاموا باعتقاله), ``genitive`` on an event noun (اغتياله), else "". The pronoun ه is never
    written ة, which normalisation makes alike: ضربة (a blow) is no ضرب + ه. An English verb's
    object pronoun right after it is its ``object`` too (police arrested him)."""
    if _object_pronoun_after(frame, trigger):
        return "object"
    if not trigger.hit.pronoun or frame.tokens[trigger.end - 1].text.endswith(TA_MARBUTA):
        return ""
    return "object" if verbal(frame, trigger) else "genitive"


def _object_pronoun_after(frame: Frame, trigger: Span) -> bool:
    """An active verb followed right away by an object pronoun: arrested him, shot them."""
    return (
        trigger.hit.detail == "verb"
        and trigger.end < len(frame.tokens)
        and frame.norm(trigger.end) in frame.language.object_pronouns
    )


def progressive(frame: Frame, trigger: Span) -> bool:
    """An English -ing verb form: after an auxiliary it is active (was attacking, has been
    fighting), never a passive."""
    return trigger.hit.detail == "verb" and frame.norm(trigger.start).endswith("ing")


def passive_verb(frame: Frame, trigger: Span) -> bool:
    """A verb right after a passive auxiliary, not an -ing form: "was attacked" (but "was
    attacking"); or a participle that opens an apposition with its agent: "the rebels,
    supported by Rwanda, attacked" (Rwanda supports them, not they Rwanda). Its subject is
    its target: active patterns do not apply."""
    if trigger.hit.detail != "verb" or trigger.start == 0 or progressive(frame, trigger):
        return False
    before = frame.norm(trigger.start - 1)
    if before in frame.language.passive:
        return True
    after = frame.norm(trigger.end) if trigger.end < len(frame.tokens) else ""
    return before in COMMAS and after in AGENT_LINKS


def patterns_to_try(
    frame: Frame, rule: CompiledRule, trigger: Span, lang: str, everything: bool, noun: bool
) -> list[tuple[int, CompiledPattern]]:
    """The rule's verb or noun patterns that can match in this sentence, with their place in
    the table (every pattern when ``everything``: explain shows each one tried); for a verb
    form in a ``noun``'s place only those naming a word before it (X have postponed their
    *meeting*: the pattern says how it reads); for an event noun with a possessive pronoun, a
    known event (اغتياله، اعتقالهم), only those whose target, right after the noun, the
    pronoun fills and that say by whom after it (على يد X): word order alone does not make it
    news, and a pronoun that owns the noun as its agent (هجومه على: his attack on) is not
    read."""
    table = (rule.verb_patterns if verbal(frame, trigger) else rule.noun_patterns).get(
        lang, NO_PATTERNS
    )
    if not everything and table.words is not None and not frame.mentions(table.words):
        return []  # the sentence has none of the words its patterns name (half the tables)
    possessed = carried_pronoun(frame, trigger) == "genitive"
    return [
        (i, p)
        for i, p in enumerate(table.patterns)
        if (everything or can_match(frame, p))
        and (not noun or names_before(frame, p))
        and (not possessed or _genitive_slot(p))
    ]


def may_match(
    rule: CompiledRule, trigger: Span, language: CompiledLanguage, words: frozenset[str]
) -> bool:
    """Some pattern of the rule the trigger may read with (its verb patterns for a verb, its
    noun patterns for a noun, and its verb patterns too when a light verb is in the sentence:
    :func:`verbal`) has its literals among the sentence's ``words``: else
    :func:`patterns_to_try` finds none for it."""
    if trigger.hit.detail == "verb":
        tables = [rule.verb_patterns]
    elif language.light_verbs and not words.isdisjoint(language.light_verbs):
        tables = [rule.noun_patterns, rule.verb_patterns]
    else:
        tables = [rule.noun_patterns]
    return any(_may_match_one(table.get(language.lang, NO_PATTERNS), words) for table in tables)


def _may_match_one(table: PatternTable, words: frozenset[str]) -> bool:
    return (table.words is None or not words.isdisjoint(table.words)) and any(
        literals_among(words, p) for p in table.patterns
    )


def _genitive_slot(pattern: CompiledPattern) -> bool:
    """The pattern has its target right after its noun, the slot a possessive pronoun fills
    (the victim, as a verb's object), and names its source after a word: اغتيال {target} ...
    على يد {source}."""
    first = pattern.right[0] if pattern.right else None
    return (
        pattern.rank[0] > 0
        and first is not None
        and first.role == "target"
        and any(e.role == "source" for e in pattern.right)
    )


def names_before(frame: Frame, pattern: CompiledPattern) -> bool:
    """The pattern names a word right before its trigger, no passive auxiliary (&be ... *)."""
    last = pattern.left[-1] if pattern.left else None
    return last is not None and not last.is_slot and not last.words & frame.language.passive
