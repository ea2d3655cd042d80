"""Write tests/cases/corpus.json: a deterministic corpus of requests for rebond.api.handle.

The same corpus runs under CPython and under Pyodide (tests/pyodide/) and the answers must be
byte-identical. Regenerate after adding fields or kinds: ``python tests/cases/make_corpus.py``.
"""

from __future__ import annotations

import itertools
import json
import pathlib
import re
import sys

from rebond.fields import COMBINATIONS

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the awkward inputs of support.awkward

from support import awkward, review_corpus  # noqa: E402

CORPUS = HERE / "corpus.json"
# A calendar file says when it was made (RFC 5545 DTSTAMP, the clock's time): the one part of an
# answer that differs between two runs, set aside when answers are compared.
_DTSTAMP = re.compile(r"DTSTAMP:\d{8}T\d{6}Z")


def comparable(answer: str) -> str:
    """An answer of rebond.api.handle, with the time a calendar file was made set aside."""
    return _DTSTAMP.sub("DTSTAMP:(when made)", answer)


PEOPLE = {
    "fr": {"sender_name": "Zoé d’Arc-Łukasiewicz", "recipient_name": "Nguyễn", "company": "L’Oréal",
           "position": "ingénieure données", "detail": "Les échanges avec l’équipe « data » !",
           "skill": "l’analyse statistique", "new_skill": "une formation en Python", "place": "Nantes",
           "date": "2026-01-31", "sender_address": "1 rue Haute\n44000 Nantes"},
    "en": {"sender_name": "Seán O’Connor", "recipient_name": "李", "company": "Acme & Sons",
           "position": "UX Researcher", "detail": "the usability study you showed me",
           "skill": "survey design", "new_skill": "a course in quantitative research", "place": "York",
           "date": "2026-12-01", "recipient_address": "1 High Street\nYork YO1 1AA"},
}
TOPIC_SETS = [[], ["cv"], ["letter", "tests"], ["cv", "letter", "interview", "tests"], ["interview"]]
REVIEW_TEXTS = [
    "Bonjour,\nJe souhaiterais un nouvel entretien!!! Cdt",
    "Merci pour votre retour: je suis déçu(e), c'est INJUSTE ET SCANDALEUX.",
    "Madame,\n\nMerci «beaucoup» ; bonne journée ? [Nom] XXX",
    "Vous n’avez pas pris le temps de lire mon CV. Je me permets d’insister, au plus vite.",
    "Dear [Name], thx for nothing. This was unfair and a waste of my time!!",
    "Thank you. Could you reconsider? I still haven't heard back. Was it my CV? Tests? Interview?",
    "Emoji 😀 avant : le texte ; ça compte ?",
    "",
    "Merci.\u00a0Tout va bien\u202f!",
]

HOSTILE_TEXTS = ['"', ".", "?", "...", "…", "«\u00a0»", "😀", "\u00a0", "\u3000", "\u3164", "\u2800Acme\u2800",
                 "Ac\ufffeme", "\ufe0f", "❤\ufe0f Acme", "1\ufe0f\u20e3", "\u115f\u1160\uffa0", "Acme\U000e0041",
                 "e\u0301", "\u200f\u200e", "{company}", "[x]"]
PREFILL_LINKS = [
    "#kind=thanks_feedback&company=L%E2%80%99Or%C3%A9al&feedback_topics=cv%2Ctests&keep_cv=0",
    "#kind=feedback" + "&feedback_topics=cv&feedback_topics=tests" * 300,
    "#kind=thanks&company=Ac%E9me&detail=%F0%9F%98%80",
    "#kind=thanks&company&=x&&",
    "#=x&company",
    "#kind=thanks&detail=" + "%F0%9F%98%80" * 300,
    "#" + "feedback_topics=cv&" * 2_000,
    "#top",
]


