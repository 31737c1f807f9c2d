"""The shell of a simulated Android 13/14 phone: `pm`, `cmd package`, `dumpsys package`, `getprop`.

Output follows AOSP PackageManagerShellCommand and the `dumpsys package` layout (see
shared/reference/device-protocols.md A8). The phone's package state changes with
`pm uninstall`, `pm disable-user` and `cmd package install-existing`; every command is recorded.
"""

from __future__ import annotations

import functools
import hashlib
import re
import shlex
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from desktop_app.simulators.android.apk import build_apk, publisher_certificate
from desktop_app.simulators.android.scenario import (
    ENABLED_NUMBERS,
    AndroidScenario,
    SimPackage,
    SimUser,
)

_FIRST_ALL_USERS_SDK = 33  # Android 13 lists every user when no --user is given
_APP_ID_FIELD_SDK = 34  # Android 14 prints appId= where older builds print userId=
# Programs that are binder calls into system_server's package manager: the scenario's
# `command_ms` is spent on the phone for each of them.
_PACKAGE_MANAGER_PROGRAMS = frozenset({"pm", "cmd", "dumpsys"})
# A test holding the phone's answers never holds them longer than this (nothing may hang).
_HOLD_LIMIT_S = 30.0
_FIRST_SECONDARY_USER = 10  # Android numbers new users and profiles from 10 up
_MANAGED_PROFILE_FLAGS = "1030"  # FLAG_PROFILE | FLAG_MANAGED_PROFILE | FLAG_INITIALIZED
_FULL_USER_FLAGS = "410"  # FLAG_FULL | FLAG_INITIALIZED


STDOUT = 1
STDERR = 2


@dataclass(frozen=True, slots=True)
class ShellResult:
    """Output in the order it was written (stdout and stderr interleave in a v1 shell), and the exit code."""

    chunks: tuple[tuple[int, bytes], ...] = ()
    exit_code: int = 0

    @property
    def stdout(self) -> bytes:
        return b"".join(data for stream, data in self.chunks if stream == STDOUT)

    @property
    def stderr(self) -> bytes:
        return b"".join(data for stream, data in self.chunks if stream == STDERR)

    @property
    def merged(self) -> bytes:
        return b"".join(data for _, data in self.chunks)

    def then(self, other: ShellResult) -> ShellResult:
        return ShellResult(self.chunks + other.chunks, other.exit_code)


def _out(text: str, code: int = 0) -> ShellResult:
    return ShellResult(((STDOUT, text.encode("utf-8")),) if text else (), code)


def _err(text: str, code: int) -> ShellResult:
    return ShellResult(((STDERR, text.encode("utf-8")),) if text else (), code)


class _UsageError(Exception):
    pass


def _security_exception(verb: str, user: int) -> ShellResult:
    return _err(
        f"Exception occurred while executing '{verb}':\n"
        f"java.lang.SecurityException: Shell does not have permission to access user {user}\n"
        " com.android.server.am.ActivityManagerService.handleIncomingUser:15210 "
        "android.app.ActivityManager.handleIncomingUser:4948 "
        "com.android.server.pm.PackageManagerShellCommand.translateUserId:3571\n"
        "\tat com.android.server.am.UserController.handleIncomingUser"
        "(UserController.java:2767)\n"
        "\tat com.android.server.pm.PackageManagerShellCommand.onCommand(PackageManagerShellCommand.java:229)\n",
        255,
    )


