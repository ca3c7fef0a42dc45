#!/usr/bin/env python3
"""Evaluation gates on labelled real copy: the levels reached, held.

    python3 .ci/eval-gates.py BIN SHARED

- score-relations (default checks on hand-labelled relations of real articles): no alarm (an
  error on a relation that holds), cautions at most 6%, and caught (overall and by scope) and
  published contradictions found no lower than reached;
- score-newsquant (extraction on the NewsQuant test set): value F1 and value+change F1 no lower
  than reached;
- benches/binding.py (what a count counts and its event, on labelled corpus figures): no lower
  than reached.

Raise a floor when a change raises its number; never lower one to let a change through.
"""

import re
import subprocess
import sys

# Levels reached (2026-12-07). Percentages as the scorers print them.
RELATIONS = {
    "caught": 66,
    "document": 39,
    "paragraph": 73,
    "sentence": 94,
}
MAX_ALARMS = 0
# Every caution (16 of 285, 6%) is a warning of a published contradiction whose figure is also
# a figure of a relation that holds: a headline's "six injured" against the body's "seven
# others were shot", the body's seven also in two relations that hold; a caption's "five
# wounded" against the headline's 4 that the body's four names hold; an 1896 total imperiled
# that the vessels and cargoes add up to, but the sums saved and lost miss by $1,063. Finding
# the contradiction warns on that figure. The ceiling went from 3% to 5% and then 6% with
# those finds; no caution is a warning on sound copy.
MAX_CAUTIONS = 6
MIN_REAL = 32
# NewsQuant labels a plural scale word as an order of magnitude ("hundreds" 100-1000); figcheck
# reads it with the design table's vague interval (200-999), which the seed acceptance holds, so
# those seven labels stay missed.
NEWSQUANT = {"value": 91.0, "value+change": 83.0}
BINDING = {"counts": 94.3, "event": 90.0}


def run(args):
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"eval gates: {' '.join(args)} exited {out.returncode}: {out.stderr[:500]}")
    return out.stdout


def main():
    bin_path, shared = sys.argv[1], sys.argv[2]
    failures = []

    rel = run(
        [
            f"{shared}/tools/score-relations",
            bin_path,
            f"{shared}/eval/relations-dev-a.yaml",
            f"{shared}/eval/relations-dev-b.yaml",
        ]
    )
    print(rel.rstrip())
    got = {"caught": int(re.search(r"^caught (\d+)%", rel, re.M).group(1))}
    for scope in ("document", "paragraph", "sentence"):
        got[scope] = int(re.search(rf"{scope} (\d+)% of", rel).group(1))
    for key, floor in RELATIONS.items():
        if got[key] < floor:
            failures.append(f"score-relations: {key} {got[key]}% < {floor}%")
    alarms = int(re.search(r"^alarms (\d+)", rel, re.M).group(1))
    if alarms > MAX_ALARMS:
        failures.append(f"score-relations: {alarms} alarms (error findings on sound relations)")
    cautions = int(re.search(r"^cautions (\d+)%", rel, re.M).group(1))
    if cautions > MAX_CAUTIONS:
        failures.append(f"score-relations: cautions {cautions}% > {MAX_CAUTIONS}%")
    real = int(re.search(r"^real (\d+) of", rel, re.M).group(1))
    if real < MIN_REAL:
        failures.append(f"score-relations: {real} published contradictions found < {MIN_REAL}")

    nq = run([f"{shared}/tools/score-newsquant", bin_path])
    print(nq.rstrip())
    m = re.search(r"value P [\d.]+ R [\d.]+ F1 ([\d.]+) \| value\+change P [\d.]+ R [\d.]+ F1 ([\d.]+)", nq)
    if not m:
        failures.append("score-newsquant: no score line")
    else:
        for key, val in (("value", float(m.group(1))), ("value+change", float(m.group(2)))):
            if val < NEWSQUANT[key]:
                failures.append(f"score-newsquant: {key} F1 {val} < {NEWSQUANT[key]}")

    bind = run([sys.executable, "benches/binding.py", "--corpus", f"{shared}/corpus", "--bin", bin_path])
    print(bind.rstrip())
    m = re.search(r"^all\s+\d+\s+([\d.]+)%\s+([\d.]+)%", bind, re.M)
    if not m:
        failures.append("binding bench: no 'all' line")
    else:
        for key, val in (("counts", float(m.group(1))), ("event", float(m.group(2)))):
            if val < BINDING[key]:
                failures.append(f"binding bench: {key} {val}% < {BINDING[key]}%")

    if failures:
        print("\nEVAL GATES FAILED:", file=sys.stderr)
        for f in failures:
            print(f"  - {f}", file=sys.stderr)
        sys.exit(1)
    print("\neval gates passed")


if __name__ == "__main__":
    main()
