"""The heads of a sentence's asides: the actor an apposition (X, an ally of Y, said) or a
relative clause (the SDF, which attacked) belongs to, and the auxiliaries passed over on the way
to it. Slot searches use them to reach a subject across its aside."""

from __future__ import annotations

from typing import Final

from .compiler import CompiledLanguage
from .frame import COMMAS, Frame
from .models import ActorSpan
from .morphology import ar

# the endings of Arabic adjectives as normalised (nisba -ي -ية, plurals and participles -ين -ون,
# feminine -ة): a definite word without one is a noun
ADJECTIVE_ENDINGS: Final = ("ي", "يه", "ين", "ون", "ه")

# with the passive and future auxiliaries: "X, an ally of Y, has refused" still reaches back to X
HAVE_EN: Final = frozenset({"has", "have", "had"})
MAX_APPOSITION: Final = 14  # tokens between the commas of "X, a close ally of Y, said"
# X, backed by Y, launched; القوات، المدعومة من التحالف
AGENT_LINKS: Final = frozenset({"by", "من"})
MAX_PARENTHESIS: Final = 6  # tokens inside the parenthesis after a head: an acronym, a gloss
DESCRIBED_REACH: Final = 2  # words of an indefinite noun phrase before its relative verb


def is_auxiliary(norm: str, language: CompiledLanguage) -> bool:
    """A perfect, passive or future auxiliary (has, was, will): set by set, no union per call."""
    return norm in HAVE_EN or norm in language.passive or norm in language.future_modals


def appositive_head(frame: Frame, pos: int) -> ActorSpan | None:
    """The actor right before an apposition that ends at ``pos``: "X , <apposition> ," (no
    strong boundary inside, and no trigger unless the apposition is a noun phrase opening with
    a determiner, Pakistan, an ally in the war on drugs, refused, a relative clause, the SDF,
    which attacked Turkish troops, withdrew, or a participle with its agent, the army, backed
    by coalition aircraft, attacked); None when there is no such apposition or actor."""
    language = frame.language
    i = pos
    while i > 0 and (
        frame.norm(i - 1) in language.transparent or is_auxiliary(frame.norm(i - 1), language)
    ):
        i -= 1
    if i < 2 or frame.norm(i - 1) not in COMMAS:
        return None
    triggers = False
    j = i - 2
    while j >= max(0, i - 2 - MAX_APPOSITION):
        inside = frame.by_end.get(j + 1)
        if inside is not None:  # an actor's own dots (U.S.) are no boundary
            j = inside.start - 1
            continue
        if frame.is_boundary(j):
            return None
        triggers = triggers or j in frame.event_words
        if frame.norm(j) in COMMAS:
            nominal = frame.norm(j + 1) in language.determiners
            relative = frame.norm(j + 1) in language.relatives  # X, which attacked Y, withdrew
            backed = j + 2 < i - 1 and frame.norm(j + 2) in AGENT_LINKS  # backed by Y
            return _ending_at(frame, j) if nominal or relative or backed or not triggers else None
        j -= 1
    return None


def _ending_at(frame: Frame, end: int) -> ActorSpan | None:
    """The actor ending at ``end``, or before a parenthesis that ends there: the head of
    "X (ACR), <apposition>," (قوات سوريا الديمقراطية (قسد)، ...)."""
    if end > 0 and frame.norm(end - 1) == ")":
        for k in range(end - 2, max(-1, end - 2 - MAX_PARENTHESIS), -1):
            if frame.norm(k) == "(":
                return frame.by_end.get(k) or frame.by_end.get(end - 1)
    return frame.by_end.get(end)


def relative_head(frame: Frame, relative: int) -> ActorSpan | None:
    """The actor right before a relative pronoun (and its comma), or none: "the SDF, which
    attacked" -> the SDF; "SDF positions, which killed" -> no subject. Arabic adjectives that
    follow their noun (definite, like it, with an adjective's ending) are passed over:
    المواطنين الغاضبين، الذين; a noun is not (الوزير المسجد الذي: the mosque, no actor)."""
    end = relative - 1 if relative > 0 and frame.norm(relative - 1) in COMMAS else relative
    for _ in range(2):
        if end in frame.by_end or frame.language.lang != "ar" or end == 0:
            break
        word = frame.norm(end - 1)
        if not word.startswith("ال") or not word.endswith(ADJECTIVE_ENDINGS):
            break
        if end - 1 in frame.event_words:
            break
        end -= 1
    head = frame.by_end.get(end)
    if head is not None and _event_place(frame, head):
        return None  # تفجير مقديشو الذي قتل: the bombing did, not Mogadishu
    return head


