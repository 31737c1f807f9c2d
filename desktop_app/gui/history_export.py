"""History rows to CSV or JSON files (what the history page's export buttons write)."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.core.display_text import csv_cell


def _plain(row: Any) -> dict[str, Any]:
    is_instance = dataclasses.is_dataclass(row) and not isinstance(row, type)
    data = dataclasses.asdict(row) if is_instance else dict(vars(row))
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in data.items()}


def export_csv(rows: Sequence[Any], path: Path) -> None:
    plain = [_plain(r) for r in rows]
    fields = list(plain[0]) if plain else ["audit_id"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for row in plain:
            writer.writerow({k: csv_cell(v) for k, v in row.items()})


def export_json(rows: Sequence[Any], path: Path) -> None:
    path.write_text(
        json.dumps([_plain(r) for r in rows], indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
