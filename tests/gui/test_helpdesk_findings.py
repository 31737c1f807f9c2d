"""Issue #12: what the findings pane shows (inconclusive, refusals, names, accessibility)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QAccessible, QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop_app.core.models import FindingState, Verdict
from desktop_app.gui.device_session import Status
from desktop_app.gui.widgets.device_delegate import FOCUS_WIDTH, DeviceDelegate
from desktop_app.gui.widgets.findings_view import FindingCard

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


def _cards(desk: Any) -> list[FindingCard]:
    return desk.window.device_page.findings.cards  # type: ignore[no-any-return]


def _checked(desk: Any, qtbot: Any, label: str) -> Any:
    phone = desk.androids[label]
    qtbot.waitUntil(lambda: desk.session_at(phone) is not None, timeout=WAIT_MS)
    session = desk.session_at(phone)
    qtbot.waitUntil(lambda: session.outcome is not None and not session.status.working, timeout=WAIT_MS)
    desk.window.devices.select(session.key)
    qtbot.waitUntil(lambda: desk.window.device_page.shown_outcome is session.outcome, timeout=WAIT_MS)
    return session


def test_inconclusive_asks_to_unlock_instead_of_nothing_to_do(make_desk: Any, qtbot: Any) -> None:
    """Item 2."""
    desk = make_desk({"locked": "locked-private-profile"})
    session = _checked(desk, qtbot, "locked")
    assert session.outcome.report.verdict is Verdict.INCONCLUSIVE
    findings = desk.window.device_page.findings
    assert findings.note.isVisibleTo(desk.window)
    assert findings.note.text() == "Not fully checked: unlock the profile “Private space”, then Check again."
    shown = [findings.empty.text()] if findings.empty.isVisibleTo(desk.window) else []
    assert not any("Nothing to do" in text for text in shown)


def test_a_device_owner_refusal_no_longer_offers_remove(make_desk: Any, qtbot: Any) -> None:
    """Item 6: after the phone refused, the card offers steps (ask IT), and the steps do not then
    say to uninstall from Settings."""
    desk = make_desk({"managed": "device-owner-blocked"})
    session = _checked(desk, qtbot, "managed")
    blocked = set(desk.androids["managed"].scenario.removal_failures)
    card = next(c for c in _cards(desk) if c.finding.app_id in blocked)
    assert card.button.text() == "Remove from this phone"
    app_id, user = card.finding.app_id, card.finding.user
    with qtbot.waitSignal(desk.context.hub.removal_finished, timeout=WAIT_MS):
        card.button.click()
    qtbot.waitUntil(lambda: desk.window.device_page.shown_outcome is session.outcome, timeout=WAIT_MS)
    again = next(c for c in _cards(desk) if (c.finding.app_id, c.finding.user) == (app_id, user))
    assert again.button.text() == "Show steps"
    assert "refused" in again.reason.text()
    asked = len(desk.dialogs.asked)
    again.button.click()
    assert len(desk.dialogs.asked) == asked  # no "Remove?" question any more
    steps = desk.window.device_page.removal.steps.text()
    assert "Ask IT" in steps
    assert "Settings > Apps" not in steps and "Uninstall" not in steps


def test_two_apps_of_one_rule_have_different_titles(make_desk: Any, qtbot: Any) -> None:
    """Item 9: TikTok and TikTok Lite are not both titled "TikTok"; the rule is the second line."""
    desk = make_desk({"pixel": "pixel-work-profile"})
    _checked(desk, qtbot, "pixel")
    tiktoks = [c for c in _cards(desk) if c.finding.rule_id == "tiktok"]
    titles = {(c.finding.user, c.title.text()) for c in tiktoks}
    assert len(titles) == len(tiktoks) >= 2
    ids = {c.finding.app_id for c in tiktoks}
    assert {"com.zhiliaoapp.musically", "com.zhiliaoapp.musically.go"} <= ids
    for card in tiktoks:
        # Android gives no label over adb: the id is the name, never the rule's title alone.
        assert card.title.text().startswith(card.finding.app_id)
        assert card.detail.text().startswith("Rule: TikTok")


def _spoken(widget: Any) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return str(interface.text(QAccessible.Text.Name))


def test_screen_readers_hear_the_texts_and_the_device_list_shows_focus(make_desk: Any, qtbot: Any) -> None:
    """Item 12: the verdict, findings, reasons and steps are read as their text; the focused device
    row has a ring of FOCUS_WIDTH px."""
    desk = make_desk({"pixel": "pixel-work-profile"})
    session = _checked(desk, qtbot, "pixel")
    page = desk.window.device_page
    assert session.status is Status.NONCOMPLIANT
    assert _spoken(page.banner.headline) == page.banner.headline.text() != ""
    assert _spoken(page.banner.detail) == page.banner.detail.text()
    card = next(c for c in _cards(desk) if c.finding.state is FindingState.BLOCKING)
    assert _spoken(card.title) == card.title.text()
    assert _spoken(card.reason) == card.reason.text()
    page._on_findings_steps_requested(card.finding)  # the steps of a finding, as "Show steps" shows them
    assert _spoken(page.removal.title) == page.removal.title.text()
    assert _spoken(page.removal.steps) == page.removal.steps.text() != ""

    # The focus ring: a device row painted with keyboard focus has a solid frame at least 2 px wide.
    view = desk.window.devices.list
    delegate = view.itemDelegate()
    assert isinstance(delegate, DeviceDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 280, 80)
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_HasFocus
    image = QImage(QSize(280, 80), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, view.model().index(0, 0))
    painter.end()
    ring = view.palette().color(QPalette.ColorRole.Highlight).rgb()
    middle = 40
    assert sum(image.pixel(x, middle) == ring for x in range(FOCUS_WIDTH + 1)) >= FOCUS_WIDTH
    assert sum(image.pixel(140, y) == ring for y in range(FOCUS_WIDTH + 1)) >= FOCUS_WIDTH
    assert FOCUS_WIDTH >= 2
