"""installation_proxy's binary Lookup reply straight into InstalledApp, reading only what the audit uses.

The device layer's one fast path, kept because `bench/ios_scan.py --compare-plain-parser` shows, in
one run on the realistic setting (50 ms per Lookup), that it saves at least 20% end to end (the rule):
8 iPhones at once 151 ms with it vs 208 ms with the plain parser (plistlib + parsers.apps_from_lookup),
-27%; one cold scan 67 vs 78 ms; a warm scan 60 vs 79 ms (run of 2026-12-07, after the usbmuxd dialer).

A scan reads ~275 apps; the client's CPU per scan decides how many iPhones one process can audit at
once (one interpreter runs Python on one core at a time). So the per-app loop here avoids every
intermediate: no attribute dictionary per app, no helper call per field. Attribute keys are shared
objects in a binary plist, so each key object is named once per reply and then found by reference;
decoded values are remembered per object as well.

Exactly the apps that ios_parsers.apps_from_lookup gives for plistlib's parse of the same bytes, or
None for any shape read here differently (XML, non-scalar attributes, odd encodings, damage), which the
caller then parses in full. Differential tests (tests/ios/test_ios_lookup_fast_path.py) hold it to that.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from operator import itemgetter

from desktop_app.core.errors import InventoryFormatError
from desktop_app.core.models import AppKind, AppState, InstalledApp, Platform
from desktop_app.devices.ios.bplist import _INT_FORMATS, _TRAILER, BplistShapeError, LazyBinaryPlist, Scalar
from desktop_app.devices.ios.parsers import (
    _SYSTEM_TYPES,
    _TEAM_ID_RE,
    BUNDLE_ID_RE,
    _installer,
)

# The attributes app_from_attributes reads, in the order a picker gives their value references.
_SLOTS = {
    name: slot
    for slot, name in enumerate(
        (
            "CFBundleIdentifier",
            "CFBundleDisplayName",
            "CFBundleName",
            "CFBundleShortVersionString",
            "CFBundleVersion",
            "ApplicationType",
            "IsPlaceholder",
            "IsDemotedApp",
            "iTunesMetadata",
            "Entitlements",
        )
    )
}
_ENTITLEMENT_SLOTS = {"com.apple.developer.team-identifier": 0, "application-identifier": 1}
_SOURCE_APP = b"\x59sourceApp"  # the key as a binary plist ASCII string object: marker, then bytes
_IOS, _USER, _SYSTEM, _ENABLED, _OFFLOADED = (
    Platform.IOS,
    AppKind.USER,
    AppKind.SYSTEM,
    AppState.ENABLED,
    AppState.OFFLOADED,
)
_TRUE_WORDS = frozenset(("true", "yes", "1"))
_PAD = (None,)  # appended to a dictionary's references: where a picker finds an absent attribute
_Picker = Callable[[tuple[int | None, ...]], tuple[int | None, ...]]


def _text(value: Scalar | None) -> str:
    """ios_parsers._text for a decoded scalar."""
    if type(value) is str:
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _truthy(value: Scalar | None) -> bool:
    return value is True or (isinstance(value, str) and value.lower() in _TRUE_WORDS)


def _metadata_source_app(blob: bytes) -> str | None:
    """The top-level "sourceApp" string of a small binary plist ("" when absent or not a string), as
    ios_parsers._binary_plist_top_string reads it; None for any other shape (the caller then asks
    ios_parsers._installer). One function, no object: it runs for nearly every app."""
    size = len(blob)
    if size < 40 or blob[:8] != b"bplist00":
        return None
    offset_size, ref_size, count, top, table = _TRAILER.unpack_from(blob, size - 32)
    offset_format, ref_format = _INT_FORMATS.get(offset_size), _INT_FORMATS.get(ref_size)
    if offset_format is None or ref_format is None or not 0 <= top < count <= size - 32:
        return None
    if table < 8 or table + count * offset_size > size - 32:
        return None
    offsets = struct.unpack_from(f">{count}{offset_format}", blob, table)
    if min(offsets) < 8 or max(offsets) >= table:
        return None
    at = offsets[top]
    marker = blob[at]
    if marker >> 4 != 0xD:
        return None
    length, start = marker & 0xF, at + 1
    if length == 0xF:  # 15 keys or more (Apple's own metadata has dozens): the length follows
        size_marker = blob[at + 1]
        if size_marker >> 4 != 0x1 or size_marker & 0xF > 3:
            return None
        start = at + 2 + (1 << (size_marker & 0xF))
        if start > table:
            return None
        length = int.from_bytes(blob[at + 2 : start], "big")
    if start + 2 * length * ref_size > table:
        return None
    refs = struct.unpack_from(f">{2 * length}{ref_format}", blob, start)
    found = -1
    for index in range(length):
        key = refs[index]
        if key >= count:
            return None
        key_at = offsets[key]
        if blob[key_at] >> 4 != 0x5:
            return None  # a key that is not an ASCII string
        if blob[key_at : key_at + 10] == _SOURCE_APP:
            found = refs[length + index]
    if found < 0:
        return ""
    if found >= count:
        return None
    at = offsets[found]
    marker = blob[at]
    if marker >> 4 == 0x5:  # an ASCII string, as bundle ids are
        length, start = marker & 0xF, at + 1
        if length == 0xF:
            size_marker = blob[at + 1]
            if size_marker >> 4 != 0x1 or size_marker & 0xF > 3:
                return None
            start = at + 2 + (1 << (size_marker & 0xF))
            length = int.from_bytes(blob[at + 2 : start], "big")
        if start + length > table:
            return None
        try:
            return blob[start : start + length].decode("ascii")
        except UnicodeDecodeError:
            return None
    try:  # another type: the general reader
        value = LazyBinaryPlist(blob).scalar(found)
    except BplistShapeError:
        return None
    return value if isinstance(value, str) else ""


def _installer_of(value: Scalar | None) -> str:
    """ios_parsers._installer for a decoded iTunesMetadata scalar."""
    if not isinstance(value, bytes):
        return ""
    quick = _metadata_source_app(value)
    return quick if quick is not None else _installer({"iTunesMetadata": value})


def apps_from_binary_lookup_reply(data: bytes) -> list[InstalledApp] | None:
    """The apps in a binary Lookup reply ({"LookupResult": {bundle id: attributes}}), de-duplicated by
    bundle id (first wins); None for any other shape. Raises InventoryFormatError for an app without
    a valid bundle id, as apps_from_lookup does (only once the whole reply was read: a shape this
    reader leaves to plistlib anywhere in it defers the verdict to the full parse).

    It does not look at the objects it skips, so damage confined to them goes unnoticed, as it would
    for a phone that never sent them.
    """
    try:
        plist = LazyBinaryPlist(data)
        result = plist.dictionary(plist.top).get("LookupResult")
        if result is None:
            return None
        entries = plist.dictionary(result)
        return _read_apps(plist, entries)
    except BplistShapeError:
        return None


def _layout(keys: tuple[int, ...], slots: dict[str, int], string: Callable[[int], str]) -> _Picker:
    """For dictionaries with these key objects (in this order): a picker taking the dictionary's
    references plus _PAD and giving each slot's value reference (the last duplicate, as in
    plistlib), or None. Every key must be a string, as the full parser's dictionaries need."""
    size = len(keys)
    positions = [2 * size] * len(slots)  # the None appended after the references
    for index, key in enumerate(keys):
        slot = slots.get(string(key))
        if slot is not None:
            positions[slot] = size + index
    return itemgetter(*positions)


