"""Parsers of Android shell output, fed with captured text; fuzzed with Hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import InventoryFormatError
from desktop_app.core.models import AppKind, AppState, Platform
from desktop_app.devices.android.parsers import (
    is_valid_package_name,
    parse_dumpsys_packages,
    parse_getprop,
    parse_package_list,
    parse_package_listing,
    parse_users,
)

TIKTOK = (
    "package:/data/app/~~Qm3x==/com.zhiliaoapp.musically-Zk1p==/base.apk=com.zhiliaoapp.musically"
    " versionCode:2023405030  installer=com.android.vending uid:10245"
)
LISTING_ALL_USERS = "\n".join(
    [
        "package:/system/priv-app/Settings/Settings.apk=com.android.settings versionCode:34"
        "  installer=null uid:1000",
        "package:/data/app/~~a1==/com.google.android.gm-b2==/base.apk=com.google.android.gm versionCode:64"
        "  installer=com.android.vending uid:10150,1010150",
        "package:/product/app/Chrome/Chrome.apk=com.android.chrome versionCode:6  installer=null uid:10111",
        "package:/data/app/~~c==/com.zhiliaoapp.musically-d==/base.apk=com.zhiliaoapp.musically"
        " versionCode:2023405030  installer=com.android.vending uid:1010245",
        "",
    ]
)


def test_tiktok_line_splits_path_on_last_equals() -> None:
    [app] = parse_package_list(TIKTOK)
    assert app.app_id == "com.zhiliaoapp.musically"
    assert app.version_code == "2023405030"
    assert app.installer == "com.android.vending"
    assert app.uid == 10245
    assert app.user == 0
    assert app.kind is AppKind.USER
    assert app.platform is Platform.ANDROID
    listing = parse_package_listing(TIKTOK)
    assert listing.lines[0].path == "/data/app/~~Qm3x==/com.zhiliaoapp.musically-Zk1p==/base.apk"


def test_uid_list_gives_one_app_per_user() -> None:
    apps = parse_package_list(LISTING_ALL_USERS)
    by_key = {(a.app_id, a.user): a for a in apps}
    assert set(by_key) == {
        ("com.android.settings", 0),
        ("com.google.android.gm", 0),
        ("com.google.android.gm", 10),
        ("com.android.chrome", 0),
        ("com.zhiliaoapp.musically", 10),
    }
    assert by_key[("com.google.android.gm", 10)].uid == 1010150
    assert by_key[("com.android.settings", 0)].kind is AppKind.SYSTEM
    assert by_key[("com.android.settings", 0)].installer == ""  # installer=null means none
    assert by_key[("com.android.chrome", 0)].kind is AppKind.SYSTEM  # /product is firmware


def test_line_without_uid_belongs_to_the_given_user() -> None:
    apps = parse_package_list("package:com.example.one\npackage:com.example.two versionCode:3\n", user=10)
    assert [(a.app_id, a.user, a.version_code) for a in apps] == [
        ("com.example.one", 10, ""),
        ("com.example.two", 10, "3"),
    ]
    assert {a.user for a in parse_package_list("package:com.example.one")} == {0}


def test_system_flag_set_overrides_path() -> None:
    [app] = parse_package_list(
        "package:/data/app/x==/base.apk=com.oem.updated", include_system_flag={"com.oem.updated"}
    )
    assert app.kind is AppKind.SYSTEM


def test_garbage_lines_are_skipped_and_recorded() -> None:
    text = "WARNING: linker: junk\n" + TIKTOK + "\n\x1b[31mpackage:;rm -rf /\npackage:/x=bad name\n"
    listing = parse_package_listing(text)
    assert [line.name for line in listing.lines] == ["com.zhiliaoapp.musically"]
    assert [n for n, _ in listing.skipped] == [1, 3, 4]


@pytest.mark.parametrize(
    "text",
    [
        "Error: Unknown option: -z",
        "java.lang.SecurityException: Shell does not have permission to access user 11\n\tat com.android...",
        "/system/bin/sh: pmm: inaccessible or not found",
        "[ro.product.model]: [Pixel 8]",
    ],
)
def test_text_that_is_not_a_listing_raises_with_line_number(text: str) -> None:
    with pytest.raises(InventoryFormatError, match=r"line 1"):
        parse_package_list(text)


def test_empty_listing_is_empty_not_an_error() -> None:
    assert parse_package_list("") == []
    assert parse_package_list("\n\n") == []


@pytest.mark.parametrize(
    ("name", "valid"),
    [
        ("com.zhiliaoapp.musically", True),
        ("android", True),
        ("com.example_app.x1", True),
        ("", False),
        ("com..example", False),
        (".com.example", False),
        ("com.example.", False),
        ("com.1example", False),
        ("com.example;reboot", False),
        ("com.example app", False),
        ("com.example'$(id)'", False),
        ("-k", False),
        ("--user", False),
        ("a" * 256, False),
    ],
)
def test_package_name_validation(name: str, valid: bool) -> None:
    assert is_valid_package_name(name) is valid


def test_parse_users() -> None:
    text = "Users:\n\tUserInfo{0:Owner:c13} running\n\tUserInfo{10:Work profile:1030} running\n\tUserInfo{11:Private: space:1090}\n"
    users = parse_users(text)
    assert [(u.user, u.name, u.readable) for u in users] == [
        (0, "Owner", True),
        (10, "Work profile", True),
        (11, "Private: space", True),
    ]
    with pytest.raises(InventoryFormatError, match="line 1"):
        parse_users("Error: something else")


def test_parse_getprop() -> None:
    text = "[ro.product.model]: [Pixel 8]\n[ro.build.version.release]: [14]\n[empty]: []\nnoise\n"
    assert parse_getprop(text) == {
        "ro.product.model": "Pixel 8",
        "ro.build.version.release": "14",
        "empty": "",
    }


DUMPSYS = """\
Activity Resolver Table:
  Non-Data Actions:
      android.intent.action.MAIN:
        1a2b3c com.zhiliaoapp.musically/.MainActivity filter 4d5e
