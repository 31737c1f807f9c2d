"""Recorded audits (storage AuditRow values) as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.gui.locale_text import number, zoned_time
from desktop_app.gui.models.row_table_model import Index, RowTableModel
from desktop_app.gui.wording import verdict_word

ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("#", "Recorded", "Device", "Serial / UDID", "Verdict", "Apps", "Findings", "Policy")
DEVICE_COLUMN = 2
_PLATFORM_WORDS = {"android": "Android", "ios": "iOS"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryModel", text)


def system_text(row: Any) -> str:
    return f"{_PLATFORM_WORDS.get(str(row.platform), str(row.platform))} {row.os_version}".strip()


def device_text(row: Any, *, with_system: bool = False) -> str:
    """The name, and the model only when it differs ("Pixel 8", "Camille's iPhone (iPhone14,5)");
    with_system adds the system ("Pixel 8 (Android 14)")."""
    name = row.device_name or row.model
    details = [row.model] if row.model and row.model != name else []
    if with_system:
        details.append(system_text(row))
    if not name:
        return system_text(row)
    return f"{name} ({', '.join(d for d in details if d)})" if details else name


def _cell(row: Any, column: int) -> str:
    values = (
        str(row.audit_id),
        zoned_time(row.recorded_at),
        row.device_name or row.model,  # the model and system are in the tooltip and the detail
        row.serial,
        verdict_word(row.verdict),
        number(row.apps_scanned),
        number(row.findings_count),
        row.policy_version,
    )
    return values[column]


def _sort_key(row: Any, column: int) -> object:
    if column == 0:
        return row.audit_id
    if column == 1:
        return row.recorded_at.timestamp()
    if column == 5:
        return row.apps_scanned
    if column == 6:
        return row.findings_count
    return _cell(row, column).casefold()


class HistoryModel(RowTableModel):
    columns = COLUMNS

    def column_title(self, section: int) -> str:
        return _tr(COLUMNS[section])

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def set_rows(self, rows: list[Any]) -> None:
        self._replace_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == len(COLUMNS) - 1:
                return f"{row.policy_id} {row.policy_version}"
            return f"{device_text(row, with_system=True)} · {row.serial}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return _sort_key(row, index.column())
        if role == ROW_ROLE:
            return row
        return None
