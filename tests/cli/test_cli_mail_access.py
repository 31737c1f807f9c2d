"""A compliant scan restores mail access through the configured webhook, at once or on a later `outbox deliver`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import run
from tests.integrations.webhook_server import Script, webhook_server

DATA = Path(__file__).parent / "data"


def _config(tmp_path: Path, url: str) -> Path:
    (tmp_path / "webhook.secret").write_text("s3cret\n")
    config = tmp_path / "config.yaml"
    config.write_text(f"webhook: {{url: '{url}', secret_file: webhook.secret}}\n")
    return config


def test_failed_first_delivery_stays_queued_with_its_receipt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = Script(statuses=[503, 200])
    with webhook_server(script) as url:
        config = _config(tmp_path, url)
        db = str(tmp_path / "a.db")
        scan = ["scan", "--inventory", str(DATA / "clean-user0.txt"), "--config", str(config), "--db", db]
        assert run(scan) == 0
        assert "queued" in capsys.readouterr().err
        # The first attempt failed (503): the message waits for its back-off, nothing is lost.
        run(["outbox", "list", "--json", "--pending", "--db", db, "--config", str(config)])
        pending = json.loads(capsys.readouterr().out)["messages"]
        assert len(pending) == 1 and pending[0]["attempts"] == 1
    assert [r.status for r in script.received] == [503]
    body = json.loads(script.received[0].body)
    assert body["kind"] == "mail_access.restore"
    assert body["payload"]["receipt"]["verdict"] == "compliant"
    assert body["payload"]["receipt"]["audit_id"] == pending[0]["payload"]["receipt"]["audit_id"]


def test_compliant_scan_restores_mail_access_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = Script(statuses=[200])
    with webhook_server(script) as url:
        config = _config(tmp_path, url)
        db = str(tmp_path / "a.db")
        assert (
            run(["scan", "--inventory", str(DATA / "clean-user0.txt"), "--config", str(config), "--db", db])
            == 0
        )
        assert "mail access restored" in capsys.readouterr().err
        assert run(["outbox", "deliver", "--config", str(config), "--db", db]) == 0
    assert len(script.received) == 1  # the second `deliver` found nothing due: exactly once
    assert script.received[0].headers["X-App-Audit-Signature"].startswith("sha256=")


def test_noncompliant_scan_sends_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = Script(statuses=[200])
    with webhook_server(script) as url:
        config = _config(tmp_path, url)
        code = run(
            [
                "scan",
                "--inventory",
                str(DATA / "pixel-all-users.txt"),
                "--user",
                "all",
                "--config",
                str(config),
                "--db",
                str(tmp_path / "a.db"),
            ]
        )
    assert code == 1
    assert script.received == []
