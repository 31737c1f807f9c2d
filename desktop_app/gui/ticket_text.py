"""A device and its findings as plain text, to paste into a ticket."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.models import Platform
from desktop_app.gui.device_session import DeviceSession
from desktop_app.gui.wording import (
    FINDING_WORDS,
    STATUS_WORDS,
    VERDICT_HEADLINES,
    finding_with_id,
    profile_name,
    profile_names,
    zoned_time,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketText", text)


def device_details_text(session: DeviceSession) -> str:
    serial_label = _tr("UDID") if session.platform is Platform.IOS else _tr("Serial")
    lines = [
        f"{_tr('Device')}: {session.title}",
        f"{_tr('Model')}: {session.model or '-'}",
        f"{_tr('System')}: {session.os_version or '-'}",
        f"{serial_label}: {session.serial or '-'}",
        f"{_tr('Connection')}: {session.connection or '-'}",
        f"{_tr('State')}: {STATUS_WORDS[session.status]}",
    ]
    outcome = session.outcome
    if outcome is not None:
        report = outcome.report
        lines += [
            f"{_tr('Result')}: {VERDICT_HEADLINES[report.verdict]}",
            f"{_tr('Checked at')}: {zoned_time(report.evaluated_at)}",
            f"{_tr('Policy')}: {report.policy.policy_id} {report.policy.version}",
            f"{_tr('Apps checked')}: {report.apps_scanned}",
        ]
        if outcome.audit_id is not None:
            lines.append(f"{_tr('Audit')}: #{outcome.audit_id}")
        lines += list(report.notes)
    if session.message is not None:
        lines.append(f"{_tr('Last message')}: {session.message.full_text}")
    return "\n".join(lines)


def findings_text(session: DeviceSession) -> str:
    outcome = session.outcome
    if outcome is None:
        return _tr("No check yet.")
    names = profile_names(outcome.inventory.profiles)
    findings = outcome.report.findings
    if not findings:
        return _tr("No findings: no app on this phone breaks the policy.")
    lines = [f"{_tr('Findings')} ({len(findings)}):"]
    for finding in findings:
        where = profile_name(finding.user, names)
        lines.append(
            f"- {finding_with_id(finding)} · {where} · {FINDING_WORDS[finding.state]}"
            f" · {_tr('rule')}: {finding.rule_title}"
        )
    return "\n".join(lines)
