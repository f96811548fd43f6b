"""Verbal and cooperative events (CAMEO 01-13) in wire-report shapes on the shipped codebook:
visits, talks, appeals, warnings, condemnations. English and Arabic rows side by side."""

from __future__ import annotations

import pytest

from conftest import keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an emir or sultan with his state is its government; alone, or an armed group's, not
        (
            "Qatar's emir received the Turkish foreign minister in Doha on Tuesday.",
            [("QATGOV", "043", "TURGOV")],
        ),
        (
            "استقبل أمير قطر وزير الخارجية التركي في الدوحة يوم الثلاثاء",
            [("QATGOV", "043", "TURGOV")],
        ),
        ("The Kuwaiti emir met the Iraqi prime minister.", [("KWTGOV", "040", "IRQGOV")]),
        (
            "بحث رئيس الوزراء العراقي مع أمير الكويت العلاقات الثنائية",
            [("IRQGOV", "040", "KWTGOV")],
        ),
        ("The emir met the Iraqi prime minister.", []),
        ("An ISIS emir was killed in an air strike.", [("", "195", "IMGMUSISI")]),
    ],
)
def test_an_emir_is_his_states_government(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the subject said during or at his own meeting with X: the meeting is news too,
        # however the speech goes on; a meeting of others is only the time of another event
        (
            "The Jordanian king said during his meeting with the Iraqi prime minister that "
            "Jordan stands by Iraq.",
            [("JORGOV", "040", "IRQGOV")],
        ),
        (
            "وقال العاهل الأردني خلال لقائه رئيس الوزراء العراقي إن الأردن يقف إلى جانب العراق",
            [("JORGOV", "040", "IRQGOV")],
        ),
        (
            "The Jordanian king stressed at a meeting with the Iraqi prime minister the need "
            "for coordination.",
            [("JORGOV", "040", "IRQGOV")],
        ),
        (
            "وشدد العاهل الأردني خلال اجتماعه مع رئيس الوزراء العراقي على ضرورة التنسيق",
            [("JORGOV", "040", "IRQGOV")],
        ),
        (
            "أكد العاهل الأردني لدى استقباله رئيس الوزراء العراقي دعم الأردن للعراق",
            [("JORGOV", "043", "IRQGOV")],
        ),
        ("A bomb exploded during a meeting of tribal leaders.", [("", "1834", "")]),
    ],
)
def test_a_meeting_during_which_the_subject_spoke(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit or a strike denied is not reported, however far the denial stands
        ("Iraq denied that the Iranian president had visited Baghdad.", []),
        ("نفى العراق أن يكون الرئيس الإيراني قد زار بغداد", []),
        ("Russia denied that its planes had bombed the hospital.", []),
        ("نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت المستشفى", []),
        ("The Iranian president visited Baghdad.", [("IRNGOV", "042", "IRQGOV")]),
        ("زار الرئيس الإيراني بغداد", [("IRNGOV", "042", "IRQGOV")]),
        # a resignation pressed for is a purpose, no resignation
        ("The opposition pressed for the resignation of the Iraqi prime minister.", []),
        ("ضغطت المعارضة في سبيل استقالة رئيس الوزراء العراقي", []),
    ],
)
def test_an_event_denied_or_pressed_for_is_not_reported(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality adjective on what is criticised, rejected or welcomed is its owner, the
        # target (the Saudi decision, القرار السعودي -> SAU)
        ("Iran criticised the Saudi decision.", [("IRN", "111", "SAU")]),
        ("انتقدت إيران القرار السعودي", [("IRN", "111", "SAU")]),
        ("Israel rejected the Egyptian proposal.", [("ISR", "127", "EGY")]),
        ("رفضت إسرائيل المقترح المصري", [("ISR", "127", "EGY")]),
        ("The Arab League welcomed the Egyptian initiative.", [("IGOMEAARL", "051", "EGY")]),
        ("رحبت الجامعة العربية بالمبادرة المصرية", [("IGOMEAARL", "051", "EGY")]),
        ("Iran criticised the decision of the Saudi government.", [("IRN", "111", "SAUGOV")]),
        ("انتقدت إيران قرار الحكومة السعودية", [("IRN", "111", "SAUGOV")]),
    ],
)
def test_the_owner_of_a_decision_or_proposal_is_the_target(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role or efforts praised are their owner's (the Egyptian role, الدور المصري -> EGY)
        (
            "The Jordanian king praised the Egyptian role in the negotiations.",
            [("JORGOV", "051", "EGY")],
        ),
        ("أشاد العاهل الأردني بالدور المصري في المفاوضات", [("JORGOV", "051", "EGY")]),
        (
            "The Jordanian king praised the Egyptian efforts to end the war.",
            [("JORGOV", "051", "EGY")],
        ),
        ("أشاد العاهل الأردني بالجهود المصرية لإنهاء الحرب", [("JORGOV", "051", "EGY")]),
        # talks boycotted are not held with the boycotter
        ("The opposition boycotted the talks with the government.", []),
        # talks held are negotiations, coded both ways (CAMEO 046)
        (
            "The opposition held talks with the government.",
            [("GOV", "046", "OPP"), ("OPP", "046", "GOV")],
        ),
        ("عقدت المعارضة محادثات مع الحكومة", [("GOV", "046", "OPP"), ("OPP", "046", "GOV")]),
    ],
)
def test_praise_of_a_role_and_talks_boycotted(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a position or stance is its owner's, singular as the military positions plural
        ("Iraq appreciated the Saudi position.", [("IRQ", "051", "SAU")]),
        ("وثمن العراق الموقف السعودي", [("IRQ", "051", "SAU")]),
        ("Jordan criticised the Israeli stance.", [("JOR", "111", "ISR")]),
        ("انتقد الأردن الموقف الإسرائيلي", [("JOR", "111", "ISR")]),
        ("Israeli troops shelled a Syrian position near the border.", [("ISRMIL", "194", "SYR")]),
    ],
)
def test_a_position_is_its_owners(shipped, text, expected):
    assert keys(shipped, text) == sorted(expected)
