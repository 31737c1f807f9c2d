"""Issue #16 item 8: a message is claimed before it is sent, and stored times are read one strict way.

Two `app-audit outbox deliver` processes run at once against a real HTTP receiver on 127.0.0.1 that
holds its first replies until both deliverers are mid-request: each message is still POSTed once.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.storage import AuditDatabase
from tests.conftest import REPO

from .webhook_server import Script, webhook_server

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
MESSAGES = 12
HANG_GUARD_S = 120
_APP = (sys.executable, "-m", "desktop_app")


def _queue(db_path: Path, count: int) -> None:
    with AuditDatabase(db_path) as db:
        for i in range(count):
            db.enqueue_outbox(
                "mail_access", {"event": "mail_access", "n": i}, f"android:S{i}:audit-{i}", now=NOW
            )


def _deliver(db_path: Path, url: str, secret: Path, tmp_path: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "APP_AUDIT_DATA_DIR": str(tmp_path / "data"),
        "APP_AUDIT_CONFIG_DIR": str(tmp_path / "c"),
    }
    return subprocess.Popen(
        [
            *_APP,
            "outbox",
            "deliver",
            "--db",
            str(db_path),
            "--url",
            url,
            "--secret-file",
            str(secret),
            "--json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )


def _wait_for(check: Callable[[], bool], deadline_s: float) -> bool:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)  # polling with a deadline, not synchronisation by sleep
    return False


def test_two_concurrent_deliverers_send_each_message_once(tmp_path: Path) -> None:
    db_path = tmp_path / "audits.db"
    _queue(db_path, MESSAGES)
    secret = tmp_path / "secret"
    secret.write_bytes(b"s3cret")
    stall = threading.Event()
    script = Script(statuses=[200], stall=stall)
    with webhook_server(script) as url:
        first, second = (_deliver(db_path, url, secret, tmp_path) for _ in range(2))
        # Both deliverers are inside a POST at the same time before any reply is given.
        overlapped = _wait_for(lambda: script.arrived >= 2, HANG_GUARD_S)
        stall.set()
        outputs = [p.communicate(timeout=HANG_GUARD_S) for p in (first, second)]
    assert overlapped, outputs
    assert [p.returncode for p in (first, second)] == [0, 0], outputs
    posts = Counter(r.headers["Idempotency-Key"] for r in script.received)
    assert len(posts) == MESSAGES
    assert set(posts.values()) == {1}, f"sent more than once: {[k for k, n in posts.items() if n > 1]}"
    delivered = sum(json.loads(out)["delivered"] for out, _ in outputs)
    assert delivered == MESSAGES
    with AuditDatabase(db_path) as db:
        assert all(m.status == "delivered" for m in db.list_outbox())


def test_a_claim_holds_a_message_until_its_lease_runs_out(tmp_path: Path) -> None:
    with AuditDatabase(tmp_path / "audits.db") as db:
        first = db.enqueue_outbox("mail_access", {"n": 1}, "k1", now=NOW)
        second = db.enqueue_outbox("mail_access", {"n": 2}, "k2", now=NOW)
        held = db.claim_outbox(NOW, NOW + timedelta(minutes=1))  # a deliverer that then dies
        assert held is not None and held.message_id == first
        other = db.claim_outbox(NOW, NOW + timedelta(minutes=1))
        assert other is not None and other.message_id == second
        assert db.claim_outbox(NOW + timedelta(seconds=59), NOW + timedelta(minutes=2)) is None
        again = db.claim_outbox(NOW + timedelta(minutes=1), NOW + timedelta(minutes=2))
        assert again is not None and again.message_id == first  # the dead deliverer's message is sent later


def _set_column(db_path: Path, column: str, value: str) -> None:
    raw = sqlite3.connect(db_path)
    raw.execute(f"UPDATE outbox SET {column} = ?", (value,))
    raw.commit()
    raw.close()


def test_plus_zero_offset_times_do_not_block_delivery(tmp_path: Path) -> None:
    db_path = tmp_path / "audits.db"
    _queue(db_path, 2)
    _set_column(db_path, "next_attempt_at", "2026-11-30T12:00:00+00:00")
    secret = tmp_path / "secret"
    secret.write_bytes(b"s3cret")
    script = Script(statuses=[200])
    with webhook_server(script) as url:
        listing = subprocess.run(
            [sys.executable, "-m", "desktop_app", "outbox", "list", "--db", str(db_path), "--json"],
            capture_output=True,
            text=True,
            timeout=HANG_GUARD_S,
            cwd=REPO,
            check=False,
        )
        assert listing.returncode == 0, listing.stderr
        assert json.loads(listing.stdout)["messages"][0]["next_attempt_at"] == "2026-11-30T12:00:00+00:00"
        delivery = _deliver(db_path, url, secret, tmp_path)
        out, err = delivery.communicate(timeout=HANG_GUARD_S)
    assert delivery.returncode == 0, err
    assert json.loads(out)["delivered"] == 2
    assert len(script.received) == 2


def test_an_unreadable_time_is_an_explicit_error(tmp_path: Path) -> None:
    db_path = tmp_path / "audits.db"
    _queue(db_path, 1)
    _set_column(db_path, "next_attempt_at", "banana")
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "outbox", "list", "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_S,
        cwd=REPO,
        check=False,
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == 2
    assert "Outbox message 1" in result.stderr and "'banana' is not a time" in result.stderr
