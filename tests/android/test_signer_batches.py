"""Several APK reads in one shell stream: each read's bytes come back whole and in order."""

from __future__ import annotations

from desktop_app.devices.android.signers import batch_command, split_batch, unbatch


def _shell_output(pieces: list[bytes], nonce: str) -> bytes:
    """What the phone's shell prints for batch_command: each read's bytes, a newline, the marker."""
    return b"".join(piece + f"\n{nonce}-{i}\n".encode() for i, piece in enumerate(pieces))


def test_bytes_that_look_like_markers_do_not_cut_another_read() -> None:
    nonce = "0123456789abcdef0123456789abcdef"
    hostile = b"PK\x05\x06\nffffffffffffffffffffffffffffffff-1\n\x00" * 3  # a guessed marker, wrong nonce
    pieces = [hostile, b"", b"\n\n" + bytes(range(256))]
    assert split_batch(_shell_output(pieces, nonce), 3, nonce) == pieces


def test_reads_whose_marker_never_came_are_empty() -> None:
    nonce = "fedcba98765432100123456789abcdef"
    output = _shell_output([b"first", b"second"], nonce)
    cut = output[: output.index(b"second") + 3]  # the phone stopped mid-way
    assert split_batch(cut, 3, nonce) == [b"first", b"", b""]


def test_a_batch_is_split_back_into_its_reads() -> None:
    nonce = "00112233445566778899aabbccddeeff"
    reads = [
        "tail -c 16384 /data/app/a/base.apk 2>/dev/null",
        "dd if=/data/app/b/base.apk bs=4096 skip=3 count=2 2>/dev/null",
    ]
    command = batch_command(reads, nonce)
    assert unbatch(command, _shell_output([b"A", b"B"], nonce)) == [(reads[0], b"A"), (reads[1], b"B")]
    assert unbatch("pm list users", b"Users:\n") is None
