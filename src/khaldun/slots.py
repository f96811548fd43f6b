"""Fill a pattern's slots around a trigger: nearest actors within a gap (``nearest``), literals
in order, compound actors (compounds.py). No parser: a bounded, predictable search."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .compiler import CompiledElement, CompiledPattern
from .compounds import compound_left, compound_right
from .frame import Frame
from .heads import MAX_APPOSITION
from .models import ActorRef, ActorSpan
from .morphology import ar
from .nearest import actor_left, actor_right, literal_left, literal_right


@dataclass(frozen=True)
class SlotMatch:
    """A pattern that matched: the actors in each slot (several when compound)."""

    pattern: CompiledPattern
    slots: dict[str, tuple[ActorSpan, ...]]
    implicit: frozenset[str] = frozenset()  # roles filled from context (the speaker)
    literals: frozenset[int] = frozenset()  # tokens the pattern's own words matched
    spread: int = 0  # words between the trigger and its actors: tighter matches win ties

    def source_how(self, source: ActorSpan | None) -> str:
        """Where an implicit source came from: "speaker" (reported speech) or "default"."""
        if source is None or "source" not in self.implicit or source not in self.slots["source"]:
            return ""
        return "default" if is_default(source) else "speaker"


def _object_owner(frame: Frame, actor: ActorSpan) -> bool:
    """After a verb, an actor with a preposition clitic (للجيش) or right after an Arabic
    possession noun or preposition (مواقع قسد، مقر الشرطة، لدى السفير) belongs to the object,
    and so does a role noun in the indefinite accusative (قتل 150 متمردا، اعتقلت جنديا): it
    is not the verb's subject."""
    before = frame.norm(actor.start - 1) if actor.start > 0 else ""
    return (
        actor.governed
        or (
            frame.language.lang == "ar"  # English writes the owner first: Israeli positions
            and (before in frame.language.possessions or before in frame.language.prepositions)
        )
        or _accusative_role(frame, actor)
    )


def _pronoun_subject(frame: Frame, start: int) -> bool:
    """A verb right after a complementizer that carries a pronoun (أنه استهدف، إنها اعتقلت),
    or after a complementizer and a noun a pronoun owns (إن طائراته قصفت: its aircraft), has
    that pronoun or noun as its subject: the actor after the verb is its object."""
    if start == 0:
        return False
    word = frame.tokens[start - 1]
    language = frame.language
    owned = word.text.endswith(language.owner_suffixes)
    if owned and word.norm in language.complementizers:
        return True
    return owned and start > 1 and frame.tokens[start - 2].norm in language.complementizers


def _accusative_role(frame: Frame, actor: ActorSpan) -> bool:
    """An Arabic role noun written in the indefinite accusative, its bare form plus alef
    (متمردا، جنديا، شخصا); a country's name is never read so (تركيا، سوريا)."""
    word = frame.norm(actor.start)
    return (
        frame.language.lang == "ar"
        and word.endswith("ا")
        and not ar.without_conjunction(word).startswith("ال")
        and word[:-1] in frame.language.words
        and not actor.actor.entry.startswith(("country:", "capital:"))
    )


def _pair_left(frame: Frame, pos: int, gap: int) -> ActorSpan | None:
    """A pair's last member: X with Y and Z met -> Y and Z (no head before the preposition)."""
    return actor_left(frame, pos, gap, heads=False)


