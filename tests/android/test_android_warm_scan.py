"""Warm scans: the users a phone had last time are read in the same round as `pm list users`.

"One round" is shown without timing: the simulated phone holds every answer, and the test checks
which commands reached it before it answered any (a two-round client would send only its first round).
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.models import Inventory
from desktop_app.devices.android.adb_keys import AdbKeys
from desktop_app.devices.android.connector import AndroidConnector, open_android
from desktop_app.devices.android.known_users import KnownUsers
from desktop_app.simulators.android import AndroidScenario, AndroidSimulator, load_android_scenario

from .conftest import FAST

PhoneFactory = Callable[[str | AndroidScenario], AndroidSimulator]
SERIAL = "3A281FDJH00123"  # pixel-work-profile
HOLD_WAIT_S = 10.0  # generous bound for commands to arrive; the test never waits for a time to pass
# With answers held, a correct client has sent everything it will send within this bound.
NOTHING_MORE_S = 0.3


def _connect(phone: AndroidSimulator, adb_keys: AdbKeys, known: KnownUsers) -> AndroidConnector:
    return open_android(connect=phone.address, keys=adb_keys, timeouts=FAST, known_users=known)


def _scan(phone: AndroidSimulator, adb_keys: AdbKeys, known: KnownUsers) -> Inventory:
    with _connect(phone, adb_keys, known) as connector:
        return connector.read_inventory()


def _first_round(
    phone: AndroidSimulator, adb_keys: AdbKeys, known: KnownUsers, expected: int
) -> tuple[list[str], Inventory]:
    """Scan with the phone's answers held: (commands received before any answer, the inventory)."""
    with _connect(phone, adb_keys, known) as connector:
        start = len(phone.commands)
        outcome: dict[str, Inventory | BaseException] = {}

        def scan() -> None:
            try:
                outcome["inventory"] = connector.read_inventory()
            except BaseException as error:  # reported by the test thread below
                outcome["error"] = error

        phone.shell.hold_answers()
        worker = threading.Thread(target=scan, daemon=True)
        try:
            worker.start()
            assert phone.shell.wait_for_commands(start + expected, HOLD_WAIT_S), phone.commands[start:]
            assert not phone.shell.wait_for_commands(start + expected + 1, NOTHING_MORE_S), (
                f"more than {expected} commands before the first answer: {phone.commands[start:]}"
            )
            before_answers = phone.commands[start:]
        finally:
            phone.shell.release_answers()
        worker.join(HOLD_WAIT_S * 2)
    assert not worker.is_alive()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise AssertionError("the scan failed") from error
    inventory = outcome["inventory"]
    assert isinstance(inventory, Inventory)
    return before_answers, inventory


def _user_listings(commands: list[str], user: int) -> list[str]:
    return [c for c in commands if c.startswith("pm list packages") and c.endswith(f"--user {user}")]


def test_warm_scan_sends_every_command_before_the_first_answer(
    start_phone: PhoneFactory, adb_keys: AdbKeys
) -> None:
    phone = start_phone("pixel-work-profile")
    known = KnownUsers()
    cold = _scan(phone, adb_keys, known)
    assert known.guess(SERIAL) == (0, 10)

    first, warm = _first_round(phone, adb_keys, known, expected=8)

    assert "pm list users" in first
    assert sum("dumpsys package" in c for c in first) == 1
    assert len(_user_listings(first, 0)) == 3 and len(_user_listings(first, 10)) == 3
    assert warm == cold


def test_cold_scan_of_a_two_user_phone_needs_a_second_round(
    start_phone: PhoneFactory, adb_keys: AdbKeys
) -> None:
    # The counterpart of the test above: it shows the held-answers check can tell the rounds apart.
    phone = start_phone("pixel-work-profile")
    known = KnownUsers()
    first, inventory = _first_round(phone, adb_keys, known, expected=5)
    # User 0 exists on every Android device: it is read with `pm list users`, user 10 only after.
    assert len(_user_listings(first, 0)) == 3 and not _user_listings(first, 10)
    assert {p.user for p in inventory.profiles} == {0, 10}
    assert len(_user_listings(phone.commands, 10)) == 3


def test_profile_added_between_scans_is_read_in_a_second_round(
    start_phone: PhoneFactory, adb_keys: AdbKeys
) -> None:
    phone = start_phone("pixel-work-profile")
    known = KnownUsers()
    _scan(phone, adb_keys, known)
    assert phone.shell.run("pm create-user --profileOf 0 --managed Clone").stdout == (
        b"Success: created user id 11\n"
    )

    first, warm = _first_round(phone, adb_keys, known, expected=8)

    assert not _user_listings(first, 11)  # not guessed: the phone had no user 11 last time
    assert len(_user_listings(phone.commands, 11)) == 3  # read after `pm list users` named it
    assert [p.user for p in warm.profiles] == [0, 10, 11]
    clone_apps = {a.app_id for a in warm.apps if a.user == 11}
    assert "android" in clone_apps and len(clone_apps) > 100
    assert warm == _scan(phone, adb_keys, KnownUsers())  # the same as a scan with no memory
    assert known.guess(SERIAL) == (0, 10, 11)


