#!/usr/bin/env python3
"""Binding accuracy: what counted figures count and the event they measure, against hand labels.

    cargo build --release
    python3 benches/binding.py --corpus ../shared/corpus [--show misses] [--min-counts 90 --min-event 90]

`benches/binding-labels.tsv` holds 300 counted figures of four news corpora, labelled by hand: the
article id, the byte span of the numeral, what it counts (a singular lemma) and the event (a
verb's base form), or "-" for none; "a|b" accepts either. The articles themselves are read from
the corpus folder (`NAME.jsonl`, one {"id", "text"} per line), never stored here. The script runs
`figcheck extract --jsonl` over the labelled articles, takes for each label the quantity whose span
holds the numeral, and prints the share of labels whose `counts` and whose `event` agree, per corpus
and overall. A label with no quantity over it counts as wrong for both. With --min-counts or
--min-event it exits 1 when the overall accuracy falls below them (a CI gate).
"""

import argparse
import collections
import json
import os
import subprocess
import sys


def read_labels(path):
    labels = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 6:
                sys.exit(f"{path}:{n}: expected 6 tab-separated fields, got {len(fields)}")
            corpus, doc, start, end, counts, event = fields
            labels.append((corpus, doc, int(start), int(end), counts, event))
    return labels


def read_articles(corpus_dir, wanted):
    texts = {}
    for corpus in sorted({c for c, _ in wanted}):
        path = os.path.join(corpus_dir, corpus + ".jsonl")
        ids = {d for c, d in wanted if c == corpus}
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                article = json.loads(line)
                if article["id"] in ids:
                    texts[article["id"]] = article["text"]
    missing = {d for _, d in wanted} - texts.keys()
    if missing:
        sys.exit(f"binding: {len(missing)} labelled articles not found in {corpus_dir}, e.g. {sorted(missing)[0]}")
    return texts


def extract(binary, texts):
    payload = "".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in sorted(texts.items()))
    done = subprocess.run([binary, "extract", "--jsonl"], input=payload.encode(), capture_output=True)
    if done.returncode != 0:
        sys.exit(f"binding: figcheck extract --jsonl exited {done.returncode}: {done.stderr.decode()[-300:]}")
    out = {}
    for line in done.stdout.decode().splitlines():
        record = json.loads(line)
        out[record["id"]] = record.get("quantities", [])
    return out


def agrees(label, got):
    accepted = label.split("|")
    return (got or "-") in accepted


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True, help="folder with bbc.jsonl, gva.jsonl, numhg.jsonl, sotu.jsonl")
    ap.add_argument("--bin", default=os.path.join(here, "..", "target", "release", "figcheck"))
    ap.add_argument("--labels", default=os.path.join(here, "binding-labels.tsv"))
    ap.add_argument("--show", choices=["misses"], help="print every label that disagrees")
    ap.add_argument("--min-counts", type=float, help="exit 1 below this overall counts accuracy (%%)")
    ap.add_argument("--min-event", type=float, help="exit 1 below this overall event accuracy (%%)")
    a = ap.parse_args()

    labels = read_labels(a.labels)
    texts = read_articles(a.corpus, {(c, d) for c, d, *_ in labels})
    quantities = extract(a.bin, texts)

    tally = collections.defaultdict(lambda: [0, 0, 0])  # labels, counts right, event right
    for corpus, doc, start, end, counts, event in labels:
        q = next((q for q in quantities[doc] if q["start"] <= start and end <= q["end"]), None)
        got_counts = q.get("counts") if q else None
        got_event = q.get("event") if q else None
        ok_counts = q is not None and agrees(counts, got_counts)
        ok_event = q is not None and agrees(event, got_event)
        for key in (corpus, "all"):
            tally[key][0] += 1
            tally[key][1] += ok_counts
            tally[key][2] += ok_event
        if a.show and not (ok_counts and ok_event):
            text = texts[doc].encode("utf-8")
            around = text[max(0, start - 70):end + 50].decode("utf-8", "replace").replace("\n", " ")
            figure = text[start:end].decode("utf-8", "replace")
            print(f"{doc} {start}: {figure!r} counts {counts} got {got_counts or '-'}"
                  f"{'' if ok_counts else ' ✗'}; event {event} got {got_event or '-'}"
                  f"{'' if ok_event else ' ✗'}{'' if q else ' (no quantity)'}\n    …{around}…")

    print(f"{'corpus':8} {'labels':>6} {'counts':>7} {'event':>7}")
    for key in sorted(k for k in tally if k != "all") + ["all"]:
        n, c, e = tally[key]
        print(f"{key:8} {n:6} {100 * c / n:6.1f}% {100 * e / n:6.1f}%")
    n, c, e = tally["all"]
    failed = []
    if a.min_counts is not None and 100 * c / n < a.min_counts:
        failed.append(f"counts {100 * c / n:.1f}% < {a.min_counts}%")
    if a.min_event is not None and 100 * e / n < a.min_event:
        failed.append(f"event {100 * e / n:.1f}% < {a.min_event}%")
    if failed:
        sys.exit("binding accuracy below the gate: " + "; ".join(failed))


if __name__ == "__main__":
    main()
