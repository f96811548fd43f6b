"""Actor spans: longest match, Arabic clitics, composition, story country, people by date."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import keys, mini_with
from khaldun.match import find_actors, find_spans, match_sentence, sentence_forms
from khaldun.normalize import tokenize


def actors(book, text, lang, day=None, country=None):
    tokens = tokenize(text)
    found = match_sentence(tokens, book, lang, day, country).actors
    return [(" ".join(t.text for t in tokens[a.start : a.end]), a.actor.code) for a in found]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # longest match wins: the SDF, not Syria
        ("قوات سوريا الديمقراطية", "ar", [("قوات سوريا الديمقراطية", "SYRREB")]),
        ("Syrian Democratic Forces", "en", [("Syrian Democratic Forces", "SYRREB")]),
        # proclitics expanded at compile time
        ("والتحالف الدولي", "ar", [("والتحالف الدولي", "IGOMIL")]),
        ("بالتحالف الدولي", "ar", [("بالتحالف الدولي", "IGOMIL")]),
        ("للتحالف الدولي", "ar", [("للتحالف الدولي", "IGOMIL")]),
        ("لقسد", "ar", [("لقسد", "SYRREB")]),
        # ...without conflating distinct words: ديرك is not دير, مدير is not دير
        ("ديرك", "ar", []),
        ("مدير", "ar", []),
        ("دير", "ar", [("دير", "SYRCVL")]),
        # country + role noun, both orders
        ("القوات التركية", "ar", [("القوات التركية", "TURMIL")]),
        ("Turkish troops", "en", [("Turkish troops", "TURMIL")]),
        ("Turkey's army", "en", [("Turkey 's army", "TURMIL")]),
        # role nouns listed after a composed one share its country, unless they have their own
        (
            "Turkish troops and police",
            "en",
            [("Turkish troops", "TURMIL"), ("police", "TURCOP")],
        ),
        # ... after any role noun: a state organ shares the country (not rebels: see below)
        (
            "Turkish protesters and police",
            "en",
            [("Turkish protesters", "TURCVL"), ("police", "TURCOP")],
        ),
        (
            "Turkish troops and police of Syria",
            "en",
            [("Turkish troops", "TURMIL"), ("police of Syria", "SYRCOP")],
        ),
        (
            "القوات التركية والشرطة السورية",
            "ar",
            [("القوات التركية", "TURMIL"), ("والشرطة السورية", "SYRCOP")],
        ),
        # one lower-case modifier after the possessive, as after an adjective
        ("Turkey's new army", "en", [("Turkey 's new army", "TURMIL")]),
        ("الجيش التركي الجديد", "ar", [("الجيش التركي", "TURMIL")]),
        ("Turkey's new and old army", "en", [("Turkey", "TUR"), ("army", "MIL")]),
        # up to two after a possessive, a capitalised one of the title too (first Deputy ...)
        ("Turkey's new Federal police", "en", [("Turkey 's new Federal police", "TURCOP")]),
        ("Turkey's very new federal police", "en", [("Turkey", "TUR"), ("police", "COP")]),
        ("Turkish new Federal police", "en", [("police", "COP")]),
        # ... or one capitalised (a party's, a regime's name): Turkey's Kemalist army
        ("Turkey's Kemalist army", "en", [("Turkey 's Kemalist army", "TURMIL")]),
        ("جيش تركيا الكمالي", "ar", [("جيش تركيا", "TURMIL")]),
        ("Turkish Kemalist army", "en", [("army", "MIL")]),
        ("the army of Turkey", "en", [("army of Turkey", "TURMIL")]),
        # a national role noun in a country is of that country; unidentified gunmen are not
        ("police in Turkey", "en", [("police in Turkey", "TURCOP")]),
        ("gunmen in Turkey", "en", [("gunmen", "UAF"), ("Turkey", "TUR")]),
        ("police in Ankara", "en", [("police in Ankara", "TURCOP")]),
        ("its police in Turkey", "en", [("police", "COP"), ("Turkey", "TUR")]),
        ("officials in Ankara", "en", [("officials", "GOV"), ("Ankara", "TURGOV")]),
        ("police throughout Turkey", "en", [("police throughout Turkey", "TURCOP")]),
        # a nationality adjective one lower-case modifier away from its role noun
        ("Turkish border police", "en", [("Turkish border police", "TURCOP")]),
        ("Turkish and police", "en", [("police", "COP")]),
        # constructs: the role noun takes the country of what follows
        ("قوات النظام السوري", "ar", [("قوات النظام السوري", "SYRMIL")]),
        # a named group absorbs the role noun
        ("ISIS troops", "en", [("ISIS troops", "IMGMUSISI")]),
        # a capital acting is its government
        ("Ankara", "en", [("Ankara", "TURGOV")]),
        ("أنقرة", "ar", [("أنقرة", "TURGOV")]),
        # shared role noun
        (
            "Russian and Turkish officials",
            "en",
            [("Russian", "RUSGOV"), ("Turkish officials", "TURGOV")],
        ),
        # an adjective alone is not an actor
        ("the Syrian border", "en", []),
        ("الحدود السورية", "ar", []),
    ],
)
def test_actor_spans(mini, text, lang, expected):
    assert actors(mini, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "country", "code"),
    [
        ("the army", "en", "SYR", "SYRMIL"),
        ("الجيش", "ar", "SYR", "SYRMIL"),
        ("the army", "en", None, "MIL"),
        ("gunmen", "en", "SYR", "UAF"),  # unidentified gunmen never take the story's country
        ("مسلحون مجهولون", "ar", "SYR", "UAF"),
    ],
)
def test_role_nouns_alone_take_the_story_country(mini, text, lang, country, code):
    assert actors(mini, text, lang, country=country)[-1][1] == code


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # in a Syria story, a sentence placed in Iraq: its role nouns alone are Iraq's
        ("Police arrested five men in Mosul.", "en", [("Police", "IRQCOP")]),
        ("اعتقلت الشرطة خمسة رجال في الموصل", "ar", [("الشرطة", "IRQCOP")]),
        # ... but a government's role stays the story's: a minister in Moscow may be visiting
        (
            "The foreign minister met his Russian counterpart in Moscow.",
            "en",
            [("foreign minister", "SYRGOV"), ("Russian counterpart", "RUSGOV")],
        ),
        (
            "التقى وزير الخارجية نظيره الروسي في موسكو",
            "ar",
            [("وزير الخارجية", "SYRGOV"), ("نظيره الروسي", "RUSGOV")],
        ),
    ],
)
def test_role_nouns_alone_take_the_country_of_the_sentence_places(shipped, text, lang, expected):
    assert actors(shipped, text, lang, country="SYR")[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # with no story country, a government's role takes its sentence's places' too
        ("قصفت قوات النظام بلدات في ريف إدلب", "ar", [("قوات النظام", "SYRMIL")]),
        ("The regime shelled towns near Idlib.", "en", [("regime", "SYRGOV")]),
    ],
)
def test_a_government_role_without_a_story_country_takes_the_places_one(
    shipped, text, lang, expected
):
    assert actors(shipped, text, lang)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2015, 1, 1), [("Assad", "SYRGOV")]),
        # out of every post the codebook dates: an elite of the country (CAMEO ELI)
        (date(2025, 6, 1), [("Assad", "SYRELI")]),
        (date(1990, 6, 1), [("Assad", "SYRELI")]),
    ],
)
def test_people_follow_the_story_date(mini, day, expected):
    assert actors(mini, "Assad", "en", day=day) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Bashar al-Assad met Putin in Sochi.", "en"), ("التقى بشار الأسد بوتين في سوتشي", "ar")],
)
def test_a_person_out_of_office_keeps_the_country(shipped, text, lang):
    found = dict((code[:3], code) for _, code in actors(shipped, text, lang, day=date(2025, 6, 1)))
    assert found["SYR"] == "SYRELI"


@pytest.mark.parametrize(("text", "found"), [("US troops", True), ("attacked us", False)])
def test_short_acronyms_match_only_in_capitals(shipped, text, found):
    tokens = tokenize(text)
    codes = [a.actor.code for a in match_sentence(tokens, shipped, "en").actors]
    assert ("USAMIL" in codes or "USA" in codes) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قوات النظام", [("قوات النظام", "MIL")]),  # construct: one actor
        ("المتظاهرون النظام", [("المتظاهرون", "CVL"), ("النظام", "GOV")]),  # subject, object
        ("متظاهرون سوريون", [("متظاهرون سوريون", "SYRCVL")]),
    ],
)
def test_arabic_construct_state_needs_an_indefinite_role_noun(mini, text, expected):
    assert actors(mini, text, "ar") == expected


def test_arabic_noun_adjective_agents_are_definite_on_every_word(tmp_path):
    book = mini_with(
        tmp_path,
        "agents.yaml",
        "agents:\n  - id: special\n    code: MIL\n    name: Special forces\n"
        "    names: {ar: [قوات خاصة, حرس الحدود]}\n",
    )
    assert actors(book, "القوات الخاصة التركية", "ar") == [("القوات الخاصة التركية", "TURMIL")]
    assert actors(book, "قوات خاصة", "ar") == [("قوات خاصة", "MIL")]
    assert actors(book, "حرس الحدود التركي", "ar") == [("حرس الحدود التركي", "TURMIL")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Syrian officials Assad", "en", [("Syrian officials Assad", "SYRGOV")]),
        ("officials Assad", "en", [("officials Assad", "SYRGOV")]),
        ("المسؤولين السوريين الأسد", "ar", [("المسؤولين السوريين الأسد", "SYRGOV")]),
    ],
)
def test_a_title_before_a_name_is_one_actor(mini, text, lang, expected):
    assert actors(mini, text, lang, day=date(2015, 1, 1)) == expected


def test_a_title_of_another_country_is_not_merged_with_a_name(mini):
    found = actors(mini, "التقى الجيش التركي الأسد", "ar", day=date(2015, 1, 1))
    assert found == [("الجيش التركي", "TURMIL"), ("الأسد", "SYRGOV")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("القوات التركية والروسية", "ar", [("القوات التركية", "TURMIL"), ("والروسية", "RUSMIL")]),
        ("ولم تهاجم القوات التركية", "ar", [("القوات التركية", "TURMIL")]),
    ],
)
def test_shared_role_nouns_in_arabic(mini, text, lang, expected):
    assert actors(mini, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("the Syrians", "en", [("Syrians", "SYR")]),
        ("السوريون", "ar", [("السوريون", "SYR")]),
        ("والسوريين", "ar", [("والسوريين", "SYR")]),
        ("السوريات", "ar", [("السوريات", "SYR")]),  # Syrian women
        ("Syrian", "en", []),
        ("السورية", "ar", []),
        ("المتظاهرون السوريون", "ar", [("المتظاهرون السوريون", "SYRCVL")]),
    ],
)
def test_plural_demonyms_name_the_people(mini, text, lang, expected):
    assert actors(mini, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("the Serbs", "en", [("Serbs", "SRB")]),
        ("الصرب", "ar", [("الصرب", "SRB")]),  # a broken plural beside the nisba
        ("والإسبان", "ar", [("والإسبان", "ESP")]),
        ("Greeks and Cypriots", "en", [("Greeks", "GRC"), ("Cypriots", "CYP")]),
        # a people named with another country's adjective: that country's civilians
        ("Bosnian Serbs", "en", [("Bosnian Serbs", "BIHCVL")]),
        ("Syrian Armenians", "en", [("Syrian Armenians", "SYRCVL")]),
        ("Bosnian Serb forces", "en", [("Serb forces", "SRBMIL")]),
        ("الأكراد العراقيون", "ar", [("العراقيون", "IRQ")]),
    ],
)
def test_peoples_and_communities_named_with_a_country(shipped, text, lang, expected):
    assert actors(shipped, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Afghan immigrants", "en", [("Afghan immigrants", "AFGREF")]),
        ("مهاجرون أفغان", "ar", [("مهاجرون أفغان", "AFGREF")]),
        ("Cairo's security chief", "en", [("Cairo 's security chief", "EGYCOP")]),
        ("Greek border patrol agents", "en", [("Greek border patrol agents", "GRCCOP")]),
    ],
)
def test_migrants_and_police_role_nouns(shipped, text, lang, expected):
    assert actors(shipped, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("officials ISIS", "en", [("officials ISIS", "IMGMUSISI")]),
        ("officials Turkey", "en", [("officials", "GOV"), ("Turkey", "TUR")]),
        ("الجيش قسد", "ar", [("الجيش", "MIL"), ("قسد", "SYRREB")]),  # VSO subject and object
    ],
)
def test_bare_titles_before_named_actors_in_english_only(mini, text, lang, expected):
    assert actors(mini, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("police of Damascus", "en", [("police of Damascus", "SYRCOP")]),
        # a national role noun in a country is that country's; "from" names a place ...
        ("troops in Syria", "en", [("troops in Syria", "SYRMIL")]),
        (
            "Turkey withdrew troops from Syria",
            "en",
            [("Turkey", "TUR"), ("troops", "MIL"), ("Syria", "SYR")],
        ),
        # ...but a role noun from a country opening the sentence is its subject
        ("Troops from Syria attacked", "en", [("Troops from Syria", "SYRMIL")]),
        (
            "The troops from Syria and Turkey",
            "en",
            [("troops from Syria", "SYRMIL"), ("Turkey", "TURMIL")],
        ),
        ("قوات من سوريا", "ar", [("قوات", "MIL"), ("سوريا", "SYR")]),
        # a role shared along a list, unless a member has a role of its own
        (
            "the troops of Syria, Turkey and Russia",
            "en",
            [("troops of Syria", "SYRMIL"), ("Turkey", "TURMIL"), ("Russia", "RUSMIL")],
        ),
        (
            "officials of Turkey and Russia's army",
            "en",
            [("officials of Turkey", "TURGOV"), ("Russia 's army", "RUSMIL")],
        ),
        (
            "troops of Syria attacked Turkey",
            "en",
            [("troops of Syria", "SYRMIL"), ("Turkey", "TUR")],
        ),
    ],
)
def test_role_nouns_of_a_country_and_of_a_list(mini, text, lang, expected):
    assert actors(mini, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a person listed only by country takes the role of the title before the name
        ("Turkish officials Kerem Aydin", "en", [("Turkish officials Kerem Aydin", "TURGOV")]),
        (
            "Syrian officials Kerem Aydin",
            "en",
            [("Syrian officials", "SYRGOV"), ("Kerem Aydin", "TUR")],
        ),
        # Arabic sets a verb's subject and object side by side: never merged
        ("الجيش التركي كريم أيدين", "ar", [("الجيش التركي", "TURMIL"), ("كريم أيدين", "TUR")]),
    ],
)
def test_a_title_of_the_country_of_a_country_coded_name(tmp_path, text, lang, expected):
    book = mini_with(
        tmp_path,
        "actors.yaml",
        "actors:\n  - id: kerem-aydin\n    code: TUR\n    name: Kerem Aydin\n"
        "    names: {en: [Kerem Aydin], ar: [كريم أيدين]}\n",
    )
    assert actors(book, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "country", "expected"),
    [
        ("Syrian aid workers", "en", None, [("Syrian aid workers", "NGOSYR")]),
        ("عمال الإغاثة السوريين", "ar", None, [("عمال الإغاثة السوريين", "NGOSYR")]),
        ("aid workers", "en", "TUR", [("aid workers", "NGOTUR")]),
        ("عمال الإغاثة", "ar", "TUR", [("عمال الإغاثة", "NGOTUR")]),
    ],
)
def test_a_prefix_role_goes_before_the_country(tmp_path, text, lang, country, expected):
    book = mini_with(
        tmp_path,
        "agents.yaml",
        "agents:\n  - id: aid-workers\n    code: NGO\n    prefix: true\n"
        "    name: Aid workers ({country})\n"
        "    names: {en: [aid workers], ar: [عمال الإغاثة]}\n",
    )
    assert actors(book, text, lang, country=country) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an English nationality adjective used as a noun is a person of that people
        ("A Palestinian was shot dead near Nablus.", "en", [("Palestinian", "PSE")]),
        ("Police arrested an Iraqi in Mosul.", "en", [("Police", "IRQCOP"), ("Iraqi", "IRQ")]),
        ("They met an Iraqi and a Turk.", "en", [("Iraqi", "IRQ")]),
        # ... not before the noun it describes, nor without an article
        ("A Palestinian car was set alight.", "en", []),
        ("Syrian villages were shelled.", "en", [("Syrian", "SYR")]),  # a possession: its owner
        ("Syrian refugees were shelled.", "en", [("Syrian refugees", "SYRREF")]),
        # an Arabic indefinite one after a definite word cannot describe it: a person
        (
            "اعتقلت القوات الإسرائيلية فلسطينيا في الخليل",
            "ar",
            [("القوات الإسرائيلية", "ISRMIL"), ("فلسطينيا", "PSE")],
        ),
        # ... and so is one counted in digits (the singular accusative after 11-99)
        ("قتل 35 فلسطينيا في غزة", "ar", [("فلسطينيا", "PSE"), ("غزة", "GZS")]),
        ("35 Palestinians were killed in Gaza.", "en", [("Palestinians", "PSE"), ("Gaza", "GZS")]),
        # ... after a possession noun it names the owner (Palestinian lands: Palestine's)
        ("صادرت السلطات أراضي فلسطينية", "ar", [("السلطات", "GOV"), ("فلسطينية", "PSE")]),
        (
            "The authorities confiscated Palestinian lands.",
            "en",
            [("authorities", "GOV"), ("Palestinian", "PSE")],
        ),
        # ... while after another indefinite noun, or definite itself, it describes
        ("أصدرت السلطات طوابع فلسطينية", "ar", [("السلطات", "GOV")]),
        ("حل القضية الفلسطينية", "ar", []),
    ],
)
def test_a_nationality_adjective_used_as_a_noun_is_a_person(shipped, text, lang, expected):
    assert actors(shipped, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a role noun joins a named group or a composed actor through من ...
        ("مسلحون من داعش", "ar", [("مسلحون من داعش", "IMGMUSISI")]),
        ("مقاتلون من قوات النظام السوري", "ar", [("مقاتلون من قوات النظام السوري", "SYRMIL")]),
        # ... but not a bare country or city: that is where they came from (a role noun alone
        # takes the country of the sentence's places)
        ("انسحب الجنود من دمشق", "ar", [("الجنود", "SYRMIL"), ("دمشق", "SYRGOV")]),
        ("withdrew its troops from Syria", "en", [("troops", "MIL"), ("Syria", "SYR")]),
        # ... while people from a country are its people
        ("تظاهر لاجئون من سوريا", "ar", [("لاجئون من سوريا", "SYRREF")]),
        ("protested with students from Iraq", "en", [("students from Iraq", "IRQEDU")]),
        # ... and a role noun belonging to an actor is that actor's
        ("مدفعية تابعة للجيش التركي", "ar", [("مدفعية تابعة للجيش التركي", "TURMIL")]),
        (
            "artillery belonging to the Turkish army",
            "en",
            [("artillery belonging to the Turkish army", "TURMIL")],
        ),
        # suicide bombers are unidentified armed actors, except inside an event phrase
        ("انتحاري", "ar", [("انتحاري", "UAF")]),
        ("a suicide bomber", "en", [("suicide bomber", "UAF")]),
        ("هجوم انتحاري", "ar", []),
        # the singular gunman after a count; the adjective inside an event phrase is no actor
        ("قتلت القوات 11 مسلحا", "ar", [("القوات", "MIL"), ("مسلحا", "UAF")]),
        ("شن هجوما مسلحا", "ar", []),
        # broken plurals of demonyms name the people and take role nouns: جنود أتراك
        ("جنود أتراك", "ar", [("جنود أتراك", "TURMIL")]),
        ("الروس", "ar", [("الروس", "RUS")]),
        # the counterpart takes the adjective's country; the air force in war reports
        ("نظيره الروسي", "ar", [("نظيره الروسي", "RUSGOV")]),
        ("الطيران التركي", "ar", [("الطيران التركي", "TURMIL")]),
    ],
)
def test_role_nouns_joined_by_min_and_inside_event_phrases(shipped, text, lang, expected):
    assert actors(shipped, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "day", "code"),
    [
        ("Taliban fighters", "en", date(2019, 5, 1), "AFGREB"),
        ("مقاتلو طالبان", "ar", date(2019, 5, 1), "AFGREB"),
        ("the Taliban", "en", date(2023, 5, 1), "AFGGOV"),
        ("حركة طالبان", "ar", date(2023, 5, 1), "AFGGOV"),
    ],
)
def test_group_codes_follow_the_story_date(shipped, text, lang, day, code):
    assert [c for _, c in actors(shipped, text, lang, day)] == [code]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # ethnic and religious communities are civilians of the country named with them; a
        # religious one also holds PLOVER's religious sector (REL)
        ("Iraqi Kurds", "en", [("Iraqi Kurds", "IRQCVL")]),
        ("Egyptian Copts", "en", [("Egyptian Copts", "EGYCVLREL")]),
        ("ethnic Albanians in Serbia", "en", [("ethnic Albanians in Serbia", "SRBCVL")]),
        ("Islamic fundamentalists", "en", [("Islamic fundamentalists", "RAD")]),
        # abbreviated military ranks are the military
        ("Egyptian Maj. Gen. Ali Omar", "en", [("Egyptian Maj . Gen .", "EGYMIL")]),
        ("Lt. Col. Ali Omar", "en", [("Lt . Col .", "MIL")]),
        ("المكون الكردي", "ar", [("المكون الكردي", "CVL")]),
        # a body named between its role noun and the nationality of the whole (English puts
        # the adjective first: the Egyptian Ghad party)
        ("حزب الغد المصري", "ar", [("حزب الغد المصري", "EGYPTY")]),
        ("حزب الأمل والعمل المصري", "ar", [("حزب الأمل والعمل المصري", "EGYPTY")]),
        # an Arabic plural nisba after a noun is its adjective, not a community
        ("ناشطون أكراد", "ar", [("ناشطون", "CVL")]),
        # a religious community named by its noun; after a definite sound plural it describes
        # that noun (the armed men who are Shia), after anything else it is the community
        ("تجمع مئات من الأقباط", "ar", [("الأقباط", "CVLREL")]),
        ("Hundreds of Copts gathered", "en", [("Copts", "CVLREL")]),
        ("وهاجم المسلحون الشيعة", "ar", [("المسلحون", "UAF")]),
        ("اعتقلت الشرطة الدروز", "ar", [("الشرطة", "COP"), ("الدروز", "CVLREL")]),
        ("هاجم مسلحون المسيحيين", "ar", [("مسلحون", "UAF"), ("المسيحيين", "CVLREL")]),
        ("تظاهر المواطنون المسيحيون", "ar", [("المواطنون", "CVL")]),
    ],
)
def test_communities_and_ranks(shipped, text, lang, expected):
    assert actors(shipped, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "day", "expected"),
    [
        # older heads of state: one name, two terms (1989-1993, 2001-2009), between them an
        # elite of the country (CAMEO ELI: former officials)
        ("President Bush", "en", date(1990, 5, 1), [("President Bush", "USAGOV")]),
        ("President Bush", "en", date(1997, 5, 1), [("President Bush", "USAELI")]),
        ("الرئيس بوش", "ar", date(2003, 5, 1), [("الرئيس بوش", "USAGOV")]),
        ("Ariel Sharon", "en", date(2003, 1, 1), [("Ariel Sharon", "ISRGOV")]),
        ("أرييل شارون", "ar", date(2003, 1, 1), [("أرييل شارون", "ISRGOV")]),
        ("Ariel Sharon", "en", date(2000, 1, 1), [("Ariel Sharon", "ISRELI")]),
        ("Vladimir Putin", "en", date(2000, 1, 1), [("Vladimir Putin", "RUSGOV")]),
        # older organisations and armed groups
        ("the European Community", "en", date(1990, 1, 1), [("European Community", "IGOEUREEC")]),
        ("المجموعة الأوروبية", "ar", date(1990, 1, 1), [("المجموعة الأوروبية", "IGOEUREEC")]),
        ("the Tamil Tigers", "en", date(1995, 1, 1), [("Tamil Tigers", "LKAREB")]),
        ("UNITA", "en", date(1995, 1, 1), [("UNITA", "AGOREB")]),
        ("UNITA", "en", date(2010, 1, 1), [("UNITA", "AGOOPP")]),
    ],
)
def test_older_leaders_follow_the_story_date(shipped, text, lang, day, expected):
    assert actors(shipped, text, lang, day) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a cue word inside an actor's name is no verb: the United States does not "state"
        ("The United States warned Iran.", "en", []),
        ("The United States said Iran attacked the ship.", "en", ["said"]),
        # nor is the first half of a hyphenated modifier
        ("Syrian state-run television said troops attacked Manbij.", "en", ["said"]),
        ("قالت الولايات المتحدة إن إيران هاجمت السفينة", "ar", ["قالت"]),
        # بين is "between" far more often than "he explained": no reporting verb
        ("قال الجيش إن اشتباكات وقعت بين قسد وداعش", "ar", ["قال"]),
        # يبلغ "amounts to" is no reporting verb; أبلغ "informed" is
        ("يبلغ عدد القتلى ثلاثة وأبلغ الجيش الصحفيين بذلك", "ar", ["وأبلغ"]),
        ("The death toll stands at three, the army told reporters.", "en", ["told"]),
        ("The army said clashes broke out between the SDF and ISIS.", "en", ["said"]),
        # تابعة "belonging to" is تابعه "followed him" once ة is ه: no reporting verb
        ("قالت وحدات تابعة للجيش إنها قصفت مواقع داعش", "ar", ["قالت"]),
        ("Units belonging to the army said they shelled ISIS positions.", "en", ["said"]),
    ],
)
def test_cue_words_inside_names_or_compounds_are_not_verbs(shipped, text, lang, expected):
    from khaldun.scopes import word_cues

    tokens = tokenize(text)
    cues = word_cues(match_sentence(tokens, shipped, lang))
    found = [" ".join(t.text for t in tokens[c.start : c.end]) for c in cues]
    assert [w for w, c in zip(found, cues, strict=True) if c.hit.detail == "reporting"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head role noun decides: government troops are the military
        ("Syrian government troops", [("Syrian government troops", "SYRMIL")]),
        # a generic official keeps the role of its modifier
        ("Israeli intelligence officials", [("Israeli intelligence officials", "ISRSPY")]),
        ("Turkish army officials", [("Turkish army officials", "TURMIL")]),
        # a role noun with words between stays apart (unless both are organs of the state)
        ("Turkish troops and rebels", [("Turkish troops", "TURMIL"), ("rebels", "REB")]),
        ("Turkish troops and officials", [("Turkish troops", "TURMIL"), ("officials", "TURGOV")]),
    ],
)
def test_a_composed_actor_absorbs_its_head_noun(shipped, text, expected):
    assert actors(shipped, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role noun as a surname after a title and a first name belongs to the person
        ("British Defence Secretary Tom King", [("British Defence Secretary Tom King", "GBRGOV")]),
        # ... not after a lower-case role noun and a time word
        ("Turkish troops Monday King", [("Turkish troops", "TURMIL"), ("King", "GOV")]),
        # vice ministers are the government, also after a possessive
        ("Taiwan's Vice Foreign Minister", [("Taiwan 's Vice Foreign Minister", "TWNGOV")]),
    ],
)
def test_surnames_and_vice_ministers(shipped, text, expected):
    assert actors(shipped, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an administration named after its president is the US government on any date
        ("the Bush administration", "en", [("Bush administration", "USAGOV")]),
        ("إدارة ترامب", "ar", [("إدارة ترامب", "USAGOV")]),
    ],
)
def test_administrations_named_after_a_president(shipped, text, lang, expected):
    assert actors(shipped, text, lang, date(1997, 5, 1)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # state institutions known by their own name code as their country's role
        ("the Pentagon", "en", [("Pentagon", "USAMIL")]),
        ("جنود المارينز", "ar", [("جنود المارينز", "USAMIL")]),
        ("the CIA", "en", [("CIA", "USASPY")]),
        ("الموساد", "ar", [("الموساد", "ISRSPY")]),
        ("the Revolutionary Guards", "en", [("Revolutionary Guards", "IRNMIL")]),
        ("الحرس الثوري", "ar", [("الحرس الثوري", "IRNMIL")]),
    ],
)
def test_state_institutions_known_by_their_name(shipped, text, lang, expected):
    assert actors(shipped, text, lang, date(2015, 5, 1)) == expected


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # heads of state and government 1990-2025 outside the core regions, by the story date
        ("President Askar Akayev", date(2000, 1, 1), [("President Askar Akayev", "KGZGOV")]),
        ("Askar Akayev", date(2010, 1, 1), [("Askar Akayev", "KGZELI")]),
        ("Prime Minister Shinzo Abe", date(2013, 5, 1), [("Prime Minister Shinzo Abe", "JPNGOV")]),
        ("Shinzo Abe", date(2010, 5, 1), [("Shinzo Abe", "JPNELI")]),
        # one name for two terms in office, and a later post elsewhere
        ("Donald Tusk", date(2016, 1, 1), [("Donald Tusk", "IGOEUREEC")]),
        ("Donald Tusk", date(2024, 1, 1), [("Donald Tusk", "POLGOV")]),
        ("Aung San Suu Kyi", date(2000, 1, 1), [("Aung San Suu Kyi", "MMROPP")]),
    ],
)
def test_heads_of_government_follow_the_story_date(shipped, text, day, expected):
    assert actors(shipped, text, "en", day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's leaders are its government; a group's leaders are the group
        ("Palestinian leaders", [("Palestinian leaders", "PSEGOV")]),
        ("rebel leaders", [("rebel leaders", "REB")]),
        ("ISIS leaders", [("ISIS leaders", "IMGMUSISI")]),
    ],
)
def test_leaders_of_a_country_or_group(shipped, text, expected):
    assert actors(shipped, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces led by a country are that country's: X-led + role noun
        ("Saudi-led forces", [("Saudi - led forces", "SAUMIL")]),
        ("Russian-led troops", [("Russian - led troops", "RUSMIL")]),
        # ... but "-backed" names a proxy, not the backer
        ("Iranian-backed militias", [("militias", "UAF")]),
    ],
)
def test_forces_led_by_a_country(shipped, text, expected):
    assert actors(shipped, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister's counterpart is the government of the country named with it
        ("his Russian counterpart", [("Russian counterpart", "RUSGOV")]),
        ("Turkey's counterpart", [("Turkey 's counterpart", "TURGOV")]),
    ],
)
def test_counterparts_are_governments(shipped, text, expected):
    assert actors(shipped, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare role noun of the same role after "and" shares the country
        (
            "Israeli helicopters and tanks",
            [("Israeli helicopters", "ISRMIL"), ("tanks", "ISRMIL")],
        ),
        # ... another role does not
        ("Russian troops and rebels", [("Russian troops", "RUSMIL"), ("rebels", "REB")]),
        # a part of a whole after "including" shares it too
        (
            "Israeli aircraft including attack helicopters",
            [("Israeli aircraft", "ISRMIL"), ("attack helicopters", "ISRMIL")],
        ),
        ("Iraqi police including civilians", [("Iraqi police", "IRQCOP"), ("civilians", "CVL")]),
    ],
)
def test_a_role_noun_after_and_shares_the_country_of_its_role(shipped, text, expected):
    assert actors(shipped, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a plural that keeps its ن is no construct head: two actors, not one
        (
            "اغتال مسلحون مجهولون رئيس الوزراء",
            "ar",
            [("مسلحون مجهولون", "UAF"), ("رئيس الوزراء", "GOV")],
        ),
        (
            "اغتال مسلحو داعش رئيس الوزراء",
            "ar",
            [("مسلحو داعش", "IMGMUSISI"), ("رئيس الوزراء", "GOV")],
        ),
        (
            "Unknown gunmen killed the prime minister",
            "en",
            [("Unknown gunmen", "UAF"), ("prime minister", "GOV")],
        ),
    ],
)
def test_a_nunated_plural_is_no_construct_head(shipped, text, lang, expected):
    assert actors(shipped, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # supporters of a group are the group; of a person, or alone, a civilian crowd
        ("تظاهر أنصار حزب الله", "ar", [("أنصار حزب الله", "LBNREB")]),
        ("Hezbollah supporters rallied", "en", [("Hezbollah supporters", "LBNREB")]),
        ("تجمع مئات المؤيدين", "ar", [("المؤيدين", "CVL")]),
        ("Hundreds of supporters gathered", "en", [("supporters", "CVL")]),
        # a group whose name starts with the word is a longer match
        ("هاجم أنصار الله", "ar", [("أنصار الله", "YEMREB")]),
    ],
)
def test_supporters(shipped, text, lang, expected):
    assert actors(shipped, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # quote marks around a known name do not cut it off from its sentence
        ("قصف «حزب الله» مواقع للجيش الإسرائيلي", "ar", [("LBNREB", "194", "ISRMIL")]),
        ("هاجم مسلحو «داعش» مواقع للجيش العراقي", "ar", [("IMGMUSISI", "190", "IRQMIL")]),
        ("اعتقلت قوات «قسد» عشرة مدنيين", "ar", [("SYRREB", "173", "CVL")]),
        (
            "هاجم «تنظيم القاعدة في بلاد المغرب الإسلامي» دورية للجيش الموريتاني في الصحراء",
            "ar",
            [("IMGMUSALQ", "190", "MRTMIL")],
        ),
        ('"Hezbollah" shelled Israeli army positions.', "en", [("LBNREB", "194", "ISRMIL")]),
        ("«Hezbollah» fighters attacked Israeli troops.", "en", [("LBNREB", "190", "ISRMIL")]),
        # so do quote marks around one event word: the writer's distance, still the event
        ("وقالت المعارضة إن عناصر من الشرطة «خطفوا» ناشطا بارزا", "ar", [("COP", "181", "CVL")]),
        (
            'Witnesses said Syrian soldiers "detained" three students.',
            "en",
            [("SYRMIL", "173", "EDU")],
        ),
    ],
)
def test_quoted_names_stay_in_their_sentence(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a quotation keeps its marks: they still tell where the speech ends
        ("قال “لن ننسى”.", "ar"),
        ('He said "never again".', "en"),
    ],
)
def test_a_short_quotation_keeps_its_marks(shipped, text, lang):
    tokens, _spans = sentence_forms(tokenize(text), shipped.languages[lang])
    assert [t.text for t in tokens] == [t.text for t in tokenize(text)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Turkish defence minister visited the border region of Hatay on Sunday."),
        ("ar", "زار وزير الدفاع التركي منطقة هاتاي الحدودية يوم الأحد"),
        ("en", "Russian and Turkish officials are expected in Damascus."),
        ("ar", "يصل مسؤولون روس وأتراك إلى دمشق"),
        ("en", "The Kurdish-led SDF controls most of the province."),
        ("ar", "وتسيطر قسد على معظم المحافظة"),
    ],
)
def test_a_sentence_that_cannot_code_finds_the_actors_a_full_match_would(shipped, lang, text):
    tokens = tokenize(text)
    spans = find_spans(tokens, shipped.languages[lang])
    day = date(2019, 10, 10)
    actors = find_actors(tokens, spans, shipped, lang, day, "SYR")
    assert actors
    assert tuple(actors) == match_sentence(tokens, shipped, lang, day, "SYR", spans).actors


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a lower-case role noun after "and the" is the list's next member, not a modifier
        (
            "Clashes between the army and the rebels continued near the border.",
            "en",
            [("MIL", "190", "REB"), ("REB", "190", "MIL")],
        ),
        (
            "The rebels and the army exchanged fire near the border.",
            "en",
            [("MIL", "190", "REB"), ("REB", "190", "MIL")],
        ),
        (
            "تواصلت الاشتباكات بين الجيش والمتمردين قرب الحدود",
            "ar",
            [("MIL", "190", "REB"), ("REB", "190", "MIL")],
        ),
    ],
)
def test_a_list_member_after_and_the(shipped, text, lang, expected):
    assert keys(shipped, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a construct already complete (وزير الخارجية) takes no second role noun as its
        # genitive; a country after it is its adjective
        (
            "التقى وزير الخارجية نظيره الروسي",
            "ar",
            [("وزير الخارجية", "GOV"), ("نظيره الروسي", "RUSGOV")],
        ),
        (
            "The foreign minister met his Russian counterpart.",
            "en",
            [("foreign minister", "GOV"), ("Russian counterpart", "RUSGOV")],
        ),
        ("أدانت وزارة الخارجية السعودية الهجوم", "ar", [("وزارة الخارجية السعودية", "SAUGOV")]),
        (
            "The Saudi foreign ministry condemned the attack.",
            "en",
            [("Saudi foreign ministry", "SAUGOV")],
        ),
    ],
)
def test_a_complete_construct_takes_no_second_genitive(shipped, text, lang, expected):
    assert actors(shipped, text, lang) == expected
