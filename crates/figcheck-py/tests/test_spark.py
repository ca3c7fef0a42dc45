"""The archive audit (examples/spark_audit.py) on Spark `local[2]`: the rows it writes are the
findings `figcheck check --jsonl` gives for the same articles, none lost, none doubled.

Needs pyspark and a Java runtime; skipped without them unless FIGCHECK_REQUIRE_SPARK=1 (CI sets
it, so there a missing Spark fails)."""

import collections
import json
import os
import subprocess
import sys

import pytest

from conftest import REPO, articles, run_jsonl

try:
    import pyspark  # noqa: F401
except ImportError:
    pyspark = None

needs_spark = pytest.mark.skipif(
    pyspark is None and os.environ.get("FIGCHECK_REQUIRE_SPARK") != "1",
    reason="pyspark is not installed",
)


def id_string(value):
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


@needs_spark
def test_the_audit_writes_the_findings_of_check_jsonl(figcheck_bin, tmp_path):
    docs = articles(300)
    # Lines that are not articles are reported apart, and the run goes on.
    bad = ['{"id": "no-text"}', "not json", '{"id": "bad-format", "text": "12", "format": "pdf"}']
    source = tmp_path / "articles.jsonl"
    lines = [json.dumps(d) for d in docs[:150]] + bad + [""] + [json.dumps(d) for d in docs[150:]]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "audit"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    done = subprocess.run(
        [sys.executable, str(REPO / "examples" / "spark_audit.py"), str(source), str(out), "--master", "local[2]", "--partitions", "4"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "figcheck audit: 300 articles," in done.stdout, done.stdout

    expected = collections.Counter()
    for line in run_jsonl(figcheck_bin, "check", docs, tmp_path):
        for f in line["findings"]:
            figures = (f["text"],) + tuple(r["text"] for r in f["related"])
            key = (id_string(line["id"]), f["rule"], f["severity"], f["message"], f["line"], f["column"], f["start"], f["end"], figures)
            expected[key] += 1
    assert sum(expected.values()) > 50, "the articles hold findings to compare"

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[1]").appName("figcheck-audit-test").getOrCreate()
    try:
        rows = spark.read.parquet(str(out / "findings")).collect()
        got = collections.Counter(
            (r["id"], r["rule"], r["severity"], r["message"], r["line"], r["column"], r["start"], r["end"], tuple(r["figures"]))
            for r in rows
        )
        summary = {(r["rule"], r["severity"]): (r["findings"], r["articles"]) for r in spark.read.parquet(str(out / "summary")).collect()}
        unread = sorted((r["id"] or "", r["error"]) for r in spark.read.parquet(str(out / "unread")).collect())
    finally:
        spark.stop()
    assert got == expected, (got - expected, expected - got)
    by_rule = collections.defaultdict(lambda: [0, set()])
    for key, n in expected.items():
        by_rule[(key[1], key[2])][0] += n
        by_rule[(key[1], key[2])][1].add(key[0])
    assert summary == {k: (n, len(ids)) for k, (n, ids) in by_rule.items()}
    assert [u[0] for u in unread] == ["", "bad-format", "no-text"]
    assert unread[0][1].startswith("line 152: not JSON")
