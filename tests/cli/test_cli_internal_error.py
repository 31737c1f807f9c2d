"""A fault in App Audit itself is an internal error with the log path: never a phone fault, never exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import run, scan_commands
from desktop_app.core.device_states import state_for_error
from desktop_app.core.errors import InternalError
from desktop_app.core.models import DeviceState
from desktop_app.devices.ios.errors import translate


def test_a_bug_in_a_command_is_an_internal_error_with_the_log_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("a bug of ours")

    monkeypatch.setattr(scan_commands, "load_offline_inventory", broken)
    listing = tmp_path / "listing.txt"
    listing.write_text("package:com.a\n")
    code = run(
        ["scan", "--data-dir", str(tmp_path / "data"), "--inventory", str(listing), "--db", str(tmp_path / "a.db")]
    )
    err = capsys.readouterr().err
    assert code == 2  # not 1 ("not compliant"), not a traceback
    assert "internal error" in err and "not in the phone" in err
    log = tmp_path / "data" / "app-audit.log"
    assert str(log) in err
    assert "KeyError" in log.read_text()


@pytest.mark.parametrize("bug", [TypeError("x"), KeyError("x"), AttributeError("x"), IndexError("x")])
def test_a_python_error_talking_to_an_iphone_is_not_the_phones_fault(bug: Exception) -> None:
    error = translate(bug, udid="00008110-001A2B3C4D5E801E")
    assert isinstance(error, InternalError)
    assert "not in the phone" in error.hint
    assert state_for_error(error) is DeviceState.ERROR
