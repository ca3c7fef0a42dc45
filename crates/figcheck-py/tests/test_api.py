"""The package's functions on stories written for these tests."""

import pathlib
import subprocess
import sys

import pytest

import figcheck

WRONG = "Police made 17 arrests: 13 in Belgium and five in France."
SOUND = "Police made 17 arrests: 13 in Belgium and four in France."
PACK = """rules:
  - id: evacuated-twice
    kind: same
    description: The number evacuated is given twice and must agree.
    of:
      - { pattern: 'evacuated (?P<n>\\d+)' }
      - { pattern: 'a total of (?P<n>\\d+) residents' }
"""
STORY = "Firefighters evacuated 214 people. In all, a total of 241 residents left their homes."


def test_a_breakdown_that_does_not_add_up_is_found_at_its_place():
    [finding] = figcheck.check(WRONG)
    assert finding["rule"] == "breakdown-sum"
    assert finding["severity"] == "error"
    assert finding["message"] == "parts add up to 18 (13 + 5), but the total is 17"
    assert (finding["line"], finding["column"], finding["text"]) == (1, 13, "17")
    assert [(r["label"], r["text"]) for r in finding["related"]] == [("part", "13"), ("part", "five")]
    assert WRONG.encode()[finding["start"] : finding["end"]] == b"17"


def test_sound_copy_is_quiet():
    assert figcheck.check(SOUND) == []
    assert figcheck.Checker().check(SOUND) == []


def test_extract_reads_each_figure_and_what_it_counts():
    figures = figcheck.extract("More than two dozen people were arrested, and 12 were killed.")
    first, second = figures
    assert first["text"] == "More than two dozen"
    assert first["value"] == {"lo": 24, "hi": None, "lo_open": True, "hi_open": False}
    assert first["qualifier"] == "more_than"
    assert first["counts"] == "person"
    assert second["event"] == "kill"
    assert set(first) == {
        "text", "start", "end", "line", "column", "kind", "value", "stated", "qualifier",
        "counts", "event", "context", "unit", "currency", "sentence", "direction",
    }


def test_extract_reads_markdown_and_html_with_places_in_the_source():
    [figure] = figcheck.extract("# Title\n\nSales rose **12%** last year.\n", format="markdown")
    assert (figure["line"], figure["text"], figure["direction"]) == (3, "12%", "up")
    [figure] = figcheck.extract("<p>It cost <b>$4.2bn</b>.</p>", format="html")
    assert (figure["kind"], figure["currency"], figure["stated"]) == ("money", "USD", 4_200_000_000)


def test_a_pack_given_as_text_or_as_a_path_adds_its_rules(tmp_path):
    [finding] = figcheck.check(STORY, rules=PACK)
    assert finding["rule"] == "evacuated-twice"
    pack = tmp_path / "newsroom.yaml"
    pack.write_text(PACK, encoding="utf-8")
    for rules in (pack, str(pack), [pack], (str(pack),), tmp_path):
        checker = figcheck.Checker(rules=rules)
        assert "evacuated-twice" in checker.rule_ids
        assert [f["rule"] for f in checker.check(STORY)] == ["evacuated-twice"]


def test_rules_for_one_document_do_not_stay_in_the_checker():
    checker = figcheck.Checker()
    assert [f["rule"] for f in checker.check(STORY, rules=[PACK])] == ["evacuated-twice"]
    assert checker.check(STORY) == []
    assert "evacuated-twice" not in checker.rule_ids


def test_without_the_default_rules_only_the_given_ones_run():
    assert figcheck.check(WRONG, default_rules=False) == []
    checker = figcheck.Checker(rules=PACK, default_rules=False)
    assert checker.rule_ids == ["evacuated-twice"]
    # The pack's own rule finds nothing to compare in this story, and says so.
    assert {f["rule"] for f in checker.check(WRONG)} == {"evacuated-twice"}


