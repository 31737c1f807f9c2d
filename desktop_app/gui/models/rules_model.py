"""The rules of the loaded policy as a table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from desktop_app.core.policy_schema import Rule


COLUMNS = ("Rule", "Action", "Android packages", "iPhone bundles", "Name patterns", "Reason")
REASON = len(COLUMNS) - 1
Index = QModelIndex | QPersistentModelIndex


def _cell(rule: Rule, column: int) -> str:
    # One id or pattern per line: the columns fit their longest entry instead of cutting it.
    match column:
        case 0:
            return f"{rule.title}\n{rule.id}"
        case 1:
            return str(rule.action).capitalize()
        case 2:
            return "\n".join(rule.android.packages) if rule.android else ""
        case 3:
            return "\n".join(rule.ios.bundles) if rule.ios else ""
        case 4:
            return "\n".join(rule.name_patterns)
        case _:
            return rule.reason.en if rule.reason else ""


class RulesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rules: list[Rule] = []

    def set_rules(self, rules: list[Rule]) -> None:
        self.beginResetModel()
        self._rules = list(rules)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rules)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rules):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return _cell(self._rules[index.row()], index.column())
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
