"""Issue #16 items 5, 6 and 10: hostile policies, configs, listings and receipts end in exit 2 (or 1 for a
receipt) with file:line, never a traceback, never unbounded memory.

Each command runs in a child process with its address space capped at 1 GiB (the old code grew
without bound on an alias bomb or /dev/zero) and a generous timeout as a hang guard only; timing
figures belong to bench/, not here.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEFAULT_POLICY, REPO

DATA = Path(__file__).parent / "data"
MEMORY_CAP = 1 << 30
HANG_GUARD_S = 120

ALIAS_BOMB = "".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n',
        *(
            f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
            for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
        ),
    ]
)
VALID_HEAD = 'schema: app-audit/policy@1\nid: x\nversion: "1"\ntitle: t\nissued_at: 2026-11-28T09:00:00Z\n'
DUPLICATE_ACTION = VALID_HEAD + (
    "rules:\n"
    "  - id: tiktok\n"
    "    title: TikTok\n"
    "    action: remove\n"  # line 9
    "    android: {packages: [com.zhiliaoapp.musically, com.zhiliaoapp.musically.go]}\n"
    "    action: review\n"  # line 11
)

# name -> (file text or None for /dev/zero, the line the error must name, words the message must hold)
HOSTILE_POLICIES: dict[str, tuple[str | None, int, str]] = {
    "alias-bomb": (ALIAS_BOMB, 1, "anchors"),
    "alias-under-rules": (
        VALID_HEAD + "rules:\n  - &r {id: a, title: t, action: remove}\n  - *r\n",
        7,
        "anchors",
    ),
    "deep-flow-nesting": ("[" * 20_000 + "\n", 1, "nest"),
    "deep-block-nesting": ("".join("  " * i + f"k{i}:\n" for i in range(200)), 64, "nested deeper"),
    "5001-digit-integer": (VALID_HEAD + "rules: []\nextra: " + "9" * 5001 + "\n", 7, "5001 characters"),
    "huge-float": (VALID_HEAD + "rules: []\nextra: 1." + "5" * 300 + "e+10\n", 7, "characters"),
    "sixty-megabytes": ("#" * (600 * 1024) + "\n", 1, "larger than"),
    "dev-zero": (None, 1, "larger than"),
    "duplicate-action": (DUPLICATE_ACTION, 11, "appears twice (lines 9 and 11)"),
    "duplicate-top-level": (VALID_HEAD + "id: y\nrules: []\n", 6, "appears twice (lines 2 and 6)"),
}


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def app(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "APP_AUDIT_DATA_DIR": str(tmp_path / "data"),
        "APP_AUDIT_CONFIG_DIR": str(tmp_path / "cfg"),
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *argv],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_S,
        preexec_fn=_capped,
        cwd=REPO,
        env=env,
        check=False,
    )


def _hostile_file(tmp_path: Path, name: str, text: str | None) -> str:
    if text is None:
        return "/dev/zero"
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("name", list(HOSTILE_POLICIES))
def test_hostile_policy_is_refused_with_file_and_line(name: str, tmp_path: Path) -> None:
    text, line, words = HOSTILE_POLICIES[name]
    path = _hostile_file(tmp_path, name, text)
    result = app(tmp_path, "policy", "validate", path)
    assert "Traceback" not in result.stderr
    assert result.returncode == 2, result.stderr
    assert f"{path}:{line}:" in result.stderr
    assert words in result.stderr


@pytest.mark.parametrize("name", ["alias-bomb", "dev-zero", "duplicate-action", "5001-digit-integer"])
def test_scan_with_hostile_policy_exits_2(name: str, tmp_path: Path) -> None:
    text, line, _ = HOSTILE_POLICIES[name]
    path = _hostile_file(tmp_path, name, text)
    listing = DATA / "pixel-all-users.txt"
    result = app(tmp_path, "scan", "--inventory", str(listing), "--user", "all", "--policy", path, "--json")
    assert "Traceback" not in result.stderr
    assert result.returncode == 2, result.stderr  # not 0: the duplicate `action: review` must not pass TikTok
    assert json.loads(result.stdout)["error"]["code"] == "policy_invalid"
    assert f"{path}:{line}:" in result.stderr


@pytest.mark.parametrize(
    ("config", "line", "words"),
    [
        ("webhook_extra:\n  " + ALIAS_BOMB.replace("\n", "\n  "), 2, "anchors"),
        ("auto_scan: true\nlanguage: en\nauto_scan: false\n", 3, "appears twice (lines 1 and 3)"),
        ("auto_scan: " + "1" * 5001 + "\n", 1, "characters"),
        ("android:\n  usb: true\n  tcp_addresses: 5\n", 3, "tcp_addresses"),
    ],
)
def test_hostile_config_is_refused_with_file_and_line(
    config: str, line: int, words: str, tmp_path: Path
) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(config, encoding="utf-8")
    result = app(tmp_path, "policy", "show", "--config", str(path))
    assert "Traceback" not in result.stderr
    assert result.returncode == 2, result.stderr
    assert f"{path}:{line}:" in result.stderr and words in result.stderr


@pytest.mark.parametrize("option", ["--inventory", "--policy"])
def test_dev_zero_as_scan_input_is_refused(option: str, tmp_path: Path) -> None:
    argv = [
        "scan",
        "--no-record",
        "--inventory",
        str(DATA / "clean-user0.txt"),
        "--policy",
        str(DEFAULT_POLICY),
    ]
    argv[argv.index(option) + 1] = "/dev/zero"
    result = app(tmp_path, *argv)
    assert "Traceback" not in result.stderr
    assert result.returncode == 2 and "larger than" in result.stderr


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        ("[" * 100_000, 2, "larger than"),  # beyond the receipt cap: not even read whole
        ('{"receipt": ' + "[" * 20_000 + "]" * 20_000 + ', "signature": ""}', 1, "nested deeper"),
        (None, 2, "larger than"),
    ],
)
def test_hostile_receipt_is_rejected_cleanly(
    content: str | None, code: int, words: str, tmp_path: Path
) -> None:
    path = "/dev/zero"
    if content is not None:
        path = str(tmp_path / "receipt.json")
        Path(path).write_text(content, encoding="utf-8")
    result = app(tmp_path, "receipt", "verify", path)
    assert "Traceback" not in result.stderr
    assert result.returncode == code, result.stderr
    assert words in result.stderr


def test_deeply_nested_signature_file_is_an_unsigned_policy(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_bytes(DEFAULT_POLICY.read_bytes())
    Path(f"{policy}.sig").write_text("[" * 30_000, encoding="utf-8")
    result = app(tmp_path, "policy", "show", str(policy))
    assert "Traceback" not in result.stderr
    assert result.returncode == 0 and "NOT signed" in result.stdout