class _TeamReader:
    """ios_parsers._team_id of an Entitlements dictionary object, decoding application-identifier
    only when the team-identifier entitlement is not a valid team id."""

    def __init__(self, plist: LazyBinaryPlist) -> None:
        self._plist = plist
        self._layouts: dict[tuple[int, ...], _Picker] = {}

    def __call__(self, ref: int) -> str:
        plist = self._plist
        size, refs = plist._dictionary_refs(ref)
        keys = refs[:size]
        pick = self._layouts.get(keys)
        if pick is None:
            pick = self._layouts[keys] = _layout(keys, _ENTITLEMENT_SLOTS, plist.string)
        explicit_ref, app_identifier_ref = pick(refs + _PAD)
        if explicit_ref is not None:
            explicit = plist.scalar(explicit_ref)
            if isinstance(explicit, str) and _TEAM_ID_RE.fullmatch(explicit):
                return explicit
        if app_identifier_ref is not None:
            app_identifier = plist.scalar(app_identifier_ref)
            if isinstance(app_identifier, str) and "." in app_identifier:
                # "TEAMID.bundle.id": the prefix before the first dot names the signing team.
                prefix = app_identifier.partition(".")[0]
                if _TEAM_ID_RE.fullmatch(prefix):
                    return prefix
        return ""


