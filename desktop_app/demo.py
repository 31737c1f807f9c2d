"""Demo mode: simulated phones on loopback that the app finds through its normal discovery.

Only the addresses handed to discovery change in demo mode; the GUI and the device code
do not know the phones are simulated.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from desktop_app.simulators.android import AndroidSimulator, load_android_scenario
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario

log = logging.getLogger(__name__)

DEMO_ANDROID = ("pixel-work-profile", "samsung-clean", "allow-after-delay")
DEMO_IOS = ("iphone-tiktok", "trust-pending")


@dataclass
class DemoPhones:
    android_addresses: list[str]
    usbmux_address: str
    _android: list[AndroidSimulator] = field(default_factory=list, repr=False)
    _ios: IosSimulator | None = field(default=None, repr=False)

    def stop(self) -> None:
        for simulator in self._android:
            simulator.stop()
        if self._ios is not None:
            self._ios.stop()
        self._android.clear()
        self._ios = None


def start_demo(android: tuple[str, ...] = DEMO_ANDROID, ios: tuple[str, ...] = DEMO_IOS) -> DemoPhones:
    """Start the demo phones; the caller stops them with .stop()."""
    androids: list[AndroidSimulator] = []
    iphones: IosSimulator | None = None
    try:
        for name in android:
            simulator = AndroidSimulator(load_android_scenario(name), port=0)
            simulator.start()
            androids.append(simulator)
        iphones = IosSimulator([load_ios_scenario(name) for name in ios], port=0)
        iphones.start()
    except BaseException:
        for started in androids:
            started.stop()
        if iphones is not None:
            iphones.stop()
        raise
    phones = DemoPhones([s.address for s in androids], iphones.address, androids, iphones)
    log.info("demo phones: android %s, usbmuxd %s", phones.android_addresses, phones.usbmux_address)
    return phones
