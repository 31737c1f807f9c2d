"""The window's translations: every tr() string is in the .ts files, French is complete and typeset."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_scripts"))

import translations  # noqa: E402  (build_scripts/translations.py: the one place that runs lupdate)

Key = tuple[str, str]  # (context, source)


def _messages(path: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if message.find("translation") is not None and message.find("translation").get("type") in (  # type: ignore[union-attr]
                "vanished",
                "obsolete",
            ):
                continue
            found[(name, message.findtext("source", ""))] = message
    return found


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files after lupdate has read today's sources."""
    folder = tmp_path_factory.mktemp("i18n")
    for language in translations.LANGUAGES:
        shutil.copy(translations.ts_path(language), translations.ts_path(language, folder))
    translations.update(folder)
    return folder


@pytest.mark.parametrize("language", sorted(translations.LANGUAGES))
def test_every_tr_string_is_in_the_ts_file(fresh: Path, language: str) -> None:
    committed = _messages(translations.ts_path(language))
    current = _messages(translations.ts_path(language, fresh))
    missing = sorted(set(current) - set(committed))
    stale = sorted(set(committed) - set(current))
    assert not missing, (
        f"strings in tr() missing from app_audit_{language}.ts (run build_scripts/translations.py --update "
        f"and translate them): {missing}"
    )
    assert not stale, f"app_audit_{language}.ts has strings no source uses any more: {stale}"


def test_every_french_string_is_translated() -> None:
    untranslated = []
    for (context, source), message in _messages(translations.ts_path("fr")).items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "unfinished" or not all(t.strip() for t in _texts(message)):
            untranslated.append(f"{context}: {source}")
    assert not untranslated, "no French translation for:\n" + "\n".join(untranslated)


def test_english_plurals_have_both_forms() -> None:
    for (context, source), message in _messages(translations.ts_path("en")).items():
        if message.get("numerus") == "yes":
            forms = _texts(message)
            assert len(forms) == 2 and all(forms), f"{context}: {source}: English plural forms missing"
            if "(s)" in source:
                assert forms[0] != forms[1], f"{context}: {source}: singular and plural are the same"


def test_french_is_typeset_and_keeps_the_placeholders() -> None:
    problems = []
    for (context, source), message in _messages(translations.ts_path("fr")).items():
        for text in _texts(message):
            where = f"{context}: {text!r}"
            if "'" in text:
                problems.append(f"straight apostrophe (use ’): {where}")
            prose = re.sub(r"\{[^}]*\}", "{}", text)  # "{seconds:.0f}" is a format field, not French
            for match in re.finditer(r"(.)([:;?!»])", prose):
                if match.group(1) not in "\u00a0\u202f" and not (match.group(2) == ":" and match.group(1).isdigit()):
                    problems.append(f"no non-breaking space before {match.group(2)!r}: {where}")
            if re.search(r"«(?![\u00a0\u202f])", text):
                problems.append(f"no non-breaking space after «: {where}")
            fields = r"%[nvm0-9]|\{[a-z_]*(?::[^}]*)?\}"  # Qt's %1 %n %v %m, Python's {name}
            if sorted(re.findall(fields, text)) != sorted(re.findall(fields, source)):
                problems.append(f"placeholders differ from {source!r}: {where}")
    assert not problems, "\n".join(problems)


def test_compiled_translations_speak_french(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.gui.i18n import app_translations, qm_path

    translations.release()  # as the bootstrap and the installer build do
    assert qm_path("fr").is_file()
    switcher = app_translations()
    try:
        assert switcher.switch("fr")
        assert QCoreApplication.translate("DonePage", "Finish") == "Terminer"
        plural = QCoreApplication.translate("ResultPage", "Remove %n app(s)", "", 2)
        assert plural == "Supprimer 2 applis"
        assert switcher.switch("en")
        assert QCoreApplication.translate("ResultPage", "Remove %n app(s)", "", 1) == "Remove 1 app"
        assert QCoreApplication.translate("DonePage", "Finish") == "Finish"
    finally:
        switcher.switch("en")


def test_strings_behind_a_translate_wrapper_are_found(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "READING = 'Reading the app list'\n"
        "def _tr(text: str) -> str:\n"
        "    return QCoreApplication.translate('Operations', text)\n"
        "def f() -> list[str]:\n"
        "    return [_tr('Connecting'), _tr(READING)]\n",
        encoding="utf-8",
    )
    assert translations.wrapper_messages(module) == [
        ("Operations", "Connecting"),
        ("Operations", "Reading the app list"),
    ]
