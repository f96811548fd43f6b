"""Slot filling and event assembly on a fixed test codebook: word order, passive, compounds,
negation, irrealis, reported speech, pairs, co-actors. Arabic and English rows side by side."""

from __future__ import annotations

import pytest

from conftest import keys
from khaldun.compiler import compile_patterns
from khaldun.normalize import tokenize
from khaldun.pipeline import code_text
from khaldun.slots import Frame, can_match, match_pattern


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
        # pairs: one event each way for symmetric codes
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
        # {source=CVL}: the same verb is a protest for protesters, not for troops
        ("Syrian protesters gather in Damascus.", [("SYRCVL", "141", "")]),
        ("Syrian troops gather in Damascus.", []),
        ("تجمع متظاهرون سوريون في دمشق", [("SYRCVL", "141", "")]),
        ("تجمع الجيش السوري في دمشق", []),
        # a pattern without slots detects the event with no actor named
        ("Protests erupted in Damascus.", [("", "141", "")]),
        ("اندلعت احتجاجات في دمشق", [("", "141", "")]),
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
    "text",
    [
        "Turkish troops attacked the SDF in the football match.",
        "هاجمت القوات التركية مواقع قسد في المباراة",
        "Turkish troops attacked the SDF, killing two in a traffic accident.",
        "قتل اثنان من القوات التركية في حادث سير",
    ],
)
def test_sport_and_accident_sentences_are_discarded(mini, text):
    assert keys(mini, text) == []


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
    compiled = compile_patterns([pattern], shipped_codebook.languages[lang])[0]
    frame = Frame.build(tokenize(text), [], shipped.languages[lang])
    assert can_match(frame, compiled) is possible
    if not possible:
        assert match_pattern(frame, 0, 1, compiled, None, False) is None
