"""The findings of the last audit, each with its reason and one action."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop_app.core.models import Finding, FindingState
from desktop_app.gui.operations import removable
from desktop_app.gui.palette import tinted_background
from desktop_app.gui.widgets.common import named, plain_label
from desktop_app.gui.wording import app_state_word, finding_name, finding_word, policy_text, profile_name

_CARD_COLOURS = {
    FindingState.BLOCKING: "#c62828",
    FindingState.MISSING: "#c62828",
    FindingState.ACTION_NEEDED: "#b26a00",
    FindingState.REVIEW: "#1565c0",
    FindingState.RETRACTED: "#546e7a",
}


REMOVE = "Remove from this phone"
STEPS = "Show steps"
Refusals = Mapping[tuple[str, int | None], object]  # (app id, user) -> what the phone answered


def _tr(text: str) -> str:
    return QCoreApplication.translate("FindingCard", text)


def action_for(finding: Finding, refused: bool = False) -> str:
    """The one action offered: remove it ourselves, or tell the person what to do."""
    return _tr(REMOVE) if removable(finding, refused) else _tr(STEPS)


class FindingCard(QFrame):
    action_clicked = Signal(object)  # Finding

    def __init__(
        self,
        finding: Finding,
        names: Mapping[int | None, str] | None = None,
        refused: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.finding = finding
        self.refused = refused
        self.setObjectName("finding_card")
        # Painted by the card itself: style-sheet frames made every repaint of the page slow.
        self._edge = QColor(_CARD_COLOURS[finding.state])
        self._background = tinted_background(self._edge.name())
        where = profile_name(finding.user, names)
        app_state = f" · {app_state_word(finding.app_state)}" if finding.app_state else ""
        name = finding_name(finding)
        # No fixed accessible names on these labels: a screen reader reads their text.
        self.title = plain_label(f"{name}  —  {finding_word(finding.state)}")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        rule = _tr("Rule: {rule}").format(rule=finding.rule_title)
        identity = f" · {finding.app_id}" if name != finding.app_id else ""
        self.detail = plain_label(f"{rule} · {where}{app_state}{identity}")
        said = policy_text(finding.reason)
        reason = plain_label(said)
        reason.setVisible(bool(said))
        if refused:
            reason.setText(_tr("The phone refused to remove it: see the steps (IT may have to act)."))
            reason.setVisible(True)
        self.reason = reason
        action = action_for(finding, refused)
        self.button = QPushButton(action)
        named(self.button, _tr("{action}: {app} in {where}").format(action=action, app=name, where=where))
        self.button.clicked.connect(lambda: self.action_clicked.emit(self.finding))
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.detail)
        text.addWidget(reason)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addLayout(text, 1)
        row.addWidget(self.button)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(self._edge, 1))
        painter.setBrush(self._background)
        painter.drawRoundedRect(area, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._edge)
        painter.drawRoundedRect(QRectF(area.left(), area.top(), 5, area.height()), 2, 2)
        painter.end()


class FindingsView(QScrollArea):
    remove_requested = Signal(object)  # Finding
    steps_requested = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Findings"))

        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self._inner)
        self.cards: list[FindingCard] = []
        self._shown: tuple[tuple[Finding, ...], dict[int | None, str], frozenset[object]] | None = None
        self.note = plain_label("")  # an inconclusive check's ask, above any cards
        self.note.setVisible(False)
        self._layout.addWidget(self.note)
        self.empty = plain_label("")
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)

    def show_findings(
        self,
        findings: Sequence[Finding],
        empty_text: str,
        names: Mapping[int | None, str] | None = None,
        *,
        note: str = "",
        refused: Refusals | None = None,
    ) -> None:
        refusals = refused or {}
        self.note.setText(note)
        self.note.setVisible(bool(note))
        shown = (tuple(findings), dict(names or {}), frozenset(refusals))
        if shown == self._shown:
            self.empty.setText(empty_text)
            return  # the same findings again (another progress tick): keep the cards
        self._shown = shown
        self.setUpdatesEnabled(False)
        for card in self.cards:
            self._layout.removeWidget(card)
            card.hide()  # gone from the screen now, deleted when the event loop next turns
            card.deleteLater()

        self.cards = []
        for position, finding in enumerate(findings):
            card = FindingCard(finding, names, (finding.app_id, finding.user) in refusals)
            card.action_clicked.connect(self._on_card_action_clicked)
            self._layout.insertWidget(position + 1, card)  # after the note
            self.cards.append(card)
        self.empty.setText(empty_text)
        self.empty.setVisible(not findings)
        self.setUpdatesEnabled(True)

    def forget_shown(self) -> None:
        """The next show_findings() builds the cards again (their words changed language)."""
        self._shown = None
        self.setAccessibleName(_tr("Findings"))

    def set_actions_enabled(self, enabled: bool) -> None:

        for card in self.cards:
            card.button.setEnabled(enabled)

    def _on_card_action_clicked(self, finding: Finding) -> None:
        card = next((c for c in self.cards if c.finding is finding), None)
        if removable(finding, card is not None and card.refused):
            self.remove_requested.emit(finding)
        else:
            self.steps_requested.emit(finding)
