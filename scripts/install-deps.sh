#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages Omnitote needs to build, run and test.
# Idempotent and quiet: packages already installed are skipped; apt runs only when something is missing.
#   scripts/install-deps.sh            build + run + test dependencies
#   scripts/install-deps.sh --runtime  only what the kiosk and server need to build and run
#   scripts/install-deps.sh --fuzz     also clang + compiler-rt for the libFuzzer targets (opt-in)
set -euo pipefail

build_and_run=(
  g++ cmake ninja-build pkg-config ccache git clang-format
  qt6-base-dev qt6-declarative-dev qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtmultimedia qml6-module-qttest qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-dev qt6-virtualkeyboard-plugin
  qml6-module-qt-labs-folderlistmodel
  libzxing-dev libnfc-dev libcurl4-openssl-dev zlib1g-dev
  gstreamer1.0-plugins-base fonts-noto-core fonts-noto-cjk xvfb xauth
)
test_only=(
  postgresql python3 python3-aiosmtpd
  chromium
)
fuzz_only=(
  clang libclang-rt-14-dev
)

want=("${build_and_run[@]}")
if [[ "${1:-}" != "--runtime" ]]; then
  want+=("${test_only[@]}")
fi
if [[ "${1:-}" == "--fuzz" ]]; then
  want+=("${fuzz_only[@]}")
fi

missing=()
for pkg in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$pkg")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
