"""A device and its findings as plain text, to paste into a ticket."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.models import Platform
from desktop_app.gui.device_session import DeviceSession
from desktop_app.gui.locale_text import number, zoned_time
from desktop_app.gui.wording import (
    finding_with_id,
    finding_word,
    profile_name,
    profile_names,
    status_word,
    verdict_headline,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketText", text)


def device_details_text(session: DeviceSession) -> str:
    serial = (
        _tr("UDID: {udid}").format(udid=session.serial or "-")
        if session.platform is Platform.IOS
        else _tr("Serial: {serial}").format(serial=session.serial or "-")
    )
    lines = [
        _tr("Device: {name}").format(name=session.title),
        _tr("Model: {model}").format(model=session.model or "-"),
        _tr("System: {version}").format(version=session.os_version or "-"),
        serial,
        _tr("Connection: {connection}").format(connection=session.connection or "-"),
        _tr("State: {state}").format(state=status_word(session.status)),
    ]
    outcome = session.outcome
    if outcome is not None:
        report = outcome.report
        lines += [
            _tr("Result: {verdict}").format(verdict=verdict_headline(report.verdict)),
            _tr("Checked on: {when}").format(when=zoned_time(report.evaluated_at)),
            _tr("Policy: {policy} {version}").format(
                policy=report.policy.policy_id, version=report.policy.version
            ),
            _tr("Apps checked: {n}").format(n=number(report.apps_scanned)),
        ]
        if outcome.audit_id is not None:
            lines.append(_tr("Audit: #{n}").format(n=outcome.audit_id))
        lines += list(report.notes)
    if session.message is not None:
        lines.append(_tr("Last message: {text}").format(text=session.message.full_text))
    return "\n".join(lines)


def findings_text(session: DeviceSession) -> str:
    outcome = session.outcome
    if outcome is None:
        return _tr("No check yet.")
    names = profile_names(outcome.inventory.profiles)
    findings = outcome.report.findings
    if not findings:
        return _tr("No findings: no app on this phone breaks the policy.")
    lines = [QCoreApplication.translate("TicketText", "Findings (%Ln):", "", len(findings))]
    for finding in findings:
        where = profile_name(finding.user, names)
        lines.append(
            f"- {finding_with_id(finding)} · {where} · {finding_word(finding.state)}"
            + _tr(" · rule: {rule}").format(rule=finding.rule_title)
        )
    return "\n".join(lines)
