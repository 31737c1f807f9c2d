"""The rules of the loaded policy as a table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.gui.models.row_table_model import Index, RowTableModel
from desktop_app.gui.wording import policy_text

if TYPE_CHECKING:
    from desktop_app.core.policy_schema import Rule


COLUMNS = ("Rule", "Action", "Android packages", "iPhone bundles", "Name patterns", "Reason")
REASON = len(COLUMNS) - 1
ACTIONS = {"remove": "Remove", "review": "Review", "require": "Require"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RulesModel", text)


def _cell(rule: Rule, column: int) -> str:
    # One id or pattern per line: the columns fit their longest entry instead of cutting it.
    match column:
        case 0:
            return f"{rule.title}\n{rule.id}"
        case 1:
            action = str(rule.action)
            return _tr(ACTIONS[action]) if action in ACTIONS else action.capitalize()
        case 2:
            return "\n".join(rule.android.packages) if rule.android else ""
        case 3:
            return "\n".join(rule.ios.bundles) if rule.ios else ""
        case 4:
            return "\n".join(rule.name_patterns)
        case _:
            return policy_text(rule.reason)


class RulesModel(RowTableModel):
    columns = COLUMNS

    def column_title(self, section: int) -> str:
        return _tr(COLUMNS[section])

    def set_rules(self, rules: list[Rule]) -> None:
        self._replace_rows(rules)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return _cell(self._rows[index.row()], index.column())
        return None
