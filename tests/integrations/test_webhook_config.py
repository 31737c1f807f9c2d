from __future__ import annotations

import random
from datetime import timedelta

import pytest

from desktop_app.core.errors import DeliveryError
from desktop_app.integrations import WebhookConfig, signature_header, signature_matches
from desktop_app.integrations.backoff import MAX_DELAY, MIN_DELAY, retry_delay


@pytest.mark.parametrize(
    "url",
    [
        "https://mail-gateway.example.com/hooks/app-audit",
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://[::1]:9000/hook",
    ],
)
def test_accepted_urls(url: str) -> None:
    assert WebhookConfig(url=url, secret=b"k").url == url


@pytest.mark.parametrize(
    "url",
    [
        "http://mail-gateway.example.com/hook",  # plain http off this computer
        "http://127.0.0.1.evil.example/hook",
        "ftp://example.com/hook",
        "mail-gateway.example.com/hook",
        "https://user:pw@example.com/hook",
        "",
    ],
)
def test_refused_urls(url: str) -> None:
    with pytest.raises(DeliveryError) as caught:
        WebhookConfig(url=url, secret=b"k")
    assert caught.value.code == "webhook_config"


def test_other_settings_are_checked() -> None:
    with pytest.raises(DeliveryError):
        WebhookConfig(url="https://example.com/", secret=b"")
    with pytest.raises(DeliveryError):
        WebhookConfig(url="https://example.com/", secret=b"k", timeout_s=0)
    with pytest.raises(DeliveryError):
        WebhookConfig(url="https://example.com/", secret=b"k", max_attempts=0)


def test_signature_is_hmac_sha256_hex_of_the_body() -> None:
    # RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    header = signature_header(b"Jefe", b"what do ya want for nothing?")
    assert header == "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    assert signature_matches(b"Jefe", b"what do ya want for nothing?", header)
    assert not signature_matches(b"Jefe", b"what do ya want for nothing!", header)


def test_retry_delay_bounds_and_jitter() -> None:
    rng = random.Random(0)
    first = [retry_delay(1, rng) for _ in range(50)]
    assert all(MIN_DELAY <= d <= MIN_DELAY for d in first)  # 30 s x [0.5, 1] is raised to the 30 s floor
    fifth = [retry_delay(5, rng) for _ in range(50)]
    assert all(timedelta(seconds=240) <= d <= timedelta(seconds=480) for d in fifth)
    assert len(set(fifth)) > 1  # jittered
    assert retry_delay(40, rng) <= MAX_DELAY
    assert retry_delay(1, rng, retry_after=timedelta(hours=5)) == MAX_DELAY
