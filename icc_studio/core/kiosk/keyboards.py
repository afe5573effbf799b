"""On-screen keyboard layouts for touch screens, one per kiosk language (data only, no Qt).

Rows are listed in reading order: for a right-to-left language the first key of a row is
the one on the right (the GUI lays keyboards out in the language's direction). A key is a
string that is inserted as it is (``"لا"`` inserts two letters). The GUI adds space,
backspace and, where ``shift`` is true, a shift key.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KeyboardLayout:
    language: str
    rows: tuple[tuple[str, ...], ...]
    direction: str = "ltr"
    shift: bool = True


def _rows(*rows: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(row.split()) if " " in row else tuple(row) for row in rows)


LAYOUTS: dict[str, KeyboardLayout] = {
    "en": KeyboardLayout("en", _rows("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.-")),
    "fr": KeyboardLayout("fr", _rows("éèêàâçùôîœ", "azertyuiop", "qsdfghjklm", "wxcvbn'-,.")),
    "de": KeyboardLayout("de", _rows("1234567890", "qwertzuiopü", "asdfghjklöä", "yxcvbnmß-,.")),
    "it": KeyboardLayout("it", _rows("àèéìòù'-,.", "qwertyuiop", "asdfghjkl", "zxcvbnm")),
    "es": KeyboardLayout("es", _rows("áéíóúüñ¿¡-", "qwertyuiop", "asdfghjklñ", "zxcvbnm,.")),
    "ar": KeyboardLayout("ar", _rows(
        "ض ص ث ق ف غ ع ه خ ح ج د",
        "ش س ي ب ل ا ت ن م ك ط",
        "ئ ء ؤ ر لا ى ة و ز ظ ذ",
        "أ إ آ ، ؟ .",
    ), direction="rtl", shift=False),
}


def keyboard_for(language: str) -> KeyboardLayout:
    """The layout of ``language`` (``fr-CA`` → ``fr``), else the English one."""
    return LAYOUTS.get(language) or LAYOUTS.get(language.split("-")[0].lower()) or LAYOUTS["en"]


#: Each language's name in itself, for the language buttons (never translated).
NATIVE_NAMES: dict[str, str] = {
    "en": "English", "fr": "Français", "de": "Deutsch", "it": "Italiano", "es": "Español", "ar": "العربية",
    "fa": "فارسی", "he": "עברית", "uk": "Українська", "ru": "Русский", "tr": "Türkçe", "pt": "Português",
    "nl": "Nederlands", "pl": "Polski", "ro": "Română", "sq": "Shqip", "ti": "ትግርኛ", "hi": "हिन्दी",
}
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})


def native_name(language: str) -> str:
    return NATIVE_NAMES.get(language) or NATIVE_NAMES.get(language.split("-")[0], language)


def is_rtl(language: str) -> bool:
    return language.split("-")[0].lower() in RTL_LANGUAGES
