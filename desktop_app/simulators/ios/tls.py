"""Optional TLS for lockdownd sessions: the phone is the TLS server, no verification either way."""

from __future__ import annotations

import functools
import socket
import ssl
import tempfile
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from desktop_app.simulators.ios.pairing import device_certificate_pem, device_private_key


@functools.cache
def _context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.set_ciphers("ALL:!aNULL:!eNULL:@SECLEVEL=0")
    context.verify_mode = ssl.CERT_NONE
    with tempfile.TemporaryDirectory() as folder:
        cert, key = Path(folder) / "device.pem", Path(folder) / "device.key"
        cert.write_bytes(device_certificate_pem())
        key.write_bytes(
            device_private_key().private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.TraditionalOpenSSL,
                serialization.NoEncryption(),
            )
        )
        context.load_cert_chain(cert, key)
    return context


def device_tls_wrapper() -> Callable[[socket.socket], socket.socket]:
    def wrap(sock: socket.socket) -> socket.socket:
        return _context().wrap_socket(sock, server_side=True)

    return wrap
