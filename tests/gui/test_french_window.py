"""The helpdesk window in French: what the technician reads (menus, tabs, banner, badges, buttons,
cards, tables, history), when started in French and when the language changes while it is open."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from desktop_app.gui.i18n import app_translations
from desktop_app.gui.models.device_list_model import BADGE_ROLE

pytestmark = pytest.mark.gui
WAIT_MS = 30_000
NBSP = "\u00a0"
# English words the window itself writes; none may be left in French (device strings never carry them).
ENGLISH = re.compile(
    r"\b(Check|Remove|Save|Findings|Device|Compliant|Blocking|Installed|Rule|History|Policy|apps|Phones|"
    r"Verdict: |Search|Flagged|checked against|Recorded)\b"
)
FRENCH_TIME = re.compile(r"\d{1,2} [a-zéû]+\.? 2026 \d\d:\d\d UTC([+-]\d+(:\d\d)?)?")


@pytest.fixture
def french() -> Iterator[None]:
    assert app_translations().switch("fr")
    yield
    app_translations().switch("en")


def _checked(desk: Any, qtbot: Any, label: str) -> Any:
    phone = desk.androids[label]
    qtbot.waitUntil(lambda: desk.session_at(phone) is not None, timeout=WAIT_MS)
    session = desk.session_at(phone)
    qtbot.waitUntil(lambda: session.outcome is not None and not session.status.working, timeout=WAIT_MS)
    desk.window.devices.select(session.key)
    qtbot.waitUntil(lambda: desk.window.device_page.shown_outcome is session.outcome, timeout=WAIT_MS)
    return session


def _menus(window: Any) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _tabs(window: Any) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count())]


def _visible_texts(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root) and w.text()]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisibleTo(root) and w.text()]
    return texts


def _badge(window: Any, key: str) -> str:
    model = window.device_model
    return str(model.data(model.index(model.row_of(key)), BADGE_ROLE))


def _assert_device_page_in_french(desk: Any, session: Any) -> None:
    window, page = desk.window, desk.window.device_page
    assert _menus(window) == ["&Fichier", "A&ppareil", "Affic&hage", "&Aide"]
    device_menu = window.menuBar().actions()[1].menu()
    assert [a.text() for a in device_menu.actions()] == [
        "&Vérifier de nouveau",
        "Vérifier &tous les téléphones",
        "Enregistrer le &reçu en PDF…",
        "&Chercher une appli",
    ]
    assert _tabs(window) == ["Appareil", "Historique", "Règle"]
    assert page.banner.headline.text() == f"Non conforme{NBSP}: des applis interdites bloquent l’accès à la messagerie"
    detail = page.banner.detail.text()
    assert "applis vérifiées selon acme-mobile-mail version" in detail, detail
    assert FRENCH_TIME.search(detail), detail
    assert _badge(window, session.key) == "Non conforme"
    assert page.scan_button.text() == "Vérifier de nouveau"
    assert page.receipt_button.text() == "Reçu en PDF…"
    assert page.remove_all_button.text() == "Supprimer les applis signalées (2)"
    assert page.tabs.tabText(0) == "Constats (2)"
    assert page.tabs.tabText(1).startswith("Toutes les applis (")
    card = page.findings.cards[0]
    assert card.title.text().endswith("Bloquante")
    assert f"Appli visée{NBSP}: TikTok" in card.detail.text() and "Installée" in card.detail.text()
    assert card.button.text() == "Supprimer du téléphone"
    devices = window.devices
    assert devices.check_all_button.text() == "Tout vérifier"
    assert devices.auto_scan.text() == "Vérifier les téléphones dès le branchement"
    assert devices.summary.text().startswith(f"Téléphones{NBSP}: 1 · à traiter{NBSP}: 1")
    apps = page.apps
    headers = [str(apps.proxy.headerData(c, Qt.Orientation.Horizontal)) for c in range(apps.proxy.columnCount())]
    assert headers == ["Nom", "Identifiant", "Verdict", "Profil", "État", "Version", "Provenance", "Type"]
    assert apps.flagged.text() == "Signalées seulement"
    assert re.fullmatch(r"\d+ sur \d+ applis", apps.count.text()), apps.count.text()
    left = [text for text in _visible_texts(window) if ENGLISH.search(text)]
    assert not left, f"English left in the French window: {left}"


def test_the_window_started_in_french_speaks_french(make_desk: Any, qtbot: Any, french: None) -> None:
    desk = make_desk({"pixel": "pixel-work-profile"})
    session = _checked(desk, qtbot, "pixel")
    _assert_device_page_in_french(desk, session)


def test_the_window_follows_a_language_switch_while_open(make_desk: Any, qtbot: Any) -> None:
    """The config's language arrives after the window shows (it is read on a worker): every part follows."""
    desk = make_desk({"pixel": "pixel-work-profile"})
    session = _checked(desk, qtbot, "pixel")
    page = desk.window.device_page
    assert page.scan_button.text() == "Check again" and _tabs(desk.window)[0] == "Device"
    try:
        assert app_translations().switch("fr")
        qtbot.waitUntil(lambda: page.scan_button.text() == "Vérifier de nouveau", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: bool(page.findings.cards), timeout=WAIT_MS)
        _assert_device_page_in_french(desk, session)
    finally:
        app_translations().switch("en")
    qtbot.waitUntil(lambda: page.scan_button.text() == "Check again", timeout=WAIT_MS)
    assert _menus(desk.window) == ["&File", "&Device", "&View", "&Help"]
    assert page.banner.headline.text() == "Not compliant: banned apps are blocking mail access"
    assert _badge(desk.window, session.key) == "Not compliant"


def test_history_and_its_story_in_french(make_desk: Any, qtbot: Any, french: None) -> None:
    desk = make_desk({"pixel": "pixel-work-profile"})
    _checked(desk, qtbot, "pixel")
    window = desk.window
    window.tabs.setCurrentIndex(1)
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() > 0, timeout=WAIT_MS)
    model = history.proxy
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    assert headers == [
        "N°", "Enregistrée le", "Appareil", "N° de série / UDID", "Verdict", "Applis", "Constats", "Règle"
    ]  # fmt: skip
    assert FRENCH_TIME.fullmatch(str(model.index(0, 1).data())), model.index(0, 1).data()
    assert model.index(0, 4).data() == "Non conforme"
    assert history.verdict.itemText(0) == "Tous les verdicts"
    assert [history.refresh_button.text(), history.pdf_button.text()] == ["Actualiser", "Reçu en PDF…"]
    assert history.count.text() == f"Vérifications{NBSP}: 1"
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: history.detail is not None, timeout=WAIT_MS)
    # toPlainText() would turn the no-break spaces into spaces; the raw text separates paragraphs with U+2029.
    story = history.detail_view.document().toRawText().replace("\u2029", "\n")


    assert story.startswith(f"Le téléphone{NBSP}:\n  Vérification n°{NBSP}1, enregistrée le "), story
    assert f"Verdict{NBSP}: Non conforme · " in story and "applis vérifiées · 2 constats" in story
    assert "bloquante" in story
    left = [text for text in _visible_texts(history) if ENGLISH.search(text)]
    assert not left, f"English left in the French history: {left}"
