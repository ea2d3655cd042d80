"""Validation: bad input gives structured errors in both languages, never an exception."""

from __future__ import annotations

import pytest

from rebond import compose, locales
from rebond.fields import COMBINATIONS, DEFAULTS, FIELDS, KINDS, VARIANTS
from rebond.validate import clean_text, validate


def errors_of(raw):
    result = compose(raw)
    assert result["ok"] is False
    return result["errors"]


def test_kind_is_required_and_errors_are_bilingual():
    errs = errors_of({})
    assert [e["field"] for e in errs] == ["kind"]
    assert errs[0]["code"] == "required"
    assert errs[0]["message"]["fr"] != errs[0]["message"]["en"]
    assert "\u00a0»" in errs[0]["message"]["fr"]  # French typography in French messages


@pytest.mark.parametrize(("field", "value", "code"), [
    ("kind", "letter_of_love", "unknown_value"),
    ("channel", "fax", "unknown_value"),
    ("lang", "de", "unknown_value"),
    ("sender_gender", "x", "unknown_value"),
    ("tone", "angry", "unknown_value"),
    ("keep_cv", "maybe", "bad_bool"),
    ("variant", "two", "bad_int"),
    ("variant", 1.5, "bad_int"),
    ("feedback_topics", "cv,salary", "unknown_value"),
    ("feedback_topics", [1, 2], "bad_type"),
    ("feedback_topics", 3, "bad_type"),
    ("company", ["a"], "bad_type"),
    ("company", "x" * 121, "too_long"),
    ("sender_name", "x" * 81, "too_long"),
    ("detail", "x" * 301, "too_long"),
    ("skill", "x" * 121, "too_long"),
])
def test_bad_values(field, value, code):
    errs = errors_of({"kind": "thanks", field: value})
    assert (field, code) in [(e["field"], e["code"]) for e in errs]
    for e in errs:
        assert e["message"]["fr"]
        assert e["message"]["en"]


def test_limits_are_inclusive():
    detail = ("la visite très complète des ateliers de production, puis des laboratoires de recherche, avec une "
              "démonstration des outils internes et un échange avec l’équipe qualité sur les méthodes de contrôle, "
              "les audits et la façon dont les retours des clients sont traités chaque semaine.")[:300]
    assert compose({"kind": "thanks", "company": "Société " * 15, "detail": detail})["ok"]
    assert not compose({"kind": "thanks", "company": "Société " * 15 + "X"})["ok"]


def test_channel_must_suit_kind():
    errs = errors_of({"kind": "linkedin", "channel": "email"})
    assert errs[0]["code"] == "not_for_kind"
    assert "linkedin" in errs[0]["message"]["en"]


def test_channel_defaults_to_first_of_kind():
    for kind in KINDS:
        assert compose({"kind": kind, "new_skill": "Rust"})["channel"] == COMBINATIONS[kind][0]


def test_recontact_needs_new_skill():
    errs = errors_of({"kind": "recontact_skill"})
    assert errs[0]["field"] == "new_skill"
    assert errs[0]["code"] == "required_for_kind"


@pytest.mark.parametrize(("raw", "expected"), [
    (True, True), (False, False), ("1", True), ("0", False), ("on", True), ("off", False),
    ("true", True), ("FALSE", False), (1, True), (0, False), ("", False),
])
def test_booleans_from_forms_and_urls(raw, expected):
    clean, errs = validate({"kind": "thanks", "disappointment": raw})
    assert clean is not None, errs
    assert clean["disappointment"] is expected


def test_topics_list_or_comma_string_deduplicated_in_catalog_order():
    a, _ = validate({"kind": "feedback", "feedback_topics": "interview, cv,cv"})
    b, _ = validate({"kind": "feedback", "feedback_topics": ["cv", "interview"]})
    assert a is not None
    assert b is not None
    assert a["feedback_topics"] == b["feedback_topics"] == ["cv", "interview"]


@pytest.mark.parametrize("raw", [0, 1, 2, 3, 7, -1, -100, "5", "+4", 10**15, True])
def test_variant_wraps(raw):
    clean, errs = validate({"kind": "thanks", "variant": raw})
    assert clean is not None, errs
    assert 0 <= clean["variant"] < VARIANTS
    assert clean["variant"] == int(raw) % VARIANTS


def test_unknown_fields_are_ignored_and_defaults_apply():
    clean, errs = validate({"kind": "thanks", "submit": "Envoyer"})
    assert clean is not None, errs
    assert "submit" not in clean
    for name in FIELDS:
        if name not in ("kind", "channel"):
            assert clean[name] == DEFAULTS[name]


def test_not_a_mapping():
    clean, errs = validate(["kind", "thanks"])
    assert clean is None
    assert errs


def test_control_characters_removed_text_kept_exactly():
    assert clean_text("Zoë\x00 O’Brien-\x07Łukasz\x1b") == "Zoë O’Brien-Łukasz"
    assert clean_text("  a\t\tb \n c  ") == "a b c"
    assert clean_text("l1\r\nl2\r\n\r\nl3", multiline=True) == "l1\nl2\nl3"
    assert clean_text("\ud800x") == "x"


@pytest.mark.parametrize("name", ["Zoë d’Arc-Łukasiewicz", "李小龍", "محمد بن سلمان", "Ngũgĩ wa Thiong’o",
                                  "Ó Súilleabháin", "Anne-Marie O’Neil"])