def _read_apps(plist: LazyBinaryPlist, entries: dict[str, int]) -> list[InstalledApp]:
    """The per-app loop. A value is decoded only when it can change the app: a display name makes
    CFBundleName irrelevant, a valid team-identifier entitlement makes application-identifier so."""
    dictionary_refs, string, scalar, known = plist._dictionary_refs, plist.string, plist.scalar, plist.known
    read_team_id = _TeamReader(plist)
    # Key objects are shared, so apps of one shape (most of them) share one layout.
    layouts: dict[tuple[int, ...], _Picker] = {}
    seen: dict[str, InstalledApp] = {}
    problem: InventoryFormatError | None = None
    for outer_id, ref in entries.items():
        size, refs = dictionary_refs(ref)
        keys = refs[:size]
        pick = layouts.get(keys)
        if pick is None:
            pick = layouts[keys] = _layout(keys, _SLOTS, string)
        (
            bundle_ref,
            display_ref,
            name_ref,
            short_version_ref,
            version_ref,
            type_ref,
            placeholder_ref,
            demoted_ref,
            metadata_ref,
            entitlements_ref,
        ) = pick(refs + _PAD)
        if bundle_ref is None:
            bundle_id: Scalar = outer_id
        else:
            bundle_id = known[bundle_ref] if bundle_ref in known else scalar(bundle_ref)
        if type(bundle_id) is not str or not BUNDLE_ID_RE.fullmatch(bundle_id):
            if problem is None:
                problem = InventoryFormatError(
                    f"app entry without a valid CFBundleIdentifier: {bundle_id!r:.80}"
                )
            continue
        if bundle_id in seen or problem is not None:
            continue  # a later app is still read: a shape left to plistlib anywhere decides first
        label = ""
        if display_ref is not None:
            value = known[display_ref] if display_ref in known else scalar(display_ref)
            label = value if type(value) is str else _text(value)
        if not label and name_ref is not None:
            value = known[name_ref] if name_ref in known else scalar(name_ref)
            label = value if type(value) is str else _text(value)
        short_version = version = app_type = ""
        if short_version_ref is not None:
            value = known[short_version_ref] if short_version_ref in known else scalar(short_version_ref)
            short_version = value if type(value) is str else _text(value)
        if version_ref is not None:
            value = known[version_ref] if version_ref in known else scalar(version_ref)
            version = value if type(value) is str else _text(value)
        if type_ref is not None:
            value = known[type_ref] if type_ref in known else scalar(type_ref)
            app_type = value if type(value) is str else _text(value)
        offloaded = (placeholder_ref is not None and _truthy(scalar(placeholder_ref))) or (
            demoted_ref is not None and _truthy(scalar(demoted_ref))
        )
        installer = ""
        if metadata_ref is not None:
            installer = _installer_of(scalar(metadata_ref))
        team_id = "" if entitlements_ref is None else read_team_id(entitlements_ref)
        seen[bundle_id] = InstalledApp(
            bundle_id,
            _IOS,
            label,
            short_version,
            version,
            installer,
            None,
            _SYSTEM if app_type in _SYSTEM_TYPES else _USER,
            _OFFLOADED if offloaded else _ENABLED,
            None,
            (),
            team_id,
        )
    if problem is not None:
        raise problem
    return list(seen.values())
