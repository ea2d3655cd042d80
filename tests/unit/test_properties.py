"""Property tests: any input gives a message or structured errors, never an exception."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rebond import apply_fixes, compose, review, typography
from rebond.field_review import has_word
from rebond.fields import CHANNELS, COMBINATIONS, FIELDS, GENDERS, KINDS, LANGS, TONES, TOPICS

# Placeholders or template syntax the engine itself could leak (user text is excluded below).
LEAK = re.compile(r"\{|\}|\[Nom\]|\[Name\]|XXX|\bNone\b|\bTrue\b|\bFalse\b|  ")

# Lower case only, so that user text can never spell "None" or "XXX" itself.
SAFE_TEXT = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lo", "Nd"), max_codepoint=0x2FFF)
                    | st.sampled_from(" -’'é"), max_size=40)
# A date the letter can print (any other text is a field error): none, ISO, or in figures.
LETTER_DATE = st.one_of(st.just(""), st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)).flatmap(
    lambda day: st.sampled_from([day.isoformat(), f"{day.day:02d}/{day.month:02d}/{day.year}"])))
ANY_VALUE = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=50),
                      st.lists(st.text(max_size=8), max_size=3),
                      st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))

VALID = st.fixed_dictionaries(
    {"kind": st.sampled_from(KINDS), "lang": st.sampled_from(LANGS)},
    optional={
        "sender_gender": st.sampled_from(GENDERS), "recipient_gender": st.sampled_from(GENDERS),
        "tone": st.sampled_from(TONES), "sender_name": SAFE_TEXT, "recipient_name": SAFE_TEXT,
        "company": SAFE_TEXT, "position": SAFE_TEXT, "detail": SAFE_TEXT, "skill": SAFE_TEXT,
        "new_skill": SAFE_TEXT, "keep_cv": st.booleans(), "disappointment": st.sampled_from(["1", "0", "on", "true"]),
        "good_luck": st.booleans(), "feedback_topics": st.lists(st.sampled_from(TOPICS), max_size=4),
        "variant": st.integers(min_value=-10**6, max_value=10**6), "place": SAFE_TEXT, "date": LETTER_DATE,
    },
)


def _with_channel(draw_fields, channel_index):
    fields = dict(draw_fields)
    channels = COMBINATIONS[fields["kind"]]
    fields["channel"] = channels[channel_index % len(channels)]
    return fields


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from([*sorted(FIELDS), "junk"]), ANY_VALUE, max_size=12))
def test_any_fields_give_message_or_errors(raw):
    r = compose(raw)
    assert r["ok"] in (True, False)
    if r["ok"]:
        assert isinstance(r["body"], str)
        assert r["body"]
        assert r["length"] == len(r["body"])
    else:
        assert r["errors"]
        for e in r["errors"]:
            assert e["field"] in FIELDS
            assert e["code"]
            assert e["message"]["fr"]
            assert e["message"]["en"]


@settings(deadline=None, max_examples=200)
@given(VALID, st.integers(min_value=0, max_value=3))
def test_valid_fields_compose_without_leaks(fields, channel_index):
    fields = _with_channel(fields, channel_index)
    r = compose(fields)
    if fields["kind"] == "recontact_skill" and not (fields.get("new_skill") or "").strip():
        assert not r["ok"]
        return
    if not r["ok"]:
        # Only what the reviewer would flag in a field ("null", "xxx") is refused, next to that
        # field, or a field that holds no word ("-", "’").
        assert all((e["code"].startswith("review_") and fields.get(e["field"]))
                   or (e["code"].startswith("no_word") and not has_word(fields[e["field"]])) for e in r["errors"]), r
        return
    assert r["ok"], r
    # User text cannot contain braces here, so any brace or placeholder is the engine's; a name
    # typed in lower case comes out capitalised ("false" signed "False"): that is the reader's.
    body, subject = r["body"], r["subject"]
    for name, value in fields.items():
        if FIELDS[name]["type"] == "text" and isinstance(value, str) and value.strip():
            for form in {value.strip(), value.strip().title()}:
                body, subject = body.replace(form, "§"), subject.replace(form, "§")
    assert not LEAK.search(body), LEAK.search(body)
    assert not LEAK.search(subject)
    assert r["channel"] in CHANNELS
    if r["channel"] == "linkedin":
        assert r["limits"]["fits_free"] == (r["length"] <= 200)
        assert r["limits"]["fits_premium"] == (r["length"] <= 300)
    if r["lang"] == "fr":
        assert typography.french(r["body"]) == r["body"]
    assert compose(fields) == r  # deterministic


@settings(deadline=None, max_examples=200)
@given(st.text(max_size=400), st.sampled_from(LANGS), st.sampled_from(KINDS), st.sampled_from(CHANNELS),
       st.sampled_from(["f", "m", "n", None]))
def test_review_never_raises_and_spans_are_exact(text, lang, kind, channel, gender):
    found = review(text, lang=lang, kind=kind, channel=channel, sender_gender=gender)
    for f in found:
        assert 0 <= f["start"] <= f["end"] <= len(text)
        assert text[f["start"]:f["end"]] == f["excerpt"]
        assert f["severity"] in ("error", "warning", "info")
        if f["fix"]:
            assert 0 <= f["fix"]["start"] <= f["fix"]["end"] <= len(text)
    fixed = apply_fixes(text, found)
    assert isinstance(fixed, str)


@settings(deadline=None, max_examples=200)
@given(st.text(alphabet=st.sampled_from("ab :;!?«» \n\u00a0\u202f1"), max_size=60))
def test_french_typography_is_idempotent_and_matches_review(text):
    once = typography.french(text)
    assert typography.french(once) == once
    fixes = [f for f in review(text, lang="fr", kind="thanks", channel="email") if f["code"] == "typography"]
    assert apply_fixes(text, fixes) == once
