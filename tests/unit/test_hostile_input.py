"""Hostile text in the generator's free-text fields (issue 22): whatever a field holds, for every
kind x channel x language, the engine answers with a message or with field errors, never an
exception; no template syntax and no invisible filler reaches the message; a field that holds
no word gets its error, next to it, in every language."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rebond import compose
from rebond.api import handle
from rebond.field_review import has_word
from rebond.fields import COMBINATIONS, FIELDS, LANGS, LETTER_ONLY

FREE_TEXT = sorted(name for name, spec in FIELDS.items() if spec["type"] == "text")
COMBOS = [(kind, channel, lang) for kind, channels in COMBINATIONS.items() for channel in channels for lang in LANGS]

# What the audit typed, and the families around it.
PUNCTUATION = ['"', ".", "?", "...", "…", "!", "?!", "'", "’", "-", "—", ",", ";", ":", "«»", "()", "[]", "{}",
               "/", "*", "#", "&", "%", "_", "·", "¿", "。", "،", " . ", '" "', "-.-", "'.'"]
SYMBOLS = ["😀", "👩\u200d💻", "❤️", "🇫🇷", "©", "€", "→", "★", "∞", "1️⃣"]
INVISIBLE = ["\u3164", "\u2800", "\ufffe", "\u115f", "\u1160", "\uffa0", "\u200b", "\u200e", "\u200f", "\u2060",
             "\u2064", "\ufeff", "\U000e0041", "\ufe0f", "\u034f", "\u00ad", "\u202e", "\u2066"]
SPACES = [" ", "\u00a0", "\u202f", "\u2003", "\u3000", "\t", "\n"]
COMBINING = ["\u0301", "\u0308", "\u0327", "\u20e3"]
HOSTILE_PIECES = PUNCTUATION + SYMBOLS + INVISIBLE + SPACES + COMBINING + ["{company}", "{Sender}", "[x]", "|", "None"]
# Any text: whole Unicode, the pieces above mixed with it, or the pieces alone.
HOSTILE = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(HOSTILE_PIECES), min_size=1, max_size=6).map("".join),
    st.lists(st.sampled_from(HOSTILE_PIECES) | st.text(max_size=4), min_size=1, max_size=6).map("".join),
    st.text(alphabet=st.characters(whitelist_categories=("P", "S", "Z", "M", "C")), max_size=12),
)
# Removed by the cleaning step: none may reach a message.
FILLERS = (set(INVISIBLE) - {"\ufe0f"}) | {"\u200b", "\u200c", "\u2061", "\u2062", "\u2063", "\U0001d159", "\u17b4",
                                          "\u17b5"}


def _invisible(message: str) -> list[str]:
    """Fillers, and variation selectors that follow no character they could change."""
    lone = [ch for i, ch in enumerate(message) if "\ufe00" <= ch <= "\ufe0f"
            and (i == 0 or message[i - 1].isspace() or "\ufe00" <= message[i - 1] <= "\ufe0f")]
    return [ch for ch in message if ch in FILLERS] + lone


def _leaks(message: str, typed: str) -> list[str]:
    """Template syntax or engine words in ``message`` that the reader did not type."""
    found = [ch for ch in "{}[]|" if ch in message and ch not in typed]
    found += [w for w in ("None", "True", "False")
              if re.search(rf"\b{w}\b", message) and w.lower() not in typed.lower()]
    return found


def _compose(kind: str, channel: str, lang: str, typed: dict[str, str]) -> dict:
    fields = {"kind": kind, "channel": channel, "lang": lang, "company": "Acme", **typed}
    if kind == "recontact_skill" and "new_skill" not in typed:
        fields["new_skill"] = "Python"
    # Through the page's edge (rebond.api): its cleaning step, then the composer; never raises.
    reply = json.loads(handle(json.dumps({"op": "compose", "args": {**fields, "review": False}})))
    assert reply["ok"] is True, (fields, reply)
    return reply["result"]


def _check_answer(result: dict, typed: dict[str, str]) -> None:
    if not result["ok"]:
        assert result["errors"]
        for e in result["errors"]:
            assert e["field"] in typed, (e, typed)  # only a field the reader typed into
            assert all(e["message"][lang] for lang in LANGS), e
        return
    message = result["subject"] + "\n" + result["body"]
    assert result["body"].strip()
    everything = "".join(typed.values())
    assert not _leaks(message, everything), (_leaks(message, everything), typed, message)
    assert not _invisible(message), (typed, message)


@pytest.mark.parametrize(("kind", "channel", "lang"), COMBOS)
@settings(deadline=None, max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(typed=st.dictionaries(st.sampled_from(FREE_TEXT), HOSTILE, min_size=1, max_size=4))
def test_any_text_in_any_free_field_gives_a_message_or_field_errors(kind, channel, lang, typed):
    _check_answer(_compose(kind, channel, lang, typed), typed)


@pytest.mark.parametrize(("kind", "channel", "lang"), COMBOS)
def test_a_field_of_punctuation_alone_gets_its_error_where_the_message_uses_it(kind, channel, lang):
    """The audit's 28 compositions, and every other free-text field with the same inputs."""
    for name in FREE_TEXT:
        for text in ('"', ".", "?", "...", "😀", "«\u00a0»"):
            result = _compose(kind, channel, lang, {name: text})
            spec = FIELDS[name]
            used = kind in spec.get("kinds", (kind,)) and (channel == "letter" or name not in LETTER_ONLY)
            if not used:  # a field the form hides for this message: as if empty
                assert result["ok"], (name, text, result)
                continue
            assert not result["ok"], (name, text, result)
            code = "no_word_required" if kind in spec.get("required_for", ()) else "no_word"
            if FIELDS[name].get("format") in ("date", "email"):  # read as a date or an address first
                code = {"date": "bad_date", "email": "bad_email"}[FIELDS[name]["format"]]
            assert [(e["field"], e["code"]) for e in result["errors"]] == [(name, code)]


