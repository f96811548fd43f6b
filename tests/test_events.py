"""Slot filling and event assembly on a fixed test codebook: word order, passive, compounds,
negation, irrealis, reported speech, pairs, co-actors. Arabic and English rows side by side."""

from __future__ import annotations

import pytest

from conftest import keys, mini_with, mini_with_language
from khaldun.build import build_kind
from khaldun.casualties import casualty_tails
from khaldun.compiler import CompiledRule, Hit, compile_patterns
from khaldun.frame import Frame
from khaldun.match import Span
from khaldun.normalize import tokenize
from khaldun.patterns import PatternError, parse_pattern, specificity, with_fronted_subjects
from khaldun.pipeline import code_text
from khaldun.slots import can_match, match_pattern
from khaldun.voice import patterns_to_try


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SVO and VSO
        ("Turkish troops attacked SDF positions.", [("TURMIL", "190", "SYRREB")]),
        ("هاجمت القوات التركية مواقع قسد", [("TURMIL", "190", "SYRREB")]),
        ("القوات التركية هاجمت مواقع قسد", [("TURMIL", "190", "SYRREB")]),
        # time words do not break the slot search
        ("Turkish troops on Monday attacked the SDF.", [("TURMIL", "190", "SYRREB")]),
        ("هاجمت القوات التركية اليوم مواقع قسد", [("TURMIL", "190", "SYRREB")]),
        # the "to" of an aspect verb does not cut the subject from its verb
        ("Turkish troops continued to attack SDF positions.", [("TURMIL", "190", "SYRREB")]),
        ("Turkish troops began to attack the SDF.", [("TURMIL", "190", "SYRREB")]),
        # ... nor that of an attempt, nor the "with" of a co-actor phrase
        ("Turkish troops tried to attack SDF positions.", [("TURMIL", "190", "SYRREB")]),
        ("Turkey along with its allies attacked the SDF.", [("TUR", "190", "SYRREB")]),
        ("Turkey together with its allies attacked the SDF.", [("TUR", "190", "SYRREB")]),
        # the subject of an apposition, not the actor inside it
        ("Turkey, an ally of Russia, attacked the SDF.", [("TUR", "190", "SYRREB")]),
        ("تركيا، حليفة روسيا، هاجمت مواقع قسد", [("TUR", "190", "SYRREB")]),
        # passive with and without an agent
        ("SDF positions were attacked by Turkish troops.", [("TURMIL", "190", "SYRREB")]),
        ("The SDF was attacked.", [("", "190", "SYRREB")]),
        ("تم اعتقال عناصر من داعش", [("", "173", "IMGMUSISI")]),
        # compound actors on either side, "and the", shared role nouns
        (
            "Turkey and the SDF attacked ISIS.",
            [("SYRREB", "190", "IMGMUSISI"), ("TUR", "190", "IMGMUSISI")],
        ),
        (
            "هاجمت القوات التركية والروسية مواقع قسد",
            [("RUSMIL", "190", "SYRREB"), ("TURMIL", "190", "SYRREB")],
        ),
        (
            "Turkey and Russia attacked the SDF.",
            [("RUS", "190", "SYRREB"), ("TUR", "190", "SYRREB")],
        ),
        ("هاجمت تركيا وروسيا مواقع قسد", [("RUS", "190", "SYRREB"), ("TUR", "190", "SYRREB")]),
        (
            "Turkey attacked the SDF and ISIS.",
            [("TUR", "190", "IMGMUSISI"), ("TUR", "190", "SYRREB")],
        ),
        # pairs: a {pair} pattern gives one event each way (talks, clashes between X and Y)
        ("Talks between Turkey and Russia began.", [("RUS", "040", "TUR"), ("TUR", "040", "RUS")]),
        ("بدأت محادثات بين تركيا وروسيا", [("RUS", "040", "TUR"), ("TUR", "040", "RUS")]),
        # co-actors: fighting alongside X against Y
        (
            "ISIS attacked alongside Turkey against the SDF.",
            [("IMGMUSISI", "190", "SYRREB"), ("TUR", "190", "SYRREB")],
        ),
        # prepositions decide: met with vs met in
        ("Turkish officials met with Russian officials.", [("TURGOV", "040", "RUSGOV")]),
        ("Turkish officials met in Damascus.", []),
        ("التقى مسؤولين أتراك في دمشق", []),
    ],
)
def test_slot_filling(mini, text, expected):
    assert keys(mini, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish troops did not attack the SDF.", []),
        ("Turkish troops never attacked the SDF.", []),
        ("لم تهاجم القوات التركية مواقع قسد", []),
        ("ولم تهاجم القوات التركية مواقع قسد", []),
        ("لن تهاجم القوات التركية مواقع قسد", []),
        ("نفت تركيا مهاجمة قسد", []),
        # a report denied
        ("It is not true that Turkish troops attacked the SDF.", []),
        ("ليس صحيحا أن القوات التركية هاجمت مواقع قسد", []),
        ("وقال المتحدث إنه غير صحيح أن القوات التركية هاجمت مواقع قسد", []),
        # planned material actions are not coded...
        ("Turkish troops will attack the SDF.", []),
        ("ستهاجم القوات التركية مواقع قسد", []),
        ("تسعى إلى مهاجمة قسد", []),
        # appeals, demands, threats and accusations do not make the action happen
        ("Russia urged Turkish troops to attack the SDF.", []),
        ("Turkey accused Russia of attacking the SDF.", []),
        ("رفضت تركيا مهاجمة قسد", []),
        ("هددت القوات التركية بهجوم على قسد", []),  # an actor between cue and trigger is one word
        ("دعت روسيا القوات التركية إلى مهاجمة قسد", []),
        # a verb form after a determiner is a noun, not a cue
        (
            "Turkey's demands were met as Turkish troops attacked the SDF.",
            [("TURMIL", "190", "SYRREB")],
        ),
        # ...unless the rule keeps them
        ("Turkish troops will pull back.", [("TURMIL", "0874", "")]),
    ],
)
def test_negation_and_irrealis(mini, text, expected):
    assert keys(mini, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the embedded event is coded, the bare statement is not
        (
            "The international coalition said Turkish troops attacked the SDF.",
            [("TURMIL", "190", "SYRREB")],
        ),
        ("وقال التحالف الدولي إن القوات التركية هاجمت قسد", [("TURMIL", "190", "SYRREB")]),
        # a subjectless clause in reported speech takes the speaker as its subject
        ('The international coalition said: "We withdrew our forces."', [("IGOMIL", "0874", "")]),
        ("وقال التحالف الدولي “لقد سحبنا قواتنا من الحدود”", [("IGOMIL", "0874", "")]),
        ('"We withdrew our forces," the international coalition said.', [("IGOMIL", "0874", "")]),
        ("“سحبنا قواتنا من الحدود”، قال التحالف الدولي", [("IGOMIL", "0874", "")]),
        # an impersonal passive in reported speech: the speaker is the implicit agent
        ("وقال التحالف الدولي إنه تم اعتقال خمسة أشخاص", []),  # no target actor named
        ("وقال التحالف الدولي إنه تم اعتقال عناصر من داعش", [("IGOMIL", "173", "IMGMUSISI")]),
        # ...but a monitor reporting does not become the agent
        ("وقال المرصد السوري إنه تم اعتقال تنظيم داعش", [("", "173", "IMGMUSISI")]),
    ],
)
def test_reported_speech(mini, text, expected):
    assert keys(mini, text) == expected


def test_speaker_carries_to_a_subjectless_speech_verb_in_the_next_sentence(mini):
    text = "وقال التحالف الدولي إن العمل مستمر.\nوتابع “لقد سحبنا قواتنا من الحدود”."
    assert [(e.source.code, e.code, e.source_how) for e in code_text(text, mini)] == [
        ("IGOMIL", "0874", "speaker")
    ]


def test_event_attributes(mini):
    [event] = code_text("هاجمت القوات التركية مواقع قسد في الحسكة", mini)
    assert (event.code_name, event.root, event.quad_class, event.goldstein) == (
        "Use conventional military force, not specified below",
        "19",
        4,
        -10.0,
    )
    assert event.plover == "ASSAULT"
    assert event.source.name == "Military Forces of Turkey" and event.source.inter == 1
    assert event.target.name == "SDF: Syrian Democratic Forces"
    assert event.place.name == "Hasakah" and event.place.country == "SYR"
    assert event.trigger_text == "هاجمت" and event.rule_id == "t.attack"
    assert event.source_text == "القوات التركية" and event.target_text == "قسد"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality adjective on an event noun names the source
        ("A Turkish attack on the SDF.", [("TURMIL", "190", "SYRREB")]),
        ("هجوم تركي على قسد", [("TURMIL", "190", "SYRREB")]),
        # ...but an adjective elsewhere does not
        ("An attack on Turkish troops.", [("", "190", "TURMIL")]),
        # the subject of a reported clause is never the speaker before إن
        ("وقال مسؤولون سوريون إن هجوما على قسد وقع أمس", [("", "190", "SYRREB")]),
    ],
)
def test_sources_from_adjectives_and_clause_boundaries(mini, text, expected):
    assert keys(mini, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the actor an event noun belongs to is its source (Arabic: تابعة ل)
        (
            "أطلقت طائرة بدون طيار تابعة لوكالة المخابرات المركزية صواريخ على منزل في وزيرستان",
            [("USASPY", "1952", "")],
        ),
        (
            "قتل ثلاثة مسلحين بغارة لطائرة مسيرة تابعة للجيش التركي قرب القامشلي",
            [("TURMIL", "1952", "UAF")],
        ),
        ("A drone belonging to the CIA fired missiles at a house.", [("USASPY", "194", "")]),
    ],
)
def test_the_owner_of_an_event_noun_is_its_source(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people's rebels named by the people are its armed group (Tamil rebels: the LTTE)
        (
            "وهاجم المتمردون التاميل قاعدة للجيش السريلانكي في شرق الجزيرة",
            [("LKAREB", "190", "LKAMIL")],
        ),
        (
            "Tamil Tiger rebels attacked a Sri Lankan army base in the east of the island.",
            [("LKAREB", "190", "LKAMIL")],
        ),
    ],
)
def test_a_peoples_rebels_are_its_armed_group(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # {source=CVL}: the same verb is a protest for protesters, not for troops
        ("Syrian protesters gather in Damascus.", [("SYRCVL", "141", "")]),
        ("Syrian troops gather in Damascus.", []),
        ("تجمع متظاهرون سوريون في دمشق", [("SYRCVL", "141", "")]),
        ("تجمع الجيش السوري في دمشق", []),
        # a pattern without slots detects the event with no actor named (a protest's are
        # protesters: of its place's country when the place is known)
        ("Protests erupted in Damascus.", [("CVL", "141", "")]),
        ("اندلعت احتجاجات في دمشق", [("CVL", "141", "")]),
    ],
)
def test_actor_kinds_and_actorless_detection(mini, text, expected):
    assert keys(mini, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb exploded in Damascus.", [("", "183", "")]),
        ("انفجرت سيارة مفخخة في دمشق", [("", "183", "")]),
        # beside an event with actors, the actorless detection is dropped
        (
            "Turkish troops attacked the SDF after a car bomb exploded.",
            [("TURMIL", "190", "SYRREB")],
        ),
        ("A car bomb did not explode.", []),  # negation still applies
    ],
)
def test_detecting_rules(mini, text, expected):
    assert keys(mini, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # among events without actors, a general violent code (190: the dead) or a code's parent
        # (183) says less than the specific event beside it (1832: the car bomb)
        (
            "وأكد مصدر في المستشفى مقتل شخصين وإصابة أربعة حين انفجرت سيارة مفخخة قرب الجسر",
            [("", "1832", "")],
        ),
        (
            "Seven people died in a car bomb blast in the city centre, medics said.",
            [("", "1832", "")],
        ),
        # one violent event without actors stands
        ("قال مسعفون إن ثلاثة أشخاص قتلوا في اشتباكات ليلية", [("", "190", "")]),
    ],
)
def test_the_most_specific_actorless_violent_event(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a code's parent says less than its child of the same source and target (183, 1831)
        ("Five Iraqi soldiers were killed in a suicide car bomb attack claimed by ISIS.",
         [("IMGMUSISI", "1831", "IRQMIL")]),
        # an Arabic event noun with the instrumental ب after a specific event noun is its means
        ("قتل خمسة جنود عراقيين في هجوم انتحاري بسيارة مفخخة تبناه تنظيم داعش",
         [("IMGMUSISI", "1831", "IRQMIL")]),
        # ... after a general one (هجوم: 190) it is the specific event, after a verb the event
        ("قتل خمسة جنود عراقيين في هجوم بسيارة مفخخة", [("", "1832", "IRQMIL")]),
        ("وقال الضابط إن جنديين قتلا بانفجار عبوة ناسفة قرب الحدود", [("", "1834", "")]),
        # ... of the attempt too (185: the attempt is the event, the bombing its means)
        ("تعرض وزير الداخلية العراقي لمحاولة اغتيال بتفجير انتحاري", [("", "185", "IRQGOV")]),
    ],
)  # fmt: skip
def test_one_event_with_its_means(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a further casualty count between the victims and the attack is passed over
        ("Two Israeli soldiers were killed and a third was wounded in a stabbing attack.",
         [("", "180", "ISRMIL")]),
        ("Five Iraqi soldiers were killed and 12 injured in a car bomb attack.",
         [("", "1832", "IRQMIL")]),
        ("قتل جنديان إسرائيليان وأصيب ثالث في عملية طعن قرب رام الله",
         [("", "180", "ISRMIL")]),
        ("لقي ستة جنود عراقيين حتفهم وأصيب عشرة آخرون بجروح في هجوم انتحاري",
         [("UAF", "1831", "IRQMIL")]),
        # ... but not one that names its own victims: they are the attack's too
        ("قتل جنديان إسرائيليان وأصيب ثلاثة مستوطنين في عملية طعن",
         [("", "180", "SET")]),
    ],
)  # fmt: skip
def test_a_further_casualty_count_is_passed_over(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known event's noun after a reference word names an earlier event: no new event ...
        ("Security was tightened in Kabul after the bombing of the Indian embassy.", []),
        ("وشددت الإجراءات الأمنية في كابول بعد تفجير السفارة الهندية", []),
        # ... and one to be launched is none yet
        ("وتحركت القوات التركية لشن هجوم على مواقع قسد", []),
        # ... but an indefinite one is a new event, and so is a verb after a reference word
        ("Two Iraqi soldiers were killed after a roadside bombing in Kirkuk.", [("", "1833", "")]),
        ("قتل جنديان عراقيان بعد هجوم انتحاري على دوريتهما", [("UAF", "1831", "")]),
        ("Turkish police closed the square after protesters attacked a police station.",
         [("CVL", "145", "COP")]),
        ("وأغلقت الشرطة التركية الساحة بعد أن هاجم متظاهرون مركزا للشرطة",
         [("CVL", "145", "COP")]),
    ],
)  # fmt: skip
def test_an_event_noun_after_a_reference_word(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "tails"),
    [
        ("Two died and a third was wounded in an attack.", "en", ["and a third was wounded"]),
        ("قتل جنديان وأصيب ثالث في هجوم", "ar", ["وأصيب ثالث"]),
        ("قتل جنديان وأصيب 45 آخرون بجروح في هجوم", "ar", ["وأصيب 45 آخرون بجروح"]),
        ("Five soldiers were wounded in an attack.", "en", []),  # no conjunction: the first count
        ("أصيب خمسة جنود في هجوم", "ar", []),
    ],
)  # fmt: skip
def test_casualty_tails(shipped, text, lang, tails):
    tokens = tokenize(text)
    spans = casualty_tails(tokens, [], shipped.languages[lang])
    assert [" ".join(t.text for t in tokens[a:b]) for a, b in spans] == tails


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops attacked the SDF in the football match.",
        "هاجمت القوات التركية مواقع قسد في المباراة",
        "Turkish troops attacked the SDF, killing two in a traffic accident.",
        "قتل اثنان من القوات التركية في حادث سير",
        # an illness whose name holds "attack" (Arabic names it نوبة قلبية, with no such word)
        "The Turkish troops' commander suffered a heart attack after attacking the SDF.",
    ],
)
def test_sport_and_accident_sentences_are_discarded(mini, text):
    assert keys(mini, text) == []


