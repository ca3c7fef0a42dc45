#!/usr/bin/env bash
# Installs a Debian package when a command it provides is missing:
#
#     bash tools/debian-package.sh COMMAND PACKAGE [WHO]
#
# does nothing when COMMAND is found (on PATH, or as given when it is a path); else, as root,
# installs PACKAGE with apt-get; else says what to install and exits 2. WHO names the caller in
# its messages. The test scripts of the web checker (chromium) and of the Python package's Spark
# test (a Java runtime) use it, so a bare machine gets what they need and nothing more.
set -euo pipefail

command=$1
package=$2
who=${3:-debian-package.sh}

if command -v "$command" >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "$who: $command is missing; install Debian's $package (as root: apt-get install $package)" >&2
    exit 2
fi
echo "$who: installing Debian's $package" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$package" >/dev/null
