"""`policy validate|show|keygen|sign|verify|apply|trust`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli import fleet_commands, stix_commands
from desktop_app.cli.console import emit_json, out, say
from desktop_app.cli.context import CliContext
from desktop_app.cli.outcome_steps import pending_retraction_note
from desktop_app.core.bounded_read import read_key_file
from desktop_app.core.display_text import shown
from desktop_app.core.errors import PolicySignatureError, UsageError
from desktop_app.core.policy import (
    SIGNATURE_SUFFIX,
    LoadedPolicy,
    load_policy,
    parse_policy_text,
    read_policy_file,
)
from desktop_app.core.signing import (
    generate_private_key,
    key_id,
    load_private_key,
    private_key_to_pem,
    public_key_to_pem,
    sign_detached,
)
from desktop_app.storage.station_files import write_private_file


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    policy = commands.add_parser("policy", help="validate, show, sign and verify policies")
    verbs = policy.add_subparsers(dest="verb", required=True, metavar="VERB")

    validate = verbs.add_parser(
        "validate", parents=[common], help="check a policy file; errors name file:line"
    )
    validate.add_argument("file", metavar="FILE")
    validate.set_defaults(handler=cmd_validate)

    show = verbs.add_parser("show", parents=[common], help="summary of a policy and its signature status")
    show.add_argument("file", metavar="FILE", nargs="?", help="default: the configured or bundled policy")
    show.set_defaults(handler=cmd_show)

    keygen = verbs.add_parser(
        "keygen", parents=[common], help="create an Ed25519 key pair for signing policies"
    )
    keygen.add_argument("out", metavar="PATH", help="writes PATH (private, mode 0600) and PATH.pub")
    keygen.set_defaults(handler=cmd_keygen)

    sign = verbs.add_parser("sign", parents=[common], help="write FILE.sig, a detached signature")
    sign.add_argument("file", metavar="FILE")
    sign.add_argument("--key", required=True, metavar="PRIVATE", help="private key from `policy keygen`")
    sign.set_defaults(handler=cmd_sign)

    verify = verbs.add_parser("verify", parents=[common], help="check FILE.sig against the trusted keys")
    verify.add_argument("file", metavar="FILE")
    verify.set_defaults(handler=cmd_verify)

    import_stix = verbs.add_parser(
        "import-stix",
        parents=[common],
        help="a policy draft from a STIX 2.1 indicator bundle (app ids, certificate SHA-256)",
    )
    import_stix.add_argument("file", metavar="FILE", help="a STIX 2.1 bundle, e.g. an MVT .stix2 file")
    import_stix.add_argument("--out", required=True, metavar="POLICY", help="the draft to write (YAML)")
    import_stix.add_argument(
        "--action",
        choices=["remove", "review"],
        default="remove",
        help="what every rule asks (default remove)",
    )
    import_stix.set_defaults(handler=stix_commands.cmd_import_stix)

    publish = verbs.add_parser(
        "publish", parents=[common], help="store a signed policy in the fleet database for every station"
    )
    publish.add_argument("file", metavar="FILE", help="the policy; FILE.sig must sit beside it")
    publish.add_argument(
        "--dsn", help="connection string (default: fleet.dsn in the config); no password in it"
    )
    publish.add_argument(
        "--password-file", metavar="FILE", help="file holding the password (else PGPASSFILE)"
    )
    publish.set_defaults(handler=fleet_commands.cmd_publish)

    apply = verbs.add_parser(
        "apply",
        parents=[common],
        help="load a policy version on this station; a withdrawal restores the devices it had blocked",
        description="Accept a signed policy version (an older version than one accepted exits 2). A "
        "retraction, or a new version that drops rules, re-evaluates every device that only the withdrawn "
        "rules blocked, from its stored findings, and queues one restore message per device.",
    )
    apply.add_argument("file", metavar="FILE")
    apply.set_defaults(handler=cmd_apply)

    trust = verbs.add_parser(
        "trust", parents=[common], help="trust a policy issuer's public key (adds it to the config file)"
    )
    trust.add_argument("key", metavar="PUB", help="the issuer's public key (PEM), from `policy keygen`")
    trust.add_argument("--name", help="who holds the private key (default: the file name)")
    trust.set_defaults(handler=cmd_trust)


def cmd_validate(ctx: CliContext) -> int:
    path = Path(ctx.args.file)
    document = parse_policy_text(read_policy_file(path), str(path))
    if ctx.args.json:
        emit_json(
            {"valid": True, "id": document.id, "version": document.version, "rules": len(document.rules)}
        )
    else:
        out(
            f"{shown(path, 400)}: valid ({shown(document.id)} {shown(document.version)}, {len(document.rules)} rules)"
        )
    return 0


def _summary(policy: LoadedPolicy) -> dict[str, Any]:
    document = policy.document
    return {
        "id": document.id,
        "version": document.version,
        "title": document.title,
        "source": policy.source,
        "sha256": policy.sha256,
        "status": document.status,
        "issued_at": document.issued_at.isoformat(),
        "enforce_from": document.enforce_from.isoformat() if document.enforce_from else None,
        "supersedes": document.supersedes,
        "signed": policy.signature.signed,
        "signer": policy.signature.signer or None,
        "signature_problem": policy.signature.problem or None,
        "privacy": document.privacy.model_dump(),
        "rules": [
            {
                "id": rule.id,
                "title": rule.title,
                "action": str(rule.action),
                "android": rule.android.model_dump() if rule.android else None,
                "ios": rule.ios.model_dump() if rule.ios else None,
                "name_patterns": rule.name_patterns,
                "unless_signed_by": rule.unless_signed_by.model_dump() if rule.unless_signed_by else None,
            }
            for rule in document.rules
        ],
    }


def cmd_show(ctx: CliContext) -> int:
    if ctx.args.file:
        policy = load_policy(Path(ctx.args.file), ctx.trusted_keys)
    else:
        policy = ctx.policy()
    summary = _summary(policy)
    if ctx.args.json:
        emit_json(summary)
        return 0
    out(shown(summary["title"]))
    out(f"  id {shown(summary['id'])}, version {shown(summary['version'])}, {shown(summary['status'])}")
    out(f"  file {shown(summary['source'], 400)} (sha256 {summary['sha256'][:16]}...)")
    signature = (
        f"signed by {shown(summary['signer'])}"
        if summary["signed"]
        else f"NOT signed: {shown(summary['signature_problem'], 400)}"
    )
    out(f"  signature: {signature}")
    out(f"  enforced from: {summary['enforce_from'] or 'immediately'}")
    for rule in summary["rules"]:
        out(f"  - {shown(rule['id'])} ({rule['action']}): {shown(rule['title'])}")
    return 0


def cmd_keygen(ctx: CliContext) -> int:
    private_path = Path(ctx.args.out)
    public_path = Path(str(private_path) + ".pub")
    if private_path.exists():
        raise UsageError(f"{private_path} exists; refusing to overwrite a key")
    key = generate_private_key()
    write_private_file(private_path, private_key_to_pem(key))
    public_path.write_bytes(public_key_to_pem(key.public_key()))
    identifier = key_id(key.public_key())
    if ctx.args.json:
        emit_json({"private_key": str(private_path), "public_key": str(public_path), "key_id": identifier})
    else:
        out(f"wrote {private_path} (keep it secret) and {public_path} (give it to every App Audit station)")
        out(f"key id {identifier}")
    return 0


def cmd_sign(ctx: CliContext) -> int:
    path = Path(ctx.args.file)
    raw = read_policy_file(path)
    parse_policy_text(raw, str(path))  # never sign a policy the app would refuse
    key = load_private_key(read_key_file(Path(ctx.args.key)))
    signature_path = Path(str(path) + SIGNATURE_SUFFIX)
    signature_path.write_bytes(sign_detached(key, raw))
    if ctx.args.json:
        emit_json({"signature": str(signature_path), "key_id": key_id(key.public_key())})
    else:
        out(f"wrote {signature_path} ({key_id(key.public_key())})")
    return 0


def cmd_verify(ctx: CliContext) -> int:
    path = Path(ctx.args.file)
    policy = load_policy(path, ctx.trusted_keys)
    if not policy.signature.signed:
        raise PolicySignatureError(f"{path}: {policy.signature.problem}")
    if ctx.args.json:
        emit_json({"signed": True, "signer": policy.signature.signer, "sha256": policy.sha256})
    else:
        say(f"{shown(path, 400)}: good signature by {shown(policy.signature.signer)}")
    return 0


def cmd_apply(ctx: CliContext) -> int:
    """Accept a policy version on this station; a withdrawal restores the devices it had blocked."""
    from desktop_app.cli.outcome_steps import announce_missing_trust, deliver_now

    policy = load_policy(Path(ctx.args.file), ctx.trusted_keys)
    announce_missing_trust(ctx)
    service = ctx.audit_service(record=True)
    assert service.outcomes is not None
    applied = service.outcomes.apply_policy(policy)
    document = policy.document
    if applied.decision is None:
        raise PolicySignatureError(
            f"{ctx.args.file}: not applied, {policy.signature.problem}",
            hint="Only a policy signed by a trusted key is applied (see `app-audit policy trust`).",
        )
    if applied.restored_count:
        deliver_now(ctx)
    if ctx.args.json:
        emit_json(
            {
                "id": document.id,
                "version": document.version,
                "status": "retracted" if policy.is_retracted(ctx.clock.now()) else document.status,
                "restored": applied.restored_count,
                "restored_devices": [r.payload["device"] for r in applied.restored if r.payload is not None],
                "retraction_takes_effect_at": (
                    applied.pending_retraction_at.isoformat() if applied.pending_retraction_at else None
                ),
                "supersedes": document.supersedes,
                "supersedes_known": applied.decision.supersedes_known,
            }
        )
    else:
        out(
            f"policy {shown(document.id)} version {shown(document.version)} applied; {applied.restored_count} device(s) restored"
        )
        if applied.decision.supersedes_known is False:
            say(
                f"note: it replaces version {shown(document.supersedes)}, which this station never saw (recorded)"
            )
        if applied.pending_retraction_at is not None:
            say(pending_retraction_note(applied.pending_retraction_at))
    return 0


def cmd_trust(ctx: CliContext) -> int:
    """Add a policy issuer's public key to the trusted keys in the config file."""
    from desktop_app.core.config import TrustedKeyEntry, save_config
    from desktop_app.core.signing import load_public_key

    source = Path(ctx.args.key).resolve()
    public_key = load_public_key(read_key_file(source))
    config = ctx.config
    if any(entry.path.resolve() == source for entry in config.trusted_keys):
        say(f"{source} is already trusted")
        return 0
    entry = TrustedKeyEntry(name=ctx.args.name or source.stem, path=source)
    save_config(config.model_copy(update={"trusted_keys": [*config.trusted_keys, entry]}), ctx.config_path)
    out(f"trusted {key_id(public_key)} ({entry.name}) in {ctx.config_path}")
    return 0
