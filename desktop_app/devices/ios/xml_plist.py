"""XML plists (usbmuxd and lockdownd speak them) read through ElementTree's C tree builder.

plistlib's XML reader calls back into Python for every element start, end and text run; the
usbmuxd device list and lockdownd's replies cost a cold scan about as much CPU as everything else in
connecting. ElementTree builds the tree in C and the values are then made in one pass.

Only the plain shape every usbmuxd and lockdownd message has is read here (plist, dict with
alternating keys and values, array, string, integer, real, true, false, data); anything else (dates,
comments, CDATA, processing instructions, entity declarations, odd nesting, unknown elements, parse
errors) raises XmlShapeError, on which callers hand the bytes to the full parser. For every document
accepted, the value is the one plistlib.loads gives (a differential test holds it to that).
"""

from __future__ import annotations

import binascii
import plistlib
import re
from typing import Any
from xml.etree.ElementTree import Element, ParseError, fromstring

_DOCTYPE = b"<!DOCTYPE"
# plistlib's header and its test for characters a plist string cannot hold (all controls but \t \n \r).
_HEADER = plistlib.dumps({}).decode("ascii").partition("<dict/>")[0].rstrip("\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class XmlShapeError(Exception):
    """Not a plist this reader handles: parse it in full instead."""


def _check_markup(data: bytes) -> None:
    if not data.startswith((b"<?xml", b"<plist")):
        raise XmlShapeError("not an XML plist header this reader handles")
    if data.find(b"<?", 1) != -1:
        raise XmlShapeError("processing instruction")
    declaration = data.find(b"<!")
    if declaration != -1:
        # Only the plain DOCTYPE line plistlib and Apple write: no internal subset, no comments.
        end = data.find(b">", declaration)
        if (
            not data.startswith(_DOCTYPE, declaration)
            or end == -1
            or b"[" in data[declaration:end]
            or data.find(b"<!", declaration + 1) != -1
        ):
            raise XmlShapeError("comment, CDATA or declaration")


def loads_xml_plist(data: bytes) -> Any:
    """The value of an XML plist, as plistlib.loads gives it; XmlShapeError for anything else."""
    _check_markup(data)
    try:
        # Safe on device bytes: _check_markup let no entity declaration or internal subset through
        # (no entity expansion), and ElementTree never fetches external entities.
        root = fromstring(data)  # noqa: S314
    except (ParseError, ValueError, LookupError) as exc:
        raise XmlShapeError(f"not well-formed: {exc}") from exc
    if root.tag != "plist" or len(root) != 1:
        raise XmlShapeError("the root is not a plist element with one value")
    try:
        return _value(root[0])
    except RecursionError as exc:
        raise XmlShapeError("nested too deeply for this reader") from exc
    except (ValueError, binascii.Error) as exc:
        # plistlib raises for these too; its own error is the one to report.
        raise XmlShapeError(f"a value plistlib would reject: {exc}") from exc


def _value(element: Element) -> Any:
    tag = element.tag
    if tag == "dict":
        children = list(element)
        if len(children) % 2:
            raise XmlShapeError("a key without a value")
        result: dict[str, Any] = {}
        for index in range(0, len(children), 2):
            key, value = children[index], children[index + 1]
            if key.tag != "key" or len(key) or value.tag == "key":
                raise XmlShapeError("dictionary children do not alternate key and value")
            result[key.text or ""] = _value(value)
        return result
    if tag == "array":
        items: list[Any] = []
        for child in element:
            if child.tag == "key":
                raise XmlShapeError("a key inside an array")
            items.append(_value(child))
        return items
    if len(element):
        raise XmlShapeError(f"{tag} with child elements")
    text = element.text or ""
    if tag == "string":
        return text
    if tag == "integer":
        return int(text, 16) if text.startswith(("0x", "0X")) else int(text)
    if tag == "true":
        return True
    if tag == "false":
        return False
    if tag == "data":
        return binascii.a2b_base64(text.encode("utf-8"))
    if tag == "real":
        return float(text)
    raise XmlShapeError(f"element {tag!r} is not read here")


class _UnsupportedValueError(Exception):
    """A value the quick writer leaves to plistlib (which may then raise its own error)."""


def dumps_xml_plist(value: Any) -> bytes:
    """plistlib.dumps(value) byte for byte. Dictionaries, lists, strings, integers and booleans (every
    lockdownd request a scan sends) are written here in one pass; anything else, and anything
    plistlib would refuse, is handed to plistlib."""
    lines = [_HEADER]
    try:
        _write(value, 0, lines)
        lines.append("</plist>\n")
        return "\n".join(lines).encode("utf-8")
    except (_UnsupportedValueError, TypeError, UnicodeEncodeError):
        return plistlib.dumps(value)


def _escaped(text: str) -> str:
    if _CONTROL.search(text):
        raise _UnsupportedValueError("control character")
    return (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


def _write(value: Any, level: int, lines: list[str]) -> None:
    indent = "\t" * level
    kind = type(value)
    if kind is str:
        lines.append(f"{indent}<string>{_escaped(value)}</string>")
    elif value is True:
        lines.append(f"{indent}<true/>")
    elif value is False:
        lines.append(f"{indent}<false/>")
    elif kind is int:
        if not -(1 << 63) <= value < 1 << 64:
            raise _UnsupportedValueError("integer out of range")
        lines.append(f"{indent}<integer>{value:d}</integer>")
    elif kind is dict:
        if not value:
            lines.append(f"{indent}<dict/>")
            return
        lines.append(f"{indent}<dict>")
        for key, item in sorted(value.items()):  # plistlib sorts keys
            if type(key) is not str:
                raise _UnsupportedValueError("a key that is not a string")
            lines.append(f"{indent}\t<key>{_escaped(key)}</key>")
            _write(item, level + 1, lines)
        lines.append(f"{indent}</dict>")
    elif kind is list or kind is tuple:
        if not value:
            lines.append(f"{indent}<array/>")
            return
        lines.append(f"{indent}<array>")
        for item in value:
            _write(item, level + 1, lines)
        lines.append(f"{indent}</array>")
    else:
        raise _UnsupportedValueError(f"{kind.__name__} is left to plistlib")
