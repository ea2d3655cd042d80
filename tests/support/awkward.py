"""What readers really type, and a seeded corpus of messages built from it (not a test module).

The inputs below are the awkward but ordinary ones the engine must place in correct text: a
title typed into a name field, a name in capitals, a company whose name starts with an article,
a vowel, a "y" or an "h", an acronym; a job title copied from an ad with its (H/F) and its
inclusive endings; a detail typed as a noun phrase, a plural one, an infinitive, a whole
sentence; a credential where a skill is expected. Each list mixes them with plain inputs, so
that the corpus also holds the messages most readers get.

:func:`corpus` draws, with a fixed seed, every kind x channel x writer gender x tone x variant
(and recipient gender) several times over, each with a random set of these inputs.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from typing import Any

from rebond.fields import COMBINATIONS, GENDERS, TONES, TOPICS, VARIANTS

INPUTS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "sender_name": [
            "Camille Durand", "M. Jean-Pierre DUPONT", "Mme Zoé d’Arc", "camille durand", "Kévin Le Gall",
            "Marie-Claire de La Tour", "Dr Amel Benali", "Inès Haddad", "", "Léa MARTIN", "Yanis",
            "Monsieur Paul Roux",
        ],
        "recipient_name": [
            "Mme Zoé Martin", "Madame Martin", "M. Dupont", "Monsieur Jean Dupont", "Martin", "Zoé Martin",
            "MARTIN", "Mlle Sophie Roux", "Nguyễn Thị Lan", "de La Fontaine", "", "Sophie", "Dr Lefèvre",
            "mme durand", "Mme. Lefebvre-Morel", "Hélène O’Brien", "M Karim Benzema",
        ],
        "company": [
            "Le Bon Marché", "Les Échos", "La Poste", "L'Oréal", "L’Oréal", "Orange", "Airbus", "YouTube",
            "Yves Rocher", "Hyundai", "Hermès", "Hachette Livre", "HSBC", "EDF", "SNCF", "Ubisoft", "IKEA",
            "Atelier Lumen", "Le Monde", "Les Petits Chaperons Rouges", "l'Atelier des Chefs", "Acme & Sons",
            "BNP PARIBAS", "Ernst & Young", "Éditions Gallimard", "", "Aix-Marseille Université",
            "Harmonie Mutuelle", "Yoplait", "Hôtel Lutetia", "Ipsos", "Le Slip Français",
        ],
        "position": [
            "Chargé(e) de communication (H/F)", "Développeur·se Python F/H", "Responsable logistique",
            "Data Analyst Senior H/F - CDI", "Ingénieur d'études", "Assistant(e) administratif(ve)",
            "CHEF DE PROJET DIGITAL", "Directeur commercial", "Conseiller·ère clientèle", "Infirmier/ère",
            "Technicien(ne) de maintenance", "Commercial(e) sédentaire", "Chef de projet", "UX designer",
            "Poste de comptable", "Juriste", "Vendeur / Vendeuse", "Hôte(sse) d'accueil", "",
            "Product Owner", "Développeur Full Stack JS (H/F/X)", "chargée de communication",
            "Chargé De Mission RSE", "Ingénieur.e logiciel", "Acheteur (H/F)", "Rédacteur/trice web",
            "Educateur(trice) spécialisé(e)", "Hydrogéologue", "Directrice artistique",
        ],
        "detail": [
            "J'ai adoré la visite du labo.", "rencontrer l'équipe produit", "la visite du labo",
            "les échanges avec Paul", "des échanges avec Paul et Inès", "l’atelier de mise en situation",
            "Votre présentation du projet Atlas", "visite de l'entrepôt", "le café avec l'équipe !",
            "la démo de votre outil interne", "Les échanges avec l’équipe « data » !",
            "discuter de votre stratégie RSE", "", "L’entretien avec la directrice m’a beaucoup appris.",
            "votre question sur mon mémoire", "l'accueil chaleureux de toute l'équipe",
            "échanger avec les futurs collègues", "Le cas pratique sur la chaîne logistique",
            "les explications très claires sur le poste", "un échange passionnant sur l’IA",
            "Vous m'avez fait visiter les ateliers", "l’histoire de l’entreprise",
        ],
        "skill": [
            "la gestion de budget", "Python", "gestion de projet", "mon anglais", "animer des ateliers",
            "Je maîtrise SQL depuis cinq ans.", "les outils de BI", "", "l'encadrement d'équipe",
            "Excel", "la négociation commerciale", "management", "parler en public",
        ],
        "new_skill": [
            "Python", "une certification en gestion de projet", "le permis B", "un master en finance",
            "une formation en Python", "J'ai obtenu le TOEIC avec 950 points.", "apprendre l'allemand",
            "la certification PMP", "l'anglais courant", "une expérience de six mois en logistique",
            "le CACES 3", "gestion de projet agile", "un diplôme de comptabilité", "la maîtrise de Figma",
            "Power BI", "une licence professionnelle en logistique", "un stage de six mois en agence",
        ],
        "takeaway": [
            "votre remarque sur la présentation de mes projets", "Vos conseils sur mon CV m'ont ouvert les yeux.",
            "mieux préparer les questions techniques", "", "la structure de ma lettre", "les conseils sur le portfolio",
        ],
        "reason": [
            "J'ai rejoint une autre entreprise le mois dernier.", "", "un poste accepté ailleurs",
            "Mon projet a évolué vers le conseil.", "je viens de signer un CDI",
        ],
        "alt_position": ["Assistant(e) RH (H/F)", "Chargé de projet junior", "", "Technicien(ne) support - CDD",
                         "Alternance marketing"],
        "place": ["Lyon", "Saint-Étienne", "", "Paris"],
        "date": ["2026-03-02", "2026-01-01", "", "2 mars 2026"],
    },
    "en": {
        "sender_name": [
            "Sam Taylor", "Mr John SMITH", "Mrs Zoe Martin", "seán o’connor", "Dr Priya Patel", "", "Alex",
            "Ms. Jane Doe", "Olu Adeyemi",
        ],
        "recipient_name": [
            "Mrs Zoe Martin", "Ms. Smith", "Dr Patel", "Mr John O'Neill", "Sam Lee", "Martin", "SMITH",
            "Miss Ellie Brown", "", "Mx Robin Gray", "mrs jones", "Li", "Prof. Hannah Clarke",
        ],
        "company": [
            "The Guardian", "Acme & Sons", "the BBC", "Le Bon Marché", "IKEA", "Unilever", "Marks & Spencer",
            "", "HSBC", "Lumen Studio", "BNP PARIBAS", "O’Reilly Media", "NHS England", "Ørsted",
        ],
        "position": [
            "Senior Data Analyst (m/f/d)", "Marketing Manager - Full time", "Sales Associate (F/H)",
            "software engineer", "UX Researcher position", "Head of Growth", "", "DATA ENGINEER",
            "Graduate Scheme 2026", "Customer Success Manager (Remote)", "Nurse", "Chef de projet",
            "Junior Account Executive role", "Product Designer (M/F)",
        ],
        "detail": [
            "The lab tour was great.", "meeting the product team", "meet the product team", "the lab tour",
            "your presentation of Project Atlas", "the conversations with Paul and Ines", "",
            "discussing your sustainability strategy", "the case study on customer churn", "The coffee chat!",
            "lab tour", "You showed me the warehouse.", "the questions about my dissertation",
        ],
        "skill": [
            "stakeholder management", "Python", "running workshops", "I have five years of SQL.", "",
            "budget management", "my French", "public speaking", "the BI tools",
        ],
        "new_skill": [
            "a PRINCE2 certification", "Python", "a course in data visualisation", "learning German", "an MBA",
            "I passed the CFA level 1 exam.", "the AWS Solutions Architect certificate", "Figma",
            "six months of experience in logistics", "a driving licence", "fluent Spanish",
        ],
        "takeaway": ["your comment on how I present my projects", "The advice on my CV was an eye-opener.",
                     "preparing better for technical questions", "", "the point about my portfolio"],
        "reason": ["I joined another company last month.", "", "a role accepted elsewhere",
                   "My plans have moved towards consulting."],
        "alt_position": ["HR ASSISTANT (m/f/d)", "Junior Analyst", "", "Support Technician - Fixed term"],
        "place": ["York", "", "London"],
        "date": ["2026-03-02", "", "2 March 2026"],
    },
}

TOPIC_SETS: list[list[str]] = [[], ["cv"], ["letter"], ["interview"], ["tests"], ["cv", "letter"],
                               ["interview", "tests"], ["cv", "interview"], list(TOPICS)]


def _draw(rng: random.Random, lang: str) -> dict[str, Any]:
    pool = INPUTS[lang]
    fields: dict[str, Any] = {name: rng.choice(values) for name, values in pool.items()}
    fields["feedback_topics"] = rng.choice(TOPIC_SETS)
    fields["keep_cv"] = rng.random() < 0.7
    fields["disappointment"] = rng.random() < 0.4
    fields["good_luck"] = rng.random() < 0.7
    fields["comeback_answer"] = rng.choice(("interested", "not_interested"))
    if rng.random() < 0.3:
        fields["sender_address"] = "3 rue des Lilas\n69001 Lyon" if lang == "fr" else "3 Mill Lane\nLeeds LS1 4AB"
    return fields


def corpus(lang: str, repeats: int, seed: int = 2026) -> Iterator[dict[str, Any]]:
    """Fields for every kind x channel x writer gender x tone x variant, ``repeats`` times over.

    The recipient's gender cycles with the repeats; a ``recontact_skill`` draw without a new
    skill gets one (the kind needs it).
    """
    rng = random.Random(f"{seed}-{lang}")
    pairs = [(kind, channel) for kind, channels in COMBINATIONS.items() for channel in channels]
    for n in range(repeats):
        for (kind, channel), sg, tone, variant in itertools.product(pairs, GENDERS, TONES, range(VARIANTS)):
            fields = _draw(rng, lang)
            if kind == "recontact_skill" and not fields["new_skill"]:
                fields["new_skill"] = INPUTS[lang]["new_skill"][n % 3]
            fields.update(kind=kind, channel=channel, lang=lang, sender_gender=sg, tone=tone,
                          variant=variant, recipient_gender=GENDERS[(n + variant) % len(GENDERS)])
            yield fields


def prose(result: dict[str, Any]) -> list[str]:
    """A composed message's prose: its subject and paragraphs, without the address blocks of a
    letter (lines of an address are not sentences, and are what the reader typed)."""
    blocks = (result["letter"].get("sender"), result["letter"].get("recipient"))
    return [p for p in [result["subject"], *result["body"].split("\n\n")] if p and p not in blocks]


def typed_names(fields: dict[str, Any]) -> tuple[str, ...]:
    """The names a reader typed in a message's fields, as they may stand in the text."""
    out: list[str] = []
    for name in ("company", "sender_name", "recipient_name"):
        value = str(fields.get(name, "")).replace("'", "’")
        out.extend(part for part in (value, value.split(" ", 1)[-1]) if part)
    return tuple(out)
