#!/usr/bin/env python3
"""Calibrates the widths of hedged and rounded figures on labelled real copy.

    cargo build --release
    python3 benches/calibrate.py --shared ../shared

Hand-labelled relations between the figures of real articles (`shared/eval/relations-dev-*.yaml`:
sums, "including" subsets, repeated figures, changes, percentages) hold as published, and each
comes with a mutation that breaks it. For each setting of the widths (`hedges:` of figcheck.yaml:
`approx-share`, `nearly-share`, `scaled-zeros`), this script writes a figcheck.yaml into a scratch
folder, reads every labelled figure with `figcheck extract --jsonl` from there, and judges each
relation on figcheck's own readings of its figures, whatever detector might find it:

  broken   relations that hold as published but not on figcheck's readings: the false alarms any
           check of them would raise (the widths are too narrow);
  missed   mutated relations that still hold on figcheck's readings: the contradictions no check
           could see (the widths are too wide).

The narrowest widths with no broken relation are the ones to ship in data/intervals.txt;
docs/calibration.md records the run.
"""

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile

import yaml  # PyYAML, as the relation scorer needs


def corpus_texts(shared, docs):
    out = {}
    for name in sorted({d.split("/")[0] for d in docs}):
        with open(os.path.join(shared, "corpus", name + ".jsonl"), encoding="utf-8") as fh:
            for line in fh:
                article = json.loads(line)
                if article["id"] in docs:
                    out[article["id"]] = article["text"]
    return out


def extract(bin_path, cwd, items):
    payload = "".join(json.dumps({"id": k, "text": t}) + "\n" for k, t in items).encode()
    done = subprocess.run([bin_path, "extract", "--jsonl"], input=payload, capture_output=True, cwd=cwd)
    if done.returncode != 0:
        sys.exit(done.stderr.decode())
    return {json.loads(l)["id"]: json.loads(l).get("quantities", []) for l in done.stdout.decode().splitlines()}


ROLES = ("total", "numerator", "denominator", "percent", "ratio", "from", "to", "delta", "count")


def phrases(r):
    """The relation's phrases, each with its role and index among its list."""
    out = [(k, 0, r[k]) for k in ROLES if isinstance(r.get(k), str)]
    for k in ("parts", "mentions", "items"):
        out += [(k, i, p) for i, p in enumerate(r.get(k) or []) if isinstance(p, str)]
    return out


def locate(text, ps):
    """Byte spans of the phrases: a phrase found more than once is taken nearest the longest."""
    anchor = text.find(max((p for _, _, p in ps), key=len))
    spans = {}
    for role, i, p in ps:
        hits, k = [], text.find(p)
        while k >= 0:
            hits.append(k)
            k = text.find(p, k + 1)
        if hits:
            h = min(hits, key=lambda x: abs(x - anchor))
            s = len(text[:h].encode())
            spans[(role, i)] = (s, s + len(p.encode()))
    return spans


def reading(qs, span, value):
    """The interval figcheck reads for the first quantity inside a phrase, or the label's value
    as an exact figure when figcheck reads none there ("a grandfather")."""
    s, e = span
    for q in qs:
        if q["start"] >= s and q["end"] <= e and q["kind"] in ("count", "money", "percent", "measure"):
            v = q["value"]
            lo = v["lo"] if v["lo"] is not None else float("-inf")
            hi = v["hi"] if v["hi"] is not None else float("inf")
            return (lo, hi)
    return (value, value) if isinstance(value, (int, float)) else None


def as_share(interval, text):
    """A stated percentage is a rounded result: 70% is 69.5 to 70.5."""
    lo, hi = interval
    if lo != hi:
        return interval
    digits = text.split(".")[1] if "." in text else ""
    dec = len([c for c in digits.split("%")[0].split(" ")[0] if c.isdigit()])
    half = 0.5 * 10 ** -dec
    return (lo - half, hi + half)


def overlap(a, b):
    return a[0] <= b[1] and b[0] <= a[1]


def add(a, b):
    return (a[0] + b[0], a[1] + b[1])


def holds(r, read, words):
    """Judges a relation on the intervals `read[(role, i)]`; None when it cannot be judged."""
    kind = r["kind"]
    vals = r.get("values") or {}
    if kind in ("same",):
        ms = [read.get(("mentions", i)) for i in range(len(r.get("mentions") or []))]
        ms = [m for m in ms if m]
        if len(ms) < 2:
            return None
        return all(overlap(a, b) for a, b in itertools.combinations(ms, 2))
    if kind in ("sum", "at_most"):
        t = read.get(("total", 0))
        ps = [read.get(("parts", i)) for i in range(len(r.get("parts") or []))]
        if t is None or any(p is None for p in ps) or not ps:
            return None
        s = ps[0]
        for p in ps[1:]:
            s = add(s, p)
        return overlap(s, t) if kind == "sum" else s[0] <= t[1]
    if kind == "percent":
        n, d, p = read.get(("numerator", 0)), read.get(("denominator", 0)), read.get(("percent", 0))
        if not (n and d and p) or d[0] <= 0:
            return None
        share = (n[0] / d[1] * 100, n[1] / d[0] * 100)
        return overlap(share, as_share(p, words.get(("percent", 0), "")))
    if kind == "change":
        f, t = read.get(("from", 0)), read.get(("to", 0))
        if not (f and t):
            return None
        delta = (t[0] - f[1], t[1] - f[0])
        ok = True
        d = read.get(("delta", 0))
        if d:
            # Declines are labelled negative; the printed amount is positive.
            sign = -1 if (vals.get("delta") or 0) < 0 else 1
            dd = (d[0] * sign, d[1] * sign) if sign > 0 else (d[1] * sign, d[0] * sign)
            ok &= overlap(delta, dd)
        p = read.get(("percent", 0))
        if p and f[0] > 0:
            rel = (delta[0] / f[1] * 100, delta[1] / f[0] * 100)
            sign = -1 if (vals.get("percent") or 0) < 0 else 1
            pp = as_share(p, words.get(("percent", 0), ""))
            pp = (pp[0] * sign, pp[1] * sign) if sign > 0 else (pp[1] * sign, pp[0] * sign)
            ok &= overlap(rel, pp)
        return ok
    return None


