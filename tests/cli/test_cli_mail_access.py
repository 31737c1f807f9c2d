"""Mail access from the command line, with a real HTTP receiver on 127.0.0.1 and simulated phones.

Only an official check (live scan, complete inventory, policy signed by a trusted key, active)
earns a receipt and a message, and a device sends one message per state change, not per check.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import run
from desktop_app.resources import default_policy_path, sample_issuer_key_path
from desktop_app.simulators.android import AndroidSimulator
from tests.integrations.webhook_server import Script, webhook_server

DATA = Path(__file__).parent / "data"
Phone = Callable[[str], AndroidSimulator]


class Station:
    """One station's folder, config (webhook + trusted sample issuer) and database."""

    def __init__(self, tmp_path: Path, url: str, *, trusted: bool = True) -> None:
        self.tmp_path = tmp_path
        (tmp_path / "webhook.secret").write_text("s3cret\n")
        self.config = tmp_path / "config.yaml"
        keys = f"trusted_keys: [{{name: sample, path: '{sample_issuer_key_path()}'}}]\n" if trusted else ""
        self.config.write_text(f"webhook: {{url: '{url}', secret_file: webhook.secret}}\n{keys}")
        self.db = str(tmp_path / "a.db")

    def cli(self, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
        code = run([*argv, "--config", str(self.config), "--db", self.db, "--data-dir", str(self.tmp_path)])
        captured = capsys.readouterr()
        document = json.loads(captured.out) if "--json" in argv and captured.out.strip() else None
        return code, document, captured.err


def test_failed_first_delivery_stays_queued_with_its_receipt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], live_phone: Phone
) -> None:
    phone = live_phone("samsung-clean")
    script = Script(statuses=[503, 200])
    with webhook_server(script) as url:
        station = Station(tmp_path, url)
        code, report, err = station.cli(capsys, "scan", "--connect", phone.address, "--json")
        assert code == 0 and report["official"] is True, err
        assert "queued" in err and "requested at" in err
        # The first attempt failed (503): the message waits for its back-off, nothing is lost.
        _, listing, _ = station.cli(capsys, "outbox", "list", "--json", "--pending")
        pending = listing["messages"]
        assert len(pending) == 1 and pending[0]["attempts"] == 1
    assert [r.status for r in script.received] == [503]
    body = json.loads(script.received[0].body)
    assert body["kind"] == "mail_access.restore"
    assert body["payload"]["receipt"]["verdict"] == "compliant"
    assert body["payload"]["receipt"]["audit_id"] == report["audit_id"]
    # The chain head travels in the message and in the receipt.
    assert body["payload"]["chain"] == report["chain"] == body["payload"]["receipt"]["chain"]


def test_compliant_phone_checked_five_times_sends_one_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], live_phone: Phone
) -> None:
    phone = live_phone("samsung-clean")
    script = Script(statuses=[200])
    with webhook_server(script) as url:
        station = Station(tmp_path, url)
        for check in range(5):
            code, report, err = station.cli(capsys, "scan", "--connect", phone.address, "--json")
            assert code == 0 and report["official"] is True
            assert report["receipt"] is not None  # every official compliant check gets its receipt
            assert "confirmed by the mail system" in err
            assert (report["mail_message_id"] is None) == (check > 0)
        assert station.cli(capsys, "outbox", "deliver")[0] == 0
    assert len(script.received) == 1
    assert script.received[0].headers["X-App-Audit-Signature"].startswith("sha256=")
    assert json.loads(script.received[0].body)["payload"]["state"] == "compliant"


def test_a_phone_that_changes_back_sends_not_compliant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], live_phone: Phone
) -> None:
    phone = live_phone("pixel-work-profile")
    script = Script(statuses=[200])
    with webhook_server(script) as url:
        station = Station(tmp_path, url)
        assert station.cli(capsys, "scan", "--connect", phone.address, "--json")[0] == 1
        station.cli(capsys, "remove", "com.zhiliaoapp.musically", "--connect", phone.address, "--json")
        # The person removes TikTok Lite on the phone itself, keeping its data; later it comes back.
        phone.shell.run("pm uninstall -k --user 0 com.zhiliaoapp.musically.go")
        assert station.cli(capsys, "scan", "--connect", phone.address, "--json")[0] == 0
        assert station.cli(capsys, "scan", "--connect", phone.address, "--json")[0] == 0
        phone.shell.run("pm install-existing --user 0 com.zhiliaoapp.musically.go")
        assert station.cli(capsys, "scan", "--connect", phone.address, "--json")[0] == 1
        assert station.cli(capsys, "scan", "--connect", phone.address, "--json")[0] == 1
    states = [json.loads(r.body)["payload"]["state"] for r in script.received]
    assert states == ["not_compliant", "compliant", "not_compliant"]


@pytest.mark.parametrize("case", ["unsigned", "untrusted", "offline", "inconclusive"])
def test_informational_checks_give_no_receipt_and_no_message(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], live_phone: Phone
) -> None:
    script = Script(statuses=[200])
    with webhook_server(script) as url:
        station = Station(tmp_path, url, trusted=case != "untrusted")
        argv = ["scan", "--json", "--receipt", str(tmp_path / "receipt.json")]
        if case == "offline":
            argv += ["--inventory", str(DATA / "clean-user0.txt")]
        else:
            scenario = "locked-private-profile" if case == "inconclusive" else "samsung-clean"
            argv += ["--connect", live_phone(scenario).address]
        if case == "unsigned":
            unsigned = tmp_path / "unsigned.yaml"
            shutil.copyfile(default_policy_path(), unsigned)  # no .sig beside it
            argv += ["--policy", str(unsigned)]
        code, report, _ = station.cli(capsys, *argv)
        station.cli(capsys, "outbox", "deliver")
    assert code == (4 if case == "inconclusive" else 0)
    expected = {
        "unsigned": "policy_unsigned",
        "untrusted": "no_trusted_keys",
        "offline": "offline_listing",
        "inconclusive": "inventory_incomplete",
    }[case]
    assert report["official"] is False and expected in report["why_not_official"], report
    assert report["receipt"] is None and not (tmp_path / "receipt.json").exists()
    assert "Informational check only" in report["why_not_official_text"]
    assert script.received == []
