"""The one policy loader: parse YAML or JSON, validate, point at file:line, verify the signature."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from desktop_app.core.bounded_read import (
    POLICY_MAX_BYTES,
    SIGNATURE_MAX_BYTES,
    FileTooLargeError,
    read_at_most,
)
from desktop_app.core.bounded_yaml import YamlRefusedError, load_bounded_yaml
from desktop_app.core.errors import PolicyError, PolicySignatureError
from desktop_app.core.models import PolicyRef
from desktop_app.core.policy_schema import PolicyDocument, Rule, duplicate_rule_ids
from desktop_app.core.signing import TrustedKey, verify_detached

SIGNATURE_SUFFIX = ".sig"

Path_ = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    """One thing wrong in a policy file, with where it is."""

    source: str
    line: int
    location: str  # e.g. rules[2].action
    message: str

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{self.source}:{self.line}: {where}{self.message}"


class PolicyValidationError(PolicyError):
    """Raised with every problem found, each naming file, line and field."""

    code = "policy_invalid"
    default_hint = "Fix the lines named above and load the policy again."

    def __init__(self, problems: list[PolicyProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True, slots=True)
class SignatureStatus:
    signed: bool  # a valid signature by a trusted key
    signer: str = ""
    problem: str = ""  # why it is not signed (no .sig, tampered, unknown key)
    # The same as a stable code: unsigned, no_trusted_keys, untrusted_signer, tampered,
    # signature_unreadable, not_checked ("" when signed).
    problem_code: str = ""


@dataclass(frozen=True, slots=True)
class LoadedPolicy:
    document: PolicyDocument
    sha256: str
    source: str
    text: bytes = b""
    signature: SignatureStatus = field(
        default_factory=lambda: SignatureStatus(False, problem="not checked", problem_code="not_checked")
    )

    @property
    def ref(self) -> PolicyRef:
        return PolicyRef(
            policy_id=self.document.id,
            version=self.document.version,
            sha256=self.sha256,
            signed=self.signature.signed,
            signer=self.signature.signer,
            retracted=self.retracted,
        )

    @property
    def retracted(self) -> bool:
        """Marked retracted (it may withdraw its rules only from retraction.at: see is_retracted)."""
        return self.document.status == "retracted"

    @property
    def retracted_from(self) -> datetime | None:
        """The instant the retraction takes effect; None when not retracted or retracted from the start."""
        retraction = self.document.retraction
        return retraction.at if self.retracted and retraction is not None else None

    def is_retracted(self, now: datetime) -> bool:
        """Whether the policy has stopped flagging anything at `now` (retraction.at honoured)."""
        if not self.retracted:
            return False
        start = self.retracted_from
        return start is None or now >= start

    def ref_at(self, now: datetime) -> PolicyRef:
        """The reference an audit at `now` records: retracted only once the retraction is in effect."""
        ref = self.ref
        retracted = self.is_retracted(now)
        if retracted == ref.retracted:
            return ref
        return PolicyRef(ref.policy_id, ref.version, ref.sha256, ref.signed, ref.signer, retracted)

    @property
    def rules(self) -> list[Rule]:
        return self.document.rules

    @property
    def deadline(self) -> datetime | None:
        return self.document.enforce_from


def _line_for(lines: dict[Path_, int], loc: Path_) -> int:
    path = tuple(loc)
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get((), 1)


def _format_loc(loc: Path_) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _describe(error: Any) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling)"
    if kind == "enum":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return f"{value!r} is not one of {expected}"
    if kind == "literal_error":
        return f"{value!r} is not allowed; expected {ctx.get('expected')}"
    if kind == "string_pattern_mismatch":
        return f"{value!r} has characters that are not allowed here"
    if kind.startswith("datetime"):
        return f"{value!r} is not a date and time like 2026-11-28T23:59:00Z"
    message = str(error["msg"])
    return message.removeprefix("Value error, ")


def parse_policy_text(text: bytes, source: str) -> PolicyDocument:
    """Validate policy text; raise PolicyValidationError naming source:line for every problem."""
    try:
        decoded = text.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PolicyValidationError([PolicyProblem(source, 1, "", f"not UTF-8 text ({exc.reason})")]) from exc
    try:
        data, lines = load_bounded_yaml(decoded)
    except YamlRefusedError as exc:
        raise PolicyValidationError([PolicyProblem(source, exc.line, "", exc.message)]) from exc
    if not isinstance(data, dict):
        raise PolicyValidationError(
            [PolicyProblem(source, 1, "", "a policy is a mapping of fields (schema, id, rules, ...)")]
        )
    try:
        document = PolicyDocument.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(
                part for part in error["loc"] if not isinstance(part, str) or not part.startswith("function-")
            )
            problems.append(PolicyProblem(source, _line_for(lines, loc), _format_loc(loc), _describe(error)))
        raise PolicyValidationError(problems) from exc
    duplicates = duplicate_rule_ids(document)
    if duplicates:
        raise PolicyValidationError(
            [
                PolicyProblem(
                    source,
                    _line_for(lines, ("rules", i, "id")),
                    f"rules[{i}].id",
                    f"rule id {rid!r} is used twice",
                )
                for i, rid in duplicates
            ]
        )
    return document


def read_policy_file(path: Path) -> bytes:
    """A policy file's bytes, refused past POLICY_MAX_BYTES (read no further than that)."""
    try:
        return read_at_most(path, POLICY_MAX_BYTES)
    except FileTooLargeError as exc:
        raise PolicyValidationError(
            [PolicyProblem(str(path), 1, "", f"{exc.strerror}; a policy is far smaller, is this one?")]
        ) from exc
    except FileNotFoundError as exc:
        raise PolicyError(f"{path}: no such policy file", hint="Check the path given with --policy.") from exc
    except OSError as exc:
        raise PolicyError(f"{path}: cannot be read ({exc.strerror})") from exc


def load_policy(
    path: Path,
    trusted_keys: list[TrustedKey] | None = None,
    *,
    require_signature: bool = False,
) -> LoadedPolicy:
    """Read, validate and verify a policy file and its detached `.sig` beside it."""
    raw = read_policy_file(path)
    document = parse_policy_text(raw, str(path))
    status = check_signature(raw, Path(str(path) + SIGNATURE_SUFFIX), trusted_keys or [])
    if require_signature and not status.signed:
        raise PolicySignatureError(f"{path}: refused, {status.problem}")
    return LoadedPolicy(
        document=document,
        sha256=hashlib.sha256(raw).hexdigest(),
        source=str(path),
        text=raw,
        signature=status,
    )


def check_signature(raw: bytes, signature_path: Path, trusted_keys: list[TrustedKey]) -> SignatureStatus:
    try:
        signature = read_at_most(signature_path, SIGNATURE_MAX_BYTES)
    except FileNotFoundError:
        return SignatureStatus(
            False, problem=f"no signature file ({signature_path.name})", problem_code="unsigned"
        )
    except OSError as exc:
        return SignatureStatus(
            False,
            problem=f"signature file cannot be read ({exc.strerror})",
            problem_code="signature_unreadable",
        )
    try:
        signer = verify_detached(signature, raw, trusted_keys)
    except PolicySignatureError as exc:
        return SignatureStatus(False, problem=exc.message, problem_code=exc.code)
    return SignatureStatus(True, signer=signer.label)
