"""One thread running a round of shell commands answers what adb-shell's own shell() answers."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from adb_shell.adb_device import AdbDevice

from desktop_app.devices.android.adb_keys import AdbKeys
from desktop_app.devices.android.adb_shell_internals import (
    allow_concurrent_streams,
    open_stream_the_library_way,
    read_stream_the_library_way,
)
from desktop_app.devices.android.streams import run_shell_commands
from desktop_app.devices.android.transport import (
    ADB_FAILURES,
    ResponsiveTcpTransport,
)
from desktop_app.simulators.android import AndroidScenario, AndroidSimulator, load_android_scenario

from .conftest import FAST

PhoneFactory = Callable[[str | AndroidScenario], AndroidSimulator]
COMMANDS = [
    "pm list users",
    "getprop ro.product.model",
    "dumpsys package com.zhiliaoapp.musically",
    "pm list packages -f -i -U --show-versioncode -u --user 10",
    "no-such-command --flag",
    "pm list packages -d --user 0",
]


def _round(adb: AdbDevice, commands: list[str]) -> list[str]:
    return run_shell_commands(
        adb,
        commands,
        transport_timeout_s=FAST.transport_s,
        silence_s=FAST.silence_s,
        probe_s=FAST.probe_s,
        deadline=time.monotonic() + FAST.scan_s,
    )


@pytest.fixture
def connect(adb_keys: AdbKeys) -> Iterator[Callable[[AndroidSimulator, bool], AdbDevice]]:
    opened: list[AdbDevice] = []

    def open_device(phone: AndroidSimulator, concurrent: bool = True) -> AdbDevice:
        host, _, port = phone.address.rpartition(":")
        adb = AdbDevice(ResponsiveTcpTransport(host, int(port)), default_transport_timeout_s=FAST.transport_s)
        if concurrent:
            allow_concurrent_streams(adb)
        adb.connect(rsa_keys=[adb_keys.signer], auth_timeout_s=FAST.auth_s, read_timeout_s=FAST.silence_s)
        opened.append(adb)
        return adb

    yield open_device
    for adb in opened:
        adb.close()


def test_a_round_answers_what_adb_shell_answers_one_by_one(
    start_phone: PhoneFactory, connect: Callable[[AndroidSimulator, bool], AdbDevice]
) -> None:
    phone = start_phone("pixel-work-profile")
    adb = connect(phone, True)
    one_by_one = [adb.shell(c, read_timeout_s=FAST.silence_s, timeout_s=FAST.scan_s) for c in COMMANDS]
    assert "UserInfo{10:" in one_by_one[0] and one_by_one[4]  # real answers, not empty strings
    assert _round(adb, COMMANDS) == one_by_one
    # Many streams at once, answered in order; the connection is still usable afterwards.
    many = COMMANDS * 5
    assert _round(adb, many) == one_by_one * 5
    assert _round(adb, ["echo ok"]) == [adb.shell("echo ok")] == ["ok\n"]


def test_packets_of_another_stream_are_kept_for_its_reader(
    start_phone: PhoneFactory, connect: Callable[[AndroidSimulator, bool], AdbDevice]
) -> None:
    phone = start_phone("pixel-work-profile")
    adb = connect(phone, True)
    expected = adb.shell("pm list users")
    # A stream opened through adb-shell, whose answer arrives while the round reads the link.
    other = open_stream_the_library_way(
        adb, b"shell:pm list users", (FAST.transport_s, FAST.silence_s, FAST.scan_s)
    )
    assert _round(adb, COMMANDS[1:3]) == [adb.shell(c) for c in COMMANDS[1:3]]
    assert read_stream_the_library_way(adb, other).decode() == expected


def test_a_round_needs_the_concurrent_sender(
    start_phone: PhoneFactory, connect: Callable[[AndroidSimulator, bool], AdbDevice]
) -> None:
    # adb-shell's own send takes the read lock the round holds: refuse rather than deadlock.
    adb = connect(start_phone("samsung-clean"), False)
    with pytest.raises(RuntimeError, match="allow_concurrent_streams"):
        _round(adb, ["pm list users"])


def test_a_cable_pull_mid_round_fails_instead_of_hanging(
    start_phone: PhoneFactory, connect: Callable[[AndroidSimulator, bool], AdbDevice]
) -> None:
    scenario = load_android_scenario("pixel-work-profile")
    phone = start_phone(scenario.with_faults(drop_after_bytes=20_000))
    adb = connect(phone, True)
    with pytest.raises(ADB_FAILURES):
        _round(adb, COMMANDS)