def _event_place(frame: Frame, actor: ActorSpan) -> bool:
    """A country or capital right after an event noun names where it happened (تفجير مقديشو)."""
    entry = actor.actor.entry
    return (
        entry.startswith(("country:", "capital:"))
        and "+" not in entry
        and actor.start - 1 in frame.event_words
    )


def described_noun(frame: Frame, verb: int, clitic: str) -> str:
    """An Arabic verb right after an indefinite noun that is no actor, the verb carrying no
    conjunction, is a relative clause describing that noun (صفة جملة: حصار استهدف الشعب، هجوم
    استهدف الجيش): the noun is its subject, so the actor after the verb is its object. "after"
    when an actor stands right before the noun phrase (نفذت حماس هجوما استهدف: that actor may
    still be the verb's source), "around" when none does (تحدث الوزير عن هجوم استهدف: no actor
    on either side is its subject); "" when the verb describes no noun, or when the noun phrase
    is a fronted adverbial after a preposition that opens the clause (وفي وقت لاحق هاجم مسلحون،
    قبل أيام اقتحم مستوطنون)."""
    language = frame.language
    if language.lang != "ar" or (clitic != "" and clitic[0] in ar.CONJUNCTIONS):
        return ""
    i, nouns = verb, 0
    while i > 0 and i not in frame.by_end:
        word = frame.norm(i - 1)
        if _among(word, language.transparent):
            i -= 1
        elif indefinite_word(frame, i - 1):
            if nouns == DESCRIBED_REACH:
                return ""  # a longer phrase: no telling where it starts
            nouns += 1
            i -= 1
        else:
            break
    if not nouns:
        return ""
    if i in frame.by_end:
        return "after"
    if i > 0 and _fronted(frame, i - 1):
        return ""
    return "around"


def indefinite_word(frame: Frame, i: int) -> bool:
    """Token ``i`` is an Arabic content word without the article or a pronoun that owns it
    (حصار، هجوما، لاحق; not الحصار، قواته), and no particle (قد، لم)."""
    word, language = frame.norm(i), frame.language
    particles = language.pre_verb_words
    bare = word[1:] if word[:1] in ar.CONJUNCTIONS and word[1:] in particles else word
    if len(bare) < 3 or not word.isalpha() or word.isascii() or _definite(word):
        return False
    if frame.tokens[i].text.endswith(language.owner_suffixes):
        return False
    return not any(
        _among(word, words)
        for words in (
            particles,
            language.determiners,
            language.pronouns,
            language.complementizers,
            language.relatives,
            language.subordinators,
            language.slot_stops,
            language.prepositions,
            language.locatives,
            language.light_verbs,
            language.passive,
            language.future_modals,
        )
    )


def _definite(word: str) -> bool:
    """Written with the article, after a conjunction or a preposition clitic too (والحصار،
    بالهجوم، للجيش)."""
    for bare in (word, word[1:]) if word[:1] in ar.CONJUNCTIONS else (word,):
        if ar.has_article(bare) or (bare[:1] in "بك" and ar.has_article(bare[1:])):
            return True
    return False


def _among(word: str, words: frozenset[str]) -> bool:
    """The word, or the word after its conjunction (وفي، فقد), is one of ``words``."""
    return word in words or (word[:1] in ar.CONJUNCTIONS and word[1:] in words)


def _fronted(frame: Frame, i: int) -> bool:
    """Token ``i`` is a preposition opening its clause (وفي، خلال at the start or after a comma
    or a complementizer): the noun phrase after it is an adverbial, no subject."""
    word = frame.norm(i)
    if not _among(word, frame.language.determiners):
        return False
    if i == 0 or word not in frame.language.determiners:
        return True  # وفي: a conjunction opens the clause
    before = frame.norm(i - 1)
    language = frame.language
    return (
        frame.is_boundary(i - 1)
        or before in COMMAS
        or before in language.complementizers
        or before in language.subordinators
    )