def match_pattern(
    frame: Frame,
    start: int,
    end: int,
    pattern: CompiledPattern,
    speaker: ActorSpan | None,
    use_speaker_for_required: bool,
    defaults: Mapping[str, str] | None = None,
    verb: bool = False,
    pronoun: str = "",
    described: str = "",
) -> SlotMatch | None:
    """Try one pattern around the trigger at tokens [start, end); a required slot left empty
    takes the speaker (source) or a default actor code by role, when given, unless a word of
    the pattern right before it announces the actor in the text (by X, على يد X, من قبل X).
    After a verb, an actor written with a preposition clitic (للجيش) is not its subject. A
    ``pronoun`` the trigger carries fills a slot after it with no actor (:func:`pronoun_slot`).
    A verb that ``described`` a noun (:func:`heads.described_noun`) has no actor after it, and
    with "around" none before it either, as its source: that noun is its subject (a speaker
    still may be, whose reported clause then codes without a source).
    Callers rule out first the patterns that cannot match (:func:`can_match`): such a pattern
    is not matched here either, its absent literal is not found, but at the cost of a search."""
    filling = _Filling(frame, speaker, use_speaker_for_required, defaults or {})
    slots, implicit = filling.slots, filling.implicit
    literals: set[int] = set()
    language = frame.language
    pos = end
    for place, element in enumerate(pattern.right):
        if element.is_slot and pronoun_slot(pronoun, element.role, place):
            continue  # the pronoun is that actor: اعتقلته الشرطة، اغتياله على يد مسلحين
        if element.role == "skip":  # an actor right there is passed over (TABARI's ^)
            passed = actor_right(frame, pos, 0)
            pos = passed.end if passed else pos
        elif element.is_slot:
            subject_next = pronoun == "object" and element.role == "source"
            actor = _actor_after(frame, element, pos, subject_next)
            announced = place > 0 and not pattern.right[place - 1].is_slot
            if described and element.role == "source" and not announced:
                actor = None  # حصار استهدف الشعب: the blockade did
            if element.role == "target" and actor is not None and _by_agent(frame, actor):
                actor = None  # اختطف صحفي على يد مسلحين: the gunmen are no victims
            if (
                verb
                and actor is not None
                and element.role == "source"
                and not announced  # an agent phrase (على يد X) agrees with no verb
                and (
                    _object_owner(frame, actor)
                    or _pronoun_subject(frame, start)
                    or disagrees(frame, start, actor)
                )
            ):
                actor = None
            if not filling.fill(element, actor, True, announced):
                return None
            if element.role in slots and element.role not in implicit:
                pos = past_apposition(frame, slots[element.role][-1])
        else:
            gap = language.wide_gap if element.wide else 0
            if place > 0 and pattern.right[place - 1].is_slot and _relative_at(frame, pos):
                gap = MAX_APPOSITION  # the actor's relative clause: اشتبك متظاهرون ممن ... مع
            found = literal_right(frame, pos, element.words, gap)
            if found is None or not _introduces(frame, found, pattern.right, place):
                return None
            pos = frame.literal_at(found, element.words)[1]
            literals.add(found)
            if element.role == "target":
                _name_target(frame, found, slots)
    pos = start
    for element in reversed(pattern.left):
        if element.role == "skip":
            passed = actor_left(frame, pos, 0)
            pos = passed.start if passed else pos
        elif element.is_slot:
            actor = _actor_before(frame, element, pos)
            if pronoun == "object" and actor is not None and _resumed(frame, actor, start):
                actor = None  # الحكومة التي يتهمونها: the antecedent is the object
            if described == "around" and element.role == "source":
                actor = None  # تحدث الوزير عن حصار استهدف الشعب: the blockade did
            if verb and element.role == "source" and actor and disagrees(frame, start, actor):
                # the actor before it when that one agrees (الجنود في سلاح المدفعية ... وأطلقوا:
                # the soldiers); else this one, which a coordinated verb may still replace
                before = _actor_before(frame, element, actor.start)
                if before is not None and not disagrees(frame, start, before):
                    actor = before
            if not filling.fill(element, actor, False):
                return None
            if element.role in slots and element.role not in implicit:
                pos = slots[element.role][0].start
        else:
            found = literal_left(
                frame, pos, element.words, language.wide_gap if element.wide else 0
            )
            if found is None:
                return None
            pos = frame.literal_at(found, element.words)[0]
            literals.add(found)
            if element.role == "target":
                _name_target(frame, found, slots)
    if "pair" in slots and len(slots["pair"]) < 2:
        return None
    if slots and all(is_default(group[0]) for group in slots.values()):
        return None  # only default actors: the sentence names nobody
    spread = sum(
        _gap_to(group, start, end) for role, group in slots.items() if role not in implicit
    )
    return SlotMatch(pattern, slots, frozenset(implicit), frozenset(literals), spread)


