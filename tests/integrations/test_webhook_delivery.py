"""Outbox delivery against a real HTTP server on 127.0.0.1. Time is driven by passing `now`."""

from __future__ import annotations

import json
import random
import socket
import threading
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.integrations import Outbox, WebhookConfig, deliver_due, signature_matches
from desktop_app.integrations.backoff import MAX_DELAY, MIN_DELAY
from desktop_app.storage import AuditDatabase

from .webhook_server import Script, webhook_server

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
SECRET = b"s3cret-shared-with-the-mail-gateway"
PAYLOAD = {"event": "mail_access", "receipt": {"audit_id": 7, "verdict": "compliant"}}
KEY = "android:R5CT1234:audit-7"


def config(url: str, *, timeout_s: float = 5.0, max_attempts: int = 12) -> WebhookConfig:
    return WebhookConfig(url=url, secret=SECRET, timeout_s=timeout_s, max_attempts=max_attempts)


def drive_until_quiet(db: AuditDatabase, cfg: WebhookConfig, start: datetime, rounds: int = 20) -> datetime:
    """Call deliver_due at each message's next attempt time, as a scheduler would."""
    now = start
    for _ in range(rounds):
        deliver_due(db, cfg, now, rng=random.Random(1))
        pending = [m for m in db.list_outbox(include_delivered=False) if m.status == "pending"]
        if not pending:
            return now
        now = min(m.next_attempt_at for m in pending)
    raise AssertionError("delivery did not settle")


def test_the_database_satisfies_the_outbox_protocol(outbox_db: AuditDatabase) -> None:
    outbox: Outbox = outbox_db  # checked by mypy; at run time: the methods exist and answer
    assert outbox.claim_outbox(NOW, NOW + timedelta(minutes=1)) is None


def test_fails_then_succeeds_delivered_exactly_once(outbox_db: AuditDatabase) -> None:
    script = Script(statuses=[500, 503, 502, 200])
    message_id = outbox_db.enqueue_outbox("mail_access", PAYLOAD, KEY, now=NOW)
    with webhook_server(script) as url:
        cfg = config(url)
        first = deliver_due(outbox_db, cfg, NOW, rng=random.Random(1))
        assert (first.attempted, first.delivered, first.retrying, first.failed) == (1, 0, 1, 0)
        assert "HTTP 500" in first.problems[0]
        # Not due again before its back-off: nothing is sent.
        assert deliver_due(outbox_db, cfg, NOW + timedelta(seconds=1)).attempted == 0
        assert len(script.received) == 1
        finished_at = drive_until_quiet(outbox_db, cfg, NOW)
        # After delivery, later runs send nothing more.
        assert deliver_due(outbox_db, cfg, finished_at + timedelta(days=2)).attempted == 0

    assert [r.status for r in script.received] == [500, 503, 502, 200]
    message = outbox_db.get_outbox(message_id)
    assert message is not None
    assert message.delivered_at == finished_at and message.attempts == 4 and message.last_error == ""
    bodies = {r.body for r in script.received}
    assert len(bodies) == 1  # identical body on every retry
    body = bodies.pop()
    document = json.loads(body)
    assert document == {
        "id": KEY,
        "kind": "mail_access",
        "created_at": "2026-11-30T12:00:00Z",
        "payload": PAYLOAD,
    }
    for request in script.received:
        assert request.path == "/hooks/mail-access"
        assert request.headers["Idempotency-Key"] == KEY
        assert request.headers["Content-Type"] == "application/json"
        assert signature_matches(SECRET, request.body, request.headers["X-App-Audit-Signature"])
        assert not signature_matches(b"wrong secret", request.body, request.headers["X-App-Audit-Signature"])
        assert int(request.headers["X-App-Audit-Timestamp"]) >= int(NOW.timestamp())
    # The timestamp is that of each attempt.
    stamps = [int(r.headers["X-App-Audit-Timestamp"]) for r in script.received]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4


def test_nothing_is_lost_with_many_messages(outbox_db: AuditDatabase) -> None:
    script = Script(statuses=[503, 503, 503, 200])
    keys = [f"android:SER{i}:audit-{i}" for i in range(5)]
    for key in keys:
        outbox_db.enqueue_outbox("mail_access", {"n": key}, key, now=NOW)
    with webhook_server(script) as url:
        drive_until_quiet(outbox_db, config(url), NOW)
    assert all(m.status == "delivered" for m in outbox_db.list_outbox())
    successes = [r.headers["Idempotency-Key"] for r in script.received if r.status == 200]
    assert sorted(successes) == sorted(keys)  # each key accepted exactly once


