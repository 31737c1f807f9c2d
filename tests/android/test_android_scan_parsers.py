"""The scan's one-pass readers answer exactly what the careful line readers answer, on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import InventoryFormatError
from desktop_app.devices.android import scan_parsers as android_scan_parsers
from desktop_app.devices.android.connector import _VERSIONS, _user_commands
from desktop_app.devices.android.parsers import (
    parse_dumpsys_packages,
    parse_package_listing,
    parse_package_names,
)
from desktop_app.devices.android.scan_parsers import (
    PackageRow,
    PackageSummary,
    listing_rows,
    package_names,
    package_rows,
    summarise_dumpsys,
)
from desktop_app.simulators.android import load_android_scenario
from desktop_app.simulators.android.shell import AndroidShell

from .test_android_parser_paths import _DUMPSYS_PARTS, _LISTINGS


def _careful_rows(text: str) -> tuple[list[PackageRow], int] | str:
    """The careful reader's answer in the rows' shape (or the error it raises)."""
    try:
        listing = parse_package_listing(text)
    except InventoryFormatError as error:
        return str(error)
    rows = [
        (line.path, line.name, line.version_code, line.installer, ",".join(map(str, line.uids)))
        for line in listing.lines
    ]
    return rows, sum(1 for _, line in listing.skipped if "package:" in line)


def _normalised(rows: list[PackageRow]) -> list[PackageRow]:
    """Rows as the connector reads them: "null" is no installer, uids are numbers."""
    return [
        (
            path,
            name,
            code,
            "" if installer == "null" else installer,
            ",".join(str(int(u)) for u in uids.split(",")) if uids else "",
        )
        for path, name, code, installer, uids in rows
    ]


def _rows_or_error(text: str) -> tuple[list[PackageRow], int] | str:
    try:
        rows, garbled = listing_rows(text)
    except InventoryFormatError as error:
        return str(error)
    return _normalised(rows), garbled


def _mostly(good: list[str], hostile: list[str]) -> st.SearchStrategy[str]:
    """One of `good`, or now and then one of `hostile` (so whole listings are often well formed)."""
    return st.sampled_from(good * 4 + hostile)


_LINES = st.tuples(
    _mostly(["package:", "package:/system/app/A/A.apk=", "package:/data/app/~~Qm==/x-Zk==/base.apk="], ["x"]),
    _mostly(["com.a", "android", "com.zhiliaoapp.musically"], ["bad-name", "a" * 256, "com.b="]),
    _mostly(["", " versionCode:34", " versionCode:-1"], [" versionCode:x"]),
    _mostly(["", "  installer=null", " installer=com.android.vending", "  installer="], [" installer"]),
    _mostly(["", " uid:10245", " uid:1010245,10245", " uid:007"], [" uid:"]),
    _mostly(["", " ", "\r", "\t\r"], ["\x85", "\x0b"]),
).map("".join)
_WELL_FORMED_LISTINGS = st.tuples(
    st.lists(_LINES, max_size=8), st.sampled_from(["\n", "\r\n", "\n\n"]), st.booleans()
).map(lambda parts: parts[1].join(parts[0]) + (parts[1] if parts[2] else ""))


@settings(max_examples=500, deadline=None)
@given(st.one_of(_WELL_FORMED_LISTINGS, _LISTINGS, st.text(max_size=200)))
def test_listing_rows_match_the_careful_reader(text: str) -> None:
    assert _rows_or_error(text) == _careful_rows(text)


_NAME_PARTS = st.sampled_from(
    ["package:", "com.a", "android", "bad-name", " ", "\t", "\r", "\n", "\r\n", "\x85", "\u2028", "="]
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.lists(_NAME_PARTS, max_size=30).map("".join), st.text(max_size=200)))
def test_package_names_match_the_careful_reader(text: str) -> None:
    assert package_names(text) == parse_package_names(text)


def _careful_summary(text: str) -> PackageSummary:
    packages = parse_dumpsys_packages(text)
    return PackageSummary(
        {name: package.version_name for name, package in packages.items()},
        frozenset(name for name, package in packages.items() if package.system),
    )


_BLOCK_NAMES = st.sampled_from(["android", "com.a", "com.b", "bad name", "x" * 256])
_VERSION_NAMES = st.sampled_from(["1.2", "", "[x]", "[x]y", "14-ab", "a b"])
_FLAGS = st.sampled_from([" SYSTEM HAS_CODE ", " HAS_CODE ", "", " [SYSTEM ", "SYSTEM", " SYSTEM\x85"])
_BLOCKS = st.lists(st.tuples(_BLOCK_NAMES, _VERSION_NAMES, _FLAGS), max_size=6).map(
    lambda blocks: "".join(
        f"  Package [{name}] (ab12):\n    versionName={version}\n    flags=[{flags}]\n"
        for name, version, flags in blocks
    )
)
_FILTERED_DUMPS = st.tuples(
    st.lists(_DUMPSYS_PARTS, max_size=3).map("".join),
    st.sampled_from(["Packages:\n", "Packages: \n", "Packages:", ""]),
    _BLOCKS,
    st.lists(_DUMPSYS_PARTS, max_size=6).map("".join),
).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.one_of(_FILTERED_DUMPS, st.lists(_DUMPSYS_PARTS, max_size=40).map("".join), st.text(max_size=200)))
def test_dumpsys_summary_matches_the_careful_reader(text: str) -> None:
    assert summarise_dumpsys(text) == _careful_summary(text)


@pytest.fixture(scope="module")
def pixel_shell() -> AndroidShell:
    return AndroidShell(load_android_scenario("pixel-work-profile"))


def test_the_scans_real_outputs_take_the_one_pass_readers(pixel_shell: AndroidShell) -> None:
    # The fast paths must be the ones a scan takes, or the scan pays for the careful readers.
    dump = pixel_shell.run(_VERSIONS).stdout.decode()
    fast = android_scan_parsers._fast_summary(dump)
    assert fast is not None and len(fast.version_names) > 200
    assert fast == _careful_summary(dump)
    assert "com.android.settings" in fast.system and "com.zhiliaoapp.musically" not in fast.system
    for user in (0, 10):
        listing, disabled, installed = (pixel_shell.run(c).stdout.decode() for c in _user_commands(user))
        rows = package_rows(listing)
        assert rows is not None and len(rows) > 200
        assert (_normalised(rows), 0) == _careful_rows(listing)
        for names in (disabled, installed):
            found = android_scan_parsers._NAME_LINE.findall(names)
            assert found and len(found) == names.count("\n")
            assert package_names(names) == parse_package_names(names)
