"""When to try a failed delivery again: exponential back-off with jitter, capped."""

from __future__ import annotations

import random
from datetime import timedelta

MIN_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=1)


def retry_delay(failed_attempts: int, rng: random.Random, retry_after: timedelta | None = None) -> timedelta:
    """Delay after the n-th failed attempt (n >= 1).

    30 s, 60 s, 120 s ... up to 1 h, each scaled by a random factor in [0.5, 1] so that
    many kiosks coming back online do not all retry in the same second. A receiver's
    Retry-After is honoured when it asks for longer, still within the cap.
    """
    exponent = min(max(failed_attempts, 1) - 1, 20)
    nominal = MIN_DELAY * (2**exponent)
    delay = nominal * rng.uniform(0.5, 1.0)
    if retry_after is not None:
        delay = max(delay, retry_after)
    bounded: timedelta = min(max(delay, MIN_DELAY), MAX_DELAY)
    return bounded