def test_a_rule_error_carries_file_line_and_column(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: x\n    kind: nonsense\n", encoding="utf-8")
    with pytest.raises(figcheck.RuleError) as caught:
        figcheck.Checker(rules=[bad])
    e = caught.value
    assert (e.file, e.line, e.column) == (str(bad), 3, 11)
    assert "nonsense" in e.detail and str(e).startswith(f"{bad}:3:11: ")
    assert isinstance(e, ValueError)


def test_every_mistake_is_listed_and_a_missing_pack_is_named(tmp_path):
    bad_regex = "rules:\n  - id: y\n    kind: same\n    of: [{pattern: '(('}, {text: a}]\n"
    missing = tmp_path / "missing.yaml"
    with pytest.raises(figcheck.RuleError) as caught:
        figcheck.Checker(rules=[missing, bad_regex])
    e = caught.value
    assert [(m["file"], m["line"], m["column"]) for m in e.errors] == [
        (str(missing), None, None),
        ("<rules 2>", 4, 20),
    ]
    assert e.errors[0]["detail"] == "cannot read rules: no such file"
    assert "does not compile" in e.errors[1]["detail"]
    assert str(e).startswith("2 mistakes in the rules:\n")


def test_a_mistake_in_the_rules_of_one_call_raises():
    with pytest.raises(figcheck.RuleError):
        figcheck.check(SOUND, rules="rules:\n  - id: z\n    kind: sum\n")
    with pytest.raises(figcheck.RuleError):
        figcheck.Checker().check(SOUND, rules="rules:\n  - id: z\n    kind: sum\n")


def test_a_mistake_in_a_documents_front_matter_names_the_document():
    doc = "---\nfigcheck:\n  rules:\n    - id: q\n      kind: nonsense\n---\n\nText.\n"
    with pytest.raises(figcheck.RuleError) as caught:
        figcheck.check(doc, format="markdown", name="draft.md")
    assert (caught.value.file, caught.value.line) == ("draft.md", 5)


def test_front_matter_switches_and_suppressions_apply():
    off = f"---\nfigcheck:\n  disable: [breakdown-sum]\n---\n\n{WRONG}\n"
    assert figcheck.check(off, format="markdown") == []
    hushed = f"<!-- figcheck-disable-next-line breakdown-sum -->\n{WRONG}\n"
    assert figcheck.check(hushed, format="markdown") == []


def test_a_configuration_file_applies(tmp_path):
    config = tmp_path / "figcheck.yaml"
    config.write_text("rules:\n  breakdown-sum:\n    severity: warning\n", encoding="utf-8")
    [finding] = figcheck.Checker(config=config).check(WRONG)
    assert finding["severity"] == "warning"
    config.write_text("rules:\n  breakdown-sum: {nonsense: 1}\n", encoding="utf-8")
    with pytest.raises(figcheck.RuleError) as caught:
        figcheck.Checker(config=config)
    assert caught.value.file == str(config)


@pytest.mark.parametrize(
    "call, error",
    [
        (lambda: figcheck.check(17), TypeError),
        (lambda: figcheck.check(b"17 arrests"), TypeError),
        (lambda: figcheck.check(None), TypeError),
        (lambda: figcheck.extract(["17 arrests"]), TypeError),
        (lambda: figcheck.check("x", format="pdf"), ValueError),
        (lambda: figcheck.extract("x", format=3), TypeError),
        (lambda: figcheck.Checker(rules=3), TypeError),
        (lambda: figcheck.Checker(rules=[PACK, 3]), TypeError),
        (lambda: figcheck.check("\ud800 arrests"), UnicodeEncodeError),
    ],
)
def test_bad_input_raises_and_never_crashes(call, error):
    with pytest.raises(error):
        call()


def test_empty_odd_and_large_documents_are_checked():
    assert figcheck.check("") == [] and figcheck.extract("") == []
    assert figcheck.check("\x00\x01 binary-looking \u202e text 12") == []
    big = (SOUND + "\n") * 20_000
    assert figcheck.check(big) == []
    assert len(figcheck.extract(big)) == 60_000


def test_the_stubs_match_the_module(tmp_path):
    # stubtest compares figcheck.pyi with the installed module: every name, every signature.
    pytest.importorskip("mypy")
    here = pathlib.Path(__file__).resolve().parent
    done = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "figcheck", "--allowlist", str(here / "stubtest-allowlist.txt")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # And a program that misreads a field's type is caught by the stubs.
    program = tmp_path / "uses.py"
    program.write_text(
        "import figcheck\n"
        "f = figcheck.check('x')[0]\n"
        "line: int = f['line']\n"
        "rule: str = f['related'][0]['label']\n"
        "ids: list[str] = figcheck.Checker(rules=['a.yaml'], default_rules=False).rule_ids\n"
        "wrong: int = figcheck.extract('x')[0]['kind']\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, "-m", "mypy", str(program)], capture_output=True, text=True, cwd=tmp_path)
    assert done.stdout.count("error:") == 1 and "uses.py:6:" in done.stdout, done.stdout


def test_docstrings_say_what_each_call_does():
    for thing in (figcheck, figcheck.check, figcheck.extract, figcheck.Checker, figcheck.Checker.check, figcheck.RuleError):
        assert thing.__doc__ and len(thing.__doc__) > 40, thing
