"""Audit reports as the stable JSON of DESIGN.md section 4, and as text for people."""

from __future__ import annotations

from typing import Any

from desktop_app.core.audit_service import AuditOutcome
from desktop_app.core.display_text import shown
from desktop_app.core.models import AuditReport, Finding, FindingState, RemovalResult, Verdict
from desktop_app.core.outcome_records import MailAccess, MailPhase, MailState

_VERDICT_WORDS = {
    Verdict.COMPLIANT: "COMPLIANT: no banned app found",
    Verdict.ACTION_REQUIRED: "ACTION REQUIRED: remove the apps below before the deadline",
    Verdict.NONCOMPLIANT: "NOT COMPLIANT: remove the apps below to restore mail access",
    Verdict.INCONCLUSIVE: "INCONCLUSIVE: part of the phone could not be read; this is not a pass",
}


def finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "rule_id": finding.rule_id,
        "rule_title": finding.rule_title,
        "action": str(finding.action),
        "app_id": finding.app_id,
        "label": finding.label,
        "platform": str(finding.platform),
        "user": finding.user,
        "state": str(finding.state),
        "app_state": str(finding.app_state) if finding.app_state else None,
        "blocking": finding.blocks_compliance,
        "reason": finding.reason.get("en", ""),
    }


def report_json(report: AuditReport, audit_id: int | None) -> dict[str, Any]:
    return {
        "verdict": str(report.verdict),
        "device": {
            "platform": str(report.device.platform),
            "serial": report.device.serial,
            "model": report.device.model,
            "os_version": report.device.os_version,
            "name": report.device.name,
        },
        "policy": {
            "id": report.policy.policy_id,
            "version": report.policy.version,
            "sha256": report.policy.sha256,
            "signed": report.policy.signed,
            "signer": report.policy.signer or None,
            "retracted": report.policy.retracted,
        },
        "apps_scanned": report.apps_scanned,
        "findings": [finding_json(f) for f in report.findings],
        "deadline": report.deadline.isoformat() if report.deadline else None,
        "evaluated_at": report.evaluated_at.isoformat(),
        "inventory_sha256": report.inventory_sha256,
        "notes": list(report.notes),
        "audit_id": audit_id,
    }


def outcome_json(outcome: AuditOutcome) -> dict[str, Any]:
    document = report_json(outcome.report, outcome.audit_id)
    document["official"] = outcome.official
    document["why_not_official"] = list(outcome.officiality.reasons)
    document["why_not_official_text"] = outcome.officiality.sentence or None
    document["chain"] = outcome.chain.as_json() if outcome.chain is not None else None
    document["receipt"] = outcome.receipt
    document["mail_message_id"] = outcome.message_id
    return document


def mail_access_json(access: MailAccess) -> dict[str, Any]:
    return {
        "phase": str(access.phase),
        "state": str(access.state) if access.state else None,
        "message_id": access.message_id,
        "requested_at": access.requested_at.isoformat() if access.requested_at else None,
        "confirmed_at": access.confirmed_at.isoformat() if access.confirmed_at else None,
        "attempts": access.attempts,
        "last_error": access.last_error or None,
        "text": mail_access_text(access),
    }


def mail_access_text(access: MailAccess) -> str:
    """The mail-access state in words (the same four states the window shows)."""
    what = "restore mail access" if access.state is MailState.COMPLIANT else "block mail access"
    match access.phase:
        case MailPhase.NOT_REQUESTED:
            return "mail access: not requested (no official check of this phone yet)"
        case MailPhase.REQUESTED:
            at = access.requested_at.astimezone().strftime("%H:%M") if access.requested_at else "?"
            retry = (
                f", {access.attempts} attempt(s) so far: {shown(access.last_error, 300)}"
                if access.attempts
                else ""
            )
            return f"mail access: requested at {at} ({what}), waiting for the mail system{retry}"
        case MailPhase.CONFIRMED:
            return f"mail access: confirmed by the mail system ({what})"
        case _:
            return (
                f"mail access: FAILED ({what}): {shown(access.last_error or 'the mail system refused it', 300)}. "
                f"Fix the webhook settings, then run `app-audit outbox retry {access.message_id}`"
            )


def removal_json(result: RemovalResult) -> dict[str, Any]:
    return {
        "app_id": result.app_id,
        "user": result.user,
        "removed": result.removed,
        "code": result.code or None,
        "message": result.message,
    }


def _where(finding: Finding) -> str:
    if finding.user is None:
        return ""
    return " (personal profile)" if finding.user == 0 else f" (user/profile {finding.user})"


def report_text(report: AuditReport, audit_id: int | None) -> str:
    device = report.device
    lines = [
        f"Device:  {shown(device.display_name)} - {device.platform} {shown(device.os_version)}"
        f" ({shown(device.serial)})",
        f"Policy:  {shown(report.policy.policy_id)} {shown(report.policy.version)}"
        + ("  [signed by " + shown(report.policy.signer) + "]" if report.policy.signed else "  [NOT signed]"),
        f"Apps:    {report.apps_scanned} scanned",
        "",
        _VERDICT_WORDS[report.verdict],
    ]
    if report.deadline and report.verdict is Verdict.ACTION_REQUIRED:
        lines.append(f"Deadline: {report.deadline.isoformat()}")
    for finding in report.findings:
        marker = {FindingState.REVIEW: "?", FindingState.RETRACTED: "-"}.get(finding.state, "!")
        lines.append(
            f"  {marker} {shown(finding.label)} [{shown(finding.app_id)}]{_where(finding)}:"
            f" {shown(finding.rule_title)}, {finding.state}"
        )
    lines.extend(f"  note: {shown(note, 400)}" for note in report.notes)
    if audit_id is not None:
        lines.append(f"Recorded as audit {audit_id}.")
    return "\n".join(lines)


def outcome_text(outcome: AuditOutcome) -> str:
    text = report_text(outcome.report, outcome.audit_id)
    if outcome.official:
        return text + "\nOfficial check" + (": receipt signed." if outcome.receipt else ".")
    return text + "\n" + outcome.officiality.sentence