def _grep(args: list[str], upstream: ShellResult) -> ShellResult:
    """toybox grep with -E / -e PATTERN / -v / -i over the upstream command's stdout."""
    patterns: list[str] = []
    invert = ignore_case = False
    index = 0
    while index < len(args):
        arg = args[index]
        index += 1
        if arg == "-e" and index < len(args):
            patterns.append(args[index])
            index += 1
        elif arg in {"-E", "-G"}:
            continue
        elif arg == "-v":
            invert = True
        elif arg == "-i":
            ignore_case = True
        elif arg.startswith("-"):
            return _err(f"grep: Unknown option '{arg}'\n", 2)
        else:
            patterns.append(arg)
    if not patterns:
        return _err("grep: Need 1 argument\n", 2)
    try:
        regex = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE if ignore_case else 0)
    except re.error:
        return _err("grep: bad regex\n", 2)
    lines = upstream.stdout.decode("utf-8", "replace").splitlines(keepends=True)
    kept = [line for line in lines if (regex.search(line.rstrip("\n")) is None) == invert]
    stderr = ((STDERR, upstream.stderr),) if upstream.stderr else ()
    return ShellResult(((STDOUT, "".join(kept).encode("utf-8")), *stderr), 0 if kept else 1)


@functools.lru_cache(maxsize=4096)
def _segment_words(segment: str) -> tuple[str, ...]:
    lexer = shlex.shlex(segment, posix=True, punctuation_chars=";&|")
    lexer.commenters = ""
    lexer.whitespace_split = True
    return tuple(lexer)


def _words(command_line: str) -> list[str]:
    """The shell words and operators of a command line (ValueError for an unmatched quote).

    A line of `; `-separated commands with only plain single quotes is cut at each `; ` first:
    each command is then read once and remembered (a client sends the same reads scan after scan),
    and shlex, slow in Python, does not walk a long line of many reads every time."""
    segments = command_line.split("; ")
    plain = '"' not in command_line and "\\" not in command_line
    if len(segments) > 1 and plain and all(segment.count("'") % 2 == 0 for segment in segments):
        words: list[str] = []
        for segment in segments:
            words.extend(_segment_words(segment))
            words.append(";")
        return words
    return list(_segment_words(command_line)) if len(command_line) < 512 else _uncached_words(command_line)


def _uncached_words(command_line: str) -> list[str]:
    return list(_segment_words.__wrapped__(command_line))


class _LockedUserError(Exception):
    def __init__(self, user: int) -> None:
        super().__init__(user)
        self.user = user


# Programs that read a file: their answers are not remembered, so every byte read is counted.
_FILE_READERS = frozenset({"tail", "dd"})
_DISCARD_ERRORS = "2>/dev/null"
_READ_ONLY_PROGRAMS = frozenset({"echo", "true", "false", "getprop", "dumpsys", "id"})
_READ_ONLY_PACKAGE_VERBS = frozenset({"list", "path", "dump"})


def _reads_only(words: list[str]) -> bool:
    """A command that cannot change the phone (its answer depends only on the phone's state)."""
    program, args = words[0], words[1:]
    if program in _READ_ONLY_PROGRAMS:
        return True
    if program == "cmd" and args[:1] == ["package"]:
        args = args[1:]
    elif program != "pm":
        return False
    return bool(args) and args[0] in _READ_ONLY_PACKAGE_VERBS


