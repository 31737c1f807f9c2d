"""Qt Linguist files of the window: refresh the .ts sources, build the .qm the app loads.

    .venv/bin/python build_scripts/translations.py            # .ts -> .qm (bootstrap and installer builds)
    .venv/bin/python build_scripts/translations.py --update   # source tr() strings -> .ts, then .qm

Translators edit resources/i18n/app_audit_fr.ts (Qt Linguist, or any text editor); the English
file only carries the plural forms. tests/gui/test_translations.py fails when they drift.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"en": "en_GB", "fr": "fr_FR"}
# Every file whose strings a person reads in the window goes through tr(); lupdate reads these.
SOURCE_GLOBS = ("desktop_app/gui/**/*.py", "desktop_app/launch_gui.py")


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"app_audit_{language}.ts"


def sources() -> list[Path]:
    found = {path for pattern in SOURCE_GLOBS for path in ROOT.glob(pattern)}
    return sorted(found)


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the venv that runs this script (they ship with PySide6)."""
    here = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(here)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials in this environment")
    return found


def _translate_wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level `def _tr(text): return QCoreApplication.translate("Context", text)`: name -> context."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        parameter = node.args.args[0].arg
        for inner in ast.walk(node):
            call = inner.value if isinstance(inner, ast.Return) else None
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and len(call.args) >= 2
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
                and parameter in ast.unparse(call.args[1])
            ):
                found[node.name] = call.args[0].value
    return found


def _module_texts(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level NAME = "text" (or a dict or tuple of texts): what a wrapper may be called with."""
    texts: dict[str, list[str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            values = [node.value.value]
        elif isinstance(node.value, ast.Dict):
            values = [
                v.value for v in node.value.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
            ]
        elif isinstance(node.value, ast.Tuple | ast.List):
            values = [
                v.value for v in node.value.elts if isinstance(v, ast.Constant) and isinstance(v.value, str)
            ]
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name) and values:
                texts[target.id] = values
    return texts


def wrapper_messages(path: Path) -> list[tuple[str, str]]:
    """(context, text) of every call of a module's translate wrapper, such as `_tr("...")`.

    lupdate sees only tr() and QCoreApplication.translate() called with literals; a module's own
    one-line wrapper, called with a literal or a module constant, would otherwise be missed."""
    return _wrapper_calls(path)[0]


def unresolved_wrapper_calls(path: Path) -> list[str]:
    """Wrapper calls whose text is neither a literal nor a module constant (`_tr(name)`): their
    words would silently stay out of the .ts files (write `_tr(CONSTANT[i])` instead)."""
    return _wrapper_calls(path)[1]


def _wrapper_calls(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = _translate_wrappers(tree)
    if not wrappers:
        return [], []
    constants = _module_texts(tree)
    found: list[tuple[str, str]] = []
    unresolved: list[str] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
            continue
        context = wrappers.get(node.func.id)
        if context is None:
            continue
        argument = node.args[0]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            found.append((context, argument.value))
            continue
        name = argument.value if isinstance(argument, ast.Subscript) else argument
        if isinstance(name, ast.Name) and name.id in constants:
            found.extend((context, text) for text in constants[name.id])
        else:
            unresolved.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found, unresolved


def _wrapper_calls_file(folder: Path) -> Path:
    """A Python file lupdate reads: every wrapper call spelt out as QCoreApplication.translate."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    seen = set()
    for path in sources():
        for context, text in wrapper_messages(path):
            if (context, text) not in seen:
                seen.add((context, text))
                lines.append(f"QCoreApplication.translate({context!r}, {text!r})")
    target = folder / "wrapper_calls.py"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def update(folder: Path = I18N) -> None:
    """Put every tr() string of the sources into the .ts files of folder (new ones unfinished)."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        wrapper_calls = _wrapper_calls_file(Path(scratch))
        for language, locale in LANGUAGES.items():
            subprocess.run(
                [
                    qt_tool("lupdate"),
                    *map(str, sources()),
                    str(wrapper_calls),
                    "-ts",
                    str(ts_path(language, folder)),
                    "-target-language",
                    locale,
                    "-source-language",
                    "en_GB",
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-silent",
                ],
                check=True,
                cwd=ROOT,
            )


def release(folder: Path = I18N) -> list[Path]:
    built = []
    for language in LANGUAGES:
        source, compiled = ts_path(language, folder), folder / f"app_audit_{language}.qm"
        subprocess.run([qt_tool("lrelease"), "-silent", str(source), "-qm", str(compiled)], check=True)
        built.append(compiled)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the sources first")
    args = parser.parse_args()
    if args.update:
        update()
    for path in release():
        print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