@pytest.mark.parametrize(
    ("text", "lang", "free"),
    [
        ("attacked 12 positions", "en", {"12"}),
        ("attacked about dozens of fighters", "en", {"about", "dozens"}),
        ("هاجمت نحو عشرين موقعا", "ar", {"نحو", "عشرين"}),
        ("قتل ١٢ مسلحا", "ar", {"12"}),
    ],
)
def test_counts_between_a_verb_and_its_actor_cost_no_gap(mini, text, lang, free):
    tokens = tokenize(text)
    frame = Frame.build(tokens, [], mini.languages[lang])
    assert {t.norm for i, t in enumerate(tokens) if frame.costs(i) == 0} == free


@pytest.mark.parametrize(
    ("more", "less"),
    [
        ("{source} * with {target}", "{source} * {target}"),  # literal words first
        ("{source} * {target}", "{source} *"),  # then required slots
        ("{source=CVL} * {target}", "{source} * {target}"),  # then kinds of actor
    ],
)
def test_more_specific_patterns_are_tried_first(more, less):
    assert specificity(parse_pattern(more)) > specificity(parse_pattern(less))


def test_a_crowd_attacking_is_a_violent_protest_not_military_force(shipped):
    assert keys(shipped, "Iraqi protesters attacked Iraqi police in Basra.") == [
        ("IRQCVL", "145", "IRQCOP")
    ]
    assert keys(shipped, "هاجم متظاهرون عراقيون الشرطة العراقية في البصرة") == [
        ("IRQCVL", "145", "IRQCOP")
    ]
    assert keys(shipped, "Iraqi troops attacked Iraqi police in Basra.") == [
        ("IRQMIL", "190", "IRQCOP")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish officials visited Damascus.",
            [("TURGOV", "042", "SYRGOV"), ("SYRGOV", "043", "TURGOV")],
        ),
        (
            "زار مسؤولين سوريين أنقرة",
            [("SYRGOV", "042", "TURGOV"), ("TURGOV", "043", "SYRGOV")],
        ),
        # no target, no paired event; a negated event has neither
        ("Turkish officials visited.", [("TURGOV", "042", "")]),
        ("زار مسؤولين سوريين", [("SYRGOV", "042", "")]),
        ("Turkish officials did not visit Damascus.", []),
        ("لم يزر مسؤولين سوريين أنقرة", []),
    ],
)
def test_a_rule_with_a_reverse_code_codes_the_paired_event(mini, text, expected):
    assert keys(mini, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb after "and" has the subject of the verb before it, not the nearest actor
        (
            "Turkish troops attacked ISIS in Damascus on Monday and arrested the SDF.",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        (
            "هاجمت القوات التركية داعش في دمشق واعتقلت قسد",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        (
            "Turkish troops attacked ISIS and arrested the SDF.",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        (
            "هاجمت القوات التركية داعش واعتقلت قسد",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        # so does a verb after "or" / "أو", a conjunction of verbs only
        (
            "Turkish troops attacked ISIS or arrested the SDF.",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        (
            "هاجمت القوات التركية داعش أو اعتقلت قسد",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        # ... however far the first verb's subject stands from the second verb
        (
            "Turkish troops attacked ISIS near the Iraqi border on Monday and arrested the SDF.",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        (
            "هاجمت القوات التركية داعش قرب الحدود العراقية يوم الاثنين واعتقلت قسد",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        # ... as after ف (then)
        (
            "هاجمت القوات التركية داعش قرب الحدود العراقية يوم الاثنين فاعتقلت قسد",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        (
            "Turkish troops attacked ISIS near the Iraqi border and then arrested the SDF.",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        # a compound subject is shared whole
        (
            "Turkey and Russia attacked ISIS and arrested the SDF.",
            [
                ("RUS", "173", "SYRREB"),
                ("RUS", "190", "IMGMUSISI"),
                ("TUR", "173", "SYRREB"),
                ("TUR", "190", "IMGMUSISI"),
            ],
        ),
    ],
)
def test_coordinated_verbs_share_their_subject(mini, text, expected):
    assert keys(mini, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two verbs joined by a conjunction share the subject before and the object after
        (
            "Turkish troops attacked and arrested the SDF.",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "SYRREB")],
        ),
        (
            "هاجمت ثم اعتقلت القوات التركية قسد",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "SYRREB")],
        ),
        # not a verb whose object comes before the conjunction
        (
            "Turkish troops attacked ISIS and arrested the SDF.",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
    ],
)
def test_conjoined_verbs_share_subject_and_object(mini, text, expected):
    assert keys(mini, text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops attacked the SDF and attacked the SDF again.",
        "هاجمت القوات التركية قسد ثم هاجمت قسد",
    ],
)
def test_a_sentence_codes_one_event_per_source_code_and_target(mini, text):
    assert keys(mini, text) == [("TURMIL", "190", "SYRREB")]


@pytest.mark.parametrize(
    ("text", "by_clause", "by_sentence"),
    [
        # TABARI's CODE BY: one verb per clause (a relative pronoun ends none) ...
        (
            "Turkish troops who attacked ISIS arrested the SDF.",
            [("TURMIL", "190", "IMGMUSISI")],
            [("TURMIL", "190", "IMGMUSISI")],
        ),
        # ... a conjunction opens another clause; one verb per sentence ignores it
        (
            "Turkish troops attacked ISIS and arrested the SDF.",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
            [("TURMIL", "190", "IMGMUSISI")],
        ),
        (
            "هاجمت القوات التركية داعش ثم اعتقلت قسد",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
            [("TURMIL", "190", "IMGMUSISI")],
        ),
    ],
)
def test_code_by_clause_or_sentence_codes_the_first_verb_only(
    tmp_path, text, by_clause, by_sentence
):
    def book(code_by: str):
        return mini_with_language(tmp_path / code_by, code_by=code_by)

    assert len(keys(book("all"), text)) == 2
    assert keys(book("clause"), text) == sorted(by_clause)
    assert keys(book("sentence"), text) == sorted(by_sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbal noun whose nearest actor is an earlier verb's object is not that actor's
        (
            "Turkish officials met the SDF during a brief private visit to Damascus.",
            [("TURGOV", "040", "SYRREB")],
        ),
        # ...but codes with a subject of its own (English only: Arabic puts the object after)
        (
            "Turkish officials met the SDF.\nThe SDF began a brief private visit.",
            [("SYRREB", "042", ""), ("TURGOV", "040", "SYRREB")],
        ),
    ],
)
def test_a_verbal_noun_takes_no_source_from_an_earlier_object(mini, text, expected):
    assert keys(mini, text) == sorted(expected)


def test_a_verb_form_in_a_nouns_place_codes_by_a_pattern_naming_a_word_before_it(tmp_path):
    book = mini_with(
        tmp_path,
        "rules.yaml",
        'rules:\n  - id: t.postpone\n    code: "191"\n    verbs: {en: [meet]}\n'
        '    patterns: {en: ["{pair} have postponed their *", "{target} &be ... *"]}\n',
    )
    coded = [("RUS", "191", "TUR"), ("TUR", "191", "RUS")]
    assert keys(book, "Turkey and Russia have postponed their meeting.") == coded
    # not by a bare pattern, nor by a passive auxiliary: "the meeting" stays a noun
    assert keys(book, "Turkey and Russia were the meeting.") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkish officials met Turkish officials.", "en"),
        ("التقى مسؤولين سوريين مسؤولين سوريين", "ar"),
    ],
)
def test_self_events_can_be_turned_off(tmp_path, text, lang):
    def book(self_events: bool):
        return mini_with_language(tmp_path / str(self_events), self_events=self_events)

    coded = keys(book(True), text, lang)
    assert coded and all(source == target for source, _code, target in coded)
    assert keys(book(False), text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # up to two lower-case modifiers between "and" and a conjunct (English: Arabic puts
        # adjectives after the noun, inside the actor)
        (
            "Turkey and the newly formed SDF attacked ISIS.",
            [("SYRREB", "190", "IMGMUSISI"), ("TUR", "190", "IMGMUSISI")],
        ),
        (
            "Turkey attacked ISIS and the newly formed SDF.",
            [("TUR", "190", "IMGMUSISI"), ("TUR", "190", "SYRREB")],
        ),
        ("Turkey and the very newly formed SDF attacked ISIS.", [("SYRREB", "190", "IMGMUSISI")]),
        # the serial comma: "X, Y, and Z" on either side of the verb
        (
            "Turkey, Russia, and the SDF attacked ISIS.",
            [
                ("RUS", "190", "IMGMUSISI"),
                ("SYRREB", "190", "IMGMUSISI"),
                ("TUR", "190", "IMGMUSISI"),
            ],
        ),
        (
            "ISIS attacked Turkey, Russia, and the SDF.",
            [
                ("IMGMUSISI", "190", "RUS"),
                ("IMGMUSISI", "190", "SYRREB"),
                ("IMGMUSISI", "190", "TUR"),
            ],
        ),
        (
            "هاجمت تركيا، وروسيا، وقسد داعش",
            [
                ("RUS", "190", "IMGMUSISI"),
                ("SYRREB", "190", "IMGMUSISI"),
                ("TUR", "190", "IMGMUSISI"),
            ],
        ),
        (
            "هاجمت تركيا وقسد المشكلة حديثا داعش",
            [("SYRREB", "190", "IMGMUSISI"), ("TUR", "190", "IMGMUSISI")],
        ),
        # a bare comma after a conjunction ends the list ("and the SDF" / "وقسد" go on)
        (
            "ISIS attacked Turkey and Russia, the SDF said.",
            [("IMGMUSISI", "190", "RUS"), ("IMGMUSISI", "190", "TUR")],
        ),
        (
            "هاجم داعش تركيا وروسيا، قسد",
            [("IMGMUSISI", "190", "RUS"), ("IMGMUSISI", "190", "TUR")],
        ),
        (
            "ISIS attacked Turkey and Russia, and the SDF.",
            [
                ("IMGMUSISI", "190", "RUS"),
                ("IMGMUSISI", "190", "SYRREB"),
                ("IMGMUSISI", "190", "TUR"),
            ],
        ),
        (
            "هاجم داعش تركيا وروسيا، وقسد",
            [
                ("IMGMUSISI", "190", "RUS"),
                ("IMGMUSISI", "190", "SYRREB"),
                ("IMGMUSISI", "190", "TUR"),
            ],
        ),
    ],
)
def test_compounds_through_modifiers(mini, text, expected):
    assert keys(mini, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Turkish troops guarded the SDF.", [("TURMIL", "0874", "SYRREB")]),
        ("حرست القوات التركية قسد", [("TURMIL", "0874", "SYRREB")]),
        ("Turkish troops guarded the SDF in peace.", []),
        ("حرست القوات التركية السلام في مناطق قسد", []),
    ],
)
def test_a_matching_exception_codes_nothing(mini, tmp_path, text, coded):
    assert keys(mini, text) == coded
    plain = mini_with(  # the same rule without its exceptions
        tmp_path,
        "rules.yaml",
        'rules:\n  - id: t.guard\n    code: "0874"\n'
        "    verbs: {en: [guard], ar: [حرس/يحرس]}\n"
        '    patterns: {en: ["{source} * {target}"], ar: ["* {source} {target}"]}\n',
    )
    assert keys(plain, text) == [("TURMIL", "0874", "SYRREB")]


