"""Contract: the private names of adb-shell and pymobiledevice3 that App Audit uses exist in the pinned
versions, and no other module touches a private name of either library."""

from __future__ import annotations

import importlib
import importlib.metadata
import re
from pathlib import Path

import pytest

from desktop_app.devices.android import adb_shell_internals
from desktop_app.devices.ios import pmd3_internals

REPO = Path(__file__).resolve().parent.parent
LIBRARIES = [
    ("adb-shell", adb_shell_internals.ADB_SHELL_VERSION, adb_shell_internals),
    ("pymobiledevice3", pmd3_internals.PYMOBILEDEVICE3_VERSION, pmd3_internals),
]


def _resolve(dotted: str) -> object:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            target = getattr(target, name)
        return target
    raise ImportError(dotted)


@pytest.mark.parametrize(("distribution", "pinned", "module"), LIBRARIES, ids=[d for d, _, _ in LIBRARIES])
def test_the_installed_version_is_the_pinned_one(distribution: str, pinned: str, module: object) -> None:
    installed = importlib.metadata.version(distribution)
    assert installed == pinned, (
        f"{distribution} {installed} is installed but {module.__name__} was written against {pinned}: "  # type: ignore[attr-defined]
        f"check each name in its PRIVATE_SYMBOLS against the new release, then update the pin"
    )


SYMBOLS = [(where, name) for _, _, module in LIBRARIES for where, name in module.PRIVATE_SYMBOLS]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("where", "name"), SYMBOLS, ids=[f"{w}.{n}" for w, n in SYMBOLS])
def test_each_private_symbol_exists(where: str, name: str) -> None:
    owner = _resolve(where)
    found = hasattr(owner, name)
    if not found and isinstance(owner, type):
        # Instance attributes are set in __init__: look for the assignment in the class's source.
        import inspect

        found = f"self.{name} =" in inspect.getsource(owner)
    assert found, f"{where}.{name} is gone from the installed library: the code that uses it must change"


def test_no_other_module_touches_a_private_name_of_either_library() -> None:
    allowed = {Path(m.__file__).resolve() for _, _, m in LIBRARIES}  # type: ignore[attr-defined]
    names = {name for _, name in SYMBOLS} | {"_request_pair", "_io_manager", "_AdbPacketStore"}
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names)) + r")\b")
    hidden = re.compile(r"from (adb_shell|pymobiledevice3)[\w.]* import [^\n]*\b_[A-Za-z]")
    offenders = []
    allowed.add(Path(__file__).resolve())
    for path in [*(REPO / "desktop_app").rglob("*.py"), *(REPO / "tests").rglob("*.py")]:
        if path.resolve() in allowed or "simulators" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for match in [*pattern.finditer(text), *hidden.finditer(text)]:
            before = text[max(0, match.start() - 5) : match.start()]
            if before.endswith(("self.", "def ")):
                continue  # our own method of the same name (e.g. _open), not the library's
            offenders.append(f"{path.relative_to(REPO)}: {match.group(0)}")
    assert not offenders, "private library names outside the internals modules:\n" + "\n".join(offenders)
