"""`app-audit policy import-stix`: a STIX 2.1 bundle the test writes becomes a policy draft that loads and matches."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import stix2

from desktop_app.cli import run
from desktop_app.core.checker import evaluate
from desktop_app.core.models import FindingState
from desktop_app.core.policy import load_policy
from tests.core.builders import IPHONE, PIXEL, android_app, inventory, ios_app

SPY_CERT = "c0" * 32
SPY_CERT_COLONS = ":".join(["C1"] * 32)
NOW = datetime(2027, 1, 1, tzinfo=UTC)


def _indicator(name: str, pattern: str, pattern_type: str = "stix") -> stix2.Indicator:
    return stix2.Indicator(
        name=name, pattern=pattern, pattern_type=pattern_type, valid_from="2026-01-01T00:00:00Z"
    )


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    malware = stix2.Malware(name="Predatory Spyware", is_family=True)
    indicators = [
        _indicator("Predatory Spyware", "[app:id = 'com.spy.agent']"),
        _indicator("Predatory Spyware", "[app:id = 'com.spy.helper' OR app:id = 'com.spy.agent']"),
        _indicator("Predatory Spyware", f"[app:cert.sha256 = '{SPY_CERT}']"),
        _indicator("Predatory Spyware", f"[app:cert.sha256 = '{SPY_CERT_COLONS}']"),
        _indicator("Predatory Spyware", "[app:cert.sha1 = '" + "ab" * 20 + "']"),
        _indicator("Predatory Spyware", "[domain-name:value = 'c2.spy.example']"),
        _indicator("Stalkerware Kit", "[app:id = 'net.stalk.kit'] AND [domain-name:value = 'x.example']"),
        _indicator("Stalkerware Kit", "[app:id = 'net.stalk.kit2']"),
        _indicator("Stalkerware Kit", "[app:id = 'bad id with spaces']"),
        _indicator("Other", "title: sigma rule", pattern_type="sigma"),
    ]
    relations = [stix2.Relationship(i, "indicates", malware) for i in indicators]
    path = tmp_path / "feed.stix2"
    path.write_text(stix2.Bundle(malware, *indicators, *relations).serialize(), encoding="utf-8")
    return path


def test_a_stix_bundle_becomes_a_policy_that_catches_its_apps(
    capsys: pytest.CaptureFixture[str], bundle: Path, tmp_path: Path
) -> None:
    target = tmp_path / "draft.yaml"
    code = run(["policy", "import-stix", str(bundle), "--out", str(target), "--action", "review", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (report["indicators"], report["rules"], report["app_ids"], report["signers"]) == (10, 2, 3, 2)
    assert report["skipped_by_reason"] == {
        "app:cert.sha1 (App Audit matches SHA-256 certificate digests only)": 1,
        "domain-name:value": 1,
        "pattern with AND or FOLLOWEDBY": 1,
        "app:id value 'bad id with spaces' is not valid": 1,
        "pattern type sigma": 1,
    }
    policy = load_policy(target)
    rules = {rule.id: rule for rule in policy.rules}
    spy = rules["predatory-spyware"]
    assert spy.action == "review"
    assert spy.android is not None and spy.ios is not None
    assert spy.android.packages == ["com.spy.agent", "com.spy.helper"]
    assert spy.android.signers == [SPY_CERT, "c1" * 32]
    assert spy.ios.bundles == ["com.spy.agent", "com.spy.helper"]

    android = inventory(
        android_app("com.renamed.flashlight", signers=("c1" * 32,)), android_app("com.ok.app")
    )
    found = evaluate(PIXEL, android, policy, NOW).findings
    assert [(f.app_id, f.rule_id, f.state) for f in found] == [
        ("com.renamed.flashlight", "predatory-spyware", FindingState.REVIEW)
    ]
    found = evaluate(IPHONE, inventory(ios_app("net.stalk.kit2")), policy, NOW).findings
    assert [f.rule_id for f in found] == ["stalkerware-kit"]


def test_the_human_output_lists_what_was_left_out(
    capsys: pytest.CaptureFixture[str], bundle: Path, tmp_path: Path
) -> None:
    target = tmp_path / "draft.yaml"
    assert run(["policy", "import-stix", str(bundle), "--out", str(target)]) == 0
    captured = capsys.readouterr()
    assert "2 rule(s) (remove) with 3 app id(s) and 2 signer digest(s), from 10 indicator(s)" in captured.out
    assert "5 indicator value(s) App Audit cannot check" in captured.err
    assert "1 × app:cert.sha1" in captured.err
    assert load_policy(target).rules[0].action == "remove"
    # A second run does not overwrite the reviewed draft.
    assert run(["policy", "import-stix", str(bundle), "--out", str(target)]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err


def test_a_bundle_with_nothing_to_check_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "domains.stix2"
    path.write_text(
        stix2.Bundle(_indicator("C2", "[domain-name:value = 'c2.example']")).serialize(), encoding="utf-8"
    )
    assert run(["policy", "import-stix", str(path), "--out", str(tmp_path / "d.yaml")]) == 2
    assert "1 × domain-name:value" in capsys.readouterr().err
    assert not (tmp_path / "d.yaml").exists()
    (tmp_path / "junk.stix2").write_text("[" * 10_000, encoding="utf-8")
    assert (
        run(["policy", "import-stix", str(tmp_path / "junk.stix2"), "--out", str(tmp_path / "d.yaml")]) == 2
    )
    assert "not a STIX 2.1 bundle" in capsys.readouterr().err
