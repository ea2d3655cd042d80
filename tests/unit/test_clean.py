"""The one cleaning step (rebond.clean) and every op of rebond.api given invisible characters:
control characters, bidirectional and zero-width format characters, tag characters and lone
surrogates never reach a message, a review, a plan, a calendar, a mailto link or an .eml file;
out-of-range dates are field errors; the command line refuses bytes that are not UTF-8."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import unicodedata
from typing import Any
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rebond import clean
from rebond.api import OPS, handle

# What the security review typed, and the rest of each family.
CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x80", "\x85", "\x9f"]
SEPARATORS = ["\u2028", "\u2029"]
FORMATS = ["\u00ad", "\u061c", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
           "\u202d", "\u202e", "\u2060", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\U000e0001",
           "\U000e0041", "\U000e007f"]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"]
# Issue 22: blanks that Unicode counts as letters, marks or symbols, noncharacters, and more
# format characters (word joiner and invisible operators, Mongolian vowel separator, musical
# format characters, interlinear annotation, deprecated format characters).
FILLERS = ["\u3164", "\u115f", "\u1160", "\uffa0", "\u2800", "\u034f", "\u17b4", "\u17b5", "\U0001d159"]
NONCHARACTERS = ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff"]
MORE_FORMATS = ["\u2061", "\u2062", "\u2063", "\u2064", "\u180e", "\u206a", "\u206f", "\ufff9",
                "\U0001d173", "\U0001d17a", "\U000e0020"]
BLANKS = FILLERS + NONCHARACTERS + MORE_FORMATS
# Variation selectors: kept after the character they change (❤️), removed alone.
SELECTORS = ["\ufe00", "\ufe0e", "\ufe0f", "\U000e0100", "\U000e01ef", "\u180b"]
BAD = CONTROLS + SEPARATORS + FORMATS + SURROGATES + BLANKS

# Text a reader may type (any script, emoji, punctuation), with the bad characters mixed in.
READABLE = st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp", "Cn")).filter(
    lambda ch: ch not in BLANKS and ch not in SELECTORS and not "\ufe00" <= ch <= "\ufe0f"
    and not "\U000e0100" <= ch <= "\U000e01ef" and ch not in "\u180b\u180c\u180d\u180f")
MIXED = st.text(alphabet=READABLE | st.sampled_from([*BAD, "\n", "\t", " "]), max_size=60)


def _selector(ch: str) -> bool:
    return "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef" or ch in "\u180b\u180c\u180d\u180f"


def hidden(text: str) -> list[str]:
    """The characters of `text` that must not be there after cleaning."""
    out = []
    for i, ch in enumerate(text):
        category = unicodedata.category(ch)
        joiner_inside = ch in "\u200c\u200d" and 0 < i < len(text) - 1
        prev = text[i - 1] if i else ""
        lone_selector = _selector(ch) and (not prev or _selector(prev) or (
            prev not in "0123456789#*" if prev.isascii() else unicodedata.category(prev)[0] not in "LNSP"))
        if (category in ("Cs", "Zl", "Zp") or (category == "Cc" and ch not in "\t\n\r")
                or (category == "Cf" and not joiner_inside) or ch in BLANKS or lone_selector):
            out.append(ch)
    return out


@given(MIXED)
def test_cleaning_leaves_no_hidden_character_and_keeps_the_rest(text):
    cleaned = clean.text(text)
    assert not hidden(cleaned)
    # Nothing readable is lost: removing the bad characters by hand (line separators become
    # line breaks) gives the same text, except joiners the step keeps on purpose.
    # A high surrogate right before a low one is one character given as its two UTF-16 halves:
    # the codec joins them, as the cleaning step does by hand.
    paired = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    by_hand = "".join("\n" if ch in "\x85\u2028\u2029" else "" if ch in BAD else ch for ch in paired)
    assert cleaned.replace("\u200c", "").replace("\u200d", "") == by_hand
    assert clean.text(cleaned) == cleaned  # idempotent


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme\u202e \u2066SA\u2069", "Acme SA"),                      # bidi override and isolate
    ("Ac\u200bme\ufeff", "Acme"),                                  # zero-width space, BOM
    ("Acme\U000e0049\U000e0047\U000e004e", "Acme"),                # tag characters hide text
    ("A\x00B\x1bC\x7fD", "ABCD"),                                  # NUL, ESC, DEL
    ("a\x85b\u2028c\u2029d", "a\nb\nc\nd"),                        # NEL, line and paragraph separators
    ("x\ud800y\udfffz", "xyz"),                                    # lone surrogates
    ("\ud83d\ude00", "😀"),                                        # a pair given as two halves
    ("\ud800\udc00", "\U00010000"),                                # the first pair (a Linear B letter)
    ("👩\u200d💻 👩🏽\u200d💻 ❤️\u200d🔥", "👩\u200d💻 👩🏽\u200d💻 ❤️\u200d🔥"),  # joiners inside emoji
    ("a\u200db 👩\u200d x\u200d💻", "ab 👩 x💻"),                    # joiners elsewhere
    ("می\u200cخواهم", "می\u200cخواهم"),  # noqa: RUF001 - Persian letters, with their half-space
    ("Zoë O’Brien-Łukasz\tà\nbientôt", "Zoë O’Brien-Łukasz\tà\nbientôt"),
])
def test_cleaning_examples(text, expected):
    assert clean.text(text) == expected


@pytest.mark.parametrize("bad", BLANKS)
def test_blank_letters_and_noncharacters_go_wherever_they_are(bad):
    for text, expected in ((f"{bad}Acme", "Acme"), (f"Ac{bad}me", "Acme"), (f"Acme{bad}", "Acme"),
                           (f"{bad}Zoé{bad} {bad}Dupont-Morel{bad}", "Zoé Dupont-Morel"), (bad * 3, "")):
        assert clean.text(text) == expected, (hex(ord(bad)), text)


@pytest.mark.parametrize("selector", SELECTORS)
def test_a_variation_selector_is_kept_only_after_what_it_changes(selector):
    for text in (f"❤{selector}", f"1{selector}\u20e3", f"#{selector}", f"漢{selector}", f"Acme ❤{selector} SA"):
        assert clean.text(text) == text, hex(ord(selector))
    for text, expected in ((f"{selector}Acme", "Acme"), (f"Acme {selector}", "Acme "), (f"Ac{selector}me", "Acme"),
                           (f"a\n{selector}b", "a\nb"), (f"❤{selector}{selector}", f"❤{selector}"),
                           (f"a\u200d{selector}", "a"), (f"\u3164{selector}", ""), (selector * 4, "")):
        assert clean.text(text) == expected, (hex(ord(selector)), text)


@pytest.mark.parametrize("bad", BLANKS + SELECTORS)
def test_a_blank_at_the_start_middle_or_end_of_a_field_never_reaches_the_message(bad):
    for company in (f"{bad}Acme", f"Ac{bad}me", f"Acme{bad}"):
        for name in ("company", "detail"):
            reply = json.loads(handle(json.dumps({"op": "compose", "args": {
                "kind": "thanks", "lang": "fr", name: company, **({"company": "Acme"} if name == "detail" else {})}})))
            result = reply["result"]
            assert result["ok"], result
            assert bad not in result["body"] + result["subject"], (hex(ord(bad)), name, company)
            assert "Acme" in result["body"] + result["subject"]


def test_legitimate_text_is_kept_whole():
    """Accents, combining marks in names, emoji sequences, scripts, non-breaking spaces."""
    for text in ("Zoë Łukasz-Ñúñez", "Nguye\u0303\u0302n Thi\u0323", "👩🏽\u200d💻 ❤️ 🇫🇷 1️⃣",
                 "Jean-François\u00a0Dupont", "한국어 시험", "漢\U000e0100字", "Ελληνικά", "עִבְרִית",
                 "می\u200cخواهم"):  # noqa: RUF001 - Persian letters
        assert clean.text(text) == text


def test_nested_strings_are_cleaned_keys_included():
    assert clean.strings({"a\u202e": ["x\x00", {"k": "\u200bv"}], "n": 3, "b": None}) == {
        "a": ["x", {"k": "v"}], "n": 3, "b": None}


# --- every op of the API ---------------------------------------------------------------------
def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _request(op: str, bad: str) -> dict[str, Any]:
    """Arguments of `op` with `bad` text in every text field it reads."""
    fields = {"kind": "thanks_feedback", "lang": "fr", "channel": "email", "company": f"Ac{bad}me",
              "position": f"Dév{bad}eloppeuse", "recipient_name": f"Mme{bad} Durand", "sender_name": f"Zoé{bad}",
              "detail": f"votre accueil{bad}", "place": f"Lyon{bad}", "date": f"12{bad} mars"}
    plan = {"refusal_date": "2026-01-12", "today": "2026-02-01", "category": "cadre", "renewal": True,
            "lang": "en", "company": f"Ac{bad}me", "position": f"Dev{bad}"}
    text = f"Bonjour,{bad} merci{bad} pour l'entretien. Cdt{bad}"
    requests: dict[str, dict[str, Any]] = {
        "compose": fields,
        "review": {"text": text, "lang": "fr", "kind": "thanks", "channel": "email"},
        "fix": {"text": text, "lang": "fr", "kind": "thanks", "channel": "email"},
        "mailto": {"to": f"a{bad}@b.c", "subject": f"Mer{bad}ci", "body": text},
        "eml": {"to": f"a{bad}@b.c", "from": f"z{bad}@b.c", "subject": f"Mer{bad}ci", "body": text},
        "plan": plan,
        "ics": plan,
        "schema": {},
        "check": {"text": text, "subject": f"Mer{bad}ci", "lang": "fr", "kind": "thanks", "channel": "linkedin",
                  "ui_lang": "en", "names": [f"Ac{bad}me"]},
        "apply": {"text": text, "lang": "fr", "kind": "thanks", "channel": "email", "key": "abbreviation|Cdt|0"},
        "spell": {"text": text, "lang": "fr", "names": [f"Ac{bad}me"]},
        "prefill": {"fragment": f"#kind=thanks&company=Ac{bad}me"},
        "link": {"fields": {"kind": "thanks", "company": f"Ac{bad}me"}},
        "txt": {"subject": f"Mer{bad}ci", "body": text},
        "merge": {"base": "Merci.", "mine": f"Mer{bad}ci.\n\n{text}", "new": f"Merci{bad}."},
    }
    return requests[op]


def _decoded(op: str, result) -> list[str]:
    """Every text an op's result carries, decoded from its transport form."""
    if op == "mailto":
        return [unquote(result["url"])]
    if op == "eml":
        head, _, body = result.partition("\r\n\r\n")
        words = [base64.b64decode(w.split("?")[3]).decode() for w in head.split() if w.startswith("=?utf-8?b?")]
        return [head, *words, base64.b64decode(body).decode("utf-8")]
    if op == "ics":
        return [result["content"].replace("\r\n ", "").replace("\r\n", "\n")]
    return _strings(result)


