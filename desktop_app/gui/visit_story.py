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
from desktop_app.gui.locale_text import zoned_time
from desktop_app.gui.mail_wording import informational_text, mail_access_text
from desktop_app.gui.models.history_model import device_text
from desktop_app.gui.wording import finding_word, verdict_word

SIGNATURE_CHUNK = 64  # characters per line of a signature: it wraps instead of running off the page


def _tr(text: str) -> str:
    return QCoreApplication.translate("VisitStory", text)


@dataclass(frozen=True, slots=True)
class Story:
    title: str
    sections: list[tuple[str, list[str]]]
    receipt_json: str = ""  # the signed receipt, for `app-audit receipt verify`
    signature_lines: list[str] = field(default_factory=list)


def _where(user: object) -> str:
    return "" if user is None else _tr(" from user {user}").format(user=user)


def _named(label: object, app_id: object) -> str:
    """ "TikTok (com.zhiliaoapp.musically)", or the id alone when the phone gave no other name."""
    return f"{label} ({app_id})" if label and label != app_id else str(app_id)


def _finding_words(state: object) -> str:

    try:
        return finding_word(FindingState(str(state))).lower()
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
        return _tr("{app}: removed on {when}").format(app=app, when=when)
    why = removal.get("message") or removal.get("code") or _tr("no reason given")
    return _tr("{app}: NOT removed on {when} ({why})").format(app=app, when=when, why=why)


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
            "VisitStory",
            "Mail access: unchanged by this check (the mail system was last told by audit #{n}).",
        ).format(n=mail.audit_id)
    return mail_access_text(None, official=True, delivering=False)


def story_of(detail: Any, signer: str = "", *, mail: MailAccess | None = None) -> Story:
    """The one story of a recorded visit, for the History detail and every receipt PDF (the device
    page's and the History tab's alike). detail: a storage AuditDetail (row, findings, remediation,
    notes, the signed receipt when the audit gave one); mail: the device's mail-access state now."""
    row = detail.row
    receipt = detail.receipt
    serial = (
        f"UDID {row.serial}"
        if str(row.platform) == "ios"
        else _tr("serial {serial}").format(serial=row.serial)
    )
    if row.policy_signed:
        signature = (
            _tr("signed by {signer}").format(signer=signer) if signer else _tr("signed by a trusted key")
        )
    else:
        signature = _tr("not signed")
    phone = [
        _tr("Audit #{n}, recorded {when}").format(n=row.audit_id, when=zoned_time(row.recorded_at)),
        _tr("Device: {device} · {serial}").format(device=device_text(row, with_system=True), serial=serial),
        _tr("Policy: {policy} version {version} · {signature}").format(
            policy=row.policy_id, version=row.policy_version, signature=signature
        ),
    ]
    person = (receipt or {}).get("receipt", {}).get("person")
    if isinstance(person, dict) and person.get("value"):
        phone.append(
            QCoreApplication.translate("VisitStory", "Checked for {person}").format(person=person["value"])
        )
    found = [
        _tr("{app}: {state}").format(
            app=f"{_named(f.get('label'), f.get('app_id'))}{_where(f.get('user'))}",
            state=_finding_words(f.get("state")),
        )
        for f in detail.findings
    ]
    if not found:
        found = [
            _tr("No app breaks the policy now.")
            if detail.remediation
            else _tr("Nothing: no app breaks the policy.")
        ]
    result = [
        _tr("Verdict: {verdict}").format(verdict=verdict_word(row.verdict))
        + " · "
        + QCoreApplication.translate("VisitStory", "%Ln app(s) checked", "", row.apps_scanned)
        + " · "
        + QCoreApplication.translate("VisitStory", "%Ln finding(s)", "", len(detail.findings))
    ]
    if row.official is True:
        result.append(_tr("Official check"))
    elif row.official is False:
        result.append(informational_text(row.why_not_official))
    result.append(_mail_line(row, mail))
    sections: list[tuple[str, list[str]]] = [(_tr("The phone"), phone), (_tr("Found"), found)]
    if detail.remediation:
        sections.append((_tr("Removed"), [_removal_line(r) for r in detail.remediation]))
    sections.append((_tr("Result"), result))
    if detail.notes:
        sections.append((_tr("Notes"), list(detail.notes)))
    lines = signature_lines(receipt)
    proof = [_tr("Chain hash: {hash}").format(hash=row.row_hash)]
    if receipt:
        proof = [
            _tr("Receipt signed by this station's key {key}.").format(key=receipt.get("key_id", "")),
            _tr(
                "To verify: save it with “Save receipt (signed JSON)…” and run "
                "`app-audit receipt verify FILE --key STATION.pub` (the station's key: `app-audit receipt key`). "
                "`app-audit history verify --against FOLDER` checks the station's history against the receipts "
                "in FOLDER.",
            ),
            *proof,
        ]
    sections.append((_tr("Proof"), proof))
    title = _tr("App Audit receipt") if receipt else _tr("App Audit record #{n}").format(n=row.audit_id)
    receipt_json = json.dumps(receipt, indent=1, ensure_ascii=False) if receipt else ""
    return Story(title, sections, receipt_json, lines)


def story_text(story: Story) -> str:
    """The detail pane's text."""
    lines: list[str] = []
    for heading, items in story.sections:
        if lines:
            lines.append("")
        lines.append(_tr("{heading}:").format(heading=heading))
        lines += [f"  {item}" for item in items]
    if story.signature_lines:
        lines += [
            "",
            _tr("Signature:"),
            *(f"  {part}" for part in story.signature_lines),
        ]
    return "\n".join(lines)
