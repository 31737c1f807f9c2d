"""The quick iTunesMetadata reader gives the installer the full plist parser gives, or defers to it."""

from __future__ import annotations

import plistlib

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.devices.ios.lookup_reader import _installer_of, _metadata_source_app
from desktop_app.devices.ios.parsers import _binary_plist_top_string, _installer

_values = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=127), min_size=0, max_size=300),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.booleans(),
    st.binary(max_size=20),
    st.lists(st.text(max_size=5), max_size=3),
)
_metadata = st.dictionaries(
    st.one_of(st.sampled_from(["sourceApp", "itemName", "kind", "artistName"]), st.text(max_size=20)),
    _values,
    max_size=20,
)


def _full(data: bytes) -> str:
    document = plistlib.loads(data)
    value = document.get("sourceApp") if isinstance(document, dict) else None
    return value if isinstance(value, str) else ""


@settings(max_examples=400, deadline=None)
@given(_metadata)
def test_quick_reader_agrees_with_plistlib(document: dict[str, object]) -> None:
    data = plistlib.dumps(document, fmt=plistlib.FMT_BINARY)
    quick = _binary_plist_top_string(data, "sourceApp")
    assert quick is None or quick == _full(data)
    assert _installer({"iTunesMetadata": data}) == _full(data)


def test_quick_reader_reads_the_app_store_source() -> None:
    data = plistlib.dumps({"itemName": "TikTok", "sourceApp": "com.apple.AppStore"}, fmt=plistlib.FMT_BINARY)
    assert _binary_plist_top_string(data, "sourceApp") == "com.apple.AppStore"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.integers(min_value=0, max_value=199), st.integers(0, 255))
def test_damaged_metadata_never_crashes(noise: bytes, position: int, byte: int) -> None:
    data = bytearray(
        plistlib.dumps({"sourceApp": "com.apple.AppStore", "kind": "software"}, fmt=plistlib.FMT_BINARY)
    )
    data[position % len(data)] = byte
    for blob in (bytes(data), b"bplist00" + noise):
        result = _installer({"iTunesMetadata": blob})
        assert isinstance(result, str)


@settings(max_examples=400, deadline=None)
@given(_metadata)
def test_lookup_reader_metadata_agrees_with_plistlib(document: dict[str, object]) -> None:
    """The Lookup reader's own one-function metadata reader (large dictionaries and long strings
    included) gives the installer plistlib gives, or defers."""
    data = plistlib.dumps(document, fmt=plistlib.FMT_BINARY)
    quick = _metadata_source_app(data)
    assert quick is None or quick == _full(data)
    assert _installer_of(data) == _full(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.integers(min_value=0, max_value=199), st.integers(0, 255))
def test_lookup_reader_metadata_agrees_on_damage(noise: bytes, position: int, byte: int) -> None:
    document = {f"key{i}": "x" * i for i in range(16)} | {"sourceApp": "com.apple.AppStore" * 20}
    data = bytearray(plistlib.dumps(document, fmt=plistlib.FMT_BINARY))
    data[position % len(data)] = byte
    for blob in (bytes(data), b"bplist00" + noise, bytes(data[: position % len(data)])):
        assert _installer_of(blob) == _installer({"iTunesMetadata": blob})
