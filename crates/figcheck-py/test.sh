#!/usr/bin/env bash
# The Python package, from a bare machine to a result:
#
#     bash crates/figcheck-py/test.sh [--spark]
#
# makes a virtual environment ($FIGCHECK_VENV, else ~/.cache/figcheck/venv); installs maturin,
# pytest and mypy (whose stubtest holds figcheck.pyi to the module) into it, and with --spark
# pyspark and, when `java` is missing, Debian's Java runtime (as root: tools/debian-package.sh);
# builds the abi3 wheel in release (target/wheels), installs it, builds the CLI the tests compare
# with, and runs the pytest suite (tests/). With --spark the archive audit's test on Spark
# local[2] must run, not skip. Re-running is quick: what is installed stays installed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${FIGCHECK_VENV:-$HOME/.cache/figcheck/venv}"
spark=0
[ "${1:-}" = "--spark" ] && spark=1

if [ ! -x "$venv/bin/python" ]; then
    echo "test.sh: making a virtual environment in $venv" >&2
    python3 -m venv "$venv"
fi
py="$venv/bin/python"
"$py" -m pip install -q --disable-pip-version-check "maturin>=1.9,<2" pytest mypy
if [ "$spark" = 1 ]; then
    "$py" -m pip install -q --disable-pip-version-check "pyspark>=3.5"
    bash "$root/tools/debian-package.sh" java openjdk-17-jre-headless test.sh
    export FIGCHECK_REQUIRE_SPARK=1
fi

target="${CARGO_TARGET_DIR:-$root/target}"
rm -rf "$target/wheels"
(cd "$here" && "$venv/bin/maturin" build --release --quiet -o "$target/wheels")
"$py" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$target"/wheels/figcheck-*.whl

(cd "$root" && cargo build --release -q -p figcheck-cli)
export FIGCHECK_BIN="$target/release/figcheck"
cd "$here"
"$py" -m pytest -q tests
