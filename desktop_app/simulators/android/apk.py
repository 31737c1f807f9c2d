"""APK files for simulated phones: a small ZIP with a v2/v3 APK Signing Block or a v1 JAR signature.

The layout is the real one (signing block just before the central directory, PKCS#7 in META-INF),
so App Audit reads them as it reads a phone's APKs. The signatures themselves are placeholders:
App Audit reads who signed an installed APK, it does not verify the signature (the phone did
that when it installed it). Publishers' certificates are derived from their names with Ed25519,
whose signatures are deterministic: the same name gives the same certificate, hence the same
SHA-256 digest in every run, which policies and tests can name.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import io
import struct
import zipfile
from collections.abc import Sequence

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, pkcs7
from cryptography.x509.oid import NameOID

V2_BLOCK_ID = 0x7109871A
V3_BLOCK_ID = 0xF05368C0
_SIGNING_BLOCK_MAGIC = b"APK Sig Block 42"
_ZIP_DATE = (2024, 1, 1, 0, 0, 0)
_NOT_BEFORE = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
_NOT_AFTER = datetime.datetime(2050, 1, 1, tzinfo=datetime.UTC)
_SHA256_WITH_ECDSA = 0x0201  # a signature algorithm id, as real blocks carry


@functools.lru_cache(maxsize=512)
def publisher_certificate(publisher: str) -> bytes:
    """The DER certificate of a simulated publisher, the same for the same name."""
    seed = hashlib.sha256(b"app-audit simulated publisher\0" + publisher.encode()).digest()
    key = ed25519.Ed25519PrivateKey.from_private_bytes(seed)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, publisher[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "App Audit simulated publisher"),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(int.from_bytes(seed[:8], "big") | 1)
        .not_valid_before(_NOT_BEFORE)
        .not_valid_after(_NOT_AFTER)
        .sign(key, None)
    )
    return certificate.public_bytes(Encoding.DER)


def publisher_digest(publisher: str) -> str:
    """What `apksigner verify --print-certs` would print for an APK the publisher signed."""
    return hashlib.sha256(publisher_certificate(publisher)).hexdigest()


def _prefixed(*parts: bytes) -> bytes:
    body = b"".join(parts)
    return struct.pack("<I", len(body)) + body


def _signer(certificate: bytes, *, v3: bool) -> bytes:
    public_key = (
        x509.load_der_x509_certificate(certificate)
        .public_key()
        .public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    )
    digests = _prefixed(_prefixed(struct.pack("<I", _SHA256_WITH_ECDSA), _prefixed(bytes(32))))
    certificates = _prefixed(_prefixed(certificate))
    sdk_range = struct.pack("<II", 24, 0x7FFFFFFF) if v3 else b""
    signed_data = digests + certificates + sdk_range + _prefixed()
    signatures = _prefixed(_prefixed(struct.pack("<I", _SHA256_WITH_ECDSA), _prefixed(bytes(64))))
    return _prefixed(_prefixed(signed_data) + sdk_range + signatures + _prefixed(public_key))


def _scheme_value(certificates: Sequence[bytes], *, v3: bool) -> bytes:
    return _prefixed(*(_signer(c, v3=v3) for c in certificates))


def signing_block(certificates: Sequence[bytes], schemes: Sequence[int]) -> bytes:
    pairs = b""
    for scheme in schemes:
        block_id, v3 = (V3_BLOCK_ID, True) if scheme == 3 else (V2_BLOCK_ID, False)
        value = _scheme_value(certificates, v3=v3)
        pairs += struct.pack("<QI", len(value) + 4, block_id) + value
    size = len(pairs) + 8 + len(_SIGNING_BLOCK_MAGIC)
    return struct.pack("<Q", size) + pairs + struct.pack("<Q", size) + _SIGNING_BLOCK_MAGIC


def _zip(package: str, certificates: Sequence[bytes], v1: bool, padding: int, entries: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:

        def add(name: str, data: bytes, method: int = zipfile.ZIP_DEFLATED) -> None:
            info = zipfile.ZipInfo(name, _ZIP_DATE)
            info.compress_type = method
            archive.writestr(info, data)

        add("AndroidManifest.xml", f"simulated manifest of {package}\n".encode())
        add("classes.dex", b"dex\n035\x00" + hashlib.sha256(package.encode()).digest() * (1 + padding // 32))
        for index in range(entries):  # a real APK's resources: the central directory grows with them
            add(
                f"res/layout/screen_{index}.xml",
                f"<layout {index} of {package}/>".encode(),
                zipfile.ZIP_STORED,
            )
        if v1:
            add("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\r\nCreated-By: App Audit simulator\r\n\r\n")
            for index, certificate in enumerate(certificates):
                stem = f"META-INF/SIGNER{index}"
                add(f"{stem}.SF", b"Signature-Version: 1.0\r\n\r\n")
                bundle = pkcs7.serialize_certificates(
                    [x509.load_der_x509_certificate(certificate)], Encoding.DER
                )
                add(f"{stem}.RSA", bundle)
    return buffer.getvalue()


def build_apk(
    package: str,
    certificates: Sequence[bytes],
    *,
    schemes: Sequence[int] = (2, 3),
    padding: int = 0,
    entries: int = 0,
) -> bytes:
    """An APK of `package` signed by `certificates` with `schemes` (1, 2, 3 in any combination),
    `padding` bytes of code and `entries` more files (a real APK has hundreds to thousands)."""
    data = _zip(package, certificates, 1 in schemes, padding, entries)
    block_schemes = [s for s in schemes if s in (2, 3)]
    if not block_schemes:
        return data
    eocd = data.rindex(b"PK\x05\x06")
    cd_offset = struct.unpack_from("<I", data, eocd + 16)[0]
    block = signing_block(certificates, block_schemes)
    end_record = bytearray(data[eocd:])
    struct.pack_into("<I", end_record, 16, cd_offset + len(block))
    return data[:cd_offset] + block + data[cd_offset:eocd] + bytes(end_record)
