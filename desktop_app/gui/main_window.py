"""The helpdesk window: it only assembles the parts and wires menus and shortcuts.

The History and Policy pages are built the first time they are needed (their tab is opened,
a menu uses them): the window shows sooner, and most visits never open them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QStatusBar, QTabWidget, QWidget

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
        self.tabs.addTab(self.device_page, "")
        self.tabs.addTab(QWidget(), "")  # replaced by the page when first opened
        self.tabs.addTab(QWidget(), "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.devices)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 980])
        self.setCentralWidget(self.splitter)
        self.status = QStatusBar()
        self.status_label = ElidedLabel()  # a long message is cut, never widens the window
        self.status.addWidget(self.status_label, 1)
        self._status_message: Message | None = None
        self.setStatusBar(self.status)
        self._menus: dict[str, QMenu] = {}
        self._actions: dict[str, QAction] = {}
        self._build_menus()
        self.retranslate()

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
        """Menus and actions, keyed by a name; their words are set by retranslate()."""
        menu = self._menu
        self._action(menu("file"), "open", QKeySequence.StandardKey.Open, self._open_policy)
        self._action(menu("file"), "export", "Ctrl+E", self._export_history_csv)
        menu("file").addSeparator()
        self._action(menu("file"), "quit", QKeySequence.StandardKey.Quit, self.close)
        self._action(menu("device"), "check", "F5", self.device_page.check_again)
        self._action(menu("device"), "check_all", "Shift+F5", self._check_all)
        self._action(menu("device"), "receipt", "Ctrl+P", self.device_page.save_receipt)
        self._action(menu("device"), "find", QKeySequence.StandardKey.Find, self._focus_search)
        for index, name in (
            (DEVICE_TAB, "show_device"),
            (HISTORY_TAB, "show_history"),
            (POLICY_TAB, "show_policy"),
        ):
            # triggered(bool) would fill a defaulted first parameter: the index is bound by a closure.
            self._action(menu("view"), name, f"Ctrl+{index + 1}", self._tab_opener(index))
        self._action(menu("view"), "devices", "Ctrl+L", self.devices.list.setFocus)
        self._action(menu("help"), "about", "", self.show_about)

    def _menu(self, name: str) -> QMenu:
        if name not in self._menus:
            self._menus[name] = self.menuBar().addMenu("")
        return self._menus[name]

    def retranslate(self) -> None:
        """Every word of the window's own parts, in the language now installed (pages do theirs)."""
        self.tabs.setAccessibleName(self.tr("Pages"))
        for index, title in enumerate(self.tab_titles()):
            self.tabs.setTabText(index, title)
        self.status_label.setAccessibleName(self.tr("Last message"))
        menus = {
            "file": self.tr("&File"),
            "device": self.tr("&Device"),
            "view": self.tr("&View"),
            "help": self.tr("&Help"),
        }
        for name, text in menus.items():
            self._menus[name].setTitle(text)
        actions = {
            "open": self.tr("&Open policy…"),
            "export": self.tr("Export history as &CSV…"),
            "quit": self.tr("&Quit"),
            "check": self.tr("&Check again"),
            "check_all": self.tr("Check &all phones"),
            "receipt": self.tr("Save &receipt as PDF…"),
            "find": self.tr("&Find app"),
            "show_device": self.tr("&Device"),
            "show_history": self.tr("&History"),
            "show_policy": self.tr("&Policy"),
            "devices": self.tr("Devices &list"),
            "about": self.tr("&About App Audit"),
        }
        for name, text in actions.items():
            self._actions[name].setText(text)
        if self._status_message is not None:
            self._show_status(self._status_message)

    def add_fleet_tab(self, page: QWidget) -> None:
        self.tabs.addTab(page, "")
        self.tabs.setTabText(self.tabs.count() - 1, self.tab_titles()[-1])

    def tab_titles(self) -> list[str]:

        titles = [self.tr("Device"), self.tr("History"), self.tr("Policy")]
        return titles + [self.tr("Fleet")] * (self.tabs.count() - len(titles))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
            self._put_page(HISTORY_TAB, page, self.tab_titles()[HISTORY_TAB])
        return self._history

    @property
    def policy(self) -> PolicyPage:
        if self._policy is None:
            from desktop_app.gui.widgets.policy_page import PolicyPage

            context = self.context
            page = PolicyPage(context.policies, context.dialogs, context.presenter, context.clock)
            self._policy = page
            self._put_page(POLICY_TAB, page, self.tab_titles()[POLICY_TAB])
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

    def _action(self, menu: QMenu, name: str, shortcut: object, slot: object) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)
        self._actions[name] = action
        return action

    def _check_all(self) -> None:
        started = self.context.hub.check_all()
        self.context.presenter.info(
            self.tr("Phones being checked again: %Ln", "", started)
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
        self._status_message = message
        self._show_status(message)

    def _show_status(self, message: Message) -> None:
        prefix = {
            Level.INFO: "",
            Level.WARNING: self.tr("Warning: "),
            Level.ERROR: self.tr("Problem: "),
        }[message.level]
        first_line = message.text.splitlines()[0] if message.text else ""
        hint = f" — {message.hint}" if message.hint else ""
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
