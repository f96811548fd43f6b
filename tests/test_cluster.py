"""Parquet output and Dask coding (optional extras): same events as a single-process run."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import MINI_ARGS, MINI_LAYERS
from khaldun.cli import app
from khaldun.cluster import code_records
from khaldun.writers import COLUMNS

STORIES = [
    {"id": f"s{i}", "text": text, "date": "2020-01-02"}
    for i, text in enumerate(
        [
            "Turkish troops attacked the SDF.",
            "هاجمت القوات التركية مواقع قسد",
            "Nothing.",
            "Talks between Turkey and Russia began.",
            "اعتقلت الشرطة التركية عناصر من داعش",
        ]
        * 4
    )
]


def test_parquet_output_has_the_native_columns(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(json.dumps(s, ensure_ascii=False) for s in STORIES) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "events.parquet"
    result = CliRunner().invoke(
        app, ["code", str(feed), *MINI_ARGS, "-f", "parquet", "-o", str(out), "-q"]
    )
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(out)
    assert table.column_names == list(COLUMNS)
    assert table.num_rows == len(code_records(STORIES, tuple(map(str, MINI_LAYERS))))
    assert str(table.schema.field("goldstein").type) == "double"
    assert list(tmp_path.iterdir()) == [feed, out] or sorted(tmp_path.iterdir()) == sorted(
        [feed, out]
    )


def test_parquet_needs_an_output_file():
    result = CliRunner().invoke(app, ["code", "-", *MINI_ARGS, "-f", "parquet"], input="x")
    assert result.exit_code == 2


def test_dask_local_cluster_codes_like_one_process():
    distributed = pytest.importorskip("dask.distributed")
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    from khaldun.cluster import code_bag, code_dataframe

    layers = [str(p) for p in MINI_LAYERS]
    expected = code_records(STORIES, tuple(layers))
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        bag = db.from_sequence(STORIES, npartitions=4)
        assert code_bag(bag, layers).compute() == expected
        frame = dd.from_pandas(pd.DataFrame(STORIES), npartitions=3)
        events = code_dataframe(frame, layers).compute()
    assert list(events.columns) == list(COLUMNS)
    assert events["event_id"].tolist() == [e["event_id"] for e in expected]
