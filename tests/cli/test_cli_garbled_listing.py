"""A saved listing with a line that is not understood is never "compliant" (#16 item 1).

Each case garbles the TikTok line of a listing in which TikTok is the only banned app: dropping
the line silently would give exit 0 with a receipt. Expected: inconclusive (exit 4), naming the line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import run

DATA = Path(__file__).parent / "data"
TIKTOK_LINE = (DATA / "pixel-all-users.txt").read_bytes().splitlines(keepends=True)[0]
OTHER_LINES = b"".join((DATA / "pixel-all-users.txt").read_bytes().splitlines(keepends=True)[1:3])

GARBLED = {
    "pakage": TIKTOK_LINE.replace(b"package:", b"pakage:"),
    "letter-in-uid": TIKTOK_LINE.replace(b"uid:1010245", b"uid:10103O1"),
    "invalid-utf8": TIKTOK_LINE.replace(b"musically ", b"musically\xff\xfe "),
    "tab": TIKTOK_LINE.replace(b"  installer", b"\tinstaller"),
    "esc-prefix": b"\x1b[2K" + TIKTOK_LINE,
    "leading-space": b" " + TIKTOK_LINE,
    "junk-appended": TIKTOK_LINE.rstrip(b"\n") + b" junk\n",
    "cut-inside-path": TIKTOK_LINE[:40] + b"\n",
    "cut-before-uid": TIKTOK_LINE.split(b" uid:")[0] + b"\n",
    "cut-inside-name": TIKTOK_LINE.split(b" versionCode")[0][:-6] + b"\n",
}


def _scan(
    tmp_path: Path, listing: bytes, capsys: pytest.CaptureFixture[str]
) -> tuple[int, dict[str, object]]:
    path = tmp_path / "listing.txt"
    path.write_bytes(listing)
    code = run(["scan", "--inventory", str(path), "--user", "all", "--json", "--db", str(tmp_path / "a.db")])
    return code, json.loads(capsys.readouterr().out)


def test_the_untouched_listing_is_not_compliant(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _scan(tmp_path, TIKTOK_LINE + OTHER_LINES, capsys)
    assert code == 1 and report["verdict"] != "compliant"


@pytest.mark.parametrize("where", ["first", "last"])
@pytest.mark.parametrize("case", sorted(GARBLED))
def test_a_garbled_line_makes_the_listing_inconclusive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, where: str
) -> None:
    listing = GARBLED[case] + OTHER_LINES if where == "first" else OTHER_LINES + GARBLED[case]
    code, report = _scan(tmp_path, listing, capsys)
    line_number = 1 if where == "first" else 3
    assert f"line {line_number} was not understood" in json.dumps(report)
    if case == "cut-before-uid":  # still read as TikTok (of the default user): found, not compliant
        assert code == 1 and report["verdict"] != "compliant"
    else:
        assert code == 4, report
        assert report["verdict"] == "inconclusive"


@pytest.mark.parametrize("cut", range(1, len(TIKTOK_LINE) - 1))
def test_a_listing_cut_anywhere_inside_the_tiktok_line_is_inconclusive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cut: int
) -> None:
    code, report = _scan(tmp_path, OTHER_LINES + TIKTOK_LINE[:cut], capsys)
    # 1 when what is left still reads as TikTok, else 4; never 0 ("compliant").
    assert code in (1, 4), report
    assert "line 3 was not understood" in json.dumps(report)
