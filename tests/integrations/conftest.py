from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.storage import AuditDatabase


@pytest.fixture
def outbox_db(tmp_path: Path) -> Iterator[AuditDatabase]:
    database = AuditDatabase(tmp_path / "audits.db")
    yield database
    database.close()
