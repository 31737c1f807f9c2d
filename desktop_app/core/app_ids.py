"""Validation of app ids before they go anywhere near a device shell."""

from __future__ import annotations

import re

from desktop_app.core.errors import InvalidAppIdError

# Android package names and iOS bundle ids: dot-separated segments of letters, digits, '_' and '-'.
# Always fullmatch: `$` would accept a trailing newline, which a shell then reads as a second line.
_APP_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*")
MAX_APP_ID_LENGTH = 255


def is_valid_app_id(app_id: str) -> bool:
    return len(app_id) <= MAX_APP_ID_LENGTH and _APP_ID.fullmatch(app_id) is not None


def validate_app_id(app_id: str) -> str:
    """Return app_id unchanged, or raise InvalidAppIdError naming it (as plain data)."""
    if not is_valid_app_id(app_id):
        raise InvalidAppIdError(f"{app_id!r} is not a valid app id")
    return app_id
