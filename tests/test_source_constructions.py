"""Which actor of a sentence is the source: verbs of success and undertaking before a verbal
noun, an attack carried out or claimed by X, a uniform's owner, the speaker's own country, agent
phrases after a passive, time words, the people and organs of a place. One table, English and
Arabic rows side by side."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of success or undertaking before the verbal noun: its subject is the source
        (
            "The Iraqi army succeeded in killing ten Islamic State militants near Mosul.",
            [("IRQMIL", "190", "IMGMUSISI")],
        ),
        (
            "نجح الجيش العراقي في قتل عشرة من مسلحي داعش قرب الموصل",
            [("IRQMIL", "190", "IMGMUSISI")],
        ),
        ("وقال المتحدث إن الجيش نجح في قتل عشرة من المسلحين", [("MIL", "190", "UAF")]),
        (
            "Egyptian police proceeded to arrest twenty students in Cairo.",
            [("EGYCOP", "173", "EGYEDU")],
        ),
        ("أقدمت الشرطة المصرية على اعتقال عشرين طالبا في القاهرة", [("EGYCOP", "173", "")]),
        ("أقدم مسلحون مجهولون على خطف مهندس تركي في بغداد", [("UAF", "181", "")]),
        # أقدم "oldest" before a noun that is no event
        ("يعد هذا الجامع أقدم مسجد في بغداد", []),
        ("The talks proceeded to the next stage.", []),
        # an attack carried out, launched or committed by X: X is the source
        (
            "Five Turkish soldiers were killed in an attack carried out by PKK militants.",
            [("TURREB", "190", "TURMIL")],
        ),
        (
            "قتل خمسة جنود أتراك في هجوم نفذه مسلحو حزب العمال الكردستاني",
            [("TURREB", "190", "TURMIL")],
        ),
        (
            "Three Syrian civilians were wounded in an air strike launched by Russian aircraft.",
            [("RUSMIL", "195", "SYRCVL")],
        ),
        (
            "أصيب ثلاثة مدنيين سوريين في غارة جوية نفذتها طائرات روسية",
            [("RUSMIL", "195", "SYRCVL")],
        ),
        # the agent named far from the attack noun
        (
            "تعرضت عشرات السفن للهجوم في خليج عدن في عمليات نفذها قراصنة صوماليون",
            [("SOMCRM", "190", "")],
        ),
        # the owner of a uniform is what the wearer looks like, no actor
        (
            "Gunmen wearing Iraqi police uniforms kidnapped five Turkish engineers in Baghdad.",
            [("UAF", "181", "")],
        ),
        (
            "خطف مسلحون يرتدون زي الشرطة العراقية خمسة مهندسين أتراك في بغداد",
            [("UAF", "181", "TUR")],
        ),
        (
            "Gunmen in Iraqi army uniforms attacked a police checkpoint in Diyala.",
            [("UAF", "190", "IRQCOP")],
        ),
        ("هاجم مسلحون بزي الجيش العراقي حاجزا للشرطة في ديالى", [("UAF", "190", "IRQCOP")]),
        (
            "قال مسؤول إن مسلحا يرتدي زي الجيش أطلق النار على المصلين في المسجد",
            [("UAF", "193", "CVL")],
        ),
        # the speaker's own country, his or its, is the speaker
        (
            "Jordanian Foreign Minister Ayman Safadi said his country condemned the bombing.",
            [("JORGOV", "111", "")],
        ),
        (
            "قال وزير الخارجية الأردني أيمن الصفدي إن بلاده تدين التفجير",
            [("JORGOV", "111", "")],
        ),
        # فجر "dawn" before a day is a time, no detonation: the search for the target passes it
        (
            "اعتقلت قوات الاحتلال الإسرائيلي فجر اليوم ستة شبان من مخيم الدهيشة",
            [("ISRMIL", "173", "PSECVL")],
        ),
        (
            "Israeli occupation forces arrested six young men at dawn today in Dheisheh camp.",
            [("ISRMIL", "173", "PSECVL")],
        ),
        ("قصفت الطائرات الروسية فجر الأحد بلدة في ريف إدلب", [("RUSMIL", "194", "")]),
        ("فجر مسلحون عبوة ناسفة فجر أمس قرب دورية للجيش", [("UAF", "1834", "")]),
        # a security force, a security patrol; suspects (مشتبه بهم)
        (
            "The Iraqi police spokesman said a security force arrested three suspects in Kirkuk.",
            [("IRQCOP", "173", "")],
        ),
        (
            "وقال المتحدث باسم الشرطة العراقية إن قوة أمنية اعتقلت ثلاثة مشتبه بهم في كركوك",
            [("IRQCOP", "173", "")],
        ),
        # a headline's claimer before its verb claims the attack (داعش يتبنى الهجوم)
        (
            "داعش يتبنى الهجوم على حاجز للجيش العراقي في كركوك",
            [("IMGMUSISI", "015", "IRQMIL"), ("IMGMUSISI", "190", "IRQMIL")],
        ),
        (
            "تبنت حركة الشباب الهجوم على قاعدة للجيش الصومالي",
            [("SOMREB", "015", "SOMMIL"), ("SOMREB", "190", "SOMMIL")],
        ),
        # a capital after an event noun is where it happened, no subject of the relative
        # clause after it (تفجير مقديشو الذي قتل: the bombing killed)
        ("حركة الشباب تتبنى تفجير مقديشو الذي قتل عشرين شخصا", [("SOMREB", "183", "")]),
        (
            "Al-Shabaab claimed responsibility for the Mogadishu bombing which killed 20 people.",
            [("SOMREB", "183", "")],
        ),
        # the people of a place (أبناء البصرة) are its civilians
        ("تظاهر المئات من أبناء البصرة أمام مبنى المحافظة", [("IRQCVL", "141", "")]),
        (
            "Hundreds of Basra residents demonstrated outside the governorate building.",
            [("IRQCVL", "141", "")],
        ),
        # ... whatever country the story is about: the people and organs of a place are its
        # country's (construct state, "of" the place, the place before the role noun)
        (
            "تظاهر مئات من أبناء دارفور أمام السفارة السودانية في لندن",
            [("SDNCVL", "141", "")],
        ),
        (
            "Hundreds of residents of Darfur demonstrated outside the Sudanese embassy in London.",
            [("SDNCVL", "141", "SDNGOV")],
        ),
        ("Darfur residents protested in London against the war.", [("SDNCVL", "141", "")]),
        ("قال مسؤول في لندن إن شرطة البصرة اعتقلت خمسة مهربين", [("IRQCOP", "173", "CRM")]),
        (
            "An official in London said Basra police arrested five smugglers.",
            [("IRQCOP", "173", "CRM")],
        ),
        # البو (Al Bu) opens Iraqi tribal names: no Aalborg (آلبو) but after a place noun
        ("تظاهر شيوخ عشائر البو نمر في الرمادي", [("IRQCVL", "141", "")]),
        ("Sheikhs of the Albu Nimr tribes protested in Ramadi.", [("IRQCVL", "141", "")]),
        # a religious community demonstrating: civilians of the religious sector
        ("تجمع مئات من الأقباط أمام الكاتدرائية في القاهرة", [("EGYCVLREL", "141", "")]),
        ("Hundreds of Copts gathered outside the cathedral in Cairo.", [("EGYCVLREL", "141", "")]),
        # "the protesters" after a protest by named protesters are they, told again: one
        # protest; before it, a crowd of their own
        (
            "تظاهر أعضاء حزب الوفد المصري في العاصمة وردد المتظاهرون هتافات ضد الفساد",
            [("EGYPTY", "141", "")],
        ),
        (
            "Members of the Egyptian Wafd party demonstrated in the capital and the protesters "
            "chanted slogans.",
            [("EGYPTY", "141", "")],
        ),
        (
            "نزل آلاف المتظاهرين إلى الشوارع، وتظاهر طلاب الجامعات أمام الوزارة",
            [("CVL", "141", ""), ("EDU", "141", "GOV")],
        ),
        (
            "Thousands of protesters took to the streets, and university students demonstrated "
            "outside the ministry.",
            [("CVL", "141", ""), ("EDU", "141", "GOV")],
        ),
        # اثنين is the number two, no form of أثنى (praised)
        ("اعتقلت الشرطة اثنين من أبناء الشيخ في الفلوجة", [("IRQCOP", "173", "IRQCVL")]),
        ("Police arrested two relatives of the sheikh in Fallujah.", [("IRQCOP", "173", "")]),
        ("أثنى الرئيس العراقي على جهود الجيش", [("IRQGOV", "051", "MIL")]),
        ("The Iraqi president praised the efforts of the army.", [("IRQGOV", "051", "MIL")]),
        # hired thugs (Egyptian بلطجية) are a criminal group
        ("هاجم بلطجية مقر حزب الوفد في القاهرة", [("EGYCRM", "190", "EGYPTY")]),
        ("Thugs attacked the Wafd party headquarters in Cairo.", [("EGYCRM", "190", "EGYPTY")]),
        # the victims before a passive verb, the agent after (ثلاثة جنود قتلوا على يد X): the
        # agent phrase agrees with no verb, and the victims did not do it
        ("ثلاثة جنود عراقيين قتلوا على يد مسلحي داعش", [("IMGMUSISI", "190", "IRQMIL")]),
        (
            "Three Iraqi soldiers were killed by Islamic State militants.",
            [("IMGMUSISI", "190", "IRQMIL")],
        ),
        ("خمسة ناشطين اعتقلوا في بغداد من قبل قوات الأمن", [("IRQCOP", "173", "IRQCVL")]),
        (
            "Five activists were arrested in Baghdad by security forces.",
            [("IRQCOP", "173", "IRQCVL")],
        ),
        (
            "وأعلنت الشرطة أن المدير الإقليمي للشركة خطف في وسط المدينة من قبل أربعة مسلحين",
            [("UAF", "181", "BUS")],
        ),
        (
            "Police said a company director was kidnapped in the city centre by four gunmen.",
            [("UAF", "181", "BUS")],
        ),
        # قبل alone is "before", no agent
        ("اعتقلت الشرطة العراقية خمسة ناشطين قبل وصول الوزير", [("IRQCOP", "173", "CVL")]),
        (
            "Iraqi police arrested five activists before the minister arrived.",
            [("IRQCOP", "173", "CVL")],
        ),
        # an ambassador summoned in protest: the summoning state's complaint, no crowd's protest
        (
            "The Iraqi foreign ministry summoned the Turkish envoy in protest at the shelling.",
            [("IRQGOV", "114", "TURGOV")],
        ),
        ("استدعت الخارجية العراقية السفير التركي احتجاجا على القصف", [("IRQGOV", "114", "TURGOV")]),
        # the kingdom: the speaker's own state
        (
            "وأضاف وزير الخارجية السعودي فيصل بن فرحان أن المملكة ترحب بالاتفاق",
            [("SAUGOV", "051", "")],
        ),
        (
            "Saudi Foreign Minister Faisal bin Farhan added that the kingdom welcomed the deal.",
            [("SAUGOV", "051", "")],
        ),
        # a country before a title and its person is one actor, the person (U.S. President X)
        (
            "The Jordanian king received a phone call from U.S. President Donald Trump.",
            [("JORGOV", "041", "USAGOV"), ("USAGOV", "041", "JORGOV")],
        ),
        (
            "تلقى العاهل الأردني اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب",
            [("JORGOV", "041", "USAGOV"), ("USAGOV", "041", "JORGOV")],
        ),
        # an apposition that names the subject again is passed over on the way to the object
        (
            "أطلقت كتائب القسام الجناح العسكري لحركة حماس صواريخ على إسرائيل",
            [("PSEREBHMS", "194", "ISR")],
        ),
        (
            "The Qassam Brigades, the armed wing of Hamas, fired rockets at Israel.",
            [("PSEREBHMS", "194", "ISR")],
        ),
        # a group's military spokesman speaks for the group; and a speaker is no protester:
        # never the source of a slot for civilians only (هاجمت: a riot's verb too)
        ("قال المتحدث العسكري باسم الحوثيين إن قواتهم هاجمت سفينة تجارية", [("YEMREB", "190", "")]),
        (
            "The military spokesman of the Houthis said their forces attacked a merchant ship.",
            [("YEMREB", "190", "BUS")],
        ),
        # a group's spokesman on "the movement": the group itself; a state's is not
        (
            "قال الناطق باسم حماس حازم قاسم إن الحركة ترفض الشروط الإسرائيلية",
            [("PSEREB", "120", "")],
        ),
        (
            "Hamas spokesman Hazem Qassem said the movement rejected the Israeli conditions.",
            [("PSEREB", "120", "")],
        ),
        ("قال المتحدث باسم الجيش إن الحركة رفضت الشروط الإسرائيلية", [("", "120", "")]),
        (
            "The army spokesman said the movement rejected the Israeli conditions.",
            [("", "120", "")],
        ),
        # a joint operations command is the army's (its forces: its own)
        ("قالت قيادة العمليات المشتركة إن قواتها قتلت ثلاثة إرهابيين", [("MIL", "190", "UAF")]),
        (
            "The Joint Operations Command said its forces killed three militants.",
            [("MIL", "190", "REB")],
        ),
        # a reported clause opening with a pronoun for the speaker (they, it; إنهم، إنه): the
        # speaker's own act, even for a rule that codes without a source too; not he or she
        (
            "Iraqi rebels said they tried to kill the governor of Basra.",
            [("IRQREB", "185", "IRQGOV")],
        ),
        ("قال المتمردون العراقيون إنهم حاولوا اغتيال محافظ البصرة", [("IRQREB", "185", "IRQGOV")]),
        (
            "The Iraqi army said that it had tried to kill the rebel commander.",
            [("IRQMIL", "185", "REB")],
        ),
        ("Iraqi police said he tried to kill a soldier.", [("", "185", "MIL")]),
        # a capital after a locative and a possession noun is a place (في مطار بغداد)
        ("انفجرت سيارة مفخخة قرب مطار بغداد وقتلت خمسة جنود", [("", "1832", "")]),
        ("A car bomb exploded near Baghdad airport.", [("", "1832", "")]),
        # a country after a nisba adverb of place (شرقي، جنوب شرقي: east of) is a place
        ("قتل تسعة جنود أفغان في ضربة جوية شرقي أفغانستان", [("", "195", "AFGMIL")]),
        ("قتل تسعة جنود أفغان في ضربة جوية في جنوب شرقي أفغانستان", [("", "195", "AFGMIL")]),
        (
            "Nine Afghan soldiers were killed in an air strike in southeastern Afghanistan.",
            [("", "195", "AFGMIL")],
        ),
        # the verb right after a subordinator (بعدما، عندما) has its subject after it, never an
        # actor of the main clause; a verb with a plural pronoun refers back to one
        (
            "قتل الجنود ثلاثة مدنيين بعدما فجرت عبوة ناسفة إحدى مركباتهم",
            [("MIL", "190", "CVL")],
        ),
        (
            "Soldiers killed three civilians after a roadside bomb hit one of their vehicles.",
            [("MIL", "190", "CVL")],
        ),
        (
            "اعتقلت الشرطة ثلاثة طلاب بعدما هاجموا مركزا للشرطة في بغداد",
            [("IRQCOP", "173", "IRQEDU"), ("IRQEDU", "145", "IRQCOP")],
        ),
        # a noun a pronoun owns after إن (إن طائراته قصفت: its aircraft) is the subject of the
        # verb after it: the speaker's; the actor after the verb is its object
        (
            "قال الجيش التركي إن طائراته قصفت مجموعة من المتمردين الأكراد في شمال العراق",
            [("TURMIL", "194", "IRQREB")],
        ),
        (
            "The Turkish army said its aircraft shelled Kurdish rebels in northern Iraq.",
            [("TURMIL", "194", "IRQREB")],
        ),
        # foreign forces are no forces of the country they are in
        ("هاجمت القوات الأجنبية قرية في أفغانستان", [("MIL", "190", "")]),
        ("Foreign forces attacked a village in Afghanistan.", [("MIL", "190", "")]),
        ("هاجمت القوات الأفغانية قرية في أفغانستان", [("AFGMIL", "190", "")]),
    ],
)
def test_the_source_of_a_construction(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group with a history of codes (the RSF: SDNMIL until 2023) is no person: the role
        # noun before it is the subject, not its title
        (
            "اتهم الجيش السوداني قوات الدعم السريع بقصف أحياء سكنية في أم درمان",
            [("SDNMIL", "1123", "SDNREB")],
        ),
        (
            "The Sudanese army accused the Rapid Support Forces of shelling homes in Omdurman.",
            [("SDNMIL", "1123", "SDNREB")],
        ),
        # a person's title still joins the person
        ("التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي", [("TURGOV", "040", "RUSGOV")]),
    ],
)
def test_a_group_with_dated_codes_takes_no_title(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # an actor after an agent phrase (على يد X، من قبل X, by X) is never the victim, even
        # when the victim is no actor (a journalist: صحفي is no Arabic role noun alone)
        "اختطف صحفي يمني على يد مسلحين في عدن",
        "اختطف صحفي يمني من قبل مسلحين في عدن",
        "A Yemeni journalist was kidnapped by gunmen in Aden.",
    ],
)
def test_the_agent_of_a_passive_is_no_target(shipped, text):
    assert all(target != "UAF" for _, _, target in keys(shipped, text))


@pytest.mark.parametrize(
    ("day", "text", "expected"),
    [
        # a leader's forces are his side's by the story date: Minni Minnawi was in government
        # from 2006 to 2010, a rebel leader again until 2021
        ("2007-03-25", "هاجمت قوات مناوي قرية في شمال دارفور", [("SDNMIL", "190", "")]),
        (
            "2007-03-25",
            "Minnawi's forces attacked a village in North Darfur.",
            [("SDNMIL", "190", "")],
        ),
        (
            "2012-05-01",
            "هاجمت قوات مناوي مواقع للجيش السوداني في دارفور",
            [("SDNREB", "190", "SDNMIL")],
        ),
        (
            "2012-05-01",
            "Minnawi's forces attacked Sudanese army positions in Darfur.",
            [("SDNREB", "190", "SDNMIL")],
        ),
    ],
)
def test_a_leaders_forces_follow_the_story_date(shipped, day, text, expected):
    assert keys(shipped, text, day=date.fromisoformat(day)) == sorted(expected)
