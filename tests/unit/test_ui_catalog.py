"""The generator's interface catalog: both languages complete, typography right, facts dated."""

from __future__ import annotations

import re
import string

import pytest

from rebond import fields, locales

ui_fr, ui_en = locales.pack("fr").ui, locales.pack("en").ui

CATALOGS = {"fr": ui_fr.UI, "en": ui_en.UI}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_have_the_same_keys() -> None:
    assert set(ui_fr.UI) == set(ui_en.UI)


def test_every_string_is_non_empty_and_translated() -> None:
    for key in ui_fr.UI:
        assert ui_fr.UI[key].strip(), key
        assert ui_en.UI[key].strip(), key
    same = [k for k in ui_fr.UI if ui_fr.UI[k] == ui_en.UI[k] and not re.fullmatch(r"[A-Z][a-z]+", ui_en.UI[k])]
    assert not same, f"untranslated: {same}"


def test_placeholders_match_between_languages() -> None:
    for key in ui_fr.UI:
        assert _placeholders(ui_fr.UI[key]) == _placeholders(ui_en.UI[key]), key


@pytest.mark.parametrize(("names", "prefix"), [
    (fields.KINDS, "kind_"), (fields.CHANNELS, "channel_"), (fields.LANGS, "lang_"),
    (fields.TONES, "tone_"), (fields.TOPICS, "topic_"),
    (fields.GENDERS, "gender_sender_"), (fields.GENDERS, "gender_recipient_"),
])
def test_every_engine_value_has_a_label(names, prefix) -> None:
    for name in names:
        assert prefix + name in ui_fr.UI, prefix + name


def test_every_form_field_has_a_label() -> None:
    shown = set(fields.FIELDS) - {"variant"}  # the wording number is a button, not a field
    assert not [n for n in shown if f"label_{n}" not in ui_fr.UI]


def test_every_failure_code_of_the_engine_client_has_a_message() -> None:
    for code in ("no-wasm", "load", "integrity", "crash", "offline"):
        assert f"failed_{code}" in ui_fr.UI
        assert f"failed_{code}" in ui_en.UI


def test_french_typography() -> None:
    for key, text in ui_fr.UI.items():
        assert not re.search(r"[ \t][:;!?»]|«[ \t]", text), key
        assert not re.search(r"\w[;!?]", text), key
        for m in re.finditer(r"(.)([;!?])", text):
            assert m.group(1) == "\u202f", key
        for m in re.finditer(r"(.):", text):
            assert m.group(1) == "\u00a0", key
        assert "(e)" not in text, key
        assert "'" not in text, key


def test_english_uses_no_french_spacing() -> None:
    for key, text in ui_en.UI.items():
        assert "\u00a0" not in text, key
        assert "\u202f" not in text, key
        assert "«" not in text, key
        assert not re.search(r" [:;!?]", text), key


def test_linkedin_limits_are_both_shown_and_dated() -> None:
    for ui in CATALOGS.values():
        text = ui["linkedin_count"]
        assert str(fields.LINKEDIN_FREE) in text
        assert str(fields.LINKEDIN_PREMIUM) in text
        assert "2026" in text