@pytest.mark.parametrize(
    ("text", "lang", "stopping"),
    [
        # a verb form after a determiner (numbers included), or after a determiner and one
        # lower-case word, is a noun: it does not stop the slot searches of other triggers
        ("Turkish troops attacked the official visits of ISIS.", "en", ["attacked"]),
        ("Turkish troops attacked two visits of ISIS.", "en", ["attacked"]),
        ("Turkish troops attacked the brief official visits of ISIS.", "en", ["attacked"]),
        # an auxiliary is no modifier: "the SDF's convoy was attacked" is a verb
        ("The SDF's convoy was attacked by ISIS.", "en", ["attacked"]),
        ("Turkish troops attacked ISIS and visited Damascus.", "en", ["attacked", "visited"]),
        ("هاجمت القوات التركية في تجمع لداعش", "ar", ["هاجمت"]),
        ("هاجمت القوات التركية داعش وزارت دمشق", "ar", ["هاجمت", "وزارت"]),
    ],
)
def test_nouns_made_of_verb_forms_do_not_stop_slot_searches(mini, text, lang, stopping):
    from khaldun.framing import frame_of
    from khaldun.match import match_sentence
    from khaldun.normalize import tokenize

    tokens = tokenize(text)
    frame = frame_of(match_sentence(tokens, mini, lang), mini.languages[lang])
    assert [tokens[i].text for i in sorted(frame.event_words)] == stopping


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The attack was condemned and Turkish troops attacked ISIS.", "en"),
        ("هاجمت القوات التركية في تجمع لداعش", "ar"),
    ],
)
def test_a_trigger_form_is_read_as_a_noun_once_as_each_of_its_triggers_reads(mini, text, lang):
    from khaldun.framing import noun_like_forms
    from khaldun.match import match_sentence
    from khaldun.voice import noun_like

    matches = match_sentence(tokenize(text), mini, lang)
    language = mini.languages[lang]
    forms = noun_like_forms(matches, language)
    each = {(t.start, t.end, t.hit.verb): noun_like(matches, language, t) for t in matches.triggers}
    assert forms == each
    assert list(forms) == list(each)  # in text order, as the frame's verb ranges were
    assert sorted(set(forms.values())) == [False, True]  # a noun-like form and a verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a passive auxiliary the subject is the target: an active pattern never reads
        # it as the source (t.visit has no passive pattern: nothing rather than the reverse)
        ("Turkish officials were visited by Russian officials.", []),
        (
            "Turkish officials were visiting Damascus.",
            [("SYRGOV", "043", "TURGOV"), ("TURGOV", "042", "SYRGOV")],
        ),
        ("The SDF was attacked by Turkish troops.", [("TURMIL", "190", "SYRREB")]),
        # Arabic marks the passive in the verb itself; the setting is empty there
        ("تم اعتقال عناصر من داعش", [("", "173", "IMGMUSISI")]),
        (
            "زار مسؤولين سوريين أنقرة",
            [("SYRGOV", "042", "TURGOV"), ("TURGOV", "043", "SYRGOV")],
        ),
    ],
)
def test_no_active_reading_after_a_passive_auxiliary(mini, text, expected):
    assert keys(mini, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group actor with further codes acts once per code, on either side
        (
            "The Northern Alliance attacked ISIS.",
            [("RUS", "190", "IMGMUSISI"), ("SYR", "190", "IMGMUSISI"), ("TUR", "190", "IMGMUSISI")],
        ),
        (
            "هاجم التحالف الشمالي داعش",
            [("RUS", "190", "IMGMUSISI"), ("SYR", "190", "IMGMUSISI"), ("TUR", "190", "IMGMUSISI")],
        ),
        (
            "ISIS attacked the Northern Alliance.",
            [("IMGMUSISI", "190", "RUS"), ("IMGMUSISI", "190", "SYR"), ("IMGMUSISI", "190", "TUR")],
        ),
    ],
)
def test_a_group_actor_acts_once_per_code(tmp_path, text, expected):
    book = mini_with(
        tmp_path,
        "actors.yaml",
        "actors:\n  - id: northern-alliance\n    code: TUR\n    also: [SYR, RUS]\n"
        "    name: Northern Alliance (a test group)\n"
        "    names: {en: [Northern Alliance], ar: [التحالف الشمالي]}\n",
    )
    assert keys(book, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "agreed to" (030, no target) gives way to the specific intent it announces
        ("Jordan pledged to send humanitarian aid to Lebanon.", [("JOR", "0333", "LBN")]),
        ("تعهد الأردن بإرسال مساعدات إنسانية إلى لبنان", [("JOR", "0333", "LBN")]),
        # ... and stands alone when nothing more specific is said
        ("Jordan has agreed to reopen its border crossings.", [("JOR", "030", "")]),
        ("Jordan is ready to contribute soldiers.", [("JOR", "030", "")]),
        ("Jordan did not agree to reopen the crossing.", []),
    ],
)
def test_a_general_code_without_target_gives_way_to_a_specific_event(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish police arrested more than 100 Kurds.", [("TURCOP", "173", "CVL")]),
        ("Turkish police arrested at least 12 protesters.", [("TURCOP", "173", "CVL")]),
        ("اعتقلت الشرطة التركية أكثر من 100 متظاهر", [("TURCOP", "173", "CVL")]),
    ],
)
def test_a_quantity_before_the_object_costs_no_gap(shipped, text, expected):
    """Numbers with their approximators ("more than": "than" is otherwise a stop word) are
    free between a trigger and its actor (numbers come from the codebook's number words)."""
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker announcing its own conflictual action threatens it (13x)
        ("The opposition said it will boycott next month's vote.", [("OPP", "133", "")]),
        ("Turkey said it would impose sanctions on Syria.", [("TUR", "131", "SYR")]),
        # ... a prediction by others, or a negated announcement, is not a threat
        ("Analysts said Israel will attack Iran.", []),
        ("Egypt said it would not expel the diplomats.", []),
        # Arabic announces the future in the verb (ستقاطع): not covered yet, still dropped
        ("وقالت المعارضة إنها ستقاطع الانتخابات", []),
    ],
)
def test_an_announced_conflictual_action_is_a_threat(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("lang", "pattern", "text", "possible"),
    [
        ("en", "{source} * on|against {target}", "Turkey launched attacks on the SDF.", True),
        ("ar", "{source} * على {target}", "شنت تركيا هجمات على قسد.", True),
        ("en", "{source} * on|against {target}", "Turkey launched attacks near Raqqa.", False),
        ("ar", "{source} * على {target}", "شنت تركيا هجمات قرب الرقة.", False),
        ("en", "{source} * {target}", "Turkey attacked.", True),  # no literal: always tried
        ("ar", "{source} * {target}", "هاجمت تركيا.", True),
    ],
)
def test_a_pattern_whose_literal_words_are_absent_is_not_tried(
    shipped_codebook, shipped, lang, pattern, text, possible
):
    compiled = compile_patterns([pattern], shipped_codebook.languages[lang]).patterns[0]
    frame = Frame.build(tokenize(text), [], shipped.languages[lang])
    assert can_match(frame, compiled) is possible
    if not possible:
        assert match_pattern(frame, 0, 1, compiled, None, False) is None


@pytest.mark.parametrize(
    ("lang", "patterns", "text", "tried"),
    [
        ("en", ["{source} * on {target}", "{source} * in {target}"], "Turkey bombed Afrin.", 0),
        ("ar", ["{source} * على {target}", "{source} * في {target}"], "قصفت تركيا عفرين.", 0),
        ("en", ["{source} * on {target}", "{source} * in {target}"], "Turkey bombed in Afrin.", 1),
        ("ar", ["{source} * على {target}", "{source} * في {target}"], "قصفت تركيا في عفرين.", 1),
        ("en", ["{source} * on {target}", "{source} * {target}"], "Turkey bombed Afrin.", 1),
        ("ar", ["{source} * على {target}", "{source} * {target}"], "قصفت تركيا عفرين.", 1),
        # of two literals the narrower one stands for its pattern: "in" alone rules it out
        ("en", ["{source} * against {target} in|near|at"], "Turkey bombed Afrin in May.", 0),
        ("ar", ["{source} * ضد {target} في|قرب|عند"], "قصفت تركيا عفرين في أيار.", 0),
    ],
)
def test_a_table_whose_words_are_all_absent_is_not_tried(
    shipped_codebook, shipped, lang, patterns, text, tried
):
    """A pattern table knows the words of one literal of each pattern, its narrowest (none: a
    pattern without literals may match anywhere); explain still lists each pattern."""
    table = compile_patterns(patterns, shipped_codebook.languages[lang])
    if any(not p.needs for p in table.patterns):
        assert table.words is None
    else:
        assert all(min(p.needs, key=len) <= table.words for p in table.patterns)
        assert all(len(p.needs) == 1 or max(p.needs, key=len) - table.words for p in table.patterns)
    rule = CompiledRule("r", "190", "drop", {lang: table}, {lang: table})
    frame = Frame.build(tokenize(text), [], shipped.languages[lang])
    trigger = Span(1, 2, Hit("trigger", 0, "verb"))
    assert len(patterns_to_try(frame, rule, trigger, lang, False, False)) == tried
    assert len(patterns_to_try(frame, rule, trigger, lang, True, False)) == len(table.patterns)


