"""The loaded policy: opening a new one off the UI thread, and telling the window when it changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.clock import SystemClock
from desktop_app.core.ports import Clock, ProgressCallback
from desktop_app.gui.task_runner import TaskRunner

if TYPE_CHECKING:
    from datetime import datetime

    from desktop_app.core.outcomes import PolicyApplied
    from desktop_app.core.policy import LoadedPolicy
    from desktop_app.core.signing import TrustedKey

DISK_KEY = "disk"

# applier(policy, on_done, on_error): accepts the policy on this station (the database gateway's
# apply_policy): an older version is refused, a withdrawal restores the devices it had blocked.
Applier = Callable[["LoadedPolicy", Callable[[Any], object], Callable[[BaseException], object]], object]

# QTimer intervals are 32-bit milliseconds (about 24 days): a later retraction is waited for in steps.
_LONGEST_WAIT_MS = 24 * 3600 * 1000


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
        *,
        parent: QObject | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.policy = policy  # None while the start-up policy is loading
        self._trusted = trusted_keys
        self._require = require_signature
        self._applier: Applier | None = None
        self._clock = clock or SystemClock()
        # A signed retraction whose `at` is still ahead: accepted again when it takes effect, so the
        # devices it unblocks are restored while the window stays open (nobody has to reload it).
        self._retraction_timer = QTimer(self)
        self._retraction_timer.setSingleShot(True)
        self._retraction_timer.timeout.connect(self._on_retraction_due)
        self._pending: tuple[LoadedPolicy, datetime] | None = None

    @property
    def retraction_pending_at(self) -> datetime | None:
        """When the loaded policy's retraction will be applied by this window, if one is waiting."""
        return self._pending[1] if self._pending is not None else None

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
        if applied.pending_retraction_at is not None:
            self._pending = (policy, applied.pending_retraction_at)
            self._wait_for_retraction()
        self.policy_applied.emit(applied)

    def _wait_for_retraction(self) -> None:
        if self._pending is None:
            return
        left_ms = (self._pending[1] - self._clock.now()).total_seconds() * 1000
        self._retraction_timer.start(max(0, min(int(left_ms) + 1, _LONGEST_WAIT_MS)))

    def _on_retraction_due(self) -> None:
        pending = self._pending
        if pending is None:
            return
        policy, at = pending
        if self.policy is None or self.policy.sha256 != policy.sha256:
            self._pending = None  # another policy was loaded since: its own acceptance decides
            return
        if self._clock.now() < at:
            self._wait_for_retraction()  # a long wait done in steps, or a timer that fired early
            return
        self._pending = None
        self._accept(policy, None)

    def _on_refused(self, policy: LoadedPolicy, path: Path | None, error: BaseException) -> None:
        if path is not None:  # a file the person chose: refused, the current policy stays
            self.policy_rejected.emit(path, error)
            return
        self._on_loaded(policy)
        self.acceptance_failed.emit(policy, error)

    def _on_loaded(self, policy: LoadedPolicy) -> None:
        if self._pending is not None and self._pending[0].sha256 != policy.sha256:
            self._pending = None
            self._retraction_timer.stop()
        self.policy = policy
        self.policy_changed.emit(policy)
