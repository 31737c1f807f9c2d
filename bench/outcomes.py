"""Outcome figures, each against a baseline measured in the same run.

    python bench/outcomes.py [--devices 10000] [--rounds 6]

1. Withdrawal: a station holds N devices whose latest official audit was blocked by a rule (one
   message each already queued). Time for `apply_policy(retraction)`: find every device only the
   withdrawn rules blocked, record N re-evaluations in the hash chain and queue N restore messages.
   Baseline: recording the N original audits with their messages in one batch (the same amount of
   writing). Target: under 2 s for 10,000 devices.
2. Window delay: a simulated phone is checked in the real window (task runner, database thread,
   background deliverer); the phone's state flips between checks so each check queues a message.
   Time from the audit being recorded (its message is stamped in the same transaction) to the
   message reaching a receiver on 127.0.0.1 (wall clock, one machine). Baseline: the same kind of message queued and delivered directly by
   `deliver_due` (what the CLI does), enqueue to receipt. Target: under 1 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.core.clock import SystemClock  # noqa: E402
from desktop_app.core.models import (  # noqa: E402
    AppState,
    AuditReport,
    Device,
    Finding,
    FindingState,
    Platform,
    RuleAction,
    Verdict,
)
from desktop_app.core.outcome_records import (  # noqa: E402
    AuditEntry,
    AuditOrigin,
    ChainLink,
    MailState,
    QueuedMessage,
)
from desktop_app.core.outcomes import OutcomeService, audit_message_key  # noqa: E402
from desktop_app.core.policy import load_policy  # noqa: E402
from desktop_app.core.signing import TrustedKey, generate_private_key, sign_detached  # noqa: E402
from desktop_app.resources import default_policy_path  # noqa: E402
from desktop_app.storage.database import AuditDatabase  # noqa: E402

# -- 1. withdrawal -------------------------------------------------------------------------------


def _blocked_entry(index: int, policy_ref: Any, now: datetime) -> AuditEntry:
    device = Device(Platform.ANDROID, f"BENCH{index:06d}", model="Pixel 8", os_version="14")
    finding = Finding(
        "tiktok", "TikTok", RuleAction.REMOVE, "com.zhiliaoapp.musically", "TikTok", Platform.ANDROID,
        0, FindingState.BLOCKING, AppState.ENABLED,
    )  # fmt: skip
    report = AuditReport(
        device, policy_ref, Verdict.NONCOMPLIANT, (finding,), 180, now, inventory_sha256="ab" * 32
    )

    def message(audit_id: int, chain: ChainLink) -> QueuedMessage:
        payload = {"event": "mail_access.block", "state": "not_compliant", "audit_id": audit_id,
                   "device": {"serial": device.serial}, "chain": chain.as_json()}  # fmt: skip
        key = audit_message_key("android", device.serial, MailState.NOT_COMPLIANT, audit_id)
        return QueuedMessage("mail_access.block", payload, key)

    return AuditEntry(report, None, False, True, (), AuditOrigin.LIVE, MailState.NOT_COMPLIANT, message)


def withdrawal_figures(devices: int, work: Path) -> dict[str, float]:
    key = generate_private_key()
    trusted = [TrustedKey(key.public_key(), "bench")]
    active = work / "policy.yaml"
    active.write_bytes(default_policy_path().read_bytes())
    (work / "policy.yaml.sig").write_bytes(sign_detached(key, active.read_bytes()))
    retraction = work / "retraction.yaml"
    retraction.write_text(active.read_text(encoding="utf-8").replace("status: active", "status: retracted"))
    (work / "retraction.yaml.sig").write_bytes(sign_detached(key, retraction.read_bytes()))
    policy, withdrawn = load_policy(active, trusted), load_policy(retraction, trusted)

    store = AuditDatabase(work / "audits.db")
    service = OutcomeService(store, SystemClock(), key)
    service.apply_policy(policy)
    now = datetime.now(UTC)
    entries = [_blocked_entry(i, policy.ref, now) for i in range(devices)]
    started = time.perf_counter()
    store.record_audits(entries)
    baseline = time.perf_counter() - started

    started = time.perf_counter()
    applied = service.apply_policy(withdrawn)
    restore = time.perf_counter() - started
    queued = sum(1 for m in store.list_outbox() if m.kind == "mail_access.restore")
    verified = store.verify_chain().ok
    store.close()
    if applied.restored_count != devices or queued != devices or not verified:
        raise SystemExit(f"restored {applied.restored_count}, queued {queued}, chain ok {verified}")
    return {"restore_s": restore, "baseline_s": baseline}


# -- 2. window delay -----------------------------------------------------------------------------


class Receiver:
    """A webhook receiver on 127.0.0.1 that notes when each message arrives."""

    def __init__(self) -> None:
        self.arrivals: list[float] = []
        self.arrived = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with receiver.arrived:
                    receiver.arrivals.append(time.time())  # wall clock: compared with the outbox's stamps
                    receiver.arrived.notify_all()
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/mail-access"

    def wait_for(self, count: int, timeout_s: float = 30.0) -> None:
        with self.arrived:
            if not self.arrived.wait_for(lambda: len(self.arrivals) >= count, timeout_s):
                raise SystemExit(f"the receiver got {len(self.arrivals)} of {count} messages")

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def direct_delays(rounds: int, work: Path, receiver: Receiver) -> list[float]:
    from desktop_app.integrations.webhook import WebhookConfig, deliver_due

    config = WebhookConfig(url=receiver.url, secret=b"bench")
    store = AuditDatabase(work / "direct.db")
    delays = []
    for n in range(rounds):
        before = len(receiver.arrivals)
        message_id = store.enqueue_outbox(
            "mail_access.restore", {"state": "compliant", "n": n}, f"direct-{n}"
        )
        deliver_due(store, config, datetime.now(UTC))
        receiver.wait_for(before + 1)
        queued = store.get_outbox(message_id)
        assert queued is not None
        delays.append(receiver.arrivals[before] - queued.created_at.timestamp())
    store.close()
    return delays


def window_delays(rounds: int, work: Path, receiver: Receiver) -> list[float]:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.config import AndroidSettings, AppConfig
    from desktop_app.gui.context import build_context
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import UiSettings
    from desktop_app.integrations.webhook import WebhookConfig
    from desktop_app.launch_gui import build_discoveries, demo_trusted_keys
    from desktop_app.simulators.android import AndroidSimulator, load_android_scenario

    app = QApplication.instance() or QApplication(sys.argv[:1])
    phone = AndroidSimulator(load_android_scenario("pixel-work-profile"))
    phone.start()
    settings = UiSettings(QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat))
    settings.set_auto_scan(False)
    sources = build_discoveries(work, AppConfig(android=AndroidSettings(usb=False)), [phone.address], None)
    context = build_context(
        sources=[source for source in sources if source.name == "android"],  # no iPhones in this figure
        store_factory=lambda: AuditDatabase(work / "window.db"),
        policy=load_policy(default_policy_path(), demo_trusted_keys()),
        trusted_keys=demo_trusted_keys(),
        receipt_key=generate_private_key(),
        clock=SystemClock(),
        settings=settings,
        poll_interval_ms=300,
    )
    window = MainWindow(context)
    window.show()
    context.start()
    context.mail.configure(WebhookConfig(url=receiver.url, secret=b"bench"))  # type: ignore[union-attr]

    def wait(predicate: Callable[[], bool], timeout_s: float = 60.0) -> None:
        deadline = time.monotonic() + timeout_s
        loop = QEventLoop()
        while not predicate():
            if time.monotonic() > deadline:
                raise SystemExit("the window did not get there in time")
            QTimer.singleShot(5, loop.quit)
            loop.exec()

    hub = context.hub
    wait(lambda: len(hub.sessions) == 1)
    key = next(iter(hub.sessions))
    recorded: list[float] = []
    hub.scan_finished.connect(lambda _key: recorded.append(time.perf_counter()))
    delays = []
    tiktok_lite = "com.zhiliaoapp.musically.go"
    phone.shell.run("pm uninstall -k --user 10 com.zhiliaoapp.musically")
    try:
        for n in range(rounds):
            # Flip the phone's state so this check is a state change (one message each).
            verb = "uninstall -k" if n % 2 == 0 else "install-existing"
            phone.shell.run(f"pm {verb} --user 0 {tiktok_lite}")
            before, checks = len(receiver.arrivals), len(recorded)
            hub.scan(key)
            wait(lambda checks=checks: len(recorded) > checks)
            session = hub.sessions[key]
            if session.outcome is None or session.outcome.message_id is None:
                raise SystemExit(f"check {n} queued no message ({session.status})")
            wait(lambda before=before: len(receiver.arrivals) > before)
            # From the audit recorded (its message is stamped in the same transaction) to the receiver.
            with AuditDatabase(work / "window.db") as store:
                queued = store.get_outbox(session.outcome.message_id)
            assert queued is not None
            delays.append(receiver.arrivals[before] - queued.created_at.timestamp())
    finally:
        window.close()
        context.shutdown()
        phone.stop()
        window.deleteLater()  # Qt objects go before the interpreter's own teardown
        app.processEvents()
    return delays


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="app-audit-bench-outcomes-") as folder:
        work = Path(folder)
        figures = withdrawal_figures(args.devices, work)
        print(f"1. withdrawal restoring {args.devices} devices (re-evaluation + restore message each)")
        print(f"   retraction applied:            {figures['restore_s']:.2f} s (target < 2 s)")
        print(f"   baseline, recording them once: {figures['baseline_s']:.2f} s")
        print(f"   ratio restore / baseline:      {figures['restore_s'] / figures['baseline_s']:.2f}")
        receiver = Receiver()
        try:
            direct = direct_delays(args.rounds, work, receiver)
            window = window_delays(args.rounds, work, receiver)
        finally:
            receiver.stop()
        med_window, med_direct = statistics.median(window), statistics.median(direct)
        print(f"2. audit recorded in the window -> message at a receiver on 127.0.0.1 ({args.rounds} checks)")
        print(
            f"   window, median:           {med_window * 1000:.0f} ms, worst {max(window) * 1000:.0f} ms (target < 1 s)"
        )
        print(f"   baseline, direct deliver: {med_direct * 1000:.0f} ms, worst {max(direct) * 1000:.0f} ms")
        print(f"   ratio window / direct:    {med_window / med_direct:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
