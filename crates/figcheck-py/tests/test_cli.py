"""Python gives what the CLI gives: the same JSON for the same documents."""

import json
import subprocess

import figcheck
from conftest import REPO, articles, run_jsonl


def documents():
    docs = [
        {"id": "arrests", "text": (REPO / "examples" / "arrests.txt").read_text(encoding="utf-8")},
        {"id": "flood", "text": (REPO / "tests" / "fixtures" / "flood-report.txt").read_text(encoding="utf-8")},
        {"id": "empty", "text": ""},
    ]
    for path in sorted((REPO / "tests" / "fixtures" / "markup").glob("*")):
        fmt = {".md": "markdown", ".html": "html", ".htm": "html"}.get(path.suffix, "text")
        docs.append({"id": path.name, "text": path.read_text(encoding="utf-8"), "format": fmt})
    return docs + articles(60)


def test_check_gives_the_findings_of_check_jsonl(figcheck_bin, tmp_path):
    docs = documents()
    cli = run_jsonl(figcheck_bin, "check", docs, tmp_path)
    checker = figcheck.Checker()
    for doc, line in zip(docs, cli, strict=True):
        assert line["id"] == doc["id"]
        assert checker.check(doc["text"], format=doc.get("format", "text")) == line["findings"], doc["id"]
    assert sum(len(line["findings"]) for line in cli) > 20


def test_extract_gives_the_quantities_of_extract_jsonl(figcheck_bin, tmp_path):
    docs = documents()
    cli = run_jsonl(figcheck_bin, "extract", docs, tmp_path)
    for doc, line in zip(docs, cli, strict=True):
        assert figcheck.extract(doc["text"], format=doc.get("format", "text")) == line["quantities"], doc["id"]


def test_check_with_a_pack_gives_what_check_rules_gives(figcheck_bin, tmp_path):
    story = tmp_path / "breakdown.txt"
    story.write_text((REPO / "examples" / "breakdown.txt").read_text(encoding="utf-8"), encoding="utf-8")
    pack = REPO / "examples" / "breakdown.figcheck.yaml"
    done = subprocess.run(
        [figcheck_bin, "check", "--no-config", "--format", "json", "--rules", str(pack), str(story)],
        capture_output=True,
        text=True,
    )
    assert done.returncode in (0, 1), done.stderr
    [document] = json.loads(done.stdout)["documents"]
    got = figcheck.Checker(rules=[pack]).check(story.read_text(encoding="utf-8"))
    assert got == document["findings"]
    assert any(f["rule"] == "evacuation-total" for f in got)