class AndroidShell:
    """Answers shell command lines the way an Android phone's `sh` would."""

    def __init__(self, scenario: AndroidScenario) -> None:
        self._scenario = scenario
        self._lock = threading.Lock()
        self._packages: dict[str, SimPackage] = {p.name: p for p in scenario.packages}
        self._users: dict[int, SimUser] = {u.id: u for u in scenario.users}
        self._commands: list[str] = []
        self._commands_changed = threading.Condition(self._lock)
        self._answering = threading.Event()
        self._answering.set()
        self._props = scenario.identity.properties()
        self._garbage_round = 0
        # `dumpsys package` text per package, reused while the package is the same object
        # (every state change replaces the SimPackage): the phone's answer is unchanged, only faster.
        self._blocks: dict[str, tuple[SimPackage, list[str]]] = {}
        # Answers to commands that only read, kept until a command that may change the phone runs:
        # several simulated phones share the test machine's CPU, which no real phone does.
        self._answers: dict[tuple[tuple[str, ...], ...], ShellResult] = {}
        self._answers_lock = threading.Lock()
        self._state_version = 0
        self._apks: dict[str, tuple[SimPackage, bytes]] = {}
        self._by_path: dict[str, SimPackage] = {}
        self._apk_bytes_read = 0

    # --- observation (tests) -----------------------------------------------------------------------

    @property
    def commands(self) -> list[str]:
        with self._lock:
            return list(self._commands)

    def wait_for_commands(self, count: int, timeout_s: float) -> bool:
        """True once `count` command lines have been received in all (False after timeout_s)."""
        with self._commands_changed:
            return self._commands_changed.wait_for(lambda: len(self._commands) >= count, timeout_s)

    def hold_answers(self) -> None:
        """Commands are still received and recorded, but none is answered until release_answers().

        Lets a test see which commands a client sends before it has any answer (one round trip or
        two) without measuring time.
        """
        self._answering.clear()

    def release_answers(self) -> None:
        self._answering.set()

    @property
    def apk_bytes_read(self) -> int:
        """Bytes of APK files sent by `tail` and `dd` since the phone started."""
        with self._lock:
            return self._apk_bytes_read

    def apk_of(self, name: str) -> bytes:
        """The base APK of an installed package, as the phone serves it."""
        with self._lock:
            return self._apk(self._packages[name])

    def package_users(self, name: str) -> dict[int, str]:
        with self._lock:
            package = self._packages.get(name)
            return dict(package.users) if package else {}

    # --- entry point -------------------------------------------------------------------------------

    def run(self, command_line: str) -> ShellResult:
        """Run one shell command line: commands separated by `;`, `&&` or `||`."""
        with self._commands_changed:
            self._commands.append(command_line)
            self._commands_changed.notify_all()
        self._answering.wait(_HOLD_LIMIT_S)
        if self._scenario.replay is not None:
            return self._replay(command_line)
        try:
            tokens = _words(command_line)
        except ValueError:
            return _err(f"/system/bin/sh: syntax error: {command_line!r} unmatched quote\n", 1)
        result = ShellResult()
        pipeline: list[list[str]] = [[]]
        pending_op = ";"
        for word in [*tokens, ";"]:
            if word == "|":
                pipeline.append([])
                continue
            if word not in {";", "&&", "||", "&", ";;"}:
                pipeline[-1].append(word)
                continue
            if word in {"&", ";;"}:
                return result.then(
                    _err(f"/system/bin/sh: {word}: not supported by this phone simulator\n", 2)
                )
            if any(pipeline):
                runs = (
                    pending_op == ";"
                    or (pending_op == "&&" and result.exit_code == 0)
                    or (pending_op == "||" and result.exit_code != 0)
                )
                if runs:
                    result = result.then(self._run_pipeline(pipeline))
            pipeline = [[]]
            pending_op = word
        return result

    def _replay(self, command_line: str) -> ShellResult:
        """A captured phone's answer to exactly this command line (`echo` and `true` still work)."""
        replay = self._scenario.replay or {}
        answer = replay.get(command_line)
        if answer is not None:
            if command_line.split(" ", 1)[0] in _FILE_READERS:
                with self._lock:
                    self._apk_bytes_read += len(answer)
            return ShellResult(((STDOUT, answer),) if answer else ())
        if "; " in command_line:  # a batch of reads: each part answered on its own
            result = ShellResult()
            for part in command_line.split("; "):
                result = result.then(self._replay(part))
            return result
        try:
            words = shlex.split(command_line)
        except ValueError:
            words = []
        if words and words[0] in {"echo", "true", "false"}:
            return self._run_words(words)
        return _err(f"/system/bin/sh: {command_line[:80]}: not in this capture\n", 127)

    def _run_pipeline(self, pipeline: list[list[str]]) -> ShellResult:
        if not all(pipeline):
            return _err("/system/bin/sh: syntax error: '|' unexpected\n", 2)
        if len(pipeline) == 1 and pipeline[0][0] in _FILE_READERS:
            return self._read_file(pipeline[0])
        key = tuple(tuple(stage) for stage in pipeline)
        read_only = _reads_only(pipeline[0])
        with self._answers_lock:
            version = self._state_version
            cached = self._answers.get(key) if read_only else None
        if cached is not None:
            self._spend_command_time(pipeline[0][0])
            return cached
        result = self._run_words(pipeline[0])
        for stage in pipeline[1:]:
            if stage[0] != "grep":
                return _err(f"/system/bin/sh: {stage[0]}: pipes into it are not simulated\n", 127)
            result = _grep(stage[1:], result)
        with self._answers_lock:
            if not read_only:
                # It may have changed the phone: every remembered answer is forgotten.
                self._state_version += 1
                self._answers.clear()
            elif self._state_version == version and not self._scenario.faults.garbage_lines:
                self._answers[key] = result
        return result

    def _spend_command_time(self, program: str) -> None:
        command_ms = self._scenario.faults.command_ms
        if command_ms and program in _PACKAGE_MANAGER_PROGRAMS:
            time.sleep(command_ms / 1000)  # simulated device-side work, not synchronisation

    def _run_words(self, words: list[str]) -> ShellResult:
        program, args = words[0], words[1:]
        self._spend_command_time(program)
        handlers: dict[str, Callable[[list[str]], ShellResult]] = {
            "echo": lambda a: _out(" ".join(a) + "\n"),
            "true": lambda a: _out(""),
            "false": lambda a: _out("", 1),
            "getprop": self._getprop,
            "pm": lambda a: self._package_command(a, "pm"),
            "dumpsys": self._dumpsys,
            "id": lambda a: _out(
                "uid=2000(shell) gid=2000(shell) groups=2000(shell),1004(input) context=u:r:shell:s0\n"
            ),
        }
        if program == "cmd":
            if args[:1] == ["package"]:
                return self._package_command(args[1:], "cmd")
            if not args:
                return _err("cmd: No service specified; use -l to list all running services.\n", 20)
            return _err(f"cmd: Can't find service: {args[0]}\n", 20)
        handler = handlers.get(program)
        if handler is None:
            return _err(f"/system/bin/sh: {program}: inaccessible or not found\n", 127)
        try:
            return handler(args)
        except _LockedUserError as locked:
            verb = args[0] if args else program
            return _security_exception(verb, locked.user)

    # --- getprop -----------------------------------------------------------------------------------

    def _getprop(self, args: list[str]) -> ShellResult:
        if args:
            return _out(self._props.get(args[0], args[1] if len(args) > 1 else "") + "\n")
        return _out("".join(f"[{k}]: [{v}]\n" for k, v in sorted(self._props.items())))

    # --- pm / cmd package --------------------------------------------------------------------------

    def _package_command(self, args: list[str], via: str) -> ShellResult:
        if not args:
            return _err("usage: pm [list|path|install|uninstall|disable-user|...]\n", 1)
        verb, rest = args[0], args[1:]
        with self._lock:
            try:
                if verb == "list" and rest[:1] in (["packages"], ["package"]):
                    return self._list_packages(rest[1:])
                if verb == "list" and rest[:1] == ["users"]:
                    return self._list_users()
                if verb == "create-user":
                    return self._create_user(rest)
                if verb == "remove-user":
                    return self._remove_user(rest)
                if verb == "path":
                    return self._path(rest)
                if verb == "uninstall":
                    return self._uninstall(rest)
                if verb in {"disable-user", "disable", "enable", "default-state"}:
                    return self._set_enabled(verb, rest)
                if verb == "install-existing":
                    return self._install_existing(rest)
                if verb == "dump":
                    return self._dumpsys_package(rest)
            except _UsageError as error:
                return _err(f"Error: {error}\n", 255)
        if via == "cmd":
            return _err(f"Unknown command: {verb}\n", 255)
        return _err(f"Error: unknown command '{verb}'\n", 1)

    def _resolve_user(self, text: str) -> int | None:
        """None means every user."""
        if text in {"all", "-1"}:
            return None
        if text in {"current", "cur"}:
            return 0
        try:
            user = int(text)
        except ValueError as error:
            raise _UsageError(f"Bad user number: {text}") from error
        found = self._users.get(user)
        if found is None:
            raise _UsageError(f"Bad user number: {text}") if user < 0 else _LockedUserError(user)
        if found.locked:
            raise _LockedUserError(user)
        return user

    def _readable_users(self) -> list[int]:
        return [u.id for u in self._users.values() if not u.locked]

    def _list_packages(self, args: list[str]) -> ShellResult:  # noqa: PLR0915 - mirrors AOSP runListPackages
        show_path = show_installer = show_uid = show_version = False
        include_uninstalled = False
        only: set[str] = set()
        user_arg: str | None = None
        uid_filter: int | None = None
        text_filter: str | None = None
        index = 0
        while index < len(args):
            arg = args[index]
            index += 1
            if arg.startswith("-") and arg != "-":
                if arg in {"--user", "--uid"}:
                    if index >= len(args):
                        raise _UsageError(f"no value given for {arg}")
                    value = args[index]
                    index += 1
                    if arg == "--user":
                        user_arg = value
                    else:
                        uid_filter = int(value) if value.isdigit() else -1
                    continue
                if arg == "--show-versioncode":
                    show_version = True
                    continue
                if arg in {"--apex-only", "--factory-only"}:
                    only.add(arg)
                    continue
                if arg.startswith("--"):
                    return _out(f"Error: Unknown option: {arg}\n", 255)
                for flag in arg[1:]:
                    if flag == "f":
                        show_path = True
                    elif flag == "i":
                        show_installer = True
                    elif flag == "U":
                        show_uid = True
                    elif flag == "u":
                        include_uninstalled = True
                    elif flag in "3sde":
                        only.add(flag)
                    elif flag == "l":
                        pass  # legacy "with labels": prints nothing more on modern builds
                    else:
                        return _out(f"Error: Unknown option: -{flag}\n", 255)
            elif text_filter is None:
                text_filter = arg
        if "--apex-only" in only:
            return _out("")
        if user_arg is None:
            users = self._readable_users() if self._scenario.identity.sdk >= _FIRST_ALL_USERS_SDK else [0]
        else:
            chosen = self._resolve_user(user_arg)
            users = self._readable_users() if chosen is None else [chosen]

        lines: dict[str, list[int]] = {}
        for package in self._packages.values():
            if text_filter is not None and text_filter not in package.name:
                continue
            if ("3" in only and package.system) or ("s" in only and not package.system):
                continue
            for user in users:
                state = package.users.get(user)
                if state is None or (state == "uninstalled" and not include_uninstalled):
                    continue
                disabled = state in {"disabled", "disabled-user"}
                if ("d" in only and not disabled) or ("e" in only and disabled):
                    continue
                uid = package.uid(user)
                if uid_filter is not None and uid_filter not in {uid, package.app_id}:
                    continue
                line = "package:"
                if show_path:
                    line += package.path + "="
                line += package.name
                if show_version:
                    line += f" versionCode:{package.version_code}"
                if show_installer:
                    line += f"  installer={package.installer or 'null'}"
                lines.setdefault(line, []).append(uid)
        out: list[str] = []
        for line, uids in lines.items():
            out.append(line + (" uid:" + ",".join(str(u) for u in uids) if show_uid else ""))
        out = self._with_garbage(out)
        return _out("".join(f"{line}\n" for line in out))

    def _with_garbage(self, lines: list[str]) -> list[str]:
        count = self._scenario.faults.garbage_lines
        if not count or not lines:
            return lines
        self._garbage_round += 1
        result = list(lines)
        for n in range(count):
            junk = (
                "WARNING: linker: /system/lib64/libvendor_tweak.so: unused DT entry: type 0x6ffffef5"
                if n % 2 == 0
                else "package:/data/app/~~\x00\x1b[31m==/com.garbled-\ufffd==/base.apk=com.gar\x07bled uid:x"
            )
            result.insert((n * 7919 + self._garbage_round) % (len(result) + 1), junk)
        return result

    def _list_users(self) -> ShellResult:
        lines = ["Users:"]
        for user in self._users.values():
            lines.append(
                f"\tUserInfo{{{user.id}:{user.name}:{user.flags}}}" + (" running" if user.running else "")
            )
        return _out("\n".join(lines) + "\n")

    def _create_user(self, args: list[str]) -> ShellResult:
        """`pm create-user [--profileOf U] [--managed] NAME`: the new user gets the system apps."""
        managed = False
        name_words: list[str] = []
        index = 0
        while index < len(args):
            arg = args[index]
            index += 1
            if arg == "--profileOf" and index < len(args):
                if self._resolve_user(args[index]) is None:
                    raise _UsageError(f"Bad user number: {args[index]}")
                index += 1
            elif arg == "--managed":
                managed = True
            elif arg.startswith("--"):
                raise _UsageError(f"unknown option {arg}")
            else:
                name_words.append(arg)
        if not name_words:
            raise _UsageError("user name not specified")
        new_id = max([_FIRST_SECONDARY_USER - 1, *self._users]) + 1
        flags = _MANAGED_PROFILE_FLAGS if managed else _FULL_USER_FLAGS
        self._users[new_id] = SimUser(id=new_id, name=" ".join(name_words), flags=flags)
        for name, package in list(self._packages.items()):
            if package.system:
                self._packages[name] = replace(package, users={**package.users, new_id: "enabled"})
        self._blocks.clear()  # every dumpsys block lists the users
        return _out(f"Success: created user id {new_id}\n")

    def _remove_user(self, args: list[str]) -> ShellResult:
        """`pm remove-user USER_ID`: the user and its apps are gone (user 0 cannot be removed)."""
        words = [a for a in args if not a.startswith("--")]
        if len(words) != 1 or not words[0].isdigit():
            raise _UsageError("user id not specified")
        user = int(words[0])
        if user == 0 or user not in self._users:
            return _err(f"Error: couldn't remove user id {user}\n", 1)
        del self._users[user]
        for name, package in list(self._packages.items()):
            if user in package.users:
                users = {u: state for u, state in package.users.items() if u != user}
                if users:
                    self._packages[name] = replace(package, users=users)
                else:
                    del self._packages[name]
        self._blocks.clear()
        return _out("Success: removed user\n")

    def _target(self, args: list[str], *, allow_k: bool = False) -> tuple[str, int | None, bool]:
        user: int | None = None
        keep = False
        name: str | None = None
        index = 0
        while index < len(args):
            arg = args[index]
            index += 1
            if arg == "--user":
                if index >= len(args):
                    raise _UsageError("no user specified")
                user = self._resolve_user(args[index])
                index += 1
            elif arg == "-k" and allow_k:
                keep = True
            elif arg.startswith("-"):
                raise _UsageError(f"Unknown option: {arg}")
            else:
                name = arg
        if name is None:
            raise _UsageError("package name not specified")
        return name, user, keep

    def _path(self, args: list[str]) -> ShellResult:
        name, user, _ = self._target(args)
        package = self._packages.get(name)
        users = [0] if user is None else [user]
        if package is None or not any(package.users.get(u) not in (None, "uninstalled") for u in users):
            return _out("", 1)
        return _out(f"package:{package.path}\n")

    def _uninstall(self, args: list[str]) -> ShellResult:
        name, user, keep = self._target(args, allow_k=True)
        package = self._packages.get(name)
        if package is None:
            return _out("Failure [DELETE_FAILED_INTERNAL_ERROR]\n", 1)
        targets = [user] if user is not None else [u for u in package.users if u in self._readable_users()]
        present = [u for u in targets if package.users.get(u) not in (None, "uninstalled")]
        if not present:
            return _out(f"Failure [not installed for {user if user is not None else 0}]\n", 1)
        failure = self._scenario.removal_failures.get(name)
        if failure:
            return _out(f"Failure [{failure}]\n", 1)
        if package.system and user is None:
            # A firmware app cannot be removed from the device, only for a user.
            return _out("Failure [DELETE_FAILED_INTERNAL_ERROR]\n", 1)
        users = dict(package.users)
        for target in present:
            if package.system or keep:
                users[target] = "uninstalled"
            else:
                del users[target]
        if users:
            self._packages[name] = replace(package, users=users)
        else:
            del self._packages[name]
        return _out("Success\n")

    def _set_enabled(self, verb: str, args: list[str]) -> ShellResult:
        name, user, _ = self._target(args)
        package = self._packages.get(name)
        target = 0 if user is None else user
        if package is None or target not in package.users:
            return _err(
                f"Exception occurred while executing '{verb}':\n"
                f"java.lang.IllegalArgumentException: Unknown package: {name}\n",
                255,
            )
        new_state = {
            "disable-user": "disabled-user",
            "disable": "disabled",
            "enable": "enabled",
            "default-state": "enabled",
        }[verb]
        self._packages[name] = replace(package, users={**package.users, target: new_state})
        return _out(f"Package {name} new state: {new_state}\n")

    def _install_existing(self, args: list[str]) -> ShellResult:
        name, user, _ = self._target(args)
        package = self._packages.get(name)
        target = 0 if user is None else user
        if package is None:
            return _out(f"Failure [INSTALL_FAILED_INVALID_URI]\nPackage {name} doesn't exist\n", 1)
        self._packages[name] = replace(package, users={**package.users, target: "enabled"})
        return _out(f"Package {name} installed for user: {target}\n")

    # --- reading APK files (tail, dd) ------------------------------------------------------------

    def _apk(self, package: SimPackage) -> bytes:
        """The package's base APK, built once per package state (the caller holds the lock)."""
        cached = self._apks.get(package.name)
        if cached is not None and cached[0] is package:
            return cached[1]
        data = package.apk
        if data is None:
            certificates = [publisher_certificate(p) for p in package.publishers]
            data = build_apk(
                package.name,
                certificates,
                schemes=package.signature_schemes,
                entries=self._scenario.apk_entries,
            )
        self._apks[package.name] = (package, data)
        return data

    def _read_file(self, words: list[str]) -> ShellResult:
        """toybox `tail -c N FILE` and `dd if=FILE bs=N skip=N count=N`, for the phone's APK files."""
        program = words[0]
        discard_errors = _DISCARD_ERRORS in words
        args = [w for w in words[1:] if w != _DISCARD_ERRORS]
        if program == "tail":
            if len(args) != 3 or args[0] != "-c" or not args[1].isdigit():
                return _err("usage: tail [-c BYTES] FILE (only this form is simulated)\n", 1)
            path, count = args[2], int(args[1])
        else:
            operands = dict(a.partition("=")[::2] for a in args)
            numbers = [operands.get(k, "") for k in ("bs", "skip", "count")]
            if (
                "if" not in operands
                or not all(n.isdigit() for n in numbers)
                or set(operands)
                - {
                    "if",
                    "bs",
                    "skip",
                    "count",
                }
            ):
                return _err("usage: dd if=FILE bs=N skip=N count=N (only this form is simulated)\n", 1)
            path = operands["if"]
            block, skip, count = (int(n) for n in numbers)
        with self._lock:
            package = self._by_path.get(path)
            if package is None or self._packages.get(package.name) is not package:
                self._by_path = {p.path: p for p in self._packages.values()}
                package = self._by_path.get(path)
            if package is None or not package.apk_readable:
                problem = "No such file or directory" if package is None else "Permission denied"
                message = f"{program}: {path}: {problem}\n"
                return ShellResult(() if discard_errors else ((STDERR, message.encode()),), 1)
            data = self._apk(package)
            if program == "tail":
                chunk = data[max(0, len(data) - count) :] if count else b""
            else:
                chunk = data[block * skip : block * (skip + count)]
            self._apk_bytes_read += len(chunk)
        result = ShellResult(((STDOUT, chunk),) if chunk else ())
        if program == "dd" and not discard_errors:
            blocks = -(-len(chunk) // block) if block else 0
            stats = f"{blocks}+0 records in\n{blocks}+0 records out\n{len(chunk)} bytes copied\n"
            result = result.then(ShellResult(((STDERR, stats.encode()),)))
        return result

    # --- dumpsys -----------------------------------------------------------------------------------

    def _dumpsys(self, args: list[str]) -> ShellResult:
        if not args:
            return _out("Currently running services:\n  package\n")
        if args[0] != "package":
            return _out(f"Can't find service: {args[0]}\n")
        with self._lock:
            return self._dumpsys_package(args[1:])

    def _dumpsys_package(self, args: list[str]) -> ShellResult:
        names = [a for a in args if not a.startswith("-")]
        if names in ([], ["packages"], ["p"]):
            selected: Sequence[SimPackage] = list(self._packages.values())
        else:
            package = self._packages.get(names[0])
            if package is None:
                return _out(f"Unable to find package: {names[0]}\n")
            selected = [package]
        blocks = ["Packages:"]
        for package in selected:
            cached = self._blocks.get(package.name)
            if cached is None or cached[0] is not package:
                cached = (package, self._package_block(package))
                self._blocks[package.name] = cached
            blocks.extend(cached[1])
        return _out("\n".join(blocks) + "\n")

    def _package_block(self, package: SimPackage) -> list[str]:
        sdk = self._scenario.identity.sdk
        digest = hashlib.sha256(package.name.encode()).hexdigest()
        flags = ("SYSTEM " if package.system else "") + "HAS_CODE ALLOW_CLEAR_USER_DATA ALLOW_BACKUP"
        stamp = f"2024-0{1 + package.app_id % 9}-1{package.app_id % 10} 09:{package.app_id % 60:02d}:00"
        lines = [
            f"  Package [{package.name}] ({digest[:7]}):",
            f"    {'appId' if sdk >= _APP_ID_FIELD_SDK else 'userId'}={package.app_id}",
            f"    pkg=Package{{{digest[7:14]} {package.name}}}",
            f"    codePath={package.code_path}",
            f"    resourcePath={package.code_path}",
            f"    versionCode={package.version_code} minSdk=26 targetSdk={min(sdk, 34)}",
            f"    versionName={package.version_name}",
            f"    flags=[ {flags} ]",
            f"    timeStamp={stamp}",
            f"    lastUpdateTime={stamp}",
            f"    installerPackageName={package.installer or 'null'}",
            f"    signatures=PackageSignatures{{{digest[14:21]} version:2, signatures:[{digest[21:29]}],"
            " past signatures:[]}",
        ]
        for user in self._users.values():
            state = package.users.get(user.id)
            installed = state is not None and state != "uninstalled"
            enabled = ENABLED_NUMBERS.get(state or "enabled", 0)
            lines.append(
                f"    User {user.id}: ceDataInode={package.app_id * 7 + user.id}"
                f" installed={str(installed).lower()}"
                f" hidden=false suspended=false distractionFlags=0 stopped=false notLaunched=false"
                f" enabled={enabled} instant=false virtual=false"
            )
            if installed:
                lines.append(f"      firstInstallTime={stamp}")
        return lines
