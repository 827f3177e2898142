#!/usr/bin/env bash
# The README's test command: installs what the tests need where it can, then runs every test (./mvnw verify).
#
# It installs, only when missing:
#   - on Debian or Ubuntu, with apt-get (as root, or through sudo): chromium and chromium-driver (the browser journeys
#     drive Debian's Chromium; no test tool downloads a browser), nginx (two Jobfair instances behind it), curl;
#   - axe-core 4.10.3 from the npm registry into e2e/.axe/axe.min.js (every page a journey visits is checked with it).
# On another system, install Chromium, chromedriver and nginx yourself (SIAPKERJA_CHROMIUM, SIAPKERJA_CHROMEDRIVER
# point at them when they are elsewhere) and run this again.
set -euo pipefail
cd "$(dirname "$0")/.."

# JDK 25: the Temurin build where this machine has it (elsewhere JAVA_HOME or the PATH must give a JDK 25)
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi

have() { command -v "$1" >/dev/null 2>&1; }
apt_install() {
  if ! have apt-get; then
    echo "scripts/test.sh: please install $* (no apt-get on this system)" >&2
    return 1
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "scripts/test.sh: installing $* with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

missing=()
have chromium || missing+=(chromium)
have chromedriver || missing+=(chromium-driver)
{ have nginx || [ -x /usr/sbin/nginx ]; } || missing+=(nginx)
have curl || missing+=(curl ca-certificates)
# the embedded PostgreSQL refuses root: as root it runs as 'nobody' through runuser (util-linux)
if [ "$(id -u)" -eq 0 ] && ! have runuser; then missing+=(util-linux); fi
if [ "${#missing[@]}" -gt 0 ]; then
  apt_install "${missing[@]}"
fi

AXE_VERSION=4.10.3
if [ ! -s e2e/.axe/axe.min.js ]; then
  mkdir -p e2e/.axe
  curl -sSfL "https://registry.npmjs.org/axe-core/-/axe-core-${AXE_VERSION}.tgz" | tar -xzO package/axe.min.js > e2e/.axe/axe.min.js
fi

java -version 2>&1 | head -1
chromium --version 2>/dev/null || true

./mvnw -B -ntp verify "$@"
