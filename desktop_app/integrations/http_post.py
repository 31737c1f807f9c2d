"""One HTTP POST with a timeout and no redirects (a redirected POST could silently become a GET)."""

from __future__ import annotations

import http.client
import ssl
from dataclasses import dataclass
from urllib.parse import SplitResult

MAX_ERROR_TEXT = 300


@dataclass(frozen=True, slots=True)
class HttpReply:
    status: int
    retry_after: str
    text: str  # the start of the body, for the error message


def post(
    url: SplitResult,
    body: bytes,
    headers: dict[str, str],
    timeout_s: float,
    ssl_context: ssl.SSLContext | None,
) -> HttpReply:
    """Raise OSError or http.client.HTTPException when no reply arrives."""
    connection: http.client.HTTPConnection
    if url.scheme == "https":
        connection = http.client.HTTPSConnection(
            url.hostname or "", url.port, timeout=timeout_s, context=ssl_context
        )
    else:
        connection = http.client.HTTPConnection(url.hostname or "", url.port, timeout=timeout_s)
    target = url.path or "/"
    if url.query:
        target += "?" + url.query
    try:
        connection.request("POST", target, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read(MAX_ERROR_TEXT).decode("utf-8", "replace")
        return HttpReply(response.status, response.getheader("Retry-After", "") or "", text)
    finally:
        connection.close()
