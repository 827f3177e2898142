#!/usr/bin/env bash
# Refreshes docs/screenshots/ from the browser journeys: runs them (a fresh stack on free ports,
# Debian's Chromium) and copies the README's pictures from e2e/target/e2e/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
if [ "${1:-}" != "--copy-only" ]; then
  ./mvnw -B -ntp -q -DskipTests install
  ./mvnw -B -ntp -q -pl e2e verify
fi
shots=e2e/target/e2e/screenshots
for name in J-O-h-beranda-hp A-2-daftar-identitas A-5-dashboard-hp J-S-c-check-in J-S-d-lowongan-cocok J-C-m-pelamar J-S-g-percakapan J-S-tiket-masuk-hp J-O-pintu-masuk-hp J-A-hasil-rekrutmen-hp J-A-hasil-semua-jobfair J-O-pintu-boleh-masuk-hp; do
  cp "$shots/$name.png" "docs/screenshots/$name.png"
done
echo "docs/screenshots refreshed"
