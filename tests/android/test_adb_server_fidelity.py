"""Fidelity: stop_adb_server stops Debian's real adb server (private port, isolated HOME)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from desktop_app.devices.android.adb_server import running_adb_server, stop_adb_server

pytestmark = pytest.mark.fidelity

ADB = shutil.which("adb")
if ADB is None:
    if os.environ.get("CI"):
        raise RuntimeError("fidelity tests need Debian's `adb` in CI: apt-get install adb")
    pytest.skip("Debian's adb is not installed", allow_module_level=True)


def _free_port_outside_emulator_range() -> int:
    while True:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        if not 5555 <= port <= 5585:
            return port


def _server_pids(port: int) -> list[int]:
    """The adb server processes listening on this port (Linux /proc: `-L tcp:PORT ... server`)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        is_adb_server = argv and Path(argv[0].decode(errors="replace")).name == "adb" and b"server" in argv
        if is_adb_server and any(arg.endswith(f"tcp:{port}".encode()) for arg in argv):
            pids.append(int(entry.name))
    return pids


def _exited(pid: int) -> bool:
    """Gone, or a zombie nobody reaped yet (this machine's init may not reap orphans)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] == "Z"


def _wait_exited(pid: int, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    pause = threading.Event()
    while not _exited(pid):
        if time.monotonic() >= deadline:
            return False
        pause.wait(0.02)
    return True


def test_stop_adb_server_stops_debians_adb_server(tmp_path: Path) -> None:
    assert ADB is not None
    port = _free_port_outside_emulator_range()
    env = {**os.environ, "HOME": str(tmp_path), "ANDROID_ADB_SERVER_PORT": str(port)}

    def adb(*args: str) -> subprocess.CompletedProcess[str]:
        assert ADB is not None
        return subprocess.run(
            [ADB, "-P", str(port), *args], env=env, capture_output=True, text=True, timeout=20, check=False
        )

    started = adb("start-server")  # returns once the forked server is listening
    assert started.returncode == 0, started.stderr
    pids = _server_pids(port)
    try:
        assert len(pids) == 1, pids
        assert running_adb_server(port)

        stop_adb_server(port, timeout_s=5.0)

        assert not running_adb_server(port)
        assert _wait_exited(pids[0], timeout_s=5.0), "the adb server process is still alive"
        # Debian's client agrees: no server to talk to (kill-server never starts one).
        after = adb("kill-server")
        assert "cannot connect to daemon" in after.stderr + after.stdout
    finally:
        adb("kill-server")
