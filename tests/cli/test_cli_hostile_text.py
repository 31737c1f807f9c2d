"""Issue #16 item 3: phone- and policy-supplied text never reaches a person's terminal raw.

Hostile values (ESC sequences, the C1 CSI U+009B, the bidi override U+202E, newlines forging a
verdict line, a 10,000-character label) go through every human output; JSON keeps them exact.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.core.display_text import CSV_LIMIT, DEFAULT_LIMIT, csv_cell, shown

FORGED_VERDICT = "TikTok\nCOMPLIANT: no banned app found\n"
ANSI_MODEL = "<img src=x>\x1b[31mRED \x1b[1A\x1b[2K COMPLIANT"
C1_CSI = "Tik\x9b2JTok"
BIDI = "Tik\u202ekoTkiT"
LONG_LABEL = "L" * 10_000
HOSTILE = [FORGED_VERDICT, ANSI_MODEL, C1_CSI, BIDI, LONG_LABEL, "tab\there", "\u2028sep\u2029"]
NEVER_RAW = {"Cc", "Cf", "Zl", "Zp", "Cs"}


def raw_controls(text: str) -> list[str]:
    """Characters that must never be printed as they are (a printed line break is allowed)."""
    return [c for c in text if c != "\n" and unicodedata.category(c) in NEVER_RAW]


@pytest.mark.parametrize("value", [*HOSTILE, "\ud800lone surrogate"])
def test_shown_escapes_and_cuts(value: str) -> None:
    text = shown(value)
    assert raw_controls(text) == [] and "\n" not in text
    assert len(text) <= DEFAULT_LIMIT + 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("\x1b[2K", "\\x1b[2K"),
        ("a\x9bb", "a\\x9bb"),
        ("a\u202eb", "a\\u202eb"),
        ("a\nb", "a\\nb"),
        ("ordinary Pixel 8", "ordinary Pixel 8"),
        ("café 日本", "café 日本"),
        (None, ""),
        ("x" * 130, "x" * DEFAULT_LIMIT + "…"),
    ],
)
def test_shown_table(value: str | None, expected: str) -> None:
    assert shown(value) == expected


def test_csv_cell_escapes_cuts_and_defuses_formulas() -> None:
    assert csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert csv_cell("a\nb") == "a\\nb"
    assert len(str(csv_cell(LONG_LABEL))) == CSV_LIMIT + 1
    assert csv_cell(3) == 3


HOSTILE_POLICY = """\
schema: app-audit/policy@1
id: hostile
version: "1"
title: "Banned \\e[2J\\u202e apps"
issued_at: 2026-11-28T09:00:00Z
rules:
%s
"""


def _rules() -> str:
    return "\n".join(
        f'  - id: r{i}\n    title: "Rule \\e[31m{i}\\n\\u009b forged"\n    action: remove\n'
        f"    ios: {{bundles: [com.bad.app{i}]}}"
        for i in range(len(HOSTILE))
    )


@pytest.fixture
def hostile_files(tmp_path: Path) -> tuple[Path, Path]:
    policy = tmp_path / "policy.yaml"
    policy.write_text(HOSTILE_POLICY % _rules(), encoding="utf-8")
    listing = tmp_path / "saved\x1b[2J\u202elisting.json"
    apps = [
        {"CFBundleIdentifier": f"com.bad.app{i}", "CFBundleDisplayName": label, "ApplicationType": "User"}
        for i, label in enumerate(HOSTILE)
    ]
    listing.write_text(json.dumps(apps), encoding="utf-8")
    return policy, listing


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = run(list(argv))
    captured = capsys.readouterr()
    return code, captured.out if "--json" in argv else captured.out + captured.err


def _assert_safe(text: str) -> None:
    assert raw_controls(text) == []
    lines = text.splitlines()
    assert not any(line.startswith("COMPLIANT") for line in lines), "a label forged a verdict line"
    assert max(len(line) for line in lines) < 2_000, "a 10,000-character value was printed whole"


def test_every_human_output_is_escaped_and_json_stays_exact(
    capsys: pytest.CaptureFixture[str], hostile_files: tuple[Path, Path], tmp_path: Path
) -> None:
    policy, listing = hostile_files
    db = str(tmp_path / "audits.db")
    common = ["--db", db, "--policy", str(policy)]
    serial = "SER\u202eIAL\x1b[0m\nCOMPLIANT"

    code, text = _cli(capsys, "scan", "--inventory", str(listing), "--serial", serial, *common)
    assert code == 1
    _assert_safe(text)
    assert "\\x1b[31mRED" in text and "\\u202e" in text and "\\x9b" in text
    assert "TikTok\\nCOMPLIANT" in text

    code, text = _cli(capsys, "scan", "--inventory", str(listing), "--serial", serial, "--json", *common)
    report = json.loads(text)
    assert {f["label"] for f in report["findings"]} == set(HOSTILE)
    assert report["device"]["serial"] == serial

    for argv in (["history", "list"], ["history", "show", "1"], ["policy", "show", str(policy)]):
        code, text = _cli(capsys, *argv, "--db", db)
        assert code == 0, argv
        _assert_safe(text)

    code, text = _cli(capsys, "history", "export", "--format", "csv", "--db", db)
    assert code == 0
    _assert_safe(text.replace("\r\n", "\n"))  # the CSV dialect's own line ends
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and all(raw_controls(value) == [] for row in rows for value in row.values())


def test_lone_surrogates_are_recorded_as_replacement_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A "\\ud800" label in a saved JSON listing, an undecodable byte in the file name and the serial:
    the audit is recorded (U+FFFD in their place) and verifies, no traceback."""
    listing = tmp_path / "listing-\udcff.json"
    apps = [
        {
            "CFBundleIdentifier": "com.apple.mobilesafari",
            "CFBundleDisplayName": "Saf\ud800ari",
            "ApplicationType": "System",
        }
    ]
    listing.write_text(json.dumps(apps), encoding="utf-8")
    db = str(tmp_path / "audits.db")
    code, text = _cli(capsys, "scan", "--inventory", str(listing), "--serial", "S\udcfe", "--db", db)
    assert code == 0, text
    assert raw_controls(text) == []
    assert _cli(capsys, "history", "verify", "--db", db)[0] == 0
    code, text = _cli(capsys, "history", "show", "1", "--db", db, "--json")
    audit = json.loads(text)
    assert audit["serial"] == "S\ufffd" and audit["model"] == "saved listing listing-\ufffd.json"
