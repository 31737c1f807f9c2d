"""The signer certificates of an APK, read from a few byte ranges near the end of the file.

The APK Signing Block (schemes v2 and v3) sits just before the ZIP central directory, so the End
of Central Directory record and that one block are enough: a phone never sends the whole APK.
Old APKs signed with v1 (JAR) only are read through the central directory and the PKCS#7 block
in META-INF/. Reported like `apksigner verify --print-certs`: the signers of the highest scheme
present (v3, else v2, else v1), each as the SHA-256 of its DER certificate in lowercase hex.

Written without I/O ("sans-IO"): `signer_reads` is a generator that asks for byte ranges and is
sent their bytes, so a connector can fetch the ranges of many APKs in one round trip. The file is
hostile input: every length read from it is bounded before it is used.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from collections.abc import Callable, Generator
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.hazmat.primitives.serialization.pkcs7 import load_der_pkcs7_certificates

EOCD_MAGIC = b"PK\x05\x06"
CD_ENTRY_MAGIC = b"PK\x01\x02"
LOCAL_MAGIC = b"PK\x03\x04"
SIGNING_BLOCK_MAGIC = b"APK Sig Block 42"
V2_BLOCK_ID = 0x7109871A
V3_BLOCK_ID = 0xF05368C0

_EOCD_SIZE = 22
# The first read: the EOCD (APKs carry no ZIP comment), and for a small APK the whole signing block.
FIRST_TAIL = 16 * 1024
# The EOCD ends the file but may be followed by a comment of up to 65535 bytes: the second try.
TAIL_READ = _EOCD_SIZE + 0xFFFF
# A first guess at the signing block's size when its footer is not in the tail already read.
_BLOCK_GUESS = 16 * 1024
# Bounds on lengths read from the file (real values are far smaller).
MAX_SIGNING_BLOCK = 8 * 1024 * 1024
MAX_CENTRAL_DIRECTORY = 16 * 1024 * 1024
_MAX_CD_ENTRIES = 200_000
_MAX_BLOCK_PAIRS = 1024
_MAX_SIGNERS = 16
_MAX_CERTS = 16
_MAX_V1_SIGNATURE_FILES = 8
_MAX_V1_COMPRESSED = 1024 * 1024
_MAX_V1_INFLATED = 4 * 1024 * 1024
_V1_SIGNATURE = re.compile(r"META-INF/[^/]+\.(RSA|DSA|EC)", re.IGNORECASE)


class ApkFormatError(ValueError):
    """The bytes are not a signed APK this reader can understand (the message says why)."""


@dataclass(frozen=True, slots=True)
class ByteRange:
    """`length` bytes at `start`; a negative start counts from the end of the file (a tail)."""

    start: int
    length: int


@dataclass(frozen=True, slots=True)
class ApkSigners:
    scheme: int  # 3, 2 or 1: the highest signature scheme present
    digests: tuple[str, ...]  # SHA-256 of each signer's DER certificate, lowercase hex


def certificate_digest(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def read_apk_signers(fetch: Callable[[ByteRange], bytes]) -> ApkSigners:
    """The signers of one APK whose bytes `fetch` returns (fewer bytes at the end of the file)."""
    reads = signer_reads()
    try:
        wanted = next(reads)
        while True:
            wanted = reads.send(fetch(wanted))
    except StopIteration as done:
        result: ApkSigners = done.value
        return result


SignerReads = Generator[ByteRange, bytes, ApkSigners]


class _Fetched:
    """The byte ranges already read, by absolute offset, so a range is asked for only once."""

    def __init__(self) -> None:
        self._pieces: list[tuple[int, bytes]] = []

    def add(self, start: int, data: bytes) -> None:
        self._pieces.append((start, data))

    def get(self, start: int, length: int) -> bytes | None:
        for piece_start, data in self._pieces:
            if piece_start <= start and start + length <= piece_start + len(data):
                return data[start - piece_start : start - piece_start + length]
        return None


def _read(fetched: _Fetched, start: int, length: int) -> Generator[ByteRange, bytes, bytes]:
    cached = fetched.get(start, length)
    if cached is not None:
        return cached
    data = yield ByteRange(start, length)
    if len(data) != length:
        raise ApkFormatError(f"the file ended early (wanted {length} bytes at {start}, got {len(data)})")
    fetched.add(start, data)
    return data


def signer_reads() -> SignerReads:
    """Asks for byte ranges (yield) and returns the APK's signers; raises ApkFormatError."""
    tail = yield ByteRange(-FIRST_TAIL, FIRST_TAIL)
    if len(tail) == FIRST_TAIL and not _has_end_record(tail):
        tail = yield ByteRange(-TAIL_READ, TAIL_READ)
    cd_offset, cd_size, entries, tail_start = _end_of_central_directory(tail)
    fetched = _Fetched()
    fetched.add(tail_start, tail)
    block = yield from _signing_block(fetched, cd_offset)
    if block is not None:
        pairs = _id_value_pairs(block)
        for block_id, scheme in ((V3_BLOCK_ID, 3), (V2_BLOCK_ID, 2)):
            if block_id in pairs:
                return ApkSigners(scheme, _scheme_signers(pairs[block_id], v3=scheme == 3))
    return (yield from _v1_signers(fetched, cd_offset, cd_size, entries))


