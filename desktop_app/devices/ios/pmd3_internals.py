"""Every use of pymobiledevice3's private names, in this one module (pinned to PYMOBILEDEVICE3_VERSION).

Why: LockdownClient.pair makes a new certificate chain on every call, and the window asks a phone
that shows "Trust This Computer?" again every second; a chain that changes while the person decides
is refused (pairing_chain.py). So session.AppAuditLockdownClient.pair builds the record with one
chain per phone and sends it with the library's own Pair request. The contract test
(tests/ios/test_pmd3_internals.py) names each symbol and fails with a clear message on an upgrade.
"""

from __future__ import annotations

from typing import Any

PYMOBILEDEVICE3_VERSION = "11.45.0"
PRIVATE_SYMBOLS: tuple[tuple[str, str], ...] = (("pymobiledevice3.lockdown.LockdownClient", "_request_pair"),)


async def request_pair(client: Any, options: dict[str, Any], timeout: float | None) -> Any:
    """lockdownd's Pair request with these options (the record, host name, protocol version)."""
    return await client._request_pair(options, timeout=timeout)
