#!/usr/bin/env python3
"""Draws the archive audit sample: error and warning findings of the default checks over a news
archive, a fixed-seed random sample of them, each with the words around it, for judging by hand.

    cargo build --release
    python3 benches/audit.py --corpus ../shared/corpus [--seed 2026] [--n 60]

The archive is every `*.jsonl` file of the corpus folder (`{"id", "text"}` per line). The script
prints how many findings the archive gives (by corpus, rule and severity), then the sample in a
stable order: the judgement of each goes into docs/audit.md.
"""

import argparse
import collections
import json
import os
import random
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True, help="folder of *.jsonl archives")
    ap.add_argument("--bin", default="target/release/figcheck")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--context", type=int, default=220, help="characters shown each side")
    a = ap.parse_args()

    findings = []
    counts = collections.Counter()
    for name in sorted(f for f in os.listdir(a.corpus) if f.endswith(".jsonl")):
        path = os.path.join(a.corpus, name)
        corpus = name[: -len(".jsonl")]
        texts = {}
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    d = json.loads(line)
                    texts[d["id"]] = d["text"]
        out = subprocess.run([a.bin, "check", "--jsonl", path], capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(f"audit: figcheck exited {out.returncode} on {path}: {out.stderr[:300]}")
        for line in out.stdout.splitlines():
            d = json.loads(line)
            text = texts.get(d.get("id"), "")
            raw = text.encode()
            for f in d.get("findings", []):
                if f["severity"] not in ("error", "warning"):
                    continue
                counts[(corpus, f["rule"], f["severity"])] += 1
                s, e = f["start"], f["end"]
                before = raw[max(0, s - a.context) : s].decode(errors="replace")
                after = raw[e : e + a.context].decode(errors="replace")
                figure = raw[s:e].decode(errors="replace")
                findings.append(
                    {
                        "corpus": corpus,
                        "id": d["id"],
                        "rule": f["rule"],
                        "severity": f["severity"],
                        "message": f["message"],
                        "at": f"{f['line']}:{f['column']}",
                        "context": (before + "[[" + figure + "]]" + after).replace("\n", " / "),
                    }
                )
    total = sum(counts.values())
    print(f"archive findings (error and warning): {total}")
    for (corpus, rule, sev), n in sorted(counts.items()):
        print(f"  {corpus:8} {rule:18} {sev:8} {n}")
    findings.sort(key=lambda f: (f["corpus"], f["id"], f["at"], f["rule"]))
    sample = random.Random(a.seed).sample(findings, min(a.n, len(findings)))
    sample.sort(key=lambda f: (f["corpus"], f["id"], f["at"], f["rule"]))
    print(f"\nsample: {len(sample)} of {len(findings)}, seed {a.seed}\n")
    for k, f in enumerate(sample, 1):
        print(f"{k}. {f['id']} {f['at']} {f['severity']} {f['rule']}: {f['message']}")
        print(f"   {f['context']}\n")


if __name__ == "__main__":
    main()
