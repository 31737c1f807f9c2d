"""The signer of every non-system app, read from the end of its base APK on the phone.

The APKs of /data/app are world-readable, so the shell user reads them without root: `tail -c`
for the end of the file, `dd` for a block before it, over the `exec:` service (raw bytes, no
terminal). Every APK's reads of one step go out at once on concurrent streams, so a scan costs a
few round trips whatever the number of apps; the signers found are cached (signer_cache), so the
next scan of the same APKs reads none of their bytes.
"""

from __future__ import annotations

import dataclasses
import re
import secrets
import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.core.models import AppKind, InstalledApp, Inventory, Platform
from desktop_app.devices.android.apk_signers import ApkFormatError, ByteRange, SignerReads, signer_reads
from desktop_app.devices.android.signer_cache import CacheKey, SignerCache

# Streams run at once on one connection (adbd starts a shell process for each); the reads of one
# step are shared out between them, several per stream, each followed by a marker.
STREAMS_PER_ROUND = 8
_SEPARATOR = "; "
# A v2/v3 APK needs 1 or 2 steps, a v1 APK up to 4: more means a file built to keep us reading.
_MAX_STEPS = 8
_BLOCK = 4096  # dd reads whole blocks; the range wanted is cut out of them
# What a package manager path looks like: no quotes, spaces or `..` reach the shell (quoted anyway).
_APK_PATH = re.compile(r"/[A-Za-z0-9._~=+@/-]{1,4000}\.apk")
UNREADABLE = "the APK could not be read (no permission, or the file is gone)"

RunExec = Callable[[list[str]], list[bytes]]


@dataclass(frozen=True, slots=True)
class ApkRef:
    package: str
    version_code: str
    path: str

    @property
    def key(self) -> CacheKey:
        return (self.package, self.version_code, self.path)


def apk_refs(inventory: Inventory, listing_texts: Sequence[str]) -> list[ApkRef]:
    """One base APK per non-system package of the inventory, with the path the listings give.

    The listings were parsed (and their package names checked) for the inventory already; this
    only picks the path and version code of the names the inventory kept, from the same text: the
    cached scan of a phone pays for this walk alone. A path is checked again before any read."""
    wanted = {
        app.app_id: app.version_code
        for app in inventory.apps
        if app.platform is Platform.ANDROID and app.kind is AppKind.USER
    }
    refs: dict[str, ApkRef] = {}
    for text in listing_texts:
        for line in text.splitlines():
            if not line.startswith("package:"):
                continue
            head = line[8:].split(" ", 1)[0]
            path, sep, name = head.rpartition("=")  # paths hold "==": the name follows the last "="
            if sep and name in wanted and name not in refs:
                refs[name] = ApkRef(name, wanted[name], path)
    return list(refs.values())


