"""Issue #12 items 8, 15, 16: search, filters, sorting and copying as a technician types and clicks."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.device_session import Status
from desktop_app.gui.models.app_table_model import ROW_ROLE

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


def _checked(desk: Any, qtbot: Any, label: str) -> Any:
    phone = desk.androids[label]
    qtbot.waitUntil(lambda: desk.session_at(phone) is not None, timeout=WAIT_MS)
    session = desk.session_at(phone)
    qtbot.waitUntil(lambda: session.outcome is not None and not session.status.working, timeout=WAIT_MS)
    desk.window.devices.select(session.key)
    qtbot.waitUntil(lambda: desk.window.device_page.shown_outcome is session.outcome, timeout=WAIT_MS)
    return session


def test_search_finds_what_technicians_type(make_desk: Any, qtbot: Any) -> None:
    """Item 8: "tiktok" finds the flagged TikToks on a Pixel (no labels over adb), and so does the
    profile's name."""
    desk = make_desk({"pixel": "pixel-work-profile"})
    session = _checked(desk, qtbot, "pixel")
    assert session.status is Status.NONCOMPLIANT
    apps = desk.window.device_page.apps
    qtbot.keyClicks(apps.search, "tiktok")
    found = [apps.proxy.index(r, 0).data(ROW_ROLE) for r in range(apps.proxy.rowCount())]
    assert len(found) >= 2 and all(row.flagged for row in found)
    assert apps.count.text().startswith(f"{len(found)} of ")
    apps.search.clear()
    qtbot.keyClicks(apps.search, "user 10")
    assert 0 < apps.proxy.rowCount() < apps.model.rowCount()
    assert all(apps.proxy.index(r, 0).data(ROW_ROLE).app.user == 10 for r in range(apps.proxy.rowCount()))


def test_history_device_filter_matches_part_of_a_name_or_serial(make_desk: Any, qtbot: Any) -> None:
    """Item 8: "Pixel" and part of the serial find the Pixel's audits; no match says so and clears
    the detail pane."""
    desk = make_desk({"pixel": "pixel-work-profile", "samsung": "samsung-clean"})
    session = _checked(desk, qtbot, "pixel")
    samsung = _checked(desk, qtbot, "samsung")
    desk.window.tabs.setCurrentIndex(1)
    history = desk.window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=WAIT_MS)
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: history.detail is not None, timeout=WAIT_MS)
    serial = session.identity.serial
    for typed in ("Pixel", "pixel", serial[1:5].lower()):
        history.device.setText(typed)
        generation = history.loaded_generation
        history.device.returnPressed.emit()
        qtbot.waitUntil(lambda g=generation: history.loaded_generation > g, timeout=WAIT_MS)
        assert [row.serial for row in history.model.rows] == [serial], typed
    assert samsung.identity.serial != serial
    history.device.setText("no such phone")
    generation = history.loaded_generation
    history.device.returnPressed.emit()
    qtbot.waitUntil(lambda: history.loaded_generation > generation, timeout=WAIT_MS)
    assert history.model.rowCount() == 0
    assert history.count.text() == "No audit matches these filters."
    assert history.detail_view.toPlainText() == ""
    assert not history.pdf_button.isEnabled()


def test_app_table_filters_by_profile_state_and_source_and_sorts(make_desk: Any, qtbot: Any) -> None:
    """Item 15."""
    from desktop_app.core.models import AppState
    from desktop_app.gui.models.app_table_model import PROFILE, SOURCE, STATE

    desk = make_desk({"pixel": "pixel-work-profile"})
    _checked(desk, qtbot, "pixel")
    apps = desk.window.device_page.apps

    def shown(column: int) -> list[str]:
        return [apps.proxy.index(r, column).data() for r in range(apps.proxy.rowCount())]

    total = apps.model.rowCount()
    sources = [apps.source.itemText(i) for i in range(apps.source.count())]
    assert sources[0] == "Any source" and "Google Play" in sources
    apps.source.setCurrentIndex(sources.index("Google Play"))
    assert 0 < apps.proxy.rowCount() < total
    assert set(shown(SOURCE)) == {"Google Play"}
    assert apps.count.text() == f"{apps.proxy.rowCount()} of {total} apps"
    apps.source.setCurrentIndex(0)
    states = [apps.state.itemData(i) for i in range(apps.state.count())]
    apps.state.setCurrentIndex(states.index(AppState.ENABLED))
    assert set(shown(STATE)) == {"Installed"}
    apps.state.setCurrentIndex(0)
    apps.profile.setCurrentIndex(2)  # the second profile the phone has (its work profile)
    assert len(set(shown(PROFILE))) == 1 and "user 10" in shown(PROFILE)[0]
    apps.profile.setCurrentIndex(0)
    # Sorting by a header: by source, then by profile.
    apps.table.sortByColumn(SOURCE, Qt.SortOrder.AscendingOrder)
    in_order = [s.casefold() for s in shown(SOURCE)]
    assert in_order == sorted(in_order)
    apps.table.sortByColumn(PROFILE, Qt.SortOrder.DescendingOrder)
    users = [apps.proxy.index(r, 0).data(ROW_ROLE).app.user for r in range(apps.proxy.rowCount())]
    assert users == sorted(users, reverse=True)


def test_device_details_and_findings_copy_as_text(make_desk: Any, qtbot: Any) -> None:
    """Item 16: the page's context menu copies the device and its findings for a ticket."""
    from PySide6.QtGui import QGuiApplication

    desk = make_desk({"pixel": "pixel-work-profile"})
    session = _checked(desk, qtbot, "pixel")
    menu = desk.window.device_page.copy_menu()
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Copy device details", "Copy findings", "Copy both (for a ticket)"]
    assert all(a.isEnabled() for a in menu.actions())
    menu.actions()[0].trigger()
    details = QGuiApplication.clipboard().text()
    assert f"Serial: {session.identity.serial}" in details
    assert f"Model: {session.model}" in details
    assert "Result: Not compliant" in details
    menu.actions()[1].trigger()
    findings = QGuiApplication.clipboard().text()
    assert findings.startswith(f"Findings ({len(session.outcome.report.findings)}):")
    assert "com.zhiliaoapp.musically (com.zhiliaoapp.musically)" not in findings  # the id is not said twice
    assert any("com.zhiliaoapp.musically" in line and "user 10" in line for line in findings.splitlines())
    assert desk.window.status_label.full_text() == "Copied to the clipboard."
