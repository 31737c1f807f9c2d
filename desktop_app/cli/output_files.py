"""Files the CLI writes where a person says (--receipt): never over a file unasked, never through a link.

A receipt path may sit in a shared folder: following a symbolic link planted there would write
through it, and overwriting silently would lose the receipt that was there.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.core.errors import UsageError


def refuse_existing(path: Path, *, force: bool) -> None:
    """Before any work: UsageError if path is a symbolic link, or exists and force is not given."""
    if path.is_symlink():
        raise UsageError(
            f"{path} is a symbolic link; refusing to write through it", hint="Give another path."
        )
    if path.exists() and not force:
        raise UsageError(
            f"{path} exists; refusing to overwrite it", hint="Give another path, or add --force."
        )


def write_new_file(path: Path, data: bytes, *, force: bool) -> None:
    """Write data to path: created exclusively (O_EXCL never follows a link), or with force replaced whole."""
    refuse_existing(path, force=force)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    target = path if not path.exists() else path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        descriptor = os.open(target, flags, 0o644)
    except FileExistsError as exc:
        raise UsageError(f"{path} appeared while writing; refusing to overwrite it") from exc
    except OSError as exc:
        raise UsageError(f"{path}: cannot be written ({exc.strerror})") from exc
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    if target != path:
        os.replace(target, path)  # replaces the directory entry; never follows a link at path
