#!/usr/bin/env python3
"""Runs ../shared/tools/score-suites and holds issue 2's thresholds.

usage: suite-gate.py FIGCHECK SCORER SUITES_DIR

Prints each suite's raw case_exact_% and, where .ci/suite-exclusions.tsv lists cases judged
wrong for news copy, the score without them; fails when a suite's (adjusted) score is below its
threshold."""
import json, os, subprocess, sys, tempfile

THRESHOLDS = {
    "rt_en_number.jsonl": 93.0,
    "duckling_en_numeral.jsonl": 90.0,
    "rt_en_percent.jsonl": 95.0,
    "rt_en_ordinal.jsonl": 90.0,
    "duckling_en_ordinal.jsonl": 90.0,
    "quantulum3_en_quantities.jsonl": 70.0,
}

binary, scorer, suites_dir = sys.argv[1:4]
here = os.path.dirname(os.path.abspath(__file__))
excluded = {}
for line in open(os.path.join(here, "suite-exclusions.tsv"), encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        case_id, reason = line.rstrip("\n").split("\t", 1)
        excluded[case_id] = reason

suites = sorted(os.path.join(suites_dir, f) for f in os.listdir(suites_dir) if f.endswith(".jsonl"))
failed = []
with tempfile.TemporaryDirectory() as fails_dir:
    out = subprocess.run([scorer, binary, *suites, "--fails", fails_dir], capture_output=True, text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        sys.exit(f"suite gate: the scorer failed (exit {out.returncode})")
    for line in out.stdout.splitlines():
        r = json.loads(line)
        name, cases, raw = r["suite"], r["cases"], r["case_exact_%"]
        fail_ids = set()
        path = os.path.join(fails_dir, name + ".fails")
        if os.path.exists(path):
            fail_ids = {json.loads(l)["id"] for l in open(path, encoding="utf-8") if l.strip()}
        suite_ids = {json.loads(l)["id"] for l in open(os.path.join(suites_dir, name), encoding="utf-8") if l.strip()}
        ex = excluded.keys() & suite_ids
        passing = cases - len(fail_ids)
        adjusted = round(100.0 * (passing - len(ex - fail_ids)) / (cases - len(ex)), 1) if cases > len(ex) else raw
        threshold = THRESHOLDS.get(name)
        note = f" (without {len(ex)} excluded cases: {adjusted}%)" if ex else ""
        verdict = "" if threshold is None else (" ok" if adjusted >= threshold else " BELOW")
        print(f"{name}: {raw}% of {cases} cases exact{note}; threshold {threshold}%{verdict}")
        if threshold is not None and adjusted < threshold:
            failed.append(name)
if failed:
    sys.exit("suite gate FAILED: " + ", ".join(failed))
print("suite gate: all thresholds met")
