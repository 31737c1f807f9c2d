"""The loaded policy: opening a new one off the UI thread, and telling the window when it changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop_app.core.ports import ProgressCallback
from desktop_app.gui.task_runner import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.outcomes import PolicyApplied
    from desktop_app.core.policy import LoadedPolicy
    from desktop_app.core.signing import TrustedKey

DISK_KEY = "disk"

# applier(policy, on_done, on_error): accepts the policy on this station (the database gateway's
# apply_policy): an older version is refused, a withdrawal restores the devices it had blocked.
Applier = Callable[["LoadedPolicy", Callable[[Any], object], Callable[[BaseException], object]], object]


class PolicyController(QObject):
    policy_changed = Signal(object)  # LoadedPolicy
    policy_rejected = Signal(object, object)  # Path, error (PolicyValidationError has .problems)
    policy_applied = Signal(object)  # PolicyApplied: how many devices a withdrawal restored
    # The start-up or fleet policy could not be accepted (older than one accepted): it is used,
    # but its checks are informational. (LoadedPolicy, error)
    acceptance_failed = Signal(object, object)

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
        self._applier: Applier | None = None

    def set_applier(self, applier: Applier) -> None:
        self._applier = applier

    def set_start_policy(
        self, policy: LoadedPolicy, trusted_keys: list[TrustedKey], require_signature: bool
    ) -> None:
        """The policy and keys the composition root loaded off the UI thread after start-up."""
        self._trusted = list(trusted_keys)
        self._require = require_signature
        self._accept(policy, None)

    def use(self, policy: LoadedPolicy) -> None:
        """A policy loaded and checked elsewhere (delivered by the fleet) becomes the window's policy."""
        self._accept(policy, None)

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
            on_done=lambda policy: self._accept(policy, path),
            on_error=lambda error: self.policy_rejected.emit(path, error),
        )

    def _accept(self, policy: LoadedPolicy, path: Path | None) -> None:
        """Accept it on the station (database thread), then make it the window's policy."""
        if self._applier is None:
            self._on_loaded(policy)
            return
        self._applier(
            policy,
            lambda applied: self._on_applied(policy, applied),
            lambda error: self._on_refused(policy, path, error),
        )

    def _on_applied(self, policy: LoadedPolicy, applied: PolicyApplied) -> None:
        self._on_loaded(policy)
        self.policy_applied.emit(applied)

    def _on_refused(self, policy: LoadedPolicy, path: Path | None, error: BaseException) -> None:
        if path is not None:  # a file the person chose: refused, the current policy stays
            self.policy_rejected.emit(path, error)
            return
        self._on_loaded(policy)
        self.acceptance_failed.emit(policy, error)

    def _on_loaded(self, policy: LoadedPolicy) -> None:
        self.policy = policy
        self.policy_changed.emit(policy)
