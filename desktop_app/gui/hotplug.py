"""Live device lists: every discovery is polled on its own executor, and discoveries that can
watch (usbmux Listen) also wake their poll at once from a watcher thread.

Polling stays even where watching works: a phone changing from "waiting for Trust" to ready
raises no hot-plug event, only a new listing shows it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.errors import AppAuditError
from desktop_app.core.models import AttachedDevice
from desktop_app.core.ports import DeviceDiscovery, ProgressCallback
from desktop_app.gui.task_runner import TaskRunner

log = logging.getLogger(__name__)

WATCH_RETRY_S = 5.0


@dataclass(frozen=True, slots=True)
class DiscoverySource:
    name: str  # "android" or "ios": names the executor and the messages
    discovery: DeviceDiscovery


class HotplugMonitor(QObject):
    listing_arrived = Signal(int, object)  # source index, list[AttachedDevice]
    source_failed = Signal(int, object)  # source index, exception (first failure of a run only)
    _watch_woke = Signal(int)

    def __init__(
        self,
        runner: TaskRunner,
        sources: Sequence[DiscoverySource],
        *,
        interval_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.sources = list(sources)
        self._in_flight: set[int] = set()
        self._failing: set[int] = set()
        self._stop = threading.Event()
        self._started = False
        self._watchers: list[threading.Thread] = []
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll_all)
        self._watch_woke.connect(self._poll)

    def start(self) -> None:
        self._stop.clear()
        self._started = True
        for index in range(len(self.sources)):
            self._start_watch(index)
        self._timer.start()
        self.poll_all()

    def add_source(self, source: DiscoverySource) -> None:
        """Add a discovery after start (the iPhone one is built once the window shows)."""
        self.sources.append(source)
        if self._started and not self._stop.is_set():
            self._start_watch(len(self.sources) - 1)
            self._poll(len(self.sources) - 1)

    def _start_watch(self, index: int) -> None:
        source = self.sources[index]
        watch = getattr(source.discovery, "watch", None)
        if callable(watch):
            thread = threading.Thread(
                target=self._watch_loop, args=(index, watch), name=f"watch-{source.name}", daemon=True
            )
            self._watchers.append(thread)
            thread.start()

    def stop(self, timeout_s: float = 3.0) -> None:
        self._timer.stop()
        self._stop.set()
        for thread in self._watchers:
            thread.join(timeout_s)
        self._watchers.clear()

    def poll_all(self) -> None:
        for index in range(len(self.sources)):
            self._poll(index)

    def _poll(self, index: int) -> None:
        if index in self._in_flight or self._stop.is_set():
            return  # the previous listing is still running: never pile up polls
        self._in_flight.add(index)
        discovery = self.sources[index].discovery

        def job(_progress: ProgressCallback) -> list[AttachedDevice]:
            return list(discovery.list_devices())

        self._runner.submit(
            f"discovery-{self.sources[index].name}",
            job,
            on_done=lambda devices: self._on_listing(index, devices),
            on_error=lambda error: self._on_failure(index, error),
        )

    def _on_listing(self, index: int, devices: list[AttachedDevice]) -> None:
        self._in_flight.discard(index)
        self._failing.discard(index)
        self.listing_arrived.emit(index, devices)

    def _on_failure(self, index: int, error: BaseException) -> None:
        self._in_flight.discard(index)
        if index not in self._failing:
            # Say it once (no usbmuxd, no libusb), not every second; keep trying quietly.
            self._failing.add(index)
            self.source_failed.emit(index, error)
        self.listing_arrived.emit(index, [])

    def _watch_loop(self, index: int, watch: Callable[..., object]) -> None:
        def woke(*_args: object) -> None:
            if not self._stop.is_set():
                self._watch_woke.emit(index)

        while not self._stop.is_set():
            try:
                watch(woke, woke, self._stop)
            except AppAuditError as exc:
                log.info("%s watch stopped: %s", self.sources[index].name, exc.message)
            except Exception:
                log.warning("%s watch failed", self.sources[index].name, exc_info=True)
            self._stop.wait(WATCH_RETRY_S)
