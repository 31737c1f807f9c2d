"""`app-audit --self-test`: the installed program audits simulated phones end to end.

It runs inside the program being tested (frozen or not), so a module or a data file
that the installer left out shows up here as a failed step. Every device step goes
through the real command-line commands (`scan`, `remove`, `receipt verify`, `history
verify`) in this process, and the simulated phones speak the real wire protocols
on 127.0.0.1. Nothing is written outside a temporary folder.
"""

# Qt and the device libraries are imported inside the steps that use them, as the app itself does.
from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

ANDROID_SCENARIO = "pixel-work-profile"
IOS_SCENARIO = "iphone-tiktok"
WINDOW_TIMEOUT_S = 60.0
EXIT_COMPLIANT, EXIT_NOT_COMPLIANT = 0, 1


class StepError(Exception):
    """A step ran but its result was wrong."""


@dataclass(frozen=True, slots=True)
class CliResult:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        try:
            return json.loads(self.stdout)
        except json.JSONDecodeError as exc:
            raise StepError(f"not JSON on stdout ({exc}); stderr: {self.stderr.strip()[-300:]}") from exc

    def expect(self, code: int) -> CliResult:
        if self.code != code:
            raise StepError(f"exit {self.code}, expected {code}; stderr: {self.stderr.strip()[-300:]}")
        return self


@dataclass
class SelfTest:
    work: Path
    out: TextIO
    failures: list[str] = field(default_factory=list)
    audit_ids: set[int] = field(default_factory=set)

    def step(self, name: str, action: Callable[[], str]) -> bool:
        """Run one step, print ✓ or ✗ with what it found, remember failures; later steps still run."""
        started = time.perf_counter()
        try:
            detail = action()
        except Exception as exc:  # a self-test reports every failure, whatever its type
            reason = str(exc) if isinstance(exc, StepError) else f"{type(exc).__name__}: {exc}"
            self._print(f"✗ {name}: {reason}")
            if not isinstance(exc, StepError):
                self._print(_indent(traceback.format_exc()))
            self.failures.append(name)
            return False
        elapsed = time.perf_counter() - started
        self._print(f"✓ {name}" + (f": {detail}" if detail else "") + f" ({elapsed:.1f} s)")
        return True

    def _print(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def cli(self, *argv: str) -> CliResult:
        """One `app-audit` command in this process, with this run's data folder and config."""
        from desktop_app.cli import run

        common = ["--data-dir", str(self.work / "data"), "--config", str(self.work / "config.yaml")]
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = run([*argv, *common])
        return CliResult(code, stdout.getvalue(), stderr.getvalue())

    def note_audit(self, document: dict[str, Any]) -> dict[str, Any]:
        audit_id = document.get("audit_id")
        if not isinstance(audit_id, int):
            raise StepError(f"the audit was not recorded (audit_id {audit_id!r})")
        self.audit_ids.add(audit_id)
        return document


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip().splitlines())


def _blocking_app_ids(report: dict[str, Any]) -> list[str]:
    return list(dict.fromkeys(f["app_id"] for f in report["findings"] if f["blocking"]))


@dataclass
class Phones:
    android_address: str = ""
    usbmux_address: str = ""
    ios_udid: str = ""
    stoppers: list[Callable[[], None]] = field(default_factory=list)

    def stop(self) -> None:
        for stop in reversed(self.stoppers):
            stop()
        self.stoppers.clear()


def _trust_sample_issuer(config_path: Path) -> None:
    """The self-test's station trusts the bundled sample issuer, so its checks are official."""
    from desktop_app.core.config import AppConfig, TrustedKeyEntry, save_config
    from desktop_app.resources import sample_issuer_key_path

    path = sample_issuer_key_path()
    save_config(AppConfig(trusted_keys=[TrustedKeyEntry(name=path.stem, path=path)]), config_path)


def _check_policy() -> str:
    from desktop_app.core.policy import load_policy
    from desktop_app.resources import default_policy_path

    policy = load_policy(default_policy_path())
    if not policy.document.rules:
        raise StepError(f"{default_policy_path()} has no rules")
    return f"{policy.document.id} {policy.document.version}, {len(policy.document.rules)} rules"


