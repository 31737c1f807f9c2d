"""How long App Audit waits for a phone: every device deadline, in this one place.

A phone is *slow* while it still answers a short question (Android: adbd opens a new stream; iPhone:
usbmuxd still lists it) but has not finished a step; it is *gone* (frozen, unplugged, crashed)
when it stays silent for `silence_s` and then does not answer that question within `probe_s`.
A slow phone is waited for up to the per-scan deadline of its platform, with progress shown.
bench/faults.py and the README read these numbers from here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DeviceDeadlines:
    silence_s: float = 4.0  # a step silent this long: ask whether the phone is still there
    probe_s: float = 3.0  # no answer to that question within this: the phone is gone
    android_scan_s: float = 90.0  # one Android scan while the phone keeps answering (a slow dumpsys)
    android_removal_s: float = 60.0  # one `pm uninstall` while the phone keeps answering
    ios_connect_s: float = 6.0  # usbmuxd + lockdown session of a paired iPhone
    ios_trust_s: float = 30.0  # waiting for the person to tap "Trust"
    ios_scan_s: float = 10.0  # one iPhone app list (installd answers in 1-3 s for 300 apps)
    ios_removal_s: float = 90.0  # one iPhone uninstall, with its progress messages

    @property
    def frozen_android_verdict_s(self) -> float:
        """The longest a frozen Android phone can hold one step: silence, then the unanswered probe."""
        return self.silence_s + self.probe_s

    @property
    def frozen_ios_verdict_s(self) -> float:
        """The longest a frozen (paired) iPhone can hold a scan: connecting, then the app list."""
        return self.ios_connect_s + self.ios_scan_s


DEADLINES = DeviceDeadlines()
