"""`app-audit scan / remove / devices` against the simulated iPhone, through desktop_app.cli.run."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from desktop_app.cli import run
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario

from .conftest import DOUYIN, TIKTOK, TIKTOK_UDID

StartSimulator = Callable[..., IosSimulator]


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_scan_remove_rescan(start_simulator: StartSimulator, capsys: pytest.CaptureFixture[str]) -> None:
    sim = start_simulator("iphone-tiktok")
    device = ["--udid", TIKTOK_UDID, "--usbmux", sim.address]
    assert run(["scan", *device, "--json"]) == 1
    report = _json(capsys)
    assert report["device"]["platform"] == "ios"  # type: ignore[index]
    found = {(f["app_id"], f["user"]) for f in report["findings"]}  # type: ignore[attr-defined]
    assert found == {(TIKTOK, None), (DOUYIN, None)}
    assert report["audit_id"] is not None
    # `remove` re-checks the phone: still not compliant while the offloaded Douyin remains.
    assert run(["remove", TIKTOK, *device]) == 1
    assert "Removed from the iPhone" in capsys.readouterr().err
    assert run(["remove", DOUYIN, *device]) == 0
    capsys.readouterr()
    assert run(["scan", *device, "--json"]) == 0
    assert _json(capsys)["verdict"] == "compliant"


@pytest.mark.parametrize("scenario", ["trust-refused", "locked", "stale-pairing"])
def test_pairing_states_exit_3(
    start_simulator: StartSimulator, capsys: pytest.CaptureFixture[str], scenario: str
) -> None:
    sim = start_simulator(scenario)
    udid = load_ios_scenario(scenario).identity.udid
    assert run(["scan", "--udid", udid, "--usbmux", sim.address, "--json"]) == 3
    assert "compliant" not in capsys.readouterr().out.replace("noncompliant", "")


def test_devices_lists_iphones(start_simulator: StartSimulator, capsys: pytest.CaptureFixture[str]) -> None:
    sim = start_simulator("iphone-tiktok", "locked")
    code = run(["devices", "--usbmux", sim.address, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert TIKTOK_UDID in out and load_ios_scenario("locked").identity.udid in out
