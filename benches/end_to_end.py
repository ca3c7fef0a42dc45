#!/usr/bin/env python3
"""End-to-end timing of the figcheck binary: process start, reading, checking and output.

    cargo build --release
    python3 benches/end_to_end.py ../shared/corpus/bbc.jsonl ../shared/corpus/gva.jsonl
    python3 benches/end_to_end.py --runs 30 article.txt     # one document (plain text)

A `.jsonl` input runs `figcheck check --jsonl FILE`, anything else `figcheck check --no-config
FILE`; output goes to /dev/null. For each input it prints the minimum and the median over the
runs of the elapsed time and of the CPU time (user + system) of the child, and the file's bytes
over each. The minimum is the machine's speed without interference: on a shared virtual machine
the median can be a third slower from one minute to the next. Criterion (`cargo bench --bench
throughput`) measures the library alone; this measures what a user waits for.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time


def run_once(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: exit {done.returncode}")
    return elapsed, cpu


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--bin", default=os.path.join(here, "..", "target", "release", "figcheck")
    )
    args = parser.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: run `cargo build --release` first")
    print(f"{'input':<28} {'bytes':>11} {'min ms':>9} {'median ms':>10} "
          f"{'cpu min ms':>11} {'MB/s (min)':>11} {'MB/s (median)':>14}")
    for path in args.inputs:
        size = os.path.getsize(path)
        if path.endswith(".jsonl"):
            cmd = [args.bin, "check", "--jsonl", path]
        else:
            cmd = [args.bin, "check", "--no-config", path]
        runs = [run_once(cmd) for _ in range(args.runs)]
        elapsed = sorted(e for e, _ in runs)
        cpu = sorted(c for _, c in runs)
        low, mid = elapsed[0], statistics.median(elapsed)
        print(f"{os.path.basename(path):<28} {size:>11,} {low * 1e3:>9.1f} {mid * 1e3:>10.1f} "
              f"{cpu[0] * 1e3:>11.1f} {size / 1e6 / low:>11.1f} {size / 1e6 / mid:>14.1f}")


if __name__ == "__main__":
    main()
