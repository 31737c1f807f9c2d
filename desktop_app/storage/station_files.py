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
