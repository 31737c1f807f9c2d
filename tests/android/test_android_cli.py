"""CLI end to end on a simulated phone: `app-audit scan / remove` with --json, exit codes, the store."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.simulators.android import AndroidSimulator
from desktop_app.storage import AuditDatabase

PhoneFactory = Callable[..., AndroidSimulator]


def _cli(tmp_path: Path, *argv: str) -> list[str]:
    return [*argv, "--db", str(tmp_path / "audit.db"), "--data-dir", str(tmp_path / "data")]


def test_scan_remove_rescan_recorded(
    start_phone: PhoneFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    phone = start_phone("pixel-work-profile")
    assert run(_cli(tmp_path, "scan", "--connect", phone.address, "--json")) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["verdict"] in {"noncompliant", "action_required"}
    assert report["device"]["serial"] == "3A281FDJH00123"
    # The phone's users are kept for the next command (one round trip instead of two).
    kept = json.loads((tmp_path / "data" / "adb" / "users.json").read_text())
    assert kept["3A281FDJH00123"] == [0, 10]
    found = {(f["app_id"], f["user"]) for f in report["findings"]}
    assert found == {("com.zhiliaoapp.musically", 10), ("com.zhiliaoapp.musically.go", 0)}

    for app in ("com.zhiliaoapp.musically", "com.zhiliaoapp.musically.go"):
        run(_cli(tmp_path, "remove", app, "--connect", phone.address, "--json"))
        capsys.readouterr()
    assert phone.shell.package_users("com.zhiliaoapp.musically") == {}

    assert run(_cli(tmp_path, "scan", "--connect", phone.address, "--json")) == 0
    rescan = json.loads(capsys.readouterr().out)
    assert rescan["verdict"] == "compliant" and rescan["findings"] == []
    with AuditDatabase(tmp_path / "audit.db") as db:
        assert db.count_audits() >= 2


def test_unauthorized_exits_3_with_guidance(
    start_phone: PhoneFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    phone = start_phone("unauthorized")
    assert run(_cli(tmp_path, "scan", "--connect", phone.address, "--json")) == 3
    captured = capsys.readouterr()
    assert "Allow" in captured.out + captured.err


def test_locked_profile_exits_4(
    start_phone: PhoneFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    phone = start_phone("locked-private-profile")
    assert run(_cli(tmp_path, "scan", "--connect", phone.address, "--json")) == 4
    assert json.loads(capsys.readouterr().out)["verdict"] == "inconclusive"
