#!/usr/bin/env bash
# Set up a fresh Debian/Ubuntu machine for App Audit: system packages, then .venv with the app and its test tools.
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  python3-venv
  # device access and the real clients the fidelity tests drive
  adb libusb-1.0-0 usbmuxd libimobiledevice-utils ideviceinstaller
  # signs the test APKs whose signer certificates the fidelity tests compare (needs a JRE)
  apksigner
  # Qt's offscreen/xcb platform plugins and fonts, Xvfb for screenshots
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core xvfb
  # a small CJK font (1.6 MB download) so policy names such as 抖音 (Douyin) do not render as boxes
  fonts-wqy-microhei
  # the fleet's central database (tests and benchmarks start a throwaway cluster)
  postgresql
  # packaging checks
  dpkg-dev
)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
if ! .venv/bin/python -c "import desktop_app, pytest, pytestqt, importlinter" 2>/dev/null \
   || [ pyproject.toml -nt .venv/.installed ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  touch .venv/.installed
fi

# The window's translations: resources/i18n/*.ts -> .qm (Qt's lrelease, shipped with PySide6).
.venv/bin/python build_scripts/translations.py >/dev/null
