"""HMAC-SHA256 signature of webhook bodies, as sent in X-App-Audit-Signature."""

from __future__ import annotations

import hashlib
import hmac

SIGNATURE_PREFIX = "sha256="


def signature_header(secret: bytes, body: bytes) -> str:
    return SIGNATURE_PREFIX + hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_matches(secret: bytes, body: bytes, header: str) -> bool:
    """What a receiver does: constant-time comparison of the header with the expected value."""
    return hmac.compare_digest(signature_header(secret, body), header.strip())
