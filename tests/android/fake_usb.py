"""A fake `usb1` context for adb-shell's UsbTransport: one device exposing the ADB interface
(class 0xff, subclass 0x42, protocol 0x01) whose bulk transfers go to a simulated phone over TCP."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

import usb1
from usb1 import libusb1

ADB_INTERFACE = (0xFF, 0x42, 0x01)
ENDPOINT_IN, ENDPOINT_OUT = 0x81, 0x01


class _Endpoint:
    def __init__(self, address: int) -> None:
        self._address = address

    def getAddress(self) -> int:
        return self._address


class _Setting:
    def getClass(self) -> int:
        return ADB_INTERFACE[0]

    def getSubClass(self) -> int:
        return ADB_INTERFACE[1]

    def getProtocol(self) -> int:
        return ADB_INTERFACE[2]

    def getNumber(self) -> int:
        return 0

    def iterEndpoints(self) -> list[_Endpoint]:
        return [_Endpoint(ENDPOINT_IN), _Endpoint(ENDPOINT_OUT)]


class _Handle:
    """An opened device: bulk OUT is sent to the phone, bulk IN read from it (timeouts as libusb's)."""

    def __init__(self, address: str) -> None:
        host, _, port = address.rpartition(":")
        self._sock = socket.create_connection((host, int(port)))

    def kernelDriverActive(self, _interface: int) -> bool:
        return False

    def detachKernelDriver(self, _interface: int) -> None:
        pass

    def claimInterface(self, _interface: int) -> None:
        pass

    def releaseInterface(self, _interface: int) -> None:
        pass

    def close(self) -> None:
        self._sock.close()

    def bulkWrite(self, endpoint: int, data: bytes, timeout: int = 0) -> int:
        assert endpoint == ENDPOINT_OUT
        self._sock.sendall(bytes(data))
        return len(data)

    def bulkRead(self, endpoint: int, length: int, timeout: int = 0) -> bytes:
        assert endpoint == ENDPOINT_IN
        self._sock.settimeout(timeout / 1000 if timeout else None)
        try:
            data = self._sock.recv(length)
        except TimeoutError as error:
            raise usb1.USBErrorTimeout(libusb1.LIBUSB_ERROR_TIMEOUT) from error
        if not data:
            raise usb1.USBErrorNoDevice(libusb1.LIBUSB_ERROR_NO_DEVICE)
        return data


@dataclass
class FakeUsbDevice:
    address: str  # the simulated phone's TCP address
    serial: str = "FAKEUSB0001"
    open_error: int | None = None  # e.g. libusb1.LIBUSB_ERROR_BUSY: open() fails with it
    serial_error: int | None = None  # reading the serial number fails with it
    handles: list[_Handle] = field(default_factory=list)

    def iterSettings(self) -> list[_Setting]:
        return [_Setting()]

    def getBusNumber(self) -> int:
        return 1

    def getPortNumberList(self) -> list[int]:
        return [4]

    def getSerialNumber(self) -> str:
        if self.serial_error is not None:
            raise _usb_error(self.serial_error)
        return self.serial

    def open(self) -> _Handle:
        if self.open_error is not None:
            raise _usb_error(self.open_error)
        handle = _Handle(self.address)
        self.handles.append(handle)
        return handle


def _usb_error(code: int) -> usb1.USBError:
    kind = usb1.STATUS_TO_EXCEPTION_DICT.get(code, usb1.USBError)
    return kind(code)


class FakeUsbContext:
    """What UsbTransport.USB1_CTX is asked: the devices on the bus."""

    def __init__(self, devices: list[FakeUsbDevice]) -> None:
        self.devices = devices

    def getDeviceIterator(self, skip_on_error: bool = False) -> list[FakeUsbDevice]:
        return list(self.devices)
