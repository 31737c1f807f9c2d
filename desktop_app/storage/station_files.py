"""The files a station keeps in its data folder: where each lives, and how secrets are written.

The CLI, the GUI and the self-test all go through here, so a station has one ADB
key, one set of iPhone pair records and one receipt key whichever way it is used.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.core.signing import generate_private_key, load_private_key, private_key_to_pem

RECEIPT_KEY_FILE = "receipt-signing.key"


def adb_keys_dir(data_dir: Path) -> Path:
    return data_dir / "adb"


def pair_records_dir(data_dir: Path) -> Path:
    return data_dir / "pairing"


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(path: Path, *, tighten: bool = True) -> Path:
    """The data folder, created 0700 whatever the umask; with tighten, an existing one of ours loses
    group/other access. It holds the audit database, keys and device identities."""
    existed = path.exists()
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if tighten or not existed:
        tighten_mode(path, PRIVATE_DIR_MODE)
    return path


def tighten_mode(path: Path, mode: int) -> None:
    """chmod to mode if the file is ours and more open than that (never someone else's folder)."""
    try:
        status = path.lstat()
        if status.st_uid == os.getuid() and status.st_mode & 0o777 & ~mode:
            path.chmod(mode)
    except (OSError, AttributeError):  # AttributeError: os.getuid does not exist on Windows
        pass


def write_private_file(path: Path, data: bytes) -> None:
    """Create or replace a file only the owner can read (keys)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def load_or_create_receipt_key(data_dir: Path) -> Ed25519PrivateKey:
    """This station's receipt signing key, created on first use."""
    path = data_dir / RECEIPT_KEY_FILE
    if path.exists():
        return load_private_key(path.read_bytes())
    key = generate_private_key()
    write_private_file(path, private_key_to_pem(key))
    return key


FLEET_POLICY_DIR = "fleet-policy"
FLEET_POLICY_FILE = "policy.yaml"


def fleet_policy_path(data_dir: Path) -> Path:
    """The policy the fleet database delivered to this station (with its .sig beside it)."""
    return data_dir / FLEET_POLICY_DIR / FLEET_POLICY_FILE
