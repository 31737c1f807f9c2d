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


def device_details_text(session: DeviceSession) -> str:
    serial_label = (
        QCoreApplication.translate("TicketText", "UDID")
        if session.platform is Platform.IOS
        else QCoreApplication.translate("TicketText", "Serial")
    )
    lines = [
        QCoreApplication.translate("TicketText", "Device") + f": {session.title}",
        QCoreApplication.translate("TicketText", "Model") + f": {session.model or '-'}",
        QCoreApplication.translate("TicketText", "System") + f": {session.os_version or '-'}",
        f"{serial_label}: {session.serial or '-'}",
        QCoreApplication.translate("TicketText", "Connection") + f": {session.connection or '-'}",
        QCoreApplication.translate("TicketText", "State") + f": {STATUS_WORDS[session.status]}",
    ]
    outcome = session.outcome
    if outcome is not None:
        report = outcome.report
        lines += [
            QCoreApplication.translate("TicketText", "Result") + f": {VERDICT_HEADLINES[report.verdict]}",
            QCoreApplication.translate("TicketText", "Checked at") + f": {zoned_time(report.evaluated_at)}",
            QCoreApplication.translate("TicketText", "Policy")
            + f": {report.policy.policy_id} {report.policy.version}",
            QCoreApplication.translate("TicketText", "Apps checked") + f": {report.apps_scanned}",
        ]
        if outcome.audit_id is not None:
            lines.append(QCoreApplication.translate("TicketText", "Audit") + f": #{outcome.audit_id}")
        lines += list(report.notes)
    if session.message is not None:
        lines.append(
            QCoreApplication.translate("TicketText", "Last message") + f": {session.message.full_text}"
        )
    return "\n".join(lines)


def findings_text(session: DeviceSession) -> str:
    outcome = session.outcome
    if outcome is None:
        return QCoreApplication.translate("TicketText", "No check yet.")
    names = profile_names(outcome.inventory.profiles)
    findings = outcome.report.findings
    if not findings:
        return QCoreApplication.translate(
            "TicketText", "No findings: no app on this phone breaks the policy."
        )
    lines = [QCoreApplication.translate("TicketText", "Findings") + f" ({len(findings)}):"]
    for finding in findings:
        where = profile_name(finding.user, names)
        lines.append(
            f"- {finding_with_id(finding)} · {where} · {FINDING_WORDS[finding.state]}"
            + QCoreApplication.translate("TicketText", " · rule: {rule}").format(rule=finding.rule_title)
        )
    return "\n".join(lines)
