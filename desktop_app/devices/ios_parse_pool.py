"""Lookup replies parsed in helper processes while several iPhones are read at once.

One interpreter runs Python on one core at a time. The Lookup reply of an iPhone with 275 apps is
about 5 ms of parsing; a desk reading eight iPhones at once would queue all of it on one core while
the others idle. So when two or more reads overlap, replies go to a few helper processes (one per
core, at most MAX_HELPERS) and compact rows come back (desktop_app.devices.ios_lookup_rows).

A phone read alone is parsed here: the helpers would only add a round trip. The helpers start in the
background the first time two reads overlap, and until they are up, replies are parsed here too.
A helper that dies costs speed, never a result: that reply is parsed here and the helpers are
started afresh the next time reads overlap.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from desktop_app.core.models import InstalledApp
from desktop_app.devices.ios_lookup_reader import apps_from_binary_lookup_reply
from desktop_app.devices.ios_lookup_rows import apps_from_outcome, rows_from_reply, warm_up

log = logging.getLogger(__name__)

MAX_HELPERS = 4


class LookupParsing:
    """Counts the reads in progress and parses each reply where it is cheapest."""

    def __init__(self, helpers: int | None = None) -> None:
        self._helpers = min(MAX_HELPERS, os.cpu_count() or 1) if helpers is None else helpers
        self._lock = threading.Lock()
        self._reading = 0
        self._pool: ProcessPoolExecutor | None = None
        self._warming: list[Future[None]] = []
        self.parsed_by_helpers = 0  # for the benchmark and the self-test

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Around one read, from sending the Lookup to having its apps."""
        with self._lock:
            self._reading += 1
        try:
            yield
        finally:
            with self._lock:
                self._reading -= 1

    async def apps(self, data: bytes) -> list[InstalledApp] | None:
        """apps_from_binary_lookup_reply(data), by a helper when other reads are in progress."""
        pool = self._pool_for_overlap()
        if pool is None:
            return apps_from_binary_lookup_reply(data)
        try:
            outcome = await asyncio.wrap_future(pool.submit(rows_from_reply, data))
        except (BrokenProcessPool, RuntimeError) as exc:  # RuntimeError: shut down meanwhile
            log.warning("a helper parsing iPhone replies stopped (%s); parsing here", exc)
            self._discard(pool)
            return apps_from_binary_lookup_reply(data)
        with self._lock:
            self.parsed_by_helpers += 1
        return apps_from_outcome(outcome)

    def _pool_for_overlap(self) -> ProcessPoolExecutor | None:
        """The helpers if another read overlaps this one and they are up; starts them if not yet."""
        if self._helpers < 2:
            return None  # one core: a helper would compete with this process for it
        with self._lock:
            if self._reading < 2:
                return None
            if self._pool is None:
                self._start_locked()
                return None
            if not all(started.done() for started in self._warming):
                return None
            return self._pool

    def _start_locked(self) -> list[Future[None]]:
        if self._pool is None:
            # spawn, on every OS: forking a process that runs threads is unsafe.
            self._pool = ProcessPoolExecutor(self._helpers, mp_context=multiprocessing.get_context("spawn"))
            self._warming = [self._pool.submit(warm_up) for _ in range(self._helpers)]
        return self._warming

    def start(self, *, wait_s: float = 0.0) -> bool:
        """Start the helpers now rather than at the first overlap (a desk that already sees several
        iPhones); with wait_s, wait that long for them. True when they are up."""
        if self._helpers < 2:
            return False
        with self._lock:
            warming = self._start_locked()
        done, _pending = wait(warming, timeout=wait_s)
        return len(done) == len(warming)

    def helper_pids(self) -> list[int]:
        """The helper processes running now (none until reads first overlap)."""
        with self._lock:
            pool = self._pool
        if pool is None:
            return []
        # The executor keeps its processes in a private mapping; only read here, for diagnostics.
        processes = dict(getattr(pool, "_processes", None) or {})
        return [pid for pid, process in processes.items() if process.is_alive()]

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool, self._warming = None, []
        pool.shutdown(wait=False, cancel_futures=True)

    def shutdown(self) -> None:
        """Stop the helpers (they also stop when this process exits)."""
        with self._lock:
            pool, self._pool, self._warming = self._pool, None, []
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


LOOKUP_PARSING = LookupParsing()
