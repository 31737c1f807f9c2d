"""The loaded policy, its signature, deadline and rules, and "Open policy..." with readable errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
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
from desktop_app.core.policy import LoadedPolicy, PolicyValidationError
from desktop_app.gui.dialogs import DialogService
from desktop_app.gui.models.rules_model import RulesModel
from desktop_app.gui.policy_controller import PolicyController
from desktop_app.gui.presenter import MessagePresenter, describe
from desktop_app.gui.widgets.common import heading, named, plain_label
from desktop_app.gui.wording import local_time


def problem_lines(error: BaseException) -> list[str]:
    """One readable line per problem: line number, field, what is wrong."""
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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
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
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((90, 100, 60, 190, 160, 100)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
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
        self.show_policy(controller.policy)
        self._show_problems("", [])

    def choose_policy(self) -> None:
        path = self._dialogs.open_file(self, "Open policy", "Policies (*.yaml *.yml *.json);;All files (*)")
        if path is not None:
            self._controller.open(path)

    def show_policy(self, policy: LoadedPolicy) -> None:
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
        self.fields["Deadline"].setText(
            f"Enforced from {local_time(doc.enforce_from)}"
            if doc.enforce_from
            else "Enforced now (no deadline)"
        )
        status = "Active"
        if policy.retracted:
            reason = (
                doc.retraction.reason.en if doc.retraction and doc.retraction.reason else "no reason given"
            )
            status = f"RETRACTED: nothing is blocked ({reason})"
        self.fields["Status"].setText(status)
        self.fields["Issued"].setText(local_time(doc.issued_at))
        contact = doc.contact
        self.fields["Contact"].setText(f"{contact.name} {contact.email or ''}".strip() if contact else "")
        self.fields["File"].setText(f"{policy.source} · SHA-256 {policy.sha256[:16]}…")
        self.rules.set_rules(doc.rules)
        self.table.resizeRowsToContents()

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
