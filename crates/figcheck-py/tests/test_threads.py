"""Threads: one Checker shared by many, with the GIL released while it works."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

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


def test_check_many_gives_what_check_gives_in_order_on_any_number_of_threads():
    docs = [a["text"] for a in articles(200)]
    checker = figcheck.Checker()
    alone = [checker.check(d) for d in docs]
    for threads in (1, 2, 7, 0):
        assert checker.check_many(docs, threads=threads) == alone, threads
    assert checker.check_many(iter(docs[:5])) == alone[:5]
    assert checker.check_many([]) == []
    pack = "rules:\n  - id: a-fact\n    kind: fact\n    value: 18\n    of: [ { pattern: '(?P<n>\\d+) arrests' } ]\n"
    with_pack = checker.check_many(docs[:20], rules=pack, threads=3)
    assert with_pack == [checker.check(d, rules=pack) for d in docs[:20]]


def test_check_many_refuses_what_is_not_a_list_of_texts():
    checker = figcheck.Checker()
    with pytest.raises(TypeError, match="not a str"):
        checker.check_many("Police made 17 arrests.")
    with pytest.raises(TypeError, match=r"texts\[1\]: expected a str, not int"):
        checker.check_many(["Police made 17 arrests.", 17])
    with pytest.raises(TypeError):
        checker.check_many(17)
    with pytest.raises(ValueError):
        checker.check_many(["x"], format="pdf")
    doc = "---\nfigcheck:\n  rules:\n    - id: q\n      kind: nonsense\n---\n\nText.\n"
    with pytest.raises(figcheck.RuleError) as caught:
        checker.check_many(["Fine.", doc], format="markdown", threads=2)
    assert caught.value.file == "<text 1>"
