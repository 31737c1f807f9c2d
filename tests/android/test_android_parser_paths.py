"""The fast parsers agree with the careful ones on any text (random, hostile, and real captures)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.devices.android.parsers import (
    DumpsysPackage,
    PackageListing,
    _fast_listing,
    _user_state,
    is_valid_package_name,
    parse_dumpsys_packages,
    parse_package_line,
)
from desktop_app.simulators.android import load_android_scenario
from desktop_app.simulators.android.shell import AndroidShell

_LINE_PARTS = st.sampled_from(
    [
        "package:",
        "/data/app/~~Qm3x==/com.x-Zk1p==/base.apk=",
        "/system/app/A/A.apk=",
        "=",
        "com.zhiliaoapp.musically",
        "android",
        "bad-name",
        " versionCode:",
        "2023405030",
        "-1",
        "  installer=",
        " installer=",
        "null",
        "com.android.vending",
        " uid:",
        "10245",
        ",1010245",
        " ",
        "\t",
        "\r",
        "\n",
        "\n\n",
        "\x85",
        "garbage",
    ]
)
_LISTINGS = st.lists(_LINE_PARTS, max_size=40).map("".join)


def _careful(text: str) -> PackageListing | None:
    """The line-by-line reading: every non-blank line must parse, else None (the fast path's contract)."""
    lines = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        parsed = parse_package_line(raw)
        if parsed is None:
            return None
        lines.append(parsed)
    return PackageListing(lines=tuple(lines))


@settings(max_examples=400, deadline=None)
@given(st.one_of(_LISTINGS, st.text(max_size=200)))
def test_fast_listing_never_disagrees_with_the_line_parser(text: str) -> None:
    fast = _fast_listing(text)
    if fast is not None:  # when the fast path answers, it answers what the careful path would
        assert fast == _careful(text)


def test_fast_listing_reads_a_whole_simulated_listing() -> None:
    shell = AndroidShell(load_android_scenario("pixel-work-profile"))
    text = shell.run("pm list packages -f -i -U --show-versioncode -u --user 0").stdout.decode()
    fast = _fast_listing(text)
    assert fast is not None and len(fast.lines) > 200
    assert fast == _careful(text)


# The single-pass dumpsys reader against the earlier split-then-scan reader, kept here as the oracle.
_SECTION_START = re.compile(r"^Packages:[ \t]*$", re.M)
_TOP_LEVEL = re.compile(r"^\S", re.M)
_PACKAGE_HEADER = re.compile(r"^  Package \[([^\]\n]{1,300})\] \([0-9a-fA-F]{1,16}\):[ \t]*$", re.M)
_BLOCK_FIELD = re.compile(
    r"^    (?:(versionName|versionCode|codePath|installerPackageName|flags|pkgFlags)=(\[[^\]\n]*\]|\S*)"
    r"|User (\d{1,7}): ([^\n]*))",
    re.M,
)


def _oracle_block(name: str, body: str) -> DumpsysPackage:
    fields: dict[str, str] = {}
    users = {}
    for match in _BLOCK_FIELD.finditer(body):
        key, value, user, user_fields = match.groups()
        if key is not None:
            fields.setdefault(key, value)
        elif int(user) not in users:
            users[int(user)] = _user_state(user_fields)
    flag_text = f"{fields.get('flags', '')} {fields.get('pkgFlags', '')}"
    installer = fields.get("installerPackageName", "")
    return DumpsysPackage(
        name=name,
        version_name=fields.get("versionName", ""),
        version_code=fields.get("versionCode", ""),
        code_path=fields.get("codePath", ""),
        installer="" if installer == "null" else installer,
        system="SYSTEM" in flag_text.replace("[", " ").replace("]", " ").split(),
        users=users,
    )


def _oracle_dumpsys(text: str) -> dict[str, DumpsysPackage]:
    packages: dict[str, DumpsysPackage] = {}
    text = text.replace("\r\n", "\n")
    for section_start in _SECTION_START.finditer(text):
        begin = section_start.end()
        end_match = _TOP_LEVEL.search(text, begin + 1)
        section = text[begin : end_match.start() if end_match else len(text)]
        parts = _PACKAGE_HEADER.split(section)
        for index in range(1, len(parts) - 1, 2):
            name, body = parts[index], parts[index + 1]
            if is_valid_package_name(name) and name not in packages:
                packages[name] = _oracle_block(name, body)
    return packages


_DUMPSYS_PARTS = st.sampled_from(
    [
        "Packages:\n",
        "Packages:",
        "Hidden system packages:\n",
        "Key Set Manager:\n",
        "  Package [com.a] (abc1):\n",
        "  Package [com.b] (ff):\n",
        "  Package [bad name] (12):\n",
        "  Package [com.a] (zz):\n",
        "    versionName=1.2\n",
        "    versionName=3.4\n",
        "    versionCode=7 minSdk=26\n",
        "    flags=[ SYSTEM HAS_CODE ]\n",
        "    pkgFlags=[ SYSTEM ]\n",
        "    flags=[ HAS_CODE ]\n",
        "    installerPackageName=null\n",
        "    installerPackageName=com.android.vending\n",
        "    codePath=/data/app/x\n",
        "    User 0: installed=true enabled=0\n",
        "    User 10: installed=false enabled=3\n",
        "    User 0: installed=false\n",
        "      firstInstallTime=2024\n",
        "\r\n",
        "\n",
        " ",
        "x",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(_DUMPSYS_PARTS, max_size=40).map("".join), st.text(max_size=200)))
def test_single_pass_dumpsys_matches_the_earlier_reader(text: str) -> None:
    assert parse_dumpsys_packages(text) == _oracle_dumpsys(text)


def test_single_pass_dumpsys_on_a_full_simulated_dump() -> None:
    shell = AndroidShell(load_android_scenario("pixel-work-profile"))
    text = shell.run("dumpsys package packages").stdout.decode()
    parsed = parse_dumpsys_packages(text)
    assert len(parsed) > 200
    assert parsed == _oracle_dumpsys(text)
