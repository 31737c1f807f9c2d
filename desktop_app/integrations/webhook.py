"""Deliver outbox messages to the mail-access webhook: signed JSON POSTs with retries.

Delivery is at-least-once on the wire and exactly-once for a receiver that honours
Idempotency-Key (stable across retries: the message's key). Each message is claimed in the
database (a lease) before it is sent, so concurrent deliverers never send the same message at
once. A message is marked delivered only after a 2xx reply, so nothing is lost if the receiver
or the network is down; it is retried with back-off until max_attempts, then kept as failed.
"""

from __future__ import annotations

import http.client
import json
import logging
import random
import ssl
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import SplitResult, urlsplit

from desktop_app.core.errors import DeliveryError
from desktop_app.integrations.backoff import retry_delay
from desktop_app.integrations.http_post import HttpReply, post
from desktop_app.integrations.outbox_port import Outbox, PendingMessage
from desktop_app.integrations.signing import signature_header

logger = logging.getLogger(__name__)

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_RETRYABLE_CLIENT_ERRORS = frozenset({408, 429})


@dataclass(frozen=True)
class WebhookConfig:
    url: str
    secret: bytes
    timeout_s: float = 10.0
    max_attempts: int = 12
    ca_file: Path | None = None  # a private CA for the receiver's certificate, if it has one

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        host = parts.hostname or ""
        if not host or parts.scheme not in ("https", "http"):
            raise _config_error(f"the webhook URL {self.url!r} is not an http(s) URL")
        if parts.scheme == "http" and host not in LOOPBACK_HOSTS:
            raise _config_error(
                f"the webhook URL {self.url!r} must use https (plain http is allowed on this computer only)"
            )
        if parts.username or parts.password:
            raise _config_error("put the webhook secret in the settings, not in the URL")
        if not self.secret:
            raise _config_error("the webhook secret is empty")
        if self.timeout_s <= 0:
            raise _config_error("the webhook timeout must be positive")
        if self.max_attempts < 1:
            raise _config_error("max_attempts must be at least 1")

    @property
    def parts(self) -> SplitResult:
        return urlsplit(self.url)


@dataclass(frozen=True, slots=True)
class DeliverySummary:
    attempted: int = 0
    delivered: int = 0
    retrying: int = 0
    failed: int = 0  # given up: refused by the receiver or too many attempts
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def pending(self) -> int:
        """Messages tried now that stay queued for a later attempt."""
        return self.retrying


def request_body(message: PendingMessage) -> bytes:
    """The JSON sent for a message: identical on every retry, so its signature is too."""
    document = {
        "id": message.idempotency_key,
        "kind": message.kind,
        "created_at": message.created_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "payload": dict(message.payload),
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def request_headers(
    config: WebhookConfig, message: PendingMessage, body: bytes, now: datetime
) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "Idempotency-Key": message.idempotency_key,
        "X-App-Audit-Signature": signature_header(config.secret, body),
        "X-App-Audit-Timestamp": str(int(now.timestamp())),
        "User-Agent": "app-audit",
    }


def deliver_due(
    outbox: Outbox, config: WebhookConfig, now: datetime, *, rng: random.Random | None = None
) -> DeliverySummary:
    """Try every message due at `now` once, and record each outcome in the outbox."""
    rng = rng or random.Random()  # noqa: S311 - jitter, not a secret
    context = _ssl_context(config) if config.parts.scheme == "https" else None
    delivered = retrying = failed = attempted = 0
    problems: list[str] = []
    lease = claim_lease(config)
    started = time.monotonic()
    seen: set[int] = set()
    # Each lease runs from the moment of its claim (now + time spent on the messages before it).
    while (
        message := outbox.claim_outbox(now, now + timedelta(seconds=time.monotonic() - started) + lease)
    ) is not None and message.message_id not in seen:
        seen.add(message.message_id)
        attempted += 1
        body = request_body(message)
        reply: HttpReply | None
        try:
            reply = post(
                config.parts, body, request_headers(config, message, body, now), config.timeout_s, context
            )
        except (OSError, http.client.HTTPException) as exc:
            reply, error = None, f"no reply from the webhook: {exc or type(exc).__name__}"
        else:
            error = _reply_error(reply)
        if not error:
            outbox.mark_delivered(message.message_id, now)
            delivered += 1
            continue
        attempts = message.attempts + 1
        permanent = reply is not None and _refused(reply.status)
        if not permanent and attempts >= config.max_attempts:
            permanent, error = True, f"gave up after {attempts} attempts; last: {error}"
        delay = retry_delay(attempts, rng, _retry_after(reply))
        outbox.mark_failed(message.message_id, error, now + delay, permanent=permanent)
        problems.append(f"message {message.message_id}: {error}")
        logger.warning("webhook delivery of message %s failed: %s", message.message_id, error)
        if permanent:
            failed += 1
        else:
            retrying += 1
    return DeliverySummary(attempted, delivered, retrying, failed, tuple(problems))


def claim_lease(config: WebhookConfig) -> timedelta:
    """How long a claimed message is held: one POST's connect and reply time, with room to record it.

    Long enough that a deliverer still sending keeps its message, short enough that a message held
    by a deliverer that died (killed, power cut) is sent again at the next delivery after it.
    """
    return timedelta(seconds=2 * config.timeout_s + 30)


def _reply_error(reply: HttpReply) -> str:
    if 200 <= reply.status < 300:
        return ""
    text = " ".join(reply.text.split())
    return f"HTTP {reply.status}" + (f": {text}" if text else "")


def _refused(status: int) -> bool:
    """A 4xx means the receiver will never accept this request as sent, except 408 and 429."""
    return 400 <= status < 500 and status not in _RETRYABLE_CLIENT_ERRORS


def _retry_after(reply: HttpReply | None) -> timedelta | None:
    if reply is None or not reply.retry_after.strip().isdigit():
        return None  # an HTTP-date Retry-After is rare from webhooks; the back-off covers it
    return timedelta(seconds=int(reply.retry_after.strip()))


def _ssl_context(config: WebhookConfig) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=None if config.ca_file is None else str(config.ca_file))


def _config_error(message: str) -> DeliveryError:
    return DeliveryError(
        f"Webhook settings: {message}.",
        hint="Fix the mail-access webhook in the App Audit settings.",
        code="webhook_config",
    )


def webhook_from_settings(url: str, secret_file: Path, timeout_s: float = 10.0) -> WebhookConfig:
    """The webhook as configured (url, the file holding the secret): one reading for every front end."""
    from desktop_app.core.bounded_read import read_key_file

    return WebhookConfig(url=url, secret=read_key_file(Path(secret_file)).strip(), timeout_s=timeout_s)
