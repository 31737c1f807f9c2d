"""Every app of every user/profile of one device, with the verdict of the policy on it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop_app.core.models import AppKind, Finding, InstalledApp
from desktop_app.gui.wording import APP_STATE_WORDS, FINDING_WORDS, KIND_WORDS, profile_name

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class AppRow:
    app: InstalledApp
    finding: Finding | None

    @property
    def flagged(self) -> bool:
        return self.finding is not None

    @property
    def verdict_text(self) -> str:
        return FINDING_WORDS[self.finding.state] if self.finding is not None else "Allowed"


COLUMNS = ("Name", "App id", "Version", "Installer / source", "Profile", "Kind", "State", "Verdict")


def _cell(row: AppRow, column: int) -> str:
    app = row.app
    match column:
        case 0:
            return app.display_label
        case 1:
            return app.app_id
        case 2:
            return app.version_name or app.version_code
        case 3:
            return app.installer
        case 4:
            return profile_name(app.user)
        case 5:
            return KIND_WORDS[app.kind]
        case 6:
            return APP_STATE_WORDS[app.state]
        case _:
            return row.verdict_text


def _sort_key(row: AppRow, column: int) -> object:
    if column == 4:
        return -1 if row.app.user is None else row.app.user
    if column == 7:
        # Flagged first when sorted ascending: the rows a technician looks for.
        return (0 if row.flagged else 1, row.verdict_text)
    return _cell(row, column).casefold()


def build_rows(apps: tuple[InstalledApp, ...], findings: tuple[Finding, ...]) -> list[AppRow]:
    by_app = {(f.app_id, f.user): f for f in findings}
    return [AppRow(app, by_app.get((app.app_id, app.user))) for app in apps]


class AppTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AppRow] = []

    def set_rows(self, rows: list[AppRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> AppRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.app.display_label} ({row.app.app_id})"
        if role == SORT_ROLE:
            return _sort_key(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.FontRole and row.flagged:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def kinds(self) -> set[AppKind]:
        return {r.app.kind for r in self._rows}

    def profiles(self) -> list[int | None]:
        return sorted({r.app.user for r in self._rows}, key=lambda u: -1 if u is None else u)
