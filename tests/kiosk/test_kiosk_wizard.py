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


SAYS = {
    "en": {
        "remove_1": "Remove 1 app",
        "remove": "Remove",
        "owner_steps": "The phone’s management (device owner",
        "refused": "Your phone refused to remove these apps",
        "ask_it": "When IT has removed it or lifted the restriction",
        "check_again": "Check again",
        "not_compliant": "Not compliant",
        "dont_trust": "Your iPhone said “Don’t Trust”",
        "reset_privacy": "Reset Location & Privacy",
        "not_now": "Not now",
        "mail_blocked": "Mail access: blocked until the banned apps are removed",
        "allow_asked": "Your phone asks “Allow USB debugging?”.",
        "tap_allow": "tap Allow",
        "not_finished": "Not finished",
        "unlock_private": "Unlock “Private space” on the phone",
        "checking": "Checking your phone…",
        "unplugged": "unplugged before the check finished. Nothing was recorded.",
        "two_phones": "Two phones are plugged in.",
        "starting_over": "Starting over in",
        "seconds": "seconds",
        "staff_only": "Staff only",
        "wrong_pin": "Wrong PIN.",
        "close_kiosk": "Close the kiosk",
        "out_of_service": "This kiosk is out of service",
        "go_to_it": "Please go to the IT helpdesk",
        "for_it": "For IT:",
    },
    "fr": {
        "remove_1": "Supprimer 1 appli",
        "remove": "Supprimer",
        "owner_steps": "La gestion du téléphone (propriétaire de l’appareil",
        "refused": "Votre téléphone a refusé de supprimer ces applis",
        "ask_it": "Quand le service informatique l’aura supprimée ou aura levé la restriction",
        "check_again": "Vérifier de nouveau",
        "not_compliant": "Non conforme",
        "dont_trust": "Votre iPhone a répondu «\u00a0Ne pas se fier\u00a0»",
        "reset_privacy": "Réinitialiser localisation et confidentialité",
        "not_now": "Pas maintenant",
        "mail_blocked": "Accès à la messagerie\u00a0: bloqué jusqu’à ce que les applis interdites soient supprimées",
        "allow_asked": "Votre téléphone demande «\u00a0Autoriser le débogage USB\u00a0?\u00a0».",
        "tap_allow": "touchez Autoriser",
        "not_finished": "Inachevé",
        "unlock_private": "Déverrouillez «\u00a0Private space\u00a0» sur le téléphone",
        "checking": "Vérification de votre téléphone…",
        "unplugged": "débranché avant la fin de la vérification. Rien n’a été enregistré.",
        "two_phones": "Deux téléphones sont branchés.",
        "starting_over": "Retour à l’accueil dans",
        "seconds": "secondes",
        "staff_only": "Réservé au personnel",
        "wrong_pin": "Code PIN incorrect.",
        "close_kiosk": "Fermer la borne",
        "out_of_service": "Cette borne est hors service",
        "go_to_it": "Adressez-vous au support informatique",
        "for_it": "Pour le service informatique\u00a0:",
    },
}
LANGUAGES = pytest.mark.parametrize("language", ["en", "fr"])


@LANGUAGES
def test_device_owner_refusal_shows_the_steps_then_check_again(
    make_kiosk: Any, qtbot: Any, language: str
) -> None:
    says = SAYS[language]
    kiosk = make_kiosk({"managed": "device-owner-blocked"})
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    _begin(kiosk, language)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    kiosk.button(says["remove_1"]).click()
    kiosk.button(says["remove"]).click()
    qtbot.waitUntil(
        lambda: kiosk.flow.removal.confirmed and kiosk.flow.removal.running is None, timeout=WAIT_MS
    )
    # The step lines are new widgets: Qt shows them on the next turn of the event loop.
    qtbot.waitUntil(lambda: says["owner_steps"] in kiosk.texts(), timeout=WAIT_MS)
    shown = kiosk.texts()
    assert says["refused"] in shown
    # Settings > Apps would fail the same way: the person is sent to IT, not to the phone's own steps.
    assert says["ask_it"] in shown
    kiosk.button(says["check_again"]).click()
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    assert says["not_compliant"] in kiosk.texts()


@LANGUAGES
def test_trust_refused_then_accepted(make_kiosk: Any, qtbot: Any, language: str) -> None:
    says = SAYS[language]
    kiosk = make_kiosk(ios=["trust-refused"])
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    _begin(kiosk, language)
    qtbot.waitUntil(lambda: says["dont_trust"] in kiosk.texts(), timeout=WAIT_MS)
    assert says["reset_privacy"] in kiosk.texts()
    assert kiosk.iphones is not None
    udid = kiosk.iphones.udids()[0]
    kiosk.iphones.tap_trust(udid)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    assert says["not_compliant"] in kiosk.texts() and "TikTok" in kiosk.texts()
    kiosk.button(says["not_now"]).click()
    qtbot.waitUntil(lambda: says["mail_blocked"] in kiosk.texts(), timeout=WAIT_MS)
    assert says["reset_privacy"] in kiosk.texts()  # how to take the kiosk off the trusted computers
    kiosk.button(WORDS[language]["finish"]).click()
    assert kiosk.flow.step is Step.WELCOME
    assert kiosk.forgotten == [udid]  # kiosk.forget_phones: its pair record goes


@LANGUAGES
def test_allow_pending_then_checked(make_kiosk: Any, qtbot: Any, language: str) -> None:
    says = SAYS[language]
    kiosk = make_kiosk({"new": "allow-after-delay"})
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    _begin(kiosk, language)
    assert says["allow_asked"] in kiosk.texts()
    assert says["tap_allow"] in kiosk.texts()
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    assert WORDS[language]["compliant"] in kiosk.texts()


