"""The kiosk wizard driven like a person would, in English and French, against simulated phones.

Each test asserts the words on screen, not only the flow's state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from desktop_app.core.models import Verdict
from desktop_app.gui.kiosk.flow import Step
from desktop_app.resources import default_policy_path
from desktop_app.simulators.android import load_android_scenario
from tests.kiosk.conftest import WAIT_MS, Kiosk

pytestmark = pytest.mark.gui

WORDS = {
    "en": {
        "start": "Start",
        "agree": "I agree",
        "consent": "What it never reads",
        "compliant": "Your phone meets the policy. Nothing to do.",
        "finish": "Finish",
        "done": "All done",
        "receipt": "Receipt reference: A-",
        "mail": "Mail access: requested",
        "remove_n": "Remove 2 apps",
        "confirm_title": "Remove 2 apps from your phone?",
        "remove": "Remove",
        "tiktok_work": "TikTok — in the profile “Work profile”",
        "reason": "TikTok may not be installed on a phone that reads company mail",
        "deadline": "The deadline was",
        "welcome": "Check your phone for work mail",
    },
    "fr": {
        "start": "Commencer",
        "agree": "J’accepte",
        "consent": "Ce qu’elle ne lit jamais",
        "compliant": "Votre téléphone respecte la règle. Rien à faire.",
        "finish": "Terminer",
        "done": "C’est terminé",
        "receipt": "Référence du reçu\u00a0: A-",
        "mail": "Accès à la messagerie\u00a0: demandé",
        "remove_n": "Supprimer 2 applis",
        "confirm_title": "Supprimer 2 applis de votre téléphone\u00a0?",
        "remove": "Supprimer",
        "tiktok_work": "TikTok — dans le profil «\u00a0Work profile\u00a0»",
        "reason": "TikTok ne doit pas être installé sur un téléphone qui lit la messagerie",
        "deadline": "La date limite était le",
        "welcome": "Vérifiez votre téléphone pour le courrier professionnel",
    },
}


def _reads_apps(commands: list[str]) -> bool:
    return any("pm list" in c or "dumpsys package" in c or "cmd package" in c for c in commands)


def _begin(kiosk: Kiosk, language: str) -> None:
    """Welcome (choosing the language) and consent, as a person taps through them."""
    words = WORDS[language]
    if language != "en":
        kiosk.button("Français").click()
    assert words["welcome"] in kiosk.texts()
    kiosk.button(words["start"]).click()
    assert kiosk.flow.step is Step.CONSENT
    assert words["consent"] in kiosk.texts()
    kiosk.button(words["agree"]).click()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_compliant_phone_gets_a_receipt(make_kiosk: Any, qtbot: Any, language: str) -> None:
    kiosk = make_kiosk({"phone": "samsung-clean"})
    phone = kiosk.androids["phone"]
    words = WORDS[language]
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    assert not _reads_apps(phone.commands), "the app list was read before the person agreed"
    _begin(kiosk, language)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    assert _reads_apps(phone.commands)
    assert words["compliant"] in kiosk.texts()
    kiosk.button(words["finish"]).click()
    # The outcome service's mail-access state is read on the database thread, then shown.
    qtbot.waitUntil(lambda: words["mail"] in kiosk.texts(), timeout=WAIT_MS)
    shown = kiosk.texts()
    assert words["done"] in shown and words["receipt"] in shown
    assert kiosk.window.done.qr.pixmap() is not None and not kiosk.window.done.qr.pixmap().isNull()
    assert "helpdesk@example.com" in shown
    kiosk.button(words["finish"]).click()
    assert kiosk.flow.step is Step.WELCOME
    assert WORDS["en"]["welcome"] in kiosk.texts()  # the next person starts in the kiosk's language


@pytest.mark.parametrize("language", ["en", "fr"])
def test_tiktok_removed_automatically(make_kiosk: Any, qtbot: Any, language: str) -> None:
    kiosk = make_kiosk({"pixel": "pixel-work-profile"})
    words = WORDS[language]
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    _begin(kiosk, language)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    shown = kiosk.texts()
    assert words["tiktok_work"] in shown and words["reason"] in shown and words["deadline"] in shown
    assert "UTC" in shown  # the deadline says its time zone
    kiosk.button(words["remove_n"]).click()
    assert words["confirm_title"] in kiosk.texts()
    kiosk.button(words["remove"]).click()
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE, timeout=WAIT_MS)
    assert words["receipt"] in kiosk.texts()
    installed = kiosk.androids["pixel"].scenario
    assert installed is not None
    session = kiosk.flow.session
    assert session is not None and session.outcome is not None
    assert session.outcome.report.verdict is Verdict.COMPLIANT


def test_device_owner_refusal_shows_the_steps_then_check_again(make_kiosk: Any, qtbot: Any) -> None:
    kiosk = make_kiosk({"managed": "device-owner-blocked"}, language="fr")
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    _begin(kiosk, "fr")
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    kiosk.button("Supprimer 1 appli").click()
    kiosk.button("Supprimer").click()
    qtbot.waitUntil(
        lambda: kiosk.flow.removal.confirmed and kiosk.flow.removal.running is None, timeout=WAIT_MS
    )
    # The step lines are new widgets: Qt shows them on the next turn of the event loop.
    qtbot.waitUntil(lambda: "La gestion du téléphone (propriétaire de l’appareil" in kiosk.texts(), timeout=WAIT_MS)
    shown = kiosk.texts()
    assert "Votre téléphone a refusé de supprimer ces applis" in shown
    # Settings > Apps would fail the same way: the person is sent to IT, not to the phone's own steps.
    assert "Quand le service informatique l’aura supprimée ou aura levé la restriction" in shown
    kiosk.button("Vérifier de nouveau").click()
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    assert "Non conforme" in kiosk.texts()


def test_trust_refused_then_accepted(make_kiosk: Any, qtbot: Any) -> None:
    kiosk = make_kiosk(ios=["trust-refused"])
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    _begin(kiosk, "en")
    qtbot.waitUntil(lambda: "Your iPhone said “Don’t Trust”" in kiosk.texts(), timeout=WAIT_MS)
    assert "Reset Location & Privacy" in kiosk.texts()
    assert kiosk.iphones is not None
    udid = kiosk.iphones.udids()[0]
    kiosk.iphones.tap_trust(udid)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    assert "Not compliant" in kiosk.texts() and "TikTok" in kiosk.texts()
    kiosk.button("Not now").click()
    qtbot.waitUntil(
        lambda: "Mail access: blocked until the banned apps are removed" in kiosk.texts(), timeout=WAIT_MS
    )
    assert "Reset Location & Privacy" in kiosk.texts()  # how to take the kiosk off the trusted computers
    kiosk.button("Finish").click()
    assert kiosk.flow.step is Step.WELCOME
    assert kiosk.forgotten == [udid]  # kiosk.forget_phones: its pair record goes


def test_allow_pending_then_checked(make_kiosk: Any, qtbot: Any) -> None:
    kiosk = make_kiosk({"new": "allow-after-delay"})
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    _begin(kiosk, "en")
    assert "Your phone asks “Allow USB debugging?”." in kiosk.texts()
    assert "tap Allow" in kiosk.texts()
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    assert WORDS["en"]["compliant"] in kiosk.texts()


def test_locked_private_profile_is_inconclusive_and_says_what_to_unlock(make_kiosk: Any, qtbot: Any) -> None:
    kiosk = make_kiosk({"pixel": "locked-private-profile"}, language="fr")
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    _begin(kiosk, "fr")
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    shown = kiosk.texts()
    assert "Inachevé" in shown
    assert "Déverrouillez «\u00a0Private space\u00a0» sur le téléphone" in shown
    assert "Vérifier de nouveau" in shown


def test_unplugged_mid_scan_says_nothing_was_recorded(make_kiosk: Any, qtbot: Any) -> None:
    slow = load_android_scenario("pixel-work-profile").with_faults(latency_ms=15)
    kiosk = make_kiosk({"slow": slow})
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    _begin(kiosk, "en")
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.CHECKING, timeout=WAIT_MS)
    assert "Checking your phone…" in kiosk.texts()
    kiosk.androids["slow"].stop()  # the cable is pulled while the app list is read
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.CONNECT, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: "unplugged before the check finished. Nothing was recorded." in kiosk.texts(), timeout=WAIT_MS
    )


def test_two_phones_ask_to_unplug_one_and_show_neither(make_kiosk: Any, qtbot: Any) -> None:
    kiosk = make_kiosk({"mine": "samsung-clean", "other": "pixel-work-profile"})
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 2, timeout=WAIT_MS)
    _begin(kiosk, "en")
    shown = kiosk.texts()
    assert "Two phones are plugged in." in shown
    for simulator in kiosk.androids.values():
        identity = simulator.scenario.identity
        assert identity.serial not in shown and identity.model not in shown
        assert not _reads_apps(simulator.commands)
    kiosk.androids["other"].stop()
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    assert WORDS["en"]["compliant"] in kiosk.texts()
    assert not _reads_apps(kiosk.androids["other"].commands)


def test_idle_reset_counts_down_then_starts_over(make_kiosk: Any, qtbot: Any) -> None:
    kiosk = make_kiosk(idle_reset_s=11, language="fr")
    kiosk.button("Commencer").click()
    assert kiosk.flow.step is Step.CONSENT
    qtbot.waitUntil(kiosk.window.countdown.isVisible, timeout=WAIT_MS)
    assert "Retour à l’accueil dans" in kiosk.window.countdown.text()
    assert "secondes" in kiosk.window.countdown.text()
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.WELCOME, timeout=WAIT_MS)
    assert not kiosk.window.countdown.isVisible()
    assert WORDS["fr"]["welcome"] in kiosk.texts()


def test_ctrl_q_and_close_are_ignored(make_kiosk: Any, qtbot: Any) -> None:
    kiosk = make_kiosk()
    from PySide6.QtCore import Qt

    qtbot.keyClick(kiosk.window, "q", modifier=Qt.KeyboardModifier.ControlModifier)
    assert not kiosk.window.close()
    assert kiosk.window.isVisible()
    assert WORDS["en"]["welcome"] in kiosk.texts()


def test_admin_exit_with_a_wrong_then_the_right_pin(make_kiosk: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QPoint, Qt

    from desktop_app.core.config import KioskSettings
    from desktop_app.core.kiosk_pin import hash_pin

    kiosk = make_kiosk(settings=KioskSettings(pin_hash=hash_pin("246810")))
    logo = kiosk.window.logo
    qtbot.mousePress(logo, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is kiosk.window.admin, timeout=WAIT_MS)
    qtbot.mouseRelease(logo, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert "Staff only" in kiosk.texts()
    qtbot.keyClicks(kiosk.window.admin.field, "111111")
    kiosk.button("Close the kiosk").click()
    qtbot.waitUntil(lambda: "Wrong PIN." in kiosk.texts(), timeout=WAIT_MS)
    assert kiosk.window.isVisible()
    for digit in "246810":
        kiosk.button(digit).click()
    with qtbot.waitSignal(kiosk.window.exit_requested, timeout=WAIT_MS):
        kiosk.button("Close the kiosk").click()
    qtbot.waitUntil(lambda: not kiosk.window.isVisible(), timeout=WAIT_MS)


def test_refuses_to_start_with_an_unsigned_policy(qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer

    from desktop_app.launch_kiosk import main

    unsigned = tmp_path / "policy.yaml"
    unsigned.write_text(default_policy_path().read_text(encoding="utf-8"), encoding="utf-8")  # no .sig beside it
    seen: dict[str, Any] = {}
    fallback = QTimer()  # only if the kiosk never said it is out of service; stopped after
    fallback.setSingleShot(True)

    def on_shown(window: Any) -> None:
        def look() -> None:
            if window.flow.step is Step.OUT_OF_SERVICE:
                seen["texts"] = "\n".join(
                    w.text() for w in window.out_of_service.findChildren(QLabel) if w.isVisibleTo(window)
                )
                window.allow_close()
                qapp.quit()
            else:
                QTimer.singleShot(50, look)

        QTimer.singleShot(0, look)
        fallback.timeout.connect(lambda: (window.allow_close(), qapp.quit()))
        fallback.start(WAIT_MS)

    try:
        main(
            policy_path=unsigned,
            config_path=tmp_path / "config.yaml",
            data_dir=tmp_path,
            on_shown=on_shown,
            full_screen=False,
        )
    finally:
        fallback.stop()
    texts = seen.get("texts", "")
    assert "This kiosk is out of service" in texts
    assert "Please go to the IT helpdesk" in texts
    assert "sign" in texts.split("For IT:", 1)[1].lower()  # IT reads why: the policy's signature