def test_a_refusal_is_a_permanent_failure(outbox_db: AuditDatabase) -> None:
    script = Script(statuses=[400])
    message_id = outbox_db.enqueue_outbox("mail_access", PAYLOAD, KEY, now=NOW)
    with webhook_server(script) as url:
        summary = deliver_due(outbox_db, config(url), NOW)
        assert (summary.delivered, summary.failed, summary.pending) == (0, 1, 0)
        assert deliver_due(outbox_db, config(url), NOW + timedelta(days=1)).attempted == 0
    message = outbox_db.get_outbox(message_id)
    assert message is not None and message.status == "failed" and "HTTP 400" in message.last_error
    assert len(script.received) == 1


@pytest.mark.parametrize("status", [408, 429, 500, 302])
def test_retryable_answers_are_retried(outbox_db: AuditDatabase, status: int) -> None:
    script = Script(statuses=[status, 204])
    outbox_db.enqueue_outbox("mail_access", PAYLOAD, KEY, now=NOW)
    with webhook_server(script) as url:
        assert deliver_due(outbox_db, config(url), NOW).retrying == 1
        drive_until_quiet(outbox_db, config(url), NOW)
    assert [r.status for r in script.received] == [status, 204]


def test_retry_after_is_honoured(outbox_db: AuditDatabase) -> None:
    script = Script(statuses=[429], extra_headers={"Retry-After": "600"})
    message_id = outbox_db.enqueue_outbox("mail_access", PAYLOAD, KEY, now=NOW)
    with webhook_server(script) as url:
        deliver_due(outbox_db, config(url), NOW, rng=random.Random(3))
    message = outbox_db.get_outbox(message_id)
    assert message is not None
    assert message.next_attempt_at - NOW >= timedelta(seconds=600)


def test_gives_up_after_max_attempts(outbox_db: AuditDatabase) -> None:
    script = Script(statuses=[500])
    message_id = outbox_db.enqueue_outbox("mail_access", PAYLOAD, KEY, now=NOW)
    with webhook_server(script) as url:
        cfg = config(url, max_attempts=3)
        now = NOW
        for _ in range(5):
            deliver_due(outbox_db, cfg, now)
            now += MAX_DELAY
    message = outbox_db.get_outbox(message_id)
    assert message is not None and message.status == "failed"
    assert message.attempts == 3 and "gave up after 3 attempts" in message.last_error
    assert len(script.received) == 3


def test_backoff_grows_and_stays_within_bounds(outbox_db: AuditDatabase) -> None:
    script = Script(statuses=[503])
    message_id = outbox_db.enqueue_outbox("mail_access", PAYLOAD, KEY, now=NOW)
    delays: list[timedelta] = []
    with webhook_server(script) as url:
        cfg = config(url, max_attempts=100)
        now = NOW
        for _ in range(12):
            deliver_due(outbox_db, cfg, now, rng=random.Random(7))
            message = outbox_db.get_outbox(message_id)
            assert message is not None
            delays.append(message.next_attempt_at - now)
            now = message.next_attempt_at
    assert all(MIN_DELAY <= d <= MAX_DELAY for d in delays)
    assert delays[0] < delays[3] < delays[6]
    assert delays[-1] == MAX_DELAY or delays[-1] >= MAX_DELAY / 2


def test_a_refused_connection_is_retried(outbox_db: AuditDatabase) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    message_id = outbox_db.enqueue_outbox("mail_access", PAYLOAD, KEY, now=NOW)
    summary = deliver_due(outbox_db, config(f"http://127.0.0.1:{port}/hook"), NOW)
    assert summary.retrying == 1 and "no reply from the webhook" in summary.problems[0]
    message = outbox_db.get_outbox(message_id)
    assert message is not None and message.status == "pending" and message.attempts == 1


def test_a_silent_server_times_out_and_is_retried(outbox_db: AuditDatabase) -> None:
    script = Script(statuses=[200], stall=threading.Event())
    message_id = outbox_db.enqueue_outbox("mail_access", PAYLOAD, KEY, now=NOW)
    with webhook_server(script) as url:
        summary = deliver_due(outbox_db, config(url, timeout_s=0.3), NOW)
    assert summary.retrying == 1 and summary.delivered == 0
    message = outbox_db.get_outbox(message_id)
    assert message is not None and message.status == "pending" and "timed out" in message.last_error
