"""Search and filters (flagged only, user/system apps, one profile, one state, one source) over the
app table.

Sorting is delegated to the source model, which sorts with keys it computed once: a
QSortFilterProxyModel sort would call a Python `lessThan` thousands of times per result.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop_app.core.models import AppKind, AppState
from desktop_app.gui.models.app_table_model import SOURCE, AppTableModel

ALL_PROFILES = object()


class AppFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._flagged_only = False
        self._kinds: frozenset[AppKind] = frozenset(AppKind)
        self._profile: object = ALL_PROFILES
        self._state: AppState | None = None  # None: every state
        self._source: str | None = None  # a Source column text ("Google Play"), None: every source

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange()

    def set_flagged_only(self, value: bool) -> None:
        self.beginFilterChange()
        self._flagged_only = value
        self.endFilterChange()

    def set_kinds(self, kinds: frozenset[AppKind]) -> None:
        self.beginFilterChange()
        self._kinds = kinds
        self.endFilterChange()

    def set_profile(self, profile: object) -> None:
        """A user id, None for the single iPhone profile, or ALL_PROFILES."""
        self.beginFilterChange()
        self._profile = profile
        self.endFilterChange()

    def set_state(self, state: AppState | None) -> None:
        self.beginFilterChange()
        self._state = state
        self.endFilterChange()

    def set_source(self, source: str | None) -> None:
        self.beginFilterChange()
        self._source = source
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, AppTableModel) or source_parent.isValid():
            return True
        row = model.row_at(source_row)
        if self._flagged_only and not row.flagged:
            return False
        if row.app.kind not in self._kinds:
            return False
        if self._profile is not ALL_PROFILES and row.app.user != self._profile:
            return False
        if self._state is not None and row.app.state != self._state:
            return False
        if self._source is not None and row.cells[SOURCE] != self._source:
            return False
        return not self._search or self._search in row.haystack

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, AppTableModel):
            model.sort_rows(column, order)