def _check_usb() -> str:
    from desktop_app.devices.android.usb import list_usb_adb_devices

    return f"libusb answered, {len(list_usb_adb_devices(2.0))} Android phone(s) on USB"


def _start_android(phones: Phones) -> str:
    from desktop_app.simulators.android import AndroidSimulator, load_android_scenario

    simulator = AndroidSimulator(load_android_scenario(ANDROID_SCENARIO), port=0)
    simulator.start()
    phones.stoppers.append(simulator.stop)
    phones.android_address = simulator.address
    return f"{ANDROID_SCENARIO} at {simulator.address}"


def _start_iphone(phones: Phones) -> str:
    from desktop_app.simulators.ios import IosSimulator, load_ios_scenario

    scenario = load_ios_scenario(IOS_SCENARIO)
    simulator = IosSimulator([scenario], port=0)
    simulator.start()
    phones.stoppers.append(simulator.stop)
    phones.usbmux_address = simulator.address
    phones.ios_udid = scenario.identity.udid
    return f"{IOS_SCENARIO}, usbmuxd at {simulator.address}"


def _audit(test: SelfTest, device_args: list[str], wanted_code: int) -> dict[str, Any]:
    report: dict[str, Any] = test.cli("scan", *device_args, "--json").expect(wanted_code).json()
    return test.note_audit(report)


def _audit_banned(test: SelfTest, device_args: list[str], found: dict[str, list[str]], key: str) -> str:
    report = _audit(test, device_args, EXIT_NOT_COMPLIANT)
    banned = _blocking_app_ids(report)
    if not banned:
        raise StepError(f"verdict {report['verdict']} but no blocking finding")
    found[key] = banned
    return f"{report['verdict']}, {report['apps_scanned']} apps, banned: {', '.join(banned)}"


def _remove_banned(test: SelfTest, device_args: list[str], banned: list[str]) -> str:
    if not banned:
        raise StepError("nothing to remove: the audit step found no banned app")
    for app_id in banned:
        document = test.cli("remove", app_id, *device_args, "--json").json()
        if not document.get("removed"):
            raise StepError(f"{app_id} was not removed: {document.get('removals')}")
        test.note_audit(document["audit"])
    return f"removed {', '.join(banned)}"


def _recheck(test: SelfTest, device_args: list[str], receipt: Path) -> str:
    document = (
        test.cli("scan", *device_args, "--json", "--receipt", str(receipt)).expect(EXIT_COMPLIANT).json()
    )
    test.note_audit(document)
    if document["verdict"] != "compliant" or not receipt.is_file():
        raise StepError(f"verdict {document['verdict']}, receipt written: {receipt.is_file()}")
    return f"compliant, receipt for audit {document['audit_id']}"


def _check_receipt(test: SelfTest, receipt: Path) -> str:
    verified = test.cli("receipt", "verify", str(receipt), "--json").expect(0).json()
    # The check must be able to fail: a receipt with one changed field is refused.
    forged = json.loads(receipt.read_text(encoding="utf-8"))
    forged["receipt"]["serial_of_another_phone"] = "forged"
    tampered = receipt.with_name("tampered-receipt.json")
    tampered.write_text(json.dumps(forged), encoding="utf-8")
    refused = test.cli("receipt", "verify", str(tampered))
    if refused.code == 0:
        raise StepError("a tampered receipt was accepted")
    return f"signed by {verified['key_id']}; a tampered copy is refused (exit {refused.code})"


def _check_store(test: SelfTest) -> str:
    chain = test.cli("history", "verify", "--json").expect(0).json()
    listed = {row["audit_id"] for row in test.cli("history", "list", "--json").expect(0).json()["audits"]}
    missing = test.audit_ids - listed
    if missing or not chain["ok"]:
        raise StepError(f"chain ok: {chain['ok']}, audits missing from history: {sorted(missing)}")
    messages = test.cli("outbox", "list", "--json").expect(0).json()["messages"]
    if not messages:
        raise StepError("no mail-access message was queued for the compliant audit")
    return f"{len(listed)} audits, hash chain intact ({chain['checked']} checked), {len(messages)} outbox message(s)"


