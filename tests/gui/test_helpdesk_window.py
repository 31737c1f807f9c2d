"""Issue #12: what a technician sees in the helpdesk window (menus, status bar, start-up, log file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QGuiApplication

from desktop_app.gui.device_session import Status
from desktop_app.gui.main_window import DEVICE_TAB, HISTORY_TAB, POLICY_TAB
from desktop_app.simulators.ios.device import IosFault

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


def _view_action(window: Any, text: str) -> Any:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    return next(a for a in view.actions() if a.text() == text)


def test_view_menu_and_shortcuts_open_their_own_tab(make_desk: Any, qtbot: Any) -> None:
    """Item 4: View > History / Policy (and Ctrl+2 / Ctrl+3) open History and Policy, not Device."""
    desk = make_desk()
    window = desk.window
    for text, index, title in (("&History", HISTORY_TAB, "History"), ("&Policy", POLICY_TAB, "Policy")):
        action = _view_action(window, text)
        assert action.shortcut().toString() == f"Ctrl+{index + 1}"
        action.trigger()  # triggered(bool) passes checked=False
        assert window.tabs.currentIndex() == index
        assert window.tabs.tabText(window.tabs.currentIndex()) == title
    _view_action(window, "&Device").trigger()
    assert window.tabs.currentIndex() == DEVICE_TAB


def test_a_long_message_never_widens_the_window(make_desk: Any, qtbot: Any) -> None:
    """Item 10: the window fits the screen; a long status message is elided with a tooltip."""
    desk = make_desk()
    window = desk.window
    available = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    width = window.width()
    long_text = "The phone could not be checked because " + "something long happened " * 30
    desk.context.presenter.warning(long_text, hint="Plug it in again.")
    qtbot.wait(50)  # lets a relayout happen if one were pending
    assert window.width() == width
    shown = window.status_label.text()
    assert shown.endswith("…") and len(shown) < len(long_text)
    assert long_text in window.status_label.toolTip()
    assert window.status_label.geometry().right() <= window.width()


def test_a_phone_problem_leaves_the_status_bar_once_the_phone_is_checked(make_desk: Any, qtbot: Any) -> None:
    """Item 7: "Problem: ..." about a phone clears when that phone is checked again and compliant."""
    desk = make_desk(ios=["ipad-clean"])
    qtbot.waitUntil(lambda: len(desk.context.hub.sessions) == 1, timeout=WAIT_MS)
    session = next(iter(desk.context.hub.sessions.values()))
    qtbot.waitUntil(lambda: session.status is Status.COMPLIANT, timeout=WAIT_MS)
    desk.window.devices.select(session.key)
    # The phone answers garbage once: the failure is reported in the status bar...
    udid = session.attached.serial
    desk.iphones.set_fault(udid, IosFault(lookup_payload=b"\x00garbage"))
    with qtbot.waitSignal(desk.context.hub.scan_finished, timeout=WAIT_MS):
        desk.window.device_page.scan_button.click()
    assert session.status is not Status.COMPLIANT
    assert desk.window.status_label.full_text().startswith("Problem: The check stopped")
    desk.iphones.set_fault(udid, IosFault())
    # ...and is gone once the phone has been checked again and found compliant.
    with qtbot.waitSignal(desk.context.hub.scan_finished, timeout=WAIT_MS):
        desk.window.device_page.scan_button.click()
    assert session.status is Status.COMPLIANT
    assert desk.window.status_label.full_text() == ""


def test_reopening_on_history_lists_audits_and_writes_a_log_file(qtbot: Any, tmp_path: Path) -> None:
    """Item 5: a window that reopens on History shows its rows, not "Something went wrong"; the log
    file is in the data folder and its path is in Help > About and in an unexpected-error message."""
    from desktop_app import launch_gui
    from desktop_app.gui.settings import UiSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    UiSettings().save_window(QByteArray(), QByteArray(), HISTORY_TAB)
    seen: dict[str, Any] = {}

    def on_shown(window: Any) -> None:
        seen["tab_at_start"] = window.tabs.currentIndex()

        def check() -> None:
            history = window.history
            loaded = window.context.presenter.log_path is not None
            if loaded and (history.model.rowCount() > 0 or seen.setdefault("ticks", 0) > 600):
                seen["rows"] = history.model.rowCount()
                seen["status"] = window.status_label.full_text()
                seen["messages"] = [m.full_text for m in window.context.presenter.history]
                seen["about"] = window.about_text()
                window.context.presenter.error(RuntimeError("internal"), context="A test")
                seen["unexpected"] = window.status_label.full_text()
                seen["log_path"] = window.context.presenter.log_path
                timer.stop()
                window.close()
                return
            seen["ticks"] = seen.get("ticks", 0) + 1
            if history.model.rowCount() == 0:
                history.refresh()

        timer = QTimer(window)
        timer.setInterval(50)
        timer.timeout.connect(check)
        timer.start()

    data_dir = tmp_path / "data"
    code = launch_gui.main(
        demo=True, data_dir=data_dir, config_path=tmp_path / "no-config.yaml", on_shown=on_shown
    )
    assert code == 0
    assert seen["tab_at_start"] == HISTORY_TAB
    assert seen["rows"] > 0
    assert not any("did not expect" in m for m in seen["messages"]), seen["messages"]
    assert "did not expect" not in seen["status"]
    log_path = seen["log_path"]
    assert log_path == data_dir / "app-audit.log"
    assert str(log_path) in seen["about"]
    assert "did not expect" in seen["unexpected"] and str(log_path) in seen["unexpected"]
    assert log_path.exists() and "internal" in log_path.read_text(encoding="utf-8")


def test_trust_refused_has_its_own_state_with_the_reset_steps_as_headline(make_desk: Any, qtbot: Any) -> None:
    """Item 3: after "Don't Trust" the badge and headline do not say to tap Trust; the reset steps
    are the headline, nothing promises a check "by itself"; once trusted again, it is checked."""
    from desktop_app.gui.models.device_list_model import BADGE_ROLE

    desk = make_desk(ios=["trust-refused"])
    qtbot.waitUntil(lambda: len(desk.context.hub.sessions) == 1, timeout=WAIT_MS)
    session = next(iter(desk.context.hub.sessions.values()))
    qtbot.waitUntil(lambda: session.status is Status.TRUST_REFUSED, timeout=WAIT_MS)
    desk.window.devices.select(session.key)
    model = desk.window.device_model
    assert model.data(model.index(model.row_of(session.key)), BADGE_ROLE) == "Trust refused"
    guidance = desk.window.device_page.guidance
    headline = guidance.headline.text()
    assert headline.startswith("On the iPhone: Settings > General > Transfer or Reset iPhone")
    assert "Reset Location & Privacy" in headline
    assert 'tap "Trust"' not in headline
    assert "starts by itself" not in guidance.detail.text()
    assert "Don't Trust" in guidance.detail.text()
    # The person resets the phone's trust settings and taps Trust: it is checked as usual.
    desk.iphones.tap_trust(session.attached.serial)
    qtbot.waitUntil(lambda: session.outcome is not None and not session.status.working, timeout=WAIT_MS)
    assert session.status is not Status.TRUST_REFUSED
    assert not guidance.isVisible()


def test_device_list_has_a_summary_and_needs_action_first(make_desk: Any, qtbot: Any) -> None:
    """Item 14: "Phones: 3 · need action: 1 · waiting for you: 1" above the list; the phone that needs
    action first, the one waiting for the person next, the compliant one last."""
    desk = make_desk({"samsung": "samsung-clean", "new": "unauthorized", "pixel": "pixel-work-profile"})
    sessions = {label: None for label in desk.androids}

    def settled() -> bool:
        for label, phone in desk.androids.items():
            sessions[label] = desk.session_at(phone)
        return all(
            s is not None and not s.status.working and s.status is not Status.READY for s in sessions.values()
        )

    qtbot.waitUntil(settled, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: sessions["pixel"].status is Status.NONCOMPLIANT, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: sessions["samsung"].status is Status.COMPLIANT, timeout=WAIT_MS)
    panel = desk.window.devices
    assert panel.summary.isVisible()
    assert panel.summary.text() == "Phones: 3 · need action: 1 · waiting for you: 1"
    model = desk.window.device_model
    shown = [model.key_at(row) for row in range(model.rowCount())]
    assert shown == [sessions["pixel"].key, sessions["new"].key, sessions["samsung"].key]
    # The selection follows its phone when rows move.
    panel.select(sessions["samsung"].key)
    with qtbot.waitSignal(desk.context.hub.scan_finished, timeout=WAIT_MS):
        desk.window.device_page.scan_button.click()
    assert panel.selected_key() == sessions["samsung"].key


def test_a_present_iphone_is_not_called_unplugged_after_its_stream_idled_out(
    make_desk: Any, qtbot: Any
) -> None:
    """Item 1 (connector fix by the device layer), as the technician sees it: the page has been open a
    while, the iPhone's services closed the idle stream (here after 0.5 s, a real one after about a
    minute), and Remove still works: no "unplugged", no stale verdict, no problem in the status bar."""
    from desktop_app.core.models import FindingState

    desk = make_desk(ios=["iphone-tiktok"], ios_idle_timeout_s=0.5)
    qtbot.waitUntil(lambda: len(desk.context.hub.sessions) == 1, timeout=WAIT_MS)
    session = next(iter(desk.context.hub.sessions.values()))
    qtbot.waitUntil(lambda: session.status is Status.NONCOMPLIANT, timeout=WAIT_MS)
    desk.window.devices.select(session.key)
    page = desk.window.device_page
    qtbot.waitUntil(lambda: page.shown_outcome is session.outcome, timeout=WAIT_MS)
    closures = desk.iphones.idle_closures
    qtbot.waitUntil(lambda: desk.iphones.idle_closures > closures, timeout=WAIT_MS)  # the stream idled out
    card = next(c for c in page.findings.cards if c.finding.state is FindingState.BLOCKING)
    seen: list[Status] = []
    desk.context.hub.device_changed.connect(lambda _key: seen.append(session.status))
    with qtbot.waitSignal(desk.context.hub.removal_finished, timeout=WAIT_MS):
        card.button.click()
    assert Status.UNPLUGGED not in seen and Status.ERROR not in seen, seen
    assert session.message is None
    assert "unplugged" not in page.removal.title.text().lower()
    assert page.removal.title.text().endswith(f"The phone is now: {page.banner.headline.text()}.")
    assert not desk.window.status_label.full_text().startswith("Problem")
