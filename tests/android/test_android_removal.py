"""Removal from one profile: the phone's own answer says whether the app is there, the listing after
verifies, and what the person sees is what happened."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.devices.android.adb_keys import AdbKeys
from desktop_app.devices.android.connector import open_android
from desktop_app.simulators.android import AndroidSimulator

from .conftest import FAST

PhoneFactory = Callable[..., AndroidSimulator]
TIKTOK = "com.zhiliaoapp.musically"


def _listings(commands: list[str]) -> int:
    return sum(c == "pm list users" for c in commands)


def test_removal_from_one_profile_lists_the_phone_once_after(
    start_phone: PhoneFactory, adb_keys: AdbKeys
) -> None:
    phone = start_phone("pixel-work-profile")  # TikTok in the work profile, user 10
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        start = len(phone.commands)
        [result] = connector.remove_app(TIKTOK, user=10)
        sent = phone.commands[start:]
    assert (result.user, result.removed) == (10, True)
    uninstall = sent.index(f"pm uninstall --user 10 {TIKTOK}")
    assert _listings(sent[:uninstall]) == 0 and _listings(sent[uninstall:]) == 1
    assert phone.shell.package_users(TIKTOK) == {}


def test_removal_from_every_profile_lists_the_phone_before_and_after(
    start_phone: PhoneFactory, adb_keys: AdbKeys
) -> None:
    phone = start_phone("pixel-work-profile")
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        start = len(phone.commands)
        [result] = connector.remove_app(TIKTOK)
        sent = phone.commands[start:]
    assert (result.user, result.removed) == (10, True)
    assert _listings(sent) == 2


def test_an_app_not_in_that_profile_is_not_installed(start_phone: PhoneFactory, adb_keys: AdbKeys) -> None:
    phone = start_phone("pixel-work-profile")
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        [other_profile] = connector.remove_app(TIKTOK, user=0)
        [unknown] = connector.remove_app("com.example.never.installed", user=0)
    assert (other_profile.removed, other_profile.code) == (False, "NOT_INSTALLED")
    assert (unknown.removed, unknown.code) == (False, "NOT_INSTALLED")  # the phone says "internal error"
    assert phone.shell.package_users(TIKTOK) == {10: "enabled"}


def test_an_app_removed_by_the_person_meanwhile_is_not_installed(
    start_phone: PhoneFactory, adb_keys: AdbKeys
) -> None:
    phone = start_phone("pixel-work-profile")
    phone.shell.run(f"pm uninstall --user 10 {TIKTOK}")  # the person, in Settings > Apps
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        [result] = connector.remove_app(TIKTOK, user=10)
    assert (result.removed, result.code) == (False, "NOT_INSTALLED")


def test_a_locked_profile_says_unlock_it(start_phone: PhoneFactory, adb_keys: AdbKeys) -> None:
    phone = start_phone("locked-private-profile")  # TikTok in the locked private space, user 11
    with open_android(connect=phone.address, keys=adb_keys, timeouts=FAST) as connector:
        [result] = connector.remove_app(TIKTOK, user=11)
    assert (result.removed, result.code) == (False, "PROFILE_LOCKED")
    assert "Unlock" in result.message
