"""Simulated phone -> open_android -> inventory -> policy verdict -> removal -> rescan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from desktop_app.core.checker import evaluate
from desktop_app.core.errors import (
    DeviceDisconnectedError,
    DeviceNotFoundError,
    DeviceUnauthorizedError,
    InvalidAppIdError,
)
from desktop_app.core.models import AppKind, AppState, Verdict
from desktop_app.core.policy import load_policy
from desktop_app.devices.android.adb_keys import AdbKeys
from desktop_app.devices.android.connector import open_android
from desktop_app.resources import default_policy_path
from desktop_app.simulators.android import AndroidSimulator, load_android_scenario

from .conftest import FAST

PhoneFactory = Callable[..., AndroidSimulator]
AFTER_DEADLINE = datetime(2027, 1, 15, tzinfo=UTC)
TIKTOK = "com.zhiliaoapp.musically"
TIKTOK_LITE = "com.zhiliaoapp.musically.go"


@pytest.fixture(scope="module")
def policy():  # type: ignore[no-untyped-def]
    return load_policy(default_policy_path())


def test_work_profile_scan_remove_rescan(start_phone: PhoneFactory, adb_keys: AdbKeys, policy) -> None:  # type: ignore[no-untyped-def]
    phone = start_phone("pixel-work-profile")
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        device = connector.identity()
        assert (device.model, device.os_version, device.serial) == ("Pixel 8", "14", "3A281FDJH00123")
        inventory = connector.read_inventory()
        assert inventory.complete
        assert {p.user for p in inventory.profiles} == {0, 10}
        assert len(inventory.apps) == phone.scenario.package_count()
        by_key = {(a.app_id, a.user): a for a in inventory.apps}
        tiktok = by_key[(TIKTOK, 10)]
        assert (tiktok.version_name, tiktok.version_code, tiktok.installer) == (
            "34.5.3",
            "2023405030",
            "com.android.vending",
        )
        assert tiktok.uid == 1010245 and tiktok.kind is AppKind.USER
        assert (TIKTOK, 0) not in by_key
        assert by_key[("com.spotify.music", 0)].state is AppState.DISABLED
        assert by_key[("android", 10)].kind is AppKind.SYSTEM
        assert by_key[("com.google.android.gm", 0)].kind is AppKind.SYSTEM

        report = evaluate(device, inventory, policy, AFTER_DEADLINE)
        assert report.verdict is Verdict.NONCOMPLIANT
        assert {(f.app_id, f.user) for f in report.findings} == {(TIKTOK, 10), (TIKTOK_LITE, 0)}

        removed = connector.remove_app(TIKTOK) + connector.remove_app(TIKTOK_LITE)
        assert [(r.app_id, r.user, r.removed) for r in removed] == [
            (TIKTOK, 10, True),
            (TIKTOK_LITE, 0, True),
        ]
        assert any(c == f"pm uninstall --user 10 {TIKTOK}" for c in phone.commands)

        rescan = evaluate(device, connector.read_inventory(), policy, AFTER_DEADLINE)
        assert rescan.verdict is Verdict.COMPLIANT
        assert rescan.findings == ()


def test_inventory_commands_do_not_grow_with_the_packages(
    start_phone: PhoneFactory, adb_keys: AdbKeys
) -> None:
    phone = start_phone("pixel-work-profile")
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        before = len(phone.commands)
        connector.read_inventory()
        commands = phone.commands[before:]
    # pm list users, three listings per user and ONE dumpsys for every version name, sent on
    # concurrent streams (never one command per package).
    assert commands.count("pm list users") == 1
    assert len(commands) == 1 + 3 * 2 + 1
    assert sum(c.count("dumpsys package") for c in commands) == 1
    assert {c for c in commands if "--user 10" in c} and {c for c in commands if "--user 0" in c}


def test_concurrent_streams_survive_many_rescans(start_phone: PhoneFactory, adb_keys: AdbKeys) -> None:
    # adb-shell 0.4.4 dropped a stream's CLSE read by another stream's thread: a rescan then hung.
    phone = start_phone("pixel-work-profile")
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        first = connector.read_inventory()
        for _ in range(15):
            assert connector.read_inventory() == first


def test_clean_samsung_is_compliant(start_phone: PhoneFactory, adb_keys: AdbKeys, policy) -> None:  # type: ignore[no-untyped-def]
    phone = start_phone("samsung-clean")
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        report = evaluate(connector.identity(), connector.read_inventory(), policy, AFTER_DEADLINE)
    assert report.verdict is Verdict.COMPLIANT
    assert report.device.manufacturer == "samsung"


def test_unauthorized_phone_raises_with_allow_guidance(start_phone: PhoneFactory, adb_keys: AdbKeys) -> None:
    phone = start_phone("unauthorized")
    with pytest.raises(DeviceUnauthorizedError) as caught:
        open_android(connect=phone.address, keys=adb_keys, timeouts=FAST)
    assert "Allow" in caught.value.hint and "Always allow" in caught.value.hint
    assert phone.prompts_shown == 1
    assert phone.commands == []


def test_allow_tapped_while_waiting_connects(start_phone: PhoneFactory, adb_keys: AdbKeys) -> None:
    scenario = load_android_scenario("allow-after-delay")
    assert scenario.allow_after_s == 3
    phone = start_phone(scenario.with_auth(scenario.auth, allow_after_s=0.3))
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        assert connector.identity().model == scenario.identity.model
    # "Always allow" was ticked: the next connection is accepted by signature, no new prompt.
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        assert connector.read_inventory().complete
    assert phone.prompts_shown == 1


def test_locked_private_profile_is_inconclusive(start_phone: PhoneFactory, adb_keys: AdbKeys, policy) -> None:  # type: ignore[no-untyped-def]
    phone = start_phone("locked-private-profile")
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        inventory = connector.read_inventory()
        report = evaluate(connector.identity(), inventory, policy, AFTER_DEADLINE)
    [locked] = inventory.unreadable_profiles
    assert locked.user == 11 and "locked" in locked.problem
    assert {a.user for a in inventory.apps} == {0}
    assert report.verdict is Verdict.INCONCLUSIVE


def test_device_owner_blocks_removal(start_phone: PhoneFactory, adb_keys: AdbKeys, policy) -> None:  # type: ignore[no-untyped-def]
    phone = start_phone("device-owner-blocked")
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        [result] = connector.remove_app(TIKTOK)
        assert not result.removed
        assert result.code == "DELETE_FAILED_DEVICE_POLICY_MANAGER"
        assert "ask it" in result.message.lower()
        report = evaluate(connector.identity(), connector.read_inventory(), policy, AFTER_DEADLINE)
    assert report.verdict is Verdict.NONCOMPLIANT


def test_cable_pull_mid_inventory_raises_disconnected(start_phone: PhoneFactory, adb_keys: AdbKeys) -> None:
    phone = start_phone(load_android_scenario("pixel-work-profile").with_faults(drop_after_bytes=30_000))
    connector = open_android(connect=phone.address, keys=adb_keys, timeouts=FAST)
    with pytest.raises(DeviceDisconnectedError):
        connector.read_inventory()
    with pytest.raises(DeviceDisconnectedError):
        connector.read_inventory()  # stays disconnected, never returns a stale or partial answer
    connector.close()


def test_unplug_between_commands_raises_disconnected(start_phone: PhoneFactory, adb_keys: AdbKeys) -> None:
    phone = start_phone("samsung-clean")
    connector = open_android(connect=phone.address, keys=adb_keys, timeouts=FAST)
    phone.unplug()
    with pytest.raises(DeviceDisconnectedError):
        connector.read_inventory()


def test_garbled_listing_is_never_compliant(start_phone: PhoneFactory, adb_keys: AdbKeys, policy) -> None:  # type: ignore[no-untyped-def]
    phone = start_phone(load_android_scenario("samsung-clean").with_faults(garbage_lines=4))
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        inventory = connector.read_inventory()
        report = evaluate(connector.identity(), inventory, policy, AFTER_DEADLINE)
    assert not inventory.complete and "was not understood" in inventory.problem
    assert report.verdict is Verdict.INCONCLUSIVE


def test_nothing_listening_is_device_not_found(adb_keys: AdbKeys) -> None:
    with AndroidSimulator(load_android_scenario("samsung-clean")) as phone:
        address = phone.address
    with pytest.raises(DeviceNotFoundError):
        open_android(connect=address, keys=adb_keys, timeouts=FAST)


@pytest.mark.parametrize("bad", ["com.example;reboot", "$(id)", "-k", "com.example app", ""])
def test_invalid_package_never_reaches_the_phone(
    start_phone: PhoneFactory, adb_keys: AdbKeys, bad: str
) -> None:
    phone = start_phone("samsung-clean")
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        before = list(phone.commands)
        with pytest.raises(InvalidAppIdError):
            connector.remove_app(bad)
        assert phone.commands == before
