"""Fault campaign: seeded `app-audit scan` runs on the bundled simulated phones, both platforms, with faults.

    python bench/faults.py [--scans 1000] [--seed 16] [--workers 4]

Every scan is the real command (`desktop_app.cli.run(["scan", ..., "--json"])`) against a fresh
simulated phone holding a banned app (Android pixel-work-profile, iPhone iphone-tiktok), with one
fault drawn from the seed:

    none      no fault (the control)
    cut       the cable is pulled after a random number of bytes (Android) or apps sent (iPhone)
    latency   every packet delayed (Android) / installd slow to answer (iPhone), random amounts
    garbage   garbled lines in the package listing (Android) / random bytes for the app list (iPhone)
    unplug    the phone is unplugged at a random moment of the scan
    freeze    the phone stops answering at a random moment, connections left open
    kill      the phone's side of the connection dies at a random moment (simulator stopped)

Printed: hangs (no answer within the platform's per-scan deadline from desktop_app/core/deadlines.py
plus 5 s), crashes (an exception escaping the command, a traceback printed, or an exit code outside
0-4), false "compliant" (exit 0: every phone holds a banned app), audits missing after a completed
scan (a verdict with an audit id the database does not hold), and the 99th percentile time to a
verdict for a frozen phone. Targets: 0 / 0 / 0 / 0 and under 20 s.

Scans run in worker processes (--workers), one scan at a time each, each with its own database
and data folder; a worker whose scan hangs reports it and is replaced. Parse helper processes are
off (APP_AUDIT_PARSE_HELPERS=0): the campaign is about failure handling, not speed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import multiprocessing as mp
import os
import queue
import random
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.deadlines import DEADLINES

FAULTS = ("none", "cut", "latency", "garbage", "unplug", "freeze", "kill")
PLATFORMS = ("android", "ios")
ANDROID_SCENARIO = "pixel-work-profile"
IOS_SCENARIO = "iphone-tiktok"
IOS_UDID = "00008110-001A2B3C4D5E801E"
HANG_MARGIN_S = 5.0


def scan_deadline_s(platform: str) -> float:
    """The documented per-scan deadline of a platform (core/deadlines.py)."""
    if platform == "android":
        return DEADLINES.android_scan_s
    return DEADLINES.ios_connect_s + DEADLINES.ios_scan_s


@dataclass(frozen=True)
class Case:
    index: int
    platform: str
    fault: str
    amount: float  # bytes / apps for cut, ms for latency, lines for garbage
    at_s: float  # when unplug / freeze / kill happens, from the start of the scan
    seed: int


@dataclass
class Outcome:
    index: int
    platform: str
    fault: str
    exit_code: int | None  # None: hung or crashed before returning
    seconds: float
    hung: bool = False
    crash: str = ""  # what crashed (first lines), empty if nothing did
    verdict: str = ""
    audit_id: int | None = None
    audit_missing: bool = False


def campaign(scans: int, seed: int) -> list[Case]:
    rng = random.Random(seed)
    cases = []
    for index in range(scans):
        platform = PLATFORMS[index % 2]
        fault = rng.choice(FAULTS)
        if fault == "cut":
            amount = (
                float(int(math.exp(rng.uniform(math.log(1), math.log(200_000)))))
                if platform == "android"
                else float(rng.randrange(0, 40))
            )
        elif fault == "latency":
            amount = rng.uniform(0, 40) if platform == "android" else rng.uniform(0, 4_000)
        elif fault == "garbage":
            amount = float(rng.randrange(1, 6))
        else:
            amount = 0.0
        # A scan of a simulated phone takes 0.1-0.5 s: events land before, during or after its reads.
        at_s = rng.uniform(0.0, 0.25 if fault == "freeze" else 0.4)
        cases.append(Case(index, platform, fault, amount, at_s, rng.randrange(2**31)))
    return cases


# --- worker side ---------------------------------------------------------------------------------


def _start_android(case: Case) -> tuple[Any, list[str], Any]:
    from desktop_app.simulators.android import AndroidSimulator, load_android_scenario

    scenario = load_android_scenario(ANDROID_SCENARIO)
    if case.fault == "cut":
        scenario = scenario.with_faults(drop_after_bytes=int(case.amount))
    elif case.fault == "latency":
        scenario = scenario.with_faults(latency_ms=case.amount)
    elif case.fault == "garbage":
        scenario = scenario.with_faults(garbage_lines=int(case.amount))
    simulator = AndroidSimulator(scenario)
    simulator.start()
    actions = {"unplug": simulator.unplug, "freeze": simulator.freeze, "kill": simulator.stop}
    return simulator, ["--connect", simulator.address], actions.get(case.fault)


def _start_ios(case: Case) -> tuple[Any, list[str], Any]:
    from desktop_app.simulators.ios import IosFault, IosSimulator, load_ios_scenario

    simulator = IosSimulator([load_ios_scenario(IOS_SCENARIO)])
    simulator.start()
    rng = random.Random(case.seed)
    if case.fault == "cut":
        simulator.set_fault(IOS_UDID, IosFault(unplug_after_apps=int(case.amount)))
    elif case.fault == "latency":
        simulator.set_fault(IOS_UDID, IosFault(command_ms=case.amount))
    elif case.fault == "garbage":
        payload = rng.randbytes(rng.randrange(1, 4096))
        simulator.set_fault(
            IOS_UDID, IosFault(lookup_payload=payload, close_after_payload=rng.random() < 0.5)
        )
    actions = {
        "unplug": lambda: simulator.unplug(IOS_UDID),
        "freeze": lambda: simulator.set_fault(IOS_UDID, IosFault(stall_lookup=True)),
        "kill": simulator.stop,
    }
    return simulator, ["--usbmux", simulator.address, "--udid", IOS_UDID], actions.get(case.fault)


def _run_scan(case: Case, workdir: Path) -> Outcome:
    from desktop_app.cli import run
    from desktop_app.storage import AuditDatabase

    start = _start_android if case.platform == "android" else _start_ios
    simulator, target, action = start(case)
    db_path = workdir / "audits.db"
    argv = ["scan", *target, "--json", "--db", str(db_path), "--data-dir", str(workdir / "data")]
    out, err = io.StringIO(), io.StringIO()
    timer = threading.Timer(case.at_s, action) if action is not None else None
    result: dict[str, Any] = {}

    def scan() -> None:
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                result["code"] = run(argv)
        except BaseException:
            result["crash"] = traceback.format_exc()

    started = time.monotonic()
    thread = threading.Thread(target=scan, daemon=True)
    thread.start()
    if timer is not None:
        timer.start()
    thread.join(scan_deadline_s(case.platform) + HANG_MARGIN_S)
    seconds = time.monotonic() - started
    outcome = Outcome(case.index, case.platform, case.fault, result.get("code"), seconds)
    if thread.is_alive():
        outcome.hung = True
        return outcome
    if timer is not None:
        timer.cancel()
    with contextlib.suppress(Exception):
        simulator.stop()
    errors = err.getvalue()
    if "crash" in result:
        outcome.crash = result["crash"]
    elif outcome.exit_code not in range(5):
        outcome.crash = f"exit code {outcome.exit_code}: {errors[-400:]}"
    elif "Traceback" in errors:
        outcome.crash = "traceback printed: " + errors[errors.index("Traceback") :][:1500]
    if outcome.exit_code in (0, 1, 4) and not outcome.crash:
        try:
            document = json.loads(out.getvalue())
        except ValueError:
            outcome.crash = f"exit {outcome.exit_code} without a JSON report: {out.getvalue()[:200]!r}"
            return outcome
        outcome.verdict = str(document.get("verdict", ""))
        outcome.audit_id = document.get("audit_id")
        if outcome.audit_id is None:
            outcome.audit_missing = True
        else:
            with AuditDatabase(db_path) as db:
                outcome.audit_missing = db.get_audit(int(outcome.audit_id)) is None
    return outcome


def _worker(tasks: mp.Queue[Case | None], results: mp.Queue[dict[str, Any]], home: str) -> None:
    os.environ["HOME"] = home  # pymobiledevice3 writes under HOME
    os.environ["APP_AUDIT_PARSE_HELPERS"] = "0"
    os.environ.pop("USBMUXD_SOCKET_ADDRESS", None)
    import logging

    logging.disable(logging.CRITICAL)
    with tempfile.TemporaryDirectory(prefix="faults-") as scratch:
        while (case := tasks.get()) is not None:
            workdir = Path(scratch) / str(case.index)
            workdir.mkdir()
            outcome = _run_scan(case, workdir)
            results.put(asdict(outcome))
            if outcome.hung:
                os._exit(0)  # the hung scan's thread cannot be stopped: this worker is replaced


# --- parent side ---------------------------------------------------------------------------------


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def run_campaign(cases: list[Case], workers: int) -> list[dict[str, Any]]:
    context = mp.get_context("fork")
    tasks: mp.Queue[Case | None] = context.Queue()
    results: mp.Queue[dict[str, Any]] = context.Queue()
    for case in cases:
        tasks.put(case)
    home = tempfile.mkdtemp(prefix="faults-home-")
    processes = []

    def spawn() -> None:
        process = context.Process(target=_worker, args=(tasks, results, home), daemon=True)
        process.start()
        processes.append(process)

    for _ in range(workers):
        spawn()
    collected: list[dict[str, Any]] = []
    last_report = time.monotonic()
    while len(collected) < len(cases):
        with contextlib.suppress(queue.Empty):
            collected.append(results.get(timeout=1.0))
        alive = [p for p in processes if p.is_alive()]
        for _ in range(workers - len(alive)):
            if len(collected) + len(alive) < len(cases):
                spawn()
        processes[:] = [p for p in processes if p.is_alive()]
        if time.monotonic() - last_report > 30:
            print(f"  ... {len(collected)}/{len(cases)} scans", flush=True)
            last_report = time.monotonic()
    for _ in processes:
        tasks.put(None)
    for process in processes:
        process.join(timeout=30)
    return collected


def report(outcomes: list[dict[str, Any]], seconds: float) -> int:
    by_platform = Counter(o["platform"] for o in outcomes)
    hangs = [o for o in outcomes if o["hung"]]
    crashes = [o for o in outcomes if o["crash"]]
    false_compliant = [o for o in outcomes if o["exit_code"] == 0]
    missing = [o for o in outcomes if o["audit_missing"]]
    frozen = {
        p: [o["seconds"] for o in outcomes if o["fault"] == "freeze" and o["platform"] == p]
        for p in PLATFORMS
    }
    all_frozen = frozen["android"] + frozen["ios"]
    held = sum(1 for o in outcomes if o["fault"] == "freeze" and o["exit_code"] in (3, 4))
    print(
        f"scans: {len(outcomes)} ({by_platform['android']} Android, {by_platform['ios']} iPhone) in {seconds:.0f} s"
    )
    print(
        "per-scan deadlines (core/deadlines.py): "
        + ", ".join(f"{p} {scan_deadline_s(p):.0f} s" for p in PLATFORMS)
        + f"; a hang is no answer within that + {HANG_MARGIN_S:.0f} s"
    )
    print(f"hangs: {len(hangs)}")
    print(f"crashes: {len(crashes)}")
    print(f"false compliant: {len(false_compliant)}")
    print(f"missing audits: {len(missing)}")
    print(
        f"frozen phone, time to verdict: p99 {_percentile(all_frozen, 0.99):.1f} s over {len(all_frozen)} scans"
        f" ({held} froze before their verdict: exit 3 or 4)"
        f" (Android p99 {_percentile(frozen['android'], 0.99):.1f} s, max {max(frozen['android'], default=0):.1f} s;"
        f" iPhone p99 {_percentile(frozen['ios'], 0.99):.1f} s, max {max(frozen['ios'], default=0):.1f} s)"
    )
    print("exit codes by platform and fault (code: count):")
    for platform in PLATFORMS:
        for fault in FAULTS:
            codes = Counter(
                "hang" if o["hung"] else str(o["exit_code"])
                for o in outcomes
                if o["platform"] == platform and o["fault"] == fault
            )
            print(
                f"  {platform:8} {fault:8} " + ", ".join(f"{code}: {n}" for code, n in sorted(codes.items()))
            )
    for kind, cases in (
        ("hang", hangs),
        ("crash", crashes),
        ("false compliant", false_compliant),
        ("missing audit", missing),
    ):
        for outcome in cases[:3]:
            print(
                f"{kind}: scan {outcome['index']} {outcome['platform']} {outcome['fault']}: {outcome['crash'][:1500]}"
            )
    targets_met = not (hangs or crashes or false_compliant or missing) and _percentile(all_frozen, 0.99) < 20
    print("targets 0 / 0 / 0 / 0 and frozen p99 < 20 s:", "met" if targets_met else "NOT met")
    return 0 if targets_met else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scans", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    cases = campaign(args.scans, args.seed)
    print(f"fault campaign: {args.scans} scans, seed {args.seed}, {args.workers} workers", flush=True)
    started = time.monotonic()
    outcomes = run_campaign(cases, args.workers)
    return report(sorted(outcomes, key=lambda o: o["index"]), time.monotonic() - started)


if __name__ == "__main__":
    sys.exit(main())
