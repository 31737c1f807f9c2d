"""Translate sqlite3 failures into StoreError, at the storage boundary.

The person in front of the screen needs to know whether to wait (locked),
free space (full), restore a backup (corrupt) or fix permissions (read-only).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.core.errors import StoreError

# (sqlite error-name prefix, our code, what happened, what to do)
_KINDS: tuple[tuple[str, str, str, str], ...] = (
    (
        "SQLITE_BUSY",
        "store_locked",
        "the database is locked by another program",
        "Another App Audit window or command is writing to it: wait a moment and retry.",
    ),
    (
        "SQLITE_LOCKED",
        "store_locked",
        "the database is locked",
        "Another App Audit window or command is writing to it: wait a moment and retry.",
    ),
    (
        "SQLITE_READONLY",
        "store_read_only",
        "the database is read-only",
        "Give your user write access to the database file and its folder, or choose another with --db.",
    ),
    (
        "SQLITE_FULL",
        "store_disk_full",
        "the disk is full",
        "Free some disk space, then retry.",
    ),
    (
        "SQLITE_IOERR",
        "store_io",
        "a disk input/output error occurred",
        "Check the disk or network share holding the database, then retry.",
    ),
    (
        "SQLITE_CORRUPT",
        "store_corrupt",
        "the database file is damaged",
        "Restore the database from a backup, or move it aside so a new one is created.",
    ),
    (
        "SQLITE_NOTADB",
        "store_corrupt",
        "the file is not an App Audit database",
        "Check the --db path, or move the file aside so a new database is created.",
    ),
    (
        "SQLITE_CANTOPEN",
        "store_cannot_open",
        "the database file cannot be opened",
        "Check that the folder exists and that your user may write to it.",
    ),
)


def store_error(exc: sqlite3.Error, action: str, path: Path) -> StoreError:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    for prefix, code, what, hint in _KINDS:
        if name.startswith(prefix):
            return StoreError(f"Could not {action} in {path}: {what} ({text}).", hint=hint, code=code)
    if "locked" in text:  # errors raised without an error name (older drivers)
        return StoreError(
            f"Could not {action} in {path}: the database is locked ({text}).",
            hint=_KINDS[0][3],
            code="store_locked",
        )
    return StoreError(f"Could not {action} in {path}: {text}.", code="store")


@contextmanager
def translated(action: str, path: Path) -> Iterator[None]:
    """Run a block, turning sqlite3 and file-system errors into StoreError."""
    try:
        yield
    except sqlite3.Error as exc:
        raise store_error(exc, action, path) from exc
    except OSError as exc:
        raise StoreError(f"Could not {action} in {path}: {exc.strerror or exc}.", code="store_io") from exc
