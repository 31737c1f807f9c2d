"""Policy signatures and compliance receipts: good, tampered, unknown key."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.errors import PolicySignatureError
from desktop_app.core.models import AuditReport, Device, Platform, PolicyRef, Verdict
from desktop_app.core.policy import load_policy
from desktop_app.core.receipts import ReceiptError, receipt_body, sign_receipt, verify_receipt
from desktop_app.core.signing import TrustedKey, generate_private_key, sign_detached
from tests.conftest import DEFAULT_POLICY


@pytest.fixture
def signed_policy(tmp_path: Path) -> tuple[Path, TrustedKey]:
    key = generate_private_key()
    path = tmp_path / "policy.yaml"
    path.write_bytes(DEFAULT_POLICY.read_bytes())
    Path(str(path) + ".sig").write_bytes(sign_detached(key, path.read_bytes()))
    return path, TrustedKey(key.public_key(), "IT Security")


def test_good_signature_names_the_signer(signed_policy: tuple[Path, TrustedKey]) -> None:
    path, trusted = signed_policy
    policy = load_policy(path, [trusted], require_signature=True)
    assert policy.ref.signed
    assert policy.ref.signer.startswith("IT Security (ed25519:")


def test_one_changed_byte_is_detected(signed_policy: tuple[Path, TrustedKey]) -> None:
    path, trusted = signed_policy
    path.write_bytes(path.read_bytes().replace(b"retention_days: 90", b"retention_days: 91"))
    policy = load_policy(path, [trusted])
    assert not policy.signature.signed
    assert "changed after" in policy.signature.problem
    with pytest.raises(PolicySignatureError, match="changed after"):
        load_policy(path, [trusted], require_signature=True)


def test_signature_by_untrusted_key_is_refused(signed_policy: tuple[Path, TrustedKey]) -> None:
    path, _ = signed_policy
    stranger = TrustedKey(generate_private_key().public_key(), "someone else")
    with pytest.raises(PolicySignatureError, match="not a trusted key"):
        load_policy(path, [stranger], require_signature=True)


def test_unsigned_policy_refused_when_signature_required(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(DEFAULT_POLICY.read_bytes())
    with pytest.raises(PolicySignatureError, match="no signature file"):
        load_policy(path, [], require_signature=True)


def test_garbage_signature_file(signed_policy: tuple[Path, TrustedKey]) -> None:
    path, trusted = signed_policy
    Path(str(path) + ".sig").write_text("not json")
    assert "not an App Audit signature" in load_policy(path, [trusted]).signature.problem


def _report() -> AuditReport:
    return AuditReport(
        device=Device(Platform.ANDROID, "R5CT1", "Pixel 8", "14"),
        policy=PolicyRef("acme", "1", "00" * 32, True),
        verdict=Verdict.COMPLIANT,
        findings=(),
        apps_scanned=3,
        evaluated_at=datetime(2026, 11, 30, tzinfo=UTC),
    )


def test_receipt_round_trip_and_tamper() -> None:
    key = generate_private_key()
    document = json.dumps(sign_receipt(receipt_body(_report(), 7), key)).encode()
    assert verify_receipt(document, key.public_key()).body["audit_id"] == 7
    tampered = document.replace(b'"audit_id": 7', b'"audit_id": 8')
    with pytest.raises(ReceiptError, match="changed"):
        verify_receipt(tampered, key.public_key())
    with pytest.raises(ReceiptError, match="changed"):
        verify_receipt(document, generate_private_key().public_key())
    with pytest.raises(ReceiptError, match="not an App Audit receipt"):
        verify_receipt(b"{}", key.public_key())


def test_no_receipt_for_a_noncompliant_report() -> None:
    report = _report()
    noncompliant = AuditReport(
        **{**{f: getattr(report, f) for f in report.__dataclass_fields__}, "verdict": Verdict.NONCOMPLIANT}
    )
    with pytest.raises(ValueError, match="compliant audits only"):
        receipt_body(noncompliant, 1)


def test_bundled_policy_is_signed_by_the_bundled_sample_key() -> None:
    from desktop_app.core.signing import load_public_key
    from desktop_app.resources import sample_issuer_key_path

    sample = TrustedKey(load_public_key(sample_issuer_key_path().read_bytes()), "sample issuer")
    assert load_policy(DEFAULT_POLICY, [sample], require_signature=True).ref.signed
