"""The CLI's one message presenter: human text to stderr, one JSON document to stdout."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from desktop_app.core.errors import AppAuditError


def emit_json(document: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    json.dump(document, out, indent=2, ensure_ascii=False, default=str)
    out.write("\n")


def say(message: str) -> None:
    print(message, file=sys.stderr)


def out(message: str) -> None:
    print(message)


def present_error(error: AppAuditError) -> None:
    say(f"error: {error.message}")
    if error.hint:
        say(f"what to do: {error.hint}")


def error_document(error: AppAuditError) -> dict[str, Any]:
    return {"error": {"code": error.code, "message": error.message, "hint": error.hint}}
