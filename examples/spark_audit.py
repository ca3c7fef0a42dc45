"""Audit an archive of articles with figcheck on Apache Spark.

Reads JSON Lines articles (`{"id": ..., "text": ..., "format": "text|markdown|html"}`, format
optional), checks them on the executors with the `figcheck` Python package (one Checker per
partition: the rules load once per task, not once per article), and writes

  OUT/findings/   Parquet, one row per finding: id, rule, severity, message, line, column,
                  start, end, figures (the text of each figure that takes part)
  OUT/summary/    Parquet, one row per rule and severity: findings, articles
  OUT/unread/     Parquet, one row per input line that is not an article: id (when it has
                  one), error

and prints the summary. Every executor needs the `figcheck` wheel in its Python (docs/scale.md).

  spark-submit examples/spark_audit.py ARTICLES.jsonl OUT [--rules PACK]... [--partitions N]
  python examples/spark_audit.py ARTICLES.jsonl OUT --master 'local[2]'
"""

import argparse
import json
import os
import pathlib
import sys
import time

from pyspark.sql import Row, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import ArrayType, IntegerType, StringType, StructField, StructType

FINDING = StructType(
    [
        StructField("id", StringType(), False),
        StructField("rule", StringType(), False),
        StructField("severity", StringType(), False),
        StructField("message", StringType(), False),
        StructField("line", IntegerType(), False),
        StructField("column", IntegerType(), False),
        StructField("start", IntegerType(), False),
        StructField("end", IntegerType(), False),
        StructField("figures", ArrayType(StringType(), False), False),
    ]
)
UNREAD = StructType([StructField("id", StringType(), True), StructField("error", StringType(), False)])


def id_string(value):
    """An article's id as the CLI names it: a string as it is, anything else as JSON."""
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def audit_partition(lines, packs):
    """Checks the articles of one partition. Yields ("finding", Row), ("unread", Row) and, last,
    ("articles", n): the number of articles checked.

    Runs on an executor: figcheck is imported here, and one Checker serves the partition.
    """
    import figcheck

    checker = figcheck.Checker(rules=packs or None)
    checked = 0
    for number, line in lines:
        try:
            article = json.loads(line)
        except ValueError as e:
            yield "unread", Row(id=None, error=f"line {number}: not JSON: {e}")
            continue
        if not isinstance(article, dict) or not isinstance(article.get("text"), str):
            ident = article.get("id") if isinstance(article, dict) else None
            ident = None if ident is None else id_string(ident)
            yield "unread", Row(id=ident, error=f'line {number}: not an article with a "text"')
            continue
        ident = id_string(article["id"]) if article.get("id") is not None else str(number)
        try:
            findings = checker.check(article["text"], format=article.get("format") or "text", name=ident)
        except (ValueError, RuntimeError) as e:
            yield "unread", Row(id=ident, error=f"line {number}: {e}")
            continue
        checked += 1
        for f in findings:
            yield "finding", Row(
                id=ident,
                rule=f["rule"],
                severity=f["severity"],
                message=f["message"],
                line=f["line"],
                column=f["column"],
                start=f["start"],
                end=f["end"],
                figures=[f["text"]] + [r["text"] for r in f["related"]],
            )
    yield "articles", checked


def pack_texts(packs):
    """The YAML text of each pack (a file, or the *.yaml and *.yml files of a folder in name
    order), read once on the driver and shipped to the executors, which need not see the
    files. Raises figcheck.RuleError, with file, line and column, before any work starts."""
    import figcheck

    texts = []
    for given in packs:
        path = pathlib.Path(given)
        files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")) if path.is_dir() else [path]
        for file in files:
            figcheck.Checker(rules=[file])  # places any mistake in its file
            text = file.read_text(encoding="utf-8")
            texts.append(text if text.endswith("\n") else text + "\n")
    return texts


def audit(spark, articles, out, packs=(), partitions=None):
    """Runs the audit; returns (articles checked, findings, seconds)."""
    started = time.perf_counter()
    texts = pack_texts(packs)
    # Lines with their 1-based number, as the CLI numbers them (for ids and messages).
    lines = spark.sparkContext.textFile(articles, minPartitions=partitions or 2)
    numbered = lines.zipWithIndex().map(lambda pair: (pair[1] + 1, pair[0]))
    numbered = numbered.filter(lambda pair: pair[1].strip() != "")
    if partitions:
        numbered = numbered.repartition(partitions)
    tagged = numbered.mapPartitions(lambda part: audit_partition(part, texts)).cache()
    rows = lambda kind: tagged.filter(lambda t: t[0] == kind).map(lambda t: t[1])  # noqa: E731
    spark.createDataFrame(rows("finding"), FINDING).write.mode("overwrite").parquet(f"{out}/findings")
    spark.createDataFrame(rows("unread"), UNREAD).write.mode("overwrite").parquet(f"{out}/unread")
    checked = rows("articles").sum()
    tagged.unpersist()
    findings = spark.read.parquet(f"{out}/findings")
    summary = (
        findings.groupBy("rule", "severity")
        .agg(F.count("*").alias("findings"), F.countDistinct("id").alias("articles"))
        .orderBy(F.desc("findings"), "rule", "severity")
    )
    summary.write.mode("overwrite").parquet(f"{out}/summary")
    total = findings.count()
    seconds = time.perf_counter() - started
    print(f"figcheck audit: {checked} articles, {total} findings, {seconds:.1f} s ({checked / seconds:.0f} articles/s)")
    for row in summary.collect():
        print(f"  {row['rule']:<20} {row['severity']:<8} {row['findings']:>8} findings in {row['articles']:>7} articles")
    unread = spark.read.parquet(f"{out}/unread").count()
    if unread:
        print(f"  {unread} lines not checked: see {out}/unread")
    return checked, total, seconds


def main(argv=None):
    parser = argparse.ArgumentParser(description="Audit JSON Lines articles with figcheck on Spark.")
    parser.add_argument("articles", help="JSON Lines articles: a file, a folder or a glob Spark reads")
    parser.add_argument("out", help="output folder (findings/, summary/, unread/ as Parquet)")
    parser.add_argument("--rules", action="append", default=[], help="a rule pack (YAML) every executor can read; may be repeated")
    parser.add_argument("--partitions", type=int, help="partitions to check in (default: Spark's split of the input)")
    parser.add_argument("--master", help="Spark master when run with python rather than spark-submit, e.g. local[2]")
    args = parser.parse_args(argv)
    builder = SparkSession.builder.appName("figcheck-audit")
    if args.master:
        # Run by python on one machine: the workers are this Python, which has figcheck.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        audit(spark, args.articles, args.out, args.rules, args.partitions)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
