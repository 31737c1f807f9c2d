"""`app-audit --self-test` passes on the source tree, and fails loudly when a step goes wrong."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from desktop_app import self_test

STEPS = (
    "bundled policy loads",
    "simulated Android phone started",
    "simulated iPhone started",
    "Android phone audited (adb-shell)",
    "iPhone audited (pymobiledevice3)",
    "banned apps removed from the Android phone",
    "Android phone checked again: compliant",
    "receipt verifies",
    "audit store: audits recorded, history chain intact",
    "STIX indicator bundle imported (stix2)",
    "fleet database client (psycopg, libpq) loads",
    "main window opens offscreen, scans both phones, closes",
    "kiosk receipt printed (QtPrintSupport, to a PDF)",
)


def test_self_test_passes_in_a_fresh_process() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test"],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    passed = [line for line in result.stdout.splitlines() if line.startswith("✓ ")]
    for step in STEPS:
        assert any(line.startswith(f"✓ {step}") for line in passed), (step, result.stdout)
    assert "✗" not in result.stdout
    assert result.stdout.rstrip().endswith("self-test passed")
    # What the steps found is printed, so a person reading the log sees the real work.
    assert "com.zhiliaoapp.musically" in result.stdout
    assert "2 phones listed and scanned" in result.stdout


def test_a_failed_step_is_reported_and_the_exit_code_is_1(monkeypatch: pytest.MonkeyPatch) -> None:
    # A clean phone has nothing banned: the audit, removal and re-check steps cannot pass.
    monkeypatch.setattr(self_test, "ANDROID_SCENARIO", "samsung-clean")
    output = io.StringIO()
    assert self_test.run_self_test(output) == 1
    text = output.getvalue()
    assert "✗ Android phone audited (adb-shell): exit 0, expected 1" in text
    assert "✗ banned apps removed from the Android phone" in text
    assert "✓ iPhone audited (pymobiledevice3)" in text  # later steps still ran
    assert "self-test FAILED" in text and not text.rstrip().endswith("self-test passed")