@pytest.mark.parametrize(
    "text",
    ["Thousands of Iraqis demonstrated in Baghdad.", "تظاهر آلاف العراقيين في بغداد"],
)
def test_a_people_who_demonstrate_are_its_civilians(shipped, text):
    [(source, code, _)] = keys(shipped, text)
    assert (source, code[:2]) == ("IRQCVL", "14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protests broke out in Basra on Friday.", [("IRQCVL", "141", "")]),
        ("اندلعت احتجاجات في البصرة يوم الجمعة", [("IRQCVL", "141", "")]),
        # ... also when it names whom they protest against
        (
            "Protests against the Iraqi government broke out in Basra.",
            [("IRQCVL", "141", "IRQGOV")],
        ),
        ("خرجت مظاهرات محدودة في البصرة ضد الحكومة العراقية", [("IRQCVL", "141", "IRQGOV")]),
        # beside an event with actors, the protest is its backdrop (not a second event)
        ("The Iraqi government banned protests in Basra.", [("IRQGOV", "1721", "")]),
    ],
)
def test_a_protest_that_names_no_one_was_made_by_protesters_of_its_place(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause-initial subject pronoun is the first subject of the sentence before
        (
            "Turkish troops attacked ISIS.\nThey also arrested the SDF.",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        (
            "Turkey attacked ISIS.\nHowever, it has arrested the SDF.",
            [("TUR", "173", "SYRREB"), ("TUR", "190", "IMGMUSISI")],
        ),
        (
            "Turkey attacked ISIS.\nIn a later statement it arrested the SDF.",
            [("TUR", "173", "SYRREB"), ("TUR", "190", "IMGMUSISI")],
        ),
        # ...and carries on along the story
        (
            "Turkey attacked ISIS.\nIt arrested the SDF.\nIt also attacked the SDF.",
            [("TUR", "173", "SYRREB"), ("TUR", "190", "IMGMUSISI"), ("TUR", "190", "SYRREB")],
        ),
        # a named subject beats the pronoun's antecedent: a pronoun opening a reported clause is
        # the speaker (the SDF's arrest, as قالت قسد إنها اعتقلتهم), not the sentence before's
        (
            "Turkey attacked ISIS.\nThe SDF said it arrested them.",
            [("SYRREB", "173", ""), ("TUR", "190", "IMGMUSISI")],
        ),
        # ...but not a passive's: there the pronoun is the target
        ("Turkey attacked ISIS.\nIt was attacked by the SDF.", [("TUR", "190", "IMGMUSISI")]),
        # a sentence that codes nothing still carries the actor it names before its verb
        (
            "Turkey attacked ISIS.\nThe SDF regretted the war.\nIt arrested them.",
            [("TUR", "190", "IMGMUSISI")],
        ),
        (
            "Turkey attacked ISIS.\nThe SDF regretted the war.\nIt attacked ISIS again.",
            [("SYRREB", "190", "IMGMUSISI"), ("TUR", "190", "IMGMUSISI")],
        ),
        # Arabic drops subject pronouns, and an unvocalised verb opening a sentence may be a
        # passive (وقتل: "and killed" or "and was killed"): it borrows no subject
        ("هاجمت تركيا داعش.\nواعتقلت عناصر من قسد", [("TUR", "190", "IMGMUSISI")]),
        # inside a sentence, a pronoun right after a conjunction is the verb before's subject
        (
            "Turkish troops attacked ISIS and then they arrested the SDF.",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        (
            "هاجمت القوات التركية داعش ثم هم اعتقلوا قسد",
            [("TURMIL", "173", "SYRREB"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        ("They arrested the SDF.", []),
    ],
)
def test_a_pronoun_subject_stands_for_the_previous_sentence_subject(mini, text, expected):
    assert keys(mini, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the subject is not named: the default source; the object is not: the default target
        ("The ministry arrested ISIS fighters.", "en", [("DEFSRC", "173", "IMGMUSISI")]),
        ("اعتقلت الوزارة عناصر داعش", "ar", [("DEFSRC", "173", "IMGMUSISI")]),
        ("Turkey arrested the journalists.", "en", [("TUR", "173", "DEFTAR")]),
        ("تركيا اعتقلت الصحفيين", "ar", [("TUR", "173", "DEFTAR")]),
        # a compound keeps its members; actors from the text always win
        (
            "Turkey and Russia arrested the journalists.",
            "en",
            [("RUS", "173", "DEFTAR"), ("TUR", "173", "DEFTAR")],
        ),
        (
            "تركيا وروسيا اعتقلتا الصحفيين",
            "ar",
            [("RUS", "173", "DEFTAR"), ("TUR", "173", "DEFTAR")],
        ),
        ("Turkey arrested ISIS fighters.", "en", [("TUR", "173", "IMGMUSISI")]),
        ("اعتقلت تركيا عناصر داعش", "ar", [("TUR", "173", "IMGMUSISI")]),
        # a sentence that names nobody codes nothing, defaults or not
        ("The ministry arrested the journalists.", "en", []),
        ("اعتقلت الوزارة الصحفيين", "ar", []),
    ],
)
def test_default_actors_fill_a_slot_the_sentence_leaves_empty(tmp_path, text, lang, expected):
    book = mini_with_language(tmp_path, default_actors={"source": "DEFSRC", "target": "DEFTAR"})
    assert keys(book, text, lang) == sorted(expected)
    assert keys(mini_with_language(tmp_path / "off"), text, lang) == [
        key for key in sorted(expected) if "DEFSRC" not in key and "DEFTAR" not in key
    ]


def test_a_reporting_verb_takes_no_default_target(tmp_path):
    book = mini_with_language(tmp_path, default_actors={"target": "DEFTAR"})
    assert keys(book, "Turkey said on Monday that the talks failed.") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an actor introduced by a preposition is not the subject when another actor stands
        # before it in the clause
        ("The ambassador of Turkey to Russia attacked ISIS.", "en", [("TUR", "190", "IMGMUSISI")]),
        ("سفير تركيا لدى روسيا هاجم داعش", "ar", [("TUR", "190", "IMGMUSISI")]),
        # ... nor the last member of a list it introduces
        (
            "Turkey amid a row between Russia and the SDF attacked ISIS.",
            "en",
            [("TUR", "190", "IMGMUSISI")],
        ),
        ("تركيا وسط خلاف بين روسيا وقسد هاجمت داعش", "ar", [("TUR", "190", "IMGMUSISI")]),
        # with no actor before it, it still is the nearest subject
        ("The head of the SDF attacked ISIS.", "en", [("SYRREB", "190", "IMGMUSISI")]),
        (
            "Turkey and Russia attacked ISIS.",
            "en",
            [("RUS", "190", "IMGMUSISI"), ("TUR", "190", "IMGMUSISI")],
        ),
    ],
)
def test_an_actor_after_a_preposition_gives_way_to_the_subject_before_it(
    mini, text, lang, expected
):
    assert keys(mini, text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a country in a region of it, or a town north of which, is where: no target
        ("Israeli artillery shelled areas in southern Lebanon.", "en", [("ISRMIL", "194", "")]),
        ("قصفت المدفعية الإسرائيلية مناطق في جنوب لبنان", "ar", [("ISRMIL", "194", "")]),
        ("A roadside bomb hit a patrol north of Baghdad.", "en", [("", "1833", "")]),
        ("أصابت عبوة ناسفة دورية شمال بغداد", "ar", [("", "1833", "")]),
        # ... while the country itself is a target
        ("Turkish troops shelled northern Syria.", "en", [("TURMIL", "194", "SYR")]),
        # ... and a community there is its civilians
        ("Ethnic Albanians in southern Serbia demanded autonomy.", "en", [("SRBCVL", "100", "")]),
        ("The Albanians of southern Serbia demanded autonomy.", "en", [("SRBCVL", "100", "")]),
        # the victims of a bomb "when" it exploded
        (
            "Five Iraqi soldiers were killed when a roadside bomb hit their patrol.",
            "en",
            [("", "1833", "IRQMIL")],
        ),
        ("قتل خمسة جنود عراقيين في انفجار عبوة ناسفة على الطريق", "ar", [("", "1834", "IRQMIL")]),
    ],
)
def test_where_an_event_happened_is_no_actor_of_it(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the victims before "when" are the target of the attack after it, whose subject is
        # its own (not the victims: a clause of time opens)
        (
            "Three soldiers were killed when gunmen attacked their checkpoint.",
            "en",
            [("UAF", "190", "MIL")],
        ),
        ("قتل ثلاثة جنود حين هاجم مسلحون حاجزا للجيش", "ar", [("UAF", "190", "MIL")]),
        ("قتل ثلاثة جنود عندما هاجم مسلحون حاجزهم", "ar", [("UAF", "190", "")]),
        (
            "At least 12 people were killed when a suicide bomber blew himself up in a market in"
            " Kabul.",
            "en",
            [("UAF", "1831", "AFGCVL")],
        ),
    ],
)
def test_the_victims_before_when(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the actor after against / ضد is what is opposed, never the subject or the mediator
        ("وتواصل المظاهرات الاحتجاجية ضد وجود القوات التركية في دهوك", "ar", []),
        (
            "The US president praised Qatar's efforts in the mediation between Hamas and Israel.",
            "en",
            [("USAGOV", "051", "QAT")],
        ),
        (
            "أشاد الرئيس الأمريكي بجهود قطر في الوساطة بين حماس وإسرائيل",
            "ar",
            [("USAGOV", "051", "QAT")],
        ),
        # ... nor is the escort of the subject (بحماية، under the protection of) its object
        (
            "اقتحم مستوطنون باحات المسجد الأقصى بحماية الشرطة الإسرائيلية",
            "ar",
            [("SET", "190", "")],
        ),
        (
            "Settlers stormed the Al-Aqsa compound under the protection of Israeli police.",
            "en",
            [("SET", "190", "")],
        ),
    ],
)
def test_the_actor_after_against_or_between_is_no_subject(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # تقل (carrying) is no form of قال (said): the car's passengers are the target
        (
            "استهدفت طائرة مسيرة سيارة تقل قياديين في حزب الله جنوب لبنان",
            "ar",
            [("", "1952", "LBNREB")],
        ),
        (
            "A drone strike targeted a car carrying Hezbollah commanders in southern Lebanon.",
            "en",
            [("", "1952", "LBNREB")],
        ),
    ],
)
def test_a_drone_strike_on_a_car_carrying_commanders(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the occupier named with its adjective is that country's forces; alone it is a state
        (
            "استشهد شابان برصاص الاحتلال الإسرائيلي في مخيم جنين",
            "ar",
            [("ISRMIL", "193", "PSECVL")],
        ),
        (
            "Two young men were shot dead by Israeli occupation forces in the Jenin camp.",
            "en",
            [("ISRMIL", "193", "PSECVL")],
        ),
        ("قصف الاحتلال التركي قرى في ريف تل تمر", "ar", [("TURMIL", "194", "")]),
        ("وتحدث المتظاهرون عن سنوات الاحتلال", "ar", []),
    ],
)
def test_the_occupier_named_with_its_country(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a protest someone is charged with or arrested for took place before: not reported
        ("اعتقلت الشرطة التركية ناشطا بسبب مشاركته في المظاهرات", "ar", [("TURCOP", "173", "CVL")]),
        (
            "Turkish police arrested an activist for taking part in the protests.",
            "en",
            [("TURCOP", "173", "CVL")],
        ),
    ],
)
def test_a_protest_taken_part_in_is_background(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a known event as the time of another (during the demonstration, خلال المظاهرة)
        ("اعتقلت الشرطة عشرة متظاهرين خلال المظاهرة", "ar", [("COP", "173", "CVL")]),
        ("Police arrested ten protesters during the demonstration.", "en", [("COP", "173", "CVL")]),
        # ... while clashes with no article are new
        (
            "Three soldiers were killed during clashes with militants.",
            "en",
            [("REB", "190", "MIL")],
        ),
    ],
)
def test_an_event_as_the_time_of_another_is_known(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the victims of a result participle are the target of the violent event before it
        (
            "Turkish troops shelled a village near Hasakah, killing three SDF fighters.",
            "en",
            [("TURMIL", "194", "SYRREB")],
        ),
        (
            "قصفت القوات التركية قرية قرب الحسكة ما أسفر عن مقتل ثلاثة مقاتلين من قسد",
            "ar",
            [("TURMIL", "194", "SYRREB")],
        ),
        # ... and the participle is no event of its own (not: police killed policemen)
        (
            "Gunmen attacked a police station, killing three policemen.",
            "en",
            [("UAF", "190", "COP")],
        ),
        (
            "شن الطيران الروسي غارات على بلدات في ريف إدلب ما أسفر عن مقتل أربعة مدنيين",
            "ar",
            [("RUSMIL", "195", "SYRCVL")],
        ),
        (
            "Russian warplanes bombed towns in Idlib, killing four civilians.",
            "en",
            [("RUSMIL", "195", "SYRCVL")],
        ),
    ],
)
def test_a_result_participle_names_the_victims_of_the_event_before_it(
    shipped, text, lang, expected
):
    assert keys(shipped, text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("لوح أردوغان بعملية عسكرية ضد قسد", "ar"),
        ("لوح أردوغان بعملية عسكرية جديدة ضد قسد", "ar"),
        ("Erdogan threatened a new military operation against the SDF.", "en"),
    ],
)
def test_the_action_a_threat_names_is_no_event_of_its_own(shipped, text, lang):
    assert keys(shipped, text, lang) == [("TURGOV", "138", "SYRREB")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "اندلعت مواجهات بين الشرطة والمتظاهرين في وسط العاصمة",
            "ar",
            [("COP", "175", "CVL"), ("CVL", "145", "COP")],
        ),
        (
            "Clashes erupted between police and protesters in the capital.",
            "en",
            [("COP", "175", "CVL"), ("CVL", "145", "COP")],
        ),
        # an adjective after the event noun leaves it its pattern (مواجهات عنيفة بين)
        (
            "اندلعت مواجهات عنيفة بين الجيش والطلاب قرب الجامعة",
            "ar",
            [("EDU", "145", "MIL"), ("MIL", "175", "EDU")],
        ),
        # two armed parties fight (190)
        (
            "اندلعت اشتباكات عنيفة بين الجيش وداعش",
            "ar",
            [("IMGMUSISI", "190", "MIL"), ("MIL", "190", "IMGMUSISI")],
        ),
        (
            "Fierce clashes broke out between the army and ISIS.",
            "en",
            [("IMGMUSISI", "190", "MIL"), ("MIL", "190", "IMGMUSISI")],
        ),
    ],
)
def test_a_clash_between_a_crowd_and_forces_is_a_riot_and_its_repression(
    shipped, text, lang, expected
):
    assert keys(shipped, text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # what belongs to an actor acts for it: the subject and the object
        ("قصفت مدفعية تابعة للجيش التركي مواقع قسد", "ar", [("TURMIL", "194", "SYRREB")]),
        (
            "Artillery belonging to the Turkish army shelled SDF positions.",
            "en",
            [("TURMIL", "194", "SYRREB")],
        ),
        ("هاجم مسلحون تابعون لداعش حاجزا للجيش السوري", "ar", [("IMGMUSISI", "190", "SYRMIL")]),
        (
            "Militants affiliated with ISIS attacked a Syrian army checkpoint.",
            "en",
            [("IMGMUSISI", "190", "SYRMIL")],
        ),
        ("قصف الجيش التركي مواقع تابعة لقسد", "ar", [("TURMIL", "194", "SYRREB")]),
        # loyal to, linked to, belonging to: the language's affiliations, with their links
        ("قصف مقاتلون موالون للجيش السوري بلدة في إدلب", "ar", [("SYRMIL", "194", "")]),
        (
            "Fighters loyal to the Syrian army shelled a town in Idlib.",
            "en",
            [("SYRMIL", "194", "")],
        ),
        ("خطف مسلحون ينتمون إلى حركة الشباب صحفيين", "ar", [("SOMREB", "181", "MED")]),
        ("Gunmen belonging to al-Shabaab kidnapped journalists.", "en", [("SOMREB", "181", "MED")]),
        ("هاجم مسلحون مرتبطون بداعش حاجزا للجيش السوري", "ar", [("IMGMUSISI", "190", "SYRMIL")]),
        # ... suspected or believed to belong to it: a phrase of two words before the link
        ("اختطف مسلحون يشتبه بانتمائهم لتنظيم داعش 20 مدنيا", "ar", [("IMGMUSISI", "181", "CVL")]),
        ("خطف مسلحون يعتقد بانتمائهم لحركة الشباب صحفيين", "ar", [("SOMREB", "181", "MED")]),
        (
            "Gunmen believed to belong to Islamic State abducted 20 civilians.",
            "en",
            [("IMGMUSISI", "181", "CVL")],
        ),
        (
            "Militants linked to ISIS attacked a Syrian army checkpoint.",
            "en",
            [("IMGMUSISI", "190", "SYRMIL")],
        ),
    ],
)
def test_what_belongs_to_an_actor_acts_for_it(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an English verb form capitalised inside a sentence is a name, not a verb
        ("Turkey joined the Attack Coalition against ISIS.", "en", []),
        ("Turkey attacked ISIS.", "en", [("TUR", "190", "IMGMUSISI")]),
        # ... but not in a title-case headline, nor after a quote or colon
        ("Turkey Attacked ISIS Positions Near Hasakah", "en", [("TUR", "190", "IMGMUSISI")]),
        ('Turkey said: "Attack ISIS."', "en", [("TUR", "190", "IMGMUSISI")]),
        # Arabic has no capitals
        ("هاجمت تركيا داعش", "ar", [("TUR", "190", "IMGMUSISI")]),
    ],
)
def test_a_capitalised_verb_inside_a_sentence_is_a_name(mini, text, lang, expected):
    assert keys(mini, text, lang) == expected


