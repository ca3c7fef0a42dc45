#!/usr/bin/env bash
# The web checker's browser test, from a bare machine to a result:
#
#     bash web/test/run.sh
#
# installs Debian's chromium when /usr/bin/chromium is missing (as root; never a browser of
# playwright's own), installs playwright-core from package-lock.json (npm ci, skipped when that
# lock is already installed), builds the page (web/build.sh), runs the test in headless
# chromium against a loopback server, and takes the seed-story screenshot into
# web/test/artifacts/ when ../shared is beside the repository. Re-running is quick.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
web="$(dirname "$here")"

bash "$web/../tools/debian-package.sh" /usr/bin/chromium chromium run.sh

cd "$here"
stamp=node_modules/.figcheck-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" > "$stamp"
fi

bash "$web/build.sh"

node --test --test-reporter=spec checker.test.mjs
node screenshot.mjs