def test_the_no_word_message_names_the_field_in_every_language():
    result = compose({"kind": "decline_alternative", "lang": "en", "reason": "?"})
    assert not result["ok"]
    message = result["errors"][0]["message"]
    # The field is named by its visible label.
    assert message["fr"] == ("Le champ «\u00a0La raison, si vous souhaitez la donner\u00a0» ne contient aucun mot, "
                             "seulement de la ponctuation ou des symboles. Écrivez-y des lettres ou des chiffres, ou "
                             "videz-le.")
    assert message["en"] == ("The field \u201cThe reason, if you wish to give it\u201d holds no word, only punctuation "
                             "or symbols. Write letters or digits in it, or clear it.")
    needed = compose({"kind": "recontact_skill", "lang": "fr", "new_skill": "\""})["errors"][0]["message"]
    assert needed["fr"].endswith("Écrivez-y des lettres ou des chiffres\u00a0: ce type de message en a besoin.")
    assert needed["en"].endswith("Write letters or digits in it: this type of message needs them.")


@pytest.mark.parametrize("blank", ["\u00a0", "\u202f \u00a0", "\u3000", "\u2003\u2003", "\u3164", "\u200b\u2800"])
def test_a_blank_field_is_an_empty_field(blank):
    with_blank = compose({"kind": "decline_alternative", "lang": "fr", "company": "Acme", "reason": blank,
                          "detail": blank, "sender_name": blank})
    empty = compose({"kind": "decline_alternative", "lang": "fr", "company": "Acme"})
    assert with_blank["ok"], with_blank
    assert (with_blank["subject"], with_blank["body"]) == (empty["subject"], empty["body"])
    needed = compose({"kind": "recontact_skill", "lang": "fr", "new_skill": blank})
    assert [(e["field"], e["code"]) for e in needed["errors"]] == [("new_skill", "required_for_kind")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Zoé", True), ("3", True), ("漢字", True), ("ça", True), ("A.", True), ("e\u0301", True), ("٣", True),
    (".", False), ("😀", False), ("\u0301", False), ("«\u00a0»", False), ("", False), ("_", False),
])
def test_what_counts_as_a_word(text, expected):
    assert has_word(text) is expected
    assert all(unicodedata.category(ch)[0] not in "LN" for ch in text) is not expected
