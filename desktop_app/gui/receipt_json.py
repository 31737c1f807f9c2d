"""Save a signed receipt exactly as it was issued: `app-audit receipt verify FILE` and
`app-audit history verify --against FOLDER` accept the file (the signature covers the body, not
the layout, so it is written indented for a person to read)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.gui.presenter import MessagePresenter


def save_receipt_json(receipt: Mapping[str, Any], path: Path, presenter: MessagePresenter) -> bool:
    """Write the receipt to path and say so (or say why not); True when written."""
    try:
        path.write_text(json.dumps(receipt, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        presenter.error(exc, context=QCoreApplication.translate("ReceiptJson", "Saving the signed receipt"))
        return False
    presenter.info(QCoreApplication.translate("ReceiptJson", "Signed receipt saved to {path}").format(path=path))
    return True
