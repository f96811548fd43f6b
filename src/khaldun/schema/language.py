"""The language settings of a codebook (``language/en.yaml``, ``language/ar.yaml``): cue words,
constructions, word sets and default patterns."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, field_validator

from .base import ActorCode, Phrase, Strict, VerbSpec


class Cues(Strict):
    """Words (and verbs, inflected) that mark a trigger as negated, irrealis or reported."""

    words: list[Phrase] = []
    verbs: list[VerbSpec] = []
    window: Annotated[int, Field(ge=0, le=12)] = 2


class DateWords(Strict):
    """Date vocabulary: month and weekday names, relative words (days, weeks or months before
    the story date), Hijri month names, days in words before a month, words that introduce a
    bare year, times to come. Keys are numbers: months 1-12, weekdays 0 (Monday) - 6, days 1-31."""

    months: dict[Annotated[int, Field(ge=1, le=12)], list[Phrase]] = {}
    weekdays: dict[Annotated[int, Field(ge=0, le=6)], list[Phrase]] = {}
    days_ago: dict[Annotated[int, Field(ge=0, le=7)], list[Phrase]] = {}
    weeks_ago: dict[Annotated[int, Field(ge=0, le=4)], list[Phrase]] = {}
    # the story's month (0) or one before it: "last month", في الثاني من الشهر الجاري
    months_ago: dict[Annotated[int, Field(ge=0, le=12)], list[Phrase]] = {}
    hijri_months: dict[Annotated[int, Field(ge=1, le=12)], list[Phrase]] = {}
    # a day written in words right before its month name: "الخامس والعشرين من" (شباط)
    days: dict[Annotated[int, Field(ge=1, le=31)], list[Phrase]] = {}
    years: list[Phrase] = []  # words before a year number: "in 2006", "عام 2006"
    # a time to come (tomorrow, next week, غدا، الأسبوع المقبل): an event noun it dates is yet
    # to happen; it dates no event
    future: list[Phrase] = []


class NumberWords(Strict):
    """Number vocabulary for fatality counts: words and phrases by value ("three", "ثلاثة",
    "dozens" 12), multipliers ("hundred"), approximators skipped before a number ("at least")
    and range words ("between", "to": the lower figure is kept)."""

    values: dict[Annotated[int, Field(ge=0)], list[Phrase]] = {}
    multipliers: dict[Annotated[int, Field(ge=10)], list[Phrase]] = {}
    approximate: list[Phrase] = []
    ranges: list[Phrase] = []


class DefaultPatterns(Strict):
    verb: list[Phrase]
    noun: list[Phrase]


class Purposes(Strict):
    """An event noun that names a purpose or what another word is about (خلية لتفجير السيارات،
    انتقاما لتفجير الحافلة; a cell to bomb cars): with one of the ``proclitics`` (Arabic) or
    right after one of the ``words`` (English), it is no event of its own, unless one of the
    ``governors`` stands right before it (تعرض لهجوم، subjected to shelling: it happened)."""

    proclitics: list[str] = []
    words: list[Phrase] = []
    governors: list[Phrase] = []


class Claims(Strict):
    """Claims of responsibility: the claimer is the source of the sentence's attacks that name
    none. ``after``: the claimer follows (claimed by X, تبنت X); ``before``: it precedes (X
    claimed responsibility, أعلن X مسؤوليته)."""

    after: Cues = Cues()
    before: Cues = Cues()


class Results(Strict):
    """What a violent event led to, named after it: the victims are that event's target, and
    the result is no event of its own. A participle after a comma (attacked a checkpoint,
    *killing* three soldiers), or a lead verb with its link word before a casualty noun (قصفت
    القوات قرية ما *أسفر عن* مقتل ثلاثة مدنيين; up to three words between them)."""

    participles: list[Phrase] = []
    leads: list[Phrase] = []
    links: list[Phrase] = []


class DefaultActors(Strict):
    """Codes for a pattern's source or target that the sentence does not name (TABARI's
    ``DEFAULT:`` option). Off unless set; used only when no reading with the text's own actors
    exists, and never for every slot of a pattern: a sentence that names nobody codes nothing."""

    source: ActorCode | None = None
    target: ActorCode | None = None


class Language(Strict):
    """Language-wide settings: cue words, transparent words, word sets and default patterns."""

    lang: Literal["en", "ar"]
    negation: Cues = Cues()
    irrealis: Cues = Cues()
    # right after a noun that is the whole event (a car bomb, هجوم انتحاري), a predicate that
    # says it is yet to happen (an attack could hit, the protest is planned, هجوم سينفذ، ضربات
    # جوية يمكن أن تستهدف): not coded as having happened, as the negated predicate is not
    prospects: Cues = Cues()
    # before a known event's noun (the bombing, اغتيال الحريري), the noun names an earlier event
    # (after the bombing, بعد اغتيال الحريري): no new event; a verb after one is (بعد أن هاجم)
    references: Cues = Cues()
    # right before an event noun, known or not, a word that takes the event as known: despite
    # it, in revenge or response for it, a comment on it, its victims (despite the deaths of
    # three soldiers in a suicide attack, ردا على هجوم، رغم مقتل ثلاثة جنود في هجوم): no new
    # event; nor the event a casualty noun after one names as its means
    presuppositions: Cues = Cues()
    # a verb right after one (a relative pronoun) whose antecedent is no actor, or its target,
    # tells what a thing or a victim underwent (the mosque which gunmen attacked, the hostage who
    # was kidnapped): background, not coded; after its source it is what the actor did (coded)
    backgrounds: Cues = Cues()
    # right before an event noun, a count of many (dozens of attacks, أكثر من 100 هجوم، العديد من
    # محاولات الاغتيال): a summary of events, none reported as such
    summaries: Cues = Cues()
    # a light verb in the present before its verbal noun (تقوم الميليشيات بخطف المدنيين):
    # what is done as a rule, in a description or a comment, no event reported; after a past
    # auxiliary it is the past progressive and reports (كان يقوم بزرعها)
    habits: Cues = Cues()
    # before a noun that is the whole event (a car bomb, عبوة ناسفة), or as its predicate, a word
    # telling the device was found, defused or seized (police defused a roadside bomb, عثرت
    # الشرطة على سيارة مفخخة، عبوة ناسفة تم تفكيكها): nothing exploded, no attack
    defusals: Cues = Cues()
    purposes: Purposes = Purposes()
    reporting: Cues = Cues()
    attribution: Cues = Cues()  # "according to X", "حسب X": X is the speaker of the sentence
    discards: Cues = Cues()  # sport, entertainment, accidents: a sentence with one codes nothing
    # a sentence opening with one recalls background (يذكر أن، يشار إلى أن, it is worth
    # noting that): it codes nothing
    recalls: Cues = Cues()
    claims: Claims = Claims()
    function_words: list[Phrase] = []  # never a generated verb form (أنهى would give انه)
    conjunctions: list[Phrase] = []
    # words that join two verbs only, not two actors: "X affirmed Y or assailed Z" (X assailed)
    verb_conjunctions: list[Phrase] = []
    pronouns: list[Phrase] = []
    # English object pronouns: right after a verb, one is its target (police arrested him), as
    # an Arabic object suffix is (اعتقلته); the event has no target actor
    object_pronouns: list[Phrase] = []
    catenatives: list[Phrase] = []  # their "to" joins the next verb: "X continued to shell Y"
    future_modals: list[Phrase] = []  # "X said it will boycott": an announced action (13x)
    # a future action on a condition (X will attack Y unless it withdraws): a threat (13x)
    conditions: list[Phrase] = []
    transparent: list[Phrase] = []
    locatives: list[Phrase] = []
    locative_proclitics: list[str] = []  # ببغداد: "in Baghdad", a place, like في بغداد
    # town, village, camp, مدينة، بلدة، مخيم: a guarded place name counts after one (the town
    # of Hit, مدينة صور), see the places' after_locative and after_place_noun names
    place_nouns: list[Phrase] = []
    # an actor right after one is not the subject of the verb that follows when another actor
    # stands before it: "the envoy of X to the UN called on Y" (X, not the UN)
    prepositions: list[Phrase] = []
    # a relative pronoun's subject is the noun right before it: "the SDF, which attacked" (the
    # SDF), but "SDF positions, which killed" names no subject (الهجوم الذي استهدف)
    relatives: list[Phrase] = []
    # places and things an actor owns: an Arabic actor right after one is its owner, in the
    # object, never the subject of the verb before it (هاجمت مواقع قسد: the SDF's positions);
    # an English nationality adjective right before one is its owner (Israeli positions)
    possessions: list[Phrase] = []
    # a uniform: the actor that owns one (Arabic: right after it, زي الشرطة; English: right
    # before it, police uniforms) names what its wearer looks like, no actor of the sentence
    dress: list[Phrase] = []
    # an actor whose first word is one of these is the means of the verb before it, a weapon
    # its subject used (قصفت القوات بالمدفعية الثقيلة بلدات: with heavy artillery), never the
    # verb's object: listed with their preposition, as written
    instruments: list[Phrase] = []
    # a reported clause opens after one: "X said that ...", قال إن (with a pronoun: إنه)
    complementizers: list[Phrase] = []
    # a further casualty count (killed two and wounded a third in an attack, قتل اثنان وأصيب
    # ثالث في هجوم): its clause is passed over by slot and literal searches
    casualties: list[Phrase] = []
    results: Results = Results()
    # a noun owned by a pronoun is the speaker's own: "its troops", قواته (English words before
    # the noun, Arabic suffixes of its written form)
    owner_words: list[Phrase] = []
    owner_suffixes: list[str] = []
    slot_stops: list[Phrase] = []  # words a slot search never skips ("fought with X": not X)
    # an adverbial clause that opens with one and ends at a comma (وفيما ...، اشتبك) holds no
    # subject of the verb after the comma
    subordinators: list[Phrase] = []
    determiners: list[Phrase] = []  # before a verb form, they make it a noun: "Turkey's demands"
    wordsets: dict[str, list[Phrase]] = {}
    irregular_verbs: dict[str, list[Phrase]] = {}
    irregular_plurals: dict[str, Phrase] = {}
    dates: DateWords = DateWords()
    numbers: NumberWords = NumberWords()
    patterns: DefaultPatterns
    slot_gap: Annotated[int, Field(ge=0, le=12)] = 4
    wide_gap: Annotated[int, Field(ge=1, le=20)] = 8
    self_events: bool = True  # false: no event whose source and target have one code (X 040 X)
    # a reported clause whose subject is no actor (police said a soldier was killed in an
    # attack) codes its event without a source; false: only with the text's own actors
    # (PETRARCH's require_dyad)
    sourceless_reports: bool = True
    # every verb-first pattern (* {source} ...) also reads subject-first ({source} * ...)
    fronted_subjects: bool = False
    # TABARI's CODE BY option: "clause" codes only the first verb that codes in each clause
    # (clauses end at strong punctuation, conjunctions and slot stops), "sentence" only the
    # first in the sentence, "all" every verb
    code_by: Literal["all", "clause", "sentence"] = "all"
    # what a clause-opening pronoun of the next sentence stands for: the sentence's speaker or
    # first subject ("subject"), or the first actor it names wherever it stands ("first_actor",
    # TABARI's pronoun rule: "However, it acknowledged the concerns of the X community." -> X)
    carry: Literal["subject", "first_actor"] = "subject"
    # a role noun is shared along a list (the ambassadors of Chile, Peru and Bolivia; Russian
    # and Turkish officials; Turkish troops and police); false: it is only the role of the
    # actor next to it, as TABARI reads agents
    shared_roles: bool = True
    lone_agents: bool = True  # false: a role noun no actor owns is no actor (TABARI's default)
    passive: list[Phrase] = []  # auxiliaries (was, been) before a participle: no active reading
    # a verb that lends its subject to the verbal noun after it: قام الجيش بقصف = the army shelled
    light_verbs: list[Phrase] = []
    # words that stand right before a verb without being its subject (particles of tense and
    # negation, auxiliaries and verbs of aspect: كانت تستهدف، بدأ يهاجم، لا يزال يحاصر): an
    # Arabic verb after one is no relative clause describing the word before it
    pre_verb_words: list[Phrase] = []
    # subject pronouns that, opening a reported clause right before its verb, stand for the
    # speaker (the rebels said they tried to kill X: the rebels); not he or she, as often
    # another person (police said he shot a man)
    speaker_pronouns: list[Phrase] = []
    # a word that introduces the agent only after one of its words (قبل: من قبل X "by X";
    # alone it is "before": قبل وصول الوزير): a pattern's literal right before {source}
    agent_words: dict[str, list[Phrase]] = {}
    # a reported clause whose subject is one of these names the speaker's own state (قال الوزير
    # إن المملكة ترحب; the minister said the kingdom welcomed): no subject of its own
    self_references: list[Phrase] = []
    # ... or, when the speaker is a group (a rebel group, a party, an opposition: no state's),
    # its own group (قال الناطق باسم حماس إن الحركة ترفض; Hamas said the movement rejected)
    group_references: list[Phrase] = []
    # a link (a preposition, or an Arabic proclitic: ل، ب) -> the words that tie a role noun
    # through it to the actor it belongs to: fighters loyal to X, مسلحون موالون لـX, عناصر
    # ينتمون إلى X -> X (English: the role of X; Arabic: X itself, a member of a group)
    affiliations: dict[str, list[Phrase]] = {}
    default_actors: DefaultActors = DefaultActors()

    @field_validator("wordsets")
    @classmethod
    def _wordset_names(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for name in value:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
                raise ValueError(f"word set name '{name}' must be lower-case letters and _")
        return value