def test_names_in_any_script_come_out_exactly(name):
    for lang in ("fr", "en"):
        r = compose({"kind": "thanks", "lang": lang, "sender_name": name, "company": name})
        assert r["ok"]
        assert name in r["body"]


def test_a_straight_apostrophe_in_a_name_comes_out_curly_like_the_rest_of_the_message():
    r = compose({"kind": "thanks", "sender_name": "Ngũgĩ wa Thiong'o", "company": "L'Oréal"})
    assert "Ngũgĩ wa Thiong’o" in r["body"]
    assert "L’Oréal" in r["body"]
    assert "'" not in r["body"]


@pytest.mark.parametrize(("name", "code"), [("<b>Bob</b>", "html"), ("{{ name }}", "review_placeholder"),
                                           ("[Nom]", "review_placeholder"), ("XXX", "review_placeholder")])
def test_a_placeholder_in_a_name_field_is_refused_next_to_the_field(name, code):
    for lang in ("fr", "en"):
        r = compose({"kind": "thanks", "lang": lang, "sender_name": name})
        assert not r["ok"], r
        assert r["errors"][0]["field"] == "sender_name", r
        assert r["errors"][0]["code"] == code


# --- Checks that match the labels (issue 23) ------------------------------------------------


@pytest.mark.parametrize(("lang", "typed"), [
    ("fr", "2026-03-02"), ("fr", "02/03/2026"), ("fr", "2 mars 2026"), ("fr", "1er mai"), ("fr", "1ᵉʳ mai 2026"),
    ("fr", "29 février 2028"), ("en", "2026-03-02"), ("en", "2 March 2026"), ("en", "March 2, 2026"),
    ("en", "2nd March"), ("en", "02.03.2026")])
def test_a_date_the_letter_can_print_is_accepted(lang, typed):
    clean, errors = validate({"kind": "thanks", "channel": "letter", "lang": lang, "date": typed})
    assert errors == []
    assert clean is not None
    assert clean["date"] == typed


@pytest.mark.parametrize(("lang", "typed"), [
    ("fr", "9999-99-99"), ("fr", "2026-02-30"), ("fr", "demain"), ("fr", "le demain"), ("fr", "le 2 mars 2026"),
    ("fr", "31 février"), ("fr", "32/01/2026"), ("fr", "2 March 2026"), ("en", "2 mars 2026"), ("en", "tomorrow"),
    ("en", "13/13/2026"), ("fr", "29 février 2027")])
def test_a_date_the_letter_cannot_print_is_flagged_by_its_label(lang, typed):
    clean, errors = validate({"kind": "thanks", "channel": "letter", "lang": lang, "date": typed})
    assert clean is None
    assert [(e["field"], e["code"]) for e in errors] == [("date", "bad_date")]
    assert "2026-03-02" in errors[0]["message"]["fr"]
    assert "2 mars 2026" in errors[0]["message"]["fr"]
    assert "2 March 2026" in errors[0]["message"]["en"]


@pytest.mark.parametrize("typed", ["camille@", "camille", "@exemple.fr", "camille@exemple", "camille@exemple.",
                                   "ca mille@exemple.fr", "camille..durand@exemple.fr", "camille@@exemple.fr",
                                   "<camille@exemple.fr>", "camille@exemple.f"])
@pytest.mark.parametrize("name", ["sender_email", "recipient_email"])
def test_an_email_address_must_be_one(name, typed):
    # sender_email is a letter's line: checked where the form shows it.
    clean, errors = validate({"kind": "thanks", "channel": "letter", name: typed})
    assert clean is None
    assert [(e["field"], e["code"]) for e in errors] == [(name, "bad_email")]
    assert "camille.durand@exemple.fr" in errors[0]["message"]["fr"]


@pytest.mark.parametrize("typed", ["camille@exemple.fr", "c.durand+rebond@mail.exemple.co.uk", "zoé@exemple.fr", ""])
def test_a_real_email_address_is_kept(typed):
    clean, errors = validate({"kind": "thanks", "recipient_email": typed, "sender_email": typed})
    assert errors == []
    assert clean is not None
    assert clean["recipient_email"] == typed


def test_errors_name_the_field_by_its_visible_label():
    _, errors = validate({"kind": "thanks", "detail": "x" * 301})
    assert errors[0]["message"]["fr"].startswith("Le champ «\u00a0Un souvenir précis de vos échanges\u00a0»")
    assert "détail marquant" not in errors[0]["message"]["fr"]
    assert locales.pack("en").ui.UI["label_detail"] in errors[0]["message"]["en"]


@pytest.mark.parametrize("typed", ["<b>Acme</b>", "<img src=x onerror=alert(1)>", "Acme <!-- x -->", "</p>"])
def test_html_in_a_name_is_called_html(typed):
    result = compose({"kind": "thanks", "company": typed})
    assert [e["code"] for e in result["errors"]] == ["html"]
    assert result["errors"][0]["message"]["fr"].startswith("Le champ «\u00a0Entreprise\u00a0» contient du code HTML")
    assert "Texte à compléter" not in result["errors"][0]["message"]["fr"]
    assert "contains HTML code" in result["errors"][0]["message"]["en"]
    # What only looks like markup is a name like any other.
    assert compose({"kind": "thanks", "company": "Léa <3 & Fils"})["ok"]
