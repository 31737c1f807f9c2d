"""ADB authentication on the phone's side: tokens, signature checks, the host's public key."""

from __future__ import annotations

import base64
import binascii
import struct

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

_KEY_STRUCT = struct.Struct("<II256s256sI")


def parse_adb_public_key(payload: bytes) -> rsa.RSAPublicKey | None:
    """The host key of an AUTH RSAPUBLICKEY payload (`<base64 struct> user@host\\0`), None if malformed."""
    text = payload.split(b"\0", 1)[0].strip()
    encoded = text.split(b" ", 1)[0]
    try:
        raw = base64.b64decode(encoded, validate=True)
        _words, _n0inv, modulus, _rr, exponent = _KEY_STRUCT.unpack(raw)
        return rsa.RSAPublicNumbers(exponent, int.from_bytes(modulus, "little")).public_key()
    except (binascii.Error, struct.error, ValueError):
        return None


def signature_matches(key: rsa.RSAPublicKey, token: bytes, signature: bytes) -> bool:
    """adb signs the 20-byte token as if it were a SHA-1 digest (RSA PKCS#1 v1.5)."""
    try:
        key.verify(signature, token, padding.PKCS1v15(), Prehashed(hashes.SHA1()))  # noqa: S303 - ADB's scheme
    except (InvalidSignature, ValueError):
        return False
    return True


def key_id(key: rsa.RSAPublicKey) -> tuple[int, int]:
    numbers = key.public_numbers()
    return numbers.n, numbers.e
