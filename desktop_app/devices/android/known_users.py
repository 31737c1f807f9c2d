"""Which users and profiles each Android phone had at its last scan: a hint for the next scan.

The hint lets a warm scan ask for `pm list users` AND the remembered users' app lists at once (one
round trip to the phone instead of two). It is never trusted: the scan always checks it against the
`pm list users` answer of the same round, reads any user the hint missed in a second round and
drops answers for users that no longer exist. A wrong hint (another phone, a profile added or
removed) therefore costs time, never correctness.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

from desktop_app.devices.android.private_json import replace_private_json

log = logging.getLogger(__name__)

# Every Android device has user 0 (the system user, even when headless on cars and kiosks), so a
# phone never seen before is asked for user 0's apps in the first round too.
_FIRST_GUESS = (0,)
_DEFAULT_CAPACITY = 256  # phones remembered; a helpdesk sees far fewer in one session
_MAX_USER_ID = 1_000_000  # Android user ids are small (0, 10, 11, ...): anything else is not ours


class KnownUsers:
    """Bounded, thread-safe memory of the user ids each phone (by serial) reported last.

    One per station (devices/android/station.py), handed to every connection it opens: the window
    and the command line open a new connection for every scan."""

    def __init__(self, capacity: int = _DEFAULT_CAPACITY) -> None:
        self._capacity = max(1, capacity)
        self._users: OrderedDict[str, tuple[int, ...]] = OrderedDict()
        self._lock = threading.Lock()
        self._file: Path | None = None
        self._in_file: dict[str, tuple[int, ...]] = {}  # what the file holds, as far as we know
        self._write_lock = threading.Lock()  # one writer of the file at a time in this process

    def keep_in(self, file: Path) -> None:
        """Also remember across runs, in this file (JSON), and take in what it holds now.

        Every command-line scan is a new process; without the file each would learn a phone's
        profiles anew, in a second round trip. A missing, unreadable or odd file is an empty memory.
        """
        remembered = _read(file)
        with self._lock:
            self._file, self._in_file = file, remembered
            for serial, users in remembered.items():
                if serial not in self._users:
                    self._users[serial] = users
                    self._users.move_to_end(serial, last=False)  # what this run saw stays newer
            while len(self._users) > self._capacity:
                self._users.popitem(last=False)

    def guess(self, serial: str) -> tuple[int, ...]:
        """The users to read in the first round: those seen last time, or user 0 for a new phone."""
        with self._lock:
            users = self._users.get(serial)
            if users is None:
                return _FIRST_GUESS
            self._users.move_to_end(serial)
            return users

    def remember(self, serial: str, users: Iterable[int]) -> None:
        known = tuple(users)
        with self._lock:
            self._users[serial] = known
            self._users.move_to_end(serial)
            while len(self._users) > self._capacity:
                self._users.popitem(last=False)
            file, snapshot = self._file, dict(self._users)
            if file is None or snapshot == self._in_file:
                return  # the usual scan: the same users as last time, nothing to write
            self._in_file = snapshot
        self._write(file, snapshot)

    def _write(self, file: Path, snapshot: dict[str, tuple[int, ...]]) -> None:
        # Another process writing at the same time may win; the file is a hint, so either memory will do.
        with self._write_lock:
            try:
                replace_private_json(file, {serial: list(users) for serial, users in snapshot.items()})
            except OSError as error:
                log.warning("could not keep the phones' users in %s: %s", file, error)


def _read(file: Path) -> dict[str, tuple[int, ...]]:
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("ignoring %s (%s): the phones' users will be read afresh", file, error)
        return {}
    if not isinstance(document, dict):
        return {}
    return {
        serial: tuple(users)
        for serial, users in document.items()
        if isinstance(serial, str)
        and 0 < len(serial) <= 256
        and isinstance(users, list)
        and users
        and all(type(user) is int and 0 <= user < _MAX_USER_ID for user in users)
    }

