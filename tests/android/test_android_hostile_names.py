"""Issue #16 item 3 on a live (simulated) phone: a hostile model name is escaped in `devices` and `scan`."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.simulators.android import AndroidSimulator, load_android_scenario
from tests.cli.test_cli_hostile_text import raw_controls

HOSTILE_MODEL = "<img src=x>\x1b[31mRED \x1b[1A\x1b[2K\u202e\x9b COMPLIANT " + "M" * 10_000

PhoneFactory = Callable[..., AndroidSimulator]


def test_hostile_model_is_escaped_in_devices_and_scan(
    start_phone: PhoneFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = load_android_scenario("pixel-work-profile")
    scenario = dataclasses.replace(
        scenario, identity=dataclasses.replace(scenario.identity, model=HOSTILE_MODEL)
    )
    phone = start_phone(scenario)
    common = ["--db", str(tmp_path / "audit.db"), "--data-dir", str(tmp_path / "data")]

    for argv in (["devices", "--connect", phone.address], ["scan", "--connect", phone.address]):
        run([*argv, *common])
        captured = capsys.readouterr()
        text = captured.out + captured.err
        assert "\\x1b[31mRED" in text, argv  # shown, as a visible escape
        assert raw_controls(text) == [], argv
        assert max(len(line) for line in text.splitlines()) < 2_000, argv

    run(["scan", "--connect", phone.address, "--json", *common])
    assert json.loads(capsys.readouterr().out)["device"]["model"] == HOSTILE_MODEL
