"""The pure iPhone listing parsers: real-shaped captures and fuzzed garbage."""

from __future__ import annotations

import contextlib
import json
import plistlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import InventoryFormatError
from desktop_app.core.models import AppKind, AppState, Platform
from desktop_app.devices.ios.parsers import app_from_attributes, parse_app_listing

TIKTOK = {
    "CFBundleIdentifier": "com.zhiliaoapp.musically",
    "CFBundleDisplayName": "TikTok",
    "CFBundleName": "TikTok",
    "CFBundleShortVersionString": "34.1.0",
    "CFBundleVersion": "341015",
    "ApplicationType": "User",
    "Entitlements": {"application-identifier": "6VDTR5XDJB.com.zhiliaoapp.musically"},
    "iTunesMetadata": plistlib.dumps({"sourceApp": "com.apple.AppStore", "artistName": "TikTok Ltd."}),
}
DOUYIN = {
    "CFBundleIdentifier": "com.ss.iphone.ugc.Aweme",
    "CFBundleDisplayName": "抖音",
    "CFBundleShortVersionString": "30.2.0",
    "CFBundleVersion": "30.2.0.12",
    "ApplicationType": "User",
    "IsPlaceholder": True,
    "IsDemotedApp": True,
    "Entitlements": {"com.apple.developer.team-identifier": "Y8X6XW4D3Z"},
}
SAFARI = {
    "CFBundleIdentifier": "com.apple.mobilesafari",
    "CFBundleName": "Safari",
    "CFBundleShortVersionString": "17.5",
    "CFBundleVersion": "8618.2.12",
    "ApplicationType": "System",
}


def test_user_app_attributes() -> None:
    app = app_from_attributes(TIKTOK)
    assert app.app_id == "com.zhiliaoapp.musically"
    assert app.platform is Platform.IOS
    assert (app.label, app.version_name, app.version_code) == ("TikTok", "34.1.0", "341015")
    assert app.kind is AppKind.USER and app.state is AppState.ENABLED
    assert app.team_id == "6VDTR5XDJB"
    assert app.installer == "com.apple.AppStore"
    assert app.user is None


def test_placeholder_is_offloaded_and_team_from_explicit_entitlement() -> None:
    app = app_from_attributes(DOUYIN)
    assert app.state is AppState.OFFLOADED
    assert app.label == "抖音"
    assert app.team_id == "Y8X6XW4D3Z"


def test_system_app_falls_back_to_bundle_name() -> None:
    app = app_from_attributes(SAFARI)
    assert app.kind is AppKind.SYSTEM
    assert app.label == "Safari"
    assert app.team_id == "" and app.installer == ""


def test_ideviceinstaller_xml_array() -> None:
    data = plistlib.dumps([TIKTOK, DOUYIN, SAFARI], fmt=plistlib.FMT_XML)
    apps = parse_app_listing(data)
    assert [a.app_id for a in apps] == [
        "com.zhiliaoapp.musically",
        "com.ss.iphone.ugc.Aweme",
        "com.apple.mobilesafari",
    ]


def _hexify(value: object) -> object:
    if isinstance(value, bytes):
        return {"$hex": value.hex()}
    if isinstance(value, dict):
        return {k: _hexify(v) for k, v in value.items()}
    return value


def test_pymobiledevice3_json_dict() -> None:
    listing = {a["CFBundleIdentifier"]: _hexify(a) for a in (TIKTOK, DOUYIN, SAFARI)}
    apps = parse_app_listing(json.dumps(listing, ensure_ascii=False).encode())
    by_id = {a.app_id: a for a in apps}
    assert by_id["com.zhiliaoapp.musically"].installer == "com.apple.AppStore"
    assert by_id["com.ss.iphone.ugc.Aweme"].state is AppState.OFFLOADED
    assert len(apps) == 3


def test_json_array_and_bundle_key_fallback() -> None:
    assert parse_app_listing(json.dumps([_hexify(SAFARI)]).encode())[0].app_id == "com.apple.mobilesafari"
    keyed = {"com.example.app": {"CFBundleName": "Example"}}
    assert parse_app_listing(json.dumps(keyed).encode())[0].app_id == "com.example.app"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   ",
        b"not json",
        b"42",
        b'"text"',
        b"[1, 2]",
        b'{"a": 3}',
        b"<?xml version='1.0'?><plist>",
        plistlib.dumps([{"CFBundleIdentifier": "bad id; rm -rf /"}]),
        plistlib.dumps({"CFBundleIdentifier": 5}),
        b"\xff\xfe garbage",
    ],
)
def test_not_a_listing_raises_format_error(data: bytes) -> None:
    with pytest.raises(InventoryFormatError) as info:
        parse_app_listing(data)
    assert info.value.message


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data: bytes) -> None:
    with contextlib.suppress(InventoryFormatError):
        parse_app_listing(data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_fuzz_json_documents(document: object) -> None:
    try:
        apps = parse_app_listing(json.dumps(document).encode())
    except InventoryFormatError:
        return
    assert all(a.platform is Platform.IOS for a in apps)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200), st.integers(min_value=0, max_value=2000))
def test_fuzz_corrupted_plists(noise: bytes, cut: int) -> None:
    base = plistlib.dumps([TIKTOK, DOUYIN, SAFARI])
    for data in (base[:cut], base[:cut] + noise + base[cut:], b"bplist00" + noise):
        with contextlib.suppress(InventoryFormatError):
            parse_app_listing(data)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "CFBundleIdentifier",
                "CFBundleDisplayName",
                "ApplicationType",
                "IsPlaceholder",
                "Entitlements",
                "iTunesMetadata",
                "CFBundleVersion",
            ]
        ),
        json_values | st.binary(max_size=30),
        max_size=7,
    )
)
def test_fuzz_attribute_dicts(attrs: dict[str, object]) -> None:
    with contextlib.suppress(InventoryFormatError):
        app_from_attributes(attrs)
