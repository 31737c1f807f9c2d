from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from desktop_app.storage.paths import default_config_dir, default_data_dir, default_database_path


def test_environment_overrides_the_data_and_config_dirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_AUDIT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("APP_AUDIT_CONFIG_DIR", str(tmp_path / "conf"))
    assert default_data_dir() == tmp_path / "data"
    assert default_config_dir() == tmp_path / "conf"
    assert default_database_path() == tmp_path / "data" / "audits.db"


def test_platformdirs_locations_without_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("APP_AUDIT_DATA_DIR", raising=False)
    monkeypatch.delenv("APP_AUDIT_CONFIG_DIR", raising=False)
    assert default_data_dir() == Path(platformdirs.user_data_dir("app-audit", appauthor=False))
    assert default_config_dir() == Path(platformdirs.user_config_dir("app-audit", appauthor=False))
    assert default_database_path().name == "audits.db"
