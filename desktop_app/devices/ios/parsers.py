"""Pure parsers for iPhone app listings (installation_proxy attributes).

Fed with what the connector receives from installation_proxy, or with captured output of
`ideviceinstaller -l -o xml` / `ideviceinstaller list --xml` (an XML plist array of app dicts) and
`pymobiledevice3 apps list` (JSON: bundle id -> attributes). Device strings are untrusted data: every
field is type-checked, nothing is evaluated.
"""

from __future__ import annotations

import json
import plistlib
import re
from collections.abc import Iterable, Mapping
from typing import Any
from xml.parsers.expat import ExpatError

from desktop_app.core.errors import InventoryFormatError
from desktop_app.core.models import AppKind, AppState, InstalledApp, Platform

# Bundle ids are reverse-DNS strings; Apple allows letters, digits, '.', '-' (and '_' in practice).
# Always used with fullmatch: `$` alone would accept a trailing newline.
BUNDLE_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,254}")
# A team identifier is ten upper-case letters or digits (e.g. "ABCDE12345").
_TEAM_ID_RE = re.compile(r"^[A-Z0-9]{10}$")
_SYSTEM_TYPES = frozenset({"System", "Internal", "Hidden", "CoreServices"})
# What plistlib raises on bytes that are not a plist it can read (damaged or crafted by the phone).
UNREADABLE_PLIST: tuple[type[Exception], ...] = (
    plistlib.InvalidFileException,
    ExpatError,
    ValueError,  # UnicodeDecodeError too
    TypeError,
    OverflowError,
    LookupError,  # KeyError, IndexError, and an XML declaration naming an unknown encoding
    AttributeError,
    RecursionError,
)


def is_valid_bundle_id(value: str) -> bool:
    return bool(BUNDLE_ID_RE.fullmatch(value))


def _text(attrs: Mapping[str, Any], key: str) -> str:
    value = attrs.get(key)
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _truthy(attrs: Mapping[str, Any], key: str) -> bool:
    value = attrs.get(key)
    return value is True or (isinstance(value, str) and value.lower() in ("true", "yes", "1"))


def _team_id(attrs: Mapping[str, Any]) -> str:
    entitlements = attrs.get("Entitlements")
    if not isinstance(entitlements, Mapping):
        return ""
    explicit = entitlements.get("com.apple.developer.team-identifier")
    if isinstance(explicit, str) and _TEAM_ID_RE.fullmatch(explicit):
        return explicit
    app_identifier = entitlements.get("application-identifier")
    if isinstance(app_identifier, str) and "." in app_identifier:
        # "TEAMID.bundle.id": the prefix before the first dot names the signing team.
        prefix = app_identifier.partition(".")[0]
        if _TEAM_ID_RE.fullmatch(prefix):
            return prefix
    return ""


def _installer(attrs: Mapping[str, Any]) -> str:
    metadata = attrs.get("iTunesMetadata")
    if isinstance(metadata, Mapping) and isinstance(metadata.get("$hex"), str):
        # pymobiledevice3's JSON output spells bytes as {"$hex": "..."}.
        try:
            metadata = bytes.fromhex(metadata["$hex"])
        except ValueError:
            metadata = None
    if isinstance(metadata, bytes | bytearray):
        # installation_proxy returns iTunesMetadata as a nested binary/XML plist in <data>.
        try:
            metadata = plistlib.loads(bytes(metadata))
        except UNREADABLE_PLIST:
            metadata = None
    if isinstance(metadata, Mapping):
        source = metadata.get("sourceApp")
        if isinstance(source, str):
            return source
    return ""


