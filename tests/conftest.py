"""Shared test fixtures: policies written to temp files, fixed clocks."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from desktop_app.core.policy import LoadedPolicy, load_policy
from desktop_app.core.signing import TrustedKey, generate_private_key, sign_detached

REPO = Path(__file__).resolve().parent.parent
DEFAULT_POLICY = REPO / "resources" / "policies" / "default.yaml"

# Keep tests away from the developer's real data and config folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_app_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("APP_AUDIT_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("APP_AUDIT_CONFIG_DIR", str(base / "config"))


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 30, 12, 0, tzinfo=UTC))


@pytest.fixture
def write_policy(tmp_path: Path) -> Callable[[str, str], Path]:
    def write(text: str, name: str = "policy.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """In CI a skipped fidelity test is a failure: the real clients must be exercised there."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and item.get_closest_marker("fidelity") is not None and os.environ.get("CI"):
        report.outcome = "failed"
        report.longrepr = f"fidelity test skipped in CI: {report.longrepr}"


class Issuer:
    """Signs variants of the bundled policy with its own key, trusted by the policies it loads."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.key = folder, generate_private_key()
        self.trusted = [TrustedKey(self.key.public_key(), "IT")]

    def policy(self, version: str, **changes: object) -> LoadedPolicy:
        data = yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))
        data.update(version=version, **changes)
        path = self.folder / f"{version}-{len(list(self.folder.glob('*.yaml')))}.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        Path(str(path) + ".sig").write_bytes(sign_detached(self.key, path.read_bytes()))
        return load_policy(path, self.trusted)
