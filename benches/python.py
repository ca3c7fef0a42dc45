#!/usr/bin/env python3
"""figcheck from Python against the CLI: the same findings, and the speed of each.

    python benches/python.py --corpus CORPUS_DIR [--bin target/release/figcheck] [--first 500]
        [--speed bbc,gva] [--repeat 3]

Run it with a Python that has the figcheck package installed (crates/figcheck-py/test.sh
installs one). For each corpus `NAME.jsonl` of the folder (one {"id", "text"} per line) it
checks the first N articles (500) with `figcheck check --jsonl` and with `figcheck.Checker` and
`figcheck.extract` against `figcheck extract --jsonl`, and prints per corpus the articles, the
findings, the figures and the documents whose results differ; it exits 1 on any difference.

With --speed it then times, over the named corpora joined into one JSON Lines file, whole
(best of --repeat runs): `figcheck check --jsonl` (one thread); a Python loop that reads the
lines, decodes the JSON and calls Checker.check on each article; Checker.check alone on the
articles' texts already in memory (both one thread); the reading and decoding alone; reading
and decoding every line, then one Checker.check_many call (one thread); and, on two threads,
two Python threads sharing the Checker, each reading, decoding and checking every other line,
and check_many(threads=2) after the decoding. It prints MB/s and the ratio of each time to
the CLI's.
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import threading
import time

import figcheck


def id_string(value):
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def cli(binary, command, path):
    done = subprocess.run([binary, command, "--jsonl", "--no-config", str(path)], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"{binary} {command} --jsonl {path}: exit {done.returncode}: {done.stderr[:500]}")
    return [json.loads(line) for line in done.stdout.splitlines()]


def compare(binary, corpus, first):
    print(f"{'corpus':<8} {'articles':>8} {'findings':>9} {'figures':>9} {'differ':>7}")
    differ_total = 0
    checker = figcheck.Checker()
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(pathlib.Path(corpus).glob("*.jsonl")):
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)[:first]
            sample = pathlib.Path(tmp) / path.name
            sample.write_text("".join(lines), encoding="utf-8")
            checked = cli(binary, "check", sample)
            extracted = cli(binary, "extract", sample)
            differ = findings = figures = 0
            for line, want_check, want_extract in zip(lines, checked, extracted, strict=True):
                article = json.loads(line)
                fmt = article.get("format") or "text"
                got_check = checker.check(article["text"], format=fmt)
                got_extract = figcheck.extract(article["text"], format=fmt)
                findings += len(got_check)
                figures += len(got_extract)
                same = (
                    id_string(article["id"]) == id_string(want_check["id"])
                    and got_check == want_check["findings"]
                    and got_extract == want_extract["quantities"]
                )
                if not same:
                    differ += 1
                    if differ <= 3:
                        print(f"  differs: {path.stem} {article['id']}")
            differ_total += differ
            print(f"{path.stem:<8} {len(lines):>8} {findings:>9} {figures:>9} {differ:>7}")
    return differ_total


def best(repeat, run):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def speed(binary, corpus, names, repeat):
    with tempfile.TemporaryDirectory() as tmp:
        joined = pathlib.Path(tmp) / "joined.jsonl"
        with open(joined, "wb") as out:
            for name in names:
                out.write((pathlib.Path(corpus) / f"{name}.jsonl").read_bytes())
        size = joined.stat().st_size / 1e6
        articles = sum(1 for _ in open(joined, encoding="utf-8"))
        checker = figcheck.Checker()

        def python_loop():
            with open(joined, encoding="utf-8") as fh:
                for line in fh:
                    checker.check(json.loads(line)["text"])

        def python_read():
            with open(joined, encoding="utf-8") as fh:
                for line in fh:
                    json.loads(line)["text"]

        with open(joined, encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh]

        def python_texts():
            for text in texts:
                checker.check(text)

        def python_batch(threads):
            def run():
                with open(joined, encoding="utf-8") as fh:
                    batch = [json.loads(line)["text"] for line in fh]
                checker.check_many(batch, threads=threads)

            return run

        def python_threads():
            # Two plain threads, each decoding and checking every other line (a pool's
            # per-item futures would cost more Python time than a short article's check).
            with open(joined, encoding="utf-8") as fh:
                lines = fh.readlines()

            def stripe(k):
                for line in lines[k::2]:
                    checker.check(json.loads(line)["text"])

            threads = [threading.Thread(target=stripe, args=(k,)) for k in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()

        def binary_run():
            with open(os.devnull, "wb") as sink:
                subprocess.run([binary, "check", "--jsonl", "--no-config", str(joined)], stdout=sink, check=False)

        rows = [
            ("figcheck check --jsonl (1 thread)", best(repeat, binary_run)),
            ("Python: read, decode, check (1 thread)", best(repeat, python_loop)),
            ("Python: check texts in memory (1 thread)", best(repeat, python_texts)),
            ("Python: read and decode only, no check", best(repeat, python_read)),
            ("Python: decode all, then check_many", best(repeat, python_batch(1))),
            ("Python, 2 threads sharing a Checker", best(repeat, python_threads)),
            ("Python: decode all, check_many(threads=2)", best(repeat, python_batch(2))),
        ]
    print(f"\n{'+'.join(names)}: {articles} articles, {size:.1f} MB, best of {repeat}")
    base = rows[0][1]
    for label, seconds in rows:
        print(f"  {label:<42} {seconds:7.3f} s {size / seconds:7.1f} MB/s {articles / seconds:8.0f} articles/s  x{seconds / base:.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", required=True, help="folder of NAME.jsonl corpora")
    parser.add_argument("--bin", default="target/release/figcheck")
    parser.add_argument("--first", type=int, default=500, help="articles per corpus to compare")
    parser.add_argument("--speed", help="corpora to time, joined: e.g. bbc,gva")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    differ = compare(args.bin, args.corpus, args.first)
    if args.speed:
        speed(args.bin, args.corpus, args.speed.split(","), args.repeat)
    if differ:
        print(f"\n{differ} documents differ between Python and the CLI")
        return 1
    print("\nPython and the CLI agree on every document")
    return 0


if __name__ == "__main__":
    sys.exit(main())
