from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.core.errors import StoreError
from desktop_app.storage import AuditDatabase

from .factories import START

PAYLOAD = {"event": "mail_access_restored", "device": {"serial": "R5CT1234"}, "audit_id": 3}


def test_enqueue_is_idempotent_on_the_key(db: AuditDatabase) -> None:
    first = db.enqueue_outbox("mail_access", PAYLOAD, "android:R5CT1234:audit-3", now=START)
    again = db.enqueue_outbox("mail_access", {"other": True}, "android:R5CT1234:audit-3", now=START)
    assert again == first
    messages = db.list_outbox()
    assert len(messages) == 1
    assert messages[0].payload == PAYLOAD  # the first payload wins
    assert (messages[0].attempts, messages[0].delivered_at, messages[0].status) == (0, None, "pending")


def test_an_empty_key_is_refused(db: AuditDatabase) -> None:
    with pytest.raises(ValueError, match="idempotency key"):
        db.enqueue_outbox("mail_access", PAYLOAD, "")


def test_due_follows_next_attempt_time(db: AuditDatabase) -> None:
    a = db.enqueue_outbox("mail_access", PAYLOAD, "a", now=START)
    b = db.enqueue_outbox("mail_access", PAYLOAD, "b", now=START + timedelta(seconds=5))
    assert [m.message_id for m in db.due_outbox(START - timedelta(seconds=1))] == []
    assert [m.message_id for m in db.due_outbox(START)] == [a]
    assert [m.message_id for m in db.due_outbox(START + timedelta(seconds=5))] == [a, b]
    db.mark_failed(a, "HTTP 503", START + timedelta(minutes=1))
    assert [m.message_id for m in db.due_outbox(START + timedelta(seconds=30))] == [b]
    retried = db.due_outbox(START + timedelta(minutes=1))
    assert [m.message_id for m in retried] == [b, a]
    failed = next(m for m in retried if m.message_id == a)
    assert (failed.attempts, failed.last_error) == (1, "HTTP 503")


def test_delivered_messages_are_no_longer_due(db: AuditDatabase) -> None:
    a = db.enqueue_outbox("mail_access", PAYLOAD, "a", now=START)
    db.mark_delivered(a, START + timedelta(seconds=2))
    db.mark_delivered(a, START + timedelta(seconds=9))  # a second report changes nothing
    assert db.due_outbox(START + timedelta(days=1)) == []
    message = db.get_outbox(a)
    assert message is not None
    assert message.delivered_at == START + timedelta(seconds=2)
    assert (message.attempts, message.status) == (1, "delivered")
    assert db.list_outbox(include_delivered=False) == []
    assert [m.message_id for m in db.list_outbox()] == [a]


def test_a_permanent_failure_stops_retries_but_stays_listed(db: AuditDatabase) -> None:
    a = db.enqueue_outbox("mail_access", PAYLOAD, "a", now=START)
    db.mark_failed(a, "HTTP 400: bad request", START + timedelta(minutes=1), permanent=True)
    assert db.due_outbox(START + timedelta(days=1)) == []
    listed = db.list_outbox(include_delivered=False)
    assert [(m.message_id, m.status, m.last_error) for m in listed] == [
        (a, "failed", "HTTP 400: bad request")
    ]
    db.requeue_outbox(a, START + timedelta(hours=1))
    assert [m.message_id for m in db.due_outbox(START + timedelta(hours=1))] == [a]


def test_unknown_messages_are_store_errors(db: AuditDatabase) -> None:
    with pytest.raises(StoreError):
        db.mark_delivered(99, START)
    with pytest.raises(StoreError):
        db.mark_failed(99, "x", START)
    with pytest.raises(StoreError):
        db.requeue_outbox(99, START)
