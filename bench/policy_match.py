"""Policy matching speed: 1,000 installed apps against 100,000 rules.

Prints the indexed evaluation time and its ratio against the naive loop over every
rule (the baseline), both measured in this run on the same data.
Targets (issue 2): indexed evaluation under 20 ms and at least 100x faster than the naive loop.

    .venv/bin/python bench/policy_match.py
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.checker import evaluate, index_for
from desktop_app.core.matching import NaiveMatcher
from desktop_app.core.models import Device, InstalledApp, Inventory, Platform, ProfileRead
from desktop_app.core.policy import LoadedPolicy
from desktop_app.core.policy_schema import PolicyDocument

RULES = 100_000
APPS = 1_000
GLOB_SHARE = 0.02  # 2% of rules use a glob, as publisher-wide bans do ("com.vendor.*")
NAIVE_SAMPLE = 20  # the naive loop is slow: time it on a sample of apps and scale up


def build_policy(rng: random.Random) -> LoadedPolicy:
    rules = []
    for i in range(RULES):
        vendor = f"com.vendor{i % 5000}"
        package = f"{vendor}.app{i}" if rng.random() > GLOB_SHARE else f"{vendor}.suite{i}.*"
        rules.append(
            {
                "id": f"rule-{i}",
                "title": f"Rule {i}",
                "action": "remove" if i % 10 else "review",
                "android": {"packages": [package]},
                "ios": {"bundles": [f"com.ios{i % 7000}.app{i}"]},
                "name_patterns": [f"Banned{i}*"] if i % 1000 == 0 else [],
            }
        )
    document = PolicyDocument.model_validate(
        {
            "schema": "app-audit/policy@1",
            "id": "bench",
            "version": "1",
            "title": "bench",
            "issued_at": "2026-11-28T09:00:00Z",
            "rules": rules,
        }
    )
    return LoadedPolicy(document=document, sha256="bench", source="bench")


def build_inventory(rng: random.Random) -> Inventory:
    apps = []
    for i in range(APPS):
        if i % 50 == 0:
            app_id = f"com.vendor{i % 5000}.app{i}"  # a banned one now and then
        else:
            app_id = f"org.example{rng.randrange(10**6)}.app"
        apps.append(InstalledApp(app_id, Platform.ANDROID, label=f"App {i}", user=0 if i % 3 else 10))
    return Inventory(apps=tuple(apps), profiles=(ProfileRead(0), ProfileRead(10)))


def main() -> None:
    rng = random.Random(1234)
    started = time.perf_counter()
    policy = build_policy(rng)
    inventory = build_inventory(rng)
    device = Device(Platform.ANDROID, "bench", "Pixel", "14")
    now = datetime(2026, 12, 1, tzinfo=UTC)
    print(f"setup: {RULES:,} rules, {APPS:,} apps in {time.perf_counter() - started:.1f} s")

    index_started = time.perf_counter()
    index_for(policy)
    print(f"index build (once per policy): {(time.perf_counter() - index_started) * 1000:.0f} ms")

    runs = []
    for _ in range(20):
        t0 = time.perf_counter()
        report = evaluate(device, inventory, policy, now)
        runs.append(time.perf_counter() - t0)
    indexed = statistics.median(runs)

    sample = inventory.apps[:NAIVE_SAMPLE]
    naive_matcher = NaiveMatcher(policy.rules)  # patterns compiled once, outside the timing
    t0 = time.perf_counter()
    for app in sample:
        naive_matcher.match(app)
    naive = (time.perf_counter() - t0) / NAIVE_SAMPLE * APPS

    print(
        f"indexed evaluate, {APPS} apps x {RULES:,} rules: {indexed * 1000:.2f} ms (median of 20; "
        f"{len(report.findings)} findings)"
    )
    print(
        f"baseline naive loop over every rule: {naive * 1000:.0f} ms (timed on {NAIVE_SAMPLE} apps, scaled)"
    )
    print(f"ratio naive / indexed: {naive / indexed:.0f}x   (targets: < 20 ms, >= 100x)")


if __name__ == "__main__":
    main()
