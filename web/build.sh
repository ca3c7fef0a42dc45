#!/usr/bin/env bash
# Builds the web checker: figcheck compiled to WebAssembly, with its JavaScript glue, into
# web/www/pkg/ (not committed). Run from anywhere:
#
#     bash web/build.sh
#
# Needs the wasm32-unknown-unknown target and wasm-bindgen-cli at exactly the version of the
# wasm-bindgen crate in the workspace's Cargo.lock; both are installed here when missing. wasm-opt
# (binaryen) is used when it is on PATH, and skipped otherwise.
set -euo pipefail

web="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$web")"
out="$web/www/pkg"
cd "$root"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    echo "build.sh: installing the wasm32-unknown-unknown target" >&2
    rustup target add wasm32-unknown-unknown
fi

# The CLI must match the crate exactly: wasm-bindgen refuses a module built with another version.
want="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, "", $0); print; exit}' Cargo.lock)"
have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have" != "$want" ]; then
    echo "build.sh: installing wasm-bindgen-cli $want (found: ${have:-none})" >&2
    cargo install wasm-bindgen-cli --version "$want"
fi

# The crate is crates/figcheck-web; the `wasm` profile (Cargo.toml) makes it small and quick.
cargo build -p figcheck-web --profile wasm --target wasm32-unknown-unknown
wasm="${CARGO_TARGET_DIR:-$root/target}/wasm32-unknown-unknown/wasm/figcheck_web.wasm"

rm -rf "$out"
# The name section (function names, for profilers) is two fifths of the module: left out.
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
    --out-dir "$out" "$wasm"

# The built module must load and find the breakdown error of the arrests sentence.
smoke() {
    node --input-type=module -e '
        import { readFileSync } from "node:fs";
        const dir = process.argv[1];
        const m = await import(dir + "/figcheck_web.js");
        m.initSync({ module: readFileSync(process.argv[2]) });
        const r = JSON.parse(m.check("Police made 17 arrests — 13 in Belgium and five in France.", "text", ""));
        if (!r.findings.some((f) => f.message.includes("13 + 5"))) process.exit(1);
    ' "$out" "$1" >/dev/null 2>&1
}

# wasm-opt (binaryen) shrinks the module further when it is installed. An old one can break a
# module that wasm-bindgen made (Debian's binaryen 108 does), so its output is kept only when
# it still loads and checks (with node) and is smaller.
if command -v wasm-opt >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
    if wasm-opt -Oz "$out/figcheck_web_bg.wasm" -o "$out/opt.wasm" 2>/dev/null &&
        smoke "$out/opt.wasm" &&
        [ "$(wc -c < "$out/opt.wasm")" -lt "$(wc -c < "$out/figcheck_web_bg.wasm")" ]; then
        mv "$out/opt.wasm" "$out/figcheck_web_bg.wasm"
        echo "build.sh: optimised with $(wasm-opt --version)" >&2
    else
        rm -f "$out/opt.wasm"
        echo "build.sh: $(wasm-opt --version) gave no working, smaller module; kept wasm-bindgen's" >&2
    fi
else
    echo "build.sh: wasm-opt not found; the module is not optimised further (optional)" >&2
fi

bytes="$(wc -c < "$out/figcheck_web_bg.wasm")"
gz="$(gzip -9 -c "$out/figcheck_web_bg.wasm" | wc -c)"
echo "build.sh: $out/figcheck_web_bg.wasm: $bytes bytes ($gz gzipped)"
