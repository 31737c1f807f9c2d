"""The installed program: bundle size, and time to show the window, frozen vs the source tree.

    build_scripts/build_linux.sh && .venv/bin/python bench/bundle.py [--runs 5]

Time to window = from starting the process until the app logs "window shown" (launch_gui logs it
right after MainWindow.show(), with -v), offscreen, with a fresh data and config folder. The
baseline is the same command from the source tree (`python -m desktop_app`), measured in the same
run, alternating with the frozen one. Targets: folder under 200 MB, frozen/source ratio 1.5 or less.
"""

from __future__ import annotations

import argparse
import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "build" / "dist" / "app-audit"
PACKAGES = ROOT / "build" / "packages"
SHOWN_MARK = "window shown"
TIMEOUT_S = 60.0


def folder_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) / 1e6


def time_to_window(command: list[str]) -> float:
    """Seconds from process start to the "window shown" log line; the process is then stopped."""
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "APP_AUDIT_DATA_DIR": f"{home}/data",
            "APP_AUDIT_CONFIG_DIR": f"{home}/config",
            "XDG_CONFIG_HOME": f"{home}/xdg",  # Qt's per-user settings (window geometry)
        }
        started = time.perf_counter()
        process = subprocess.Popen(
            [*command, "-v", "gui"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env
        )
        assert process.stderr is not None
        selector = selectors.DefaultSelector()
        selector.register(process.stderr, selectors.EVENT_READ)
        seen: list[str] = []
        try:
            while time.perf_counter() - started < TIMEOUT_S:
                if not selector.select(timeout=TIMEOUT_S):
                    break
                line = process.stderr.readline()
                if not line:
                    break
                seen.append(line)
                if SHOWN_MARK in line:
                    return time.perf_counter() - started
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
            selector.close()
        raise RuntimeError(
            f"{command[0]}: no '{SHOWN_MARK}' line within {TIMEOUT_S:.0f} s:\n{''.join(seen)[-2000:]}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    frozen = args.bundle / "app-audit"
    if not frozen.is_file():
        print(f"no bundle at {args.bundle}: run build_scripts/build_linux.sh first", file=sys.stderr)
        return 2

    size = folder_mb(args.bundle)
    print(f"bundle folder: {size:.1f} MB (target < 200 MB: {'met' if size < 200 else 'NOT met'})")
    for package in sorted(PACKAGES.glob("app-audit*")) if PACKAGES.is_dir() else []:
        print(f"  {package.name}: {package.stat().st_size / 1e6:.1f} MB")

    source = [sys.executable, "-m", "desktop_app"]
    commands = {"source": source, "frozen": [str(frozen)]}
    for command in commands.values():
        time_to_window(command)  # warm-up: page cache, Qt font cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(time_to_window(command))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(
            f"time to window, {name:6}: median {medians[name] * 1000:.0f} ms "
            f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, {len(values)} runs)"
        )
    ratio = medians["frozen"] / medians["source"]
    print(f"frozen / source: {ratio:.2f}x (target <= 1.5x: {'met' if ratio <= 1.5 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
