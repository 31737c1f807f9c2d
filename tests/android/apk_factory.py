"""Small APKs signed by Debian's real `apksigner`, and what `apksigner verify --print-certs` says of them."""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID

from desktop_app.devices.android.apk_signers import ByteRange

APKSIGNER = shutil.which("apksigner")
STORE_PASSWORD = "test-store"
MIN_SDK = "24"


def require_apksigner() -> str:
    if APKSIGNER is None:
        if os.environ.get("CI"):
            raise RuntimeError("fidelity tests need Debian's `apksigner` in CI: build_scripts/bootstrap.sh")
        pytest.skip("Debian's apksigner is not installed")
    return APKSIGNER


@dataclass(frozen=True)
class Key:
    store: Path  # PKCS#12 key store apksigner reads
    name: str


def make_key(folder: Path, name: str) -> Key:
    """A fresh EC P-256 key and self-signed certificate, as a publisher's key store."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    store = folder / f"{name}.p12"
    store.write_bytes(
        pkcs12.serialize_key_and_certificates(
            name.encode(), key, certificate, None, BestAvailableEncryption(STORE_PASSWORD.encode())
        )
    )
    return Key(store, name)


def unsigned_apk(path: Path, entries: int = 3, padding: int = 0) -> Path:
    """A placeholder APK; `padding` bytes of incompressible data make it as large as a real one."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if padding:
            archive.writestr("assets/blob.bin", os.urandom(padding), zipfile.ZIP_STORED)
        archive.writestr("AndroidManifest.xml", b"\x03\x00\x08\x00placeholder manifest")
        archive.writestr("classes.dex", b"dex\n035\x00" + bytes(range(256)) * 8)
        for index in range(entries):
            archive.writestr(f"res/raw/item{index}.txt", f"resource {index}\n" * 20)
    return path


def _key_options(key: Key) -> list[str]:
    return ["--ks", str(key.store), "--ks-type", "PKCS12", "--ks-pass", f"pass:{STORE_PASSWORD}"]


def sign(
    source: Path,
    out: Path,
    keys: list[Key],
    *,
    v1: bool = True,
    v2: bool = True,
    v3: bool = True,
    lineage: Path | None = None,
) -> Path:
    command = [require_apksigner(), "sign", "--min-sdk-version", MIN_SDK if (v2 or v3) else "18"]
    for index, key in enumerate(keys):
        if index:
            command.append("--next-signer")
        command += _key_options(key)
    command += [
        f"--v1-signing-enabled={str(v1).lower()}",
        f"--v2-signing-enabled={str(v2).lower()}",
        f"--v3-signing-enabled={str(v3).lower()}",
    ]
    if lineage is not None:
        command += ["--lineage", str(lineage)]
    subprocess.run([*command, "--out", str(out), str(source)], check=True, capture_output=True, timeout=120)
    return out


def rotation_lineage(folder: Path, old: Key, new: Key) -> Path:
    lineage = folder / f"{old.name}-to-{new.name}.lineage"
    command = [require_apksigner(), "rotate", "--out", str(lineage), "--old-signer", *_key_options(old)]
    command += ["--new-signer", *_key_options(new)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return lineage


def printed_digests(apk: Path, *, v1_only: bool = False) -> list[str]:
    """The signer SHA-256 digests `apksigner verify --print-certs` prints, in its order."""
    min_sdk = "18" if v1_only else MIN_SDK  # below 24 apksigner insists on a v1 signature
    result = subprocess.run(
        [require_apksigner(), "verify", "--min-sdk-version", min_sdk, "--print-certs", str(apk)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return re.findall(r"^Signer #\d+ certificate SHA-256 digest: ([0-9a-f]{64})$", result.stdout, re.M)


def byte_reader(data: bytes, log: list[ByteRange] | None = None) -> Callable[[ByteRange], bytes]:
    """Serves byte ranges of `data` as a phone would, each range logged; a range is never unbounded."""

    def fetch(wanted: ByteRange) -> bytes:
        assert 0 < wanted.length <= 16 * 1024 * 1024
        if log is not None:
            log.append(wanted)
        if wanted.start < 0:
            return data[max(0, len(data) + wanted.start) :]
        return data[wanted.start : wanted.start + wanted.length]

    return fetch