SKIP = """
rules:
  - id: t.warn-of
    code: "130"
    verbs: {en: [warn], ar: [حذر/يحذر]}
    patterns:
      en: ["{source} * at {skip} ... of {target}"]
      ar: ["* {source} في {skip} ... من {target}"]
"""


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an actor right where {skip} stands is passed over: the target is the one after it
        ("Turkey warned at Damascus of ISIS.", "en", [("TUR", "130", "IMGMUSISI")]),
        ("حذرت تركيا في دمشق من داعش", "ar", [("TUR", "130", "IMGMUSISI")]),
        # nothing there: nothing passed over
        ("Turkey warned at a meeting of ISIS.", "en", [("TUR", "130", "IMGMUSISI")]),
        ("حذرت تركيا في اجتماع من داعش", "ar", [("TUR", "130", "IMGMUSISI")]),
    ],
)
def test_a_skip_slot_passes_over_an_actor(tmp_path, text, lang, expected):
    assert keys(mini_with(tmp_path, "skip.yaml", SKIP), text, lang) == expected


def test_a_skip_slot_may_repeat_and_takes_no_flags():
    assert len(parse_pattern("{source} * at {skip} {skip} ... {target}").right) == 4
    with pytest.raises(PatternError):
        parse_pattern("{source} * at {skip?} {target}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a {target:...} word heads or ends the target's name: whose it is, the name says
        ("Turkey expelled the Dutch ambassador.", [("TUR", "161", "NLDGOV")]),
        ("طردت تركيا السفير الهولندي", [("TUR", "161", "NLDGOV")]),
        ("The Houthis released 14 Saudi prisoners.", [("YEMREB", "0841", "SAUCVL")]),
        ("أسقط الحوثيون طائرة حربية سعودية فوق صعدة", [("YEMREB", "190", "SAUMIL")]),
        # a role alone names no one: the word still matches, with no target
        ("Turkey expelled the ambassador.", [("TUR", "161", "")]),
        ("طردت تركيا السفير", [("TUR", "161", "")]),
        # an ordinary literal is no target (deployed its own troops)
        ("Lebanon deployed Lebanese troops to the border.", [("LBN", "154", "")]),
    ],
)
def test_a_target_word_takes_the_actor_it_heads(shipped, text, expected):
    assert keys(shipped, text) == expected


def test_a_target_word_is_a_literal_and_names_the_target_once():
    pattern = parse_pattern("{source} * ... {target:ambassador|envoy}")
    literal = pattern.right[0]
    assert literal.words == ("ambassador", "envoy") and literal.names_target
    with pytest.raises(PatternError):
        parse_pattern("{source} * {target} ... {target:ambassador}")


NARROWER = """
rules:
  - id: t.give
    code: "070"
    verbs: {en: [give], ar: [قدم/يقدم]}
    patterns:
      en: ["{source} * ... dollars|euros ... to {target}"]
      ar: ["* {source} ... دولار|يورو ... إلى {target}"]
  - id: t.give-money
    code: "071"
    verbs: {en: [give], ar: [قدم/يقدم]}
    patterns:
      en: ["{source} * ... dollars ... to {target}"]
      ar: ["* {source} ... دولار ... إلى {target}"]
"""


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # of two equally specific patterns, the one whose words are a part of the other's wins
        ("Turkey gave a million dollars to Syria.", "071"),
        ("قدمت تركيا مليون دولار إلى سوريا", "071"),
        # ...and the first written still wins where only the wider one matches
        ("Turkey gave a million euros to Syria.", "070"),
        ("قدمت تركيا مليون يورو إلى سوريا", "070"),
    ],
)
def test_the_narrower_of_two_equal_patterns_wins(tmp_path, text, code):
    from conftest import FIXTURES, SHIPPED
    from khaldun import compile_codebook, load_codebook

    (tmp_path / "rules.yaml").write_text(NARROWER, encoding="utf-8")
    book = compile_codebook(
        load_codebook(
            [
                SHIPPED / "taxonomy",
                SHIPPED / "language",
                FIXTURES / "mini" / "actors.yaml",
                tmp_path,
            ]
        )
    )
    assert keys(book, text) == [("TUR", code, "SYR")]


