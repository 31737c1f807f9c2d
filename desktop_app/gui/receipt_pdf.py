"""A visit's story (gui/visit_story.py) as a PDF. Every device string is escaped: the document is
built as HTML only so it can have headings and wrap, never to let phone data format itself."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop_app.gui.locale_text import zoned_time
from desktop_app.gui.mail_wording import informational_text
from desktop_app.gui.visit_story import SIGNATURE_CHUNK, Story, signature_lines
from desktop_app.gui.wording import finding_with_id, finding_word, profile_name, verdict_headline

if TYPE_CHECKING:
    from desktop_app.core.audit_service import AuditOutcome

MARGIN_MM = 18


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceiptPdf", text)


def outcome_facts(outcome: AuditOutcome) -> list[str]:
    """Whether the check was official (else why not), and its place in the hash chain."""
    facts = [_tr("Official check") if outcome.official else informational_text(outcome.officiality.reasons)]
    if outcome.chain is not None:
        facts.append(_tr("History entry {n} ({hash})").format(n=outcome.chain.index, hash=outcome.chain.hash))
    return facts


def story_of_outcome(outcome: AuditOutcome) -> Story:
    """A result that was not recorded (so there is no stored visit to tell): what the report says."""
    report = outcome.report
    device = report.device
    signer = (
        _tr("signed by {signer}").format(signer=report.policy.signer)
        if report.policy.signed
        else _tr("not signed")
    )
    phone = [
        _tr("Checked {when} (not recorded)").format(when=zoned_time(report.evaluated_at)),
        _tr("Device: {name} ({model}, OS {version}) · serial {serial}").format(
            name=device.display_name, model=device.model, version=device.os_version, serial=device.serial
        ),
        _tr("Policy: {policy} version {version} · {signature}").format(
            policy=report.policy.policy_id, version=report.policy.version, signature=signer
        ),
    ]
    found = [
        _tr("{app}, {where}: {state}").format(
            app=finding_with_id(f),

            where=profile_name(f.user),
            state=finding_word(f.state).lower(),
        )
        for f in report.findings
    ] or [_tr("Nothing: no app breaks the policy.")]
    result = [
        verdict_headline(report.verdict)
        + " · "
        + QCoreApplication.translate("ReceiptPdf", "%Ln app(s) checked", "", report.apps_scanned),
        *outcome_facts(outcome),
    ]
    sections = [(_tr("The phone"), phone), (_tr("Found"), found), (_tr("Result"), result)]
    if report.notes:
        sections.append((_tr("Notes"), list(report.notes)))
    return Story(_tr("App Audit result"), sections, "", signature_lines(outcome.receipt))


def _wrapped(text: str, width: int = SIGNATURE_CHUNK) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def to_html(story: Story) -> str:
    e = html.escape
    parts = [f"<h1>{e(story.title)}</h1>"]
    for heading, items in story.sections:
        parts.append(f"<h3>{e(heading)}</h3>")
        parts.append("".join(f"<p style='margin:2px 0'>{e(item)}</p>" for item in items))
    if story.signature_lines:
        parts.append(f"<h3>{e(_tr('Signature'))}</h3>")
        parts.append(
            "<p style='font-family:monospace'>" + "<br>".join(e(p) for p in story.signature_lines) + "</p>"
        )
    if story.receipt_json:
        parts.append(f"<h3>{e(_tr('Receipt (JSON, for verification)'))}</h3>")

        # Long values (the signature, hashes) are cut into lines so nothing runs off the page.
        lines = [chunk for line in story.receipt_json.splitlines() for chunk in _wrapped(line, 80)]
        parts.append(
            "<p style='font-family:monospace; font-size:7pt'>"
            + "<br>".join(e(line) for line in lines)
            + "</p>"
        )
    return "".join(parts)


def write_pdf(story: Story, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(story.title)
    writer.setCreator("App Audit")
    document = QTextDocument()
    document.setHtml(to_html(story))
    document.print_(writer)
