#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds and starts the kiosk on its embedded backend with the demo catalogue.
# Extra arguments go to `omnitote` (e.g. --lookup 04740168000134, or --backend URL --token T).
# Without a display it runs under Xvfb; OMNITOTE_HEADLESS=offscreen uses Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --runtime
cmake --preset release -DOMNITOTE_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release -j "$(nproc)" --target omnitote omnitote-server
if [[ "${OMNITOTE_HEADLESS:-}" == offscreen ]]; then
  exec env QT_QPA_PLATFORM=offscreen build/release/app/omnitote "$@"
elif [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" build/release/app/omnitote "$@"
else
  exec build/release/app/omnitote "$@"
fi
