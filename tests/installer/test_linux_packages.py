"""The .deb and .tar.gz layout, built by the same packaging code as the real build, from a tiny fake bundle."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGER = REPO / "build_scripts" / "package_linux.py"
VERSION = "9.8.7"


def _packager() -> ModuleType:
    spec = importlib.util.spec_from_file_location("package_linux", PACKAGER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A fake one-folder bundle (a script instead of the frozen program), packaged by package_linux.py."""
    base = tmp_path_factory.mktemp("packaging")
    bundle = base / "app-audit"
    (bundle / "_internal" / "resources" / "policies").mkdir(parents=True)
    shutil.copy(
        REPO / "resources" / "policies" / "default.yaml", bundle / "_internal" / "resources" / "policies"
    )
    program = bundle / "app-audit"
    program.write_text("#!/bin/sh\necho 'app-audit 9.8.7'\n", encoding="utf-8")
    program.chmod(0o700)  # the packager must normalise modes
    out = base / "out"
    result = subprocess.run(
        [
            sys.executable,
            str(PACKAGER),
            "--bundle",
            str(bundle),
            "--out",
            str(out),
            "--version",
            VERSION,
            "--arch",
            "amd64",
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return {
        "deb": out / f"app-audit_{VERSION}_amd64.deb",
        "tar": out / f"app-audit-{VERSION}-linux-amd64.tar.gz",
        "base": base,
    }


def _deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, check=True, timeout=60).stdout


def _control(deb: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in _deb("--field", str(deb)).splitlines():
        if line[:1].strip() and ":" in line:
            key, value = line.split(":", 1)
            fields[key] = value.strip()
    return fields


def test_deb_declares_name_version_and_device_dependencies(packages: dict[str, Path]) -> None:
    fields = _control(packages["deb"])
    assert (fields["Package"], fields["Version"], fields["Architecture"]) == ("app-audit", VERSION, "amd64")
    depends = [d.strip() for d in fields["Depends"].split(",")]
    assert {"libusb-1.0-0", "usbmuxd", "libwayland-cursor0", "libwayland-egl1"} <= set(depends)
    assert fields["Recommends"] == "android-sdk-platform-tools-common"
    assert int(fields["Installed-Size"]) > 0
    info = _deb("--info", str(packages["deb"]))
    assert "Description: check the apps on USB-attached phones" in info


def test_deb_installs_the_program_in_opt_with_a_command_on_the_path(packages: dict[str, Path]) -> None:
    listing = {}
    for line in _deb("--contents", str(packages["deb"])).splitlines():
        mode, owner, _size, _date, _time, path, *link = line.split()
        listing[path] = (mode, owner, link)
    assert listing["./opt/app-audit/app-audit"][:2] == ("-rwxr-xr-x", "root/root")
    assert listing["./opt/app-audit/_internal/resources/policies/default.yaml"][0] == "-rw-r--r--"
    mode, _owner, link = listing["./usr/bin/app-audit"]
    assert mode.startswith("l") and link == ["->", "/opt/app-audit/app-audit"]
    assert "./usr/share/applications/app-audit.desktop" in listing
    assert "./usr/share/icons/hicolor/scalable/apps/app-audit.svg" in listing
    assert "./usr/share/doc/app-audit/copyright" in listing


def test_desktop_entry_starts_the_window_with_the_icon(packages: dict[str, Path]) -> None:
    root = packages["base"] / "extracted"
    _deb("-x", str(packages["deb"]), str(root))
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(root / "usr/share/applications/app-audit.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "App Audit"
    assert section["Exec"].split()[0] == "app-audit"  # found through /usr/bin/app-audit
    assert section["Icon"] == "app-audit"
    assert (
        (root / f"usr/share/icons/hicolor/scalable/apps/{section['Icon']}.svg")
        .read_text()
        .lstrip()
        .startswith("<")
    )
    assert (
        subprocess.run(
            [str(root / "opt/app-audit/app-audit")], check=False, capture_output=True, text=True, timeout=30
        ).stdout.strip()
        == "app-audit 9.8.7"
    )


def test_tarball_holds_the_bundle_in_a_versioned_folder(packages: dict[str, Path]) -> None:
    with tarfile.open(packages["tar"]) as archive:
        members = {m.name: m for m in archive.getmembers()}
    program = members[f"app-audit-{VERSION}/app-audit"]
    assert program.mode & 0o100 and program.uid == 0
    assert f"app-audit-{VERSION}/share/applications/app-audit.desktop" in members
    assert f"app-audit-{VERSION}/_internal/resources/policies/default.yaml" in members


def test_native_library_check_accepts_libc_and_refuses_an_undeclared_library(tmp_path: Path) -> None:
    packager = _packager()
    clean = tmp_path / "clean"
    clean.mkdir()
    shutil.copy("/bin/true", clean / "app-audit")
    assert packager.check_native_libs(clean) == []
    # libusb links libudev, which the bundle does not carry and no Depends provides: refused.
    libusb = next(Path("/usr/lib").glob("*/libusb-1.0.so.0"), None) or Path(
        "/lib/x86_64-linux-gnu/libusb-1.0.so.0"
    )
    shutil.copy(libusb.resolve(), clean / "libusb-1.0.so.0")
    problems = packager.check_native_libs(clean)
    assert any("libudev.so.1" in p for p in problems), problems
