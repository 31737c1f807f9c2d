"""Qt Linguist files of the window: refresh the .ts sources, build the .qm the app loads.

    .venv/bin/python build_scripts/translations.py            # .ts -> .qm (bootstrap and installer builds)
    .venv/bin/python build_scripts/translations.py --update   # source tr() strings -> .ts, then .qm

Translators edit resources/i18n/app_audit_fr.ts (Qt Linguist, or any text editor); the English
file only carries the plural forms. tests/gui/test_translations.py fails when they drift.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"en": "en_GB", "fr": "fr_FR"}
# Every file whose strings a person reads in the window goes through tr(); lupdate reads these.
SOURCE_GLOBS = ("desktop_app/gui/**/*.py",)


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


def update(folder: Path = I18N) -> None:
    """Put every tr() string of the sources into the .ts files of folder (new ones unfinished)."""
    folder.mkdir(parents=True, exist_ok=True)
    for language, locale in LANGUAGES.items():
        subprocess.run(
            [
                qt_tool("lupdate"),
                *map(str, sources()),
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
