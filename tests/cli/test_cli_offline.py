"""The command line without a phone: offline audits, history, receipts, policy tools. Exit codes per DESIGN.md."""

from __future__ import annotations

import json
import plistlib
import re
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import build_parser, run
from tests.conftest import DEFAULT_POLICY, REPO

DATA = Path(__file__).parent / "data"


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "audits.db")


def test_offline_android_scan_all_users_json_shape(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = cli(
        capsys,
        "scan",
        "--inventory",
        str(DATA / "pixel-all-users.txt"),
        "--user",
        "all",
        "--json",
        "--db",
        db,
    )
    report = json.loads(out)
    assert code == 1
    assert report["verdict"] in {"noncompliant", "action_required"}
    assert set(report["device"]) >= {"platform", "serial", "model", "os_version"}
    assert set(report["policy"]) >= {"id", "version", "sha256", "signed"}
    found = {(f["app_id"], f["user"]) for f in report["findings"]}
    assert found == {("com.zhiliaoapp.musically", 10), ("com.zhiliaoapp.musically.go", 0)}
    for finding in report["findings"]:
        assert set(finding) >= {"rule_id", "action", "app_id", "label", "platform", "user", "state"}
    assert report["apps_scanned"] == 6  # whatsapp and chrome exist in both users
    assert isinstance(report["audit_id"], int)


def test_offline_clean_scan_is_compliant_but_informational(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    receipt = tmp_path / "receipt.json"
    code, out, err = cli(
        capsys,
        "scan",
        "--inventory",
        str(DATA / "clean-user0.txt"),
        "--json",
        "--db",
        db,
        "--receipt",
        str(receipt),
    )
    assert code == 0
    document = json.loads(out)
    assert document["verdict"] == "compliant"
    # A saved listing can be edited by hand: never a receipt, never a mail-access message.
    assert document["official"] is False
    assert "offline_listing" in document["why_not_official"]
    assert document["receipt"] is None and not receipt.exists()
    assert "Informational check only" in document["why_not_official_text"]
    assert "no trusted policy key is configured" in err and "app-audit policy trust" in err
    code, out, _ = cli(capsys, "outbox", "list", "--json", "--db", db)
    assert json.loads(out)["messages"] == []


def test_offline_iphone_listing(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    listing = tmp_path / "apps.plist"
    listing.write_bytes(
        plistlib.dumps(
            [
                {
                    "CFBundleIdentifier": "com.zhiliaoapp.musically",
                    "CFBundleDisplayName": "TikTok",
                    "ApplicationType": "User",
                },
                {
                    "CFBundleIdentifier": "com.apple.mobilesafari",
                    "CFBundleDisplayName": "Safari",
                    "ApplicationType": "System",
                },
            ]
        )
    )
    code, out, _ = cli(capsys, "scan", "--inventory", str(listing), "--json", "--no-record")
    report = json.loads(out)
    assert code == 1
    assert report["device"]["platform"] == "ios"
    assert [(f["app_id"], f["user"]) for f in report["findings"]] == [("com.zhiliaoapp.musically", None)]
    assert report["audit_id"] is None


def test_garbage_inventory_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("hello\nworld\n")
    code, out, err = cli(capsys, "scan", "--inventory", str(bad), "--json", "--no-record")
    assert code == 2
    assert json.loads(out)["error"]["code"] == "inventory_format"
    assert "bad.txt" in err


def test_malformed_policy_exit_2_with_file_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text(DEFAULT_POLICY.read_text().replace("action: remove", "action: delete", 1))
    code, _, err = cli(capsys, "policy", "validate", str(policy))
    assert code == 2
    assert re.search(rf"{re.escape(str(policy))}:\d+: rules\[0\]\.action: 'delete' is not one of", err)
    code, _, _ = cli(capsys, "scan", "--inventory", str(DATA / "clean-user0.txt"), "--policy", str(policy))
    assert code == 2


def test_keygen_sign_verify_and_tamper(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    key = tmp_path / "issuer.key"
    policy = tmp_path / "policy.yaml"
    policy.write_bytes(DEFAULT_POLICY.read_bytes())
    assert cli(capsys, "policy", "keygen", str(key))[0] == 0
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    assert cli(capsys, "policy", "sign", str(policy), "--key", str(key))[0] == 0
    code, _, err = cli(capsys, "policy", "verify", str(policy), "--trusted-key", f"{key}.pub")
    assert code == 0 and "good signature" in err
    code, out, _ = cli(capsys, "policy", "show", str(policy), "--trusted-key", f"{key}.pub", "--json")
    assert json.loads(out)["signed"] is True
    policy.write_text(policy.read_text().replace("retention_days: 90", "retention_days: 30"))
    code, _, err = cli(capsys, "policy", "verify", str(policy), "--trusted-key", f"{key}.pub")
    assert code == 2 and "changed after" in err
    code, _, err = cli(
        capsys,
        "scan",
        "--inventory",
        str(DATA / "clean-user0.txt"),
        "--policy",
        str(policy),
        "--trusted-key",
        f"{key}.pub",
        "--require-signed",
        "--no-record",
    )
    assert code == 2 and "refused" in err


def test_history_list_show_export_verify_and_tamper(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    for listing in ("pixel-all-users.txt", "clean-user0.txt", "clean-user0.txt"):
        cli(capsys, "scan", "--inventory", str(DATA / listing), "--user", "all", "--db", db)
    code, out, _ = cli(capsys, "history", "list", "--json", "--db", db)
    audits = json.loads(out)["audits"]
    assert [a["verdict"] for a in audits] == ["compliant", "compliant", "noncompliant"]
    code, out, _ = cli(capsys, "history", "list", "--verdict", "noncompliant", "--json", "--db", db)
    assert len(json.loads(out)["audits"]) == 1
    code, out, _ = cli(capsys, "history", "show", str(audits[-1]["audit_id"]), "--json", "--db", db)
    assert {f["app_id"] for f in json.loads(out)["findings"]} == {
        "com.zhiliaoapp.musically",
        "com.zhiliaoapp.musically.go",
    }
    export = tmp_path / "audits.csv"
    assert cli(capsys, "history", "export", "--format", "csv", "-o", str(export), "--db", db)[0] == 0
    assert len(export.read_text().strip().splitlines()) == 4
    assert cli(capsys, "history", "verify", "--db", db)[0] == 0
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE audits SET verdict = 'compliant' WHERE verdict = 'noncompliant'")
    code, out, _ = cli(capsys, "history", "verify", "--json", "--db", db)
    assert code == 1
    assert json.loads(out)["ok"] is False


def test_unknown_command_and_bad_option_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "frobnicate")[0] == 2
    assert cli(capsys, "scan", "--serial")[0] == 2


def test_remove_rejects_hostile_app_id_before_any_device(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "remove", "com.x; rm -rf /", "--connect", "127.0.0.1:1")
    assert code == 2
    assert "not a valid app id" in err


def _all_commands(parser: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    import argparse

    found = []
    for action in getattr(parser, "_actions", []):
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((*prefix, name))
                found.extend(_all_commands(sub, (*prefix, name)))
    return found


def test_every_command_has_help_and_is_in_the_readme(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = _all_commands(build_parser())
    assert len(commands) > 15
    for command in commands:
        code, out, _ = cli(capsys, *command, "--help")
        assert code == 0 and "usage: app-audit" in out, command
        assert f"app-audit {' '.join(command)}" in readme, (
            f"README does not document `app-audit {' '.join(command)}`"
        )
