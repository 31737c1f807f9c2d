"""Policy versions move forward only, and a withdrawn order is undone without the phones.

Real pieces: simulated phones speaking ADB and usbmuxd/lockdownd, signed policy files, the
station database, and a webhook receiver on 127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from desktop_app.cli import run
from desktop_app.core.signing import (
    generate_private_key,
    private_key_to_pem,
    public_key_to_pem,
    sign_detached,
)
from desktop_app.resources import default_policy_path
from desktop_app.simulators.android import AndroidSimulator
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario
from tests.integrations.webhook_server import Script, webhook_server

IPHONE_UDID = "00008110-001A2B3C4D5E801E"  # iphone-tiktok: TikTok and an offloaded Douyin


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


class Issuer:
    """IT's signing key, and policy versions derived from the bundled policy."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.key = generate_private_key()
        self.public = folder / "issuer.pub"
        self.public.write_bytes(public_key_to_pem(self.key.public_key()))
        (folder / "issuer.key").write_bytes(private_key_to_pem(self.key))

    def policy(
        self, version: str, *, retracted: bool = False, drop: tuple[str, ...] = (), **extra: Any
    ) -> Path:
        data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
        data["version"] = version
        data["rules"] = [rule for rule in data["rules"] if rule["id"] not in drop]
        if retracted:
            data["status"] = "retracted"
        data.update(extra)
        path = self.folder / f"policy-{version}{'-retracted' if retracted else ''}.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        Path(str(path) + ".sig").write_bytes(sign_detached(self.key, path.read_bytes()))
        return path


