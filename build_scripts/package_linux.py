"""Linux packages from a PyInstaller one-folder bundle: the .tar.gz and the .deb.

build_linux.sh calls this after PyInstaller; tests/installer call the same functions on a
tiny fake bundle, so the package layout is tested without a full build.

    python build_scripts/package_linux.py --bundle build/dist/app-audit --out build/packages --version 0.1.0
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "app-audit"
INSTALL_DIR = "/opt/app-audit"
DESKTOP_FILE = ROOT / "packaging" / "linux" / "app-audit.desktop"
ICON_FILE = ROOT / "resources" / "icons" / "app-audit.svg"
CONTROL_TEMPLATE = ROOT / "packaging" / "debian" / "control.in"
COPYRIGHT_FILE = ROOT / "packaging" / "debian" / "copyright"

# The device dependencies first, then the packages of the system libraries the bundle
# links to but does not carry (check_native_libs proves that list is complete).
DEPENDS = (
    "libusb-1.0-0",
    "usbmuxd",
    "libc6",
    "libegl1",
    "libgl1",
    "libxcb1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
)
# soname prefix -> the Debian package in DEPENDS that provides it.
SYSTEM_LIBS = {
    "linux-vdso.so": "libc6",
    "ld-linux": "libc6",
    "libc.so": "libc6",
    "libm.so": "libc6",
    "libdl.so": "libc6",
    "libpthread.so": "libc6",
    "librt.so": "libc6",
    "libresolv.so": "libc6",
    "libutil.so": "libc6",
    "libEGL.so": "libegl1",
    "libGL.so": "libgl1",
    "libGLX.so": "libgl1",  # libgl1 depends on libglx0 and libglvnd0
    "libGLdispatch.so": "libgl1",
    "libxcb.so": "libxcb1",
    "libwayland-client.so": "libwayland-client0",
    "libwayland-cursor.so": "libwayland-cursor0",
    "libwayland-egl.so": "libwayland-egl1",
}
_LDD_LINE = re.compile(r"^\s*(\S+)\s*(?:=>\s*(\S+|not found))?")


def debian_arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True, timeout=30
    ).stdout.strip()


def _elf_files(bundle: Path) -> Iterable[Path]:
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    yield path


def check_native_libs(bundle: Path) -> list[str]:
    """Every shared library a bundled binary needs is in the bundle or in a package the .deb depends on."""
    library_dirs = sorted({str(p.parent) for p in bundle.rglob("*.so*")})
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(library_dirs)}
    problems: list[str] = []
    bundle_prefix = str(bundle.resolve()) + os.sep
    for binary in _elf_files(bundle):
        # ldd exits 1 for files it cannot load (e.g. data with an ELF header): read its output, not its code.
        result = subprocess.run(
            ["ldd", str(binary)], check=False, capture_output=True, text=True, env=env, timeout=60
        )
        if "not a dynamic executable" in result.stdout + result.stderr:
            continue
        for line in result.stdout.splitlines():
            if "statically linked" in line:
                continue
            match = _LDD_LINE.match(line)
            if match is None:
                continue
            name, where = match.group(1), match.group(2)
            if where and where != "not found" and str(Path(where).resolve()).startswith(bundle_prefix):
                continue
            if name.startswith("/"):
                name = Path(name).name
            provider = next((pkg for prefix, pkg in SYSTEM_LIBS.items() if name.startswith(prefix)), None)
            if provider is None:
                state = "missing" if where == "not found" else f"taken from the system ({where})"
                problems.append(f"{binary.relative_to(bundle)}: {name} {state}, and no Depends provides it")
    return sorted(set(problems))


def _tree_size_kib(folder: Path) -> int:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())
    return max(1, total // 1024)


def _normalise_modes(folder: Path) -> None:
    # Debian policy: directories and executables 0755, other files 0644, owned by root (--root-owner-group).
    for path in folder.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def build_deb(bundle: Path, out_dir: Path, version: str, arch: str | None = None) -> Path:
    """app-audit_VERSION_ARCH.deb: the bundle in /opt/app-audit, /usr/bin/app-audit, desktop entry, icon."""
    arch = arch or debian_arch()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="app-audit-deb-") as work:
        root = Path(work) / "root"
        shutil.copytree(bundle, root / INSTALL_DIR.lstrip("/"), symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        os.symlink(f"{INSTALL_DIR}/{PACKAGE}", root / "usr" / "bin" / PACKAGE)
        share = root / "usr" / "share"
        (share / "applications").mkdir(parents=True)
        shutil.copy(DESKTOP_FILE, share / "applications" / f"{PACKAGE}.desktop")
        icons = share / "icons" / "hicolor" / "scalable" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(ICON_FILE, icons / f"{PACKAGE}.svg")
        (share / "doc" / PACKAGE).mkdir(parents=True)
        shutil.copy(COPYRIGHT_FILE, share / "doc" / PACKAGE / "copyright")
        _normalise_modes(root)
        control = (
            CONTROL_TEMPLATE.read_text(encoding="utf-8")
            .replace("@VERSION@", version)
            .replace("@ARCH@", arch)
            .replace("@INSTALLED_SIZE@", str(_tree_size_kib(root)))
            .replace("@DEPENDS@", ", ".join(DEPENDS))
        )
        (root / "DEBIAN").mkdir(mode=0o755)
        (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(target)],
            check=True,
            capture_output=True,
            timeout=1800,
        )
    return target


def build_tarball(bundle: Path, out_dir: Path, version: str, arch: str | None = None) -> Path:
    """app-audit-VERSION-linux-ARCH.tar.gz: the bundle folder with the desktop entry and icon beside it."""
    arch = arch or debian_arch()
    out_dir.mkdir(parents=True, exist_ok=True)
    top = f"{PACKAGE}-{version}"
    target = out_dir / f"{top}-linux-{arch}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=top, filter=owned_by_root)
        archive.add(DESKTOP_FILE, arcname=f"{top}/share/applications/{PACKAGE}.desktop", filter=owned_by_root)
        archive.add(ICON_FILE, arcname=f"{top}/share/icons/{PACKAGE}.svg", filter=owned_by_root)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bundle", type=Path, required=True, help="the PyInstaller one-folder output")
    parser.add_argument("--out", type=Path, required=True, help="folder for the .tar.gz and the .deb")
    parser.add_argument("--version", required=True)
    parser.add_argument("--arch", help="Debian architecture (default: this machine's)")
    args = parser.parse_args(argv)
    if not (args.bundle / PACKAGE).is_file():
        print(f"error: {args.bundle / PACKAGE} is missing: not an App Audit bundle", file=sys.stderr)
        return 2
    problems = check_native_libs(args.bundle)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(build_tarball(args.bundle, args.out, args.version, args.arch))
    print(build_deb(args.bundle, args.out, args.version, args.arch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
