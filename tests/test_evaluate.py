"""`khaldun evaluate` on small gold files written for these tests."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, SHIPPED
from khaldun.cli import app
from khaldun.detection import detection_lines, evaluate_detection
from khaldun.evaluate import evaluate, read_gold

GOLD = [
    {
        "id": "g1",
        "date": "20200101",
        "lang": "en",
        "text": "Turkish troops attacked the SDF.",
        "expected": [{"source": "TURMIL", "target": "SYRREB", "code": "190"}],
    },
    {
        "id": "g2",
        "date": "20200101",
        "lang": "ar",
        "text": "لم تهاجم القوات التركية مواقع قسد",
        "expected": [],
    },
    {
        "id": "g3",
        "date": "20200101",
        "lang": "en",
        "text": "Turkish police arrested the SDF.",
        "expected": [{"source": "TURMIL", "target": "SYRREB", "code": "173"}],
    },  # wrong actor
    {
        "id": "g4",
        "date": "20200101",
        "lang": "en",
        "text": "Turkish troops attacked ISIS.",
        "expected": [{"source": "TURMIL", "target": "IMGMUSISI", "code": "040"}],
    },  # wrong code
    {
        "id": "g5",
        "date": "20200101",
        "text": "Skipped by the validators.",
        "flags": ["OPTION"],
        "expected": [],
    },
]


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in GOLD) + "\n", encoding="utf-8"
    )
    return path


def test_levels_and_errors(mini, gold_file):
    report = evaluate((r for r, _ in read_gold(gold_file)), mini, with_errors=True)
    assert (report.records, report.skipped) == (4, 1)
    exact = report.levels["exact"]
    assert (exact.tp, exact.fp, exact.fn) == (1, 2, 2)
    root = report.levels["root"]
    assert (root.tp, root.fp, root.fn) == (1, 2, 2)
    blocks = report.levels["actor blocks"]
    assert (blocks.tp, blocks.fp, blocks.fn) == (3, 0, 0)
    assert report.per_root["19"].tp == 1 and report.per_root["04"].fn == 1
    assert report.confusion[("04", "19")] == 1 and report.confusion[("17", "17")] == 0
    alarms = [e for e in report.errors if e["kind"] == "false alarm"]
    assert {a["rule"] for a in alarms} == {"t.arrest", "t.attack"}


def test_detection(mini, tmp_path):
    path = tmp_path / "detect.jsonl"
    rows = [
        ("هاجمت القوات التركية مواقع قسد", "yes"),
        ("لم تهاجم القوات التركية قسد", "difficult no"),
        ("Turkish troops attacked the SDF.", "difficult no"),
        ("Nothing here.", "easy no"),
        ("Turkish troops met.", "ambiguous"),
    ]
    path.write_text(
        "\n".join(
            json.dumps(
                {"id": str(i), "text": t, "event_type": "ASSAULT", "label": label},
                ensure_ascii=False,
            )
            for i, (t, label) in enumerate(rows)
        )
        + "\n",
        encoding="utf-8",
    )
    score = evaluate_detection(path, mini, with_errors=True)["ASSAULT"]
    figures = score.figures()
    assert (figures["tp"], figures["fp"], figures["fn"], figures["tn"]) == (1, 1, 0, 1)
    assert figures["precision"] == 0.5 and figures["recall"] == 1.0
    assert [(e["id"], e["kind"], e["rules"]) for e in score.errors] == [
        ("2", "false alarm (difficult no)", ["t.attack"])
    ]
    lines = detection_lines({"ASSAULT": score}, with_errors=True)
    assert lines[0].startswith("ASSAULT    hard negatives  P 0.500  R 1.000")
    assert lines[-1] == "false alarm (difficult no): ASSAULT: 2 [t.attack]: " + rows[2][0]


def test_cli_evaluate_json(gold_file):
    args = [
        "-c",
        str(SHIPPED / "taxonomy"),
        "-c",
        str(SHIPPED / "language"),
        "-c",
        str(FIXTURES / "mini"),
    ]
    result = CliRunner().invoke(app, ["evaluate", str(gold_file), *args, "--json", "--errors"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["levels"]["exact"]["tp"] == 1 and data["records"] == 4
    text = CliRunner().invoke(app, ["evaluate", str(gold_file), *args, "--errors"]).stdout
    assert "false alarm: g3: TURCOP 173 SYRREB [t.arrest" in text


@pytest.mark.parametrize(
    ("gold", "coded", "agree"),
    [
        ("CVL", "IRQCVL", True),
        ("CVL", "IRQMIL", False),
        ("IRQ", "IRQCVL", True),
        ("USAMIL", "USA", True),
        ("USAMIL", "IRQMIL", False),
        ("", "TUR", True),
    ],
)
def test_role_only_gold_actors_agree_with_any_country(gold, coded, agree):
    from khaldun.evaluate import blocks_agree

    assert blocks_agree(gold, coded) is agree


def test_errors_agree_with_the_source_block_level(shipped, tmp_path):
    """Without codes, --errors lists what the "plover+source block" level counts as missed:
    gold CVL is met by coded IRQCVL, gold TUR is not."""
    path = tmp_path / "plover.jsonl"
    rows = [
        ("p1", "ar", "تظاهر آلاف العراقيين في بغداد.", "CVL"),
        ("p2", "en", "Thousands of Iraqis protested in Baghdad.", "CVL"),
        ("p3", "en", "Thousands of Iraqis protested in Baghdad.", "TUR"),
    ]
    path.write_text(
        "\n".join(
            json.dumps(
                {
                    "id": i,
                    "lang": lang,
                    "date": "20200101",
                    "text": text,
                    "expected": [{"source": source, "plover": "PROTEST"}],
                },
                ensure_ascii=False,
            )
            for i, lang, text, source in rows
        ),
        encoding="utf-8",
    )
    report = evaluate((r for r, _ in read_gold(path)), shipped, with_errors=True)
    assert report.levels["plover+source block"].tp == 2
    assert [(e["id"], e["kind"]) for e in report.errors] == [("p3", "miss"), ("p3", "false alarm")]
