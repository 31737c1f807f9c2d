"""The findings of the last audit, each with its reason and one action."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop_app.core.models import Finding, FindingState, RuleAction
from desktop_app.gui.palette import tinted_background
from desktop_app.gui.widgets.common import named, plain_label
from desktop_app.gui.wording import APP_STATE_WORDS, FINDING_WORDS, finding_name, profile_name

_CARD_COLOURS = {
    FindingState.BLOCKING: "#c62828",
    FindingState.MISSING: "#c62828",
    FindingState.ACTION_NEEDED: "#b26a00",
    FindingState.REVIEW: "#1565c0",
    FindingState.RETRACTED: "#546e7a",
}


def _card_style_sheet() -> str:
    return "\n".join(
        f'QFrame#finding_card[state="{state}"] {{ border: 1px solid {colour};'
        f" border-left: 5px solid {colour}; border-radius: 4px;"
        f" background: {tinted_background(colour).name()}; }}"
        for state, colour in _CARD_COLOURS.items()
    )


def action_for(finding: Finding) -> str:
    """The one action offered: remove it ourselves, or tell the person what to do."""
    if finding.action is RuleAction.REMOVE and finding.state in (
        FindingState.BLOCKING,
        FindingState.ACTION_NEEDED,
    ):
        return "Remove from this phone"
    return "Show steps"


class FindingCard(QFrame):
    action_clicked = Signal(object)  # Finding

    def __init__(
        self,
        finding: Finding,
        names: Mapping[int | None, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("finding_card")
        # Coloured by the view's one style sheet: a sheet per card is parsed again for every card.
        self.setProperty("state", str(finding.state))
        where = profile_name(finding.user, names)
        app_state = f" · {APP_STATE_WORDS[finding.app_state]}" if finding.app_state else ""
        name = finding_name(finding)
        title = plain_label(f"{name}  —  {FINDING_WORDS[finding.state]}", name="Finding")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        detail = plain_label(
            f"{finding.app_id} · {where}{app_state} · rule: {finding.rule_title}", name="Finding detail"
        )
        reason = plain_label(finding.reason.get("en") or "", name="Reason")
        reason.setVisible(bool(finding.reason.get("en")))
        self.button = QPushButton(action_for(finding))
        named(self.button, f"{action_for(finding)}: {finding.label} in {where}")
        self.button.clicked.connect(lambda: self.action_clicked.emit(self.finding))
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(detail)
        text.addWidget(reason)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addLayout(text, 1)
        row.addWidget(self.button)


class FindingsView(QScrollArea):
    remove_requested = Signal(object)  # Finding
    steps_requested = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Findings")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._inner = QWidget()
        self._inner.setStyleSheet(_card_style_sheet())
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self._inner)
        self.cards: list[FindingCard] = []
        self._shown: tuple[tuple[Finding, ...], dict[int | None, str]] | None = None
        self.empty = plain_label("", name="No findings")
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)

    def show_findings(
        self,
        findings: Sequence[Finding],
        empty_text: str,
        names: Mapping[int | None, str] | None = None,
    ) -> None:
        shown = (tuple(findings), dict(names or {}))
        if shown == self._shown:
            self.empty.setText(empty_text)
            return  # the same findings again (another progress tick): keep the cards
        self._shown = shown
        self.setUpdatesEnabled(False)
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for position, finding in enumerate(findings):
            card = FindingCard(finding, names)
            card.action_clicked.connect(self._on_card_action_clicked)
            self._layout.insertWidget(position, card)
            self.cards.append(card)
        self.empty.setText(empty_text)
        self.empty.setVisible(not findings)
        self.setUpdatesEnabled(True)

    def set_actions_enabled(self, enabled: bool) -> None:
        for card in self.cards:
            card.button.setEnabled(enabled)

    def _on_card_action_clicked(self, finding: Finding) -> None:
        if action_for(finding) == "Remove from this phone":
            self.remove_requested.emit(finding)
        else:
            self.steps_requested.emit(finding)