def cases() -> list[str]:
    out: list[dict] = []
    for kind, channels in COMBINATIONS.items():
        for channel, lang, (sg, rg) in itertools.product(channels, ("fr", "en"), itertools.product("fmn", "fmn")):
            i = len(out)
            fields = {"kind": kind, "channel": channel, "lang": lang, "sender_gender": sg, "recipient_gender": rg,
                      "variant": i, "tone": ("formal", "warm")[i % 2], "disappointment": i % 3 == 0,
                      "keep_cv": i % 4 != 1, "good_luck": "on" if i % 5 else "0",
                      "feedback_topics": TOPIC_SETS[i % len(TOPIC_SETS)]}
            if i % 3 != 2:
                fields.update(PEOPLE[lang])
            elif kind == "recontact_skill":
                fields["new_skill"] = "Kotlin"
            out.append({"op": "compose", "args": fields})
    # What readers really type (titles in names, ads' job titles, "Le ..." companies, sentences).
    for lang in ("fr", "en"):
        for i, fields in enumerate(awkward.corpus(lang, 1, seed=7)):
            if i % 2 == 0:
                out.append({"op": "compose", "args": fields})
    # The follow-up planner and its calendar file, in both languages, and input it refuses.
    categories = ("employe", "technicien", "cadre", "unknown")
    for i, (lang, category) in enumerate(itertools.product(("fr", "en"), categories)):
        plan = {"lang": lang, "refusal_date": f"2026-0{1 + i % 9}-1{i % 10}", "category": category,
                "renewal": i % 2 == 0, "today": "2026-12-01", "company": "Le Bon Marché",
                "position": "Chargé(e) de communication"}
        out.append({"op": "plan", "args": plan})
        # Around the year's end and its public holidays (1 January), the file's dates move.
        out.append({"op": "ics", "args": {**plan, "refusal_date": f"2025-12-{22 + i}", "today": "2026-01-02"}})
    for bad in ({}, {"refusal_date": "2026-02-30"}, {"refusal_date": "2026-03-01"},
                {"refusal_date": "2026-01-12", "category": "pdg"}, {"refusal_date": "hier", "lang": "en"},
                {"refusal_date": "2026-01-12", "start_date": "2025-12-01"}):
        out.append({"op": "plan", "args": {**bad, "today": "2026-02-01"}})  # a date, not the clock's
        out.append({"op": "ics", "args": {**bad, "today": "2026-02-01"}})
    # Bad input.
    for bad in ({}, {"kind": "thanks", "channel": "phone"}, {"kind": "x" * 500},
                {"kind": "thanks", "company": "c" * 121},
                {"kind": "thanks", "variant": "deux"}, {"kind": "recontact_skill"},
                {"kind": "feedback", "feedback_topics": "cv,salaire"},
                {"kind": "thanks", "sender_name": "a\x00b\u200bc"}):
        out.append({"op": "compose", "args": bad})
    # Hostile text (issue 22): fields of punctuation only, blanks, invisible fillers, selectors.
    for i, (kind, text) in enumerate(itertools.product(("decline_alternative", "reply_comeback", "recontact_skill",
                                                        "keep_in_touch"), HOSTILE_TEXTS)):
        field = ("reason", "new_skill", "detail", "company", "sender_name")[i % 5]
        extra = {"new_skill": "Kotlin"} if kind == "recontact_skill" and field != "new_skill" else {}
        out.append({"op": "compose", "args": {"kind": kind, "lang": ("fr", "en")[i % 2], field: text, **extra}})
    # Prefill links: read, malformed, at the cap's scale, and too long.
    for fragment in PREFILL_LINKS:
        out.append({"op": "prefill", "args": {"fragment": fragment}})
    for text, lang, ui in itertools.product(REVIEW_TEXTS, ("fr", "en"), ("fr", "en")):
        for kind, channel in (("thanks_feedback", "email"), ("linkedin", "linkedin")):
            out.append({"op": "review", "args": {"text": text, "lang": lang, "kind": kind, "channel": channel,
                                                 "ui_lang": ui, "sender_gender": "f"}})
    for text in REVIEW_TEXTS:
        out.append({"op": "fix", "args": {"text": text, "lang": "fr", "kind": "thanks", "channel": "email",
                                          "sender_gender": "m"}})
        out.append({"op": "mailto", "args": {"to": "rh@exemple.fr", "subject": text[:40], "body": text}})
        out.append({"op": "eml", "args": {"subject": text[:60] or "Objet", "body": text, "to": "rh@exemple.fr",
                                          "date": "2026-03-02T10:00:00+01:00"}})
    # The reviewer's labelled corpus, each sentence inside its message (issue 15), and its fixes.
    for i, sentence in enumerate(review_corpus.load()):
        text, _, _ = review_corpus.message(sentence)
        args = {"text": text, "lang": sentence.lang, "kind": review_corpus.KIND, "channel": review_corpus.CHANNEL,
                "ui_lang": ("fr", "en")[i % 2]}
        out.append({"op": "fix" if i % 5 == 0 else "review", "args": args})
    out.append({"op": "schema", "args": {}})
    requests = [json.dumps(case, ensure_ascii=False, sort_keys=True) for case in out]
    # Malformed requests must be answered too.
    requests += ["", "not json", "[]", '{"op": "nope"}', '{"op": "compose", "args": 3}']
    return requests


def main() -> None:
    CORPUS.write_text(json.dumps(cases(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
