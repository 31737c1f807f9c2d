"""Device replies parsed in helper processes while several phones are read at once.

One interpreter runs Python on one core at a time. Turning a phone's app lists into apps is several
milliseconds of Python (an iPhone's Lookup reply with 275 apps, an Android phone's package lists of
two users), and a desk reading eight phones at once would queue all of it on one core while the
others idle. So while two or more reads overlap, that work goes to a few helper processes (one per
core, at most MAX_HELPERS), which send back compact rows (ios_lookup_rows, android_inventory).

A phone read alone is parsed here: the helpers would only add a round trip. The helpers start in the
background the first time two reads overlap, and until they are up, replies are parsed here too.
A helper that dies costs speed, never a result: the caller parses that reply itself and the helpers
are started afresh the next time reads overlap.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import TypeVar

log = logging.getLogger(__name__)

MAX_HELPERS = 4
HELPERS_VARIABLE = "APP_AUDIT_PARSE_HELPERS"
MAX_FAILED_STARTS = 3
CALL_TIMEOUT_S = 30.0  # parsing takes milliseconds; past this a helper is taken as lost

A = TypeVar("A")
R = TypeVar("R")


def _configured_helpers() -> int:
    """One per core, at most MAX_HELPERS; HELPERS_VARIABLE sets another number (0 or 1: none)."""
    default = min(MAX_HELPERS, os.cpu_count() or 1)
    value = os.environ.get(HELPERS_VARIABLE, "").strip()
    if not value:
        return default
    try:
        return max(0, min(MAX_HELPERS, int(value)))
    except ValueError:
        log.warning("%s=%r is not a number; using %d helper processes", HELPERS_VARIABLE, value, default)
        return default


def _warm_up() -> None:
    """Sent once to each helper so that its start-up happens before a reply waits for it."""


class ParseHelpers:
    """Counts the reads in progress and runs a parse in a helper when that is cheaper."""

    def __init__(self, helpers: int | None = None) -> None:
        self._helpers = _configured_helpers() if helpers is None else helpers
        self._lock = threading.Lock()
        self._reading = 0
        self._pool: ProcessPoolExecutor | None = None
        self._warming: list[Future[None]] = []
        self._failed_starts = 0  # in a row; after MAX_FAILED_STARTS the helpers are not tried again
        self.parsed_by_helpers = 0  # for the benchmarks and the self-test

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Around one read, from the first request to the phone to having its apps."""
        with self._lock:
            self._reading += 1
        try:
            yield
        finally:
            with self._lock:
                self._reading -= 1

    def call(self, remote: Callable[[A], R], argument: A) -> R | None:
        """remote(argument) in a helper while other reads are in progress; None means: parse here."""
        pool = self._pool_for_overlap()
        if pool is None:
            return None
        try:
            result = pool.submit(remote, argument).result(CALL_TIMEOUT_S)
        except (BrokenProcessPool, RuntimeError, TimeoutError) as exc:  # RuntimeError: shut down meanwhile
            self._lost(pool, exc)
            return None
        return self._counted(result)

    async def call_async(self, remote: Callable[[A], R], argument: A) -> R | None:
        """call() for an event loop: the loop runs on while the helper works."""
        pool = self._pool_for_overlap()
        if pool is None:
            return None
        try:
            result = await asyncio.wait_for(
                asyncio.wrap_future(pool.submit(remote, argument)), CALL_TIMEOUT_S
            )
        except (BrokenProcessPool, RuntimeError, TimeoutError) as exc:
            self._lost(pool, exc)
            return None
        return self._counted(result)

    def start(self, *, wait_s: float = 0.0) -> bool:
        """Start the helpers now rather than at the first overlap; with wait_s, wait that long for
        them. True when they are up (False on a single core, where they are never used)."""
        if self._helpers < 2:
            return False
        with self._lock:
            warming = self._start_locked()
        done, _pending = wait(warming, timeout=wait_s)
        return bool(warming) and len(done) == len(warming) and all(f.exception() is None for f in done)

    def use_at_most(self, helpers: int) -> None:
        """Change how many helpers may run (0 or 1: parse everything here); stops any running now."""
        self.shutdown()
        with self._lock:
            self._helpers = max(0, min(MAX_HELPERS, helpers))

    def helper_pids(self) -> list[int]:
        """The helper processes running now (none until reads first overlap)."""
        with self._lock:
            pool = self._pool
        if pool is None:
            return []
        # The executor keeps its processes in a private mapping; only read here, for diagnostics.
        processes = dict(getattr(pool, "_processes", None) or {})
        return [pid for pid, process in processes.items() if process.is_alive()]

    def shutdown(self) -> None:
        """Stop the helpers (they also stop when this process exits)."""
        with self._lock:
            pool, self._pool, self._warming = self._pool, None, []
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _pool_for_overlap(self) -> ProcessPoolExecutor | None:
        """The helpers if another read overlaps this one and they are up; starts them if not yet."""
        if self._helpers < 2:
            return None  # one core: a helper would compete with this process for it
        with self._lock:
            if self._reading < 2 or self._failed_starts >= MAX_FAILED_STARTS:
                return None
            if self._pool is None:
                self._start_locked()
                return None
            if not all(started.done() for started in self._warming):
                return None
            pool = self._pool
            if any(started.exception() is not None for started in self._warming):
                self._failed_starts += 1  # they died on the way up: try again at a later overlap
                self._pool, self._warming = None, []
            else:
                self._failed_starts = 0
                return pool
        log.warning("helper processes for parsing did not start; parsing here")
        pool.shutdown(wait=False, cancel_futures=True)
        return None

    def _start_locked(self) -> list[Future[None]]:
        if self._pool is None and self._failed_starts < MAX_FAILED_STARTS:
            # spawn, on every OS: forking a process that runs threads is unsafe.
            pool = ProcessPoolExecutor(self._helpers, mp_context=multiprocessing.get_context("spawn"))
            try:
                self._warming = [pool.submit(_warm_up) for _ in range(self._helpers)]
            except (OSError, RuntimeError) as exc:  # the program may not start itself (allow-lists)
                log.warning("helper processes for parsing cannot start (%s); parsing here", exc)
                pool.shutdown(wait=False, cancel_futures=True)
                self._failed_starts = MAX_FAILED_STARTS
                self._warming = []
                return self._warming
            self._pool = pool
        return self._warming

    def _counted(self, result: R) -> R:
        with self._lock:
            self.parsed_by_helpers += 1
        return result

    def _lost(self, pool: ProcessPoolExecutor, error: BaseException) -> None:
        log.warning("a helper parsing phone replies stopped (%r); parsing here", error)
        with self._lock:
            if self._pool is pool:
                self._pool, self._warming = None, []
        pool.shutdown(wait=False, cancel_futures=True)


PARSE_HELPERS = ParseHelpers()