class Station:
    def __init__(self, tmp_path: Path, issuer: Issuer, url: str) -> None:
        (tmp_path / "webhook.secret").write_text("s3cret\n")
        self.config = tmp_path / "config.yaml"
        self.config.write_text(
            f"webhook: {{url: '{url}', secret_file: webhook.secret}}\n"
            f"trusted_keys: [{{name: IT, path: '{issuer.public}'}}]\n"
        )
        self.common = [
            "--config",
            str(self.config),
            "--db",
            str(tmp_path / "a.db"),
            "--data-dir",
            str(tmp_path),
        ]

    def cli(self, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
        code = run([*argv, *self.common])
        captured = capsys.readouterr()
        document = json.loads(captured.out) if "--json" in argv and captured.out.strip() else None
        return code, document, captured.err


def _restores(script: Script) -> list[dict[str, Any]]:
    bodies = [json.loads(r.body)["payload"] for r in script.received]
    return [b for b in bodies if b["state"] == "compliant"]


def test_withdrawals_restore_only_the_devices_the_withdrawn_rules_blocked(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    live_phone: Callable[[str], AndroidSimulator],
    iphone: IosSimulator,
) -> None:
    issuer = Issuer(tmp_path)
    pixel = live_phone("pixel-work-profile")  # TikTok only
    samsung = live_phone("samsung-clean")  # never blocked
    script = Script(statuses=[200])
    with webhook_server(script) as url:
        station = Station(tmp_path, issuer, url)
        v1 = issuer.policy("2026.12.01-1")
        phones = [
            ["--connect", pixel.address],
            ["--connect", samsung.address],
            ["--udid", IPHONE_UDID, "--usbmux", iphone.address],
        ]
        codes = [station.cli(capsys, "scan", *p, "--policy", str(v1), "--json")[0] for p in phones]
        assert codes == [1, 0, 1]
        before = len(script.received)  # pixel blocked, samsung compliant, iPhone blocked

        # Version 2 drops the TikTok rule: the Pixel is restored; the iPhone keeps Douyin and stays blocked.
        v2 = issuer.policy("2026.12.02-1", drop=("tiktok",), supersedes="2026.12.01-1")
        code, applied, err = station.cli(capsys, "policy", "apply", str(v2), "--json")
        assert code == 0, err
        assert applied["restored"] == 1
        assert [d["serial"] for d in applied["restored_devices"]] == [pixel.scenario.identity.serial]
        new = [json.loads(r.body)["payload"] for r in script.received[before:]]
        assert [(m["device"]["serial"], m["restored_by_withdrawal"]) for m in new] == [
            (pixel.scenario.identity.serial, True)
        ]
        assert new[0]["withdrawal"]["rules"] == ["tiktok"] and new[0]["chain"]["index"] > 0

        # Applying it again restores nobody twice.
        assert station.cli(capsys, "policy", "apply", str(v2), "--json")[1]["restored"] == 0

        # The retraction of version 2 withdraws Douyin too: now the iPhone, once; the Samsung never.
        retraction = issuer.policy(
            "2026.12.02-1", drop=("tiktok",), retracted=True, supersedes="2026.12.01-1"
        )
        code, applied, _ = station.cli(capsys, "policy", "apply", str(retraction), "--json")
        assert code == 0 and applied["restored"] == 1
        assert applied["restored_devices"][0]["platform"] == "ios"
        assert station.cli(capsys, "outbox", "deliver")[0] == 0

    restored = [(m["device"]["serial"], m["restored_by_withdrawal"]) for m in _restores(script)]
    samsung_serial = samsung.scenario.identity.serial
    assert restored == [(samsung_serial, False), (pixel.scenario.identity.serial, True), (IPHONE_UDID, True)]
    # The history records each re-evaluation, in the chain.
    code, verified, _ = station.cli(capsys, "history", "verify", "--json")
    assert code == 0 and verified["ok"]


def test_an_older_version_is_refused_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], live_phone: Callable[[str], AndroidSimulator]
) -> None:
    issuer = Issuer(tmp_path)
    phone = live_phone("samsung-clean")
    with webhook_server(Script(statuses=[200])) as url:
        station = Station(tmp_path, issuer, url)
        newer, older = issuer.policy("2026.12.10-2"), issuer.policy("2026.12.10-1")
        assert station.cli(capsys, "policy", "apply", str(newer))[0] == 0
        code, _, err = station.cli(capsys, "policy", "apply", str(older))
        assert code == 2
        assert "2026.12.10-1" in err and "2026.12.10-2" in err
        code, _, err = station.cli(
            capsys, "scan", "--connect", phone.address, "--policy", str(older), "--json"
        )
        assert code == 2 and "older" in err
        # A different file under an accepted version number is refused too.
        tampered = issuer.policy("2026.12.10-2", title="Another text, same version")
        assert station.cli(capsys, "policy", "apply", str(tampered))[0] == 2
        # A version claiming to replace one this station never saw is accepted, and says so.
        code, applied, _ = station.cli(
            capsys, "policy", "apply", str(issuer.policy("2026.12.11-1", supersedes="2026.12.09-9")), "--json"
        )
        assert code == 0 and applied["supersedes_known"] is False


def test_a_retraction_in_the_future_waits_for_its_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], live_phone: Callable[[str], AndroidSimulator]
) -> None:
    issuer = Issuer(tmp_path)
    pixel = live_phone("pixel-work-profile")
    with webhook_server(Script(statuses=[200])) as url:
        station = Station(tmp_path, issuer, url)
        v1 = issuer.policy("2026.12.01-1")
        assert station.cli(capsys, "scan", "--connect", pixel.address, "--policy", str(v1), "--json")[0] == 1
        later = issuer.policy("2026.12.01-1", retracted=True, retraction={"at": "2099-01-01T00:00:00Z"})
        code, applied, _ = station.cli(capsys, "policy", "apply", str(later), "--json")
        assert code == 0 and applied["restored"] == 0
        assert applied["retraction_takes_effect_at"].startswith("2099-01-01")
        # Until then its rules still apply.
        code, report, _ = station.cli(
            capsys, "scan", "--connect", pixel.address, "--policy", str(later), "--json"
        )
        assert code == 1 and report["verdict"] == "noncompliant"