def past_apposition(frame: Frame, actor: ActorSpan) -> int:
    """Where the words after ``actor`` go on: past an apposition that names it again, another
    name of the very same entry right after it, definite (كتائب القسام الجناح العسكري لحركة
    حماس: Hamas's brigades, once; not قسد الفصائل الموالية لتركيا, two groups)."""
    again = frame.by_start.get(actor.end)
    if (
        again is None
        or again.conjoined
        or again.actor.entry != actor.actor.entry
        or again.actor.code != actor.actor.code
        or not ar.has_article(frame.norm(again.start))
    ):
        return actor.end
    return again.end


class _Filling:
    """The slots of one pattern being matched, and what fills a slot the text leaves empty:
    the speaker as source, or a default actor by role (a native class: compiled, nested
    functions would be called as Python objects)."""

    __slots__ = ("defaults", "frame", "implicit", "slots", "speaker", "use_speaker_for_required")

    def __init__(
        self,
        frame: Frame,
        speaker: ActorSpan | None,
        use_speaker_for_required: bool,
        defaults: Mapping[str, str],
    ) -> None:
        self.frame = frame
        self.speaker = speaker
        self.use_speaker_for_required = use_speaker_for_required
        self.defaults = defaults
        self.slots: dict[str, tuple[ActorSpan, ...]] = {}
        self.implicit: set[str] = set()

    def fill(
        self, element: CompiledElement, span: ActorSpan | None, right: bool, announced: bool = False
    ) -> bool:
        """Fill the element's slot with ``span`` and the actors joined to it (on its ``right``
        or left), else with an implicit actor; False when a required slot stays empty."""
        slots = self.slots
        if span is not None and element.roles and not element.roles & span.actor.roles:
            span = None  # {source=CVL}: not the kind of actor this pattern is about
        if span is not None and not any(span in g for g in slots.values()):
            group = compound_right(self.frame, span) if right else compound_left(self.frame, span)
            slots[element.role] = group
            return True
        if (
            element.role == "source"
            and self.speaker is not None
            and not announced
            and (element.optional or self.use_speaker_for_required)
            and (not element.roles or element.roles & self.speaker.actor.roles)
        ):
            slots["source"] = (self.speaker,)
            self.implicit.add("source")
            return True
        if not element.optional and element.role in self.defaults:
            slots[element.role] = (default_actor(element.role, self.defaults[element.role]),)
            self.implicit.add(element.role)
            return True
        return element.optional


def _gap(frame: Frame, element: CompiledElement) -> int:
    return frame.language.wide_gap if element.wide else frame.language.slot_gap


def _actor_after(
    frame: Frame, element: CompiledElement, pos: int, subject_next: bool
) -> ActorSpan | None:
    """The actor for a slot after the trigger; right after it for the subject of a verb that
    carries its object pronoun (:func:`_subject_right`)."""
    if element.speaker_only:
        return None
    if subject_next:
        return _subject_right(frame, pos, 0)
    return actor_right(frame, pos, _gap(frame, element))


def _actor_before(frame: Frame, element: CompiledElement, pos: int) -> ActorSpan | None:
    """The actor for a slot before the trigger (a pair's last member: :func:`_pair_left`)."""
    if element.speaker_only:
        return None
    if element.role == "pair":
        return _pair_left(frame, pos, _gap(frame, element))
    return actor_left(frame, pos, _gap(frame, element))


def _name_target(frame: Frame, word: int, slots: dict[str, tuple[ActorSpan, ...]]) -> None:
    """A ``{target:...}`` word heads or ends the target's name: the actor around it or right
    before it (Muslim Brotherhood members), when that actor says whose it is (the Dutch
    ambassador: NLDGOV; the ambassador alone is most often of the country the story is not
    about) and fills no other slot; a role noun of its own name's words says whose too
    (opposition leaders: the opposition's)."""
    taken = {span for group in slots.values() for span in group}
    around = (a for a in frame.actors if a.start <= word < a.end)
    actor = next(around, frame.by_end.get(word))
    if actor is None or actor in taken:
        return
    if not actor.actor.unowned or actor.end - actor.start > 1:
        slots["target"] = (actor,)


