"""Signed compliance receipts: proof, for mail access, that a device passed an audit."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.core.bounded_json import loads_bounded
from desktop_app.core.errors import AppAuditError
from desktop_app.core.models import AuditReport, Verdict
from desktop_app.core.outcome_records import ChainLink, NamedPerson
from desktop_app.core.signing import key_id

RECEIPT_FORMAT = "app-audit/receipt@1"


class ReceiptError(AppAuditError):
    code = "receipt_invalid"
    exit_code = 1
    default_hint = "Ask the helpdesk for a new receipt: this one cannot be trusted."


@dataclass(frozen=True, slots=True)
class VerifiedReceipt:
    body: dict[str, Any]
    key_id: str


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def receipt_body(
    report: AuditReport,
    audit_id: int,
    chain: ChainLink | None = None,
    person: NamedPerson | None = None,
) -> dict[str, Any]:
    """The signed part of a receipt. `chain` is the audit's place in the station's hash chain;
    `person`, whom the check was for when the kiosk asked (absent otherwise)."""
    if report.verdict is not Verdict.COMPLIANT:
        raise ValueError("receipts are issued for compliant audits only")
    body = {
        "format": RECEIPT_FORMAT,
        "audit_id": audit_id,
        "verdict": str(report.verdict),
        "issued_at": report.evaluated_at.isoformat(),
        "device": {
            "platform": str(report.device.platform),
            "serial": report.device.serial,
            "model": report.device.model,
            "os_version": report.device.os_version,
        },
        "policy": {
            "id": report.policy.policy_id,
            "version": report.policy.version,
            "sha256": report.policy.sha256,
            "signed": report.policy.signed,
        },
        "inventory_sha256": report.inventory_sha256,
    }
    if chain is not None:
        body["official"] = True
        body["chain"] = chain.as_json()
    if person is not None:
        body["person"] = person.as_json()
    return body


def sign_receipt(body: dict[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    signature = key.sign(_canonical(body))
    return {
        "receipt": body,
        "key_id": key_id(key.public_key()),
        "signature": base64.b64encode(signature).decode("ascii"),
    }


def verify_receipt(document: bytes, public_key: Ed25519PublicKey) -> VerifiedReceipt:
    """Check a receipt file; raise ReceiptError saying what is wrong."""
    try:
        parsed = loads_bounded(document)
        body = parsed["receipt"]
        signature = base64.b64decode(parsed["signature"], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise ReceiptError(f"not an App Audit receipt ({exc})") from exc
    if not isinstance(body, dict) or body.get("format") != RECEIPT_FORMAT:
        raise ReceiptError("not an App Audit receipt (unknown format)")
    try:
        public_key.verify(signature, _canonical(body))
    except InvalidSignature as exc:
        raise ReceiptError(
            "the receipt was changed after it was signed, or signed by another station"
        ) from exc
    return VerifiedReceipt(body=body, key_id=key_id(public_key))
