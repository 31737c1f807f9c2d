"""The CLI's one message presenter: human text to stderr, one JSON document to stdout.

Commands put every phone- or policy-supplied value through display_text.shown before building a
line; say/out escape whatever control character is left, as a last guard, keeping the line breaks
the command itself wrote.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from desktop_app.core.display_text import escaped, shown
from desktop_app.core.errors import AppAuditError

ERROR_LINE_LIMIT = 400  # an error line quotes values; a 10,000-character one is cut


def emit_json(document: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    json.dump(document, out, indent=2, ensure_ascii=False, default=str)
    out.write("\n")


def say(message: str) -> None:
    print(escaped(message, keep_newlines=True), file=sys.stderr)


def out(message: str) -> None:
    print(escaped(message, keep_newlines=True))


def present_error(error: AppAuditError) -> None:
    lines = error.message.split("\n")
    say(
        "\n".join(
            f"{'error: ' if i == 0 else ''}{shown(line, ERROR_LINE_LIMIT)}" for i, line in enumerate(lines)
        )
    )
    if error.hint:
        say(f"what to do: {shown(error.hint, ERROR_LINE_LIMIT)}")


def error_document(error: AppAuditError) -> dict[str, Any]:
    return {"error": {"code": error.code, "message": error.message, "hint": error.hint}}
