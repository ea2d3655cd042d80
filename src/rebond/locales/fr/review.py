"""French texts of the reviewer's findings (codes from rebond.review)."""

from __future__ import annotations

from ...typography import french


REVIEW = {
    "new_interview": ("Ce passage demande un nouvel entretien ou de revenir sur la décision.",
                      "Retirez-le : remerciez, demandez un retour, et laissez la porte ouverte sans insister."),
    "insistent": ("Cette tournure peut sembler insistante.",
                  "Restez bref et laissez au recruteur la liberté de répondre ou non."),
    "bitter": ("Cette tournure laisse paraître de l’amertume.",
               "Gardez la déception pour vous, ou exprimez-la sobrement, sans reproche."),
    "blame": ("Ce passage reproche quelque chose au recruteur.",
              "Parlez de ce que vous auriez pu mieux montrer plutôt que de ce qu’il aurait dû faire."),
    "missing_thanks": ("Le message ne remercie pas le recruteur.",
                       "Ajoutez un remerciement pour son temps et pour sa réponse."),
    "too_long": ("Le message est long pour ce canal ({length} caractères, {limit} conseillés au plus).",
                 "Gardez l’essentiel : un remerciement, une ou deux questions, une ouverture."),
    "linkedin_free": ("La note dépasse 200 caractères, la limite des comptes gratuits ({length} caractères).",
                      "Raccourcissez-la, sauf si votre compte accepte 300 caractères."),
    "linkedin_premium": ("La note dépasse 300 caractères ({length} caractères) : LinkedIn la refusera.",
                         "Raccourcissez-la à 300 caractères au plus, ou à 200 pour un compte gratuit."),
    "abbreviation": ("Abréviation à éviter dans un message professionnel : « {excerpt} ».",
                     "Écrivez le mot en entier{replacement}."),
    "gender_parenthesis": ("Forme entre parenthèses : « {excerpt} ».",
                           "Choisissez l’accord qui vous correspond, ou reformulez sans accord."),
    "typography": ("Espace insécable manquante.",
                   "Une espace insécable avant « : » et à l’intérieur des guillemets, une espace fine insécable avant ; ! ?."),
    "shouting": ("Majuscules ou ponctuation répétée : cela donne l’impression de crier.",
                 "Écrivez en minuscules et gardez un seul point d’exclamation, ou aucun."),
    "placeholder": ("Texte à compléter oublié : « {excerpt} ».",
                    "Remplacez-le par la vraie information, ou supprimez-le."),
    "too_many_questions": ("Le message pose {count} questions : les recruteurs répondent plus volontiers à une ou deux.",
                           "Gardez les deux questions les plus précises."),
}


def review_text(code: str, **params: object) -> tuple[str, str]:
    message, suggestion = REVIEW[code]
    return french(message.format(**params)), french(suggestion.format(**params))


def proposal(replacement: str) -> str:
    """The replacement offered for an abbreviation, inside a suggestion."""
    return f" : « {replacement} »" if replacement else ""


# --- what the reviewer looks for in a text of this language -------------------------------

# Phrases by family. Words are matched whole, case-insensitively; apostrophes may be ' or ’.
PATTERNS: dict[str, list[str]] = {
    "new_interview": [
        r"\bnouvel entretien",
        r"\b(?:un|d['’]un) (?:autre|second|deuxième) entretien",
        r"\brecons[iy]dérer\b",
        r"\brevenir sur votre (?:décision|choix)",
        r"\brevoir votre (?:décision|choix)",
        r"\b(?:seconde|deuxième|nouvelle|dernière) chance\b",
        r"\bme (?:redonner|donner) (?:une|ma) chance\b",
        r"\bchanger d['’]avis\b",
        r"\bre-?convoquer\b",
        r"\bme recevoir (?:à nouveau|de nouveau)",
    ],
    "insistent": [
        r"\bje (?:me permets d['’])?insist\w*",
        r"\bj['’]insiste\b",
        r"\btoujours pas (?:de|eu de) réponse",
        r"\bsans (?:aucune )?réponse de votre part",
        r"\bdans les (?:plus )?brefs délais\b",
        r"\bau plus vite\b",
        r"\burgent\w*",
        r"\bmalgré mes (?:nombreuses |multiples |différentes |précédentes )?relances\b",
        r"\bj['’]attends (?:votre|une) réponse\b",
        r"\bje relance (?:encore|à nouveau)",
    ],
    "bitter": [
        r"\binjust\w*",
        r"\bdommage pour vous\b",
        r"\bvous (?:le )?regretterez\b",
        r"\bvous (?:passez|êtes passés?) à côté\b",
        r"\bincompréhensible\b",
        r"\bscandal\w*",
        r"\bhonteu\w*",
        r"\bperte de temps\b",
        r"\bridicule\b",
        r"\bje ne comprends pas (?:votre|ce) (?:décision|choix)",
        r"\binadmissible\b",
        r"\bmépris\w*",
    ],
    "blame": [
        r"\bvous (?:n['’]avez|ne m['’]avez) (?:pas|même pas) (?:su|compris|lu|pris le temps|écouté|laissé)",
        r"\bvous auriez dû\b",
        r"\bvotre erreur\b",
        r"\bvous vous êtes tromp\w*",
        r"\bmal (?:organisé|préparé|mené|conduit)\w*",
        r"\bc['’]est (?:de )?votre faute\b",
        r"\bvotre (?:processus|recrutement) (?:était|est) (?:mal|mauvais|bâclé)\w*",
        r"\bbâcl\w*",
        r"\bvous (?:avez )?(?:\w+ )?fait (?:une erreur|un mauvais choix|le mauvais choix)",
        r"\bmauvais choix\b",
    ],
}
# Any of these words means the text thanks its reader.
THANKS = r"\bmerci\b|\bremerci\w*|\breconnaissant\w*|\bgratitude\b|\bsais gré\b"
# Abbreviation -> full form ("" when it depends on the sentence).
ABBREVIATIONS: dict[str, str] = {
    "cdt": "Cordialement", "cdlt": "Cordialement", "cordt": "Cordialement", "bcp": "beaucoup",
    "svp": "s’il vous plaît", "stp": "s’il te plaît", "slt": "Salut", "bjr": "Bonjour",
    "pcq": "parce que", "dsl": "désolé", "tkt": "", "jsp": "", "rdv": "rendez-vous", "pr": "pour",
    "qqch": "quelque chose", "qqn": "quelqu’un", "mr": "M.", "mlle": "Mme", "dc": "donc", "tt": "",
    "bsr": "Bonsoir",
}
# French only: parenthesised gender forms ("déçu(e)") and non-breaking spaces.
CHECKS_GENDER_FORMS = True
CHECKS_TYPOGRAPHY = True
