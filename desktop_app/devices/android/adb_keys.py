"""The app's own ADB RSA key pair: what a phone remembers when the person ticks "Always allow".

Files follow Google adb's layout (`adbkey` PEM private key, `adbkey.pub` Android public key +
" user@host"), so the same pair works with `adb` and a phone that trusts one trusts the other.
"""

from __future__ import annotations

import base64
import getpass
import logging
import os
import socket
import struct
from dataclasses import dataclass
from pathlib import Path

from adb_shell.auth.sign_cryptography import CryptographySigner
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from desktop_app.core.errors import AppAuditError

log = logging.getLogger(__name__)

_KEY_BITS = 2048
_MODULUS_BYTES = _KEY_BITS // 8
_KEY_FILE = "adbkey"


class AdbKeyError(AppAuditError):
    code = "adb_key"
    default_hint = (
        "Check that the App Audit data folder is writable, or delete its adbkey files to make new ones."
    )


@dataclass(frozen=True, slots=True)
class AdbKeys:
    """Paths of one ADB key pair and the signer adb-shell uses with it."""

    private_key_path: Path
    signer: CryptographySigner


def android_public_key(public_numbers: rsa.RSAPublicNumbers) -> bytes:
    """Android's RSAPublicKey struct (adb's android_pubkey_encode) for a 2048-bit key."""
    n, e = public_numbers.n, public_numbers.e
    r32 = 1 << 32
    n0inv = r32 - pow(n % r32, -1, r32)
    rr = pow(1 << _KEY_BITS, 2, n)
    return struct.pack(
        f"<II{_MODULUS_BYTES}s{_MODULUS_BYTES}sI",
        _MODULUS_BYTES // 4,
        n0inv,
        n.to_bytes(_MODULUS_BYTES, "little"),
        rr.to_bytes(_MODULUS_BYTES, "little"),
        e,
    )


def _user_at_host() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"{user}@{socket.gethostname() or 'unknown'}"


def _write_private(path: Path, data: bytes) -> None:
    # Created with 0600 from the start: no window in which another user could read the key.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def create_adb_keys(private_key_path: Path) -> None:
    """Generate a new pair at `private_key_path` (and `.pub` next to it)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=_KEY_BITS)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public = base64.b64encode(android_public_key(key.public_key().public_numbers())).decode("ascii")
    private_key_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = private_key_path.with_name(private_key_path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    _write_private(tmp, pem)
    pub_path = private_key_path.with_name(private_key_path.name + ".pub")
    pub_path.write_text(f"{public} {_user_at_host()}\n", encoding="ascii")
    os.replace(tmp, private_key_path)
    log.info("created ADB key pair %s", private_key_path)


def _load(private_key_path: Path) -> AdbKeys:
    try:
        signer = CryptographySigner(str(private_key_path))
    except (OSError, ValueError, TypeError) as error:
        raise AdbKeyError(f"cannot read the ADB key {private_key_path}: {error}") from error
    return AdbKeys(private_key_path=private_key_path, signer=signer)


def load_or_create_adb_keys(data_dir: Path, *, reuse_android_home: bool = False) -> AdbKeys:
    """The app's key pair in `data_dir`, created on first use (private key mode 0600).

    With `reuse_android_home`, `~/.android/adbkey` is used when it exists, so phones that already
    trust the developer's adb do not ask again.
    """
    if reuse_android_home:
        android_key = Path.home() / ".android" / _KEY_FILE
        if android_key.is_file() and android_key.with_name(_KEY_FILE + ".pub").is_file():
            return _load(android_key)
    private_key_path = Path(data_dir) / _KEY_FILE
    if not (private_key_path.is_file() and private_key_path.with_name(_KEY_FILE + ".pub").is_file()):
        try:
            private_key_path.unlink(missing_ok=True)
            create_adb_keys(private_key_path)
        except OSError as error:
            raise AdbKeyError(f"cannot create the ADB key in {data_dir}: {error}") from error
    return _load(private_key_path)
