"""The loaded policy: opening a new one off the UI thread, and telling the window when it changes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.core.ports import ProgressCallback
from desktop_app.gui.task_runner import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.policy import LoadedPolicy
    from desktop_app.core.signing import TrustedKey

DISK_KEY = "disk"


class PolicyController(QObject):
    policy_changed = Signal(object)  # LoadedPolicy
    policy_rejected = Signal(object, object)  # Path, error (PolicyValidationError has .problems)

    def __init__(
        self,
        runner: TaskRunner,
        policy: LoadedPolicy | None,
        trusted_keys: list[TrustedKey],
        require_signature: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.policy = policy  # None while the start-up policy is loading
        self._trusted = trusted_keys
        self._require = require_signature

    def set_start_policy(
        self, policy: LoadedPolicy, trusted_keys: list[TrustedKey], require_signature: bool
    ) -> None:
        """The policy and keys the composition root loaded off the UI thread after start-up."""
        self._trusted = list(trusted_keys)
        self._require = require_signature
        self._on_loaded(policy)

    def use(self, policy: LoadedPolicy) -> None:
        """A policy loaded and checked elsewhere (delivered by the fleet) becomes the window's policy."""
        self._on_loaded(policy)

    def signer_of(self, sha256: str) -> str:
        """Who signed the policy with this digest, if it is the loaded one and its signature holds."""
        policy = self.policy
        if policy is not None and policy.sha256 == sha256 and policy.signature.signed:
            return policy.signature.signer
        return ""

    def open(self, path: Path) -> None:
        trusted, require = list(self._trusted), self._require

        def job(_progress: ProgressCallback) -> LoadedPolicy:
            from desktop_app.core.policy import load_policy

            return load_policy(path, trusted, require_signature=require)

        self._runner.submit(
            DISK_KEY,
            job,
            on_done=self._on_loaded,
            on_error=lambda error: self.policy_rejected.emit(path, error),
        )

    def _on_loaded(self, policy: LoadedPolicy) -> None:
        self.policy = policy
        self.policy_changed.emit(policy)