Packages:
  Package [com.zhiliaoapp.musically] (8c1f2a0):
    appId=10245
    pkg=Package{5ad1b2 com.zhiliaoapp.musically}
    codePath=/data/app/~~Qm3x==/com.zhiliaoapp.musically-Zk1p==
    versionCode=2023405030 minSdk=21 targetSdk=33
    versionName=34.5.3
    flags=[ HAS_CODE ALLOW_CLEAR_USER_DATA ALLOW_BACKUP ]
    installerPackageName=com.android.vending
    User 0: ceDataInode=1234 installed=true hidden=false suspended=false stopped=false notLaunched=false enabled=0
      firstInstallTime=2024-01-01 10:00:00
    User 10: ceDataInode=0 installed=false hidden=false suspended=false stopped=true notLaunched=true enabled=0
  Package [com.android.settings] (77aa):
    userId=1000
    codePath=/system/priv-app/Settings
    versionCode=34 minSdk=34 targetSdk=34
    versionName=14
    flags=[ SYSTEM HAS_CODE PERSISTENT ]
    installerPackageName=null
    User 0: ceDataInode=1 installed=true hidden=false suspended=false stopped=false notLaunched=false enabled=3
Hidden system packages:
  Package [com.android.ghost] (1):
    versionName=9
"""


def test_parse_dumpsys_packages() -> None:
    packages = parse_dumpsys_packages(DUMPSYS)
    assert set(packages) == {"com.zhiliaoapp.musically", "com.android.settings"}
    tiktok = packages["com.zhiliaoapp.musically"]
    assert tiktok.version_name == "34.5.3"
    assert tiktok.version_code == "2023405030"
    assert tiktok.installer == "com.android.vending"
    assert not tiktok.system
    assert tiktok.users[0].app_state is AppState.ENABLED
    assert tiktok.users[10].app_state is AppState.UNINSTALLED_WITH_DATA
    settings_pkg = packages["com.android.settings"]
    assert settings_pkg.system
    assert settings_pkg.installer == ""
    assert settings_pkg.users[0].app_state is AppState.DISABLED
    assert parse_dumpsys_packages("Unable to find package: com.nope") == {}


# --- fuzzing: random and hostile text never crashes a parser ---------------------------------------

_hostile_fragments = st.sampled_from(
    [
        "package:",
        "=",
        "==",
        " versionCode:",
        "  installer=",
        " uid:",
        ",",
        "\n",
        "\r\n",
        "\x00",
        "\x1b[2J",
        "<b>TikTok</b>",
        "$(reboot)",
        "`id`",
        "; rm -rf /",
        "'",
        '"',
        "UserInfo{",
        "}",
        ":",
        " running",
        "Packages:",
        "  Package [",
        "] (",
        "):",
        "    User ",
        "installed=",
        "enabled=",
        "[",
        "]: [",
        "com.zhiliaoapp.musically",
        "/data/app/~~x==/",
        "9" * 30,
        "-1",
        "\t",
        " ",
    ]
)
_hostile_text = st.lists(st.one_of(_hostile_fragments, st.text(max_size=20)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=400), _hostile_text))
def test_parsers_never_crash_on_random_text(text: str) -> None:
    for parse in (parse_package_list, parse_users):
        try:
            result = parse(text)
        except InventoryFormatError as error:
            assert "line" in str(error)
        else:
            assert isinstance(result, list)
    assert isinstance(parse_getprop(text), dict)
    packages = parse_dumpsys_packages(text)
    assert all(is_valid_package_name(name) for name in packages)


@settings(max_examples=200, deadline=None)
@given(_hostile_text)
def test_every_parsed_package_name_is_shell_safe(text: str) -> None:
    try:
        apps = parse_package_list(text)
    except InventoryFormatError:
        return
    for app in apps:
        assert is_valid_package_name(app.app_id)
        assert app.user is not None and app.user >= 0


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.from_regex(r"[a-z][a-z0-9_]{0,8}(\.[a-z][a-z0-9_]{0,8}){1,3}", fullmatch=True),
            st.integers(min_value=0, max_value=2**40),
            st.lists(st.integers(min_value=0, max_value=20), min_size=1, max_size=3, unique=True),
        ),
        max_size=20,
    )
)
def test_well_formed_listing_round_trips(rows: list[tuple[str, int, list[int]]]) -> None:
    lines = []
    expected = set()
    names_seen = set()
    for name, code, users in rows:
        if name in names_seen:
            continue
        names_seen.add(name)
        uids = ",".join(str(u * 100000 + 10123) for u in users)
        lines.append(
            f"package:/data/app/~~r==/{name}-q==/base.apk={name} versionCode:{code}  installer=null uid:{uids}"
        )
        expected |= {(name, u, str(code)) for u in users}
    apps = parse_package_list("\n".join(lines))
    assert {(a.app_id, a.user, a.version_code) for a in apps} == expected
