"""The station's Android hint files (users per phone, APK signers): JSON only the owner can read.

Written whole and renamed into place, so a reader never sees half a file; created 0600 whatever the
umask, because serials and app lists say something about the people who plugged their phones in.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

PRIVATE_FILE_MODE = 0o600


def replace_private_json(file: Path, document: object) -> None:
    """Write document to file (0600) through a temporary file; OSError is the caller's to log."""
    file.parent.mkdir(parents=True, exist_ok=True)
    partial = file.with_name(f".{file.name}.{os.getpid()}.tmp")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        json.dump(document, out)
    os.chmod(partial, PRIVATE_FILE_MODE)  # a partial file left by an older version may be more open
    os.replace(partial, file)
