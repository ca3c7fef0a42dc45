#!/usr/bin/env python3
"""The false-alarm gate of issue 3: `figcheck check --jsonl` with the default pack over a corpus
of published (sound) news. Fails when error findings exceed MAX per 100 articles, or when a line
is lost or the run panics. Prints findings per rule and the error findings for reading.

usage: check-gate.py FIGCHECK CORPUS.jsonl MAX_ERRORS_PER_100"""
import collections, json, subprocess, sys, time

binary, corpus, limit = sys.argv[1], sys.argv[2], float(sys.argv[3])
start = time.time()
out = subprocess.run([binary, "check", "--jsonl", corpus], capture_output=True)
secs = time.time() - start
lines_in = sum(1 for _ in open(corpus, "rb"))
rows = [json.loads(l) for l in out.stdout.splitlines()]
failures = []
if out.returncode == 2 or b"panicked" in out.stderr:
    failures.append(f"exit {out.returncode}: {out.stderr.decode()[:300]}")
if len(rows) != lines_in:
    failures.append(f"{len(rows)} output lines for {lines_in} input lines")
by_rule = collections.Counter()
errors = []
texts = {}
for r in rows:
    for f in r.get("findings", []):
        by_rule[(f["rule"], f["severity"])] += 1
        if f["severity"] == "error":
            errors.append((r["id"], f))
per100 = 100 * len(errors) / max(1, len(rows))
size = sum(len(l) for l in open(corpus, "rb"))
print(f"{corpus}: {len(rows)} articles, {len(errors)} error findings = {per100:.2f} per 100 "
      f"(gate: at most {limit}); {size / 1e6 / secs:.1f} MB/s")
for (rule, sev), n in sorted(by_rule.items()):
    print(f"  {rule:20} {sev:8} {n}")
for doc_id, f in errors[:20]:
    print(f"  error {doc_id} {f['rule']}: {f['message']}")
if per100 > limit:
    failures.append(f"{per100:.2f} error findings per 100 articles > {limit}")
if failures:
    print("\n".join("FAIL " + f for f in failures))
    sys.exit(1)
