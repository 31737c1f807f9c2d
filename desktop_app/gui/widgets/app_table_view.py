"""The app table with its search box and filters."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
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

from desktop_app.core.models import AppKind, AppState
from desktop_app.gui.locale_text import number
from desktop_app.gui.models.app_filter_proxy import ALL_PROFILES, AppFilterProxy
from desktop_app.gui.models.app_table_model import (
    APP_ID,
    COLUMNS,
    NAME,
    SOURCE,
    VERDICT,
    VERSION,
    AppRow,
    AppTableModel,
    column_title,
)
from desktop_app.gui.widgets.common import named, plain_label
from desktop_app.gui.wording import app_state_word, profile_name

# Columns never grow past these when fitted to their content; the person can still drag them.
MAX_COLUMN_WIDTH = {NAME: 240, VERSION: 110, SOURCE: 200}
DEFAULT_MAX_WIDTH = 220
_CANDIDATES = 6  # longest texts (by characters) measured per column: measuring all 400 is waste


def _tr(text: str) -> str:
    return QCoreApplication.translate("AppTableView", text)


MIN_FILTER_CHARS = 12
_KEEP = object()  # _fill_profiles: keep the profile chosen now (None is the iPhone's one profile)
_KIND_NAMES = ("User and system apps", "User apps", "System apps")

_KIND_SETS = (frozenset(AppKind), frozenset({AppKind.USER}), frozenset({AppKind.SYSTEM}))


class AppTableView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - linear widget assembly
        super().__init__(parent)
        self.model = AppTableModel(self)
        self.proxy = AppFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.flagged = QCheckBox()
        self.kind = QComboBox()
        for _kinds in _KIND_SETS:
            self.kind.addItem("")
        self.profile = QComboBox()
        self._profiles: list[int | None] = []
        self._profile_names: dict[int | None, str] = {}
        self.state = QComboBox()
        self.state.addItem("", None)
        for state in AppState:
            self.state.addItem("", state)
        self.source = QComboBox()
        self.source.addItem("", None)
        self.count = plain_label(wrap=False)
        for combo in (self.kind, self.profile, self.state, self.source):
            # As wide as their longest choice when there is room; narrower (the text elided) when
            # not: in French the five filters would widen the window past a 1280-pixel screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(combo.fontMetrics().averageCharWidth() * MIN_FILTER_CHARS)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VERDICT, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # Columns fit their content; the app id takes the width left (an id too long for it is
        # elided in the middle, the tooltip has it whole), so no column hides behind a scroll bar.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(APP_ID, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._fitted: tuple[int, ...] = ()
        # The search shares its row with two filters only: with all five beside it, it shrank to a few
        # letters, and in French the five side by side were wider than the window.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.flagged)
        search_row.addWidget(self.kind)
        filters = QHBoxLayout()
        filters.addWidget(self.profile)
        filters.addWidget(self.state)
        filters.addWidget(self.source)
        filters.addStretch(1)
        filters.addWidget(self.count)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.flagged.toggled.connect(self._on_flagged_toggled)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.profile.currentIndexChanged.connect(self._on_profile_changed)
        self.state.currentIndexChanged.connect(self._on_state_changed)
        self.source.currentIndexChanged.connect(self._on_source_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.retranslate()

    def retranslate(self) -> None:
        """The filters' and columns' words in the language now installed (rows: set_rows again)."""
        self.search.setPlaceholderText(self.tr("Search name, id, rule, profile or source  (Ctrl+F)"))
        named(self.search, self.tr("Search apps"))
        self.flagged.setText(self.tr("Flagged only"))
        named(self.flagged, self.tr("Flagged only"), self.tr("Show only the apps the policy flags"))
        named(self.kind, self.tr("App kind filter"))
        for position in range(len(_KIND_NAMES)):
            self.kind.setItemText(position, _tr(_KIND_NAMES[position]))
        named(self.profile, self.tr("Profile filter"))
        self._fill_profiles()
        named(self.state, self.tr("App state filter"))
        self.state.setItemText(0, self.tr("Any state"))
        for position, state in enumerate(AppState, 1):
            self.state.setItemText(position, app_state_word(state))
        named(
            self.source, self.tr("Source filter"), self.tr("Only apps installed from this store or installer")
        )
        self.source.setItemText(0, self.tr("Any source"))
        self.count.setAccessibleDescription(self.tr("Apps shown"))
        named(self.table, self.tr("Apps"), self.tr("Every app of every user and profile"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)  # rows: set_rows
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_rows(self, rows: list[AppRow], profile_names: Mapping[int | None, str] | None = None) -> None:
        self.model.set_rows(rows)
        self._fit_columns(rows)
        current = self.selected_profile()
        self._profiles = self.model.profiles()
        self._profile_names = dict(profile_names or {})
        self._fill_profiles(current)
        self._on_profile_changed()
        self._fill_sources(rows)
        self._update_count()

    def _fill_profiles(self, current: object = _KEEP) -> None:
        """ "All profiles", then this phone's profiles by name; the choice kept when it still exists."""
        if current is _KEEP:
            current = self.selected_profile()
        self.profile.blockSignals(True)
        self.profile.clear()
        self.profile.addItem(self.tr("All profiles"))
        for user in self._profiles:
            self.profile.addItem(profile_name(user, self._profile_names))
        position = self._profiles.index(current) + 1 if current in self._profiles else 0  # type: ignore[arg-type]
        self.profile.setCurrentIndex(position)
        self.profile.blockSignals(False)

    def _fill_sources(self, rows: list[AppRow]) -> None:
        """The sources this phone's apps came from, most common first; the choice kept when it still exists."""
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.cells[SOURCE]] = counts.get(row.cells[SOURCE], 0) + 1
        current = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("Any source"), None)
        for name in sorted(counts, key=lambda n: (-counts[n], n.casefold())):
            self.source.addItem(name, name)
        position = self.source.findData(current) if current is not None else 0
        self.source.setCurrentIndex(max(0, position))
        self.source.blockSignals(False)
        self._on_source_changed()

    def _on_state_changed(self) -> None:
        data = self.state.currentData()  # Qt hands the enum back as its string value
        self.proxy.set_state(AppState(data) if data else None)
        self._update_count()

    def _on_source_changed(self) -> None:
        self.proxy.set_source(self.source.currentData())
        self._update_count()

    def _fit_columns(self, rows: list[AppRow]) -> None:
        """Each column as wide as its longest text (bold for flagged rows), within bounds.

        Measures a few of the longest texts per column instead of asking the view for
        size hints, which would call the model's data() for every cell."""
        header = self.table.horizontalHeader()
        self.table.setColumnHidden(NAME, not self.model.has_names())
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        padding = 20  # the cell's margins on both sides
        widths = []
        for column in range(len(COLUMNS)):
            longest = sorted((r.cells[column] for r in rows), key=len, reverse=True)[:_CANDIDATES]
            text_width = max((metrics.horizontalAdvance(text) for text in longest), default=0)
            title_width = metrics.horizontalAdvance(column_title(column)) + 24  # room for the sort arrow
            limit = MAX_COLUMN_WIDTH.get(column, DEFAULT_MAX_WIDTH)
            widths.append(min(limit, max(text_width + padding, title_width)))
        fitted = tuple(widths)
        if fitted == self._fitted:
            return
        self._fitted = fitted
        for column, width in enumerate(fitted):
            if column != APP_ID:
                header.resizeSection(column, width)

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _on_flagged_toggled(self, checked: bool) -> None:
        self.proxy.set_flagged_only(checked)
        self._update_count()

    def _on_kind_changed(self) -> None:
        self.proxy.set_kinds(_KIND_SETS[max(0, self.kind.currentIndex())])

        self._update_count()

    def _on_profile_changed(self) -> None:
        self.proxy.set_profile(self.selected_profile())
        self._update_count()

    def selected_profile(self) -> object:
        """A user id (None on iPhones), or ALL_PROFILES."""
        position = self.profile.currentIndex()
        return self._profiles[position - 1] if 0 < position <= len(self._profiles) else ALL_PROFILES

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("%1 of %Ln app(s)", "", self.model.rowCount()).replace(
                "%1", number(self.proxy.rowCount())
            )
        )
