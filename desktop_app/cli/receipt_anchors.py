"""`history verify --against DIR`: receipts and messages kept elsewhere vouch for the history's tail.

Every receipt and mail-access message names the chain link (index, hash) of its audit. A station
whose newest records were deleted, together with its stored chain head, still verifies on its
own; the receipts people took home do not match it any more.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop_app.core.bounded_json import loads_bounded
from desktop_app.core.bounded_read import RECEIPT_MAX_BYTES, read_at_most
from desktop_app.core.errors import UsageError
from desktop_app.core.outcome_records import ChainLink
from desktop_app.storage.database import AuditDatabase


def _links_in(document: Any) -> Iterator[ChainLink]:
    """The chain links a receipt, a message payload or a webhook body carries."""
    if not isinstance(document, dict):
        return
    for holder in (
        document,
        document.get("receipt"),
        document.get("payload"),
        (document.get("payload") or {}).get("receipt") if isinstance(document.get("payload"), dict) else None,
    ):
        chain = holder.get("chain") if isinstance(holder, dict) else None
        if (
            isinstance(chain, dict)
            and isinstance(chain.get("index"), int)
            and isinstance(chain.get("hash"), str)
        ):
            yield ChainLink(chain["index"], chain["hash"])


def check_against(store: AuditDatabase, folder: Path) -> tuple[int, list[str]]:
    """(how many links were checked, problems) for every *.json file under folder."""
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder", hint="Give the folder where receipts (*.json) are kept.")
    anchor, head = store.chain_bounds()
    checked, problems = 0, []
    for path in sorted(folder.rglob("*.json")):
        try:
            document = loads_bounded(read_at_most(path, RECEIPT_MAX_BYTES))
        except (OSError, ValueError):
            continue  # not ours: any other JSON file in the folder is left alone
        for link in set(_links_in(document)):
            checked += 1
            if link.index <= anchor:
                continue  # purged by retention: nothing left to compare with
            stored = store.chain_link_at(link.index)
            if stored is None and link.index > head.index:
                problems.append(
                    f"{path.name}: names history entry {link.index}, but the history ends at entry "
                    f"{head.index}: the newest records were deleted"
                )
            elif stored is None:
                problems.append(f"{path.name}: history entry {link.index} is missing (deleted)")
            elif stored.hash != link.hash:
                problems.append(f"{path.name}: history entry {link.index} was rewritten (its hash differs)")
    return checked, problems
