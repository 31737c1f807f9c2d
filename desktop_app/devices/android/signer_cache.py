"""The signers already read, per APK, kept in the station's data folder so a later scan reads no APK.

An entry is keyed by package, versionCode and the base APK's path. Android installs every update
and every reinstall into a new folder (`/data/app/~~<random>==/<package>-<random>==/`; before
Android 8 `<package>-1` and `-2` alternate), so a changed APK never meets an old entry, even one
re-signed by someone else under the same version code. The file is private to the user (0600).
"""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from pathlib import Path

from desktop_app.devices.android.private_json import replace_private_json

log = logging.getLogger(__name__)

_CAPACITY = 20_000  # APKs remembered over all phones; each entry is ~200 bytes
_HEX64 = frozenset("0123456789abcdef")
CacheKey = tuple[str, str, str]  # package, versionCode, base APK path


def _valid_digests(value: object) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not 0 < len(value) <= 16:
        return None
    if not all(isinstance(d, str) and len(d) == 64 and set(d) <= _HEX64 for d in value):
        return None
    return tuple(value)


class SignerCache:
    """Thread-safe, bounded; with keep_in() also a JSON file written whole and renamed into place.
    One per station (devices/android/station.py), handed to every connection it opens."""

    def __init__(self, capacity: int = _CAPACITY) -> None:
        self._capacity = capacity
        self._entries: OrderedDict[CacheKey, tuple[str, ...]] = OrderedDict()
        self._lock = threading.Lock()
        self._file: Path | None = None
        self._write_lock = threading.Lock()

    def keep_in(self, file: Path) -> None:
        entries = _read(file)
        with self._lock:
            self._file = file
            for key, digests in entries.items():
                self._entries.setdefault(key, digests)
            self._trim()

    def get(self, key: CacheKey) -> tuple[str, ...] | None:
        with self._lock:
            return self._entries.get(key)

    def put_all(self, found: dict[CacheKey, tuple[str, ...]]) -> None:
        if not found:
            return
        with self._lock:
            self._entries.update(found)
            for key in found:
                self._entries.move_to_end(key)
            self._trim()
            file, snapshot = self._file, list(self._entries.items())
        if file is not None:
            self._write(file, snapshot)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def _trim(self) -> None:
        while len(self._entries) > self._capacity:
            self._entries.popitem(last=False)

    def _write(self, file: Path, snapshot: list[tuple[CacheKey, tuple[str, ...]]]) -> None:
        document = [[*key, list(digests)] for key, digests in snapshot]
        with self._write_lock:
            try:
                replace_private_json(file, document)
            except OSError as error:
                log.warning("could not keep the APK signers in %s: %s", file, error)


def _read(file: Path) -> dict[CacheKey, tuple[str, ...]]:
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("ignoring %s (%s): APK signers will be read afresh", file, error)
        return {}
    entries: dict[CacheKey, tuple[str, ...]] = {}
    if not isinstance(document, list):
        return entries
    for item in document[-_CAPACITY:]:
        if isinstance(item, list) and len(item) == 4 and all(isinstance(part, str) for part in item[:3]):
            digests = _valid_digests(item[3])
            if digests is not None:
                entries[(item[0], item[1], item[2])] = digests
    return entries

