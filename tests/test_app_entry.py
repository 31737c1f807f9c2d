"""`app-audit gui` hands every option to the window as real paths (none silently dropped)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app import app, launch_gui
from desktop_app.core.errors import PolicySignatureError
from desktop_app.launch_gui import StartupState, load_startup
from desktop_app.resources import sample_issuer_key_path


def test_gui_options_reach_the_window_as_paths(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    received: dict[str, Any] = {}
    monkeypatch.setattr(launch_gui, "main", lambda **kwargs: received.update(kwargs) or 0)
    code = app.main(
        [
            "gui",
            "--demo",
            "--db",
            str(tmp_path / "a.db"),
            "--config",
            str(tmp_path / "c.yaml"),
            "--data-dir",
            str(tmp_path / "data"),
            "--policy",
            str(tmp_path / "p.yaml"),
            "--trusted-key",
            str(tmp_path / "k.pub"),
            "--require-signed",
        ]
    )
    assert code == 0
    assert received["db_path"] == tmp_path / "a.db"
    assert received["config_path"] == tmp_path / "c.yaml"
    assert received["data_dir"] == tmp_path / "data"
    assert received["policy_path"] == tmp_path / "p.yaml"
    assert received["extra_trusted_keys"] == [tmp_path / "k.pub"]
    assert received["require_signed"] is True and received["demo"] is True


def _start(tmp_path: Path, **options: Any) -> StartupState:
    return load_startup(
        StartupState(),
        demo=False,
        db_path=None,
        policy_path=None,
        config_path=tmp_path / "absent.yaml",
        data_dir=tmp_path / "data",
        **options,
    )


def test_trusted_key_option_signs_the_policy_and_data_dir_is_used(tmp_path: Path) -> None:
    state = _start(tmp_path, extra_trusted_keys=[sample_issuer_key_path()])
    assert state.policy.signature.signed
    assert state.database_path == tmp_path / "data" / "audits.db"
    assert (tmp_path / "data" / "receipt-signing.key").exists()


def test_require_signed_refuses_a_policy_no_trusted_key_signed(tmp_path: Path) -> None:
    with pytest.raises(PolicySignatureError):
        _start(tmp_path, require_signed=True)
