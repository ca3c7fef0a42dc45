"""Threads: one Checker shared by many, with the GIL released while it works."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import figcheck
from conftest import articles


def test_threads_sharing_a_checker_get_what_one_thread_gets():
    docs = [a["text"] for a in articles(200)]
    checker = figcheck.Checker()
    alone = [checker.check(d) for d in docs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        shared = list(pool.map(checker.check, docs))
        oneshot = list(pool.map(figcheck.check, docs))
        figures = list(pool.map(figcheck.extract, docs))
    assert shared == alone
    assert oneshot == alone
    assert figures == [figcheck.extract(d) for d in docs]
    assert sum(len(f) for f in alone) > 50, "the articles hold findings to compare"


def test_the_gil_is_released_while_a_document_is_checked():
    # A document that takes a good fraction of a second to check. While it is checked on one
    # thread, this thread must keep running Python: it could not if the GIL were held.
    doc = "Police made 17 arrests: 13 in Belgium and four in France.\n" * 40_000
    span = {}

    def work():
        span["start"] = time.perf_counter()
        figcheck.Checker().check(doc)
        span["end"] = time.perf_counter()

    worker = threading.Thread(target=work)
    ticks = []
    worker.start()
    while worker.is_alive():
        ticks.append(time.perf_counter())
    worker.join()
    length = span["end"] - span["start"]
    assert length > 0.05, f"the document took {length:.3f} s: too short to tell"
    middle = [t for t in ticks if span["start"] + length / 4 < t < span["end"] - length / 4]
    assert len(middle) > 100, f"{len(middle)} ticks in the middle half of a {length:.3f} s check"
