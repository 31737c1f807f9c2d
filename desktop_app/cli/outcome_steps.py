"""The steps every auditing command shares: trust notice, policy acceptance, delivery, mail state."""

from __future__ import annotations

from datetime import datetime

from desktop_app.cli.console import say
from desktop_app.cli.context import CliContext
from desktop_app.cli.report_output import mail_access_text
from desktop_app.core.audit_service import AuditOutcome, AuditService
from desktop_app.core.display_text import shown
from desktop_app.core.errors import AppAuditError
from desktop_app.core.officiality import NO_TRUSTED_KEY_FIX
from desktop_app.core.outcomes import PolicyApplied
from desktop_app.core.policy import LoadedPolicy
from desktop_app.integrations.webhook import deliver_due


def announce_missing_trust(ctx: CliContext) -> None:
    """Said once per command: without a trusted key no check can be official."""
    if not ctx.trusted_keys:
        say(
            "note: no trusted policy key is configured, so every check is informational "
            f"(no receipt, no mail-access message). Fix: {NO_TRUSTED_KEY_FIX}"
        )


def accept_policy(service: AuditService, policy: LoadedPolicy) -> PolicyApplied | None:
    """Refuse a rollback (exit 2); accept a trusted version, restoring what a withdrawal undoes."""
    if service.outcomes is None:
        return None
    applied = service.outcomes.apply_policy(policy)
    if applied.restored_count:
        say(
            f"policy {policy.document.id} {policy.document.version} withdrew rules: "
            f"{applied.restored_count} device(s) restored without their phone"
        )
    if applied.pending_retraction_at is not None:
        say(pending_retraction_note(applied.pending_retraction_at))
    return applied


def pending_retraction_note(at: datetime) -> str:
    return (
        f"note: this retraction takes effect at {at.isoformat()}; the devices it blocked are restored by "
        "the first `app-audit scan` or `app-audit policy apply` with it on this station after that time "
        "(an open App Audit window does it by itself)"
    )


def deliver_now(ctx: CliContext) -> None:
    """Send due mail-access messages at once; a failure leaves them queued for `outbox deliver`."""
    if ctx.config.webhook is None:
        say("mail access message queued; no webhook is configured to send it (see docs/deploying.md)")
        return
    try:
        summary = deliver_due(ctx.store, ctx.webhook(), ctx.clock.now())
    except AppAuditError as exc:
        say(f"mail access message queued, not sent yet: {shown(exc.message, 400)}")
        return
    if summary.attempted and not summary.delivered:
        say("mail access message queued; delivery will be retried (`app-audit outbox deliver`)")


def finish_outcome(ctx: CliContext, outcome: AuditOutcome) -> None:
    """After a recorded audit: deliver what it queued, and say where mail access stands."""
    if outcome.audit_id is None:
        return
    if outcome.message_id is not None:
        deliver_now(ctx)
    if outcome.official:
        device = outcome.report.device
        access = ctx.store.mail_access(str(device.platform), device.serial)
        say(mail_access_text(access))
        if access.phase == "confirmed" and outcome.message_id is not None:
            say("mail access restored" if access.state == "compliant" else "mail system told: not compliant")
