"""Workers go back to the pool only when clean, and the pool stays bounded."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.errors import AppAuditError, DeviceProtocolError, DeviceTimeoutError
from desktop_app.devices.ios.connector import open_ios
from desktop_app.devices.ios.worker import POOL, WorkerPool
from desktop_app.simulators.ios import IosSimulator
from tests.ios.conftest import TIKTOK_UDID

StartSimulator = Callable[..., IosSimulator]


def _translate(exc: BaseException) -> AppAuditError:
    return DeviceProtocolError(str(exc))


async def _thread_name() -> str:
    return threading.current_thread().name


def test_a_worker_given_back_serves_the_next_phone() -> None:
    pool = WorkerPool(keep=2)
    first = pool.lease("ios:a", _translate)
    assert first.run(_thread_name, 5.0, "naming") == "ios:a"
    pool.give_back(first)
    second = pool.lease("ios:b", _translate)
    assert second is first
    assert second.run(_thread_name, 5.0, "naming") == "ios:b"
    second.close()


def test_a_worker_that_timed_out_is_not_kept() -> None:
    pool = WorkerPool(keep=2)
    worker = pool.lease("ios:slow", _translate)
    with pytest.raises(DeviceTimeoutError):
        worker.run(lambda: asyncio.sleep(5), 0.05, "sleeping")
    pool.give_back(worker)
    assert pool.idle() == 0
    assert not worker.is_running()


def test_the_pool_keeps_at_most_its_bound() -> None:
    pool = WorkerPool(keep=1)
    workers = [pool.lease(f"ios:{i}", _translate) for i in range(3)]
    for worker in workers:
        pool.give_back(worker)
    assert pool.idle() == 1
    assert sum(worker.is_running() for worker in workers) == 1
    pool.lease("ios:last", _translate).close()


def test_scans_one_after_another_reuse_one_thread(start_simulator: StartSimulator, pair_dir: Path) -> None:
    sim = start_simulator("iphone-tiktok")
    for _ in range(3):  # the first may start a worker; the others find it idle
        with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
            assert phone.read_inventory().apps
    workers = _worker_threads()
    idle = POOL.idle()
    for _ in range(3):
        with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
            assert phone.read_inventory().apps
    assert POOL.idle() == idle >= 1
    assert _worker_threads() <= workers  # the simulator's own threads come and go: not counted


def _worker_threads() -> set[threading.Thread]:
    return {thread for thread in threading.enumerate() if thread.name.startswith("ios:")}
