"""This computer's Android state, in one folder (the data folder's `adb/`), as the window and the
command line both use it: the ADB key pair phones are asked to allow, and the users each phone had
at its last scan (the scan's hint, kept across runs so that a command-line scan needs one round), and
the signers of the APKs already read (so that a later scan reads none of their bytes).

The composition root (desktop_app/station.py) opens one AndroidStation and hands its parts to the
connections it opens: no memory is shared by the whole process, so two stations (two data folders)
never mix their phones' users or signers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.devices.android.adb_keys import AdbKeys, load_or_create_adb_keys
from desktop_app.devices.android.known_users import KnownUsers
from desktop_app.devices.android.signer_cache import SignerCache

USERS_FILE = "users.json"
SIGNERS_FILE = "signers.json"


@dataclass(frozen=True, slots=True)
class AndroidStation:
    keys: AdbKeys
    known_users: KnownUsers
    signer_cache: SignerCache


def open_android_station(folder: Path, *, reuse_android_home: bool = False) -> AndroidStation:
    """The key pair in `folder` (created on first use), and the phones' users and signers kept there."""
    known_users = KnownUsers()
    known_users.keep_in(folder / USERS_FILE)
    signer_cache = SignerCache()
    signer_cache.keep_in(folder / SIGNERS_FILE)
    keys = load_or_create_adb_keys(folder, reuse_android_home=reuse_android_home)
    return AndroidStation(keys, known_users, signer_cache)
