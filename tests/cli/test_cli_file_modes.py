"""Issue #16 item 9: the data folder is 0700 and its files 0600 whatever the umask; --receipt never
overwrites unasked and never writes through a symbolic link."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.resources import sample_issuer_key_path
from desktop_app.simulators.android import AndroidSimulator
from desktop_app.storage import AuditDatabase
from tests.conftest import REPO

from .test_cli_bounded_inputs import DATA


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_data_folder_and_files_are_private_under_umask_022(tmp_path: Path) -> None:
    data = tmp_path / "station" / "data"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "scan",
            "--inventory",
            str(DATA / "clean-user0.txt"),
            "--data-dir",
            str(data),
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        preexec_fn=lambda: os.umask(0o022),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert mode(data) == 0o700
    assert mode(data / "audits.db") == 0o600
    assert mode(data / "receipt-signing.key") == 0o600


def test_an_existing_open_database_and_its_wal_become_private(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "audits.db"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    with AuditDatabase(path) as db:
        db.enqueue_outbox("mail_access", {"n": 1}, "k1")
        wal, shm = path.with_name("audits.db-wal"), path.with_name("audits.db-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)


def test_a_new_database_folder_is_private(tmp_path: Path, open_umask: None) -> None:
    with AuditDatabase(tmp_path / "new" / "audits.db"):
        pass
    assert mode(tmp_path / "new") == 0o700


@pytest.fixture
def official_scan(tmp_path: Path, live_phone: Callable[[str], AndroidSimulator]) -> Callable[..., int]:
    """A live scan of a clean phone with the bundled policy and its issuer trusted: official, so it earns a receipt."""
    phone = live_phone("samsung-clean")
    config = tmp_path / "config.yaml"
    config.write_text(f"trusted_keys: [{{name: sample, path: '{sample_issuer_key_path()}'}}]\n")

    def scan(*extra: str) -> int:
        common = [
            "--config",
            str(config),
            "--db",
            str(tmp_path / "a.db"),
            "--data-dir",
            str(tmp_path / "data"),
        ]
        return run(["scan", "--connect", phone.address, "--json", *common, *extra])

    return scan


def test_receipt_refuses_an_existing_file_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], official_scan: Callable[..., int]
) -> None:
    receipt = tmp_path / "receipt.json"
    receipt.write_text("the receipt of yesterday")
    assert official_scan("--receipt", str(receipt)) == 2
    assert "exists" in capsys.readouterr().err
    assert receipt.read_text() == "the receipt of yesterday"
    assert official_scan("--receipt", str(receipt), "--force") == 0
    assert json.loads(receipt.read_text())["receipt"]["verdict"] == "compliant"
    fresh = tmp_path / "fresh.json"
    assert official_scan("--receipt", str(fresh)) == 0
    assert json.loads(fresh.read_text())["receipt"]["verdict"] == "compliant"


@pytest.mark.parametrize("force", [False, True])
def test_receipt_never_follows_a_symbolic_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], official_scan: Callable[..., int], force: bool
) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("not yours")
    dangling = tmp_path / "dangling-target"
    for link, points_to in ((tmp_path / "r1.json", target), (tmp_path / "r2.json", dangling)):
        link.symlink_to(points_to)
        assert official_scan("--receipt", str(link), *(["--force"] if force else [])) == 2
        assert "symbolic link" in capsys.readouterr().err
        assert link.is_symlink()
    assert target.read_text() == "not yours"
    assert not dangling.exists()


def test_android_hint_files_are_private_under_umask_022(tmp_path: Path, open_umask: None) -> None:
    from desktop_app.devices.android.known_users import KnownUsers

    known = KnownUsers()
    known.keep_in(tmp_path / "adb" / "users.json")
    known.remember("3A281FDJH00123", [0, 10])
    assert mode(tmp_path / "adb" / "users.json") == 0o600