def _has_end_record(tail: bytes) -> bool:
    return _end_record_position(tail) >= 0


def _end_record_position(tail: bytes) -> int:
    """Where the EOCD starts in `tail` (the last bytes of the file), or -1."""
    position = len(tail) - _EOCD_SIZE
    while position >= 0:
        position = tail.rfind(EOCD_MAGIC, 0, position + 4)
        if position < 0:
            break
        comment_length = struct.unpack_from("<H", tail, position + 20)[0]
        if position + _EOCD_SIZE + comment_length == len(tail):
            break
        position -= 1
    return position


def _end_of_central_directory(tail: bytes) -> tuple[int, int, int, int]:
    """(central directory offset, its size, its entry count, absolute offset of `tail`)."""
    position = _end_record_position(tail)
    if position < 0:
        raise ApkFormatError("not a ZIP file (no end of central directory)")
    disk, cd_disk, _, entries, cd_size, cd_offset = struct.unpack_from("<4H2I", tail, position + 4)
    if disk or cd_disk or cd_offset == 0xFFFFFFFF or cd_size == 0xFFFFFFFF:
        raise ApkFormatError("a multi-disk or ZIP64 archive, which no APK is")
    if cd_size > MAX_CENTRAL_DIRECTORY:
        raise ApkFormatError(f"central directory of {cd_size} bytes (more than {MAX_CENTRAL_DIRECTORY})")
    # In an APK the central directory ends where the EOCD starts: that gives absolute offsets.
    tail_start = cd_offset + cd_size - position
    whole_file = len(tail) not in (FIRST_TAIL, TAIL_READ)  # a file shorter than the bytes asked for
    if tail_start < 0 or (whole_file and tail_start != 0):
        raise ApkFormatError("the central directory does not end where its end record starts")
    return cd_offset, cd_size, entries, tail_start


def _signing_block(fetched: _Fetched, cd_offset: int) -> Generator[ByteRange, bytes, bytes | None]:
    """The signing block's pairs area (between its two size fields), or None for a v1-only APK."""
    if cd_offset < 32:
        return None
    footer = fetched.get(cd_offset - 24, 24)
    if footer is None:
        guess = min(_BLOCK_GUESS, cd_offset)
        footer = (yield from _read(fetched, cd_offset - guess, guess))[-24:]
    if footer[8:] != SIGNING_BLOCK_MAGIC:
        return None
    size = struct.unpack_from("<Q", footer)[0]
    if size < 24 or size > MAX_SIGNING_BLOCK or size + 8 > cd_offset:
        raise ApkFormatError(f"APK Signing Block of impossible size {size}")
    start = cd_offset - size - 8
    block = yield from _read(fetched, start, size + 8)
    if struct.unpack_from("<Q", block)[0] != size:
        raise ApkFormatError("the APK Signing Block's two size fields differ")
    return block[8:-24]


def _id_value_pairs(area: bytes) -> dict[int, bytes]:
    pairs: dict[int, bytes] = {}
    offset = 0
    for _ in range(_MAX_BLOCK_PAIRS):
        if offset == len(area):
            return pairs
        if offset + 12 > len(area):
            raise ApkFormatError("a truncated entry in the APK Signing Block")
        length = struct.unpack_from("<Q", area, offset)[0]
        if length < 4 or length > len(area) - offset - 8:
            raise ApkFormatError("an entry of impossible length in the APK Signing Block")
        block_id = struct.unpack_from("<I", area, offset + 8)[0]
        pairs.setdefault(block_id, area[offset + 12 : offset + 8 + length])
        offset += 8 + length
    raise ApkFormatError(f"more than {_MAX_BLOCK_PAIRS} entries in the APK Signing Block")


def _prefixed(data: bytes, offset: int) -> tuple[bytes, int]:
    """One uint32-length-prefixed value at offset, and the offset after it."""
    if offset + 4 > len(data):
        raise ApkFormatError("a truncated length in a signature block")
    length = struct.unpack_from("<I", data, offset)[0]
    end = offset + 4 + length
    if end > len(data):
        raise ApkFormatError("a length past the end of a signature block")
    return data[offset + 4 : end], end


def _sequence(data: bytes, limit: int, what: str) -> list[bytes]:
    items: list[bytes] = []
    offset = 0
    while offset < len(data):
        if len(items) == limit:
            raise ApkFormatError(f"more than {limit} {what}")
        item, offset = _prefixed(data, offset)
        items.append(item)
    return items


