"""House rules over a corpus of messages built from what readers really type, in both languages.

Each rule is checked over every message of the corpus (tests/support/awkward.py), and a failure
lists the messages that break it:

- no form of address twice ("Madame Mme"), no abbreviated title printed ("Mme", "Mrs");
- no ad marks ("(H/F)", "chargé(e)", "développeur·se") and no straight apostrophe;
- the company named at most twice in the body, thanks said once, no word said twice;
- each kind within the length the guide gives (rebond.plans), subjects short;
- LinkedIn notes within 300 characters; phone notes with two or three points to say;
- the engine's own reviewer silent (nothing but the information that a note needs 300 characters).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from rebond import compose, locales, plans
from rebond.compose import Writer, words
from rebond.context import Ctx
from rebond.fields import LINKEDIN_PREMIUM
from rebond.inputs import inclusive
from rebond.inputs.job_titles import _GENDER_MARKS
from rebond.validate import validate
from support.awkward import corpus

REPEATS = 8  # x 234 combinations, per language

_TITLE = r"(?:Madame|Monsieur|Mme|Mlle|M\.|Mr|Mrs|Ms|Miss|Mx|Dr|Docteur)"
TITLE_TWICE = re.compile(rf"\b{_TITLE}\.? +{_TITLE}(?!\w)")
ABBREVIATED_TITLE = re.compile(r"\b(?:Mme|Mlle|Mrs|Miss)\b")
THANKS = {"fr": re.compile(r"\bmerci\b|\bremerci\w*|\breconnaissant\w*|\bsais gré\b", re.I),
          "en": re.compile(r"\bthank\w*|\bgrateful\b", re.I)}
# Words that may come back in a message: its subject, and words too common to be noticed.
COMMON = {
    "fr": {"candid", "poste", "échang", "messag", "votre", "notre", "cette", "comme", "aussi", "entre", "depuis",
           "quelques", "lorsque", "autre", "autres", "avoir", "serait", "serais", "pourrait", "toute", "toutes",
           "faire", "était", "avait", "avons", "avez", "vous", "nous", "leurs", "dans", "sans", "sous", "avec", "pour",
           "plus", "moins", "très", "bien", "encore", "alors", "ainsi", "chez", "celui", "celle", "ceux", "celles",
           "quand", "après", "avant", "même"},
    "en": {"applic", "conver", "messag", "about", "would", "could", "should", "there", "their", "these", "those",
           "which", "while", "where", "other", "again", "since", "being", "have", "with", "your", "from", "that",
           "this", "will", "them", "they", "what", "when", "than", "just", "been", "into", "very", "also", "more",
           "most", "some", "such", "only", "much", "many", "here", "well"},
}


def _stem(word: str) -> str:
    return word[:6]


COMMON = {lang: {_stem(word) for word in common} for lang, common in COMMON.items()}


@pytest.fixture(scope="module", params=["fr", "en"])
def messages(request) -> list[tuple[dict, dict, list[str]]]:
    """(fields, result, body paragraphs) for every message of the corpus in one language."""
    out = []
    for fields in corpus(request.param, REPEATS):
        result = compose(fields)
        assert result["ok"], (fields, result)
        body: list[str] = []
        if result["channel"] in ("email", "letter", "linkedin_message"):
            clean, errors = validate(fields)
            assert clean is not None, errors
            writer = Writer(Ctx.from_fields(clean), locales.pack(result["lang"]))
            body = [writer.finish(p) for p in writer.fitted_body()]
            # What the reader typed, as the message writes it (a job title agreed with the writer).
            grammar = writer.grammar()
            fields = {**fields, "position as written": grammar.title, "offer as written": grammar.alt_title}
        out.append((fields, result, body))
    return out


def _failures(messages, broken) -> str:
    """An empty string, or how many messages break the rule, with a few of them and why."""
    bad = [(fields, result, why) for fields, result, body in messages if (why := broken(fields, result, body))]
    sample = "\n\n".join(f"{f['kind']}/{f['channel']} ({why!r}):\n{r['body'][:700]}" for f, r, why in bad[:3])
    return f"{len(bad)} of {len(messages)} messages:\n{sample}" if bad else ""


def test_no_form_of_address_twice_and_no_abbreviated_title(messages):
    assert not _failures(messages, lambda f, r, b: TITLE_TWICE.search(r["body"]) or ABBREVIATED_TITLE.search(r["body"]))


def test_no_ad_marks_nor_inclusive_forms(messages):
    def broken(f, r, b):
        text = r["subject"] + "\n" + r["body"]
        return _GENDER_MARKS.search(text) or inclusive.has_marks(text) or "·" in text
    assert not _failures(messages, broken)


def test_no_straight_apostrophe_or_quote(messages):
    assert not _failures(messages, lambda f, r, b: "'" in r["subject"] + r["body"] or '"' in r["body"])


def test_the_company_is_named_at_most_twice_in_the_body(messages):
    def broken(f, r, b):
        name = f["company"].replace("'", "’")
        core = re.sub(r"^(?:le|la|les|the) ", "", name, flags=re.I)
        return bool(core) and " ".join(b).count(core) > 2
    assert not _failures(messages, broken)


def test_thanks_are_said_once(messages):
    assert not _failures(messages, lambda f, r, b: b and len(THANKS[r["lang"]].findall(" ".join(b))) != 1)


def test_no_word_of_the_engine_is_said_twice(messages):
    def broken(f, r, b):
        typed = {w.lower() for value in f.values() if isinstance(value, str)
                 for w in re.findall(r"[^\W\d_]+", value.replace("'", "’"))}
        stems = Counter(_stem(w.lower()) for w in re.findall(r"[^\W\d_]+", " ".join(b))
                        if len(w) >= 5 and w.lower() not in typed)
        return [s for s, n in stems.items() if n > 1 and s not in COMMON[r["lang"]]]
    assert not _failures(messages, broken)


def test_every_kind_stays_within_the_guides_length(messages):
    def broken(f, r, b):
        if r["channel"] == "linkedin":
            return r["length"] > LINKEDIN_PREMIUM
        if r["channel"] == "phone":
            core = r["body"].split("\n\n")[1].split("\n")[1:]
            return not 2 <= len(core) <= plans.PHONE_POINTS
        return words(" ".join(b)) > plans.max_words(r["kind"], r["channel"])
    assert not _failures(messages, broken)


def test_subjects_are_short(messages):
    assert not _failures(messages, lambda f, r, b: len(r["subject"]) > plans.SUBJECT_MAX)


def test_the_engine_never_trips_its_own_reviewer(messages):
    def broken(f, r, b):
        return [x for x in r["findings"] if x["severity"] != "info" or x["code"] != "linkedin_free"]
    assert not _failures(messages, broken)
