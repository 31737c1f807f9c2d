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
    assert (
        page.banner.headline.text()
        == f"Non conforme{NBSP}: des applis interdites bloquent l’accès à la messagerie"
    )
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
    headers = [
        str(apps.proxy.headerData(c, Qt.Orientation.Horizontal)) for c in range(apps.proxy.columnCount())
    ]
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


def test_a_confirmation_asks_in_french(make_desk: Any, qtbot: Any, french: None) -> None:
    desk = make_desk({"pixel": "pixel-work-profile"})
    _checked(desk, qtbot, "pixel")
    desk.dialogs.confirm_answer = False  # asked, then refused: nothing is removed
    card = desk.window.device_page.findings.cards[0]
    card.button.click()
    question = desk.dialogs.asked[-1]
    assert question.startswith(
        "Supprimer com.zhiliaoapp.musically de Work profile (utilisateur 10) sur Pixel 8"
    )
    assert f"Pixel 8{NBSP}?\n\nL’appli et ses données dans ce profil sont supprimées." in question


def test_the_fleet_page_in_french(qtbot: Any, french: None) -> None:
    from datetime import UTC, datetime
    from types import SimpleNamespace

    from desktop_app.gui.widgets.fleet_page import FleetPage
    from desktop_app.storage.fleet.fleet_view import FleetDevice, FleetStation

    page = FleetPage()
    qtbot.addWidget(page)
    assert page.title.text() == "Flotte"
    assert page.connection.text() == "Connexion à la base de la flotte…"
    when = datetime(2026, 12, 7, 6, 58, tzinfo=UTC)
    device = FleetDevice(
        "android", "3A281FDJH00123", "Pixel 8", "desk-1", "noncompliant", when, "acme", "1", when,
        [{"app_id": "com.zhiliaoapp.musically"}], "requested",
    )  # fmt: skip
    station = FleetStation("desk-2", "k", None, 12345, "acme", "1", "2", 0, silent=True)
    page.show_snapshot(
        SimpleNamespace(
            counts={"compliant": 3, "noncompliant": 1}, needing_action=[device], stations=[station]
        )
    )
    assert page.counts.text() == "3 conformes, 1 non conforme"
    devices, stations = page.devices_model, page.stations_model
    assert [devices.headerData(c, Qt.Orientation.Horizontal) for c in range(devices.columnCount())] == [
        "Appareil", "Modèle", "Poste", "Verdict", "Date limite", "Applis"
    ]  # fmt: skip
    assert devices.index(0, 3).data() == "Non conforme"
    assert FRENCH_TIME.fullmatch(devices.index(0, 4).data())
    assert stations.index(0, 1).data() == "jamais"
    assert stations.index(0, 2).data() == "12\u202f345"


def test_a_refused_policy_is_explained_in_french(
    make_desk: Any, qtbot: Any, french: None, tmp_path: Any
) -> None:
    from desktop_app.core.policy import PolicyValidationError, parse_policy_text
    from desktop_app.gui.widgets.policy_page import PROBLEM_WORDS
    from desktop_app.resources import default_policy_path

    text = default_policy_path().read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("title:", "titel:", 1), encoding="utf-8")  # unknown field, one missing
    with pytest.raises(PolicyValidationError) as refused:
        parse_policy_text(broken.read_bytes(), str(broken))
    said = {problem.message for problem in refused.value.problems}
    # core still writes the words the window translates (gui/widgets/policy_page.py PROBLEM_WORDS).
    assert {"required field is missing", "unknown field (check the spelling)"} <= said & set(PROBLEM_WORDS)
    desk = make_desk()
    page = desk.window.policy
    desk.dialogs.open_path = broken
    with qtbot.waitSignal(desk.context.policies.policy_rejected, timeout=WAIT_MS):
        page.open_button.click()
    assert (
        page.problems_title.text()
        == f"broken.yaml n’a pas été chargé{NBSP}; la règle actuelle reste en vigueur{NBSP}:"
    )
    lines = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert all(line.startswith("Ligne ") for line in lines), lines
    assert any(line.endswith(f"title{NBSP}: champ obligatoire absent") for line in lines), lines
    assert any(line.endswith(f"titel{NBSP}: champ inconnu (vérifiez l’orthographe)") for line in lines), lines
    assert desk.window.status_label.full_text().startswith(
        f"Problème{NBSP}: broken.yaml a été refusé{NBSP}: "
    )
