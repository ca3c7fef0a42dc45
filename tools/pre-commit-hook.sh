#!/usr/bin/env bash
# The entry of figcheck's pre-commit hook (.pre-commit-hooks.yaml, `language: script`): builds
# the `figcheck` binary from this checkout the first time (pre-commit keeps the checkout, so
# later runs reuse the build), then runs it with the hook's arguments in the user's repository.
# The binary lives in the workspace's member crate crates/figcheck-cli, which pre-commit's
# `language: rust` cannot install (it runs `cargo install --path .`, and the top-level package
# is the library).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${CARGO_TARGET_DIR:-$here/target}/release/figcheck"

if [ ! -x "$bin" ] || [ "$here/Cargo.lock" -nt "$bin" ]; then
    if ! command -v cargo >/dev/null 2>&1; then
        echo "figcheck (pre-commit): cargo was not found; install a Rust toolchain (https://rustup.rs) and commit again" >&2
        exit 2
    fi
    echo "figcheck (pre-commit): building figcheck once (a few minutes)" >&2
    cargo build --release --locked --quiet --manifest-path "$here/Cargo.toml" -p figcheck-cli >&2
fi
exec "$bin" "$@"
