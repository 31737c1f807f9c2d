"""The window's translations: every tr() string is in the .ts files, French is complete and typeset."""

from __future__ import annotations

import ast
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
                if match.group(1) not in "\u00a0\u202f" and not (
                    match.group(2) == ":" and match.group(1).isdigit()
                ):
                    problems.append(f"no non-breaking space before {match.group(2)!r}: {where}")
            if re.search(r"«(?![\u00a0\u202f])", text):
                problems.append(f"no non-breaking space after «: {where}")
            fields = r"%L?[nvm0-9]|\{[a-z_]*(?::[^}]*)?\}"  # Qt's %1 %n %Ln %v %m, Python's {name}
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


# Calls whose text arguments a person reads (labels, buttons, menus, dialogs, messages, headers).
_SINKS = frozenset(
    {
        "setText", "setPlaceholderText", "setToolTip", "setWindowTitle", "setAccessibleName",
        "setAccessibleDescription", "addTab", "insertTab", "setTabText", "addMenu", "addItem", "setItemText",
        "addAction", "setFormat", "showMessage", "info", "warning", "error", "critical", "QPushButton",
        "QCheckBox", "QAction", "QLabel", "plain_label", "heading", "named", "confirm", "inform", "save_file",
        "open_file", "show_verdict", "show_progress", "show_outcome", "show_steps", "show_findings", "addRow",
        "set_full_text", "setTitle",
    }
)  # fmt: skip
_LOGGERS = frozenset({"log", "logger", "logging"})
# Not words to translate: the product's name, a digest's name, file names suggested to save as.
_NOT_WORDS = re.compile(r"App Audit|SHA-256|app-audit[\w.{}-]*")


def _has_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.search(r"[A-Za-z]{2}", _NOT_WORDS.sub("", node.value)) is not None
    if isinstance(node, ast.JoinedStr):  # f"app-audit-{n}.pdf": its text around the fields
        text = "".join(part.value if isinstance(part, ast.Constant) else "{}" for part in node.values)
        return _has_words(ast.Constant(str(text)))
    if isinstance(node, ast.BinOp):
        return _has_words(node.left) or _has_words(node.right)
    if isinstance(node, ast.IfExp):
        return _has_words(node.body) or _has_words(node.orelse)
    return False


def untranslated_literals(path: Path) -> list[str]:
    """Literal words handed straight to a widget, a dialog or the presenter (not through tr())."""
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Attribute):
            receiver = function.value
            if isinstance(receiver, ast.Name) and receiver.id in _LOGGERS:
                continue
            name = function.attr
        else:
            name = function.id if isinstance(function, ast.Name) else ""
        if name not in _SINKS:
            continue
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
            if _has_words(argument):
                found.append(f"{where}:{node.lineno}: {ast.unparse(argument)[:100]}")
    return found


def test_window_sources_show_no_untranslated_words() -> None:
    """Every source lupdate reads (the helpdesk window, the kiosk, the start-up) passes its words through tr()."""
    found = [line for path in translations.sources() for line in untranslated_literals(path)]
    assert not found, "words shown without tr() / QCoreApplication.translate:\n" + "\n".join(found)


def test_the_untranslated_words_check_catches_a_literal(tmp_path: Path) -> None:
    module = tmp_path / "page.py"
    module.write_text(
        "def build(self, log):\n"
        "    self.button = QPushButton('Check again')\n"
        "    self.title.setText(self.tr('History'))\n"
        "    log.info('not for people')\n"
        "    self.dialogs.save_file(self, self.tr('Save'), f'app-audit-{n}.pdf', self.tr('PDF files'))\n"
        "    self.presenter.error(exc, context=f'Opening {name}')\n",
        encoding="utf-8",
    )
    found = [line.split(": ", 1)[1] for line in untranslated_literals(module)]
    assert found == ["'Check again'", "f'Opening {name}'"]


def test_every_translate_wrapper_call_reaches_the_ts_files(tmp_path: Path) -> None:
    unresolved = [
        line for path in translations.sources() for line in translations.unresolved_wrapper_calls(path)
    ]
    assert not unresolved, f"translate-wrapper calls lupdate cannot read (use _tr(CONSTANT[i])): {unresolved}"
    module = tmp_path / "page.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "FIELDS = ('Title', 'File')\n"
        "def _tr(text: str) -> str:\n"
        "    return QCoreApplication.translate('Page', text)\n"
        "def f() -> list[str]:\n"
        "    return [_tr(name) for name in FIELDS] + [_tr(FIELDS[0])]\n",
        encoding="utf-8",
    )
    assert translations.unresolved_wrapper_calls(module) == ["page.py:6: _tr(name)"]
    assert translations.wrapper_messages(module) == [("Page", "Title"), ("Page", "File")]