# A one-indicator STIX 2.1 bundle: the import walks stix2's modules by name at run time, which a
# frozen build must have collected.
_STIX_BUNDLE = """{"type": "bundle", "id": "bundle--6f4b9a3e-3f0e-4c8e-9d7a-0c1f1e2a3b4c", "objects": [
 {"type": "indicator", "spec_version": "2.1", "id": "indicator--0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
  "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z", "name": "Sample spyware",
  "pattern": "[app:id = 'com.example.spyware']", "pattern_type": "stix", "valid_from": "2026-01-01T00:00:00Z"}]}"""


def _import_stix(test: SelfTest) -> str:
    feed, draft = test.work / "feed.stix2", test.work / "stix-draft.yaml"
    feed.write_text(_STIX_BUNDLE, encoding="utf-8")
    result = test.cli("policy", "import-stix", str(feed), "--out", str(draft), "--json").expect(0)
    return f"{result.json()['rules']} rule(s) from {result.json()['indicators']} indicator(s)"


def _reach_fleet_server(test: SelfTest) -> str:
    """psycopg and its bundled libpq load and reach the network: a port with no server is refused.

    A fleet server is not needed: libpq's own "Connection refused" proves the client library works,
    and the CLI turns it into its message for a fleet that cannot be reached.
    """
    import psycopg

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as closed:
        closed.bind(("127.0.0.1", 0))  # bound, never listening: a connection is refused at once
        port = closed.getsockname()[1]
        result = test.cli("fleet", "status", "--dsn", f"postgresql://app_audit@127.0.0.1:{port}/fleet")
    if result.code == 0 or "Could not connect to the fleet database" not in result.stderr:
        raise StepError(f"exit {result.code}; stderr: {result.stderr.strip()[-300:]}")
    if "refused" not in result.stderr.lower():
        raise StepError(f"libpq did not report the refused connection: {result.stderr.strip()[-300:]}")
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__} libpq {psycopg.pq.version()}), refusal reported"


@contextlib.contextmanager
def _offscreen() -> Iterator[None]:
    # No window must flash on a kiosk, and a build server has no display.
    previous = os.environ.get("QT_QPA_PLATFORM")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("QT_QPA_PLATFORM", None)


def _open_window(test: SelfTest, phones: Phones) -> str:
    """The helpdesk window finds both phones through its own discovery, scans them, then closes."""
    with _offscreen():
        from PySide6.QtCore import QEventLoop, QSettings, QTimer
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication

        from desktop_app.core.clock import SystemClock
        from desktop_app.core.config import AndroidSettings, AppConfig
        from desktop_app.core.policy import load_policy
        from desktop_app.core.signing import generate_private_key
        from desktop_app.gui.context import build_context
        from desktop_app.gui.icons import app_icon
        from desktop_app.gui.main_window import MainWindow
        from desktop_app.gui.settings import UiSettings
        from desktop_app.launch_gui import build_discoveries, demo_trusted_keys
        from desktop_app.resources import default_policy_path
        from desktop_app.storage.database import AuditDatabase

        app = QApplication.instance() or QApplication(sys.argv[:1])
        data_dir = test.work / "window"
        config = AppConfig(android=AndroidSettings(usb=False))
        sources = build_discoveries(data_dir, config, [phones.android_address], phones.usbmux_address)
        context = build_context(
            sources=sources,
            store_factory=lambda: AuditDatabase(data_dir / "audits.db"),
            policy=load_policy(default_policy_path(), demo_trusted_keys()),
            trusted_keys=demo_trusted_keys(),
            require_signature=False,
            receipt_key=generate_private_key(),
            clock=SystemClock(),
            settings=UiSettings(QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)),
            poll_interval_ms=300,
        )
        scanned: set[str] = set()
        loop = QEventLoop()

        def on_scan_finished(key: str) -> None:
            scanned.add(key)
            if len(scanned) >= 2:
                loop.quit()

        context.hub.scan_finished.connect(on_scan_finished)
        window = MainWindow(context)
        try:
            window.show()
            shown = window.isVisible()
            icon_drawn = not app_icon().pixmap(32, 32).isNull()
            context.start()
            QTimer.singleShot(int(WINDOW_TIMEOUT_S * 1000), loop.quit)
            loop.exec()
            listed = window.device_model.rowCount()
        finally:
            window.close()
            context.shutdown()
        closed = not window.isVisible()
        window.deleteLater()
        app.processEvents()
    if not (shown and closed and icon_drawn and len(scanned) >= 2):
        raise StepError(
            f"shown {shown}, closed {closed}, icon drawn {icon_drawn}, phones scanned in the window: "
            f"{len(scanned)} of 2 within {WINDOW_TIMEOUT_S:.0f} s ({listed} listed)"
        )
    return f"platform {QGuiApplication.platformName()}, {listed} phones listed and scanned, window closed"


