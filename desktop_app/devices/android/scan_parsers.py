"""The scan's readers of `pm list packages` and `dumpsys package`: a C-speed pass for the usual text.

A scan of several phones at once is bound by this process's CPU (one GIL), so the common case,
text that is exactly what Android prints, is read by one `findall` per output with no Python work
per line. Anything else (a blank or garbled line, an odd block) goes to the careful line readers of
android_parsers, and the answer is the same either way: tests/android/test_android_parser_paths.py
checks each fast reader against the careful one on random, hostile and real text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

from desktop_app.devices.android.parsers import (
    _FAST_PACKAGE_LINE,
    _PACKAGE_NAME,
    _PACKAGE_NAME_MAX,
    parse_dumpsys_packages,
    parse_package_listing,
    parse_package_names,
)

# One listing line as the scan reads it: (source dir, name, version code, installer, uids), each ""
# when absent; the installer may be "null" (none) and the uids are comma-separated.
PackageRow = tuple[str, str, str, str, str]
_NAME_OF_ROW = itemgetter(1)


def _line_count(text: str) -> int:
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)


def package_rows(text: str) -> list[PackageRow] | None:
    """Every line of a `pm list packages -f -i -U --show-versioncode` output, when every line is one.

    None when any line is blank or not a well-formed package line (the careful reader decides
    then). Each match of the line regex is exactly one whole line (anchored at a line start, it
    consumes its newline and cannot cross one), so as many matches as lines means all lines matched.
    """
    rows: list[PackageRow] = _FAST_PACKAGE_LINE.findall(text)
    if len(rows) != _line_count(text):
        return None
    if rows and max(map(len, map(_NAME_OF_ROW, rows))) > _PACKAGE_NAME_MAX:
        return None
    return rows


def listing_rows(text: str) -> tuple[list[PackageRow], int]:
    """The rows of a package listing and how many lines mentioning `package:` were garbled.

    Raises InventoryFormatError like parse_package_listing (text that holds no package line at all).
    """
    rows = package_rows(text)
    if rows is not None:
        return rows, 0
    listing = parse_package_listing(text)
    garbled = sum(1 for _, line in listing.skipped if "package:" in line)
    return [
        (line.path, line.name, line.version_code, line.installer, ",".join(map(str, line.uids)))
        for line in listing.lines
    ], garbled


_NAME_LINE = re.compile(r"^package:(" + _PACKAGE_NAME.pattern + r")\r?$", re.M)


def package_names(text: str) -> set[str]:
    """parse_package_names, in one regex pass when every line is a plain `package:NAME` line."""
    names: list[str] = _NAME_LINE.findall(text)
    if len(names) == _line_count(text) and max(map(len, names), default=0) <= _PACKAGE_NAME_MAX:
        return set(names)
    return parse_package_names(text)


@dataclass(frozen=True, slots=True)
class PackageSummary:
    """What a scan needs from `dumpsys package`: version names, and which packages are system ones."""

    version_names: dict[str, str]
    system: frozenset[str]


_SECTION_START = re.compile(r"^Packages:[ \t]*\n", re.M)
_SECTION_LINE = re.compile(r"^Packages:[ \t]*$", re.M)
# A block exactly as the scan's filtered dumpsys prints it. A version name starting with "[" and
# flags holding "[" are left to the careful reader, which reads bracketed values its own way.
_BLOCK = (
    r"  Package \[({name})\] \([0-9a-fA-F]{{1,16}}\):\n"
    r"    versionName=((?:[^\[\s]\S*)?)\n"
    r"    flags=\[([^\[\]\n]*)\]\n"
)
_NAME_AND_VERSION = itemgetter(0, 1)
_FAST_BLOCK = re.compile(_BLOCK.format(name=_PACKAGE_NAME.pattern))
_FAST_BLOCKS = re.compile("(?:" + _BLOCK.format(name="(?:" + _PACKAGE_NAME.pattern + ")") + ")*")


def _fast_summary(text: str) -> PackageSummary | None:
    start = _SECTION_START.search(text)
    if start is None:
        return None
    blocks = _FAST_BLOCKS.match(text, start.end())
    assert blocks is not None  # a `*` repetition always matches
    end = blocks.end()
    # The section must end at the text's end or at a top-level line, and no second section follows.
    if end < len(text) and (text[end].isspace() or _SECTION_LINE.search(text, end) is not None):
        return None
    rows: list[tuple[str, str, str]] = _FAST_BLOCK.findall(text, start.end(), end)
    version_names = dict(map(_NAME_AND_VERSION, rows))
    if len(version_names) != len(rows) or max(map(len, version_names), default=0) > _PACKAGE_NAME_MAX:
        return None  # a package listed twice or an overlong name: the careful reader decides
    system = frozenset([name for name, _, flags in rows if "SYSTEM" in flags.split()])
    return PackageSummary(version_names, system)


def summarise_dumpsys(text: str) -> PackageSummary:
    """Version names and system packages of a `dumpsys package` output (as parse_dumpsys_packages)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    fast = _fast_summary(text)
    if fast is not None:
        return fast
    packages = parse_dumpsys_packages(text)
    return PackageSummary(
        {name: package.version_name for name, package in packages.items()},
        frozenset(name for name, package in packages.items() if package.system),
    )
