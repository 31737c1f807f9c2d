"""Recorded audits (storage AuditRow values) as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.gui.wording import local_time

ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("#", "Recorded", "Device", "Serial", "Platform", "Policy", "Verdict", "Apps", "Findings")
_VERDICT_WORDS = {
    "compliant": "Compliant",
    "action_required": "Action required",
    "noncompliant": "Not compliant",
    "inconclusive": "Inconclusive",
}

Index = QModelIndex | QPersistentModelIndex


def _cell(row: Any, column: int) -> str:
    values = (
        str(row.audit_id),
        local_time(row.recorded_at),
        row.device_name or row.model,
        row.serial,
        row.platform,
        f"{row.policy_id} {row.policy_version}",
        _VERDICT_WORDS.get(str(row.verdict), str(row.verdict)),
        str(row.apps_scanned),
        str(row.findings_count),
    )
    return values[column]


def _sort_key(row: Any, column: int) -> object:
    if column in (0, 7, 8):
        return (row.audit_id, 0, row.apps_scanned, 0, 0, 0, 0, row.apps_scanned, row.findings_count)[column]
    if column == 1:
        return row.recorded_at.timestamp()
    return _cell(row, column).casefold()


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

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
        if role == SORT_ROLE:
            return _sort_key(row, index.column())
        if role == ROW_ROLE:
            return row
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
