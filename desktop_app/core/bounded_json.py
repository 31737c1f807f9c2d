"""JSON from files people hand us (receipts, signatures), parsed only when its nesting is shallow.

json.loads recurses once per level: 100,000 `[` end in RecursionError. The depth is measured first,
in one linear pass, so a hostile file is refused with a plain message instead.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_JSON_NESTING = 32  # a receipt is 3 levels deep, a signature 1

# A string (skipped whole, escapes included) or one bracket; everything else is irrelevant to depth.
_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


class JsonTooDeepError(ValueError):
    pass


def loads_bounded(data: bytes, max_depth: int = MAX_JSON_NESTING) -> Any:
    """json.loads, after refusing nesting deeper than max_depth (JsonTooDeepError, a ValueError)."""
    depth = 0
    for token in _TOKEN.finditer(data):
        first = token.group()[:1]
        if first in (b"[", b"{"):
            depth += 1
            if depth > max_depth:
                raise JsonTooDeepError(f"nested deeper than {max_depth} levels")
        elif first in (b"]", b"}"):
            depth -= 1
    return json.loads(data)
