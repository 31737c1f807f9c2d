"""`app-audit remove` exits honestly: removed and compliant, still not compliant, refused, not installed."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import run
from desktop_app.simulators.android import AndroidSimulator
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario

Phone = Callable[[str], AndroidSimulator]
TIKTOK = "com.zhiliaoapp.musically"
IPHONE_UDID = "00008110-001A2B3C4D5E801E"


def _remove(tmp_path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = run(["remove", *argv, "--json", "--db", str(tmp_path / "a.db"), "--data-dir", str(tmp_path)])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else None, captured.err


@pytest.fixture
def iphone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[IosSimulator]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("USBMUXD_SOCKET_ADDRESS", raising=False)
    simulator = IosSimulator([load_ios_scenario("iphone-tiktok")])
    simulator.start()
    yield simulator
    simulator.stop()


def test_removed_but_still_not_compliant_then_compliant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], live_phone: Phone
) -> None:
    phone = live_phone("pixel-work-profile")
    code, document, _ = _remove(tmp_path, capsys, TIKTOK, "--connect", phone.address)
    assert code == 1 and document["removed"] is True  # TikTok Lite is still in the personal profile
    assert document["audit"]["verdict"] == "noncompliant"
    code, document, _ = _remove(tmp_path, capsys, "com.zhiliaoapp.musically.go", "--connect", phone.address)
    assert code == 0 and document["removed"] is True and document["audit"]["verdict"] == "compliant"


def test_a_refused_removal_exits_1_with_the_phones_reason_and_steps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], live_phone: Phone
) -> None:
    phone = live_phone("device-owner-blocked")
    blocked = next(iter(phone.scenario.removal_failures))
    code, document, _ = _remove(tmp_path, capsys, blocked, "--connect", phone.address)
    assert code == 1 and document["removed"] is False
    refused = document["refused"][0]
    assert refused["code"] == "DELETE_FAILED_DEVICE_POLICY_MANAGER" and "policy" in refused["message"]
    assert document["manual_steps"]
    # In words too: the phone's own reason, then what to do on the phone.
    code = run(["remove", blocked, "--connect", phone.address, "--db", str(tmp_path / "a.db")])
    err = capsys.readouterr().err
    assert code == 1 and "REFUSED by the phone" in err and "DELETE_FAILED_DEVICE_POLICY_MANAGER" in err
    assert "to do on the phone:" in err


def test_an_absent_iphone_app_is_not_installed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], iphone: IosSimulator
) -> None:
    device = ["--udid", IPHONE_UDID, "--usbmux", iphone.address]
    code, document, _ = _remove(tmp_path, capsys, "com.example.not.there", *device, "--yes")
    assert document["not_installed"] is True and document["removals"] == []
    assert code == 1  # nothing removed; the phone's verdict (TikTok is still there)
    code = run(["remove", "com.example.not.there", *device, "--db", str(tmp_path / "a.db")])
    assert "not installed: com.example.not.there" in capsys.readouterr().err


def test_an_unflagged_app_needs_yes_and_an_unknown_user_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], live_phone: Phone
) -> None:
    phone = live_phone("pixel-work-profile")
    code, _, err = _remove(tmp_path, capsys, "com.whatsapp", "--connect", phone.address)
    assert code == 2 and "not flagged" in err and "--yes" in err
    assert phone.shell.package_users("com.whatsapp")  # untouched
    code, document, _ = _remove(tmp_path, capsys, "com.whatsapp", "--connect", phone.address, "--yes")
    assert document["removed"] is True and not phone.shell.package_users("com.whatsapp")
    assert code == 1  # removed, but the phone still holds TikTok
    code, _, err = _remove(tmp_path, capsys, TIKTOK, "--user", "99", "--connect", phone.address)
    assert code == 2 and "no user 99" in err and "0, 10" in err
