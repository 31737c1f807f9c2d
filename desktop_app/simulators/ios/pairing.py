"""Keys and pair records of simulated iPhones (what a real pairing leaves on both sides)."""

from __future__ import annotations

import datetime
import functools
import uuid

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

SYSTEM_BUID = "7A3C1E52-9B4D-4F6A-8E21-3D5C7B9A1F04"


@functools.cache
def _key(role: str) -> rsa.RSAPrivateKey:
    # One key per role and process: generating RSA keys is slow and the simulator never checks them.
    del role
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def device_public_key_pem() -> bytes:
    """The device's public key as lockdownd reports it (PKCS#1 "RSA PUBLIC KEY" PEM)."""
    return (
        _key("device").public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.PKCS1)
    )


def device_private_key() -> rsa.RSAPrivateKey:
    return _key("device")


def _pem_private(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )


def _certificate(subject_key: rsa.RSAPrivateKey, issuer_key: rsa.RSAPrivateKey, common_name: str) -> bytes:
    now = datetime.datetime.now(datetime.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(subject_key.public_key())
        .serial_number(1)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .sign(issuer_key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


@functools.cache
def _certificates() -> tuple[bytes, bytes, bytes]:
    root, host, device = _key("root"), _key("host"), _key("device")
    return (
        _certificate(root, root, "Root"),
        _certificate(host, root, "Host"),
        _certificate(device, root, "Device"),
    )


def make_pair_record(host_id: str | None = None) -> dict[str, object]:
    """A complete host-side pair record, as usbmuxd keeps it after a successful pairing."""
    root_cert, host_cert, device_cert = _certificates()
    return {
        "DeviceCertificate": device_cert,
        "HostCertificate": host_cert,
        "RootCertificate": root_cert,
        "HostPrivateKey": _pem_private(_key("host")),
        "RootPrivateKey": _pem_private(_key("root")),
        "HostID": host_id or str(uuid.uuid4()).upper(),
        "SystemBUID": SYSTEM_BUID,
        "WiFiMACAddress": "a4:c3:f0:00:00:01",
    }


def device_certificate_pem() -> bytes:
    return _certificates()[2]
