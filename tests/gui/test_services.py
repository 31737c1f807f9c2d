"""The task runner, the presenter and the removal steps, without a window."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from desktop_app.core.errors import DeviceUnauthorizedError
from desktop_app.core.models import AppState, Finding, FindingState, Platform, RemovalResult, RuleAction
from desktop_app.core.policy import load_policy
from desktop_app.gui.presenter import UNEXPECTED_TEXT, Level, MessagePresenter, describe
from desktop_app.gui.removal_steps import steps_for
from desktop_app.gui.task_runner import TaskRunner
from desktop_app.resources import default_policy_path

pytestmark = pytest.mark.gui


def test_jobs_run_off_the_ui_thread_in_order_per_key(qtbot: Any) -> None:
    runner = TaskRunner()
    ui_thread = threading.get_ident()
    seen: list[tuple[str, int]] = []
    results: list[int] = []
    progress: list[str] = []
    gate = threading.Event()

    def job(n: int) -> Any:
        def run(report: Any) -> int:
            if n == 0:
                gate.wait(5)
            seen.append((threading.current_thread().name, n))
            report(n, 3, f"step {n}")
            return n

        return run

    for n in range(3):
        runner.submit(
            "phone-a", job(n), on_done=results.append, on_progress=lambda d, t, w: progress.append(w)
        )
    other: list[int] = []
    runner.submit("phone-b", lambda _p: threading.get_ident(), on_done=other.append)
    qtbot.waitUntil(lambda: len(other) == 1, timeout=5000)
    assert other[0] != ui_thread
    assert results == []  # phone-a is still blocked on its first job: keys do not wait for each other
    gate.set()
    qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)
    assert results == [0, 1, 2]
    assert progress == ["step 0", "step 1", "step 2"]
    assert all(name.startswith("task-phone-a") for name, _ in seen)
    runner.shutdown()


def test_failures_come_back_to_the_error_callback(qtbot: Any) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def fail(_progress: Any) -> None:
        raise DeviceUnauthorizedError("not allowed yet")

    runner.submit("phone", fail, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], DeviceUnauthorizedError)
    runner.shutdown()


def test_shutdown_drops_queued_jobs_and_waits_for_the_running_one(qtbot: Any, monkeypatch: Any) -> None:
    runner = TaskRunner()
    started, gate = threading.Event(), threading.Event()
    ran: list[str] = []

    def running(_progress: Any) -> None:
        started.set()
        gate.wait(5)
        ran.append("running")

    runner.submit("phone", running)
    runner.submit("phone", lambda _p: ran.append("queued"))
    assert started.wait(5)
    join = threading.Thread.join

    def join_once_closed(thread: threading.Thread, timeout: float | None = None) -> None:
        gate.set()  # shutdown waits for threads only once it has stopped taking and running jobs
        join(thread, timeout)

    monkeypatch.setattr(threading.Thread, "join", join_once_closed)
    runner.shutdown(timeout_s=5)
    assert ran == ["running"]  # the running job finished before shutdown returned; the queued one never ran
    with pytest.raises(RuntimeError):
        runner.submit("phone", lambda _p: None)


def test_a_runner_dropped_without_shutdown_lets_its_threads_end(qtbot: Any) -> None:
    runner = TaskRunner()
    threads: list[threading.Thread] = []
    runner.submit("phone", lambda _p: threading.current_thread(), on_done=threads.append)
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=5000)
    del runner
    threads[0].join(5)
    assert not threads[0].is_alive()


def test_presenter_gives_message_and_hint_never_a_traceback(qtbot: Any) -> None:
    presenter = MessagePresenter()
    with qtbot.waitSignal(presenter.message_posted) as blocker:
        presenter.error(DeviceUnauthorizedError("Pixel 8 did not allow this computer"), scope="android:x")
    message = blocker.args[0]
    assert message.level is Level.ERROR and message.code == "unauthorized"
    assert "Allow" in message.hint and message.scope == "android:x"
    unexpected = describe(KeyError("internal detail"))
    assert unexpected.text == UNEXPECTED_TEXT and "internal detail" not in unexpected.full_text


def test_steps_explain_a_blocked_removal() -> None:
    policy = load_policy(default_policy_path())
    finding = Finding(
        "tiktok",
        "TikTok",
        RuleAction.REMOVE,
        "com.zhiliaoapp.musically",
        "TikTok",
        Platform.ANDROID,
        10,
        FindingState.BLOCKING,
        AppState.ENABLED,
    )
    refused = RemovalResult("com.zhiliaoapp.musically", 10, False, "DELETE_FAILED_DEVICE_POLICY_MANAGER")
    steps = steps_for(finding, policy, [refused])
    assert "management" in steps[0] and "Ask IT" in steps[0]
    # Issue #12 item 6: no "Settings > Apps > Uninstall" after "ask IT" (the phone refuses that too).
    assert not any("Uninstall" in s or "Settings > Apps" in s for s in steps), steps
    assert steps[-1].startswith("When IT has removed it") and "Check again" in steps[-1]
    # Without a refusal, the policy's own steps and the work-profile hint are given.
    plain = steps_for(finding, policy)
    assert any("Settings > Apps" in s for s in plain) and any("Work" in s for s in plain)
    ios = Finding(
        "douyin",
        "Douyin",
        RuleAction.REMOVE,
        "com.ss.iphone.ugc.Aweme",
        "抖音",
        Platform.IOS,
        None,
        FindingState.BLOCKING,
        AppState.OFFLOADED,
    )
    ios_steps = steps_for(ios, policy)
    assert any("Touch and hold" in s for s in ios_steps) and any("offloaded" in s for s in ios_steps)
