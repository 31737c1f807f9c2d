"""Audit results and receipts as PDF. Every device string is escaped: the document is built
as HTML only so it can have a title and a table, never to let phone data format itself."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from desktop_app.gui.mail_wording import informational_text
from desktop_app.gui.wording import FINDING_WORDS, VERDICT_HEADLINES, local_time, profile_name

if TYPE_CHECKING:
    from desktop_app.core.audit_service import AuditOutcome


@dataclass(frozen=True, slots=True)
class PrintableAudit:
    title: str
    facts: list[tuple[str, str]]
    findings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    receipt: dict[str, Any] | None = None


def from_outcome(outcome: AuditOutcome, mail_access: str = "") -> PrintableAudit:
    """The printable result; mail_access is the device page's mail-access sentence at printing time."""
    report = outcome.report
    device = report.device
    facts = [
        ("Verdict", VERDICT_HEADLINES[report.verdict]),
        ("Checked at", local_time(report.evaluated_at)),
        ("Device", f"{device.display_name} ({device.platform}, {device.model}, OS {device.os_version})"),
        ("Serial", device.serial),
        (
            "Policy",
            f"{report.policy.policy_id} version {report.policy.version}"
            f" ({'signed by ' + report.policy.signer if report.policy.signed else 'not signed'})",
        ),
        ("Policy SHA-256", report.policy.sha256),
        ("Apps scanned", str(report.apps_scanned)),
        ("Audit number", str(outcome.audit_id) if outcome.audit_id is not None else "not recorded"),
        ("Inventory SHA-256", report.inventory_sha256),
    ]
    if outcome.chain is not None:
        facts.append(("History entry", f"{outcome.chain.index} ({outcome.chain.hash})"))
    facts.append(
        ("Official check", "yes" if outcome.official else informational_text(outcome.officiality.reasons))
    )
    if mail_access:
        facts.append(("Mail access", mail_access.removeprefix("Mail access: ")))
    findings = [
        f"{f.label} ({f.app_id}), {profile_name(f.user)}: {FINDING_WORDS[f.state]}" for f in report.findings
    ]
    return PrintableAudit(
        "App Audit receipt" if outcome.receipt else "App Audit result",
        facts,
        findings,
        list(report.notes),
        outcome.receipt,
    )


def from_detail(detail: Any) -> PrintableAudit:
    """From a storage AuditDetail (row, findings, remediation, notes)."""
    row = detail.row
    facts = [
        ("Verdict", str(row.verdict)),
        ("Recorded at", local_time(row.recorded_at)),
        ("Device", f"{row.device_name or row.model} ({row.platform}, {row.model}, OS {row.os_version})"),
        ("Serial", row.serial),
        (
            "Policy",
            f"{row.policy_id} version {row.policy_version}"
            f" ({'signed' if row.policy_signed else 'not signed'})",
        ),
        ("Policy SHA-256", row.policy_sha256),
        ("Apps scanned", str(row.apps_scanned)),
        ("Audit number", str(row.audit_id)),
        ("Inventory SHA-256", row.inventory_sha256),
        ("Record hash", row.row_hash),
    ]
    findings = [
        f"{f.get('label') or f.get('app_id')} ({f.get('app_id')}), "
        f"{profile_name(f.get('user'))}: {f.get('state')}"
        for f in detail.findings
    ]
    removals = [
        f"{r.get('app_id')}: {'removed' if r.get('removed') else 'not removed'} "
        f"{r.get('message') or ''}".strip()
        for r in detail.remediation
    ]
    return PrintableAudit(f"App Audit record #{row.audit_id}", facts, findings + removals, list(detail.notes))


def to_html(audit: PrintableAudit) -> str:
    e = html.escape
    rows = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in audit.facts)
    parts = [f"<h1>{e(audit.title)}</h1>", f"<table cellpadding='4'>{rows}</table>"]
    parts.append("<h2>Findings</h2>")
    parts.append(
        "<ul>" + "".join(f"<li>{e(f)}</li>" for f in audit.findings) + "</ul>"
        if audit.findings
        else "<p>None.</p>"
    )
    if audit.notes:
        parts.append("<h2>Notes</h2><ul>" + "".join(f"<li>{e(n)}</li>" for n in audit.notes) + "</ul>")
    if audit.receipt:
        parts.append("<h2>Signed receipt</h2><p>Key: " + e(str(audit.receipt.get("key_id", ""))) + "</p>")
        parts.append("<pre>" + e(json.dumps(audit.receipt, indent=2, ensure_ascii=False)) + "</pre>")
    return "".join(parts)


def write_pdf(audit: PrintableAudit, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(audit.title)
    writer.setCreator("App Audit")
    document = QTextDocument()
    document.setHtml(to_html(audit))
    document.print_(writer)
