"""The ElementTree XML plist reader gives what plistlib gives, or defers to it."""

from __future__ import annotations

import asyncio
import plistlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pymobiledevice3.usbmux import PlistMuxConnection

from desktop_app.devices.ios.session import FastPlistMuxConnection
from desktop_app.devices.ios.xml_plist import XmlShapeError, dumps_xml_plist, loads_xml_plist

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)
_scalars = st.one_of(
    _text,
    st.text(alphabet="ab<>&\"' \t\n", max_size=10),
    st.integers(min_value=-(2**63), max_value=2**64 - 1),
    st.booleans(),
    st.floats(allow_nan=False),
    st.binary(max_size=40),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_text, inner, max_size=4)),
    max_leaves=20,
)


def _plistlib(data: bytes) -> Any:
    try:
        return plistlib.loads(data)
    except Exception as exc:  # any failure: the fast reader must not accept that document
        return exc


@settings(max_examples=300, deadline=None)
@given(_values)
def test_reader_agrees_with_plistlib(value: Any) -> None:
    data = plistlib.dumps(value)
    assert loads_xml_plist(data) == plistlib.loads(data)


@settings(max_examples=500, deadline=None)
@given(
    _values,
    st.integers(min_value=0),
    st.sampled_from(
        [
            b"",
            b"<",
            b">",
            b"/",
            b"x",
            b"<key>k</key>",
            b"<dict>",
            b"</dict>",
            b"<array/>",
            b"<string/>",
            b"&amp;",
            b"&foo;",
            b"<!-- c -->",
            b"<date>x</date>",
            b"<integer>0x1F</integer>",
            b"<![CDATA[x]]>",
            b"<?pi x?>",
            b"\x00",
            b"<data>!!</data>",
        ]
    ),
    st.booleans(),
)
def test_edited_documents_are_read_as_plistlib_reads_them_or_deferred(
    value: Any, position: int, insert: bytes, replace: bool
) -> None:
    original = plistlib.dumps({"Request": "GetValue", "Value": value})
    at = position % (len(original) + 1)
    data = original[:at] + insert + original[at + (1 if replace else 0) :]
    expected = _plistlib(data)
    try:
        fast = loads_xml_plist(data)
    except XmlShapeError:
        return
    assert not isinstance(expected, Exception), f"accepted what plistlib rejects: {expected!r}"
    assert fast == expected


def test_the_usual_messages_are_read() -> None:
    """Guards the speed-up: usbmuxd's and lockdownd's messages must not fall back."""
    devices = {
        "DeviceList": [
            {
                "MessageType": "Attached",
                "DeviceID": 3,
                "Properties": {"ConnectionType": "USB", "SerialNumber": "00008130-0000000000000001"},
            }
        ]
    }
    values = {"Request": "GetValue", "Value": {"DevicePublicKey": b"\x01\x02", "ProductVersion": "17.5"}}
    for message in (devices, values):
        assert loads_xml_plist(plistlib.dumps(message)) == message


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"bplist00",
        b' <?xml version="1.0"?><plist><dict/></plist>',
        b"<plist><dict><key>a</key></dict></plist>",
        b"<plist><array><key>a</key></array></plist>",
        b"<plist><dict/><dict/></plist>",
        b"<dict/>",
        b"<plist><date>2024-01-01T00:00:00Z</date></plist>",
        b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY a "b">]><plist><string>&a;</string></plist>',
        b"<plist><string>a<b/></string></plist>",
        b"<plist>" + b"<array>" * 5000 + b"</array>" * 5000 + b"</plist>",
    ],
)
def test_unusual_shapes_are_deferred(data: bytes) -> None:
    with pytest.raises(XmlShapeError):
        loads_xml_plist(data)


_writable = st.recursive(
    st.one_of(
        st.text(max_size=20),
        st.text(alphabet="ab<>&\r\n\t\x01", max_size=10),
        st.integers(min_value=-(2**65), max_value=2**65),
        st.booleans(),
        st.floats(allow_nan=False),
        st.binary(max_size=20),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(st.one_of(st.text(max_size=8), st.integers(0, 3)), inner, max_size=4),
    ),
    max_leaves=20,
)


def _dumped(value: Any) -> bytes | str:
    try:
        return plistlib.dumps(value)
    except Exception as exc:  # the quick writer must fail the same way
        return type(exc).__name__


@settings(max_examples=500, deadline=None)
@given(_writable)
def test_writer_gives_plistlib_bytes(value: Any) -> None:
    try:
        quick: bytes | str = dumps_xml_plist(value)
    except Exception as exc:  # compared with plistlib's failure below
        quick = type(exc).__name__
    assert quick == _dumped(value)


def test_writer_writes_lockdown_requests_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """Guards the speed-up: a usual request must not be handed to plistlib."""
    request = {"Label": "app-audit", "Request": "StartSession", "HostID": "A-B", "Options": [1, True]}
    expected = plistlib.dumps(request)

    def refuse(*_args: object, **_kwargs: object) -> bytes:
        raise AssertionError("handed to plistlib")

    monkeypatch.setattr(plistlib, "dumps", refuse)
    assert dumps_xml_plist(request) == expected


async def _sent_by(
    connection_class: type[PlistMuxConnection], message: dict[str, Any]
) -> list[tuple[int, bytes]]:
    sent: list[tuple[int, bytes]] = []

    class Capturing(connection_class):  # type: ignore[valid-type,misc]
        async def _send_packet(self, kind: int, payload: bytes = b"") -> None:
            sent.append((kind, payload))

    connection = Capturing.__new__(Capturing)  # no socket: only _send is called
    await connection._send(message)
    return sent


def test_usbmuxd_requests_are_the_library_bytes() -> None:
    """FastPlistMuxConnection copies the library's client fields: a library update that changes
    them must show up here."""
    message = {"MessageType": "Connect", "DeviceID": 3, "PortNumber": 32498}
    ours = asyncio.run(_sent_by(FastPlistMuxConnection, message))
    theirs = asyncio.run(_sent_by(PlistMuxConnection, message))
    assert ours == theirs and ours
