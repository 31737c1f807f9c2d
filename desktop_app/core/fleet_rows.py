"""Rows a station sends to the fleet database: canonical text, signed with the station's receipt key.

The centre stores the exact text and its signature, so any row can be checked later
against the station's registered public key (`app-audit fleet verify`).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ROW_FORMAT = "app-audit/fleet-row@1"
ROW_KINDS = ("audit", "removal")


@dataclass(frozen=True, slots=True)
class SignedRow:
    kind: str
    local_id: int
    chain_index: int  # the audit's place in the station's chain: a device's history is ordered by it
    body: str  # canonical JSON, exactly as signed
    signature: str  # base64 Ed25519 over body (UTF-8)


def canonical_text(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sign_row(body: dict[str, Any], key: Ed25519PrivateKey) -> SignedRow:
    kind = str(body["kind"])
    if kind not in ROW_KINDS:
        raise ValueError(f"unknown fleet row kind {kind!r}")
    text = canonical_text({**body, "format": ROW_FORMAT})
    signature = base64.b64encode(key.sign(text.encode("utf-8"))).decode("ascii")
    return SignedRow(kind, int(body["local_id"]), int(body["chain_index"]), text, signature)


def row_signature_valid(body: str, signature: str, public_key: Ed25519PublicKey) -> bool:
    try:
        raw = base64.b64decode(signature, validate=True)
        public_key.verify(raw, body.encode("utf-8"))
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True
