#!/usr/bin/env python3
"""Acceptance of issue 3 on the seed story: `figcheck check` with the default pack and with the
example rule file of design.md, on the story and on three edited copies.

usage: check-acceptance.py FIGCHECK SEED.txt
Edited copies and rule files are written to a temporary directory; nothing is kept."""
import json, os, subprocess, sys, tempfile

binary, seed = sys.argv[1], sys.argv[2]
story = open(seed, encoding="utf-8").read()
RULES = r"""rules:
  - id: belgium-arrests
    kind: sum
    total: { text: "17 arrests" }
    parts: [ { text: "13 in Belgium" }, { text: "four at two locations in France" } ]
  - id: paris-toll
    kind: sum
    total: { text: "17 people were killed" }
    parts:
      - { text: "killing 12 people" }
      - { pattern: 'shot (?P<n>a) policewoman' }
      - { text: "killed four more people" }
  - id: belgium-arrests-repeated
    kind: same
    of: [ { text: "13 in Belgium" }, { pattern: '(?P<n>\w+) people were arrested' } ]
"""
failures = []
tmp = tempfile.mkdtemp()


def check(name, text, rules=None, extra=()):
    path = os.path.join(tmp, name + ".txt")
    open(path, "w", encoding="utf-8").write(text)
    if rules is not None:
        open(os.path.join(tmp, name + ".figcheck.yaml"), "w", encoding="utf-8").write(rules)
    out = subprocess.run([binary, "check", "--format", "json", *extra, path], capture_output=True)
    if out.returncode == 2:
        failures.append(f"{name}: exit 2: {out.stderr.decode()[:300]}")
        return [], text.encode()
    return json.loads(out.stdout)["documents"][0]["findings"], text.encode()


def spans(f, data):
    return sorted(data[s["start"]:s["end"]].decode() for s in [f] + f["related"])


def edit(old, new, text=story):
    if old not in text:
        failures.append(f"the seed no longer contains {old!r}")
    return text.replace(old, new)


# 1. The seed with the default pack: no error findings.
fs, _ = check("seed-default", story)
errors = [f for f in fs if f["severity"] == "error"]
if errors:
    failures.append(f"seed with the default pack: error findings {errors}")
print(f"seed, default pack: {len(fs)} findings, {len(errors)} errors")

# 2. The seed with design.md's rules: all three hold, nothing reported.
fs, _ = check("seed-rules", story, RULES)
if fs:
    failures.append(f"seed with design.md's rules: expected nothing, got {fs}")
print(f"seed, design.md rules: {len(fs)} findings")

# 3. "four at two locations" → "five at two locations": the default pack alone reports the
#    breakdown as an error with spans on 17, 13 and five and the arithmetic 13 + 5 = 18 vs 17.
fs, data = check("five", edit("four at two locations", "five at two locations"))
hits = [f for f in fs if f["severity"] == "error" and f["rule"] == "breakdown-sum"]
if len(hits) != 1:
    failures.append(f"five: expected one breakdown-sum error, got {fs}")
else:
    f = hits[0]
    if spans(f, data) != sorted(["17", "13", "five"]):
        failures.append(f"five: spans are {spans(f, data)}")
    if "18 (13 + 5)" not in f["message"] or "17" not in f["message"]:
        failures.append(f"five: message lacks the arithmetic: {f['message']}")
    print(f"five: {f['message']} on {spans(f, data)}")

# 4. "killing 12 people" → "killing 11 people" in the story and the rule's selector: paris-toll
#    fails with spans on all four figures.
fs, data = check("eleven", edit("killing 12 people", "killing 11 people"),
                 RULES.replace("killing 12 people", "killing 11 people"))
hits = [f for f in fs if f["rule"] == "paris-toll" and f["severity"] == "error"]
if len(hits) != 1:
    failures.append(f"eleven: expected paris-toll to fail, got {fs}")
else:
    f = hits[0]
    if spans(f, data) != sorted(["17", "11", "a", "four"]):
        failures.append(f"eleven: spans are {spans(f, data)}")
    print(f"eleven: {f['message']} on {spans(f, data)}")

# 5. "13 people were arrested" → "14 people were arrested": belgium-arrests-repeated fails.
fs, data = check("fourteen", edit("13 people were arrested", "14 people were arrested"), RULES)
hits = [f for f in fs if f["rule"] == "belgium-arrests-repeated" and f["severity"] == "error"]
if len(hits) != 1:
    failures.append(f"fourteen: expected belgium-arrests-repeated to fail, got {fs}")
else:
    print(f"fourteen: {hits[0]['message']} on {spans(hits[0], data)}")

if failures:
    print("\n".join("FAIL " + f for f in failures))
    sys.exit(1)
print("check acceptance: all cases pass")
