"""The loaded policy, its signature, deadline and rules, and "Open policy..." with readable errors."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
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
from desktop_app.gui.locale_text import zoned_time
from desktop_app.gui.models.rules_model import REASON, RulesModel
from desktop_app.gui.policy_controller import PolicyController
from desktop_app.gui.presenter import MessagePresenter, describe
from desktop_app.gui.widgets.common import heading, named, plain_label
from desktop_app.gui.wording import enforcement_text, policy_text

FIELDS = ("Policy", "Title", "Version", "Signature", "Deadline", "Status", "Issued", "Contact", "File")


# core/policy.py's words for the commonest problems, translated where they are shown (core stays free
# of Qt; tests/gui check core still writes them). Others, such as a value quoted back, stay as written.
PROBLEM_WORDS = {
    "required field is missing": "required field is missing",
    "unknown field (check the spelling)": "unknown field (check the spelling)",
    "a policy is a mapping of fields (schema, id, rules, ...)": (
        "a policy is a mapping of fields (schema, id, rules, ...)"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PolicyPage", text)


def _problem(message: str) -> str:
    return _tr(PROBLEM_WORDS[message]) if message in PROBLEM_WORDS else message


if TYPE_CHECKING:
    from desktop_app.core.policy import LoadedPolicy


def problem_lines(error: BaseException) -> list[str]:
    """One readable line per problem: line number, field, what is wrong."""
    from desktop_app.core.policy import PolicyValidationError  # loaded by now: a policy was read

    if isinstance(error, PolicyValidationError):
        return [
            _tr("Line {line}: {field}: {problem}").format(
                line=p.line, field=p.location, problem=_problem(p.message)
            )
            if p.location
            else _tr("Line {line}: {problem}").format(line=p.line, problem=_problem(p.message))
            for p in error.problems
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
        # Keyed by the English name; shown in the window's language.
        self.fields = {name: plain_label(selectable=True) for name in FIELDS}
        self._captions = [plain_label(wrap=False) for _name in FIELDS]
        form = QFormLayout()
        for caption, label in zip(self._captions, self.fields.values(), strict=True):
            form.addRow(caption, label)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.choose_policy)
        self.problems_title = plain_label()
        self.problems = QListWidget()
        self._refused: tuple[Path, BaseException] | None = None
        self.rules = RulesModel(self)
        self.table = QTableView()
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
        self.title = heading("")
        top.addWidget(self.title, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems)
        self.rules_title = plain_label(wrap=False)
        layout.addWidget(self.rules_title)
        layout.addWidget(self.table, 1)
        controller.policy_changed.connect(self._on_controller_policy_changed)
        controller.policy_rejected.connect(self._on_controller_policy_rejected)
        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._show_deadline)  # "in 3 h 20 min" moves on
        self._ticker.start()
        self.retranslate()

    def retranslate(self) -> None:
        """Every word in the language now installed (the policy and any refusal shown again)."""
        for caption, label, field in zip(
            self._captions, self.fields.values(), range(len(FIELDS)), strict=True
        ):
            caption.setText(self.tr("{field}:").format(field=_tr(FIELDS[field])))
            label.setAccessibleDescription(_tr(FIELDS[field]))

        self.open_button.setText(self.tr("Open policy…"))
        named(self.open_button, self.tr("Open policy"), self.tr("Load another policy file (Ctrl+O)"))
        self.problems_title.setAccessibleDescription(self.tr("Policy problems title"))
        named(
            self.problems,
            self.tr("Policy problems"),
            self.tr("What is wrong in the policy file that was refused"),
        )
        named(self.table, self.tr("Policy rules"))
        self.title.setText(self.tr("Policy"))
        self.rules_title.setText(self.tr("Rules"))
        self.rules.retranslate()
        self.show_policy(self._controller.policy)
        if self._refused is None:
            self._show_problems("", [])
        else:
            self._show_refusal(*self._refused)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_policy(self) -> None:
        path = self._dialogs.open_file(
            self,
            self.tr("Open policy"),
            ";;".join((self.tr("Policies (*.yaml *.yml *.json)"), self.tr("All files (*)"))),
        )
        if path is not None:
            self._controller.open(path)

    def show_policy(self, policy: LoadedPolicy | None) -> None:
        if policy is None:
            for label in self.fields.values():
                label.setText("")
            self.fields["Policy"].setText(self.tr("Loading policy…"))
            self.rules.set_rules([])
            return
        doc = policy.document
        sig = policy.signature
        self.fields["Policy"].setText(doc.id)
        self.fields["Title"].setText(doc.title)
        self.fields["Version"].setText(
            self.tr("{version} (replaces {previous})").format(version=doc.version, previous=doc.supersedes)
            if doc.supersedes
            else doc.version
        )
        self.fields["Signature"].setText(
            self.tr("Signed by {signer}").format(signer=sig.signer)
            if sig.signed
            else self.tr("Not signed: {problem}").format(problem=sig.problem)
        )
        self._show_deadline()
        status = self.tr("Active")
        if policy.retracted:
            reason = policy_text(doc.retraction.reason if doc.retraction else None) or self.tr(
                "no reason given"
            )
            status = self.tr("RETRACTED: nothing is blocked ({reason})").format(reason=reason)
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
        self._refused = None
        self._show_problems("", [])
        self.show_policy(policy)
        self._presenter.info(
            self.tr("Policy {policy} {version} loaded; checking phones again.").format(
                policy=policy.document.id, version=policy.document.version
            )
        )

    def _on_controller_policy_rejected(self, path: Path, error: BaseException) -> None:
        self._refused = (path, error)
        self._show_refusal(path, error)
        if isinstance(error, AppAuditError):
            self._presenter.error(error, context=self.tr("{file} was refused").format(file=path.name))
        else:
            self._presenter.error(error, context=self.tr("Opening {file}").format(file=path.name))

    def _show_refusal(self, path: Path, error: BaseException) -> None:
        lines = problem_lines(error)
        self._show_problems(
            self.tr("{file} was not loaded; the current policy stays in force:").format(file=path.name), lines
        )
