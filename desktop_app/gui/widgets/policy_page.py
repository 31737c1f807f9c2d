"""The loaded policy, its signature, deadline and rules, and "Open policy..." with readable errors."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import AppAuditError
from desktop_app.core.ports import Clock
from desktop_app.gui.dialogs import DialogService
from desktop_app.gui.models.rules_model import REASON, RulesModel
from desktop_app.gui.policy_controller import PolicyController
from desktop_app.gui.presenter import MessagePresenter, describe
from desktop_app.gui.widgets.common import heading, named, plain_label
from desktop_app.gui.wording import enforcement_text, zoned_time

if TYPE_CHECKING:
    from desktop_app.core.policy import LoadedPolicy


def problem_lines(error: BaseException) -> list[str]:
    """One readable line per problem: line number, field, what is wrong."""
    from desktop_app.core.policy import PolicyValidationError  # loaded by now: a policy was read

    if isinstance(error, PolicyValidationError):
        return [
            f"Line {p.line}: {p.location + ': ' if p.location else ''}{p.message}" for p in error.problems
        ]
    message = describe(error)
    return [message.text] + ([message.hint] if message.hint else [])


class PolicyPage(QWidget):
    def __init__(
        self,
        controller: PolicyController,
        dialogs: DialogService,
        presenter: MessagePresenter,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._controller = controller
        self._dialogs = dialogs
        self._presenter = presenter
        self.fields = {
            name: plain_label(name=name, selectable=True)
            for name in (
                "Policy",
                "Title",
                "Version",
                "Signature",
                "Deadline",
                "Status",
                "Issued",
                "Contact",
                "File",
            )
        }
        form = QFormLayout()
        for name, label in self.fields.items():
            form.addRow(f"{name}:", label)
        self.open_button = QPushButton("Open policy…")
        named(self.open_button, "Open policy", "Load another policy file (Ctrl+O)")
        self.open_button.clicked.connect(self.choose_policy)
        self.problems_title = plain_label(name="Policy problems title")
        self.problems = QListWidget()
        named(self.problems, "Policy problems", "What is wrong in the policy file that was refused")
        self.rules = RulesModel(self)
        self.table = QTableView()
        named(self.table, "Policy rules")
        self.table.setModel(self.rules)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        # Ids fit on one line each; the reason takes the rest of the width and wraps.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        top = QHBoxLayout()
        top.addWidget(heading("Policy"), 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems)
        layout.addWidget(plain_label("Rules", wrap=False))
        layout.addWidget(self.table, 1)
        controller.policy_changed.connect(self._on_controller_policy_changed)
        controller.policy_rejected.connect(self._on_controller_policy_rejected)
        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._show_deadline)  # "in 3 h 20 min" moves on
        self._ticker.start()
        self.show_policy(controller.policy)
        self._show_problems("", [])

    def choose_policy(self) -> None:
        path = self._dialogs.open_file(self, "Open policy", "Policies (*.yaml *.yml *.json);;All files (*)")
        if path is not None:
            self._controller.open(path)

    def show_policy(self, policy: LoadedPolicy | None) -> None:
        if policy is None:
            for label in self.fields.values():
                label.setText("")
            self.fields["Policy"].setText("Loading policy…")
            self.rules.set_rules([])
            return
        doc = policy.document
        sig = policy.signature
        self.fields["Policy"].setText(doc.id)
        self.fields["Title"].setText(doc.title)
        self.fields["Version"].setText(
            doc.version + (f" (replaces {doc.supersedes})" if doc.supersedes else "")
        )
        self.fields["Signature"].setText(
            f"Signed by {sig.signer}" if sig.signed else f"Not signed: {sig.problem}"
        )
        self._show_deadline()
        status = "Active"
        if policy.retracted:
            reason = (
                doc.retraction.reason.en if doc.retraction and doc.retraction.reason else "no reason given"
            )
            status = f"RETRACTED: nothing is blocked ({reason})"
        self.fields["Status"].setText(status)
        self.fields["Issued"].setText(zoned_time(doc.issued_at))
        contact = doc.contact
        self.fields["Contact"].setText(f"{contact.name} {contact.email or ''}".strip() if contact else "")
        self.fields["File"].setText(f"{policy.source} · SHA-256 {policy.sha256[:16]}…")
        self.rules.set_rules(doc.rules)

    def _show_deadline(self) -> None:
        policy = self._controller.policy
        if policy is not None:
            self.fields["Deadline"].setText(enforcement_text(policy.document.enforce_from, self._clock.now()))

    def _show_problems(self, title: str, lines: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(lines)
        self.problems_title.setText(title)
        self.problems_title.setVisible(bool(lines))
        self.problems.setVisible(bool(lines))
        self.problems.setMaximumHeight(max(60, min(200, 24 * len(lines) + 8)))

    def _on_controller_policy_changed(self, policy: LoadedPolicy) -> None:
        self._show_problems("", [])
        self.show_policy(policy)
        self._presenter.info(
            f"Policy {policy.document.id} {policy.document.version} loaded; checking phones again."
        )

    def _on_controller_policy_rejected(self, path: Path, error: BaseException) -> None:
        lines = problem_lines(error)
        self._show_problems(f"{path.name} was not loaded; the current policy stays in force:", lines)
        if isinstance(error, AppAuditError):
            self._presenter.error(error, context=f"{path.name} was refused")
        else:
            self._presenter.error(error, context=f"Opening {path.name}")
