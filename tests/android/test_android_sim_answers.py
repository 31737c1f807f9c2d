"""The simulated phone remembers answers to commands that only read, and never answers from memory
after a command that may have changed it."""

from __future__ import annotations

import pytest

from desktop_app.simulators.android import load_android_scenario
from desktop_app.simulators.android import shell as shell_module
from desktop_app.simulators.android.shell import AndroidShell

TIKTOK = "com.zhiliaoapp.musically"
LISTING = "pm list packages -f -i -U --show-versioncode -u --user 0"


def test_a_listing_after_an_uninstall_is_read_again() -> None:
    shell = AndroidShell(load_android_scenario("pixel-work-profile"))  # TikTok in the work profile
    work_listing = LISTING.replace("--user 0", "--user 10")
    first = shell.run(work_listing).stdout
    assert shell.run(work_listing).stdout == first
    assert f"package:{TIKTOK}\n".encode() in shell.run("pm list packages --user 10").stdout
    assert shell.run(f"pm uninstall --user 10 {TIKTOK}").exit_code == 0
    assert f"package:{TIKTOK}\n".encode() not in shell.run("pm list packages --user 10").stdout
    assert shell.run(work_listing).stdout != first


def test_a_new_profile_shows_in_the_user_list_read_before() -> None:
    shell = AndroidShell(load_android_scenario("samsung-clean"))
    before = shell.run("pm list users").stdout
    assert shell.run("cmd package create-user --profileOf 0 --managed Work").exit_code == 0
    after = shell.run("pm list users").stdout
    assert after != before and b"Work" in after


def test_garbled_answers_are_never_remembered() -> None:
    shell = AndroidShell(load_android_scenario("samsung-clean").with_faults(garbage_lines=2))
    answers = {shell.run(LISTING).stdout for _ in range(3)}
    assert len(answers) > 1  # the garbage moves every time, as the fault says


def test_a_remembered_answer_still_costs_the_phone_its_time(monkeypatch: pytest.MonkeyPatch) -> None:
    shell = AndroidShell(load_android_scenario("samsung-clean").with_faults(command_ms=40.0))
    slept: list[float] = []
    monkeypatch.setattr(shell_module.time, "sleep", slept.append)
    first = shell.run(LISTING)
    again = shell.run(LISTING)
    assert again == first
    assert slept == [0.04, 0.04]
