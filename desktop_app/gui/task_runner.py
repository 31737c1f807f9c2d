"""The one task runner: a serial executor per key (one per device, one for the database).

Jobs run on worker threads and never touch widgets; their results, errors and progress
come back to the UI thread through a queued Qt signal and are handed to the callbacks
given at submission (Anki's QueryOp, git-cola's Task + Channel).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop_app.core.ports import ProgressCallback

log = logging.getLogger(__name__)

T = TypeVar("T")
Job = Callable[[ProgressCallback], T]


@dataclass
class _Callbacks(Generic[T]):
    on_done: Callable[[T], object] | None
    on_error: Callable[[BaseException], object] | None
    on_progress: Callable[[int, int, str], None] | None


class TaskRunner(QObject):
    """Runs jobs off the UI thread, in submission order per key, in parallel across keys."""

    # Emitted from worker threads; Qt queues them to this object's (the UI) thread.
    _job_finished = Signal(int, object)
    _job_failed = Signal(int, object)
    _job_progressed = Signal(int, int, int, str)
    idle_changed = Signal(bool)
    job_ended = Signal()  # on the UI thread, after a job's callbacks ran

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executors: dict[str, ThreadPoolExecutor] = {}
        self._callbacks: dict[int, _Callbacks[Any]] = {}
        self._futures: dict[int, Future[Any]] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._closed = False
        self._job_finished.connect(self._on_job_finished)
        self._job_failed.connect(self._on_job_failed)
        self._job_progressed.connect(self._on_job_progressed)

    @property
    def pending(self) -> int:
        """Jobs submitted whose callbacks have not run yet."""
        return len(self._callbacks)

    def submit(
        self,
        key: str,
        job: Job[T],
        *,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> int:
        """Queue job on the executor of key; callbacks run later on the UI thread."""
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        task_id = next(self._ids)
        was_idle = not self._callbacks
        self._callbacks[task_id] = _Callbacks(on_done, on_error, on_progress)
        executor = self._executors.get(key)
        if executor is None:
            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"task-{key}")
            self._executors[key] = executor
        self._futures[task_id] = executor.submit(self._run, task_id, job)
        if was_idle:
            self.idle_changed.emit(False)
        return task_id

    def _run(self, task_id: int, job: Job[Any]) -> None:
        def progress(done: int, total: int, what: str) -> None:
            self._emit(self._job_progressed, task_id, done, total, what)

        try:
            result = job(progress)
        except BaseException as exc:  # every failure goes back to the UI thread, none is lost
            self._emit(self._job_failed, task_id, exc)
        else:
            self._emit(self._job_finished, task_id, result)

    def _emit(self, signal: Any, *args: object) -> None:
        # After shutdown the receiver may be gone; a late worker must not crash the process.
        with self._lock:
            if not self._closed:
                signal.emit(*args)

    def _on_job_finished(self, task_id: int, result: object) -> None:
        callbacks = self._pop(task_id)
        if callbacks is not None and callbacks.on_done is not None:
            callbacks.on_done(result)
        self._job_ended()

    def _on_job_failed(self, task_id: int, error: BaseException) -> None:
        callbacks = self._pop(task_id)
        if callbacks is None:
            return
        if callbacks.on_error is not None:
            callbacks.on_error(error)
        else:
            log.error("background task failed", exc_info=error)
        self._job_ended()

    def _on_job_progressed(self, task_id: int, done: int, total: int, what: str) -> None:
        callbacks = self._callbacks.get(task_id)
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(done, total, what)

    def _pop(self, task_id: int) -> _Callbacks[Any] | None:
        self._futures.pop(task_id, None)
        return self._callbacks.pop(task_id, None)

    def _job_ended(self) -> None:
        self.job_ended.emit()
        if not self._callbacks:
            self.idle_changed.emit(True)

    def shutdown(self, timeout_s: float = 5.0) -> None:
        """Stop accepting work, drop queued jobs and wait (bounded) for running ones."""
        with self._lock:
            self._closed = True
        for executor in self._executors.values():
            executor.shutdown(wait=False, cancel_futures=True)
        deadline_per_thread = timeout_s / max(1, len(self._executors))
        for executor in self._executors.values():
            for thread in list(getattr(executor, "_threads", ())):
                thread.join(deadline_per_thread)
        self._callbacks.clear()
        self._futures.clear()
