"""Every item model passes qtmodeltester; the app filters and sorting do what the labels say."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.models import (
    AppKind,
    AppState,
    Finding,
    FindingState,
    InstalledApp,
    Platform,
    RuleAction,
)
from desktop_app.core.policy import load_policy
from desktop_app.gui.models.app_filter_proxy import ALL_PROFILES, AppFilterProxy
from desktop_app.gui.models.app_table_model import (
    APP_ID,
    NAME,
    PROFILE,
    SOURCE,
    VERDICT,
    AppTableModel,
    build_rows,
)
from desktop_app.gui.models.history_model import HistoryModel
from desktop_app.gui.models.rules_model import RulesModel
from desktop_app.resources import default_policy_path
from desktop_app.storage.records import AuditRow

pytestmark = pytest.mark.gui


def _apps(count: int) -> tuple[InstalledApp, ...]:
    apps = [
        InstalledApp(
            f"com.example.app{i:05d}",
            Platform.ANDROID,
            label=f"App {i}",
            version_name=f"1.{i}",
            installer="com.android.vending",
            user=10 if i % 3 == 0 else 0,
            kind=AppKind.SYSTEM if i % 2 else AppKind.USER,
        )
        for i in range(count)
    ]
    apps.append(
        InstalledApp(
            "com.zhiliaoapp.musically", Platform.ANDROID, label="TikTok", user=10, state=AppState.ENABLED
        )
    )
    return tuple(apps)


def _finding() -> Finding:
    return Finding(
        "tiktok",
        "TikTok",
        RuleAction.REMOVE,
        "com.zhiliaoapp.musically",
        "TikTok",
        Platform.ANDROID,
        10,
        FindingState.BLOCKING,
        AppState.ENABLED,
    )


def test_app_table_and_proxy_pass_modeltester(qtmodeltester: Any) -> None:
    model = AppTableModel()
    model.set_rows(build_rows(_apps(200), (_finding(),)))
    qtmodeltester.check(model)
    proxy = AppFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    qtmodeltester.check(proxy)


def test_filters_search_and_sorting() -> None:
    model = AppTableModel()
    model.set_rows(build_rows(_apps(5000), (_finding(),)))
    proxy = AppFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 5001
    proxy.set_flagged_only(True)
    assert proxy.rowCount() == 1
    assert proxy.index(0, APP_ID).data() == "com.zhiliaoapp.musically"
    proxy.set_flagged_only(False)
    proxy.set_search("app 49")
    assert {proxy.index(r, NAME).data() for r in range(proxy.rowCount())} >= {"App 49", "App 4999"}
    proxy.set_search("")
    proxy.set_kinds(frozenset({AppKind.SYSTEM}))
    assert proxy.rowCount() == 2500
    proxy.set_kinds(frozenset(AppKind))
    proxy.set_profile(10)
    assert all(proxy.index(r, PROFILE).data().endswith("(user 10)") for r in range(proxy.rowCount()))
    proxy.set_profile(ALL_PROFILES)
    proxy.sort(VERDICT)  # flagged first
    assert proxy.index(0, NAME).data() == "TikTok"
    proxy.sort(APP_ID)
    ids = [proxy.index(r, APP_ID).data() for r in range(50)]
    assert ids == sorted(ids, key=str.casefold)
    proxy.sort(APP_ID, Qt.SortOrder.DescendingOrder)
    ids = [proxy.index(r, APP_ID).data() for r in range(50)]
    assert ids == sorted(ids, key=str.casefold, reverse=True)
    proxy.set_search("google play")  # the source in words finds store apps
    assert proxy.rowCount() == 5000
    assert proxy.index(0, SOURCE).data() == "Google Play"


def test_history_and_rules_models_pass_modeltester(qtmodeltester: Any) -> None:
    history = HistoryModel()
    history.set_rows(
        [
            AuditRow(
                i,
                datetime(2026, 11, 30, 10, i, tzinfo=UTC),
                "android",
                f"SER{i}",
                "Pixel 8",
                "14",
                "",
                "acme",
                "1",
                "0" * 64,
                False,
                "compliant" if i % 2 else "noncompliant",
                100 + i,
                i % 3,
                "a" * 64,
                "b",
                "c",
            )
            for i in range(30)
        ]
    )
    qtmodeltester.check(history)
    rules = RulesModel()
    rules.set_rules(load_policy(default_policy_path()).rules)
    qtmodeltester.check(rules)
    assert rules.index(0, 0).data().splitlines() == ["TikTok", "tiktok"]  # title, then the rule id


def test_device_list_model_passes_modeltester(qtmodeltester: Any, make_desk: Any, qtbot: Any) -> None:
    desk = make_desk({"samsung": "samsung-clean"}, ios=["iphone-tiktok"])
    qtbot.waitUntil(lambda: len(desk.context.hub.sessions) == 2, timeout=20_000)
    qtmodeltester.check(desk.window.device_model)