@LANGUAGES
def test_locked_private_profile_is_inconclusive_and_says_what_to_unlock(
    make_kiosk: Any, qtbot: Any, language: str
) -> None:
    says = SAYS[language]
    kiosk = make_kiosk({"pixel": "locked-private-profile"})
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    _begin(kiosk, language)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    shown = kiosk.texts()
    assert says["not_finished"] in shown
    assert says["unlock_private"] in shown
    assert says["check_again"] in shown


@LANGUAGES
def test_unplugged_mid_scan_says_nothing_was_recorded(make_kiosk: Any, qtbot: Any, language: str) -> None:
    says = SAYS[language]
    slow = load_android_scenario("pixel-work-profile").with_faults(latency_ms=15)
    kiosk = make_kiosk({"slow": slow})
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    _begin(kiosk, language)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.CHECKING, timeout=WAIT_MS)
    assert says["checking"] in kiosk.texts()
    kiosk.androids["slow"].stop()  # the cable is pulled while the app list is read
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.CONNECT, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: says["unplugged"] in kiosk.texts(), timeout=WAIT_MS)


@LANGUAGES
def test_two_phones_ask_to_unplug_one_and_show_neither(make_kiosk: Any, qtbot: Any, language: str) -> None:
    kiosk = make_kiosk({"mine": "samsung-clean", "other": "pixel-work-profile"})
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 2, timeout=WAIT_MS)
    _begin(kiosk, language)
    shown = kiosk.texts()
    assert SAYS[language]["two_phones"] in shown
    for simulator in kiosk.androids.values():
        identity = simulator.scenario.identity
        assert identity.serial not in shown and identity.model not in shown
        assert not _reads_apps(simulator.commands)
    kiosk.androids["other"].stop()
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    assert WORDS[language]["compliant"] in kiosk.texts()
    assert not _reads_apps(kiosk.androids["other"].commands)


@LANGUAGES
def test_idle_reset_counts_down_then_starts_over(make_kiosk: Any, qtbot: Any, language: str) -> None:
    says = SAYS[language]
    kiosk = make_kiosk(idle_reset_s=11, language=language)
    kiosk.button(WORDS[language]["start"]).click()
    assert kiosk.flow.step is Step.CONSENT
    qtbot.waitUntil(kiosk.window.countdown.isVisible, timeout=WAIT_MS)
    assert says["starting_over"] in kiosk.window.countdown.text()
    assert says["seconds"] in kiosk.window.countdown.text()
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.WELCOME, timeout=WAIT_MS)
    assert not kiosk.window.countdown.isVisible()
    assert WORDS[language]["welcome"] in kiosk.texts()


@LANGUAGES
def test_ctrl_q_and_close_are_ignored(make_kiosk: Any, qtbot: Any, language: str) -> None:
    kiosk = make_kiosk(language=language)
    from PySide6.QtCore import Qt

    qtbot.keyClick(kiosk.window, "q", modifier=Qt.KeyboardModifier.ControlModifier)
    assert not kiosk.window.close()
    assert kiosk.window.isVisible()
    assert WORDS[language]["welcome"] in kiosk.texts()


@LANGUAGES
def test_admin_exit_with_a_wrong_then_the_right_pin(make_kiosk: Any, qtbot: Any, language: str) -> None:
    from PySide6.QtCore import QPoint, Qt

    from desktop_app.core.config import KioskSettings
    from desktop_app.core.kiosk_pin import hash_pin

    says = SAYS[language]
    kiosk = make_kiosk(settings=KioskSettings(pin_hash=hash_pin("246810")), language=language)
    logo = kiosk.window.logo
    qtbot.mousePress(logo, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is kiosk.window.admin, timeout=WAIT_MS)
    qtbot.mouseRelease(logo, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert says["staff_only"] in kiosk.texts()
    qtbot.keyClicks(kiosk.window.admin.field, "111111")
    kiosk.button(says["close_kiosk"]).click()
    qtbot.waitUntil(lambda: says["wrong_pin"] in kiosk.texts(), timeout=WAIT_MS)
    assert kiosk.window.isVisible()
    for digit in "246810":
        kiosk.button(digit).click()
    with qtbot.waitSignal(kiosk.window.exit_requested, timeout=WAIT_MS):
        kiosk.button(says["close_kiosk"]).click()
    qtbot.waitUntil(lambda: not kiosk.window.isVisible(), timeout=WAIT_MS)


@LANGUAGES
def test_refuses_to_start_with_an_unsigned_policy(qapp: Any, tmp_path: Path, language: str) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from desktop_app.launch_kiosk import main

    unsigned = tmp_path / "policy.yaml"
    unsigned.write_text(
        default_policy_path().read_text(encoding="utf-8"), encoding="utf-8"
    )  # no .sig beside it
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
            language=language,
        )
    finally:
        fallback.stop()
    # Qt in this process still runs event loops: a quit left queued, handled outside exec() as the next
    # test's first processEvents() does, would make every later loop return at once.
    QCoreApplication.processEvents()
    loop = QEventLoop()
    QTimer.singleShot(0, lambda: loop.exit(7))
    assert loop.exec() == 7
    says = SAYS[language]
    texts = seen.get("texts", "")
    assert says["out_of_service"] in texts
    assert says["go_to_it"] in texts
    assert "sign" in texts.split(says["for_it"], 1)[1].lower()  # IT reads why: the policy's signature
