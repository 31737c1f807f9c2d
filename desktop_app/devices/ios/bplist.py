"""Reads chosen values out of a binary plist without building its whole object tree.

installation_proxy's Lookup reply for ~275 apps is ~110 kB of binary plist with ~10,000 objects, most
of them entitlements and metadata the audit never looks at; plistlib builds every one of them in pure
Python. This reader decodes the object offset table in one C call and then only the objects asked
for. Strings are shared between apps in a binary plist (every "CFBundleIdentifier" key is the same
object), so decoded strings are remembered per object.

Device bytes are untrusted: every length and reference is bounds-checked, and anything outside the
small subset read here raises BplistShapeError, on which callers fall back to the full parser.
"""

from __future__ import annotations

import struct
from collections.abc import Callable

_TRAILER = struct.Struct(">6xBBQQQ")
_INT_FORMATS = {1: "B", 2: "H", 4: "L", 8: "Q"}
_HEADER = b"bplist00"

Scalar = str | int | float | bool | bytes


class BplistShapeError(Exception):
    """Not a binary plist this reader handles (or a damaged one): parse it in full instead."""


class LazyBinaryPlist:
    __slots__ = ("_data", "_end", "_offsets", "_ref_format", "_ref_size", "_unpackers", "known", "top")

    def __init__(self, data: bytes) -> None:
        if len(data) < len(_HEADER) + _TRAILER.size or not data.startswith(_HEADER):
            raise BplistShapeError("not a binary plist")
        offset_size, ref_size, count, top, table = _TRAILER.unpack_from(data, len(data) - _TRAILER.size)
        offset_format, ref_format = _INT_FORMATS.get(offset_size), _INT_FORMATS.get(ref_size)
        end = len(data) - _TRAILER.size
        if offset_format is None or ref_format is None or not 0 <= top < count <= end:
            raise BplistShapeError("odd binary plist trailer")
        if table < len(_HEADER) or table + count * offset_size > end:
            raise BplistShapeError("offset table outside the document")
        offsets = struct.unpack_from(f">{count}{offset_format}", data, table)
        if min(offsets) < len(_HEADER) or max(offsets) >= table:
            raise BplistShapeError("an object offset points outside the object area")
        self._data = data
        self._end = table  # objects lie between the header and the offset table
        self._offsets: tuple[int, ...] = offsets
        self._ref_format = ref_format
        self._ref_size = ref_size
        # Reference lists by length: dictionaries of one shape recur hundreds of times per reply.
        self._unpackers: dict[int, Callable[[bytes, int], tuple[int, ...]]] = {}
        self.known: dict[int, Scalar] = {}  # decoded scalars by object reference
        self.top: int = top

    def _sized(self, at: int, marker: int) -> tuple[int, int]:
        """(length, first content byte) of the object whose marker byte is at `at`."""
        length = marker & 0xF
        if length != 0xF:
            return length, at + 1
        size_marker = self._data[at + 1]
        if size_marker >> 4 != 0x1 or size_marker & 0xF > 3:
            raise BplistShapeError("odd length field")
        width = 1 << (size_marker & 0xF)
        start = at + 2 + width
        if start > self._end:
            raise BplistShapeError("length field runs past the objects")
        return int.from_bytes(self._data[at + 2 : start], "big"), start

    def string(self, ref: int) -> str:
        value = self.scalar(ref)
        if not isinstance(value, str):
            raise BplistShapeError("not a string")
        return value

    def dictionary(self, ref: int) -> dict[str, int]:
        """A dictionary object as {key: value reference}; keys must be strings. Later duplicates win,
        as in plistlib."""
        size, refs = self._dictionary_refs(ref)
        known, string = self.known, self.string
        # Keys are shared between dictionaries: most are already decoded (checked inline, no call).
        keys: list[str] = [known[key] if key in known else string(key) for key in refs[:size]]  # type: ignore[misc]
        return dict(zip(keys, refs[size:], strict=True))

    def pick(self, ref: int, wanted: frozenset[str]) -> dict[str, int]:
        """dictionary(ref) restricted to the `wanted` keys (every key must still be a string)."""
        size, refs = self._dictionary_refs(ref)
        known, string = self.known, self.string
        picked: dict[str, int] = {}
        for index in range(size):
            key = refs[index]
            name = known[key] if key in known else string(key)
            if name in wanted:
                picked[name] = refs[size + index]  # type: ignore[index]
        return picked

    def _dictionary_refs(self, ref: int) -> tuple[int, tuple[int, ...]]:
        """(number of keys, key references then value references) of a dictionary object."""
        try:
            at = self._offsets[ref]
        except IndexError:
            raise BplistShapeError("reference to an object that does not exist") from None
        marker = self._data[at]
        if marker >> 4 != 0xD:
            raise BplistShapeError("not a dictionary")
        size = marker & 0xF
        if size == 0xF:
            size, start = self._sized(at, marker)
        else:
            start = at + 1
        if start + 2 * size * self._ref_size > self._end:
            raise BplistShapeError("dictionary runs past the objects")
        unpack = self._unpackers.get(size)
        if unpack is None:
            unpack = self._unpackers[size] = struct.Struct(f">{2 * size}{self._ref_format}").unpack_from
        return size, unpack(self._data, start)

    def find(self, ref: int, key: str) -> int | None:
        """The value reference of an ASCII `key` in a dictionary object whose keys are all ASCII
        strings, comparing raw bytes (nothing decoded); None when absent. Later duplicates win."""
        encoded = key.encode("ascii")
        if len(encoded) >= 0xF:
            raise BplistShapeError("only short keys are looked up by their bytes")
        needle = bytes([0x50 | len(encoded)]) + encoded
        width = len(needle)
        size, refs = self._dictionary_refs(ref)
        data, offsets = self._data, self._offsets
        found: int | None = None
        try:
            for index in range(size):
                at = offsets[refs[index]]
                if data[at] >> 4 != 0x5:
                    raise BplistShapeError("a key that is not an ASCII string")
                if data[at : at + width] == needle:
                    found = refs[size + index]
        except IndexError:
            raise BplistShapeError("reference to an object that does not exist") from None
        return found

    def scalar(self, ref: int) -> Scalar:
        """A string, integer, real, boolean or data object as plistlib would return it.

        Remembered per object: a binary plist stores each distinct value once, and keys and common
        values ("User", true, "1") are shared by hundreds of apps.
        """
        known = self.known.get(ref)
        if known is not None:
            return known
        try:
            at = self._offsets[ref]
        except IndexError:
            raise BplistShapeError("reference to an object that does not exist") from None
        data = self._data
        marker = data[at]
        kind = marker >> 4
        value: Scalar
        if kind in (0x4, 0x5, 0x6):
            length = marker & 0xF
            if length != 0xF:
                start = at + 1
            elif data[at + 1] == 0x10:  # a one-byte length (most names and bundle ids): inline
                length, start = data[at + 2], at + 3
            else:
                length, start = self._sized(at, marker)
            stop = start + (2 * length if kind == 0x6 else length)
            if stop > self._end:
                raise BplistShapeError("string or data runs past the objects")
            if kind == 0x4:
                value = data[start:stop]
            else:
                try:
                    value = data[start:stop].decode("ascii" if kind == 0x5 else "utf-16-be")
                except UnicodeDecodeError as exc:
                    raise BplistShapeError("undecodable string") from exc
        elif marker in (0x08, 0x09):
            value = marker == 0x09
        elif kind == 0x1 and marker & 0xF <= 3:
            width = 1 << (marker & 0xF)
            if at + 1 + width > self._end:
                raise BplistShapeError("integer runs past the objects")
            value = int.from_bytes(data[at + 1 : at + 1 + width], "big", signed=width == 8)
        elif marker in (0x22, 0x23):
            width = 4 if marker == 0x22 else 8
            if at + 1 + width > self._end:
                raise BplistShapeError("real runs past the objects")
            value = struct.unpack_from(">f" if width == 4 else ">d", data, at + 1)[0]
        else:
            raise BplistShapeError(f"object type 0x{marker:02x} is not read here")
        self.known[ref] = value
        return value
