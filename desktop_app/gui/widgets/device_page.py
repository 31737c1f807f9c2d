"""One device: verdict, guidance, deadline, findings with their action, removal, and every app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.models import Finding, Platform, RemovalResult, Verdict
from desktop_app.core.ports import Clock
from desktop_app.gui.device_hub import DeviceHub
from desktop_app.gui.device_session import DeviceSession, RemovalStage, Status
from desktop_app.gui.dialogs import DialogService
from desktop_app.gui.error_words import translated_hint
from desktop_app.gui.icons import platform_icon
from desktop_app.gui.locale_text import zoned_time
from desktop_app.gui.mail_delivery import MailDelivery
from desktop_app.gui.mail_wording import informational_text, mail_access_text
from desktop_app.gui.models.device_list_model import subtitle
from desktop_app.gui.palette import STATUS_COLOURS, VERDICT_COLOURS
from desktop_app.gui.presenter import MessagePresenter
from desktop_app.gui.receipt_json import save_receipt_json
from desktop_app.gui.removal_steps import steps_for
from desktop_app.gui.widgets.common import heading, named, plain_label
from desktop_app.gui.wording import (
    countdown,
    finding_name,
    finding_with_id,
    not_fully_checked,
    profile_name,
    profile_names,
    progress_words,
    status_word,
    verdict_headline,
    window_language,
)

if TYPE_CHECKING:
    from pathlib import Path

    from desktop_app.core.audit_service import AuditOutcome
    from desktop_app.gui.models.app_table_model import AppRow
    from desktop_app.gui.visit_story import Story


def _tr(text: str) -> str:
    return QCoreApplication.translate("DevicePage", text)


_GUIDANCE_TITLES = {
    Status.WAITING_ALLOW: "On the phone: tap “Allow”",
    Status.WAITING_TRUST: "On the iPhone: tap “Trust”",
    Status.TRUST_REFUSED: (
        "On the iPhone: Settings > General > Transfer or Reset iPhone > Reset > "
        "Reset Location & Privacy, then plug it in again"
    ),
    Status.LOCKED: "On the phone: unlock it",
    Status.BUSY: "The phone is busy",
    Status.UNPLUGGED: "The phone was unplugged",
    Status.ERROR: "The phone could not be checked",
}


def page_subtitle(session: DeviceSession) -> str:
    """Under the device name: what it is and how to tell it apart, or why it is not known yet."""
    if session.identity is None:
        waiting = session.status in (
            Status.WAITING_ALLOW,
            Status.WAITING_TRUST,
            Status.TRUST_REFUSED,
            Status.LOCKED,
        )
        parts = [status_word(session.status) if waiting else ""]
        if session.platform is Platform.IOS:
            parts.append(f"UDID {session.serial}" if session.serial else session.connection)
        else:
            serial = _tr("serial {serial}").format(serial=session.serial) if session.serial else ""
            parts += [session.connection, serial]
        return " · ".join(p for p in parts if p)
    if session.platform is Platform.IOS:
        return f"{subtitle(session)} · UDID {session.serial}"
    return f"{subtitle(session)} · " + _tr("serial {serial}").format(serial=session.serial)


class DevicePage(QWidget):
    receipt_saved = Signal(str)  # the PDF's path

    def __init__(
        self,
        hub: DeviceHub,
        dialogs: DialogService,
        presenter: MessagePresenter,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        mail: MailDelivery | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._mail = mail
        self._dialogs = dialogs
        self._presenter = presenter
        self._clock = clock
        self.key: str | None = None
        self._steps_for: Finding | None = None
        self._shown_outcome: object = None
        self._content_deferred = False  # a device was just selected: cards and rows next turn
        self._content_scheduled = False
        self._rows_cache: dict[str, tuple[AuditOutcome, list[AppRow]]] = {}

        self.placeholder = plain_label()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self._built = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        hub.device_changed.connect(self._on_hub_device_changed)
        hub.device_removed.connect(self._on_hub_device_removed)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._update_deadline)
        self._ticker.start()
        self.retranslate()
        self.show_device(None)

    def _build(self) -> None:  # noqa: PLR0915 - linear widget assembly
        """The device view, built when the first device is shown: until then the page is only its
        placeholder, and the window shows sooner without a table, tabs and banners nobody sees."""
        if self._built:
            return
        self._built = True
        from desktop_app.gui.widgets.app_table_view import AppTableView
        from desktop_app.gui.widgets.findings_view import FindingsView
        from desktop_app.gui.widgets.removal_panel import RemovalPanel
        from desktop_app.gui.widgets.verdict_banner import VerdictBanner

        self.icon = QLabel()
        self.title = heading("")
        self.subtitle = plain_label(wrap=False)
        self.scan_button = QPushButton()
        self.scan_button.clicked.connect(self._on_scan_button_clicked)
        self.receipt_button = QPushButton()
        self.receipt_button.clicked.connect(self.save_receipt)
        self.receipt_json_button = QPushButton()
        self.receipt_json_button.clicked.connect(self.save_receipt_json)
        self.remove_all_button = QPushButton()
        self.remove_all_button.clicked.connect(self._on_remove_all_button_clicked)
        self.forget_button = QPushButton()
        self.forget_button.clicked.connect(self._on_forget_button_clicked)

        self.progress = QProgressBar()
        self.progress_text = plain_label(wrap=False)
        self.guidance = VerdictBanner()
        self.stop_adb_button = QPushButton()
        self.stop_adb_button.clicked.connect(self._on_stop_adb_button_clicked)
        self.banner = VerdictBanner()
        self.mail_access = plain_label()
        if self._mail is not None:
            self._mail.access_changed.connect(self._on_mail_access_changed)
        self.deadline = plain_label()
        self.removal = RemovalPanel()
        self.removal.check_again_clicked.connect(self._on_scan_button_clicked)
        self.findings = FindingsView()
        self.findings.remove_requested.connect(self._on_findings_remove_requested)
        self.findings.steps_requested.connect(self._on_findings_steps_requested)
        self.apps = AppTableView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.findings, "")
        self.tabs.addTab(self.apps, "")

        header = QHBoxLayout()
        header.addWidget(self.icon)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        header.addLayout(names, 1)
        header.addWidget(self.forget_button)
        header.addWidget(self.receipt_button)
        header.addWidget(self.receipt_json_button)
        header.addWidget(self.remove_all_button)
        header.addWidget(self.scan_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_text, 2)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(header)
        layout.addLayout(progress_row)
        guidance_row = QHBoxLayout()
        guidance_row.addWidget(self.guidance, 1)
        guidance_row.addWidget(self.stop_adb_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(guidance_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.mail_access)
        layout.addWidget(self.deadline)
        layout.addWidget(self.removal)
        layout.addWidget(self.tabs, 1)
        self.stack.addWidget(content)
        # Right-click anywhere on the page: copy what a ticket needs.
        content.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        content.customContextMenuRequested.connect(self._on_content_context_menu_requested)
        self.findings.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.findings.customContextMenuRequested.connect(self._on_content_context_menu_requested)
        self._retranslate_view()

    def _retranslate_view(self) -> None:
        """The words of the built view that do not depend on the phone shown."""
        self.icon.setAccessibleName(self.tr("Platform"))
        self.title.setAccessibleDescription(self.tr("Device name"))
        self.subtitle.setAccessibleDescription(self.tr("Device model and system"))
        self.scan_button.setText(self.tr("Check again"))
        named(
            self.scan_button, self.tr("Check this phone again"), self.tr("Read the phone’s apps again (F5)")
        )
        self.receipt_json_button.setText(self.tr("Save receipt (signed JSON)…"))
        named(
            self.receipt_json_button,
            self.tr("Save signed receipt as JSON"),
            self.tr(
                "Write the signed receipt as it was issued: app-audit receipt verify and history verify --against"
                " accept it"
            ),
        )
        self.receipt_button.setText(self.tr("Save receipt as PDF…"))
        named(
            self.receipt_button,
            self.tr("Save receipt as PDF"),
            self.tr("Write this result and its signed receipt to a PDF file"),
        )
        named(
            self.remove_all_button,
            self.tr("Remove all flagged apps from this phone"),
            self.tr(
                "Remove every flagged app this phone lets App Audit remove, each from its profile, "
                "then check again"
            ),
        )
        self.forget_button.setText(self.tr("Remove from list"))
        named(self.forget_button, self.tr("Remove unplugged phone from list"))
        named(self.progress, self.tr("Scan progress"))
        self.progress_text.setAccessibleDescription(self.tr("Scan progress text"))
        self.guidance.setAccessibleName(self.tr("What to do on the phone"))
        self.stop_adb_button.setText(self.tr("Stop the other adb server"))
        named(
            self.stop_adb_button,
            self.tr("Stop the other adb server"),
            self.tr(
                "Ask the adb server that holds the phone (Android Studio, scrcpy, adb) to quit, then check again"
            ),
        )
        self.mail_access.setAccessibleDescription(self.tr("Mail access"))
        self.deadline.setAccessibleDescription(self.tr("Deadline"))
        named(self.tabs, self.tr("Device details"))
        self.banner.setAccessibleName(self.tr("Verdict"))

    def retranslate(self) -> None:
        """Every word again in the language now installed: the result is rendered afresh."""
        self.placeholder.setText(
            self.tr("Plug a phone in with a data cable. It shows up on the left and is checked by itself.")
        )
        self.placeholder.setAccessibleDescription(self.tr("No device selected"))
        if not self._built:
            return
        self._retranslate_view()
        self._rows_cache.clear()  # their cells hold words
        self._shown_outcome = None
        self.findings.forget_shown()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def __getattr__(self, name: str) -> object:
        # A part of the view asked for before any device was shown (a menu, a test): build it.
        if name.startswith("_") or self.__dict__.get("_built", True):
            raise AttributeError(name)
        self._build()
        return getattr(self, name)

    # -- public --------------------------------------------------------------------------------
    def show_device(self, key: str | None) -> None:
        if key != self.key:
            self._steps_for = None
            self._shown_outcome = None
            # Selecting several devices in a row (arrow keys, a script) renders only the last:
            # its findings and app rows are built when the event loop next turns.
            self._content_deferred = True
        self.key = key
        self.refresh()

    @property
    def shown_outcome(self) -> object:
        """The result whose findings and apps are on screen (None while none is)."""
        return self._shown_outcome

    def check_again(self) -> None:
        """The "Check again" button, from the menu or F5 (nothing while no phone is shown)."""
        if self._built and self.scan_button.isEnabled() and self.scan_button.isVisible():
            self.scan_button.click()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.apps.search.setFocus()

    def session(self) -> DeviceSession | None:
        return self._hub.sessions.get(self.key) if self.key else None

    def refresh(self) -> None:
        session = self.session()
        if session is None:
            self.stack.setCurrentIndex(0)
            return
        self._build()
        self.stack.setCurrentIndex(1)
        self.icon.setPixmap(platform_icon(session.platform).pixmap(QSize(40, 40)))
        self.title.setText(session.title)
        self.subtitle.setText(page_subtitle(session))
        working = session.status.working
        self.scan_button.setEnabled(session.present and not working)
        self.forget_button.setVisible(not session.present or session.status is Status.UNPLUGGED)
        outcome = session.outcome
        self.receipt_button.setVisible(outcome is not None)
        self.receipt_button.setEnabled(outcome is not None and not working)
        self.receipt_json_button.setVisible(outcome is not None and outcome.receipt is not None)
        self._show_progress(session)
        self._show_guidance(session)
        self.stop_adb_button.setVisible(self._hub.can_stop_adb_server(session.key))
        self._show_verdict(session)
        self._show_mail_access(session)
        self._show_removal(session)
        self._update_deadline()
        self.findings.set_actions_enabled(session.present and not working)
        removable = len(self._hub.removable_findings(session.key)) if outcome is not None else 0
        self.remove_all_button.setVisible(removable > 0)
        self.remove_all_button.setEnabled(session.present and not working)
        self.remove_all_button.setText(self.tr("Remove all flagged (%n)", "", removable))

    def save_receipt(self) -> None:
        session = self.session()
        if session is None or session.outcome is None:
            return
        suggested = f"app-audit-{session.attached.serial}-{session.outcome.audit_id or 'result'}.pdf"
        path = self._dialogs.save_file(
            self, self.tr("Save receipt as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        outcome = session.outcome
        if outcome.audit_id is None:
            from desktop_app.gui.receipt_pdf import story_of_outcome

            self._write_receipt(story_of_outcome(outcome), path)
            return
        # The recorded visit (what was removed, the mail-access state) is read on the database thread.
        self._hub.database.get_visit(
            outcome.audit_id,
            lambda visit: self._on_visit_read(visit, outcome, path),
            lambda error: self._presenter.error(error, context=self.tr("Saving the receipt")),
        )

    def _on_visit_read(self, visit: tuple[Any, Any], outcome: AuditOutcome, path: Path) -> None:
        from desktop_app.gui.receipt_pdf import story_of_outcome
        from desktop_app.gui.visit_story import story_of

        detail, mail = visit
        if detail is None:
            self._write_receipt(story_of_outcome(outcome), path)
            return
        # The same story as the History tab's PDF of this audit: one code path (visit_story).
        self._write_receipt(story_of(detail, outcome.report.policy.signer, mail=mail), path)

    def _write_receipt(self, story: Story, path: Path) -> None:
        from desktop_app.gui.receipt_pdf import write_pdf  # QtGui's PDF parts, when needed

        try:
            write_pdf(story, path)
        except OSError as exc:
            self._presenter.error(exc, context=self.tr("Saving the receipt"))
            return
        self._presenter.info(self.tr("Receipt saved to {path}").format(path=path))
        self.receipt_saved.emit(str(path))

    def save_receipt_json(self) -> None:
        session = self.session()
        receipt = session.outcome.receipt if session is not None and session.outcome is not None else None
        if session is None or session.outcome is None or receipt is None:
            return
        suggested = f"app-audit-receipt-{session.outcome.audit_id}.json"
        path = self._dialogs.save_file(
            self, self.tr("Save signed receipt"), suggested, self.tr("JSON files (*.json)")
        )

        if path is not None and save_receipt_json(receipt, path, self._presenter):
            self.receipt_saved.emit(str(path))

    # -- rendering -----------------------------------------------------------------------------
    def _show_progress(self, session: DeviceSession) -> None:
        # A removal has its own panel with progress; this bar is for scans.
        visible = session.status in (Status.SCANNING, Status.CONNECTING) and session.progress is not None
        self.progress.setVisible(visible)
        self.progress_text.setVisible(visible)
        if visible and session.progress is not None:
            done, total, what = session.progress
            self.progress.setRange(0, total if total > 0 else 0)
            if total > 0:
                self.progress.setValue(done)
            self.progress_text.setText(
                self.tr("{state}: {what}").format(
                    state=status_word(session.status), what=progress_words(what)
                )
            )

    def _show_guidance(self, session: DeviceSession) -> None:
        title = _tr(_GUIDANCE_TITLES[session.status]) if session.status in _GUIDANCE_TITLES else None
        message = session.message
        if title is None and message is None:
            self.guidance.setVisible(False)
            return
        text_lines = []
        if session.status is Status.TRUST_REFUSED and message is None:
            # The reset steps are the headline; the body says why, and promises nothing automatic.
            text_lines.append(
                self.tr(
                    '"Don\'t Trust" was tapped on this iPhone, so it will not answer this computer. '
                    'After the reset it asks "Trust This Computer?" again: tap Trust, then the check starts.'
                )
            )
        elif message is not None:
            text_lines.append(message.text)
            if message.hint:
                text_lines.append(message.hint)
        elif session.attached.guidance:
            text_lines.append(translated_hint(session.attached.reason, session.attached.guidance))
        headline = title or self.tr("Something needs attention")
        if session.status in (Status.WAITING_ALLOW, Status.WAITING_TRUST) and message is None:
            text_lines.append(self.tr("The check starts by itself as soon as the phone answers."))
        self.guidance.show_verdict(headline, "\n".join(text_lines), STATUS_COLOURS[session.status])

    def mail_access_text(self, session: DeviceSession) -> str:
        """Where mail access stands for this phone, in words ("" before any recorded check)."""
        outcome = session.outcome
        if outcome is None or outcome.audit_id is None:
            return ""
        device = outcome.report.device
        mail = self._mail
        access = mail.access.get((str(device.platform), device.serial)) if mail is not None else None
        delivering = mail is not None and mail.configured
        return mail_access_text(access, official=outcome.official, delivering=delivering)

    def _show_mail_access(self, session: DeviceSession) -> None:
        text = self.mail_access_text(session)
        if self.mail_access.text() != text:
            self.mail_access.setText(text)
        self.mail_access.setVisible(bool(text))

    def _on_mail_access_changed(self, device: tuple[str, str]) -> None:
        session = self.session()
        outcome = session.outcome if session is not None else None
        if session is not None and outcome is not None:
            shown = (str(outcome.report.device.platform), outcome.report.device.serial)
            if shown == device:
                self._show_mail_access(session)

    def _show_verdict(self, session: DeviceSession) -> None:
        outcome = session.outcome
        if outcome is None:
            self.banner.setVisible(False)
            self.findings.show_findings(
                [], self.tr("No check yet.") if not session.status.working else self.tr("Checking…")
            )
            self.tabs.setTabText(0, self.tr("Findings"))
            self.tabs.setTabText(1, self.tr("All apps"))
            if self._shown_outcome is not None:
                self.apps.set_rows([])
                self._shown_outcome = None
            return
        report = outcome.report
        detail = [
            self.tr(
                "%Ln app(s) checked against {policy} version {version} on {when}.", "", report.apps_scanned
            ).format(
                policy=report.policy.policy_id,
                version=report.policy.version,
                when=zoned_time(report.evaluated_at),
            )
        ]
        if outcome.audit_id is not None:
            detail.append(self.tr("Recorded as audit #{n}.").format(n=outcome.audit_id))
        if outcome.receipt is not None:
            detail.append(self.tr("Official check: receipt signed."))
        elif not outcome.official:
            detail.append(informational_text(outcome.officiality.reasons))
        detail.extend(report.notes)
        self.banner.show_verdict(
            verdict_headline(report.verdict), " ".join(detail), VERDICT_COLOURS[report.verdict]
        )
        if self._shown_outcome is outcome:
            return  # rebuilding thousands of rows only when the result changed, not on every tick
        if self._content_deferred:
            if not self._content_scheduled:
                self._content_scheduled = True
                QTimer.singleShot(0, self._render_deferred_content)
            return
        self._render_content(session, outcome)

    def _render_deferred_content(self) -> None:
        self._content_scheduled = False
        self._content_deferred = False
        session = self.session()
        if session is not None and session.outcome is not None and self._shown_outcome is not session.outcome:
            self._render_content(session, session.outcome)
            self.findings.set_actions_enabled(session.present and not session.status.working)

    def _render_content(self, session: DeviceSession, outcome: AuditOutcome) -> None:
        report = outcome.report
        self._shown_outcome = outcome
        names = profile_names(outcome.inventory.profiles)
        inconclusive = report.verdict is Verdict.INCONCLUSIVE
        note = not_fully_checked(outcome.inventory) if inconclusive else ""
        empty = "" if inconclusive else self.tr("Nothing to do: no app on this phone breaks the policy.")
        self.findings.show_findings(report.findings, empty, names, note=note, refused=session.refusals)
        self.apps.set_rows(self._rows_for(session.key, outcome), names)
        self.tabs.setTabText(0, self.tr("Findings (%Ln)", "", len(report.findings)))
        self.tabs.setTabText(1, self.tr("All apps (%Ln)", "", len(outcome.inventory.apps)))

    def _where(self, user: int | None) -> str:
        """The profile by the name the phone gave it in its latest result."""
        session = self.session()
        names = profile_names(session.outcome.inventory.profiles) if session and session.outcome else {}
        return profile_name(user, names)

    def _rows_for(self, key: str, outcome: AuditOutcome) -> list[AppRow]:
        """The app rows of a result, built once per result (switching devices reuses them)."""
        cached = self._rows_cache.get(key)
        if cached is not None and cached[0] is outcome:
            return cached[1]
        from desktop_app.gui.models.app_table_model import build_rows

        rows = build_rows(
            outcome.inventory.apps, outcome.report.findings, profile_names(outcome.inventory.profiles)
        )
        self._rows_cache[key] = (outcome, rows)
        return rows

    def _show_removal(self, session: DeviceSession) -> None:
        removal = session.removal
        if removal is None:
            if self._steps_for is not None:
                self._render_steps(self._steps_for)
            else:
                self.removal.setVisible(False)
            return
        total = len(removal.findings)
        finding = removal.finding
        name, where = finding_name(finding), self._where(finding.user)
        match removal.stage:
            case RemovalStage.REMOVING:
                if total == 1:
                    text = self.tr("Removing {app} from {where}…").format(app=name, where=where)
                else:
                    text = self.tr("Removing {app} from {where} ({n} of {total})…").format(
                        app=name, where=where, n=removal.current + 1, total=total
                    )
                self.removal.show_progress(text, removal.current, total)
            case RemovalStage.VERIFYING:
                self.removal.show_progress(self.tr("Removal sent. Checking the phone again…"), total, total)
            case RemovalStage.DONE:
                verdict = session.outcome.report.verdict if session.outcome else None
                after = (
                    self.tr(" The phone is now: {verdict}.").format(verdict=verdict_headline(verdict))
                    if verdict
                    else ""
                )
                if total == 1:
                    text = self.tr("{app} was removed from {where}.").format(app=name, where=where)
                else:
                    removed = "; ".join(
                        self.tr("{app} from {where}").format(app=finding_name(f), where=self._where(f.user))
                        for f in removal.findings
                    )
                    text = self.tr("%n apps were removed: {apps}.", "", total).format(apps=removed)
                self.removal.show_outcome(text + after)
            case RemovalStage.BLOCKED:
                self._show_blocked(session, removal.findings, removal.results)
            case RemovalStage.FAILED:
                self.removal.show_outcome(
                    self.tr("Removing {app} from {where} did not finish.").format(app=name, where=where)
                )

    def _show_blocked(
        self, session: DeviceSession, findings: tuple[Finding, ...], results: tuple[RemovalResult, ...]
    ) -> None:
        """The first app still there, with its steps; the others named in the title."""
        still = [self._finding_for(session, f.app_id, f.user) for f in findings]
        left = [f for f in still if f is not None]
        if not left:
            self.removal.show_outcome(self.tr("The removal did not finish."))
            return
        first = left[0]
        title = self.tr("{app} could not be removed from {where}. On the phone:").format(
            app=finding_name(first), where=self._where(first.user)
        )
        if len(left) > 1:
            others = ", ".join(finding_name(f) for f in left[1:])
            title = self.tr("{n} apps could not be removed ({others} too). {first}").format(
                n=len(left), others=others, first=title
            )
        mine = tuple(r for r in results if (r.app_id, r.user) == (first.app_id, first.user))
        self.removal.show_steps(title, steps_for(first, self._hub.policy, mine, window_language()))

    def _finding_for(self, session: DeviceSession, app_id: str, user: int | None) -> Finding | None:
        if session.outcome is None:
            return None
        return next(
            (f for f in session.outcome.report.findings if f.app_id == app_id and f.user == user), None
        )

    def _render_steps(self, finding: Finding) -> None:
        title = self.tr("{app} in {where}: what to do on the phone").format(
            app=finding_name(finding), where=self._where(finding.user)
        )
        session = self.session()
        refusal = session.refusals.get((finding.app_id, finding.user), ()) if session else ()
        self.removal.show_steps(title, steps_for(finding, self._hub.policy, refusal, window_language()))

    def _update_deadline(self) -> None:
        if not self._built:
            return
        session = self.session()
        deadline = session.outcome.report.deadline if session and session.outcome else None
        pending = (
            session is not None
            and session.outcome is not None
            and any(f.state == "action_needed" for f in session.outcome.report.findings)
        )
        if deadline is None or not pending:
            self.deadline.setVisible(False)
            return
        self.deadline.setText(
            self.tr(
                "Deadline: remove these apps by {when} ({left}); after that, mail access is blocked."
            ).format(when=zoned_time(deadline), left=countdown(deadline, self._clock.now()))
        )
        self.deadline.setVisible(True)

    def copy_menu(self) -> QMenu:
        """The context menu: copy the device details, the findings, or both, as text."""
        from desktop_app.gui.ticket_text import device_details_text, findings_text

        menu = QMenu(self)
        session = self.session()
        for text, make in (
            (self.tr("Copy device details"), device_details_text),
            (self.tr("Copy findings"), findings_text),
            (
                self.tr("Copy both (for a ticket)"),
                lambda s: f"{device_details_text(s)}\n\n{findings_text(s)}",
            ),
        ):
            action = menu.addAction(text)
            action.setEnabled(session is not None)
            if session is not None:
                action.triggered.connect(lambda _checked=False, make=make, s=session: self._copy(make(s)))
        return menu

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._presenter.info(self.tr("Copied to the clipboard."), scope=self.key or "")

    # -- slots ---------------------------------------------------------------------------------
    def _on_content_context_menu_requested(self, position: QPoint) -> None:
        sender = self.sender()
        widget = sender if isinstance(sender, QWidget) else self
        self.copy_menu().popup(widget.mapToGlobal(position))

    def _on_hub_device_changed(self, key: str) -> None:
        if key == self.key:
            self.refresh()

    def _on_hub_device_removed(self, key: str) -> None:
        self._rows_cache.pop(key, None)
        if key == self.key:
            self.show_device(None)

    def _on_scan_button_clicked(self) -> None:
        if self.key is not None:
            self._steps_for = None
            self._hub.check_again(self.key)

    def _on_stop_adb_button_clicked(self) -> None:
        session = self.session()
        if session is None or not self._hub.can_stop_adb_server(session.key):
            return
        question = self.tr(
            "{phone} is held by another adb server on this computer (started by Android Studio, "
            "scrcpy or `adb`).\n\nStop that adb server? Programs using it lose their connection to "
            "every phone until they start it again. The phone is checked again afterwards."
        ).format(phone=session.title)
        if self._dialogs.confirm(
            self, self.tr("Stop the other adb server"), question, self.tr("Stop the adb server")
        ):
            self._hub.stop_adb_server(session.key)

    def _on_forget_button_clicked(self) -> None:
        if self.key is not None:
            self._hub.forget(self.key)

    def _on_findings_remove_requested(self, finding: Finding) -> None:
        session = self.session()
        if session is None:
            return
        where = self._where(finding.user)
        question = self.tr(
            "Remove {app} from {where} on {phone}?\n\n"
            "The app and its data on this profile are deleted. The phone is checked again afterwards."
        ).format(app=finding_with_id(finding), where=where, phone=session.title)
        action = self.tr("Remove {app}").format(app=finding_name(finding))
        if self._dialogs.confirm(self, self.tr("Remove app"), question, action):
            self._steps_for = None
            self._hub.remove(session.key, finding)

    def _on_remove_all_button_clicked(self) -> None:
        session = self.session()
        if session is None:
            return
        findings = self._hub.removable_findings(session.key)
        if not findings:
            return
        listed = "\n".join(f"• {finding_with_id(f)} — {self._where(f.user)}" for f in findings)
        question = self.tr(
            "Remove these apps from {phone}?\n\n{apps}\n\n"
            "Each app and its data on that profile are deleted. The phone is checked again afterwards."
        ).format(phone=session.title, apps=listed)
        action = self.tr("Remove all (%n)", "", len(findings))
        if self._dialogs.confirm(self, self.tr("Remove all flagged apps"), question, action):
            self._steps_for = None
            self._hub.remove_all_flagged(session.key)

    def _on_findings_steps_requested(self, finding: Finding) -> None:
        self._steps_for = finding
        self._render_steps(finding)