def test_profile_removed_between_scans_is_not_reported(start_phone: PhoneFactory, adb_keys: AdbKeys) -> None:
    phone = start_phone("pixel-work-profile")
    known = KnownUsers()
    _scan(phone, adb_keys, known)
    assert phone.shell.run("pm remove-user 10").stdout == b"Success: removed user\n"

    before = len(phone.commands)
    warm = _scan(phone, adb_keys, known)

    assert len(_user_listings(phone.commands[before:], 10)) == 3  # guessed, answered with an error
    assert [p.user for p in warm.profiles] == [0]
    assert warm.complete and not warm.unreadable_profiles
    assert {a.user for a in warm.apps} == {0}
    assert warm == _scan(phone, adb_keys, KnownUsers())
    assert known.guess(SERIAL) == (0,)


def test_a_wrong_memory_never_changes_the_result(start_phone: PhoneFactory, adb_keys: AdbKeys) -> None:
    # E.g. another phone with the same serial string, or a memory from long ago.
    phone = start_phone("pixel-work-profile")
    known = KnownUsers()
    known.remember(SERIAL, (0, 12, 99))
    assert _scan(phone, adb_keys, known) == _scan(phone, adb_keys, KnownUsers())
    assert known.guess(SERIAL) == (0, 10)


def _old_android(name: str) -> AndroidScenario:
    scenario = load_android_scenario(name)
    identity = dataclasses.replace(scenario.identity, sdk=28, android_version="9")
    return dataclasses.replace(scenario, identity=identity)


@pytest.mark.parametrize(
    "scenario",
    [
        "pixel-work-profile",
        "samsung-clean",
        "locked-private-profile",
        "device-owner-blocked",
        _old_android("pixel-work-profile"),
    ],
    ids=lambda s: s if isinstance(s, str) else f"{s.name}-android-{s.identity.android_version}",
)
def test_warm_scan_equals_cold_scan(
    start_phone: PhoneFactory, adb_keys: AdbKeys, scenario: str | AndroidScenario
) -> None:
    phone = start_phone(scenario)
    cold = _scan(phone, adb_keys, KnownUsers())
    known = KnownUsers()
    _scan(phone, adb_keys, known)
    warm = _scan(phone, adb_keys, known)
    assert warm == cold
    assert all("--user all" not in c for c in phone.commands)


def test_memory_is_bounded_and_starts_with_user_0() -> None:
    known = KnownUsers(capacity=2)
    assert known.guess("never-seen") == (0,)
    known.remember("a", [0, 10])
    known.remember("b", [0, 12])
    known.guess("a")  # used recently: kept
    known.remember("c", [0, 11])
    assert known.guess("a") == (0, 10)
    assert known.guess("b") == (0,)  # forgotten: back to the first guess
    assert known.guess("c") == (0, 11)


def test_the_memory_kept_in_a_file_makes_the_next_process_scan_warm(
    start_phone: PhoneFactory, adb_keys: AdbKeys, tmp_path: Path
) -> None:
    phone = start_phone("pixel-work-profile")
    file = tmp_path / "adb" / "users.json"
    this_run = KnownUsers()
    this_run.keep_in(file)
    _scan(phone, adb_keys, this_run)
    assert json.loads(file.read_text()) == {SERIAL: [0, 10]}

    next_run = KnownUsers()  # as a new `app-audit scan` process starts with
    next_run.keep_in(file)
    first, inventory = _first_round(phone, adb_keys, next_run, expected=8)
    assert len(_user_listings(first, 10)) == 3
    assert {p.user for p in inventory.profiles} == {0, 10}


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[1, 2]",
        '{"A": [0, 10], "B": "0", "C": [], "D": [0, -1], "E": [0, 9999999], "F": [0, true]}',
    ],
)
def test_an_odd_memory_file_is_an_empty_memory(content: str, tmp_path: Path) -> None:
    file = tmp_path / "users.json"
    file.write_text(content)
    known = KnownUsers()
    known.keep_in(file)
    expected_a = (0, 10) if content.startswith("{") else (0,)
    assert known.guess("A") == expected_a
    assert [known.guess(s) for s in "BCDEF"] == [(0,)] * 5


def test_a_memory_file_that_cannot_be_written_leaves_the_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    known = KnownUsers()
    known.keep_in(blocker / "users.json")
    known.remember("A", [0, 10])  # logs a warning, raises nothing
    assert known.guess("A") == (0, 10)
