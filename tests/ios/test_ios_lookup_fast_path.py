"""The partial Lookup reader gives the apps the full plistlib parse gives, or defers to it."""

from __future__ import annotations

import plistlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import InventoryFormatError
from desktop_app.core.models import InstalledApp
from desktop_app.devices.ios.bplist import BplistShapeError, LazyBinaryPlist
from desktop_app.devices.ios.lookup_reader import apps_from_binary_lookup_reply
from desktop_app.devices.ios.parsers import apps_from_lookup
from desktop_app.devices.ios.session import RETURN_ATTRIBUTES
from desktop_app.simulators.ios import load_ios_scenario
from desktop_app.simulators.ios.installation_proxy import _selected

_scalars = st.one_of(
    st.text(max_size=12),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=20),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.booleans(),
    st.floats(allow_nan=False),
    st.binary(max_size=12),
)
_metadata = st.dictionaries(
    st.sampled_from(["sourceApp", "itemName", "kind"]), st.text(max_size=20), max_size=3
).map(lambda d: plistlib.dumps(d, fmt=plistlib.FMT_BINARY))
_entitlements = st.dictionaries(
    st.sampled_from(["com.apple.developer.team-identifier", "application-identifier", "get-task-allow"]),
    st.one_of(st.sampled_from(["ABCDE12345", "ABCDE12345.com.x.y", "short.id"]), _scalars),
    max_size=3,
)
_attribute_values = st.one_of(_scalars, st.lists(st.text(max_size=4), max_size=2), _metadata)
_app = st.fixed_dictionaries(
    {},
    optional={
        "CFBundleIdentifier": st.one_of(st.sampled_from(["com.example.a", "com.example.b"]), _scalars),
        "CFBundleDisplayName": st.one_of(st.text(max_size=10), _scalars),
        "CFBundleName": st.text(max_size=10),
        "CFBundleShortVersionString": _attribute_values,
        "CFBundleVersion": st.one_of(st.integers(0, 10**6), st.text(max_size=6)),
        "ApplicationType": st.sampled_from(["User", "System", "Hidden", "Internal"]),
        "IsPlaceholder": st.one_of(st.booleans(), st.sampled_from(["true", "no"])),
        "IsDemotedApp": st.booleans(),
        "iTunesMetadata": st.one_of(_metadata, _scalars),
        "Entitlements": st.one_of(_entitlements, _scalars),
        "SomethingElse": _attribute_values,
    },
)
_lookup = st.dictionaries(st.sampled_from(["com.example.a", "com.example.b", "com.example.c", "x y"]), _app)


def _full(data: bytes) -> list[InstalledApp] | str:
    try:
        return apps_from_lookup(plistlib.loads(data)["LookupResult"])
    except InventoryFormatError as exc:
        return exc.message


def _fast(data: bytes) -> list[InstalledApp] | str | None:
    try:
        return apps_from_binary_lookup_reply(data)
    except InventoryFormatError as exc:
        return exc.message


@settings(max_examples=300, deadline=None)
@given(_lookup)
def test_partial_reader_agrees_with_plistlib(result: dict[str, Any]) -> None:
    data = plistlib.dumps({"LookupResult": result, "Status": "Complete"}, fmt=plistlib.FMT_BINARY)
    fast = _fast(data)
    assert fast is None or fast == _full(data)


