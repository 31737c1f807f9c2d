"""Issue #12 item 13 and issue #14 item 5: Check all, Remove all flagged (one confirmation, progress
per app), operations and the device state table."""

from __future__ import annotations

import itertools
import logging
from typing import Any

import pytest

from desktop_app.core.errors import DeviceDisconnectedError, DeviceTrustRefusedError, DeviceUnauthorizedError
from desktop_app.core.models import FindingState, Verdict
from desktop_app.gui.device_session import RemovalStage, Status
from desktop_app.gui.device_states import (
    GROUP_OF,
    TRANSITIONS,
    Event,
    allowed,
    failure_event,
)
from desktop_app.gui.operations import RemoveOperation

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


def test_remove_all_flagged_asks_once_listing_each_app_and_shows_progress_per_app(
    make_desk: Any, qtbot: Any, caplog: Any
) -> None:
    desk = make_desk({"pixel": "pixel-work-profile"})
    pixel = desk.androids["pixel"]
    qtbot.waitUntil(lambda: desk.session_at(pixel) is not None, timeout=WAIT_MS)
    session = desk.session_at(pixel)
    qtbot.waitUntil(lambda: session.status is Status.NONCOMPLIANT, timeout=WAIT_MS)
    desk.window.devices.select(session.key)
    page = desk.window.device_page
    qtbot.waitUntil(lambda: page.shown_outcome is session.outcome, timeout=WAIT_MS)
    flagged = [f for f in session.outcome.report.findings if f.state is FindingState.BLOCKING]
    assert len(flagged) >= 2
    button = page.remove_all_button
    assert button.isVisibleTo(desk.window) and button.isEnabled()
    assert button.text() == f"Remove all flagged ({len(flagged)})"

    seen: list[str] = []
    desk.context.hub.device_changed.connect(lambda _key: seen.append(page.removal.title.text()))
    asked = len(desk.dialogs.asked)
    with (
        caplog.at_level(logging.ERROR, logger="desktop_app.gui.device_states"),
        qtbot.waitSignal(desk.context.hub.removal_finished, timeout=WAIT_MS),
    ):
        button.click()
        assert not button.isEnabled()  # one operation at a time on a phone
    assert len(desk.dialogs.asked) == asked + 1  # one confirmation for all of them
    question = desk.dialogs.asked[-1]
    for finding in flagged:
        assert finding.app_id in question and f"user {finding.user}" in question
    # Progress per app: "(1 of 2)", "(2 of 2)", then the fresh check.
    assert any(f"(1 of {len(flagged)})" in text for text in seen), seen
    assert any(f"({len(flagged)} of {len(flagged)})" in text for text in seen), seen
    assert session.removal is not None and session.removal.stage is RemovalStage.DONE
    assert session.status is Status.COMPLIANT
    assert page.removal.title.text().startswith(f"{len(flagged)} apps were removed:")
    assert not page.remove_all_button.isVisibleTo(desk.window)
    assert not [r for r in caplog.records if "illegal device state change" in r.getMessage()]
    uninstalls = [c for c in pixel.commands if "uninstall" in c]
    assert len(uninstalls) == len(flagged)


def test_check_all_checks_every_ready_phone(make_desk: Any, qtbot: Any) -> None:
    desk = make_desk({"samsung": "samsung-clean", "pixel": "pixel-work-profile"}, auto_scan=False)
    phones = list(desk.androids.values())
    qtbot.waitUntil(
        lambda: all(
            desk.session_at(p) is not None and desk.session_at(p).status is Status.READY for p in phones
        ),
        timeout=WAIT_MS,
    )
    panel = desk.window.devices
    assert panel.check_all_button.isEnabled()
    panel.check_all_button.click()
    assert desk.window.status_label.full_text() == "Phones being checked again: 2"
    sessions = [desk.session_at(p) for p in phones]
    qtbot.waitUntil(
        lambda: all(s.outcome is not None and not s.status.working for s in sessions), timeout=WAIT_MS
    )
    assert {s.outcome.report.verdict for s in sessions} == {Verdict.COMPLIANT, Verdict.NONCOMPLIANT}
    assert panel.summary.text() == "Phones: 2 · need action: 1"


def test_the_state_table_covers_every_state_and_event() -> None:
    """One explicit table: every state can be reached, working states are left only by results,
    failures or unplugging, and a phone is never checked while working."""
    reachable = set().union(*(targets for _sources, targets in TRANSITIONS.values()))
    assert reachable | {Status.READY} == set(Status)
    assert set(GROUP_OF) == set(Status)
    for working in (Status.SCANNING, Status.REMOVING):
        assert not allowed(working, Event.CHECK_STARTED, Status.SCANNING)
        assert not allowed(working, Event.REMOVAL_STARTED, Status.REMOVING)
        assert allowed(working, Event.JUDGED, Status.COMPLIANT)
        assert allowed(working, Event.UNPLUGGED, Status.UNPLUGGED)
    assert not allowed(Status.READY, Event.REMOVAL_STARTED, Status.REMOVING)  # nothing judged yet
    assert not allowed(Status.UNPLUGGED, Event.CHECK_STARTED, Status.SCANNING)
    assert allowed(Status.NONCOMPLIANT, Event.REMOVAL_STARTED, Status.REMOVING)
    for status, event in itertools.product(Status, Event):
        sources, targets = TRANSITIONS[event]
        assert allowed(status, event, next(iter(targets))) is (status in sources)


def test_failures_map_to_the_state_the_person_sees() -> None:
    assert failure_event(DeviceTrustRefusedError("x"), True) == (Event.NEEDS_PERSON, Status.TRUST_REFUSED)
    assert failure_event(DeviceUnauthorizedError("x"), True) == (Event.NEEDS_PERSON, Status.WAITING_ALLOW)
    # Discovery, not a broken link, says a phone is unplugged.
    assert failure_event(DeviceDisconnectedError("x"), True) == (Event.FAILED, Status.ERROR)
    assert failure_event(DeviceDisconnectedError("x"), False) == (Event.UNPLUGGED, Status.UNPLUGGED)
    assert failure_event(RuntimeError("x"), True) == (Event.FAILED, Status.ERROR)
    assert failure_event(RuntimeError("x"), False) == (Event.UNPLUGGED, Status.UNPLUGGED)


def test_a_removal_operation_types_its_stages() -> None:
    operation = RemoveOperation()
    assert operation.stage_of("Removing TikTok", RemovalStage.REMOVING) is RemovalStage.REMOVING
    assert operation.stage_of("Checking the phone again", RemovalStage.REMOVING) is RemovalStage.VERIFYING
    assert operation.stage_of("Reading the app list", RemovalStage.VERIFYING) is RemovalStage.VERIFYING
