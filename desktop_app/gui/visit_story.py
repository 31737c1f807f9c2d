"""One visit as a short story, for the History detail and the receipt PDF alike: the phone, what
was found, what was removed from which profile and when, the result, the mail-access state, and
the signature with how to verify it. Plain text sections: device strings never format anything."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.models import FindingState
from desktop_app.core.outcome_records import MailAccess, MailPhase
from desktop_app.gui.mail_wording import informational_text, mail_access_text
from desktop_app.gui.models.history_model import device_text
from desktop_app.gui.wording import FINDING_WORDS, zoned_time

SIGNATURE_CHUNK = 64  # characters per line of a signature: it wraps instead of running off the page

_VERDICT_WORDS = {
    "compliant": "Compliant",
    "action_required": "Action required",
    "noncompliant": "Not compliant",
    "inconclusive": "Inconclusive",
}


@dataclass(frozen=True, slots=True)
class Story:
    title: str
    sections: list[tuple[str, list[str]]]
    receipt_json: str = ""  # the signed receipt, for `app-audit receipt verify`
    signature_lines: list[str] = field(default_factory=list)


def _where(user: object) -> str:
    return (
        ""
        if user is None
        else QCoreApplication.translate("VisitStory", " from user {user}").format(user=user)
    )


def _finding_words(state: object) -> str:
    try:
        return FINDING_WORDS[FindingState(str(state))].lower()
    except ValueError:
        return str(state)


def _when(value: object) -> str:
    if isinstance(value, datetime):
        return zoned_time(value)
    try:
        return zoned_time(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _removal_line(removal: dict[str, Any]) -> str:
    app = f"{removal.get('app_id')}{_where(removal.get('user'))}"
    when = _when(removal.get("recorded_at"))
    if removal.get("removed"):
        return QCoreApplication.translate("VisitStory", "{app}: removed at {when}").format(app=app, when=when)
    why = (
        removal.get("message")
        or removal.get("code")
        or QCoreApplication.translate("VisitStory", "no reason given")
    )
    return QCoreApplication.translate("VisitStory", "{app}: NOT removed at {when} ({why})").format(
        app=app, when=when, why=why
    )


def signature_lines(receipt: dict[str, Any] | None) -> list[str]:
    signature = str((receipt or {}).get("signature", ""))
    return [signature[i : i + SIGNATURE_CHUNK] for i in range(0, len(signature), SIGNATURE_CHUNK)]


def _mail_line(row: Any, mail: MailAccess | None) -> str:
    """Where mail access stands after this audit. mail: the device's mail-access state now."""
    if row.official is False:
        return mail_access_text(None, official=False, delivering=False)
    if mail is not None and mail.audit_id == row.audit_id:
        # Whether this station has a mail system is not the story of the visit: not said here.
        return mail_access_text(mail, official=True, delivering=None)
    if mail is not None and mail.phase is not MailPhase.NOT_REQUESTED and mail.audit_id is not None:
        return QCoreApplication.translate(
            "VisitStory", "Mail access: unchanged by this check (the mail system was last told by audit #{n})."
        ).format(n=mail.audit_id)
    return mail_access_text(None, official=True, delivering=False)


def story_of(detail: Any, signer: str = "", *, mail: MailAccess | None = None) -> Story:
    """The one story of a recorded visit, for the History detail and every receipt PDF (the device
    page's and the History tab's alike). detail: a storage AuditDetail (row, findings, remediation,
    notes, the signed receipt when the audit gave one); mail: the device's mail-access state now."""
    row = detail.row
    receipt = detail.receipt
    serial_label = "UDID" if str(row.platform) == "ios" else "serial"
    if row.policy_signed:
        signature = f"signed by {signer}" if signer else "signed by a trusted key"
    else:
        signature = "not signed"
    verdict = _VERDICT_WORDS.get(str(row.verdict), str(row.verdict))
    phone = [
        f"Audit #{row.audit_id}, recorded {zoned_time(row.recorded_at)}",
        f"Device: {device_text(row, with_system=True)} · {serial_label} {row.serial}",
        f"Policy: {row.policy_id} version {row.policy_version} · {signature}",
    ]
    person = (receipt or {}).get("receipt", {}).get("person")
    if isinstance(person, dict) and person.get("value"):
        phone.append(
            QCoreApplication.translate("VisitStory", "Checked for {person}").format(person=person["value"])
        )
    found = [
        f"{f.get('label') or f.get('app_id')} ({f.get('app_id')}){_where(f.get('user'))}:"
        f" {_finding_words(f.get('state'))}"
        for f in detail.findings
    ]
    if not found:
        found = [
            QCoreApplication.translate("VisitStory", "No app breaks the policy now.")
            if detail.remediation
            else QCoreApplication.translate("VisitStory", "Nothing: no app breaks the policy.")
        ]
    result = [f"Verdict: {verdict} · {row.apps_scanned} apps checked · {len(detail.findings)} finding(s)"]
    if row.official is True:
        result.append(QCoreApplication.translate("VisitStory", "Official check"))
    elif row.official is False:
        result.append(informational_text(row.why_not_official))
    result.append(_mail_line(row, mail))
    sections: list[tuple[str, list[str]]] = [
        (QCoreApplication.translate("VisitStory", "The phone"), phone),
        (QCoreApplication.translate("VisitStory", "Found"), found),
    ]
    if detail.remediation:
        sections.append(
            (
                QCoreApplication.translate("VisitStory", "Removed"),
                [_removal_line(r) for r in detail.remediation],
            )
        )
    sections.append((QCoreApplication.translate("VisitStory", "Result"), result))
    if detail.notes:
        sections.append((QCoreApplication.translate("VisitStory", "Notes"), list(detail.notes)))
    lines = signature_lines(receipt)
    proof = [f"Chain hash: {row.row_hash}"]
    if receipt:
        proof = [
            QCoreApplication.translate("VisitStory", "Receipt signed by this station's key {key}.").format(
                key=receipt.get("key_id", "")
            ),
            QCoreApplication.translate(
                "VisitStory",
                "To verify: save it with “Save receipt (signed JSON)…” and run "
                "`app-audit receipt verify FILE --key STATION.pub` (the station's key: `app-audit receipt key`). "
                "`app-audit history verify --against FOLDER` checks the station's history against the receipts "
                "in FOLDER.",
            ),
            *proof,
        ]
    sections.append((QCoreApplication.translate("VisitStory", "Proof"), proof))
    title = (
        QCoreApplication.translate("VisitStory", "App Audit receipt")
        if receipt
        else QCoreApplication.translate("VisitStory", "App Audit record #{n}").format(n=row.audit_id)
    )
    receipt_json = json.dumps(receipt, indent=1, ensure_ascii=False) if receipt else ""
    return Story(title, sections, receipt_json, lines)


def story_text(story: Story) -> str:
    """The detail pane's text."""
    lines: list[str] = []
    for heading, items in story.sections:
        if lines:
            lines.append("")
        lines.append(f"{heading}:")
        lines += [f"  {item}" for item in items]
    if story.signature_lines:
        lines += [
            "",
            QCoreApplication.translate("VisitStory", "Signature:"),
            *(f"  {part}" for part in story.signature_lines),
        ]
    return "\n".join(lines)
