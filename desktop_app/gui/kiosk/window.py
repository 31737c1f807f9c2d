"""The kiosk window: full screen, one page at a time, no menus; it assembles the pages and locks down.

Closing and Ctrl+Q do nothing; a long press on the logo opens the staff PIN page, the only way out."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.core.kiosk_pin import PinAttempts, verify_pin
from desktop_app.gui.i18n import Translations
from desktop_app.gui.icons import app_icon
from desktop_app.gui.kiosk import style
from desktop_app.gui.kiosk.admin_page import AdminPage
from desktop_app.gui.kiosk.checking_page import CheckingPage
from desktop_app.gui.kiosk.connect_page import ConnectPage
from desktop_app.gui.kiosk.consent_page import ConsentPage
from desktop_app.gui.kiosk.done_page import DonePage
from desktop_app.gui.kiosk.flow import KioskFlow, Step
from desktop_app.gui.kiosk.identify_page import IdentifyPage
from desktop_app.gui.kiosk.idle import IdleWatch
from desktop_app.gui.kiosk.out_of_service_page import OutOfServicePage
from desktop_app.gui.kiosk.page import KioskPage
from desktop_app.gui.kiosk.removal_page import RemovalPage
from desktop_app.gui.kiosk.result_page import ResultPage
from desktop_app.gui.kiosk.welcome_page import WelcomePage
from desktop_app.gui.presenter import MessagePresenter
from desktop_app.gui.task_runner import TaskRunner

log = logging.getLogger(__name__)
PIN_KEY = "kiosk-pin"
PRINT_KEY = "kiosk-print"


class Logo(QLabel):
    """The App Audit logo; held down for hold_ms it asks for the staff page (the hidden way out)."""

    long_pressed = Signal()

    def __init__(self, hold_ms: int) -> None:
        super().__init__()
        self.setPixmap(app_icon().pixmap(56, 56))
        self.setFixedSize(64, 64)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(hold_ms)
        self._hold.timeout.connect(self.long_pressed)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._hold.start()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._hold.stop()
        super().mouseReleaseEvent(event)


class KioskWindow(QWidget):
    exit_requested = Signal()

    def __init__(  # noqa: PLR0915 - assembles the pages, one line each
        self,
        flow: KioskFlow,
        runner: TaskRunner,
        presenter: MessagePresenter,
        translations: Translations,
        *,
        default_language: str,
        admin_hold_ms: int = 3000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.setObjectName("kiosk")
        self.setStyleSheet(style.STYLE_SHEET)
        self.setWindowTitle("App Audit")
        self.setWindowIcon(app_icon())
        self.flow = flow
        self.runner = runner
        self.presenter = presenter
        self.translations = translations
        self.default_language = default_language
        self.attempts = PinAttempts()
        self._clock = clock
        self._may_close = False
        self._checking_pin = False
        flow.language = default_language

        self.logo = Logo(admin_hold_ms)
        self.brand = style.text()
        self.brand.setWordWrap(False)
        top = QHBoxLayout()
        top.setContentsMargins(24, 12, 24, 0)
        top.addWidget(self.logo)
        top.addWidget(self.brand, 1)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.consent = ConsentPage()
        self.identify = IdentifyPage()
        self.connect_page = ConnectPage()
        self.checking = CheckingPage()
        self.result = ResultPage()
        self.removal = RemovalPage()
        self.done = DonePage()
        self.out_of_service = OutOfServicePage()
        self.admin = AdminPage()
        self.pages: dict[Step, KioskPage] = {
            Step.WELCOME: self.welcome,
            Step.CONSENT: self.consent,
            Step.IDENTIFY: self.identify,
            Step.CONNECT: self.connect_page,
            Step.CHECKING: self.checking,
            Step.RESULT: self.result,
            Step.REMOVAL: self.removal,
            Step.DONE: self.done,
            Step.OUT_OF_SERVICE: self.out_of_service,
        }
        for page in [*self.pages.values(), self.admin]:
            self.stack.addWidget(page)
        self.countdown = style.text(role="banner")
        self.countdown.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.countdown)
        self._admin_open = False

        self._wire()
        self.idle = IdleWatch(flow.settings.idle_reset_s, self._idle_matters, self)
        self.idle.countdown.connect(self._on_idle_countdown)
        self.idle.expired.connect(self._on_idle_expired)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        translations.switch(default_language)
        self._render()

    def _wire(self) -> None:
        flow = self.flow
        flow.changed.connect(self._render)
        flow.started_over.connect(self._on_flow_started_over)
        self.welcome.language_chosen.connect(self._on_language_chosen)
        self.welcome.started.connect(flow.start)
        self.consent.accepted.connect(flow.accept)
        self.consent.declined.connect(flow.start_over)
        self.identify.submitted.connect(self._on_identity_submitted)
        self.identify.cancelled.connect(flow.start_over)
        self.connect_page.cancelled.connect(flow.start_over)
        self.connect_page.retry.connect(flow.check_again)
        self.result.remove_requested.connect(flow.ask_removal)
        self.result.check_again.connect(flow.check_again)
        self.result.finished.connect(flow.finish)
        self.removal.confirmed.connect(flow.confirm_removal)
        self.removal.back.connect(self._on_removal_back)
        self.removal.check_again.connect(flow.check_again)
        self.done.finished.connect(flow.start_over)
        self.done.print_requested.connect(self._on_print_requested)
        self.logo.long_pressed.connect(self._on_logo_long_pressed)
        self.admin.pin_entered.connect(self._on_admin_pin_entered)
        self.admin.cancelled.connect(self._close_admin)

    # -- showing --------------------------------------------------------------------------------
    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _render(self) -> None:
        style.set_text(self.brand, self.tr("App Audit · phone check"))
        if self._admin_open:
            self.admin.show_flow(self.flow)
            return
        page = self.pages[self.flow.step]
        page.show_flow(self.flow)
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
            focus = page.first_focus()
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render_all(self) -> None:
        for page in [*self.pages.values(), self.admin]:
            page.show_flow(self.flow)
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._render_all()
        super().changeEvent(event)

    # -- the person ------------------------------------------------------------------------------
    def _on_language_chosen(self, language: str) -> None:
        self.flow.language = language
        self.translations.switch(language)
        self._render_all()

    def _on_identity_submitted(self, answer: str) -> None:
        if not self.flow.submit_identity(answer):
            self.identify.show_invalid()

    def _on_removal_back(self) -> None:
        self.flow.step = Step.RESULT
        self._render()

    def _on_flow_started_over(self) -> None:
        self.countdown.hide()
        self.identify.forget()
        self.restart_language()

    def restart_language(self) -> None:
        """The kiosk's own language again (the next person starts from it, not from the last one's)."""
        if self.flow.language != self.default_language:
            self._on_language_chosen(self.default_language)

    def _idle_matters(self) -> bool:
        return (
            self.flow.step not in (Step.WELCOME, Step.OUT_OF_SERVICE) and not self.flow.busy
        ) or self._admin_open

    def _on_idle_countdown(self, seconds: int) -> None:
        if seconds < 0:
            self.countdown.hide()
            return
        words = self.tr("Starting over in %n second(s). Touch the screen to continue.", "", seconds)
        style.banner(self.countdown, words, "warn")
        self.countdown.show()

    def _on_idle_expired(self) -> None:
        log.info("kiosk: idle for %s s, starting over", self.idle.idle_s)
        self._close_admin()
        self.flow.start_over()

    def _on_print_requested(self) -> None:
        # QtPrintSupport loads only when someone prints.
        from desktop_app.gui.kiosk.printing import PrintTarget, print_slip
        from desktop_app.gui.kiosk.qr import qr_image

        settings = self.flow.settings
        target = PrintTarget(settings.printer, settings.print_folder)
        reference = self.done.shown_reference
        if not target.configured or not reference:
            return

        # The slip says what the Done page says: result, reference, mail access, whom to ask.
        lines = [
            self.done.verdict.text(),
            self.done.reference.text(),
            *([self.done.person.text()] if self.done.person.isVisibleTo(self.done) else []),
            self.done.mail.text(),
            self.done.contact.text(),
        ]
        image = qr_image(reference)
        self.done.show_printing("printing")
        self.runner.submit(
            PRINT_KEY,
            lambda _progress: print_slip(target, reference, lines, image),
            on_done=self._on_printed,
            on_error=self._on_print_failed,
        )

    def _on_printed(self, where: str) -> None:
        log.info("kiosk: receipt printed to %s", where)
        self.done.show_printing("printed")

    def _on_print_failed(self, error: BaseException) -> None:
        self.presenter.error(error, context=self.tr("Printing the receipt"))
        self.done.show_printing("failed")

    # -- staff exit -------------------------------------------------------------------------------
    def _on_logo_long_pressed(self) -> None:
        self._admin_open = True
        self.admin.reset()
        self.admin.show_flow(self.flow)
        self.stack.setCurrentWidget(self.admin)
        self.admin.field.setFocus()

    def _close_admin(self) -> None:
        if self._admin_open:
            self._admin_open = False
            self.admin.reset()
            self.stack.setCurrentWidget(self.pages[self.flow.step])
            self._render()

    def _on_admin_pin_entered(self, pin: str) -> None:
        stored = self.flow.settings.pin_hash
        if stored is None:
            self.admin.say(self.tr("No kiosk PIN is set. IT sets one with: app-audit kiosk set-pin"))
            return
        wait = self.attempts.wait_left(self._clock())
        if wait > 0:
            self.admin.say(self.tr("Too many wrong PINs. Try again in %n second(s).", "", math.ceil(wait)))
            return
        if self._checking_pin:
            return
        self._checking_pin = True
        # scrypt takes tens of milliseconds on purpose: off the UI thread.
        self.runner.submit(
            PIN_KEY,
            lambda _progress: verify_pin(pin, stored),
            on_done=self._on_pin_checked,
            on_error=self._on_pin_check_failed,
        )

    def _on_pin_checked(self, correct: bool) -> None:
        self._checking_pin = False
        now = self._clock()
        self.attempts.record(correct, now)
        if not correct:
            words = self.tr("Wrong PIN.")
            wait = self.attempts.wait_left(now)
            if wait > 0:  # this one locked the prompt: say for how long, not only that it was wrong
                words += " " + self.tr("Too many wrong PINs. Try again in %n second(s).", "", math.ceil(wait))
            self.admin.say(words)
            return
        log.info("kiosk: closed by staff with the PIN")
        self._may_close = True
        self.exit_requested.emit()
        self.close()

    def _on_pin_check_failed(self, error: BaseException) -> None:
        self._checking_pin = False
        self.presenter.error(error, context=self.tr("Checking the PIN"))
        self.admin.say(self.tr("The PIN could not be checked."))

    # -- lockdown ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._may_close:
            self.idle.stop()
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.idle)
            super().closeEvent(event)
        else:
            event.ignore()  # the window manager's close, Alt+F4: the kiosk stays

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Q,
            Qt.Key.Key_W,
        ):
            event.accept()  # Ctrl+Q / Ctrl+W: nothing
            return
        super().keyPressEvent(event)

    def allow_close(self) -> None:
        """The process is stopping (SIGTERM from the kiosk service): let the window close, so Qt can quit."""
        self._may_close = True
