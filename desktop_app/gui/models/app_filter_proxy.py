"""Search, filters (flagged only, user/system apps, one profile) and sorting over the app table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from desktop_app.core.models import AppKind
from desktop_app.gui.models.app_table_model import SORT_ROLE, AppTableModel

ALL_PROFILES = object()


class AppFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._flagged_only = False
        self._kinds: frozenset[AppKind] = frozenset(AppKind)
        self._profile: object = ALL_PROFILES
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

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

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, AppTableModel) or source_parent.isValid():
            return True
        row = model.row_at(source_row)
        app = row.app
        if self._flagged_only and not row.flagged:
            return False
        if app.kind not in self._kinds:
            return False
        if self._profile is not ALL_PROFILES and app.user != self._profile:
            return False
        if self._search:
            haystack = f"{app.label}\n{app.app_id}\n{app.installer}".casefold()
            return self._search in haystack
        return True

    def lessThan(  # noqa: N802 - Qt override
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