_long_text = st.text(alphabet=st.characters(max_codepoint=127), min_size=14, max_size=400)
_long_app = st.fixed_dictionaries(
    {},
    optional={
        "CFBundleIdentifier": st.one_of(st.from_regex(r"com\.[a-z]{12,300}", fullmatch=True), _scalars),
        "CFBundleDisplayName": st.one_of(_long_text, st.just(""), st.lists(st.integers(0, 99), max_size=2)),
        "CFBundleName": st.one_of(
            _long_text, st.just(""), _scalars, st.lists(st.integers(0, 99), max_size=2)
        ),
        "CFBundleShortVersionString": st.one_of(
            _long_text, st.floats(allow_nan=False), st.integers(-(2**63), 2**63 - 1)
        ),
        "ApplicationType": st.one_of(st.sampled_from(["User", "System", "CoreServices"]), _scalars),
        "IsPlaceholder": st.one_of(st.sampled_from(["TRUE", "Yes", "1", "0"]), _scalars),
        "iTunesMetadata": st.dictionaries(
            st.one_of(st.just("sourceApp"), _long_text), st.one_of(_long_text, _scalars), max_size=20
        ).map(lambda d: plistlib.dumps(d, fmt=plistlib.FMT_BINARY)),
        "Entitlements": st.dictionaries(
            st.sampled_from(["com.apple.developer.team-identifier", "application-identifier", "x"]),
            st.one_of(
                st.sampled_from(["ABCDE12345", "ABCDE12345.com.x.y", "abcde12345.x"]),
                _long_text,
                _scalars,
                st.lists(st.integers(0, 99), max_size=2),
            ),
            max_size=3,
        ),
    },
)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.one_of(st.sampled_from(["com.example.a", "x y"]), _long_text), _long_app, max_size=6)
)
def test_partial_reader_agrees_with_plistlib_on_long_values(result: dict[str, Any]) -> None:
    """Long strings (one- and two-byte length fields), large metadata, values the reader skips
    because they cannot change the app (CFBundleName under a display name, application-identifier
    under a valid team-identifier) and values of odd types."""
    data = plistlib.dumps({"LookupResult": result, "Status": "Complete"}, fmt=plistlib.FMT_BINARY)
    fast = _fast(data)
    assert fast is None or fast == _full(data)


def test_the_simulated_phone_reply_is_read_by_the_partial_reader() -> None:
    """Guards the speed-up itself: a reply of the usual shape must not fall back to plistlib."""
    scenario = load_ios_scenario("iphone-250-apps")
    options = {"ApplicationType": "Any", "ShowPlaceholders": True, "ReturnAttributes": RETURN_ATTRIBUTES}
    result = {a["CFBundleIdentifier"]: a for a in _selected(scenario.apps, options)}
    data = plistlib.dumps({"LookupResult": result, "Status": "Complete"}, fmt=plistlib.FMT_BINARY)
    fast = apps_from_binary_lookup_reply(data)
    assert fast is not None
    assert fast == apps_from_lookup(plistlib.loads(data)["LookupResult"])
    assert any(app.installer and app.team_id for app in fast)


def test_other_shapes_are_left_to_the_full_parser() -> None:
    assert apps_from_binary_lookup_reply(plistlib.dumps({"LookupResult": {}})) is None  # XML
    assert apps_from_binary_lookup_reply(plistlib.dumps({"Status": "x"}, fmt=plistlib.FMT_BINARY)) is None
    assert apps_from_binary_lookup_reply(plistlib.dumps([1, 2], fmt=plistlib.FMT_BINARY)) is None
    entry_not_a_dict = plistlib.dumps({"LookupResult": {"com.a.b": [1]}}, fmt=plistlib.FMT_BINARY)
    assert apps_from_binary_lookup_reply(entry_not_a_dict) is None


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0), st.integers(0, 255), st.binary(max_size=64))
def test_damaged_replies_never_crash(position: int, byte: int, noise: bytes) -> None:
    base = {
        "LookupResult": {
            "com.example.a": {
                "CFBundleIdentifier": "com.example.a",
                "CFBundleDisplayName": "Ä app",
                "Entitlements": {"application-identifier": "ABCDE12345.com.example.a"},
                "iTunesMetadata": plistlib.dumps(
                    {"sourceApp": "com.apple.AppStore"}, fmt=plistlib.FMT_BINARY
                ),
            }
        }
    }
    data = bytearray(plistlib.dumps(base, fmt=plistlib.FMT_BINARY))
    data[position % len(data)] = byte
    for blob in (bytes(data), b"bplist00" + noise, bytes(data[: position % len(data)])):
        try:
            result = apps_from_binary_lookup_reply(blob)
        except InventoryFormatError:
            continue
        assert result is None or all(isinstance(app, InstalledApp) for app in result)


def test_reader_rejects_references_outside_the_document() -> None:
    data = bytearray(plistlib.dumps({"a": "b"}, fmt=plistlib.FMT_BINARY))
    data[-9] = 200  # the top object's index, past the object count
    with pytest.raises(BplistShapeError):
        LazyBinaryPlist(bytes(data))
