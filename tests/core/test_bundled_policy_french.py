"""The bundled sample policy's French is typeset as French: typographic apostrophes and a
non-breaking space before : ; ? ! (its texts reach the person at the kiosk as they are)."""

from __future__ import annotations

import re
from typing import Any

from desktop_app.core.policy import load_policy
from desktop_app.core.signing import TrustedKey, load_public_key
from desktop_app.resources import sample_issuer_key_path
from tests.conftest import DEFAULT_POLICY


def _french_texts(node: Any) -> list[str]:
    """Every `fr:` text anywhere in the policy document (reasons, steps, and any added later)."""
    if isinstance(node, dict):
        found = [node["fr"]] if isinstance(node.get("fr"), str) else []
        return found + [text for value in node.values() for text in _french_texts(value)]
    if isinstance(node, list):
        return [text for value in node for text in _french_texts(value)]
    return []


def test_the_bundled_policys_french_has_no_straight_apostrophe_nor_plain_space_before_punctuation() -> None:
    sample = TrustedKey(load_public_key(sample_issuer_key_path().read_bytes()), "sample issuer")
    policy = load_policy(DEFAULT_POLICY, [sample], require_signature=True)
    assert policy.ref.signed  # the typeset text is the signed one
    texts = _french_texts(policy.document.model_dump())
    assert len(texts) >= 5, texts  # the reasons and the steps of every rule
    straight = [t for t in texts if "'" in t]
    assert not straight, f"straight apostrophes in French: {straight}"
    spaced = [t for t in texts if re.search(r"[ \t][:;?!]", t)]
    assert not spaced, f"an ordinary space before : ; ? ! in French (use U+00A0 or U+202F): {spaced}"
    assert any("\u2019" in t for t in texts)  # the apostrophes are there, typographic
