"""The archive audit (examples/spark_audit.py) on Spark `local[2]`: the rows it writes are the
findings `figcheck check --jsonl` gives for the same articles, none lost, none doubled.

Needs pyspark and a Java runtime; skipped without them unless FIGCHECK_REQUIRE_SPARK=1 (CI sets
it, so there a missing Spark fails)."""

import collections
import gzip
import json
import os
import subprocess
import sys

import pytest

from conftest import REPO, articles

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
@pytest.mark.parametrize("compression, partitions", [("plain", 4), ("gzip", 3)])
def test_the_audit_writes_the_findings_of_check_jsonl(figcheck_bin, tmp_path, compression, partitions):
    # Plain text is read in 4 splits, numbered from their lengths; gzip cannot be split, so
    # its one split is spread over 3 partitions before the checks.
    docs = articles(300)
    for k in range(0, 300, 25):
        del docs[k]["id"]  # named by their line numbers, as the CLI names them
    # Lines that are not articles are reported apart, and the run goes on.
    bad = ['{"id": "no-text"}', "not json", '{"id": "bad-format", "text": "12", "format": "pdf"}']
    lines = [json.dumps(d) for d in docs[:150]] + bad + [""] + [json.dumps(d) for d in docs[150:]]
    text = "\n".join(lines) + "\n"
    plain = tmp_path / "articles.jsonl"
    plain.write_text(text, encoding="utf-8")
    source = plain
    if compression == "gzip":
        source = tmp_path / "articles.jsonl.gz"
        source.write_bytes(gzip.compress(text.encode("utf-8")))
    out = tmp_path / "audit"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    command = [sys.executable, str(REPO / "examples" / "spark_audit.py"), str(source), str(out)]
    done = subprocess.run(
        command + ["--master", "local[2]", "--partitions", str(partitions)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "figcheck audit: 300 articles," in done.stdout, done.stdout

    # The CLI on the same lines: it reports the four that are no article on stderr (exit 2).
    cli = subprocess.run([figcheck_bin, "check", "--jsonl", "--no-config", str(plain)], capture_output=True, text=True)
    assert cli.returncode == 2, cli.stderr
    expected = collections.Counter()
    for line in map(json.loads, cli.stdout.splitlines()):
        for f in line.get("findings", []):
            figures = (f["text"],) + tuple(r["text"] for r in f["related"])
            key = (id_string(line["id"]), f["rule"], f["severity"], f["message"], f["line"], f["column"], f["start"], f["end"], figures)
            expected[key] += 1
    assert sum(expected.values()) > 50, "the articles hold findings to compare"
    numbered = {str(k + 1 if k < 150 else k + 5) for k in range(0, 300, 25)}
    assert numbered & {key[0] for key in expected}, "an article without an id has findings"

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
    assert unread[1][1].startswith("line 153: unknown format")
    assert unread[2][1] == 'line 151: not an article with a "text"'
