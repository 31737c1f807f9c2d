"""The audit database (sqlite-utils, WAL, hash-chained audits, outbox)."""

from desktop_app.storage.database import AuditDatabase
from desktop_app.storage.paths import default_config_dir, default_data_dir, default_database_path
from desktop_app.storage.records import AuditDetail, AuditRow, ChainReport, OutboxMessage

__all__ = [
    "AuditDatabase",
    "AuditDetail",
    "AuditRow",
    "ChainReport",
    "OutboxMessage",
    "default_config_dir",
    "default_data_dir",
    "default_database_path",
]
