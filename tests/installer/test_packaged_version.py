"""`app-audit --version` names the app, the policy schema and the components with their real versions."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

from desktop_app import __version__
from desktop_app.core.policy_schema import SCHEMA_ID


def test_version_lists_app_schema_and_components() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--version"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"app-audit {__version__}"
    assert f"policy schema {SCHEMA_ID}" in lines
    expected = {
        "PySide6": metadata.version("PySide6-Essentials"),
        "adb-shell": metadata.version("adb-shell"),
        "pymobiledevice3": metadata.version("pymobiledevice3"),
        "sqlite-utils": metadata.version("sqlite-utils"),
    }
    for name, version in expected.items():
        assert f"{name} {version}" in lines, (name, lines)
    assert "not installed" not in result.stdout
