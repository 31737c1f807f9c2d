"""One pairing certificate chain per iPhone for as long as it waits for "Trust This Computer".

pymobiledevice3 makes a fresh root key and host key (two 2048-bit RSA key generations, about 65 ms of
CPU) for every Pair request. The window asks a waiting iPhone again every second, so the station
would burn that CPU for as long as the dialog stays open, and every request would carry other
certificates than the one before. Reusing one chain per device key keeps every request identical,
as the library's own waiting loop does within one call.

The chains are kept by whoever asks the phones again and again (the station's IosDiscovery, or one
connector), never by the whole process. pymobiledevice3 is imported when a chain is made.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

KEEP = 16  # phones waiting at one desk at the same time, with room to spare


@dataclass(frozen=True, slots=True)
class PairingChain:
    """PEM blocks for a pair record: the host's certificate and key, the device's certificate
    (signed by the root), and the root certificate and key."""

    host_certificate: bytes
    host_private_key: bytes
    device_certificate: bytes
    root_certificate: bytes
    root_private_key: bytes


class PairingChains:
    """The chains of the most recent `keep` phones, by device public key. Thread-safe."""

    def __init__(self, keep: int = KEEP) -> None:
        self._keep = max(1, keep)
        self._chains: OrderedDict[bytes, PairingChain] = OrderedDict()
        self._lock = threading.Lock()

    def chain_for(self, device_public_key: bytes) -> PairingChain:
        """The chain for this device public key (PEM): made on the first request, then reused."""
        with self._lock:
            chain = self._chains.get(device_public_key)
            if chain is not None:
                self._chains.move_to_end(device_public_key)
                return chain
        from pymobiledevice3 import ca

        # Outside the lock: key generation takes tens of milliseconds and other phones may be pairing.
        host_cert, host_key, device_cert, root_cert, root_key = ca.generate_pairing_cert_chain(device_public_key)
        made = PairingChain(host_cert, host_key, device_cert, root_cert, root_key)
        with self._lock:
            chain = self._chains.setdefault(device_public_key, made)  # a concurrent first request wins
            self._chains.move_to_end(device_public_key)
            while len(self._chains) > self._keep:
                self._chains.popitem(last=False)
        return chain
