"""Small helpers to read sqlite3 results as dicts without changing the connection's row factory."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

Params = Sequence[object] | dict[str, object]


def _as_dict(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
    return {column[0]: value for column, value in zip(cursor.description, row, strict=True)}


def iter_dicts(conn: sqlite3.Connection, sql: str, params: Params = ()) -> Iterator[dict[str, Any]]:
    cursor = conn.cursor()
    cursor.row_factory = _as_dict
    yield from cursor.execute(sql, params)


def all_dicts(conn: sqlite3.Connection, sql: str, params: Params = ()) -> list[dict[str, Any]]:
    return list(iter_dicts(conn, sql, params))


def one_dict(conn: sqlite3.Connection, sql: str, params: Params = ()) -> dict[str, Any] | None:
    cursor = conn.cursor()
    cursor.row_factory = _as_dict
    row: dict[str, Any] | None = cursor.execute(sql, params).fetchone()
    return row