@pytest.mark.parametrize(
    ("text", "lang", "negated", "expected"),
    [
        # "nor" joins a compound like "and": both are negated ...
        ("Neither Turkey nor Russia attacked the SDF.", "en", True, []),
        ("لم تهاجم تركيا ولا روسيا قسد", "ar", True, []),
        # ... and both are subjects where negation is not coded (PETRARCH-like settings)
        (
            "Neither Turkey nor Russia attacked the SDF.",
            "en",
            False,
            [("RUS", "190", "SYRREB"), ("TUR", "190", "SYRREB")],
        ),
    ],
)
def test_nor_joins_a_compound(tmp_path, text, lang, negated, expected):
    settings = {} if negated else {"negation": {"words": [], "verbs": []}}
    book = mini_with_language(tmp_path, **settings)
    assert keys(book, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an actor after a preposition before "and will <verb>" is an earlier verb's object
        ("The minister was blamed for the war against Chad and will resign.", []),
        # ... and so is one right after an earlier trigger, through a quantity
        (
            "A roadside bomb killed two Turkish soldiers near the border and wounded three more.",
            [("", "1833", "TURMIL")],
        ),
        # ... and a coordinated verb still takes the subject of the verb before it
        (
            "Turkey condemned Syria and recalled its ambassador from Damascus.",
            [("TUR", "111", "SYR"), ("TUR", "161", "SYRGOV")],
        ),
    ],
)
def test_a_coordinated_verb_takes_no_object_as_its_source(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive's subject is the pronoun, not the speaker before it (no target: no event)
        ("Iraqi officials said he was arrested by Turkish police.", []),
        (
            "Iraqi officials said ISIS fighters were arrested by Turkish police.",
            [("TURCOP", "173", "IMGMUSISI")],
        ),
    ],
)
def test_a_pronoun_fills_the_slot_before_a_passive(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition opening with a determiner may hold a trigger word; an auxiliary may
        # stand between it and the verb; an actor's dots (U.S.) do not end it
        (
            "Pakistan, an ally in the war on terrorism, has refused to hold talks with India.",
            [("PAK", "125", "IND")],
        ),
        (
            "Pakistan, a key U.S. ally, has refused to hold talks with India.",
            [("PAK", "125", "IND")],
        ),
        # ... and so may a participle with its agent (backed by, supported by)
        (
            "The Iraqi army, backed by coalition aircraft, attacked ISIS positions in Anbar.",
            [("IRQMIL", "190", "IMGMUSISI")],
        ),
    ],
)
def test_appositions_before_an_auxiliary(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack being prepared or only possible has not happened
        ("Turkey is preparing a major offensive against the SDF.", []),
        ("Officials warned of a possible attack on the embassy.", []),
        ("Turkish troops attacked SDF positions.", [("TURMIL", "190", "SYRREB")]),
    ],
)
def test_prepared_and_possible_attacks_are_not_coded(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb form hyphenated onto a word is an adjective, no trigger of its own
        (
            "Turkey finally launched its long-threatened incursion into Syria.",
            [("TUR", "192", "SYR")],
        ),
        ("Turkey threatened to attack the SDF.", [("TUR", "1384", "SYRREB")]),
    ],
)
def test_a_hyphenated_verb_form_is_an_adjective(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English verb form with a possessive 's is a noun, no trigger of its own
        ("ISIS attack's toll shocked Turkey.", []),
        ("Turkey attacked the SDF.", [("TUR", "190", "SYRREB")]),
        # Arabic has no such clitic: the verb still codes
        ("هاجمت تركيا قسد", [("TUR", "190", "SYRREB")]),
    ],
)
def test_a_verb_form_with_a_possessive_is_a_noun(mini, text, expected):
    assert keys(mini, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare comma after a fronted phrase joins no subjects
        (
            "The Israeli government refused to lift the closure of the camp for a third week.",
            [("ISRGOV", "1246", "")],
        ),
        # ... a list ending in "and" still does
        (
            "Turkey, Russia and Iran attacked ISIS.",
            [("IRN", "190", "IMGMUSISI"), ("RUS", "190", "IMGMUSISI"), ("TUR", "190", "IMGMUSISI")],
        ),
    ],
)
def test_a_bare_comma_before_the_subject_ends_no_list(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cooperative material action in the future tense is its intent (03x)
        ("Turkey will withdraw its troops from the border area.", [("TUR", "035", "")]),
        ("ستنسحب القوات التركية من المنطقة الحدودية", [("TURMIL", "035", "")]),
        ("Turkey withdrew its troops from the border area.", [("TUR", "0874", "")]),
        ("انسحبت القوات التركية من المنطقة الحدودية", [("TURMIL", "0874", "")]),
        # ... also when the future is told on the pattern's own verb before a noun trigger
        (
            "The United Nations will deliver food aid to Chad next month.",
            [("IGOUNO", "0333", "TCD")],
        ),
        ("سترسل تركيا مساعدات إنسانية إلى سوريا", [("TUR", "0333", "SYR")]),
        (
            "The United Nations delivered food aid to Chad last month.",
            [("IGOUNO", "073", "TCD")],
        ),
    ],
)
def test_a_yield_in_the_future_tense_is_an_intent(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbal noun after a light verb and its subject reads as the verb: source and target
        ("وقامت القوات التركية بقصف مواقع قسد", [("TURMIL", "194", "SYRREB")]),
        ("والجيش التركي قام بقصف مواقع قسد", [("TURMIL", "194", "SYRREB")]),
        ("وقامت حركة طالبان بخطف جنود أفغان", [("AFGREB", "181", "AFGMIL")]),
        ("لم تقم القوات التركية بقصف مواقع قسد", []),
        ("وقام الجيش التركي بواجبه", []),
        # a few words of time between the subject and the verbal noun
        ("وقامت حركة طالبان في ديسمبر الماضي بخطف جنود أفغان", [("AFGREB", "181", "AFGMIL")]),
        (
            "وقامت حركة طالبان في ديسمبر (كانون الأول) 2005 بخطف جنود أفغان",
            [("AFGREB", "181", "AFGMIL")],
        ),
        ("وقامت حركة طالبان. وخطف جنود أفغان", [("", "181", "AFGMIL")]),
        # an apposition after the subject is passed over
        (
            "وقام خمسة جنود أمريكيين، من وحدة تابعة للفرقة الثانية، باعتقال ثلاثة صحفيين عراقيين",
            [("USAMIL", "173", "IRQMED")],
        ),
        (
            "Five American soldiers, from a unit of the Second Division, arrested three"
            " Iraqi journalists.",
            [("USAMIL", "173", "IRQMED")],
        ),
        # month names are time words, free (only الأول of كانون الأول costs a word)
        ("وقامت الخلية في تموز (يوليو) الماضي بخطف ثلاثة جنود لبنانيين", [("", "181", "LBNMIL")]),
        (
            "The gang kidnapped three Lebanese soldiers in July (Tammuz) last year.",
            [("CRM", "181", "LBNMIL")],
        ),
        ("Turkish troops shelled SDF positions.", [("TURMIL", "194", "SYRREB")]),
        # so after the verbs of aspect and success, and a verb form after their preposition
        ("واصلت القوات التركية قصف مواقع قسد", [("TURMIL", "194", "SYRREB")]),
        ("تمكن الجيش العراقي من قتل عشرة من مسلحي داعش", [("IRQMIL", "190", "IMGMUSISI")]),
        ("تمكنت الشرطة العراقية من اعتقال خمسة مسلحين", [("IRQCOP", "173", "UAF")]),
        ("Turkish troops continued shelling SDF positions.", [("TURMIL", "194", "SYRREB")]),
    ],
)
def test_a_verbal_noun_after_a_light_verb_reads_as_the_verb(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a verb, an actor with a preposition clitic is an owner or object, not the subject
        ("واستهدف هجوم نقطة تفتيش للجيش العراقي", []),
        ("وهاجمت القوات التركية مواقع لقسد", [("TURMIL", "190", "SYRREB")]),
        # ... nor is an actor right after a possession noun (the SDF's positions)
        ("وهاجمت مواقع قسد قرب منبج", []),
        ("وقصفت طائرات روسية مقرات المعارضة في إدلب", [("RUSMIL", "194", "SYROPP")]),
        # after a verbal noun, ل marks its agent (a Daesh attack)
        ("قتل خمسة جنود عراقيين في هجوم لتنظيم داعش", [("IMGMUSISI", "190", "IRQMIL")]),
        ("Five Iraqi soldiers were killed in an ISIS attack.", [("IMGMUSISI", "190", "IRQMIL")]),
    ],
)
def test_an_actor_with_a_preposition_clitic_is_no_subject_of_a_verb(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim of responsibility gives the sentence's sourceless attacks their source
        (
            "Three Iraqi soldiers were killed in an attack claimed by ISIS near Mosul.",
            [("IMGMUSISI", "190", "IRQMIL")],
        ),
        (
            "قتل جنديان في تفجير انتحاري استهدف حاجزا للجيش ونسب إلى المتمردين",
            [("REB", "1831", "MIL")],
        ),
        (
            "وتبنت حركة طالبان تفجيرا انتحاريا ضرب سوقا في هلمند",
            [("AFGREB", "1831", "")],
        ),
        # ... and so does an attribution: the work of X, the blame laid on X, X was behind it
        (
            "قتل خمسة جنود أتراك في تفجير قالت السلطات إنه من فعل حزب العمال الكردستاني",
            [("TURREB", "183", "TURMIL")],
        ),
        (
            "قتل خمسة جنود أتراك في تفجير ألقت السلطات باللوم فيه على حزب العمال الكردستاني",
            [("TURREB", "183", "TURMIL")],
        ),
        (
            "Five Turkish soldiers were killed in a bombing that officials said was the work of"
            " the PKK.",
            [("TURREB", "183", "TURMIL")],
        ),
        # ... or who stood behind it (خلفه as وراءه), a criminal gang too
        (
            "قتل أربعة تجار في تفجير تقف خلفه عصابة إجرامية",
            [("CRM", "183", "BUS")],
        ),
        # a denied claim names no one
        (
            "ونفى تنظيم داعش مسؤوليته عن الهجوم على الجيش العراقي",
            [("", "190", "IRQMIL"), ("IMGMUSISI", "016", "")],
        ),
    ],
)
def test_the_claimer_of_an_attack_is_its_source(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reference to an event reported before is not a new event
        (
            "وزار وزير الخارجية الفرنسي بيروت للمرة الأولى منذ اغتيال الحريري",
            [("FRAGOV", "042", "LBNGOV")],
        ),
        (
            "The French foreign minister visited Beirut, his first trip since the assassination.",
            [("FRAGOV", "042", "LBNGOV")],
        ),
        ("ودعا لبنان إلى التحقيق في اغتيال الحريري", []),
        ("Lebanon called for an investigation into the assassination of Hariri.", []),
        # ... nor one a court, a threat or a charge is about (cue words whose preposition is
        # the next word's proclitic: المتعلقة باغتيال، التهديد بشن، المتهم بقتل)
        ("وقال إن المحكمة المتعلقة باغتيال الرئيس ستبدأ عملها", []),
        ("وجددت تركيا التهديد بشن هجوم على قسد", []),
        ("وأفرجت الشرطة عن المتهم بقتل الصحفي", [("COP", "0841", "")]),
        ("The court related to the assassination of the president will open next month.", []),
        # ... nor one condemned, answered or passed over (despite the bombing)
        (
            "The Jordanian king condemned the bombing that killed 12 people at a wedding in Amman.",
            [("JORGOV", "111", "")],
        ),
        (
            "وأدان العاهل الأردني التفجير الذي أدى إلى مقتل 12 شخصا في حفل زفاف بعمان",
            [("JORGOV", "111", "")],
        ),
        ("Despite the bombing, the talks continued in Geneva.", []),
        ("ورغم التفجير استمرت المفاوضات في جنيف", []),
        # ... nor one named as a time (during the protest, on its eve): the news is elsewhere
        (
            "واعتقلت الشرطة عشرة متظاهرين خلال المظاهرة أمام البرلمان",
            [("COP", "173", "CVL")],
        ),
        (
            "وأغلقت الشرطة الطرق المؤدية إلى الساحة عشية التظاهرة",
            [("COP", "191", "")],
        ),
        (
            "Police closed the roads to the square on the eve of the demonstration.",
            [("COP", "191", "")],
        ),
        # ... nor is any such event, one that could happen
        ("وقال إن أي ضربة جوية أمريكية ضد إيران ستكون خطأ", []),
        ("He said any American airstrike against Iran would be a mistake.", []),
        # the event itself is still coded
        ("اغتال مسلحون مجهولون رئيس الوزراء اللبناني في بيروت", [("UAF", "186", "LBNGOV")]),
    ],
)
def test_references_to_earlier_events_code_nothing(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Arabic verb with the plural suffix agrees with its subject: not a feminine singular
        # noun before it (the police whose headquarters they entered), the actor before that
        ("ودخل المسلحون مقر الشرطة وخطفوا ثلاثة صحفيين", [("UAF", "181", "MED")]),
        # ... and never one after it (a verb before its subject is singular): the police is
        # what they attacked
        ("ثم هاجموا الشرطة بالحجارة", []),
        ("ثم هاجم المسلحون الشرطة بالحجارة", [("UAF", "190", "COP")]),
        # English verbs carry no such agreement: "Gunmen entered the police headquarters and
        # kidnapped three journalists" is read by the subject the verbs share
    ],
)
def test_an_arabic_plural_verb_agrees_with_its_subject(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause after the subject is passed over on the way to the pattern's next
        # word (clashed ... with)
        (
            "واشتبك العشرات من المحتجين العراقيين ممن تمكنوا من دخول المنطقة الخضراء مع قوات"
            " الأمن العراقية",
            [("IRQCVL", "145", "IRQCOP")],
        ),
        (
            "واشتبك المحتجون الذين دخلوا المنطقة الخضراء مع قوات الأمن العراقية",
            [("IRQCVL", "145", "IRQCOP")],  # the protesters take the country of the Green Zone
        ),
    ],
)
def test_a_relative_clause_after_the_subject_is_passed_over(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverbial clause that opens the sentence and ends at a comma holds no subject of
        # the verb after it: Gaza is where the convoy arrived, not the attacker
        (
            "وعندما وصلت قافلة المساعدات إلى غزة، هاجم مستوطنون إسرائيليون السائقين",
            [("ISRSET", "190", "")],
        ),
        (
            "As the aid convoy reached Gaza, Israeli settlers attacked the drivers.",
            [("ISRSET", "190", "")],
        ),
    ],
)
def test_an_adverbial_clause_holds_no_subject_of_the_main_verb(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ما before a verb of consequence is "which", not a negation
        (
            "وقصفت القوات التركية مواقع قسد ما أدى إلى مقتل ثلاثة مدنيين",
            [("TURMIL", "194", "SYRREB")],
        ),
        ("لم تقصف القوات التركية مواقع قسد", []),
        ("Turkish troops did not shell SDF positions.", []),
    ],
)
def test_the_relative_ma_is_no_negation(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a relative clause is the actor right before the pronoun, or none
        (
            "Turkish troops shelled SDF positions, which killed three civilians.",
            [("TURMIL", "194", "SYRREB")],
        ),
        # ... and the verb after the clause has the actor before it as its subject
        (
            "The SDF, which attacked Turkish troops, withdrew from Manbij.",
            [("SYRREB", "0874", ""), ("SYRREB", "190", "TURMIL")],
        ),
        (
            "The SDF, which attacked Turkish troops, withdrew its forces.",
            [("SYRREB", "0874", ""), ("SYRREB", "190", "TURMIL")],
        ),
        (
            "قسد، التي هاجمت القوات التركية، سحبت قواتها",
            [("SYRREB", "0874", ""), ("SYRREB", "190", "TURMIL")],
        ),
        (
            "وقصفت القوات التركية مواقع قسد التي قتلت ثلاثة مدنيين",
            [("SYRREB", "190", "CVL"), ("TURMIL", "194", "SYRREB")],
        ),
        (
            "واعتقلت الشرطة العراقية المتظاهرين الغاضبين، الذين هاجموا مبنى المحافظة",
            [("CVL", "145", ""), ("IRQCOP", "173", "CVL")],
        ),
    ],
)
def test_a_relative_clause_takes_the_actor_before_its_pronoun(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported clause with a subject of its own: the speaker does not become its actor
        ("قالت الشرطة إن هجوما مسلحا استهدف دورية للجيش", [("", "190", "MIL")]),
        ("Police said a soldier died when a bomb attack hit his patrol.", [("", "183", "")]),
        # ...unless a pronoun owns that subject, or is it (its troops, جنوده، أنه)
        ("قال الجيش الأمريكي إن جنوده قتلوا خمسة مسلحين", [("USAMIL", "190", "UAF")]),
        ("The US army said its patrol killed five gunmen.", [("USAMIL", "190", "UAF")]),
        ("أعلن الجيش الأمريكي أنه قتل خمسة مسلحين", [("USAMIL", "190", "UAF")]),
        ("The US army said it had killed five gunmen.", [("USAMIL", "190", "UAF")]),
    ],
)
def test_the_speaker_is_no_actor_of_a_clause_with_its_own_subject(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agent phrase names the actor in the text: with no actor after it, the source is
        # empty, never the speaker
        ("قال المحامي إن موكله تعرض للضرب المبرح من قبل قوات الدرك", [("COP", "182", "")]),
        ("قال المحامي إن المعتقلين تعرضوا للضرب من قبل عناصر لم يعرفهم", []),
        ("The lawyer said the prisoners were beaten by men they did not know.", []),
    ],
)
def test_an_agent_phrase_without_an_actor_takes_no_speaker(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun on the complementizer is the verb's subject: the actor after the verb is
        # its object, and the speaker the subject (as if named) even of an event noun
        ("وأوضح الجيش أنه استهدف مقاتلي داعش قرب الحدود", [("MIL", "190", "IMGMUSISI")]),
        ("وقال الجيش التركي إنه شن غارات جوية في شمال العراق", [("TURMIL", "195", "")]),
        ("وأقر التحالف الدولي بأنه نفذ ضربات جوية في شمال سوريا", [("IGOMIL", "195", "")]),
        # (northern Iraq is where: as "in Iraq", no target)
        ("The Turkish army said it carried out airstrikes in northern Iraq.",
         [("TURMIL", "195", "")]),
        # ... but not a pronoun of another clause's subject (the man's shooting)
        ("أفاد الجيش بأن رجلا يشتبه في أنه فتح النار على الحاجز", [("", "193", "")]),
    ],
)  # fmt: skip
def test_a_pronoun_on_the_complementizer_is_the_subject(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the actor after a preposition of place belongs to the subject's phrase, not the verb
        ("Protesters outside the ministry called for the release of the detainees.",
         [("CVL", "0253", "")]),
        ("Students near the Turkish embassy threw stones at the police.", [("EDU", "145", "COP")]),
        ("وكان متظاهرون أمام وزارة الداخلية قد رشقوا الشرطة بالحجارة", [("CVL", "145", "COP")]),
        # after an Arabic verb, an actor right after a preposition is no subject
        ("واحتج لدى السفير الفرنسي على القرار", []),
        ("واحتجت الحكومة التركية لدى السفير الفرنسي على القرار", [("TURGOV", "114", "FRAGOV")]),
    ],
)  # fmt: skip
def test_an_actor_after_a_preposition_of_place_is_no_subject(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A delegation of X" opening the sentence is its subject, not an earlier verb's object
        ("A delegation of Jordanian officials held a first meeting with the Egyptian minister.",
         [("JORGOV", "040", "EGYGOV")]),
        # ... while after a verb, "of" marks its object (the second verb's source is no subject)
        ("Turkish troops killed two of the rebels and held a meeting with Russian officers.",
         [("TURMIL", "040", "RUSMIL"), ("TURMIL", "190", "REB")]),
    ],
)  # fmt: skip
def test_a_partitive_subject(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "sourceless"),
    [
        ("وقال التحالف الدولي إن شابا هاجم مواقع قسد", [("", "190", "SYRREB")]),
        ("The international coalition said a young man attacked the SDF.", [("", "190", "SYRREB")]),
        ("وقال التحالف الدولي إنه هاجم مواقع قسد", [("IGOMIL", "190", "SYRREB")]),
        ("The international coalition said it attacked the SDF.", [("IGOMIL", "190", "SYRREB")]),
    ],
)
def test_sourceless_reports_can_be_turned_off(mini, tmp_path, text, sourceless):
    assert keys(mini, text) == sourceless
    strict = mini_with_language(tmp_path, sourceless_reports=False)
    assert keys(strict, text) == [k for k in sourceless if k[0]]