def app_from_attributes(attrs: Mapping[str, Any]) -> InstalledApp:
    """One installation_proxy attribute dict -> InstalledApp (user is None on iPhones)."""
    if not isinstance(attrs, Mapping):
        raise InventoryFormatError(f"an app entry must be a dictionary, not {type(attrs).__name__}")
    bundle_id = attrs.get("CFBundleIdentifier")
    if not isinstance(bundle_id, str) or not is_valid_bundle_id(bundle_id):
        raise InventoryFormatError(f"app entry without a valid CFBundleIdentifier: {bundle_id!r:.80}")
    app_type = _text(attrs, "ApplicationType")
    offloaded = _truthy(attrs, "IsPlaceholder") or _truthy(attrs, "IsDemotedApp")
    return InstalledApp(
        app_id=bundle_id,
        platform=Platform.IOS,
        label=_text(attrs, "CFBundleDisplayName") or _text(attrs, "CFBundleName"),
        version_name=_text(attrs, "CFBundleShortVersionString"),
        version_code=_text(attrs, "CFBundleVersion"),
        installer=_installer(attrs),
        user=None,
        kind=AppKind.SYSTEM if app_type in _SYSTEM_TYPES else AppKind.USER,
        state=AppState.OFFLOADED if offloaded else AppState.ENABLED,
        team_id=_team_id(attrs),
    )


def apps_from_attribute_dicts(entries: Iterable[object]) -> list[InstalledApp]:
    """Many attribute dicts -> apps, de-duplicated by bundle id (first wins)."""
    seen: dict[str, InstalledApp] = {}
    for entry in entries:
        if not isinstance(entry, Mapping):
            raise InventoryFormatError(f"an app entry must be a dictionary, not {type(entry).__name__}")
        app = app_from_attributes(entry)
        seen.setdefault(app.app_id, app)
    return list(seen.values())


def _from_mapping(data: Mapping[str, Any]) -> list[InstalledApp]:
    entries: list[object] = []
    for key, value in data.items():
        if not isinstance(value, Mapping):
            raise InventoryFormatError(f"entry {key!r:.80} is not a dictionary of app attributes")
        # pymobiledevice3 keys the listing by bundle id; the attributes usually repeat it.
        needs_id = "CFBundleIdentifier" not in value and isinstance(key, str)
        entries.append({**value, "CFBundleIdentifier": key} if needs_id else value)
    return apps_from_attribute_dicts(entries)


def _from_document(document: object) -> list[InstalledApp]:
    if isinstance(document, list):
        return apps_from_attribute_dicts(document)
    if isinstance(document, Mapping):
        # A Lookup reply ({"LookupResult": {...}}) is accepted as well as a bare bundle -> attrs dict.
        inner = document.get("LookupResult")
        if isinstance(inner, Mapping):
            return _from_mapping(inner)
        return _from_mapping(document)
    raise InventoryFormatError(
        f"an iPhone app listing is a list or a dictionary of apps, not {type(document).__name__}"
    )


def _looks_like_plist(data: bytes) -> bool:
    head = data.lstrip()[:64]
    return head.startswith((b"<?xml", b"<plist", b"<!DOCTYPE", b"bplist"))


def parse_app_listing(data: bytes) -> list[InstalledApp]:
    """Parse an ideviceinstaller XML plist or a pymobiledevice3 JSON listing into apps.

    Raises InventoryFormatError for anything that is not such a listing.
    """
    if not isinstance(data, bytes | bytearray):
        raise InventoryFormatError("an app listing must be bytes")
    data = bytes(data)
    if not data.strip():
        raise InventoryFormatError("the app listing is empty")
    document: object
    if _looks_like_plist(data):
        try:
            document = plistlib.loads(data)
        except UNREADABLE_PLIST as exc:
            raise InventoryFormatError(f"the app listing is not a valid plist: {exc}") from exc
    else:
        try:
            document = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise InventoryFormatError(
                "the app listing is neither an XML plist (ideviceinstaller) nor JSON "
                f"(pymobiledevice3 apps list): {exc}"
            ) from exc
    try:
        return _from_document(document)
    except RecursionError as exc:
        raise InventoryFormatError("the app listing is nested too deeply") from exc


def apps_from_lookup(result: Mapping[str, Any]) -> list[InstalledApp]:
    """installation_proxy's LookupResult (bundle id -> attributes) -> apps."""
    if not isinstance(result, Mapping):
        raise InventoryFormatError("a LookupResult must be a dictionary of apps")
    return _from_mapping(result)