def judge_all(bin_path, cwd, docs, texts):
    clean = extract(bin_path, cwd, [(d["doc"], texts[d["doc"]]) for d in docs])
    mutated_items, mutated_meta = [], []
    for d in docs:
        t = texts[d["doc"]]
        for k, r in enumerate(d["relations"]):
            m = r.get("mutate")
            if r.get("holds", True) and m and t.find(m["from"]) >= 0:
                i = t.find(m["from"])
                key = f"{d['doc']}#{k}"
                mutated_items.append((key, t[:i] + m["to"] + t[i + len(m["from"]):]))
                mutated_meta.append((key, d, r))
    mutated = extract(bin_path, cwd, mutated_items)
    broken, judged = [], 0
    for d in docs:
        t = texts[d["doc"]]
        for r in d["relations"]:
            if not r.get("holds", True):
                continue
            ps = phrases(r)
            spans = locate(t, ps)
            vals = r.get("values") or {}
            read, words = {}, {}
            for role, i, p in ps:
                if (role, i) not in spans:
                    continue
                v = vals.get(role)
                v = v[i] if isinstance(v, list) and i < len(v) else v
                got = reading(clean[d["doc"]], spans[(role, i)], v)
                if got:
                    read[(role, i)] = got
                    words[(role, i)] = p
            h = holds(r, read, words)
            if h is not None:
                judged += 1
                if not h:
                    broken.append(f"{d['doc']} {r['id']}")
    missed, mjudged = [], 0
    for (key, d, r), (_, text) in zip(mutated_meta, mutated_items):
        m = r["mutate"]
        ps = [(role, i, p.replace(m["from"], m["to"]) if m["from"] in p else p) for role, i, p in phrases(r)]
        spans = locate(text, ps)
        vals = r.get("values") or {}
        read, words = {}, {}
        for role, i, p in ps:
            if (role, i) not in spans:
                continue
            v = vals.get(role)
            v = v[i] if isinstance(v, list) and i < len(v) else v
            got = reading(mutated[key], spans[(role, i)], None if m["to"] in p else v)
            if got:
                read[(role, i)] = got
                words[(role, i)] = p
        h = holds(r, read, words)
        if h is not None:
            mjudged += 1
            if h:
                missed.append(f"{d['doc']} {r['id']}")
    return judged, broken, mjudged, missed


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", required=True, help="the folder with eval/ and corpus/")
    ap.add_argument("--bin", default=os.path.join(here, "..", "target", "release", "figcheck"))
    ap.add_argument("--show", action="store_true", help="list the broken and missed relations")
    a = ap.parse_args()
    shared, bin_path = os.path.abspath(a.shared), os.path.abspath(a.bin)
    docs = []
    for f in ("relations-dev-a.yaml", "relations-dev-b.yaml"):
        docs += yaml.safe_load(open(os.path.join(shared, "eval", f), encoding="utf-8")) or []
    texts = corpus_texts(shared, {d["doc"] for d in docs})
    shares = [0.02, 0.05, 0.1, 0.15, 0.25, None]
    print(f"{'scaled-zeros':>12} {'approx-share':>12} {'nearly-share':>12} {'judged':>6} {'broken':>6} "
          f"{'mutations':>9} {'missed':>6}")
    for zeros, a_share, n_share in itertools.product([True, False], shares, shares):
        with tempfile.TemporaryDirectory() as cwd:
            hedges = {"scaled-zeros": zeros}
            if a_share is not None:
                hedges["approx-share"] = a_share
            if n_share is not None:
                hedges["nearly-share"] = n_share
            with open(os.path.join(cwd, "figcheck.yaml"), "w") as fh:
                fh.write("hedges: " + json.dumps(hedges) + "\n")
            judged, broken, mjudged, missed = judge_all(bin_path, cwd, docs, texts)
        show = lambda v: "none" if v is None else str(v)
        print(f"{str(zeros).lower():>12} {show(a_share):>12} {show(n_share):>12} {judged:>6} {len(broken):>6} "
              f"{mjudged:>9} {len(missed):>6}")
        if a.show:
            for b in broken:
                print("    broken", b)
            for m in missed:
                print("    missed", m)


if __name__ == "__main__":
    main()
