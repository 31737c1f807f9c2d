"""The APK signer reader on hostile and unusual files: bounded, and never anything but ApkFormatError."""

from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.devices.android.apk_signers import (
    FIRST_TAIL,
    TAIL_READ,
    ApkFormatError,
    ByteRange,
    read_apk_signers,
)
from desktop_app.simulators.android.apk import build_apk, publisher_certificate, publisher_digest
from tests.android.apk_factory import byte_reader

CERT = publisher_certificate("publisher")


@pytest.mark.parametrize("schemes", [(1,), (2,), (3,), (2, 3), (1, 2, 3)])
def test_every_scheme_gives_the_publisher_digest(schemes: tuple[int, ...]) -> None:
    found = read_apk_signers(byte_reader(build_apk("com.example.app", [CERT], schemes=schemes)))
    assert found.digests == (publisher_digest("publisher"),)
    assert found.scheme == max(schemes)


def test_a_small_apk_takes_one_read() -> None:
    log: list[ByteRange] = []
    read_apk_signers(byte_reader(build_apk("com.example.app", [CERT]), log))
    assert log == [ByteRange(-FIRST_TAIL, FIRST_TAIL)]


@pytest.mark.parametrize("repeat", [10, 1500])
def test_a_zip_comment_does_not_hide_the_end_record(repeat: int) -> None:
    data = bytearray(build_apk("com.example.app", [CERT], padding=40_000))
    comment = b"PK\x05\x06 looks like an end record " * repeat
    struct.pack_into("<H", data, len(data) - 2, len(comment))
    log: list[ByteRange] = []
    found = read_apk_signers(byte_reader(bytes(data) + comment, log))
    assert found.digests == (publisher_digest("publisher"),)
    # A comment longer than the first read costs a second, longer read of the end.
    assert log[1:2] == ([ByteRange(-TAIL_READ, TAIL_READ)] if len(comment) > FIRST_TAIL else [])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "no end of central directory"),
        (b"not a zip at all" * 100, "no end of central directory"),
        (build_apk("com.example.app", [CERT], schemes=()), "not signed"),
    ],
)
def test_unreadable_files_say_why(data: bytes, message: str) -> None:
    with pytest.raises(ApkFormatError, match=message):
        read_apk_signers(byte_reader(data))


def test_an_impossible_signing_block_size_is_refused_without_reading_it() -> None:
    data = bytearray(build_apk("com.example.app", [CERT], schemes=(2,)))
    eocd = data.rindex(b"PK\x05\x06")
    cd_offset = struct.unpack_from("<I", data, eocd + 16)[0]
    struct.pack_into("<Q", data, cd_offset - 24, 2**62)
    log: list[ByteRange] = []
    with pytest.raises(ApkFormatError, match="impossible size"):
        read_apk_signers(byte_reader(bytes(data), log))
    assert len(log) == 1


def test_a_file_shorter_than_it_claims_is_reported() -> None:
    data = build_apk("com.example.app", [CERT], schemes=(1,))
    eocd = data.rindex(b"PK\x05\x06")
    shifted = bytearray(data)
    struct.pack_into("<I", shifted, eocd + 16, 10)  # central directory offset moved
    with pytest.raises(ApkFormatError):
        read_apk_signers(byte_reader(bytes(shifted)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    schemes=st.sampled_from([(1,), (2,), (3,), (2, 3)]),
    edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8),
    cut=st.integers(min_value=0, max_value=64),
)
# Found by this property: a damaged v1 block whose content type is not "signed data" (cryptography: unsupported).
@example(schemes=(1,), edits=[(1111947, 8)], cut=0)
def test_damaged_apks_give_a_digest_or_a_format_error(
    schemes: tuple[int, ...], edits: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(build_apk("com.example.app", [CERT], schemes=schemes))
    for position, value in edits:
        data[position % len(data)] = value
    damaged = bytes(data[cut:])
    try:
        found = read_apk_signers(byte_reader(damaged))
    except ApkFormatError:
        return
    assert all(len(d) == 64 for d in found.digests)
