"""The window starts before its policy, the demo (only) trusts the sample issuer, and the words
the window shows for deadlines, waiting phones, profiles and history are the ones a person needs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QSettings

from desktop_app.core.models import AttachedDevice, DeviceState, Platform
from desktop_app.core.signing import generate_private_key
from desktop_app.gui.context import build_context
from desktop_app.gui.device_session import DeviceLink, DeviceSession, Status
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.models.device_list_model import subtitle
from desktop_app.gui.settings import UiSettings
from desktop_app.gui.widgets.device_page import page_subtitle
from desktop_app.gui.widgets.history_page import detail_text
from desktop_app.gui.wording import enforcement_text, profile_name, zoned_time
from desktop_app.launch_gui import StartupState, load_startup
from desktop_app.storage.database import AuditDatabase
from desktop_app.storage.records import AuditDetail, AuditRow
from tests.gui.conftest import FixedClock

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def _load(tmp_path: Path, *, demo: bool) -> StartupState:
    return load_startup(
        StartupState(),
        demo=demo,
        db_path=tmp_path / "audits.db",
        policy_path=None,
        config_path=tmp_path / "no-config.yaml",
    )


def test_demo_trusts_the_sample_issuer_and_a_normal_start_does_not(tmp_path: Path) -> None:
    demo = _load(tmp_path, demo=True)
    assert demo.policy.signature.signed
    assert demo.policy.signature.signer.startswith("sample-issuer (ed25519:")
    normal = _load(tmp_path, demo=False)
    assert not normal.policy.signature.signed
    assert normal.trusted == []
    assert normal.database_path == tmp_path / "audits.db"


def test_window_shows_loading_policy_then_the_loaded_one(qtbot: Any, tmp_path: Path) -> None:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    context = build_context(
        sources=[],
        store_factory=lambda: AuditDatabase(tmp_path / "audits.db"),
        clock=FixedClock(),
        settings=settings,
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    try:
        assert context.hub.policy is None
        assert window.policy.fields["Policy"].text() == "Loading policy…"
        loaded = _load(tmp_path, demo=True)
        context.finish_loading(loaded.policy, loaded.trusted, False, generate_private_key())
        # The station accepts the policy version first (on the database thread), then the window uses it.
        qtbot.waitUntil(lambda: context.hub.policy is loaded.policy, timeout=10_000)
        assert window.policy.fields["Policy"].text() == "acme-mobile-mail"
        assert window.policy.fields["Signature"].text().startswith("Signed by sample-issuer (ed25519:")
        # The fixed clock is after the bundled policy's deadline.
        assert re.fullmatch(
            r"Enforced since Nov \d+, 2026, \d+:\d\d [AP]M UTC\S*: banned apps block mail access",
            window.policy.fields["Deadline"].text(),
        )
    finally:
        context.shutdown()


def test_window_module_loads_no_policy_crypto_or_store_library() -> None:
    """What makes the window show fast: pydantic, YAML, cryptography and sqlite-utils load later."""
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv[:1])
        from desktop_app.core.clock import SystemClock
        from desktop_app.gui.context import build_context
        from desktop_app.gui.main_window import MainWindow
        from desktop_app.gui.settings import UiSettings
        context = build_context(sources=[], store_factory=lambda: None, clock=SystemClock(), settings=UiSettings())
        window = MainWindow(context)
        window.show()
        context.shutdown()
        heavy = ("pydantic", "yaml", "cryptography", "sqlite_utils", "pymobiledevice3", "adb_shell")
        print("loaded:" + ",".join(sorted(m for m in heavy if m in sys.modules)))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "loaded:"


def test_deadline_says_its_zone_and_whether_it_passed() -> None:
    deadline = datetime(2026, 11, 29, 7, 59, tzinfo=UTC)
    passed = enforcement_text(deadline, deadline + timedelta(hours=1))
    assert passed.startswith("Enforced since ") and zoned_time(deadline) in passed
    coming = enforcement_text(deadline, deadline - timedelta(hours=3, minutes=20))
    assert "(in 3 h 20 min)" in coming and coming.startswith("Enforced from ")
    assert enforcement_text(None, deadline) == "Enforced now (no deadline)"
    # The zone is always named: UTC, or the offset of the local zone.
    shown = zoned_time(datetime(2026, 11, 29, 7, 59, tzinfo=timezone(timedelta(hours=1))))
    assert re.search(r" UTC([+-]\d+(:\d\d)?)?$", shown)


def _session(attached: AttachedDevice, status: Status) -> DeviceSession:
    session = DeviceSession(attached.platform + ":x", attached, cast(DeviceLink, None))
    session.status = status
    return session


def test_phones_waiting_for_the_person_are_named_without_a_fake_serial() -> None:
    android = _session(
        AttachedDevice(
            Platform.ANDROID, "127.0.0.1:39785", DeviceState.UNAUTHORIZED, address="tcp:127.0.0.1:39785"
        ),
        Status.WAITING_ALLOW,
    )
    assert android.title == "Android phone"
    assert android.serial == ""
    assert page_subtitle(android) == "Waiting for Allow · connected over TCP 127.0.0.1:39785"
    assert subtitle(android) == "Connected over TCP 127.0.0.1:39785"
    udid = "00008120-0011223344556677"
    iphone = _session(
        AttachedDevice(Platform.IOS, udid, DeviceState.UNTRUSTED, address="usbmux:default"),
        Status.WAITING_TRUST,
    )
    assert iphone.title == "iPhone"
    assert page_subtitle(iphone) == f"Waiting for Trust · UDID {udid}"


def test_profiles_are_named_as_the_phone_names_them() -> None:
    names: dict[int | None, str] = {0: "Owner", 10: "Work profile"}
    assert profile_name(10, names) == "Work profile (user 10)"
    assert profile_name(0, names) == "Owner (user 0)"
    assert profile_name(11, names) == "Work / other profile (user 11)"  # not reported: a fallback
    assert profile_name(None, names) == "Phone"


def test_history_detail_names_the_device_once_and_the_signer() -> None:
    row = AuditRow(
        6, datetime(2026, 11, 30, 22, 21, tzinfo=UTC), "android", "3A281FDJH00123", "Pixel 8", "14", "",
        "acme-mobile-mail", "2026.11.28-1", "a" * 64, True, "compliant", 421, 0, "b" * 64, "c" * 64, "d" * 64,
    )  # fmt: skip
    text = detail_text(AuditDetail(row, [], [], None, []), "sample-issuer (ed25519:1d7dcc219faf09ef)")
    assert "Device: Pixel 8 (Android 14) · serial 3A281FDJH00123" in text
    assert "Pixel 8 · Pixel 8" not in text
    assert "signed by sample-issuer (ed25519:1d7dcc219faf09ef)" in text
    assert "signed by a trusted key" in detail_text(AuditDetail(row, [], [], None, []))