def _scheme_signers(value: bytes, *, v3: bool) -> tuple[str, ...]:
    """Each signer's first certificate (its own; the rest is its chain), in the block's order."""
    signers, _ = _prefixed(value, 0)
    digests = []
    for signer in _sequence(signers, _MAX_SIGNERS, "signers"):
        signed_data, _ = _prefixed(signer, 0)
        _digests, offset = _prefixed(signed_data, 0)
        certificates, _ = _prefixed(signed_data, offset)
        chain = _sequence(certificates, _MAX_CERTS, "certificates")
        if not chain:
            raise ApkFormatError(f"a v{3 if v3 else 2} signer without a certificate")
        digests.append(certificate_digest(chain[0]))
    if not digests:
        raise ApkFormatError(f"a v{3 if v3 else 2} signature block without signers")
    return tuple(digests)


# --- v1 (JAR) signatures ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    method: int
    compressed_size: int
    uncompressed_size: int
    local_offset: int


def _central_directory(data: bytes, entries: int) -> list[_Entry]:
    found = []
    offset = 0
    for _ in range(min(entries, _MAX_CD_ENTRIES)):
        if data[offset : offset + 4] != CD_ENTRY_MAGIC or offset + 46 > len(data):
            raise ApkFormatError("a damaged central directory")
        method, _, _, _, compressed, uncompressed, name_len, extra_len, comment_len = struct.unpack_from(
            "<HHHIIIHHH", data, offset + 10
        )
        local_offset = struct.unpack_from("<I", data, offset + 42)[0]
        name = data[offset + 46 : offset + 46 + name_len].decode("utf-8", "replace")
        found.append(_Entry(name, method, compressed, uncompressed, local_offset))
        offset += 46 + name_len + extra_len + comment_len
    return found


def _v1_signers(fetched: _Fetched, cd_offset: int, cd_size: int, entries: int) -> SignerReads:
    directory = yield from _read(fetched, cd_offset, cd_size)
    signature_files = sorted(
        (e for e in _central_directory(directory, entries) if _V1_SIGNATURE.fullmatch(e.name)),
        key=lambda e: e.name,
    )
    if not signature_files:
        raise ApkFormatError("not signed (no APK Signing Block and no META-INF signature)")
    digests: list[str] = []
    for entry in signature_files[:_MAX_V1_SIGNATURE_FILES]:
        data = yield from _entry_data(fetched, entry, cd_offset)
        digests.append(_pkcs7_signer(data, entry.name))
    return ApkSigners(1, tuple(digests))


def _entry_data(fetched: _Fetched, entry: _Entry, cd_offset: int) -> Generator[ByteRange, bytes, bytes]:
    if entry.compressed_size > _MAX_V1_COMPRESSED or entry.uncompressed_size > _MAX_V1_INFLATED:
        raise ApkFormatError(f"{entry.name} is too large for a signature")
    header = yield from _read(fetched, entry.local_offset, 30)
    if header[:4] != LOCAL_MAGIC:
        raise ApkFormatError(f"a damaged local header for {entry.name}")
    name_len, extra_len = struct.unpack_from("<HH", header, 26)
    start = entry.local_offset + 30 + name_len + extra_len
    if start + entry.compressed_size > cd_offset:
        raise ApkFormatError(f"{entry.name} runs into the central directory")
    raw = yield from _read(fetched, start, entry.compressed_size)
    if entry.method == 0:
        return raw
    if entry.method != 8:
        raise ApkFormatError(f"{entry.name} uses an unknown compression method {entry.method}")
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        data = inflater.decompress(raw, _MAX_V1_INFLATED)
    except zlib.error as error:
        raise ApkFormatError(f"{entry.name} does not inflate: {error}") from error
    if inflater.unconsumed_tail:
        raise ApkFormatError(f"{entry.name} inflates to more than {_MAX_V1_INFLATED} bytes")
    return data


def _pkcs7_signer(data: bytes, name: str) -> str:
    """The signer's certificate in a JAR signature block: the one that issued no other (the leaf)."""
    try:
        certificates = load_der_pkcs7_certificates(data)
    except (ValueError, UnsupportedAlgorithm) as error:
        # A damaged block can name a content type other than "signed data": cryptography says unsupported.
        raise ApkFormatError(f"{name} is not a PKCS#7 signature block: {error}") from error
    if not certificates:
        raise ApkFormatError(f"{name} holds no certificate")
    issuers = {c.issuer for c in certificates if c.issuer != c.subject}
    leaves = [c for c in certificates if c.subject not in issuers]
    chosen: x509.Certificate = (leaves or certificates)[0]
    return certificate_digest(chosen.public_bytes(Encoding.DER))