def test_verb_first_patterns_get_a_subject_first_reading():
    assert with_fronted_subjects(["* {source} صواريخ", "{source} * {target}"]) == [
        "* {source} صواريخ",
        "{source} * صواريخ",
        "{source} * {target}",
    ]
    # written already, or the speaker's slot: nothing added
    assert with_fronted_subjects(["* {source} X", "{source} * X"]) == [
        "* {source} X",
        "{source} * X",
    ]
    assert with_fronted_subjects(["* {source:speaker} X"]) == ["* {source:speaker} X"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rule written verb-first codes the subject-first sentence too (Arabic only)
        ("أطلقت الطائرات الإسرائيلية صواريخ على الموقع", [("ISRMIL", "194", "")]),
        (
            "وقالت مصادر محلية إن الطائرات الإسرائيلية أطلقت صواريخ على الموقع",
            [("ISRMIL", "194", "")],
        ),
    ],
)
def test_an_arabic_subject_may_stand_before_its_verb(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role noun owned by a pronoun in reported speech is the speaker's
        ("Turkey said its troops withdrew from the town.", [("TURMIL", "0874", "")]),
        (
            "The Turkish army said its soldiers killed five ISIS militants.",
            [("TURMIL", "190", "IMGMUSISI")],
        ),
        ("ISIS said its fighters attacked the Iraqi police.", [("IMGMUSISI", "190", "IRQCOP")]),
        # Arabic writes the owner as a suffix (قواتها), no actor: the speaker is the subject
        ("قالت تركيا إن قواتها انسحبت من المدينة", [("TUR", "0874", "")]),
        # no speaker, or one with no country: the role noun alone
        ("Its troops withdrew from the town.", [("MIL", "0874", "")]),
        # another actor first in the speech may own it: left alone
        ("Turkey said the PKK attacked its soldiers.", [("TURREB", "190", "MIL")]),
        ("The army said its soldiers withdrew from the town.", [("MIL", "0874", "")]),
    ],
)
def test_a_possessed_role_noun_in_reported_speech_is_the_speakers(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list ends at the member its conjunction joins: an apposition after it stands apart
        (
            "Turkish troops attacked ISIS and the SDF, a Russian official said.",
            [("TURMIL", "190", "IMGMUSISI"), ("TURMIL", "190", "SYRREB")],
        ),
        (
            "هاجمت القوات التركية داعش وقسد، الحكومة العراقية",
            [("TURMIL", "190", "IMGMUSISI"), ("TURMIL", "190", "SYRREB")],
        ),
        # ... but a serial comma with its own conjunction goes on, and so does a list of commas
        (
            "Turkish troops attacked ISIS and the SDF, and the Iraqi government.",
            [
                ("TURMIL", "190", "IMGMUSISI"),
                ("TURMIL", "190", "IRQGOV"),
                ("TURMIL", "190", "SYRREB"),
            ],
        ),
        (
            "هاجمت القوات التركية داعش وقسد، والحكومة العراقية",
            [
                ("TURMIL", "190", "IMGMUSISI"),
                ("TURMIL", "190", "IRQGOV"),
                ("TURMIL", "190", "SYRREB"),
            ],
        ),
        (
            "Turkey attacked Russia, Iran and the SDF.",
            [("TUR", "190", "IRN"), ("TUR", "190", "RUS"), ("TUR", "190", "SYRREB")],
        ),
        # ", and Y" with a verb of its own opens a second clause: Y is neither a second target
        # of the first verb nor a second subject of its own (Arabic puts the verb first)
        (
            "Hezbollah fired rockets at Israel, and Israeli jets struck Hezbollah positions.",
            [("ISRMIL", "190", "LBNREB"), ("LBNREB", "194", "ISR")],
        ),
        (
            "أطلق حزب الله صواريخ على إسرائيل، وضربت الطائرات الإسرائيلية مواقع حزب الله",
            [("ISRMIL", "190", "LBNREB"), ("LBNREB", "194", "ISR")],
        ),
        (
            "Egypt, Qatar, and Turkey condemned the attack.",
            [("EGY", "111", ""), ("QAT", "111", ""), ("TUR", "111", "")],
        ),
    ],
)
def test_a_list_ends_after_its_conjunction(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital with the locative proclitic ب is where, not who (ببغداد: in Baghdad)
        ("أصيب جنديان عراقيان في غارة جوية أمريكية ببغداد", [("USAMIL", "195", "IRQMIL")]),
        ("أصيب جنديان عراقيان في غارة جوية أمريكية في بغداد", [("USAMIL", "195", "IRQMIL")]),
        (
            "Two Iraqi soldiers were wounded in an American air strike in Baghdad.",
            [("USAMIL", "195", "IRQMIL")],
        ),
    ],
)
def test_a_capital_with_a_locative_proclitic_is_a_place(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pattern's own "at", then a word of where: the actor is the target, not a place
        ("Hezbollah fired rockets at northern Israel.", [("LBNREB", "194", "ISR")]),
        ("Hezbollah fired rockets at Israel.", [("LBNREB", "194", "ISR")]),
        ("أطلق حزب الله عشرات الصواريخ على إسرائيل", [("LBNREB", "194", "ISR")]),
        # one missile is fired too
        ("The Houthis fired a ballistic missile at Jizan.", [("YEMREB", "194", "")]),
        ("أطلق الحوثيون صاروخا باليستيا على جازان", [("YEMREB", "194", "")]),
        # a locative of the text's own still makes a place of the actor after it
        ("Police fired at protesters in central Baghdad.", [("IRQCOP", "193", "IRQCVL")]),
    ],
)
def test_a_target_after_the_patterns_preposition_and_a_word_of_where(shipped, text, expected):
    assert keys(shipped, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of an apposition may carry its acronym in parentheses
        (
            "The Syrian Democratic Forces (SDF), an ally of the United States, attacked ISIS.",
            [("SYRREB", "190", "IMGMUSISI")],
        ),
        (
            "قوات سوريا الديمقراطية (قسد)، حليفة الولايات المتحدة، هاجمت مواقع داعش",
            [("SYRREB", "190", "IMGMUSISI")],
        ),
    ],
)
def test_an_apposition_after_a_parenthesis_describes_the_actor_before_it(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest with no source beside one with a source is that protest told again: one
        # event, by the protesters, against the target of the retelling
        (
            "Syrian refugees began a hunger strike to protest against the Turkish government.",
            [("SYRREF", "142", "TURGOV")],
        ),
        (
            "أضرب اللاجئون السوريون عن الطعام في مظاهرة ضد الحكومة التركية",
            [("SYRREF", "142", "TURGOV")],
        ),
        # two protesters: two protests
        (
            "Iraqi students and Syrian refugees held protests in Erbil.",
            [("IRQEDU", "141", ""), ("SYRREF", "141", "")],
        ),
    ],
)
def test_a_retold_protest_is_one_protest(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi protesters attacked Iraqi police in Basra on Friday.",
        "هاجم متظاهرون عراقيون الشرطة العراقية في البصرة يوم الجمعة",
        "Kurdish fighters clashed with Turkish troops near the border.",
        "اشتبك مقاتلو حزب العمال الكردستاني مع القوات التركية قرب الحدود",
        "The Iraqi army said it arrested ten Kurds in Mosul.",
        "وقال الجيش العراقي إنه اعتقل عشرة مسلحين في الموصل",
    ],
)
def test_the_pruned_pattern_search_chooses_what_trying_every_pattern_chooses(shipped, text):
    """Coding skips patterns ranked below a match; with a trace (explain) every one is tried."""
    from khaldun.events import SentenceContext, assemble_events
    from khaldun.match import match_sentence
    from khaldun.models import Sentence
    from khaldun.normalize import detect_language

    lang = detect_language(text)
    matches = match_sentence(tokenize(text), shipped, lang)
    sentence = Sentence("doc", 0, text, 0, len(text))
    context = SentenceContext("doc", lang, None)
    trace: list = []
    traced, _ = assemble_events(sentence, matches, shipped, context, trace)
    pruned, _ = assemble_events(sentence, matches, shipped, context)
    assert pruned
    assert pruned == traced
    assert len(trace) > len(pruned)


