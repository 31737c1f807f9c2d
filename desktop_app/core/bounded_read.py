"""Read a file people hand us, never more than a cap: /dev/zero or a 60 MB "policy" stops at the cap.

Every file parsed by App Audit (policy, signature, config, keys, saved listings, receipts) goes
through read_at_most, so no parser ever sees more than its cap and nothing is read whole first.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.core.errors import UsageError

KIB = 1024
MIB = 1024 * KIB

POLICY_MAX_BYTES = (
    512 * KIB
)  # the bundled policy is 3 KiB; 512 KiB holds thousands of rules, read in under 1 s
SIGNATURE_MAX_BYTES = 64 * KIB
CONFIG_MAX_BYTES = 256 * KIB
KEY_MAX_BYTES = 64 * KIB  # PEM keys and webhook secrets
INVENTORY_MAX_BYTES = 16 * MIB  # a saved listing of every app of a full phone is well under 2 MiB
RECEIPT_MAX_BYTES = 64 * KIB  # a receipt is about 1 KiB


class FileTooLargeError(OSError):
    """The file holds more than the cap allowed for its kind."""

    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(f"{path}: larger than {describe_size(limit)}")
        self.limit = limit
        self.strerror = f"larger than {describe_size(limit)}"


def describe_size(limit: int) -> str:
    if limit >= MIB and limit % MIB == 0:
        return f"{limit // MIB} MiB"
    return f"{limit // KIB} KiB"


def read_at_most(path: Path, limit: int) -> bytes:
    """The file's bytes, or FileTooLargeError if it holds more than limit (OSError for the rest).

    Opened non-blocking so a FIFO without a writer cannot hang the open; read in blocking mode.
    """
    non_blocking = getattr(os, "O_NONBLOCK", 0)  # POSIX only; Windows has no FIFOs to fear here
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | non_blocking)
    try:
        if non_blocking:
            os.set_blocking(descriptor, True)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, MIB))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileTooLargeError(path, limit)
    return data


def read_input_file(path: Path, limit: int) -> bytes:
    """read_at_most for a file named on the command line or in settings: UsageError if unreadable."""
    try:
        return read_at_most(path, limit)
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror or exc})") from exc


def read_key_file(path: Path) -> bytes:
    """A PEM key or a webhook secret file."""
    return read_input_file(path, KEY_MAX_BYTES)