def test_every_op_is_covered():
    assert set(OPS) == {"compose", "review", "fix", "mailto", "eml", "plan", "ics", "schema",
                        "check", "apply", "spell", "prefill", "link", "merge", "txt"}


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(OPS)), st.text(alphabet=st.sampled_from(BAD), min_size=1, max_size=6))
def test_no_op_fails_or_lets_a_hidden_character_through(op, bad):
    reply = json.loads(handle(json.dumps({"op": op, "args": _request(op, bad)})))
    assert reply["ok"] is True, reply  # not UnicodeEncodeError, not OverflowError
    result = reply["result"]
    if isinstance(result, dict) and result.get("ok") is False:
        raise AssertionError(f"{op}: field errors for text that is only dirty: {result['errors']}")
    for text in _decoded(op, result):
        assert not hidden(text), (op, [hex(ord(c)) for c in hidden(text)])


@settings(deadline=None, max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED, MIXED, st.sampled_from(["fr", "en"]))
def test_the_calendar_file_has_no_control_character(company, position, lang):
    reply = json.loads(handle(json.dumps({"op": "ics", "args": {
        "refusal_date": "2026-01-12", "today": "2026-02-01", "lang": lang,
        "company": company[:100], "position": position[:100]}})))
    assert reply["ok"] is True
    content = reply["result"]["content"]
    # Control characters only as CRLF line ends (RFC 5545 3.1), nothing invisible in between.
    lines = content.split("\r\n")
    assert lines[-1] == ""
    for line in lines:
        assert not [ch for ch in line if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp")
                    and ch != "\u200d"], repr(line)