def _command(path: str, wanted: ByteRange) -> str:
    quoted = shlex.quote(path)
    if wanted.start < 0:
        return f"tail -c {int(wanted.length)} {quoted} 2>/dev/null"
    first = wanted.start // _BLOCK
    count = -(-(wanted.start + wanted.length) // _BLOCK) - first
    return f"dd if={quoted} bs={_BLOCK} skip={first} count={count} 2>/dev/null"


def _cut(wanted: ByteRange, output: bytes) -> bytes:
    if wanted.start < 0:
        return output
    offset = wanted.start - (wanted.start // _BLOCK) * _BLOCK
    return output[offset : offset + wanted.length]


def batch_command(reads: Sequence[str], nonce: str) -> str:
    """Several reads in one shell: each one's bytes, then a line with the nonce and its number.

    The nonce is random for every batch, so no APK can hold a marker that cuts another's bytes."""
    parts: list[str] = []
    for index, read in enumerate(reads):
        parts += [read, "echo", f"echo {nonce}-{index}"]
    return _SEPARATOR.join(parts)


def split_batch(output: bytes, count: int, nonce: str) -> list[bytes]:
    """Each read's bytes from a batch's output; b"" for the reads whose marker never came."""
    pieces: list[bytes] = []
    start = 0
    for index in range(count):
        marker = f"\n{nonce}-{index}\n".encode()
        end = output.find(marker, start)
        if end < 0:
            return pieces + [b""] * (count - len(pieces))
        pieces.append(output[start:end])
        start = end + len(marker)
    return pieces


def unbatch(command: str, output: bytes) -> list[tuple[str, bytes]] | None:
    """The (read, bytes) pairs of a batch command and its output, or None for another command."""
    parts = command.split(_SEPARATOR)
    if len(parts) % 3 or not parts or parts[1] != "echo":
        return None
    reads = parts[0::3]
    nonce = parts[2].removeprefix("echo ").rsplit("-", 1)[0]
    if batch_command(reads, nonce) != command:
        return None
    return list(zip(reads, split_batch(output, len(reads), nonce), strict=True))


def _run_reads(reads: list[str], run_exec: RunExec) -> list[bytes]:
    """The bytes of every read, over at most STREAMS_PER_ROUND streams."""
    per_stream = -(-len(reads) // STREAMS_PER_ROUND)
    batches = [reads[i : i + per_stream] for i in range(0, len(reads), per_stream)]
    nonces = [secrets.token_hex(16) for _ in batches]
    outputs = run_exec([batch_command(b, n) for b, n in zip(batches, nonces, strict=True)])
    found: list[bytes] = []
    for batch, nonce, output in zip(batches, nonces, outputs, strict=True):
        found.extend(split_batch(output, len(batch), nonce))
    return found


def read_signers(refs: Sequence[ApkRef], run_exec: RunExec) -> dict[str, tuple[str, ...] | str]:
    """package -> its signers' digests, or why they could not be read."""
    results: dict[str, tuple[str, ...] | str] = {}
    active: dict[str, tuple[ApkRef, SignerReads, ByteRange]] = {}
    for ref in refs:
        if not _APK_PATH.fullmatch(ref.path) or ".." in ref.path:
            results[ref.package] = f"an unusual APK path was not read: {ref.path[:120]!r}"
            continue
        reads = signer_reads()
        active[ref.package] = (ref, reads, next(reads))
    for _ in range(_MAX_STEPS):
        if not active:
            break
        pending = list(active.items())
        outputs = _run_reads([_command(ref.path, wanted) for _, (ref, _, wanted) in pending], run_exec)
        for (package, (ref, reads, wanted)), output in zip(pending, outputs, strict=True):
            if not output:
                results[package] = UNREADABLE
                del active[package]
                continue
            try:
                active[package] = (ref, reads, reads.send(_cut(wanted, output)))
            except StopIteration as done:
                results[package] = done.value.digests
                del active[package]
            except ApkFormatError as error:
                results[package] = f"not a readable signed APK: {error}"
                del active[package]
    for package in active:
        results[package] = f"the APK needed more than {_MAX_STEPS} reads"
    return results


def with_signers(
    inventory: Inventory, listing_texts: Sequence[str], run_exec: RunExec, cache: SignerCache
) -> Inventory:
    """The inventory with each non-system app's signers (or why not), reading only uncached APKs."""
    refs = apk_refs(inventory, listing_texts)
    known: dict[str, tuple[str, ...] | str] = {}
    unknown: list[ApkRef] = []
    for ref in refs:
        cached = cache.get(ref.key)
        if cached is None:
            unknown.append(ref)
        else:
            known[ref.package] = cached
    if unknown:
        found = read_signers(unknown, run_exec)
        known.update(found)
        cache.put_all({r.key: d for r in unknown if isinstance(d := found[r.package], tuple)})
    apps = tuple(_with_signer(app, known) for app in inventory.apps)
    return dataclasses.replace(inventory, apps=apps)


def _with_signer(app: InstalledApp, known: dict[str, tuple[str, ...] | str]) -> InstalledApp:
    if app.platform is not Platform.ANDROID or app.kind is not AppKind.USER:
        return app
    outcome = known.get(app.app_id, "no APK path in the package listing")
    if isinstance(outcome, tuple):
        return dataclasses.replace(app, signer_digests=outcome, signer_problem="")
    return dataclasses.replace(app, signer_digests=(), signer_problem=outcome)
