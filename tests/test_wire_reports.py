"""Wire-service and ACLED-style report shapes on the shipped codebook: two sides clashing,
fighting breaking out between them. English and Arabic rows side by side; an Arabic row that
does not code right yet is marked xfail with the reason."""

from __future__ import annotations

import pytest

from conftest import keys
from khaldun.patterns import PLACE_WORDSET, parse_pattern
from khaldun.pipeline import code_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two joined sides that clash: one event each way, with or without "with"
        (
            "The Yemeni army and the Houthis clashed near Marib on Sunday.",
            [("YEMMIL", "190", "YEMREB"), ("YEMREB", "190", "YEMMIL")],
        ),
        (
            "اشتبك الجيش اليمني والحوثيون قرب مأرب يوم الأحد",
            [("YEMMIL", "190", "YEMREB"), ("YEMREB", "190", "YEMMIL")],
        ),
        # fighting that broke out between two sides
        (
            "Fighting broke out on Friday between the Libyan army and Islamic State militants.",
            [("IMGMUSISI", "190", "LBYMIL"), ("LBYMIL", "190", "IMGMUSISI")],
        ),
        (
            "اندلعت اشتباكات يوم الجمعة بين الجيش الليبي ومسلحي داعش",
            [("IMGMUSISI", "190", "LBYMIL"), ("LBYMIL", "190", "IMGMUSISI")],
        ),
        # a clash of words is no fighting
        ("The two sides clashed over the budget.", []),
    ],
)
def test_two_sides_clashing_code_both_ways(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality adjective before a possession noun is its owner, the country
        (
            "Hezbollah fighters attacked Israeli positions along the border.",
            [("LBNREB", "190", "ISR")],
        ),
        ("هاجم مقاتلو حزب الله مواقع إسرائيلية على الحدود", [("LBNREB", "190", "ISR")]),
        ("Israeli positions were shelled by Hezbollah.", [("LBNREB", "194", "ISR")]),
        (
            "Israeli settlers attacked Palestinian villages near Ramallah.",
            [("ISRSET", "190", "PSE")],
        ),
        ("هاجم مستوطنون إسرائيليون قرى فلسطينية قرب رام الله", [("ISRSET", "190", "PSE")]),
    ],
)
def test_a_nationality_adjective_owns_a_possession_noun(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a man or men of a people, and foreign nationals, are its civilians
        (
            "Israeli troops killed a Palestinian man near Jenin on Tuesday.",
            [("ISRMIL", "190", "PSECVL")],
        ),
        (
            "قتلت القوات الإسرائيلية رجلا فلسطينيا قرب جنين يوم الثلاثاء",
            [("ISRMIL", "190", "PSECVL")],
        ),
        (
            "A Palestinian man was killed by Israeli forces in Nablus.",
            [("ISRMIL", "190", "PSECVL")],
        ),
        ("قتل رجل فلسطيني برصاص القوات الإسرائيلية في نابلس", [("ISRMIL", "193", "PSECVL")]),
        ("Iran arrested two French nationals on spying charges.", [("IRN", "173", "FRACVL")]),
        ("اعتقلت إيران مواطنين فرنسيين بتهمة التجسس", [("IRN", "173", "FRACVL")]),
        # foreign nationals are no civilians of the story's country
        ("Iranian police arrested three foreign nationals in Tehran.", [("IRNCOP", "173", "CVL")]),
    ],
)
def test_a_man_or_a_national_of_a_people_is_a_civilian(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an execution: a captive put to death, with the figure as fatalities
        (
            "Islamic State militants executed five men in Deir ez-Zor.",
            [("IMGMUSISI", "1823", "SYRCVL")],
        ),
        ("أعدم تنظيم داعش خمسة رجال في دير الزور", [("IMGMUSISI", "1823", "SYRCVL")]),
        (
            "Saudi Arabia executed two Yemeni nationals on drug charges.",
            [("SAU", "1823", "YEMCVL")],
        ),
        ("أعدمت السعودية مواطنين يمنيين بتهمة تهريب المخدرات", [("SAU", "1823", "YEMCVL")]),
        # a plan carried out, or a man who hanged himself: no execution
        ("The army executed its plan to retake the city.", []),
        ("The man hanged himself in his cell.", []),
    ],
)
def test_an_execution_is_a_killing_of_a_captive(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


def test_an_execution_counts_its_dead(shipped):
    (event,) = code_text("Islamic State militants executed five men in Deir ez-Zor.", shipped)
    assert event.fatalities == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # &place: a town named right after the verb is the territory taken
        ("Somali forces captured Kismayo on Sunday.", [("SOMMIL", "192", "")]),
        ("سيطرت القوات الصومالية على كسمايو يوم الأحد", [("SOMMIL", "192", "")]),
        (
            "Government troops recaptured Palmyra from Islamic State.",
            [("SYRMIL", "192", "IMGMUSISI")],
        ),
        pytest.param(
            "استعادت القوات الحكومية تدمر من تنظيم داعش",
            [("SYRMIL", "192", "IMGMUSISI")],
            marks=pytest.mark.xfail(
                reason="Arabic: تدمر is also the verb 'destroys', so the gazetteer names Palmyra "
                "تدمر only after a locative or a place noun (في تدمر، مدينة تدمر)",
                strict=True,
            ),
        ),
        # ... or the place armed forces leave; a state leaving talks is no retreat
        ("Russian forces withdrew from Kherson on Friday.", [("RUSMIL", "0874", "")]),
        ("انسحبت القوات الروسية من خيرسون يوم الجمعة", [("RUSMIL", "0874", "")]),
        ("Russia withdrew from the Vienna talks.", [("RUS", "164", "")]),
        # what is seized in a place is no territory
        ("Police seized weapons in Kirkuk.", [("IRQCOP", "1711", "")]),
    ],
)
def test_a_place_named_after_the_verb_is_the_territory(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


def test_the_place_word_set_is_reserved():
    assert parse_pattern("{source} * from &place").wordsets == {PLACE_WORDSET}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle opening an apposition with its agent is passive: no reversed support,
        # and the verb after it has the actor before the apposition as its subject
        ("Hamas, supported by Iran, fired rockets at Israel.", [("PSEREB", "194", "ISR")]),
        ("حماس، المدعومة من إيران، أطلقت صواريخ على إسرائيل", [("PSEREB", "194", "ISR")]),
        ("The M23 rebels, backed by Rwanda, seized Goma.", [("CODREB", "192", "")]),
        pytest.param(
            "هاجم المتمردون، المدعومون من رواندا، مدينة غوما",
            [("CODREB", "190", "")],
            marks=pytest.mark.xfail(
                reason="Arabic: the slot after a verb-first subject runs into its apposition",
                strict=True,
            ),
        ),
        # the active verb still codes
        ("Egypt supports the Palestinian government.", [("EGY", "051", "PSEGOV")]),
    ],
)
def test_a_participle_with_its_agent_after_a_comma_is_passive(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an official or an envoy who arrives in a country visits it
        (
            "The Turkish foreign minister arrived in Baghdad on Tuesday.",
            [("TURGOV", "042", "IRQGOV")],
        ),
        ("ووصل وزير الخارجية التركي إلى بغداد يوم الثلاثاء", [("TURGOV", "042", "IRQGOV")]),
        # refugees or troops who arrive do not
        ("Syrian refugees arrived in Greece on Sunday.", []),
        ("ووصل لاجئون سوريون إلى اليونان يوم الأحد", []),
    ],
)
def test_an_official_who_arrives_in_a_country_visits_it(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object pronoun right after a verb is its target, no actor (Arabic: the suffix)
        ("Police arrested him on Friday.", [("COP", "173", "")]),
        ("اعتقلته الشرطة يوم الجمعة", [("COP", "173", "")]),
        ("Gunmen kidnapped them near Kaduna.", [("UAF", "181", "")]),
        ("خطفهم مسلحون قرب كادونا", [("UAF", "181", "")]),
        # "her" is left out: arrested her brother
        ("Police arrested her brother.", []),
        # a passive verb carries no object: its subject stays the target
        ("Two soldiers were attacked by them.", [("", "190", "MIL")]),
    ],
)
def test_an_object_pronoun_after_a_verb_is_its_target(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a matter discussed with a partner: a meeting with the partner
        (
            "The French president discussed the situation in Lebanon with the US president.",
            [("FRAGOV", "040", "USAGOV")],
        ),
        pytest.param(
            "وناقش الرئيس الفرنسي الوضع في لبنان مع الرئيس الأمريكي",
            [("FRAGOV", "040", "USAGOV")],
            marks=pytest.mark.xfail(
                reason="Arabic: مع after a matter may be the matter's (سبل التعاون مع تركيا)",
                strict=True,
            ),
        ),
        # the matter alone is no partner
        ("The Turkish president discussed Syria on Monday.", []),
        ("وناقش الرئيس التركي الوضع في سوريا يوم الاثنين", []),
    ],
)
def test_a_matter_discussed_with_a_partner_is_a_meeting(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # combatants captured in a conflict are abducted (181); a position captured is territory
        ("Hamas militants captured two Israeli soldiers near Gaza.", [("PSEREB", "181", "ISRMIL")]),
        ("أسرت حركة حماس جنديين إسرائيليين قرب غزة", [("PSEREB", "181", "ISRMIL")]),
        ("Turkish troops captured SDF positions near Manbij.", [("TURMIL", "192", "")]),
        ("Two army tanks captured by Iraqi police were shown to reporters in Basra.", []),
    ],
)
def test_captured_combatants_are_abducted(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Palestinian Authority is the Palestinian government
        (
            "The Palestinian Authority accused Israel of killing civilians in Jenin.",
            [("PSEGOV", "112", "ISR")],
        ),
        ("اتهمت السلطة الفلسطينية إسرائيل بقتل مدنيين في جنين", [("PSEGOV", "112", "ISR")]),
    ],
)
def test_the_palestinian_authority_is_the_palestinian_government(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of a named group arrested: the group is the target
        (
            "Turkish police detained 30 suspected Islamic State members.",
            [("TURCOP", "173", "IMGMUSISI")],
        ),
        ("اعتقلت الشرطة التركية 30 من عناصر داعش", [("TURCOP", "173", "IMGMUSISI")]),
        ("Police arrested 12 opposition supporters in Kampala.", [("UGACOP", "173", "UGAOPP")]),
    ],
)
def test_members_of_a_named_group_arrested_name_the_group(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "appealed for" is a call for, like "called for"
        ("The UN chief appealed for an immediate ceasefire in Sudan.", [("IGOUNO", "0256", "")]),
        pytest.param(
            "وناشد الأمين العام للأمم المتحدة وقف إطلاق النار فورا في السودان",
            [("IGOUNO", "0256", "")],
            marks=pytest.mark.xfail(
                reason="Arabic: ناشد with no addressee codes nothing yet", strict=True
            ),
        ),
        ("The court heard his appeal for bail.", []),
    ],
)
def test_an_appeal_for_a_thing_is_a_call_for_it(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported strike that killed someone is one event, the strike's
        (
            "The Lebanese army said an Israeli drone strike killed a Hezbollah commander.",
            [("ISRMIL", "1952", "LBNREB")],
        ),
        pytest.param(
            "قال الجيش اللبناني إن غارة إسرائيلية قتلت قياديا في حزب الله",
            [("ISRMIL", "195", "LBNREB")],
            marks=pytest.mark.xfail(
                reason="Arabic: the strike takes no target, the kill stays apart", strict=True
            ),
        ),
    ],
)
def test_a_reported_strike_that_killed_is_one_event(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trailing attribution opens where no slot of the event reaches: its speaker says,
        # it is not acted on
        ("Gunmen shelled the town, the UN said.", [("UAF", "194", "")]),
        ("قصف مسلحون البلدة، بحسب الأمم المتحدة", [("UAF", "194", "")]),
        ("Police arrested five protesters, the ministry said.", [("COP", "173", "CVL")]),
        ("اعتقلت الشرطة خمسة متظاهرين، حسب منظمة العفو الدولية", [("COP", "173", "CVL")]),
        # ... with the speaker's head noun after the actor
        (
            "Security forces killed three protesters in Khartoum, a doctors' committee said.",
            [("SDNCOP", "190", "SDNCVL")],
        ),
        # ... nor is its speaker the subject of a clause without one: a victim count before
        # an attribution was killed, not killed by the speaker
        (
            "Three people were killed in an Israeli strike on a car in southern Lebanon, "
            "according to the health ministry.",
            [("ISRMIL", "195", "LBNCVL")],
        ),
        (
            "قتل ثلاثة أشخاص في غارة إسرائيلية على سيارة في جنوب لبنان، حسب وزارة الصحة اللبنانية",
            [("ISRMIL", "195", "LBNCVL")],
        ),
        ("Two soldiers were killed in Gao on Sunday, according to the Malian army.", []),
        ("قتل جنديان في غاو يوم الأحد، وفق الجيش المالي", []),
        # a list before it is still a list
        (
            "Turkey, Iran and Russia condemned the attack, the agency said.",
            [("IRN", "111", ""), ("RUS", "111", ""), ("TUR", "111", "")],
        ),
    ],
)
def test_a_trailing_attribution_lends_no_actor_to_the_event(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counted singular after 11-99 is the victims (12 مدنيا، 11 جنديا)
        ("Russian warplanes killed 12 civilians in Idlib.", [("RUSMIL", "190", "SYRCVL")]),
        ("قتلت الطائرات الروسية 12 مدنيا في إدلب", [("RUSMIL", "190", "SYRCVL")]),
        ("ISIS killed 11 Iraqi soldiers.", [("IMGMUSISI", "190", "IRQMIL")]),
        ("قتل تنظيم داعش 11 جنديا عراقيا", [("IMGMUSISI", "190", "IRQMIL")]),
    ],
)
def test_the_counted_singular_is_the_victims(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a teenager (فتى) is a civilian, as teenagers and boys are
        ("An Israeli soldier shot dead a Palestinian teenager.", [("ISRMIL", "193", "PSECVL")]),
        ("قتل جندي إسرائيلي فتى فلسطينيا قرب نابلس", [("ISRMIL", "190", "PSECVL")]),
    ],
)
def test_a_teenager_is_a_civilian(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refugee camp is a place, not its refugees
        ("Israeli troops raided the Jenin refugee camp on Monday.", [("ISRMIL", "190", "")]),
        ("اقتحمت القوات الإسرائيلية مخيم اللاجئين في جنين يوم الاثنين", [("ISRMIL", "190", "")]),
        # ... and the refugees themselves are still who is acted on (of the place's country)
        ("Israeli troops attacked refugees near Jenin.", [("ISRMIL", "190", "PSEREF")]),
        ("هاجمت القوات الإسرائيلية لاجئين قرب جنين", [("ISRMIL", "190", "PSEREF")]),
    ],
)
def test_a_refugee_camp_is_no_actor(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("story", "lang", "expected"),
    [
        # a Syria story: the police alone are Syria's, until a sentence is placed elsewhere
        (
            "Rebels shelled the city of Aleppo on Monday. Police arrested five men in Idlib. "
            "Militants attacked a police checkpoint in Mosul.",
            "en",
            ["SYRREB", "SYRCOP", "IRQREB"],
        ),
        (
            "قصف المتمردون مدينة حلب يوم الاثنين. واعتقلت الشرطة خمسة رجال في إدلب. "
            "وهاجم متمردون حاجزا للشرطة في الموصل.",
            "ar",
            ["SYRREB", "SYRCOP", "IRQREB"],
        ),
    ],
)
def test_a_sentence_placed_in_another_country_is_about_that_one(shipped, story, lang, expected):
    events = code_text(story, shipped, lang=lang)
    assert [e.source.code for e in events if e.source] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country after a locative and a direction word is where it happens: the victims
        # there are its own
        (
            "Gunmen killed three people in a car in southern Lebanon on Tuesday.",
            [("UAF", "190", "LBNCVL")],
        ),
        ("قتل مسلحون ثلاثة أشخاص في سيارة في جنوب لبنان يوم الثلاثاء", [("UAF", "190", "LBNCVL")]),
        (
            "Jihadists abducted 20 civilians from a bus in northern Burkina Faso.",
            [("BFAREB", "181", "BFACVL")],
        ),
        (
            "اختطف متشددون 20 مدنيا من حافلة في شمال بوركينا فاسو",
            [("BFAREB", "181", "BFACVL")],
        ),
    ],
)
def test_a_country_after_a_direction_word_is_the_scene(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)