@pytest.mark.parametrize("op", ["plan", "ics"])
@pytest.mark.parametrize(("fields", "field"), [
    ({"refusal_date": "9999-12-31", "today": "9999-12-31"}, "refusal_date"),
    ({"refusal_date": "9998-01-01", "today": "9999-12-31"}, "refusal_date"),
    ({"refusal_date": "2026-01-12", "start_date": "9999-12-31", "today": "2026-02-01"}, "start_date"),
])
def test_dates_out_of_the_calendar_are_field_errors(op, fields, field):
    reply = json.loads(handle(json.dumps({"op": op, "args": fields})))
    assert reply["ok"] is True, reply
    errors = reply["result"]["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [(field, "out_of_range")]
    assert errors[0]["message"]["fr"] != errors[0]["message"]["en"]


def test_the_latest_accepted_date_still_makes_a_whole_plan():
    reply = json.loads(handle(json.dumps({"op": "ics", "args": {
        "refusal_date": "9997-12-31", "start_date": "9997-12-31", "category": "cadre", "renewal": True,
        "today": "9999-12-31"}})))
    assert reply["result"]["ok"] is True
    assert "DTSTART;VALUE=DATE:9998" in reply["result"]["content"]


# --- the command line ------------------------------------------------------------------------
def _cli(args: list[bytes], stdin: bytes = b"") -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "rebond", *args], input=stdin, capture_output=True, timeout=60)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_the_command_line_refuses_input_that_is_not_utf8():
    code, out, err = _cli([b"review", b"lang=fr"], "Caf\u00e9 merci".encode("latin-1"))
    assert code == 2
    assert out == ""
    assert "standard input is not UTF-8" in err
    assert "0xe9" in err
    assert "Traceback" not in err
    code, out, err = _cli([b"compose", b"kind=thanks", b"company=Caf\xe9"])
    assert code == 2
    assert "argument 3 is not UTF-8" in err
    assert "Traceback" not in err


def test_the_command_line_cleans_what_it_reads():
    code, out, _ = _cli([b"compose", b"kind=thanks", "company=Ac\u202eme\u200b".encode()])
    assert code == 0
    assert "Acme" in json.loads(out)["body"]
    code, out, _ = _cli([b"review", b"lang=fr"], "Merci\x00 pour tout. Cdt\u2066".encode())
    findings = json.loads(out)
    assert code == 0
    assert any(f["excerpt"] == "Cdt" for f in findings)
