"""Which users and profiles each Android phone had at its last scan: a hint for the next scan.

The hint lets a warm scan ask for `pm list users` AND the remembered users' app lists at once (one
round trip to the phone instead of two). It is never trusted: the scan always checks it against the
`pm list users` answer of the same round, reads any user the hint missed in a second round and
drops answers for users that no longer exist. A wrong hint (another phone, a profile added or
removed) therefore costs time, never correctness.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable

# Every Android device has user 0 (the system user, even when headless on cars and kiosks), so a
# phone never seen before is asked for user 0's apps in the first round too.
_FIRST_GUESS = (0,)
_DEFAULT_CAPACITY = 256  # phones remembered; a helpdesk sees far fewer in one session


class KnownUsers:
    """Bounded, thread-safe memory of the user ids each phone (by serial) reported last."""

    def __init__(self, capacity: int = _DEFAULT_CAPACITY) -> None:
        self._capacity = max(1, capacity)
        self._users: OrderedDict[str, tuple[int, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def guess(self, serial: str) -> tuple[int, ...]:
        """The users to read in the first round: those seen last time, or user 0 for a new phone."""
        with self._lock:
            users = self._users.get(serial)
            if users is None:
                return _FIRST_GUESS
            self._users.move_to_end(serial)
            return users

    def remember(self, serial: str, users: Iterable[int]) -> None:
        with self._lock:
            self._users[serial] = tuple(users)
            self._users.move_to_end(serial)
            while len(self._users) > self._capacity:
                self._users.popitem(last=False)

    def forget(self, serial: str) -> None:
        with self._lock:
            self._users.pop(serial, None)


# One memory for the whole process: the GUI and the CLI open a new connection for every scan.
KNOWN_USERS = KnownUsers()
