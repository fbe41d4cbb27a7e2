#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds Omnitote and runs every test (unit, integration on SQLite and PostgreSQL, qml, e2e).
#   scripts/run-tests.sh            the "dev" preset (Debug)
#   scripts/run-tests.sh asan       AddressSanitizer + UndefinedBehaviorSanitizer
# Installs missing Debian packages first (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
ctest --preset "$preset" -j "$(nproc)"
