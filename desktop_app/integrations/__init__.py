"""Delivery of audit results outward (the mail-access webhook), from the outbox."""

from desktop_app.integrations.outbox_port import Outbox, PendingMessage
from desktop_app.integrations.signing import signature_header, signature_matches
from desktop_app.integrations.webhook import DeliverySummary, WebhookConfig, deliver_due

__all__ = [
    "DeliverySummary",
    "Outbox",
    "PendingMessage",
    "WebhookConfig",
    "deliver_due",
    "signature_header",
    "signature_matches",
]
