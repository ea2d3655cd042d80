"""Shared inputs for the engine's tests (not a test module)."""

from __future__ import annotations

import itertools

from rebond.fields import COMBINATIONS, GENDERS, LANGS

FULL: dict[str, dict[str, object]] = {
    "fr": {"sender_name": "Camille Durand", "recipient_name": "Martin", "company": "Orange",
           "position": "chargée de communication", "detail": "la visite des ateliers",
           "skill": "la gestion de projet", "new_skill": "une certification en gestion de projet",
           "place": "Lyon", "date": "2026-03-02", "sender_address": "3 rue des Lilas\n69001 Lyon",
           "recipient_address": "10 avenue de France\n75013 Paris", "feedback_topics": "cv,interview",
           "takeaway": "votre remarque sur la présentation de mes projets",
           "alt_position": "Chargé(e) de projet junior",
           "reason": "J’ai rejoint une autre entreprise le mois dernier."},
    "en": {"sender_name": "Sam Taylor", "recipient_name": "Martin", "company": "Acme",
           "position": "Data Analyst", "detail": "the case study on customer churn",
           "skill": "SQL", "new_skill": "an advanced SQL certificate", "place": "Leeds",
           "date": "2026-03-02", "sender_address": "3 Mill Lane\nLeeds LS1 4AB",
           "recipient_address": "10 King Street\nLondon EC2V 8AB", "feedback_topics": ["cv", "interview"],
           "takeaway": "your comment on how I present my projects", "alt_position": "Junior Analyst",
           "reason": "I joined another company last month."},
}

PAIRS = [(kind, channel) for kind, channels in COMBINATIONS.items() for channel in channels]

# Every kind x channel x language x writer gender x recipient gender.
MATRIX = [
    (kind, channel, lang, sg, rg)
    for (kind, channel), lang, sg, rg in itertools.product(PAIRS, LANGS, GENDERS, GENDERS)
]


def fields(kind: str, channel: str, lang: str, sg: str = "n", rg: str = "n", **extra: object) -> dict[str, object]:
    out: dict[str, object] = {"kind": kind, "channel": channel, "lang": lang, "sender_gender": sg,
                              "recipient_gender": rg}
    out.update(FULL[lang])
    out.update(extra)
    return out


def minimal(kind: str, channel: str, lang: str, **extra: object) -> dict:
    out: dict = {"kind": kind, "channel": channel, "lang": lang}
    if kind == "recontact_skill":
        out["new_skill"] = "Python"
    out.update(extra)
    return out


# Words that agree with the writer in French (masculine, feminine).
AGREEMENT = [
    ("déçu", "déçue"), ("reconnaissant", "reconnaissante"), ("heureux", "heureuse"),
    ("ravi", "ravie"), ("informé", "informée"), ("tenu", "tenue"), ("projeté", "projetée"),
    ("intéressé", "intéressée"), ("curieux", "curieuse"), ("aidé", "aidée"), ("touché", "touchée"),
    ("attaché", "attachée"), ("content", "contente"), ("obligé", "obligée"), ("partant", "partante"),
    ("honoré", "honorée"), ("prévenu", "prévenue"),
]
