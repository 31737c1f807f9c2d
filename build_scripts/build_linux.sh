#!/usr/bin/env bash
# One command for the Linux installer: the frozen one-folder build (PyInstaller), the .tar.gz and the
# .deb, then `app-audit --self-test` run by the frozen program exactly as the .deb installs it.
# Fails if any step fails. Output: build/dist/app-audit/ and build/packages/.
# Run build_scripts/bootstrap.sh first on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
BUNDLE=build/dist/app-audit
PACKAGES=build/packages

# PyInstaller and PySide6 are pinned together in the `build` extra.
if ! "$PY" -c "import PyInstaller" 2>/dev/null || [ pyproject.toml -nt .venv/.installed-build ]; then
  echo "== installing the build tools (pyproject extra 'build')"
  "$PY" -m pip install -q -e '.[build]'
  touch .venv/.installed-build
fi

echo "== translations (.ts -> .qm)"
"$PY" build_scripts/translations.py

echo "== PyInstaller one-folder build"
rm -rf "$BUNDLE" "$PACKAGES"
started=$SECONDS
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/work build_scripts/app-audit.spec
echo "built in $((SECONDS - started)) s"

echo "== frozen --version"
"$BUNDLE/app-audit" --version
VERSION="$("$BUNDLE/app-audit" --version | head -n1 | cut -d' ' -f2)"
ARCH="$(dpkg --print-architecture)"

echo "== native libraries, .tar.gz and .deb"
"$PY" build_scripts/package_linux.py --bundle "$BUNDLE" --out "$PACKAGES" --version "$VERSION" --arch "$ARCH"
DEB="$PACKAGES/app-audit_${VERSION}_${ARCH}.deb"
dpkg-deb --info "$DEB" | sed -n '/Package:/,/Description:/p'

echo "== frozen self-test, from the .deb's payload"
payload="$(mktemp -d)"
trap 'rm -rf "$payload"' EXIT
dpkg-deb -x "$DEB" "$payload"
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$payload/opt/app-audit/app-audit" --self-test

echo "== done"
du -sh "$BUNDLE" "$PACKAGES"/*
