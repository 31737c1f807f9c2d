"""This computer's Android state, in one folder (the data folder's `adb/`), as the window and the
command line both use it: the ADB key pair phones are asked to allow, and the users each phone had
at its last scan (the scan's hint, kept across runs so that a command-line scan needs one round), and
the signers of the APKs already read (so that a later scan reads none of their bytes)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.devices.android.adb_keys import AdbKeys, load_or_create_adb_keys
from desktop_app.devices.android.known_users import KNOWN_USERS
from desktop_app.devices.android.signer_cache import SIGNER_CACHE

USERS_FILE = "users.json"
SIGNERS_FILE = "signers.json"


def open_android_station(folder: Path, *, reuse_android_home: bool = False) -> AdbKeys:
    """The key pair in `folder` (created on first use); the phones' users are remembered there too."""
    KNOWN_USERS.keep_in(folder / USERS_FILE)
    SIGNER_CACHE.keep_in(folder / SIGNERS_FILE)
    return load_or_create_adb_keys(folder, reuse_android_home=reuse_android_home)
