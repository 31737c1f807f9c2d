"""History exports carry what was found and what was removed; CSV cells are safe and empty stays empty."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.simulators.android import AndroidSimulator

TIKTOK = "com.zhiliaoapp.musically"


def _cli(capsys: pytest.CaptureFixture[str], tmp_path: Path, *argv: str) -> tuple[int, str]:
    code = run([*argv, "--db", str(tmp_path / "a.db"), "--data-dir", str(tmp_path)])
    return code, capsys.readouterr().out


def test_exports_hold_findings_and_removals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], live_phone: Callable[[str], AndroidSimulator]
) -> None:
    pixel = live_phone("pixel-work-profile")
    managed = live_phone("device-owner-blocked")
    blocked = next(iter(managed.scenario.removal_failures))
    _cli(capsys, tmp_path, "remove", TIKTOK, "--connect", pixel.address)
    _cli(capsys, tmp_path, "remove", blocked, "--connect", managed.address)

    code, text = _cli(capsys, tmp_path, "history", "export", "--format", "json")
    assert code == 0
    audits = json.loads(text)["audits"]
    first_pixel = next(a for a in reversed(audits) if a["serial"] == pixel.scenario.identity.serial)
    assert {(f["app_id"], f["profile"], f["action"]) for f in first_pixel["findings"]} >= {
        (TIKTOK, 10, "remove"),
        ("com.zhiliaoapp.musically.go", 0, "remove"),
    }
    assert all(f["label"] for f in first_pixel["findings"])
    removals = [r for a in audits for r in a["removals"]]
    assert {(r["app_id"], r["profile"], r["result"]) for r in removals} >= {
        (TIKTOK, 10, "removed"),
        (blocked, 0, "refused"),
    }
    refused = next(r for r in removals if r["result"] == "refused")
    assert refused["code"] == "DELETE_FAILED_DEVICE_POLICY_MANAGER"

    code, text = _cli(capsys, tmp_path, "history", "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(audits)
    label = next(f["label"] for f in first_pixel["findings"] if f["app_id"] == TIKTOK)
    assert any(f"{TIKTOK} ({label}) user 10: remove" in row["findings"] for row in rows)
    assert any(
        f"{blocked} user 0: refused [DELETE_FAILED_DEVICE_POLICY_MANAGER]" in row["removals"] for row in rows
    )
    # Empty stays empty: no "'" in cells with nothing to say (a clean re-check has no findings).
    assert any(row["findings"] == "" for row in rows) or all(row["findings"] for row in rows)
    assert all(value != "'" for row in rows for value in row.values())


def test_csv_neutralises_formulas_and_keeps_empty_cells_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = Path(__file__).parent / "data" / "clean-user0.txt"
    code, _ = _cli(capsys, tmp_path, "scan", "--inventory", str(listing), "--serial", "=HYPERLINK(1)")
    assert code == 0
    code, text = _cli(capsys, tmp_path, "history", "export", "--format", "csv")
    (row,) = list(csv.DictReader(io.StringIO(text)))
    assert row["serial"] == "'=HYPERLINK(1)"
    assert row["findings"] == "" and row["removals"] == "" and row["device_name"] == ""
    assert row["official"] == "False" and row["why_not_official"].startswith("offline_listing")
