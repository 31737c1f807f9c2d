"""Heap settling: after a job that imported modules, their source lines go and what lives is frozen."""

from __future__ import annotations

import gc
import importlib
import linecache
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.gui.heap import HeapSettler
from desktop_app.gui.task_runner import TaskRunner

pytestmark = pytest.mark.gui


def test_a_job_that_imports_settles_the_heap_and_one_that_does_not_leaves_it(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    module = tmp_path / "freshly_imported_for_heap_test.py"
    module.write_text("TABLE = {'PySide6': [1, 2, 3]}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    runner = TaskRunner()
    settler = HeapSettler(runner)
    ended: list[int] = []
    runner.job_ended.connect(lambda: ended.append(1))  # after the settler's own slot
    try:
        imported: list[Any] = []
        runner.submit("loader", lambda _p: importlib.import_module(module.stem), on_done=imported.append)
        qtbot.waitUntil(lambda: len(ended) == 1, timeout=5000)
        assert imported[0].TABLE == {"PySide6": [1, 2, 3]}
        assert str(module) not in linecache.cache  # PySide6's import hook read it; no longer kept
        assert gc.is_tracked(imported[0].TABLE)
        assert not any(o is imported[0].TABLE for o in gc.get_objects())  # frozen: no collection walks it

        runner.submit("phone", lambda _p: 42)
        qtbot.waitUntil(lambda: len(ended) == 2, timeout=5000)
        assert settler.settle_if_imported() is False  # nothing imported since: nothing to do
    finally:
        runner.shutdown()
        sys.modules.pop(module.stem, None)
