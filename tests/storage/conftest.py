from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.storage import AuditDatabase

from .factories import TickingClock


@pytest.fixture
def ticking() -> TickingClock:
    return TickingClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "nested" / "audits.db"


@pytest.fixture
def db(db_path: Path, ticking: TickingClock) -> Iterator[AuditDatabase]:
    database = AuditDatabase(db_path, clock=ticking)
    yield database
    database.close()
