"""Icons drawn for App Audit (SVG, so they stay sharp at any DPI)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop_app.core.models import Platform
from desktop_app.resources import resources_dir


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def platform_icon(platform: Platform) -> QIcon:
    return icon("android" if platform is Platform.ANDROID else "ios")


def app_icon() -> QIcon:
    return icon("app-audit")
