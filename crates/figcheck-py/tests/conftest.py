"""Shared fixtures: the repository, the `figcheck` binary the Python results are compared
with, and documents written for the project's tests."""

import json
import os
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[3]


def fixture_cases():
    """The detector cases of tests/fixtures/detect (each `fire.txt` and `quiet.txt` holds cases
    split by `===`), in a stable order."""
    cases = []
    for path in sorted((REPO / "tests" / "fixtures" / "detect").glob("*/*.txt")):
        for case in path.read_text(encoding="utf-8").split("\n===\n"):
            if case.strip():
                cases.append(case.strip() + "\n")
    return cases


def articles(n):
    """`n` JSON Lines articles made of the fixture cases: each joins three cases as three
    paragraphs, so that document-wide checks (a toll told twice, a headline) meet figures
    from other cases too. Ids are strings for even articles and numbers (from 1001) for odd
    ones, as archives have both; none is a small number, which a line number could be."""
    cases = fixture_cases()
    out = []
    for k in range(n):
        parts = [cases[(k * step + offset) % len(cases)] for step, offset in ((1, 0), (7, 3), (13, 5))]
        ident = f"a{k}" if k % 2 == 0 else 1000 + k
        out.append({"id": ident, "text": "\n".join(parts)})
    return out


@pytest.fixture(scope="session")
def figcheck_bin():
    """The CLI: $FIGCHECK_BIN, else the workspace's release or debug build, else built now."""
    given = os.environ.get("FIGCHECK_BIN")
    if given:
        return given
    for profile in ("release", "debug"):
        candidate = REPO / "target" / profile / "figcheck"
        if candidate.is_file():
            return str(candidate)
    subprocess.run(["cargo", "build", "-q", "-p", "figcheck-cli"], cwd=REPO, check=True)
    return str(REPO / "target" / "debug" / "figcheck")


def run_jsonl(figcheck_bin, command, docs, tmp_path):
    """Runs `figcheck COMMAND --jsonl` over `docs` and returns its output lines, parsed."""
    path = tmp_path / f"{command}-input.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    done = subprocess.run(
        [figcheck_bin, command, "--jsonl", "--no-config", str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode in (0, 1), done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]
