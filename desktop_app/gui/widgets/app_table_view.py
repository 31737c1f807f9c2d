"""The app table with its search box and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.models import AppKind
from desktop_app.gui.models.app_filter_proxy import ALL_PROFILES, AppFilterProxy
from desktop_app.gui.models.app_table_model import AppRow, AppTableModel
from desktop_app.gui.widgets.common import named, plain_label
from desktop_app.gui.wording import profile_name

_KIND_CHOICES = (
    ("User and system apps", frozenset(AppKind)),
    ("User apps", frozenset({AppKind.USER})),
    ("System apps", frozenset({AppKind.SYSTEM})),
)


class AppTableView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AppTableModel(self)
        self.proxy = AppFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search name, id or installer  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        named(self.search, "Search apps")
        self.flagged = QCheckBox("Flagged only")
        named(self.flagged, "Flagged only", "Show only the apps the policy flags")
        self.kind = QComboBox()
        named(self.kind, "App kind filter")
        for text, _kinds in _KIND_CHOICES:
            self.kind.addItem(text)
        self.profile = QComboBox()
        self._profiles: list[int | None] = []
        named(self.profile, "Profile filter")
        self.count = plain_label(wrap=False, name="Apps shown")
        self.table = QTableView()
        named(self.table, "Apps", "Every app of every user and profile")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 230, 90, 170, 170, 90, 110)):
            header.resizeSection(column, width)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.flagged)
        filters.addWidget(self.kind)
        filters.addWidget(self.profile)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.flagged.toggled.connect(self._on_flagged_toggled)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.profile.currentIndexChanged.connect(self._on_profile_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    def set_rows(self, rows: list[AppRow]) -> None:
        self.model.set_rows(rows)
        current = self.selected_profile()
        self._profiles = self.model.profiles()
        self.profile.blockSignals(True)
        self.profile.clear()
        self.profile.addItem("All profiles")
        for user in self._profiles:
            self.profile.addItem(profile_name(user))
        position = self._profiles.index(current) + 1 if current in self._profiles else 0  # type: ignore[arg-type]
        self.profile.setCurrentIndex(position)
        self.profile.blockSignals(False)
        self._on_profile_changed()
        self._update_count()

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _on_flagged_toggled(self, checked: bool) -> None:
        self.proxy.set_flagged_only(checked)
        self._update_count()

    def _on_kind_changed(self) -> None:
        self.proxy.set_kinds(_KIND_CHOICES[max(0, self.kind.currentIndex())][1])
        self._update_count()

    def _on_profile_changed(self) -> None:
        self.proxy.set_profile(self.selected_profile())
        self._update_count()

    def selected_profile(self) -> object:
        """A user id (None on iPhones), or ALL_PROFILES."""
        position = self.profile.currentIndex()
        return self._profiles[position - 1] if 0 < position <= len(self._profiles) else ALL_PROFILES

    def _update_count(self) -> None:
        self.count.setText(f"{self.proxy.rowCount()} of {self.model.rowCount()} apps")