def _introduces(frame: Frame, found: int, right: tuple[CompiledElement, ...], place: int) -> bool:
    """A literal right before the source slot that is an agent word stands after one of the
    words it needs (من قبل X "by X"; قبل وصول الوزير is "before": no agent)."""
    if place + 1 >= len(right) or right[place + 1].role != "source":
        return True
    word = frame.norm(found)
    for agent, before in frame.language.agent_words:
        if word == agent:
            return found > 0 and frame.norm(found - 1) in before
    return True


def _by_agent(frame: Frame, actor: ActorSpan) -> bool:
    """An agent phrase introduces ``actor`` (من قبل X، على يد X: by X)."""
    at = actor.start - 1
    return at > 0 and any(
        frame.norm(at) == agent and frame.norm(at - 1) in before
        for agent, before in frame.language.agent_words
    )


def _relative_at(frame: Frame, pos: int) -> bool:
    """A relative clause opens at ``pos``, right after an actor (المتظاهرين ممن اقتحموا المعبر)."""
    return pos < len(frame.tokens) and frame.norm(pos) in frame.language.relatives


def disagrees(frame: Frame, verb: int, actor: ActorSpan) -> bool:
    """An Arabic verb with the plural person suffix and an actor that cannot be its subject:
    one after it (a verb before its subject is singular: هاجم المسلحون; هاجموا الشرطة names
    the object), or a feminine singular noun before it (دخل المسلحون مقر الشرطة وخطفوا: not
    the police's kidnapping)."""
    if frame.language.lang != "ar" or not ar.plural_verb(frame.norm(verb)):
        return False
    return actor.start > verb or ar.feminine_singular(frame.norm(actor.start))


def pronoun_slot(pronoun: str, role: str, place: int) -> bool:
    """Does the pronoun a trigger carries fill the slot ``role`` at ``place`` after it? An
    ``object`` pronoun (اعتقلته، خطفهم, arrested him) is the verb's target, wherever that slot
    stands: an actor after the verb is its subject, never its target. A ``genitive`` one
    (اغتياله، اعتقالهم) is the target in the noun's genitive, the slot right after it."""
    if pronoun == "object":
        return role == "target"
    return pronoun == "genitive" and place == 0 and role == "target"


def _subject_right(frame: Frame, pos: int, gap: int) -> ActorSpan | None:
    """The subject of a verb that carries its object pronoun stands right after it (time
    words are free): اعتقلته الشرطة أمس; not beyond a noun (رفضها مطالب الأحزاب)."""
    return actor_right(frame, pos, 0)


def _resumed(frame: Frame, actor: ActorSpan, start: int) -> bool:
    """A relative pronoun stands between ``actor`` and a verb that carries an object pronoun:
    the pronoun resumes the antecedent, which is the verb's object, not its subject (الحكومة
    التي يتهمونها، الجنود الذين خطفهم مسلحون)."""
    return any(frame.norm(i) in frame.language.relatives for i in range(actor.end, start))


def default_actor(role: str, code: str) -> ActorSpan:
    """The language's default actor for a slot the sentence leaves empty (zero-width)."""
    return ActorSpan(0, 0, ActorRef(code, f"Default {role}", None, f"default:{role}"))


def is_default(span: ActorSpan) -> bool:
    return span.actor.entry.startswith("default:")


def can_match(frame: Frame, pattern: CompiledPattern) -> bool:
    """Every literal of the pattern has one of its words somewhere in the sentence (a cheap test
    that rules out most patterns before any slot search)."""
    for need in pattern.needs:  # noqa: SIM110 (a native loop, as in literals_among)
        if not frame.mentions(need):
            return False
    return True


def literals_among(words: frozenset[str], pattern: CompiledPattern) -> bool:
    """Every literal of the pattern has one of its words among ``words``. A loop: for the one or
    two literals of a pattern, half the cost of ``any(map(...))`` or ``all(...)`` when
    interpreted, and compiled to a native loop."""
    for need in pattern.needs:  # noqa: SIM110
        if words.isdisjoint(need):
            return False
    return True


def _gap_to(group: tuple[ActorSpan, ...], start: int, end: int) -> int:
    """Tokens between a trigger at [start, end) and the nearest actor of a slot."""
    return min(start - a.end if a.end <= start else max(0, a.start - end) for a in group)
