"""Short full garbage collections: what imports made lives as long as the window, so it is set aside.

A full collection walks every object the collector tracks, holding the GIL, on whichever thread
allocated last: the window stalls for as long as it takes. Once the start-up libraries and the
device libraries are loaded (pymobiledevice3 when the first iPhone is listed) that is ~100,000
objects, plus ~300,000 source lines: PySide6's import hook reads the source of every module
imported after it (looking for the word "PySide6"), and linecache keeps them all. One such
collection took 50-90 ms while 5 phones were checked (bench/gui.py), the window's longest stall.

So after each background job that imported modules (the start-up loader, the discovery that
listed the first iPhone, ...), the cached source lines are dropped (a traceback reads them again
when needed) and everything alive is frozen (gc.freeze): later full collections walk only what
was made since.

Measured with `bench/gui.py --runs 5 --compare` (settling on and off alternated in one run),
three runs on a quiet machine, longest UI stall with 5 phones checked at once: worst window
44, 40 and 37 ms with settling against 73, 71 and 106 ms without (medians 42, 26 and 31 ms
against 56, 66 and 76 ms). Memory of the window after the scans: 155 MB (about 175 MB before).
"""

from __future__ import annotations

import gc
import linecache
import sys

from PySide6.QtCore import QObject

from desktop_app.gui.task_runner import TaskRunner


def settle_heap() -> None:
    """Drop the cached source lines, then keep what is alive out of every later collection."""
    linecache.clearcache()
    gc.freeze()


class HeapSettler(QObject):
    """Settles the heap after a job of the runner when modules were imported since the last time."""

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self._modules_seen = 0
        runner.job_ended.connect(self.settle_if_imported)

    def settle_if_imported(self) -> bool:
        """Settle when modules were imported since the last settling; True when it did."""
        loaded = len(sys.modules)
        if loaded == self._modules_seen:
            return False
        self._modules_seen = loaded
        settle_heap()
        return True