def _print_receipt(test: SelfTest) -> str:
    """The kiosk prints its receipt through Qt's printing (QtPrintSupport must be in the build)."""
    with _offscreen():
        from PySide6.QtWidgets import QApplication

        from desktop_app.gui.kiosk.printing import PrintTarget, print_slip
        from desktop_app.gui.kiosk.qr import qr_image

        app = QApplication.instance() or QApplication(sys.argv[:1])
        folder = test.work / "slips"
        folder.mkdir()
        reference = "A-1-SELFTEST"
        where = Path(print_slip(PrintTarget(folder=folder), reference, [reference], qr_image(reference)))
        app.processEvents()
    data = where.read_bytes() if where.is_file() else b""
    if not data.startswith(b"%PDF"):
        raise StepError(f"no PDF written to {where}")
    return f"{len(data)} bytes written to {where.name}"


def run_self_test(out: TextIO | None = None) -> int:
    """Every step, in order; exit 0 only when every one passed."""
    stream = out or sys.stdout
    from desktop_app import __version__

    stream.write(
        f"App Audit {__version__} self-test ({'frozen' if getattr(sys, 'frozen', False) else 'source'})\n"
    )
    with tempfile.TemporaryDirectory(prefix="app-audit-self-test-") as folder:
        test = SelfTest(Path(folder), stream)
        _trust_sample_issuer(test.work / "config.yaml")
        phones = Phones()
        found: dict[str, list[str]] = {}
        receipt = test.work / "receipt.json"
        try:
            test.step("bundled policy loads", _check_policy)
            test.step("USB library (libusb) loads and lists devices", _check_usb)
            test.step("simulated Android phone started", lambda: _start_android(phones))
            test.step("simulated iPhone started", lambda: _start_iphone(phones))
            android = ["--connect", phones.android_address]
            iphone = ["--udid", phones.ios_udid, "--usbmux", phones.usbmux_address]
            test.step(
                "Android phone audited (adb-shell)", lambda: _audit_banned(test, android, found, "android")
            )
            test.step("iPhone audited (pymobiledevice3)", lambda: _audit_banned(test, iphone, found, "ios"))
            test.step(
                "banned apps removed from the Android phone",
                lambda: _remove_banned(test, android, found.get("android", [])),
            )
            test.step("Android phone checked again: compliant", lambda: _recheck(test, android, receipt))
            test.step("receipt verifies", lambda: _check_receipt(test, receipt))
            test.step("audit store: audits recorded, history chain intact", lambda: _check_store(test))
            test.step("STIX indicator bundle imported (stix2)", lambda: _import_stix(test))
            test.step("fleet database client (psycopg, libpq) loads", lambda: _reach_fleet_server(test))
            test.step(
                "main window opens offscreen, scans both phones, closes", lambda: _open_window(test, phones)
            )
            test.step("kiosk receipt printed (QtPrintSupport, to a PDF)", lambda: _print_receipt(test))
        finally:
            phones.stop()
    if test.failures:
        stream.write(f"self-test FAILED: {len(test.failures)} step(s) failed: {'; '.join(test.failures)}\n")
        return 1
    stream.write("self-test passed\n")
    return 0
