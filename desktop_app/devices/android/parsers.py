"""Pure parsers for the text an Android shell prints (`pm`, `dumpsys package`, `getprop`).

Fed with captured text, they never touch a device: the connector acquires, these interpret.
Device text is untrusted, so every parser tolerates garbage lines and never raises anything
but InventoryFormatError (and only when the text is clearly not what was asked for).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from desktop_app.core.errors import InventoryFormatError
from desktop_app.core.models import AppKind, AppState, InstalledApp, Platform, ProfileRead

log = logging.getLogger(__name__)

# Android's PackageParser.validateName: dot-separated segments, each a letter then letters,
# digits or underscores. "android" (the framework) is a one-segment system package.
_PACKAGE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*")
_PACKAGE_NAME_MAX = 255

# Partitions whose packages ship with the firmware.
SYSTEM_PREFIXES = ("/system/", "/product/", "/vendor/", "/system_ext/", "/apex/", "/odm/", "/oem/")

# "package:" [sourceDir "="] name [" versionCode:" N] ["  installer=" X] [" uid:" U[,U...]]
_PACKAGE_LINE = re.compile(
    r"package:(?P<head>\S+)"
    r"(?: versionCode:(?P<version_code>-?\d+))?"
    r"(?: {1,2}installer=(?P<installer>\S*))?"
    r"(?: uid:(?P<uids>\d+(?:,\d+)*))?"
    r"\s*"
)
# An Android uid is user * PER_USER_RANGE + app id.
PER_USER_RANGE = 100_000

_USER_LINE = re.compile(
    r"\s*UserInfo\{(?P<id>-?\d+):(?P<name>.*):(?P<flags>[0-9a-fA-F]+)\}(?P<running> running)?.*"
)
# Longer lines are not what these commands print; refusing them bounds regex work on hostile input.
_MAX_LINE = 4096
_GETPROP_LINE = re.compile(r"\[(?P<key>[^\]\r\n]*)\]: \[(?P<value>[^\r\n]*)\]")


def is_valid_package_name(name: str) -> bool:
    """True when `name` is a well-formed Android package name (safe to pass to a shell command)."""
    return (
        isinstance(name, str)
        and 0 < len(name) <= _PACKAGE_NAME_MAX
        and _PACKAGE_NAME.fullmatch(name) is not None
    )


def kind_for_path(path: str) -> AppKind:
    """System when the APK lives on a firmware partition, user otherwise (or when unknown)."""
    return AppKind.SYSTEM if path.startswith(SYSTEM_PREFIXES) else AppKind.USER


@dataclass(frozen=True, slots=True)
class PackageLine:
    """One parsed line of `pm list packages`."""

    name: str
    path: str = ""
    version_code: str = ""
    installer: str = ""
    uids: tuple[int, ...] = ()
    # Which optional fields the line carried (path, versionCode, installer, uid): one listing's
    # lines all carry the same ones, so a line missing one was cut or garbled.
    shape: tuple[bool, bool, bool, bool] = (False, False, False, False)


@dataclass(frozen=True, slots=True)
class PackageListing:
    """All the lines of one `pm list packages` output, with the lines that made no sense."""

    lines: tuple[PackageLine, ...]
    skipped: tuple[tuple[int, str], ...] = ()  # (1-based line number, text)


def parse_package_line(line: str) -> PackageLine | None:
    """The fields of one `package:` line, or None when the line is not one."""
    match = _PACKAGE_LINE.fullmatch(line.strip("\r\n"))
    if match is None:
        return None
    head = match["head"]
    path, sep, name = head.rpartition("=")  # paths contain "==": the name follows the LAST "="
    if not sep:
        path, name = "", head
    if not is_valid_package_name(name):
        return None
    installer = match["installer"] or ""
    if installer == "null":
        installer = ""
    uids = tuple(int(u) for u in match["uids"].split(",")) if match["uids"] else ()
    shape = (bool(sep), match["version_code"] is not None, match["installer"] is not None, bool(uids))
    return PackageLine(
        name=name,
        path=path,
        version_code=match["version_code"] or "",
        installer=installer,
        uids=uids,
        shape=shape,
    )


def parse_package_listing(text: str) -> PackageListing:
    """Every `package:` line of a `pm list packages` output; garbage lines are recorded, not fatal.

    Raises InventoryFormatError when the text holds something but not a single package line
    (an error message, a SecurityException, another command's output).
    """
    parsed: list[PackageLine] = []
    numbers: list[int] = []
    skipped: list[tuple[int, str]] = []
    first_bad: tuple[int, str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        line = parse_package_line(raw) if len(raw) <= _MAX_LINE else None
        if line is None:
            skipped.append((number, raw[:200]))
            if first_bad is None:
                first_bad = (number, raw[:120])
            continue
        parsed.append(line)
        numbers.append(number)
    if not parsed and first_bad is not None:
        number, shown = first_bad
        raise InventoryFormatError(f"line {number}: not a package listing: {shown!r}")
    skipped.extend(_odd_lines(text, parsed, numbers))
    skipped.sort()
    if skipped:
        log.warning(
            "skipped %d unreadable line(s) of a package listing, first at %d", len(skipped), skipped[0][0]
        )
    return PackageListing(lines=tuple(parsed), skipped=tuple(skipped))


def _odd_lines(text: str, parsed: list[PackageLine], numbers: list[int]) -> list[tuple[int, str]]:
    """Well-formed lines that still cannot be trusted: a last line without its newline (the text
    was cut there) and lines lacking a field every other line of the listing carries."""
    odd: list[tuple[int, str]] = []
    lines = text.splitlines()
    numbered = [(n, raw) for n, raw in enumerate(lines, start=1) if raw.strip()]
    if text and not text.endswith(("\n", "\r")) and numbered:
        odd.append((numbered[-1][0], numbered[-1][1][:200] + " (cut off: no end of line)"))
    shapes = [line.shape for line in parsed]
    if len(set(shapes)) > 1:
        usual = max(set(shapes), key=shapes.count)
        for number, line in zip(numbers, parsed, strict=True):
            if line.shape != usual and all(number != n for n, _ in odd):
                odd.append((number, lines[number - 1][:200] + " (fields missing)"))
    return odd


def unread_lines_text(skipped: tuple[tuple[int, str], ...], what: str) -> str:
    """What to tell a person about the lines of a listing that were not understood."""
    number, line = skipped[0]
    more = f" and {len(skipped) - 1} more line(s)" if len(skipped) > 1 else ""
    return f"{what}: line {number} was not understood ({line[:80]!r}){more}"


def unreadable_name_lines(text: str) -> tuple[tuple[int, str], ...]:
    """Lines of a plain `pm list packages` (`package:NAME`) that are not such a line."""
    bad: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.strip() and not (raw.startswith("package:") and is_valid_package_name(raw[8:].rstrip("\r"))):
            bad.append((number, raw[:200]))
    if text and not text.endswith(("\n", "\r")) and text.strip():
        bad.append((len(text.splitlines()), text.splitlines()[-1][:200] + " (cut off: no end of line)"))
    return tuple(bad)


def parse_package_names(text: str) -> set[str]:
    """Package names of a plain `pm list packages` (`package:NAME` lines); anything else is ignored."""
    valid = _PACKAGE_NAME.fullmatch
    candidates = {raw[8:].strip() for raw in text.splitlines() if raw.startswith("package:")}
    return {name for name in candidates if 0 < len(name) <= _PACKAGE_NAME_MAX and valid(name)}


def parse_package_list(
    text: str,
    *,
    user: int | None = None,
    include_system_flag: set[str] | None = None,
) -> list[InstalledApp]:
    """Installed apps from `pm list packages -f -U -i --show-versioncode [--user N|all] [-u]`.

    One InstalledApp per (package, user): a line with `uid:10245,1010245` stands for users 0 and 10
    (uid // 100000). A line without uid belongs to `user` (default 0).
    `include_system_flag` names packages known to be system (e.g. from `pm list packages -s`);
    they are SYSTEM whatever their path. Others are SYSTEM when their path is on a firmware partition.
    Every app is reported ENABLED: `pm list packages` says nothing of state; the connector
    refines it from `dumpsys package`.
    """
    return apps_from_listing(parse_package_listing(text), user=user, include_system_flag=include_system_flag)


def apps_from_listing(
    listing: PackageListing, *, user: int | None = None, include_system_flag: set[str] | None = None
) -> list[InstalledApp]:
    """The apps of a parsed listing (see parse_package_list)."""
    system_names = include_system_flag or set()
    apps: list[InstalledApp] = []
    seen: set[tuple[str, int]] = set()
    default_user = 0 if user is None else user
    for line in listing.lines:
        kind = AppKind.SYSTEM if line.name in system_names else kind_for_path(line.path)
        owners: list[tuple[int, int | None]] = (
            [(uid // PER_USER_RANGE, uid) for uid in line.uids] if line.uids else [(default_user, None)]
        )
        for owner, uid in owners:
            if (line.name, owner) in seen:
                continue
            seen.add((line.name, owner))
            apps.append(
                InstalledApp(
                    app_id=line.name,
                    platform=Platform.ANDROID,
                    version_code=line.version_code,
                    installer=line.installer,
                    user=owner,
                    kind=kind,
                    state=AppState.ENABLED,
                    uid=uid,
                )
            )
    return apps


def parse_users(text: str) -> list[ProfileRead]:
    """Users and profiles from `pm list users` (`UserInfo{10:Work profile:1030} running`)."""
    users: list[ProfileRead] = []
    seen: set[int] = set()
    saw_header = False
    first_bad: tuple[int, str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        if raw.strip() == "Users:":
            saw_header = True
            continue
        match = _USER_LINE.fullmatch(raw) if len(raw) <= _MAX_LINE else None
        if match is None:
            if first_bad is None:
                first_bad = (number, raw[:120])
            continue
        user_id = int(match["id"])
        if user_id in seen or not -1 <= user_id < 1_000_000:
            continue
        seen.add(user_id)
        users.append(ProfileRead(user=user_id, name=match["name"], readable=True))
    if not users and not saw_header:
        number, shown = first_bad if first_bad is not None else (1, text[:120])
        raise InventoryFormatError(f"line {number}: not a user listing: {shown!r}")
    return users


def parse_getprop(text: str) -> dict[str, str]:
    """Properties from `getprop` (`[ro.product.model]: [Pixel 8]`); other lines are ignored."""
    props: dict[str, str] = {}
    for raw in text.splitlines():
        match = _GETPROP_LINE.fullmatch(raw.strip())
        if match is not None:
            props[match["key"]] = match["value"]
    return props


# --- dumpsys package ------------------------------------------------------------------------------

# PackageManager.COMPONENT_ENABLED_STATE_*: 0 default, 1 enabled, 2 disabled, 3 disabled-user,
# 4 disabled-until-used.
_DISABLED_STATES = frozenset({2, 3, 4})

_USER_FIELD = re.compile(r"\b(installed|hidden|suspended|enabled)=(\S+)")


@dataclass(frozen=True, slots=True)
class UserPackageState:
    """A package's state in one user, from the `User N:` line of `dumpsys package`."""

    installed: bool = True
    enabled_state: int = 0
    hidden: bool = False
    suspended: bool = False

    @property
    def app_state(self) -> AppState:
        if not self.installed:
            return AppState.UNINSTALLED_WITH_DATA
        if self.enabled_state in _DISABLED_STATES:
            return AppState.DISABLED
        return AppState.ENABLED


@dataclass(frozen=True, slots=True)
class DumpsysPackage:
    """What the connector needs from one `Package [name]` block of `dumpsys package`."""

    name: str
    version_name: str = ""
    version_code: str = ""
    code_path: str = ""
    installer: str = ""
    system: bool = False
    users: dict[int, UserPackageState] = field(default_factory=dict)


def _user_state(fields_text: str) -> UserPackageState:
    values = dict(_USER_FIELD.findall(fields_text))
    enabled = values.get("enabled", "0")
    return UserPackageState(
        installed=values.get("installed", "true").lower() == "true",
        enabled_state=int(enabled) if enabled.isdigit() and len(enabled) < 6 else 0,
        hidden=values.get("hidden", "false").lower() == "true",
        suspended=values.get("suspended", "false").lower() == "true",
    )


# One pass over the whole text: each line that matters is one of these (in this order of tries).
_DUMPSYS_LINE = re.compile(
    r"^(?:(Packages:)[ \t]*$"
    r"|  Package \[([^\]\n]{1,300})\] \([0-9a-fA-F]{1,16}\):[ \t]*$"
    r"|    (?:(versionName|versionCode|codePath|installerPackageName|flags|pkgFlags)=(\[[^\]\n]*\]|\S*)"
    r"|User (\d{1,7}): ([^\n]*))"
    r"|\S)",
    re.M,
)


def _dumpsys_package(name: str, fields: dict[str, str], users: dict[int, UserPackageState]) -> DumpsysPackage:
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


def parse_dumpsys_packages(text: str) -> dict[str, DumpsysPackage]:
    """Packages from `dumpsys package packages` or `dumpsys package PKG`, by name.

    Reads the `Packages:` section only (version name and code, code path, flags, installer and
    the per-user `installed=` / `enabled=` state). `Unable to find package: X` yields nothing.
    One regex pass: a `Packages:` line opens the section, any other top-level line closes it; a
    `  Package [name] (hash):` header starts a block (ignored when the name is invalid or already
    read); the first occurrence of a field in a block wins.
    """
    packages: dict[str, DumpsysPackage] = {}
    text = text.replace("\r\n", "\n")
    in_section = False
    name: str | None = None
    fields: dict[str, str] = {}
    users: dict[int, UserPackageState] = {}

    def finish() -> None:
        if name is not None and name not in packages:
            packages[name] = _dumpsys_package(name, fields, users)

    for match in _DUMPSYS_LINE.finditer(text):
        section, header, key, value, user, user_fields = match.groups()
        if key is not None:
            if name is not None:
                fields.setdefault(key, value)
        elif user is not None:
            if name is not None and int(user) not in users:
                users[int(user)] = _user_state(user_fields)
        elif header is not None:
            if in_section:
                finish()
                name = header if is_valid_package_name(header) and header not in packages else None
                fields, users = {}, {}
        else:
            finish()  # a top-level line ends the section (a new `Packages:` opens another)
            name, fields, users = None, {}, {}
            in_section = section is not None
    finish()
    return packages
