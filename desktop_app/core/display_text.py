"""Strings from phones and policies, made safe to show a person: the one escaper of human output.

A phone chooses its model, name and app labels; a policy its titles. Printed as they are,
ESC [ ... sequences repaint the terminal, U+202E reverses the text after it, and a newline
inside a label forges a line such as "COMPLIANT: no banned app found". Every human output
(terminal, CSV) shows such characters as visible escapes (\\x1b, \\u202e, \\n) and cuts long
values; JSON output keeps the exact strings (json escapes what it must).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields, replace
from typing import Any, TypeVar

from desktop_app.core.models import InstalledApp, Inventory

_Record = TypeVar("_Record", bound=Any)

DEFAULT_LIMIT = 120  # characters of one value in a line of human output
CSV_LIMIT = 1000  # a spreadsheet cell: room for every real value, not for a 10,000-character label
ELLIPSIS = "…"

# Unicode categories that are never printed as they are: controls (C0, C1 such as U+009B CSI),
# format characters (bidi overrides and isolates, zero-width joiners), line and paragraph
# separators, and lone surrogates (undecodable bytes).
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
_FORMULA_STARTS = ("=", "+", "-", "@")


def _escape(character: str) -> str:
    code = ord(character)
    if character == "\n":
        return "\\n"
    if character == "\r":
        return "\\r"
    if character == "\t":
        return "\\t"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _needs_escape(character: str) -> bool:
    return unicodedata.category(character) in _ESCAPED_CATEGORIES


def escaped(text: str, *, keep_newlines: bool = False) -> str:
    """text with every control, format and separator character written as a visible escape."""
    if text.isprintable():  # the common case: nothing to do (isprintable is False for all of those)
        return text
    return "".join(_escape(c) if _needs_escape(c) and not (keep_newlines and c == "\n") else c for c in text)


def shown(value: object, limit: int = DEFAULT_LIMIT) -> str:
    """A phone- or policy-supplied value as one safe line of at most limit characters (+ '…')."""
    text = "" if value is None else str(value)
    cut = len(text) > limit
    if cut:
        text = text[:limit]
    text = escaped(text)
    return text + ELLIPSIS if cut else text


def csv_cell(value: object) -> object:
    """A value for a CSV cell: strings escaped and cut, and never read as a spreadsheet formula."""
    if not isinstance(value, str):
        return value
    text = shown(value, CSV_LIMIT)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


# A lone surrogate (an undecodable byte in a file name or argument, a "\ud800" escape in a saved JSON
# listing) cannot be written as UTF-8: stored rows, receipts and messages keep U+FFFD in its place.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def _str_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.type in ("str", str))


def utf8_safe(value: _Record) -> _Record:
    """A frozen dataclass (Device, InstalledApp, RemovalResult...) with no lone surrogate in its text."""
    names = _str_fields(type(value))
    changes = {}
    for name in names:
        text = getattr(value, name)
        if isinstance(text, str) and _LONE_SURROGATE.search(text):
            changes[name] = without_lone_surrogates(text)
    return replace(value, **changes) if changes else value


def utf8_safe_inventory(inventory: Inventory) -> Inventory:
    """The inventory with no lone surrogate in any app's text; itself (no copy) in the common case."""
    names = _str_fields(InstalledApp)
    joined = "".join(getattr(app, name) for app in inventory.apps for name in names) + inventory.problem
    if not _LONE_SURROGATE.search(joined):
        return inventory
    return replace(
        inventory,
        apps=tuple(utf8_safe(app) for app in inventory.apps),
        problem=without_lone_surrogates(inventory.problem),
    )
