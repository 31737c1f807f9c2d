#!/usr/bin/env bash
# macOS installer recipe: PyInstaller .app, frozen self-test, codesign (hardened runtime), DMG,
# notarisation and stapling. NOT RUN in this project's CI container (Linux only);
# .github/workflows/macos-installer.yml runs it on a GitHub-hosted macOS runner. See docs/packaging.md.
#
# Needs: Python 3.11 (universal2 or the runner's arch), Xcode command-line tools, `create-dmg`
# (brew install create-dmg), librsvg (`rsvg-convert`, for the icon), and for a signed, notarised DMG:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Example Corp (TEAMID1234)" in the login keychain
#   NOTARY_PROFILE        a `xcrun notarytool store-credentials` profile name (Apple ID + app password, or API key)
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv-mac
.venv-mac/bin/python -m pip install -q --upgrade pip
# The libusb1 wheel for macOS carries libusb-1.0.dylib; the spec refuses to build without it.
.venv-mac/bin/python -m pip install -q -e '.[build]'

if [ ! -f packaging/macos/app-audit.icns ]; then
  iconset="$(mktemp -d)/app-audit.iconset"; mkdir -p "$iconset"
  for size in 16 32 64 128 256 512; do
    rsvg-convert -w $size -h $size resources/icons/app-audit.svg -o "$iconset/icon_${size}x${size}.png"
    rsvg-convert -w $((size * 2)) -h $((size * 2)) resources/icons/app-audit.svg -o "$iconset/icon_${size}x${size}@2x.png"
  done
  iconutil -c icns "$iconset" -o packaging/macos/app-audit.icns
fi

.venv-mac/bin/python build_scripts/translations.py
.venv-mac/bin/python -m PyInstaller --noconfirm --clean --distpath build/dist --workpath build/work build_scripts/app-audit.spec
APP="build/dist/App Audit.app"
PROGRAM="$APP/Contents/MacOS/app-audit"
"$PROGRAM" --version
VERSION="$("$PROGRAM" --version | head -n1 | cut -d' ' -f2)"
QT_QPA_PLATFORM=offscreen "$PROGRAM" --self-test

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  # Sign every Mach-O inside first (Qt frameworks, .so, libusb dylib), then the app, hardened runtime.
  find "$APP/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -111 \) -print0 |
    xargs -0 -n1 codesign --force --timestamp --options runtime \
      --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY"
  codesign --force --timestamp --options runtime --entitlements packaging/macos/entitlements.plist \
    --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "warning: MACOS_SIGN_IDENTITY not set: the app is NOT signed and Gatekeeper will block it" >&2
fi

mkdir -p build/packages
DMG="build/packages/app-audit-$VERSION-macos.dmg"
rm -f "$DMG"
create-dmg --volname "App Audit $VERSION" --app-drop-link 450 180 --icon "App Audit.app" 150 180 \
  --window-size 600 360 "$DMG" "$APP"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
  codesign --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
  xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
else
  echo "warning: not notarised (MACOS_SIGN_IDENTITY / NOTARY_PROFILE not set)" >&2
fi
ls -l build/packages
