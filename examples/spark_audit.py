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

from pyspark.sql import SparkSession
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


def key_lines(split, lines):
    """The lines of one input split as (split, k, line), k counting from 0, then (split, -1, n):
    how many lines the split holds. Lines are numbered from these counts after the checks, so
    the input is read once (zipWithIndex would read it twice)."""
    n = 0
    for n, line in enumerate(lines, 1):
        yield split, n - 1, line
    yield split, -1, n


def audit_partition(keyed, packs):
    """Checks the articles of one partition. Yields ("finding", place, id, fields),
    ("unread", place, id, error, is_article), ("lines", split, n) and, last, ("articles", n):
    the number of articles checked. `place` is (split, k): line numbers are filled in once every
    split's length is known, and an article without an id is named by its line number.

    Runs on an executor: figcheck is imported here, and one Checker serves the partition.
    """
    import figcheck

    checker = figcheck.Checker(rules=packs or None)
    checked = 0
    for split, k, line in keyed:
        if k < 0:
            yield "lines", split, line
            continue
        place = (split, k)
        if not line.strip():
            continue  # the CLI reports an empty line; it is no article, and no finding
        try:
            article = json.loads(line)
        except ValueError as e:
            yield "unread", place, None, f"not JSON: {e}", False
            continue
        if not isinstance(article, dict) or not isinstance(article.get("text"), str):
            ident = article.get("id") if isinstance(article, dict) else None
            yield "unread", place, None if ident is None else id_string(ident), 'not an article with a "text"', False
            continue
        ident = None if article.get("id") is None else id_string(article["id"])
        try:
            findings = checker.check(article["text"], format=article.get("format") or "text", name=ident or "<text>")
        except (ValueError, RuntimeError) as e:
            yield "unread", place, ident, str(e), True
            continue
        checked += 1
        for f in findings:
            figures = [f["text"]] + [r["text"] for r in f["related"]]
            fields = (f["rule"], f["severity"], f["message"], f["line"], f["column"], f["start"], f["end"], figures)
            yield "finding", place, ident, fields
    yield "articles", checked


def line_numbers(tagged):
    """The first line number of each split, from the splits' lengths."""
    lengths = dict(tagged.filter(lambda t: t[0] == "lines").map(lambda t: (t[1], t[2])).collect())
    first, start = {}, 1
    for split in sorted(lengths):
        first[split] = start
        start += lengths[split]
    return first


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
    lines = spark.sparkContext.textFile(articles, minPartitions=partitions or 2)
    keyed = lines.mapPartitionsWithIndex(key_lines)
    if partitions and partitions > lines.getNumPartitions():
        keyed = keyed.repartition(partitions)  # an unsplittable input (gzip) read by few tasks
    tagged = keyed.mapPartitions(lambda part: audit_partition(part, texts)).cache()
    first = spark.sparkContext.broadcast(line_numbers(tagged))

    def number(place):
        split, k = place
        return first.value[split] + k

    def finding(t):
        _, place, ident, fields = t
        return (ident or str(number(place)),) + fields

    def unread(t):
        # An article that could not be checked is named as its findings would be; a line that
        # is no article keeps the id it has, if any.
        _, place, ident, error, article = t
        if ident is None and article:
            ident = str(number(place))
        return ident, f"line {number(place)}: {error}"

    findings = tagged.filter(lambda t: t[0] == "finding").map(finding)
    spark.createDataFrame(findings, FINDING).write.mode("overwrite").parquet(f"{out}/findings")
    unread_rows = tagged.filter(lambda t: t[0] == "unread").map(unread)
    spark.createDataFrame(unread_rows, UNREAD).write.mode("overwrite").parquet(f"{out}/unread")
    checked = tagged.filter(lambda t: t[0] == "articles").map(lambda t: t[1]).sum()
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
