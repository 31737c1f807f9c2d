"""The simulator against real clients: Debian's libimobiledevice tools and pymobiledevice3's CLI.

These must run wherever the binaries are installed; in CI a missing binary is a failure, not a skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.models import AppState
from desktop_app.devices.ios.connector import open_ios
from desktop_app.devices.ios.parsers import parse_app_listing
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario

from .conftest import DOUYIN, TIKTOK, TIKTOK_UDID

pytestmark = pytest.mark.fidelity
StartSimulator = Callable[..., IosSimulator]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(
                f"{name} is not installed: CI must install libimobiledevice-utils and ideviceinstaller"
            )
        pytest.skip(f"{name} is not installed")
    return path


def _run(
    args: list[str], sim: IosSimulator, home: Path, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "USBMUXD_SOCKET_ADDRESS": sim.address, "HOME": str(home)}
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def _info(text: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)


def test_idevice_id_lists_every_attached_phone(start_simulator: StartSimulator, _isolated_home: Path) -> None:
    sim = start_simulator("iphone-tiktok", "ipad-clean", "trust-pending")
    result = _run([_tool("idevice_id"), "-l"], sim, _isolated_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == sim.udids()


def test_ideviceinfo_with_and_without_a_session(
    start_simulator: StartSimulator, _isolated_home: Path
) -> None:
    sim = start_simulator("iphone-tiktok")
    full = _run([_tool("ideviceinfo"), "-u", TIKTOK_UDID], sim, _isolated_home)
    assert full.returncode == 0, full.stderr
    values = _info(full.stdout)
    assert values["ProductType"] == "iPhone14,5" and values["ProductVersion"] == "17.5.1"
    assert values["SerialNumber"] == "F2LXK0QWJC6M"  # only inside a paired session
    simple = _run([_tool("ideviceinfo"), "-s", "-u", TIKTOK_UDID], sim, _isolated_home)
    assert simple.returncode == 0, simple.stderr
    simple_values = _info(simple.stdout)
    assert simple_values["UniqueDeviceID"] == TIKTOK_UDID
    assert "SerialNumber" not in simple_values  # -s skips pairing and the session
    key = _run([_tool("ideviceinfo"), "-u", TIKTOK_UDID, "-k", "DeviceName"], sim, _isolated_home)
    assert key.stdout.strip() == "Camille's iPhone"


def test_libimobiledevice_pairs_and_saves_its_record_through_usbmuxd(
    start_simulator: StartSimulator, _isolated_home: Path, pair_dir: Path
) -> None:
    scenario = load_ios_scenario("trust-pending").with_changes(answer_after_s=0)
    sim = start_simulator(scenario)
    udid = scenario.identity.udid
    result = _run([_tool("ideviceinfo"), "-u", udid, "-k", "ProductVersion"], sim, _isolated_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "18.1"
    # The record libimobiledevice saved in usbmuxd is good for pymobiledevice3 too: no new Trust needed.
    with open_ios(
        udid=udid, usbmux_address=sim.address, pair_records_dir=pair_dir, trust_timeout_s=0
    ) as phone:
        assert phone.identity().os_version == "18.1"


@pytest.mark.parametrize(
    ("scenario", "message"),
    [
        ("trust-pending", "Pairing dialog response pending"),
        ("trust-refused", "denied"),
        ("locked", "Password protected"),
    ],
)
def test_ideviceinfo_reports_pairing_states(
    start_simulator: StartSimulator, _isolated_home: Path, scenario: str, message: str
) -> None:
    sim = start_simulator(scenario)
    udid = load_ios_scenario(scenario).identity.udid
    result = _run([_tool("ideviceinfo"), "-u", udid], sim, _isolated_home)
    assert result.returncode != 0
    assert message.lower() in (result.stdout + result.stderr).lower()


def test_ideviceinstaller_lists_user_apps(start_simulator: StartSimulator, _isolated_home: Path) -> None:
    sim = start_simulator("iphone-tiktok")
    result = _run([_tool("ideviceinstaller"), "-u", TIKTOK_UDID, "-l"], sim, _isolated_home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "CFBundleIdentifier, CFBundleVersion, CFBundleDisplayName"
    listed = {line.split(",")[0] for line in lines[1:]}
    assert TIKTOK in listed
    assert DOUYIN not in listed  # ideviceinstaller does not ask for placeholders: offloaded apps hide
    assert "com.apple.mobilesafari" not in listed  # user apps only
    assert len(listed) == 10

    xml = _run([_tool("ideviceinstaller"), "-u", TIKTOK_UDID, "-l", "-o", "xml"], sim, _isolated_home)
    apps = {a.app_id: a for a in parse_app_listing(xml.stdout.encode())}
    assert set(apps) == listed
    assert apps[TIKTOK].team_id == "6VDTR5XDJB" and apps[TIKTOK].label == "TikTok"


def test_ideviceinstaller_uninstalls(
    start_simulator: StartSimulator, _isolated_home: Path, pair_dir: Path
) -> None:
    sim = start_simulator("iphone-tiktok")
    tool = _tool("ideviceinstaller")
    result = _run([tool, "-u", TIKTOK_UDID, "-U", TIKTOK], sim, _isolated_home)
    assert result.returncode == 0, result.stderr
    assert "Uninstall: Complete" in result.stdout
    assert "RemovingApplication (50%)" in result.stdout
    with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
        assert TIKTOK not in {a.app_id for a in phone.read_inventory().apps}

    refused = _run([tool, "-u", TIKTOK_UDID, "-U", "com.example.mdm.agent"], sim, _isolated_home)
    assert refused.returncode != 0
    assert "UninstallProhibited" in refused.stdout + refused.stderr


def _pymobiledevice3(args: list[str], sim: IosSimulator, home: Path) -> subprocess.CompletedProcess[str]:
    return _run([sys.executable, "-m", "pymobiledevice3", *args], sim, home, timeout=60)


def test_pymobiledevice3_cli_lists_apps_with_placeholders(
    start_simulator: StartSimulator, _isolated_home: Path
) -> None:
    sim = start_simulator("iphone-tiktok")
    result = _pymobiledevice3(
        ["apps", "list", "--udid", TIKTOK_UDID, "--show-placeholders"], sim, _isolated_home
    )
    assert result.returncode == 0, result.stderr
    apps = {a.app_id: a for a in parse_app_listing(result.stdout.encode())}
    assert apps[DOUYIN].state is AppState.OFFLOADED
    assert apps[TIKTOK].installer == "com.apple.AppStore"  # iTunesMetadata printed as {"$hex": ...}
    assert len(apps) == 36

    info = _pymobiledevice3(["lockdown", "info", "--udid", TIKTOK_UDID], sim, _isolated_home)
    assert info.returncode == 0, info.stderr
    values = json.loads(info.stdout)
    assert values["UniqueDeviceID"] == TIKTOK_UDID and values["SerialNumber"] == "F2LXK0QWJC6M"


def test_pymobiledevice3_cli_uninstalls(start_simulator: StartSimulator, _isolated_home: Path) -> None:
    sim = start_simulator("iphone-tiktok")
    result = _pymobiledevice3(["apps", "uninstall", "--udid", TIKTOK_UDID, TIKTOK], sim, _isolated_home)
    assert result.returncode == 0, result.stderr
    assert TIKTOK not in sim.installed_bundle_ids(TIKTOK_UDID)