@pytest.mark.parametrize(
    ("text", "carried"),
    [
        ("Turkish officials reopened the schools in the district on Sunday.", "TURGOV"),
        ("Schools in the district reopened on Sunday after the holiday.", "SYRMIL"),
        ("وأعادت الحكومة العراقية فتح المدارس في الحي يوم الأحد.", "SYRMIL"),
        ("وأعيد فتح المدارس في الحي يوم الأحد بعد العطلة.", "SYRMIL"),
    ],
)
def test_a_sentence_that_cannot_code_carries_what_the_full_search_carries(shipped, text, carried):
    """A sentence with no reporting cue whose triggers' rules have no pattern with its literals
    in it stops before its frame is built; it codes nothing and carries to the next sentence
    the actor it names before its verb, else the one carried into it, as trying every pattern
    (explain's path) does."""
    from khaldun.events import SentenceContext, _may_code, assemble_events
    from khaldun.frame import sentence_words
    from khaldun.match import match_sentence
    from khaldun.models import Sentence
    from khaldun.normalize import detect_language

    lang = detect_language(text)
    before = "Syrian troops" if lang == "en" else "القوات السورية"
    previous = match_sentence(tokenize(before), shipped, lang).actors[0]
    matches = match_sentence(tokenize(text), shipped, lang)
    assert not _may_code(matches, shipped, sentence_words(matches.tokens, bool(matches.places)))
    sentence = Sentence("doc", 0, text, 0, len(text))
    context = SentenceContext("doc", lang, None, previous)
    quick = assemble_events(sentence, matches, shipped, context)
    assert quick == assemble_events(sentence, matches, shipped, context, [])
    events, actor = quick
    assert events == []
    assert actor is not None and actor.actor.code == carried


@pytest.mark.skipif(
    build_kind() == "compiled", reason="spies on a module's function: compiled calls are direct"
)
@pytest.mark.parametrize(
    "text",
    [
        "Schools in the district reopened on Sunday after the holiday.",
        "وأعيد فتح المدارس في الحي يوم الأحد بعد العطلة.",
    ],
)
def test_a_trigger_with_no_possible_pattern_is_not_gone_through(shipped, monkeypatch, text):
    """Triggers whose rules have no pattern that can match here are left out of both passes
    (no exception test, no implicit actor); explain still goes through each one."""
    from khaldun import candidates
    from khaldun.explain import explain_sentence

    seen: list[bool] = []
    real = candidates._excepted

    def excepted(frame, rule, trigger, lang, trace):
        seen.append(trace is not None)
        return real(frame, rule, trigger, lang, trace)

    monkeypatch.setattr(candidates, "_excepted", excepted)
    assert keys(shipped, text) == []
    assert seen == []
    assert not explain_sentence(text, shipped).events
    assert seen
    assert all(seen)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("The market reopened on Sunday after a long strike by traders.", 0),
        ("وأغلقت الطريق إلى المطار يوم الاثنين.", 0),
        ("The Turkish army said it shelled the village.", 1),  # the speaker is implicit
        ("وقال الجيش التركي إنه قصف القرية", 1),
    ],
)
def test_a_trigger_is_tried_again_only_with_an_implicit_actor(shipped, monkeypatch, text, events):
    """The second pass (implicit subjects) tries a trigger's patterns only when it has an
    implicit actor to offer; with none, the first pass tried the very same thing. Explain
    still shows both passes."""
    from khaldun import candidates
    from khaldun.events import SentenceContext, assemble_events
    from khaldun.match import match_sentence
    from khaldun.models import Sentence
    from khaldun.normalize import detect_language

    lang = detect_language(text)
    matches = match_sentence(tokenize(text), shipped, lang)
    sentence = Sentence("doc", 0, text, 0, len(text))
    context = SentenceContext("doc", lang, None)
    trace: list = []
    traced, _ = assemble_events(sentence, matches, shipped, context, trace)
    tries: list[tuple] = []

    def counted(frame, start, end, pattern, speaker, use_speaker, *rest):
        tries.append((speaker, use_speaker))
        return match_pattern(frame, start, end, pattern, speaker, use_speaker, *rest)

    monkeypatch.setattr(candidates, "match_pattern", counted)
    coded, _ = assemble_events(sentence, matches, shipped, context)
    assert coded == traced
    assert len(coded) == events
    assert all(speaker is not None for speaker, again in tries if again)
    if not events:  # explain shows the second pass; coding had nothing new to try in it
        assert any(attempt.with_speaker for attempt in trace)
        assert not any(again for _, again in tries)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role noun in the indefinite accusative after a verb is its object, never its subject
        ("أعلن الجيش العراقي أنه قتل عشرين متمردا من داعش", [("IRQMIL", "190", "IMGMUSISI")]),
        ("The Iraqi army said it killed twenty ISIS militants.", [("IRQMIL", "190", "IMGMUSISI")]),
        # the nominative is the subject
        ("قتل مسلحون عشرة جنود عراقيين", [("UAF", "190", "IRQMIL")]),
    ],
)
def test_an_accusative_role_noun_is_no_subject(shipped, text, expected):
    assert keys(shipped, text) == expected


def test_carry_first_actor_makes_a_pronoun_stand_for_the_first_actor_named_before(tmp_path):
    text = "Turkey attacked ISIS.\nIt also attacked the SDF.\nIt arrested ISIS members."
    subject = mini_with_language(tmp_path / "subject", carry="subject")
    first = mini_with_language(tmp_path / "first", carry="first_actor")
    assert ("TUR", "173", "IMGMUSISI") in keys(subject, text)
    # TABARI: the pronoun is the first actor the sentence before names (the SDF), whoever its
    # verbs' subject was
    assert ("SYRREB", "173", "IMGMUSISI") in keys(first, text)
    assert ("TUR", "173", "IMGMUSISI") not in keys(first, text)
    # ...the actor alone, without the agent joined to its country (TABARI forwards actors)
    troops = "Turkish troops attacked ISIS.\nThey arrested the SDF."
    assert ("TURMIL", "173", "SYRREB") in keys(subject, troops)
    assert ("TUR", "173", "SYRREB") in keys(first, troops)
    # Arabic drops the pronoun: the setting changes nothing there
    arabic = "هاجمت تركيا داعش.\nواعتقلت عناصر من قسد"
    assert keys(first, arabic) == keys(subject, arabic)


@pytest.mark.parametrize(
    ("text", "shared", "alone"),
    [
        # a role noun is shared along a list, or (TABARI) only the role of the actor next to it
        (
            "Turkish troops and police attacked ISIS.",
            [("TURCOP", "190", "IMGMUSISI"), ("TURMIL", "190", "IMGMUSISI")],
            [("COP", "190", "IMGMUSISI"), ("TURMIL", "190", "IMGMUSISI")],
        ),
        (
            "Russian and Turkish troops attacked ISIS.",
            [("RUSMIL", "190", "IMGMUSISI"), ("TURMIL", "190", "IMGMUSISI")],
            [("TURMIL", "190", "IMGMUSISI")],
        ),
        # Arabic composes its actors otherwise: the setting changes nothing there
        (
            "هاجمت القوات التركية داعش",
            [("TURMIL", "190", "IMGMUSISI")],
            [("TURMIL", "190", "IMGMUSISI")],
        ),
    ],
)
def test_shared_roles_false_gives_a_role_noun_to_the_actor_next_to_it_only(
    tmp_path, text, shared, alone
):
    assert keys(mini_with_language(tmp_path / "shared", shared_roles=True), text) == shared
    assert keys(mini_with_language(tmp_path / "alone", shared_roles=False), text) == alone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weak rule's event codes only when the sentence codes nothing else (TABARI's [c?])
        ("Turkey praised the SDF.", [("TUR", "051", "SYRREB")]),
        ("Turkey praised the SDF and attacked ISIS.", [("TUR", "190", "IMGMUSISI")]),
        ("مدحت تركيا قسد", [("TUR", "051", "SYRREB")]),
        ("مدحت تركيا قسد وهاجمت داعش", [("TUR", "190", "IMGMUSISI")]),
        # a dominant rule's event drops the sentence's others (TABARI's [c!])
        ("Turkey hosted the SDF and attacked ISIS.", [("TUR", "042", "SYRREB")]),
    ],
)
def test_rule_weights_weak_and_dominant(tmp_path, text, expected):
    book = mini_with(
        tmp_path,
        "rules.yaml",
        "rules:\n"
        '  - id: t.praise\n    code: "051"\n    weight: weak\n'
        "    verbs: {en: [praise], ar: [مدح/يمدح]}\n"
        '  - id: t.host\n    code: "042"\n    weight: dominant\n    verbs: {en: [host]}\n',
    )
    assert keys(book, text) == expected


@pytest.mark.parametrize(
    ("text", "alone", "owned_only"),
    [
        # a role noun no actor owns is an actor of its own, or (TABARI) none
        ("Troops attacked ISIS.", [("MIL", "190", "IMGMUSISI")], []),
        ("هاجمت القوات داعش", [("MIL", "190", "IMGMUSISI")], [("IMGMUSISI", "190", "")]),
        # an owned one is the owner's role either way
        (
            "Turkish troops attacked ISIS.",
            [("TURMIL", "190", "IMGMUSISI")],
            [("TURMIL", "190", "IMGMUSISI")],
        ),
    ],
)
def test_lone_agents_false_makes_an_unowned_role_noun_no_actor(tmp_path, text, alone, owned_only):
    assert keys(mini_with_language(tmp_path / "alone", lone_agents=True), text) == alone
    assert keys(mini_with_language(tmp_path / "owned", lone_agents=False), text) == owned_only


@pytest.mark.parametrize(
    ("code", "root", "lang", "source"),
    [
        ("190", "19", "en", None),  # an actorless detection, a violent root's general code
        ("190", "19", "ar", None),
        ("141", "14", "en", None),  # a protest with no source
        ("030", "03", "ar", "TUR"),  # a root's general code with a source
    ],
)
def test_a_lone_event_is_never_redundant(code, root, lang, source):
    from khaldun.models import ActorRef, Event
    from khaldun.redundancy import without_redundant

    actor = ActorRef(source, source, None, source) if source else None
    event = Event("d", 0, lang, None, actor, None, code, "", root, 1, 0.0, "", "r", "", "")
    assert without_redundant([event]) == [event]
    assert without_redundant([event, event]) == [event]  # a repeat is dropped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a progressive is active: its subject is the source, never the target of a passive
        ("The army has been fighting the rebels.", [("MIL", "190", "REB")]),
        ("يقاتل الجيش المتمردين", [("MIL", "190", "REB")]),
        ("The army has been fighting.", [("MIL", "190", "")]),
        # ... while the passive takes its subject as the target
        ("The army was attacked by the rebels.", [("REB", "190", "MIL")]),
        ("تعرض الجيش لهجوم من المتمردين", [("REB", "190", "MIL")]),
    ],
)
def test_a_progressive_is_no_passive(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a weapon written as the means is no target: the towns are, and they are no actor
        ("قصفت قوات النظام بالمدفعية الثقيلة بلدات في ريف إدلب", "ar", [("SYRMIL", "194", "")]),
        (
            "Regime forces shelled towns in rural Idlib with heavy artillery.",
            "en",
            [("SYRMIL", "194", "")],
        ),
        ("قصفت القوات السورية مواقع داعش بالدبابات", "ar", [("SYRMIL", "194", "IMGMUSISI")]),
        (
            "Syrian forces shelled ISIS positions with tanks.",
            "en",
            [("SYRMIL", "194", "IMGMUSISI")],
        ),
        ("قصفت القوات السورية بالدبابات مواقع داعش", "ar", [("SYRMIL", "194", "IMGMUSISI")]),
    ],
)
def test_a_weapon_is_the_means_not_the_target(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the force that protects or escorts the attackers is no target of their attack
        ("اقتحم مستوطنون المسجد الأقصى تحت حماية الشرطة الإسرائيلية", "ar", [("SET", "190", "")]),
        (
            "Settlers stormed the al-Aqsa mosque under the protection of Israeli police.",
            "en",
            [("SET", "190", "")],
        ),
        ("هاجم مستوطنون قرية فلسطينية بحراسة الجيش الإسرائيلي", "ar", [("SET", "190", "")]),
        (
            "Settlers attacked a village under the protection of Israeli troops.",
            "en",
            [("SET", "190", "")],
        ),
    ],
)
def test_a_protecting_force_is_no_target(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == sorted(expected)
