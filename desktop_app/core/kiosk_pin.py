"""The kiosk's admin PIN: stored as a salted scrypt hash, checked with attempts rate-limited."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass, field

from desktop_app.core.errors import UsageError

# scrypt with n=2**14, r=8, p=1: about 16 MB and tens of ms per check, which makes guessing a short PIN
# from a copied config file slow, and costs the person at the kiosk nothing.
_N, _R, _P = 2**14, 8, 1
_FORMAT = re.compile(r"scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)")
PIN_PATTERN = re.compile(r"\d{6,12}")


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


def hash_pin(pin: str) -> str:
    """The value of `kiosk.pin_hash` for pin (6 to 12 digits)."""
    if not PIN_PATTERN.fullmatch(pin):
        raise UsageError("the kiosk PIN must be 6 to 12 digits", hint="Choose a longer PIN of digits only.")
    salt = os.urandom(16)
    digest = _derive(pin, salt, _N, _R, _P)
    encode = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def is_pin_hash(value: str) -> bool:
    return _FORMAT.fullmatch(value) is not None


def verify_pin(pin: str, stored: str) -> bool:
    match = _FORMAT.fullmatch(stored)
    if match is None:
        return False
    n, r, p = (int(match.group(i)) for i in (1, 2, 3))
    salt, expected = base64.b64decode(match.group(4)), base64.b64decode(match.group(5))
    return hmac.compare_digest(_derive(pin, salt, n, r, p), expected)


@dataclass
class PinAttempts:
    """Wrong PINs in a row lock the prompt: 3 free tries, then a wait that doubles (30 s, 60 s, ...)."""

    free_tries: int = 3
    first_wait_s: float = 30.0
    max_wait_s: float = 15 * 60.0
    _failures: int = 0
    _locked_until: float = field(default=0.0)

    def wait_left(self, now: float) -> float:
        """Seconds before another PIN may be tried (0: now)."""
        return max(0.0, self._locked_until - now)

    def record(self, correct: bool, now: float) -> None:
        if correct:
            self._failures = 0
            self._locked_until = 0.0
            return
        self._failures += 1
        beyond = self._failures - self.free_tries
        if beyond >= 0:
            self._locked_until = now + min(self.max_wait_s, self.first_wait_s * 2**beyond)
