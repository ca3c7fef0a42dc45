#!/usr/bin/env python3
"""Acceptance check of issue 2 on the seed story: `figcheck extract --format json` must read
its figures as the issue lists. usage: seed-acceptance.py FIGCHECK SEED.txt"""
import json, subprocess, sys

binary, seed = sys.argv[1], sys.argv[2]
out = subprocess.run([binary, "extract", "--format", "json", seed], capture_output=True, check=True)
qs = json.loads(out.stdout)["documents"][0]["quantities"]
text = open(seed, encoding="utf-8").read().encode()
failures = []

def sentence_of(q):
    start = text.rfind(b"\n", 0, q["start"]) + 1
    end = text.find(b"\n", q["end"])
    return text[start:end if end >= 0 else len(text)].decode()

def find(figure, near=None):
    for q in qs:
        if q["text"] == figure and (near is None or near in sentence_of(q)):
            return q
    return None

def expect(name, figure, near=None, **want):
    q = find(figure, near)
    if q is None:
        failures.append(f"{name}: no figure {figure!r}")
        return
    for key, value in want.items():
        got = q.get(key)
        if key == "context":
            ok = any(value in c for c in got)
        elif key == "value":
            ok = all(got.get(k) == v for k, v in value.items())
        else:
            ok = got == value
        if not ok:
            failures.append(f"{name}: {key} is {got!r}, expected {value!r}")

expect("17 arrests", "17", "arrests related", kind="count", stated=17, counts="arrest")
expect("13 in Belgium", "13", "arrests related", stated=13, counts="arrest", context="Belgium")
expect("four in France", "four", "arrests related", stated=4, counts="arrest", context="France")
expect("two locations", "two", "locations", stated=2, counts="location")
expect("17 killed", "17", "were killed", stated=17, counts="person", event="kill")
expect("killing 12", "12", "killing", stated=12, counts="person", event="kill")
expect("more than two dozen", "more than two dozen", qualifier="more_than", counts="person",
       value={"lo": 24, "hi": None, "lo_open": True})
expect("as many as 20", "As many as 20", qualifier="up_to", counts="cell", value={"hi": 20})
expect("between 120 and 180", "between 120 and 180", qualifier="range", counts="person",
       value={"lo": 120, "hi": 180})
expect("a dozen raids", "a dozen", stated=12, counts="raid")
expect("a third suspect", "A third", kind="ordinal")
expect("thousands of recruits", "thousands", qualifier="vague", counts="recruit",
       value={"lo": 2000, "hi": 999999})
for q in qs:
    if q["kind"] == "count" and any(w in q["text"] for w in ("Thursday", "week")):
        failures.append(f"a count for {q['text']!r}")

if failures:
    print("seed acceptance FAILED:\n  " + "\n  ".join(failures))
    sys.exit(1)
print(f"seed acceptance: {len(qs)} figures, all expectations met")
