"""Ed25519 keys and detached signatures (policies and receipts share them)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.core.bounded_json import loads_bounded
from desktop_app.core.errors import PolicySignatureError

SIGNATURE_FORMAT = "app-audit/signature@1"


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """A public key the app trusts, with the name of whoever holds the private half."""

    public_key: Ed25519PublicKey
    name: str = ""

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.key_id})" if self.name else self.key_id


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "ed25519:" + hashlib.sha256(raw).hexdigest()[:16]


def generate_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_to_pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def public_key_to_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def load_private_key(pem: bytes) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise PolicySignatureError(f"not an unencrypted PEM private key: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise PolicySignatureError("the private key is not an Ed25519 key")
    return key


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError) as exc:
        raise PolicySignatureError(f"not a PEM public key: {exc}") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise PolicySignatureError("the public key is not an Ed25519 key")
    return key


def sign_detached(private_key: Ed25519PrivateKey, data: bytes) -> bytes:
    """A detached signature document (JSON text) over data."""
    document = {
        "format": SIGNATURE_FORMAT,
        "key_id": key_id(private_key.public_key()),
        "sha256": hashlib.sha256(data).hexdigest(),
        "signature": base64.b64encode(private_key.sign(data)).decode("ascii"),
    }
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


def verify_detached(signature_document: bytes, data: bytes, trusted: list[TrustedKey]) -> TrustedKey:
    """Return the trusted key that signed data, or raise PolicySignatureError saying why not."""
    try:
        document = loads_bounded(signature_document)
        signature = base64.b64decode(document["signature"], validate=True)
        claimed_key = str(document.get("key_id", ""))
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise PolicySignatureError(
            f"the signature file is not an App Audit signature ({exc})", code="signature_unreadable"
        ) from exc
    if not trusted:
        raise PolicySignatureError(
            f"signed by {claimed_key or 'an unknown key'}, but no trusted keys are configured",
            hint="Trust the issuer's public key: app-audit policy trust ISSUER.pub",
            code="no_trusted_keys",
        )
    candidates = [k for k in trusted if k.key_id == claimed_key] or trusted
    for key in candidates:
        try:
            key.public_key.verify(signature, data)
        except InvalidSignature:
            continue
        return key
    if any(k.key_id == claimed_key for k in trusted):
        raise PolicySignatureError(f"the file was changed after {claimed_key} signed it", code="tampered")
    raise PolicySignatureError(
        f"signed by {claimed_key or 'an unknown key'}, which is not a trusted key", code="untrusted_signer"
    )
