"""adb-shell transports and the translation of adb-shell / socket / libusb failures into core errors."""

from __future__ import annotations

import socket
from typing import Any

from adb_shell import exceptions as adb_errors
from adb_shell.transport.tcp_transport import TcpTransport

from desktop_app.core.errors import (
    DeviceBusyError,
    DeviceDisconnectedError,
    DeviceError,
    DeviceNotFoundError,
    DevicePermissionError,
    DeviceProtocolError,
    DeviceSlowError,
    DeviceTimeoutError,
    DeviceUnauthorizedError,
)
from desktop_app.devices.android.streams import PhoneSilentError, PhoneSlowError


class LinkClosedError(ConnectionAbortedError):
    """The phone's end of the link closed (cable pulled, phone rebooted, adbd restarted)."""


class ResponsiveTcpTransport(TcpTransport):  # type: ignore[misc]
    """adb-shell's TCP transport, made to notice a closed link and to send small packets at once.

    adb-shell writes a packet's header and payload separately; without TCP_NODELAY, Nagle's
    algorithm and the peer's delayed ACK add ~40 ms to every command. And a closed socket makes
    recv() return b"" forever, which adb-shell would spin on until its read timeout: raising at once
    turns a cable pull into DeviceDisconnectedError instead of a long wait.
    """

    def connect(self, transport_timeout_s: float | None) -> None:
        super().connect(transport_timeout_s)
        self._connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def bulk_read(self, numbytes: int, transport_timeout_s: float | None) -> bytes:
        if self._connection is None:
            raise LinkClosedError("the connection to the phone is closed")
        data: bytes = super().bulk_read(numbytes, transport_timeout_s)
        if not data:
            raise LinkClosedError(f"{self._host}:{self._port} closed the connection")
        return data


def _usb_error_name(error: BaseException) -> str:
    """usb1 error class names (USBErrorBusy, USBErrorAccess, ...), also when wrapped by adb-shell."""
    names = [type(error).__name__]
    for arg in getattr(error, "args", ()):
        if isinstance(arg, BaseException):
            names.append(type(arg).__name__)
    cause = error.__cause__ or error.__context__
    if cause is not None:
        names.append(type(cause).__name__)
    return " ".join(names)


def translate(error: BaseException, *, where: str, prompt_shown: bool = False) -> DeviceError:
    """The core error a person can act on, for a failure talking to the phone at `where`."""
    if isinstance(error, DeviceError):
        return error
    names = _usb_error_name(error)
    text = str(error) or type(error).__name__
    if "USBErrorBusy" in names:
        return DeviceBusyError(
            f"{where}: the phone's USB interface is held by another program",
            hint=(
                "Another adb server (Android Studio, scrcpy or `adb`) holds the phone. Stop it with "
                "`adb kill-server` or close that program, then check again."
            ),
        )
    if "USBErrorAccess" in names:
        return DevicePermissionError(f"{where}: permission denied opening the USB device ({text})")
    if "USBErrorNoDevice" in names:
        return DeviceDisconnectedError(f"{where}: the phone was unplugged")
    if isinstance(error, adb_errors.DeviceAuthError):
        return DeviceUnauthorizedError(f"{where}: the phone asks for USB debugging authorisation")
    if isinstance(error, adb_errors.UsbDeviceNotFoundError):
        return DeviceNotFoundError(f"no Android phone found ({where})")
    if isinstance(error, ConnectionRefusedError):
        return DeviceNotFoundError(
            f"nothing answers at {where}",
            hint="Check the address, that the phone is on the same network and that `adb tcpip` is on.",
        )
    if isinstance(error, LinkClosedError | ConnectionResetError | BrokenPipeError | ConnectionAbortedError):
        return DeviceDisconnectedError(f"{where}: the connection to the phone was lost ({text})")
    if isinstance(error, PhoneSlowError):
        return DeviceSlowError(f"{where}: {error}")
    if isinstance(error, PhoneSilentError):
        return DeviceTimeoutError(f"{where}: {error}")
    if isinstance(error, adb_errors.TcpTimeoutException | socket.timeout | TimeoutError):
        if prompt_shown:
            return DeviceUnauthorizedError(f"{where}: USB debugging was not allowed on the phone")
        return DeviceTimeoutError(f"{where}: the phone did not answer in time ({text})")
    if isinstance(
        error, adb_errors.AdbTimeoutError | adb_errors.UsbReadFailedError | adb_errors.UsbWriteFailedError
    ):
        if prompt_shown:
            return DeviceUnauthorizedError(f"{where}: USB debugging was not allowed on the phone")
        return DeviceTimeoutError(f"{where}: the phone stopped answering ({text})")
    if isinstance(
        error,
        adb_errors.InvalidChecksumError
        | adb_errors.InvalidCommandError
        | adb_errors.InvalidResponseError
        | adb_errors.AdbCommandFailureException,
    ):
        return DeviceProtocolError(f"{where}: unexpected answer from the phone ({text})")
    if isinstance(error, adb_errors.AdbConnectionError):
        return DeviceDisconnectedError(f"{where}: not connected to the phone ({text})")
    if isinstance(error, OSError):
        return DeviceDisconnectedError(f"{where}: {text}")
    return DeviceProtocolError(f"{where}: {type(error).__name__}: {text}")


ADB_FAILURES: tuple[type[BaseException], ...] = (
    OSError,
    adb_errors.AdbCommandFailureException,
    adb_errors.AdbConnectionError,
    adb_errors.AdbTimeoutError,
    adb_errors.DeviceAuthError,
    adb_errors.InvalidChecksumError,
    adb_errors.InvalidCommandError,
    adb_errors.InvalidResponseError,
    adb_errors.InvalidTransportError,
    adb_errors.TcpTimeoutException,
    adb_errors.UsbDeviceNotFoundError,
    adb_errors.UsbReadFailedError,
    adb_errors.UsbWriteFailedError,
)


def usb_failures() -> tuple[type[BaseException], ...]:
    """libusb errors, when python-libusb1 is importable (it needs the system libusb)."""
    try:
        import usb1
    except (ImportError, OSError):
        return ()
    base: Any = getattr(usb1, "USBError", None)
    return (base,) if isinstance(base, type) else ()
