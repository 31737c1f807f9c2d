"""One worker thread with its own asyncio event loop; callers block on plain methods.

pymobiledevice3 is asyncio-only and its connections are bound to the loop that made them, so every
call for one iPhone goes to the same loop. Every call carries a deadline.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from desktop_app.core.errors import AppAuditError, DeviceTimeoutError

T = TypeVar("T")
WAIT_NOTICE_S = 2.0  # a call longer than this is reported as a wait (on_wait)
Translator = Callable[[BaseException], AppAuditError]


class AsyncWorker:
    def __init__(self, name: str, translate: Translator) -> None:
        self._translate = translate
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name=name, daemon=True)
        self._thread.start()
        self.timed_out = False  # a call overran its deadline: its work may still be on the loop

    def run(
        self,
        make: Callable[[], Awaitable[T]],
        timeout_s: float,
        what: str,
        on_wait: Callable[[float], None] | None = None,
    ) -> T:
        """Run make() on the worker loop; library errors come back as App Audit errors.

        on_wait(seconds) is called about once a second after the first WAIT_NOTICE_S, so a person
        sees that a slow phone is being waited for."""
        if threading.current_thread() is self._thread:
            raise RuntimeError("AsyncWorker.run called from its own thread")

        async def guarded() -> T:
            try:
                return await asyncio.wait_for(make(), timeout_s)
            except AppAuditError:
                raise
            except TimeoutError as exc:
                self.timed_out = True
                raise DeviceTimeoutError(f"the iPhone did not answer in {timeout_s:g} s ({what})") from exc
            except Exception as exc:
                raise self._translate(exc) from exc

        future = asyncio.run_coroutine_threadsafe(guarded(), self._loop)
        started = time.monotonic()
        try:
            if on_wait is not None:
                with contextlib.suppress(concurrent.futures.TimeoutError):
                    return future.result(WAIT_NOTICE_S)
                while (waited := time.monotonic() - started) < timeout_s + 5.0:
                    on_wait(waited)
                    with contextlib.suppress(concurrent.futures.TimeoutError):
                        return future.result(1.0)
            return future.result(max(0.0, timeout_s + 5.0 - (time.monotonic() - started)))
        except concurrent.futures.TimeoutError as exc:
            self.timed_out = True
            future.cancel()
            raise DeviceTimeoutError(f"the iPhone did not answer in {timeout_s:g} s ({what})") from exc

    def close(self) -> None:
        if self._loop.is_closed():
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5.0)
        if not self._thread.is_alive():
            self._loop.close()
