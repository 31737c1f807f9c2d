"""The helpdesk window: it only assembles the parts and wires menus and shortcuts.

The History and Policy pages are built the first time they are needed (their tab is opened,
a menu uses them): the window shows sooner, and most visits never open them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QStatusBar, QTabWidget, QWidget

from desktop_app.gui.context import GuiContext
from desktop_app.gui.icons import app_icon
from desktop_app.gui.models.device_list_model import DeviceListModel
from desktop_app.gui.presenter import Level, Message
from desktop_app.gui.widgets.device_page import DevicePage
from desktop_app.gui.widgets.devices_panel import DevicesPanel
from desktop_app.gui.widgets.elided_label import ElidedLabel

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop_app.gui.widgets.history_page import HistoryPage
    from desktop_app.gui.widgets.policy_page import PolicyPage

DEVICE_TAB, HISTORY_TAB, POLICY_TAB = 0, 1, 2
DEFAULT_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    def __init__(self, context: GuiContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle("App Audit")
        self.setWindowIcon(app_icon())
        self.device_model = DeviceListModel(context.hub, context.clock, self)
        self.devices = DevicesPanel(self.device_model, context.hub.auto_scan)
        self.device_page = DevicePage(
            context.hub, context.dialogs, context.presenter, context.clock, mail=context.mail
        )
        self._history: HistoryPage | None = None
        self._policy: PolicyPage | None = None
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Pages")
        self.tabs.addTab(self.device_page, "Device")
        self.tabs.addTab(QWidget(), "History")  # replaced by the page when first opened
        self.tabs.addTab(QWidget(), "Policy")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.devices)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 980])
        self.setCentralWidget(self.splitter)
        self.status = QStatusBar()
        self.status_label = ElidedLabel()  # a long message is cut, never widens the window
        self.status_label.setAccessibleName("Last message")
        self.status.addWidget(self.status_label, 1)
        self._status_message: Message | None = None
        self.setStatusBar(self.status)
        self._build_menus()

        self.devices.device_selected.connect(self._on_devices_device_selected)
        self.devices.auto_scan_toggled.connect(self._on_devices_auto_scan_toggled)
        self.devices.check_all_requested.connect(self._check_all)
        context.presenter.message_posted.connect(self._on_presenter_message_posted)
        context.hub.scan_finished.connect(self._on_hub_scan_finished)
        context.hub.device_changed.connect(self._on_hub_device_changed)
        context.hub.device_removed.connect(self._on_hub_device_removed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.device_model.refresh_all)  # countdowns in badges
        self._ticker.start()
        self._restore()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Open policy…", QKeySequence.StandardKey.Open, self._open_policy)
        self._action(file_menu, "Export history as &CSV…", "Ctrl+E", self._export_history_csv)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        device_menu = self.menuBar().addMenu("&Device")
        self._action(device_menu, "&Check again", "F5", self.device_page.check_again)
        self._action(device_menu, self.tr("Check &all phones"), "Shift+F5", self._check_all)
        self._action(device_menu, "Save &receipt as PDF…", "Ctrl+P", self.device_page.save_receipt)
        self._action(device_menu, "&Find app", QKeySequence.StandardKey.Find, self._focus_search)
        view_menu = self.menuBar().addMenu("&View")
        for index, name in ((DEVICE_TAB, "&Device"), (HISTORY_TAB, "&History"), (POLICY_TAB, "&Policy")):
            # triggered(bool) would fill a defaulted first parameter: the index is bound by a closure.
            self._action(view_menu, name, f"Ctrl+{index + 1}", self._tab_opener(index))
        self._action(view_menu, "Devices &list", "Ctrl+L", self.devices.list.setFocus)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About App Audit"), "", self.show_about)

    def _tab_opener(self, index: int) -> object:
        def open_tab(_checked: bool = False) -> None:
            self.tabs.setCurrentIndex(index)

        return open_tab

    def about_text(self) -> str:
        from desktop_app import __version__

        log_path = self.context.presenter.log_path
        where = str(log_path) if log_path is not None else self.tr("not written yet (still starting)")
        return "\n".join(
            [
                self.tr("App Audit {version}").format(version=__version__),
                self.tr("Checks the apps on phones against the company's signed policy."),
                "",
                self.tr("Log file (send it to IT when something goes wrong):"),
                where,
            ]
        )

    def show_about(self) -> None:
        self.context.dialogs.inform(self, self.tr("About App Audit"), self.about_text())

    # Menu slots that reach a page through its property, so the page is built only when used.
    def _open_policy(self) -> None:
        self.policy.choose_policy()

    def _export_history_csv(self) -> None:
        self.history.export_csv_button.click()

    @property
    def history(self) -> HistoryPage:
        if self._history is None:
            from desktop_app.gui.widgets.history_page import HistoryPage

            context = self.context
            page = HistoryPage(
                context.database, context.dialogs, context.presenter, context.policies.signer_of
            )
            self._history = page
            self._put_page(HISTORY_TAB, page, "History")
        return self._history

    @property
    def policy(self) -> PolicyPage:
        if self._policy is None:
            from desktop_app.gui.widgets.policy_page import PolicyPage

            context = self.context
            page = PolicyPage(context.policies, context.dialogs, context.presenter, context.clock)
            self._policy = page
            self._put_page(POLICY_TAB, page, "Policy")
        return self._policy

    def _put_page(self, index: int, page: QWidget, title: str) -> None:
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)  # swapping the placeholder is not the person changing tabs
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()

    def _action(self, menu: object, text: str, shortcut: object, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _check_all(self) -> None:
        started = self.context.hub.check_all()
        self.context.presenter.info(
            self.tr("Phones being checked again: %n", "", started)
            if started
            else self.tr("No phone can be checked right now.")
        )

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(DEVICE_TAB)
        self.device_page.focus_search()

    def _restore(self) -> None:
        geometry = self.context.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(DEFAULT_SIZE)
        self._fit_screen()
        splitter = self.context.settings.splitter()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.tabs.setCurrentIndex(self.context.settings.tab())

    def _fit_screen(self) -> None:
        """Never larger than the screen's free area (a 1366x768 laptop hid the status bar)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar and borders
        width = min(self.width(), available.width() - frame.width())
        height = min(self.height(), available.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not available.contains(self.frameGeometry()):
            self.move(available.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.context.settings.save_window(
            self.saveGeometry(), self.splitter.saveState(), self.tabs.currentIndex()
        )
        super().closeEvent(event)

    def _on_devices_device_selected(self, key: str) -> None:
        self.device_page.show_device(key)

    def _on_devices_auto_scan_toggled(self, enabled: bool) -> None:
        self.context.hub.auto_scan = enabled
        self.context.settings.set_auto_scan(enabled)

    def _on_presenter_message_posted(self, message: Message) -> None:
        prefix = {
            Level.INFO: "",
            Level.WARNING: QCoreApplication.translate("MainWindow", "Warning: "),
            Level.ERROR: QCoreApplication.translate("MainWindow", "Problem: "),
        }[message.level]
        first_line = message.text.splitlines()[0] if message.text else ""
        hint = f" — {message.hint}" if message.hint else ""
        self._status_message = message
        self.status_label.set_full_text(f"{prefix}{first_line}{hint}")

    def _clear_status_about(self, key: str) -> None:
        self._status_message = None
        self.status_label.set_full_text("")
        log.debug("status message about %s cleared", key)

    def _on_hub_device_changed(self, key: str) -> None:
        # A phone's message goes once the phone moved on (checked again, fixed, compliant).
        shown = self._status_message
        if shown is None or shown.scope != key:
            return
        session = self.context.hub.sessions.get(key)
        if session is not None and session.message is not shown and not session.status.working:
            self._clear_status_about(key)

    def _on_hub_device_removed(self, key: str) -> None:
        if self._status_message is not None and self._status_message.scope == key:
            self._clear_status_about(key)

    def _on_hub_scan_finished(self, _key: str) -> None:
        if self.tabs.currentIndex() == HISTORY_TAB:
            self.history.refresh()

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == HISTORY_TAB:
            self.history.refresh()
        elif index == POLICY_TAB:
            _ = self.policy  # built on first visit
