"""Fidelity: Debian's real `adb` client drives the simulated phone (private server port, isolated HOME)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from adb_shell.adb_device import AdbDevice

from desktop_app.devices.android.adb_keys import AdbKeys
from desktop_app.devices.android.transport import ResponsiveTcpTransport
from desktop_app.simulators.android import AndroidSimulator

pytestmark = pytest.mark.fidelity

ADB = shutil.which("adb")
if ADB is None:
    if os.environ.get("CI"):
        raise RuntimeError("fidelity tests need Debian's `adb` in CI: apt-get install adb")
    pytest.skip("Debian's adb is not installed", allow_module_level=True)

LISTING = "pm list packages -f -i -U --show-versioncode --user all"
PhoneFactory = Callable[..., AndroidSimulator]


def _free_port_outside_emulator_range() -> int:
    while True:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        if not 5555 <= port <= 5585:
            return port


class Adb:
    """Debian's adb with its own server port and HOME (its own adbkey)."""

    def __init__(self, home: Path) -> None:
        self.port = _free_port_outside_emulator_range()
        self.env = {**os.environ, "HOME": str(home), "ANDROID_ADB_SERVER_PORT": str(self.port)}

    def __call__(self, *args: str, timeout: float = 20.0) -> subprocess.CompletedProcess[str]:
        assert ADB is not None
        return subprocess.run(
            [ADB, "-P", str(self.port), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def wait_for(self, serial: str, timeout: float = 15.0) -> None:
        self("-s", serial, "wait-for-device", timeout=timeout)


@pytest.fixture(scope="module")
def adb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Adb]:
    client = Adb(tmp_path_factory.mktemp("adb-home"))
    started = client("start-server")
    assert started.returncode == 0, started.stderr
    yield client
    client("kill-server", timeout=10)


def _connect_ready(adb: Adb, phone: AndroidSimulator) -> None:
    first = adb("connect", phone.address)
    # adb 29 prints "failed to authenticate" while the prompt is answered, then the phone goes online.
    assert phone.address in first.stdout
    adb.wait_for(phone.address)


def _devices(adb: Adb) -> dict[str, str]:
    lines = adb("devices", "-l").stdout.splitlines()[1:]
    return {line.split()[0]: line for line in lines if line.strip()}


def test_connect_and_devices_shows_device(adb: Adb, start_phone: PhoneFactory) -> None:
    phone = start_phone("pixel-work-profile")
    _connect_ready(adb, phone)
    row = _devices(adb)[phone.address]
    assert row.split()[1] == "device"
    assert "model:Pixel_8" in row and "product:shiba" in row
    adb("disconnect", phone.address)
    again = adb("connect", phone.address)  # the key is now trusted: signature accepted at once
    assert again.stdout.strip() == f"connected to {phone.address}"
    adb("disconnect", phone.address)


def test_unauthorized_then_allow(adb: Adb, start_phone: PhoneFactory) -> None:
    phone = start_phone("unauthorized")
    result = adb("connect", phone.address)
    assert f"failed to authenticate to {phone.address}" in result.stdout
    assert _devices(adb)[phone.address].split()[1] == "unauthorized"
    assert phone.prompts_shown == 1
    phone.tap_allow()
    adb.wait_for(phone.address)
    assert _devices(adb)[phone.address].split()[1] == "device"
    adb("disconnect", phone.address)


def test_package_listing_is_identical_through_adb_and_adb_shell(
    adb: Adb, start_phone: PhoneFactory, adb_keys: AdbKeys
) -> None:
    phone = start_phone("pixel-work-profile")
    _connect_ready(adb, phone)
    through_adb = adb("-s", phone.address, "shell", LISTING)
    assert through_adb.returncode == 0, through_adb.stderr
    host, port = phone.address.rsplit(":", 1)
    device = AdbDevice(
        ResponsiveTcpTransport(host, int(port)), default_transport_timeout_s=5.0, banner=b"test"
    )
    device.connect(rsa_keys=[adb_keys.signer], auth_timeout_s=5.0, read_timeout_s=5.0)
    try:
        through_adb_shell = device.shell(LISTING, transport_timeout_s=5.0, read_timeout_s=5.0)
    finally:
        device.close()
    assert through_adb.stdout == through_adb_shell
    # One line per package, its users merged into one uid list as Android 14 does.
    assert through_adb.stdout.count("\n") == len(phone.scenario.packages)
    assert (
        "=com.zhiliaoapp.musically versionCode:2023405030  installer=com.android.vending uid:1010245\n"
        in (through_adb.stdout)
    )
    users = adb("-s", phone.address, "shell", "pm", "list", "users").stdout
    assert users == "Users:\n\tUserInfo{0:Owner:c13} running\n\tUserInfo{10:Work profile:1030} running\n"
    missing = adb("-s", phone.address, "shell", "no-such-tool")
    assert missing.returncode == 127  # shell v2 carries the exit code
    assert "no-such-tool: inaccessible or not found" in missing.stderr
    adb("disconnect", phone.address)


def test_adb_uninstall(adb: Adb, start_phone: PhoneFactory) -> None:
    phone = start_phone("pixel-work-profile")
    _connect_ready(adb, phone)
    result = adb("-s", phone.address, "uninstall", "com.zhiliaoapp.musically.go")
    assert result.stdout.strip() == "Success"
    assert "cmd package 'uninstall' 'com.zhiliaoapp.musically.go'" in phone.commands
    listing = adb("-s", phone.address, "shell", LISTING).stdout
    assert "=com.zhiliaoapp.musically.go " not in listing
    assert "=com.zhiliaoapp.musically " in listing
    adb("disconnect", phone.address)


def test_adb_uninstall_blocked_by_device_policy(adb: Adb, start_phone: PhoneFactory) -> None:
    phone = start_phone("device-owner-blocked")
    _connect_ready(adb, phone)
    result = adb("-s", phone.address, "uninstall", "com.zhiliaoapp.musically")
    assert "Failure [DELETE_FAILED_DEVICE_POLICY_MANAGER]" in result.stdout + result.stderr
    adb("disconnect", phone.address)
