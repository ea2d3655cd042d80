"""French texts of field errors (codes from rebond.validate)."""

from __future__ import annotations

from ...typography import french
from .ui import UI

FIELD_LABELS = {
    "kind": "type de message", "channel": "canal", "lang": "langue du message",
    "sender_name": "votre nom", "sender_gender": "accord (vous)", "recipient_name": "nom du destinataire",
    "recipient_gender": "civilité du destinataire", "company": "entreprise", "position": "poste",
    "detail": "détail marquant", "tone": "ton", "keep_cv": "garder mon CV", "disappointment": "exprimer ma déception",
    "good_luck": "souhaiter bonne continuation", "feedback_topics": "sujets du retour",
    "skill": "compétence à préciser", "new_skill": "nouvelle compétence",
    "comeback_answer": "réponse à la proposition", "reason": "raison", "takeaway": "ce que vous retenez",
    "alt_position": "poste proposé", "variant": "formulation",
    "sender_address": "votre adresse", "recipient_address": "adresse du destinataire",
    "sender_email": "votre adresse e-mail", "recipient_email": "adresse e-mail du destinataire",
    "sender_phone": "votre téléphone", "place": "lieu", "date": "date",
}

_ERRORS = {
    "required": "Le champ « {label} » est obligatoire.",
    "required_for_kind": "Le champ « {label} » est nécessaire pour ce type de message.",
    "unknown_value": "Valeur inconnue pour « {label} ». Valeurs possibles : {allowed}.",
    "too_long": "Le champ « {label} » est trop long ({max} caractères au plus).",
    "bad_type": "Le champ « {label} » n’a pas le bon format.",
    "bad_bool": "Le champ « {label} » attend oui ou non.",
    "bad_int": "Le champ « {label} » attend un nombre entier.",
    "not_for_kind": "Ce canal n’existe pas pour ce type de message. Canaux possibles : {allowed}.",
    "no_word": "Le champ « {label} » ne contient aucun mot, seulement de la ponctuation ou des symboles. "
               "Écrivez-y des lettres ou des chiffres, ou videz-le.",
    "no_word_required": "Le champ « {label} » ne contient aucun mot, seulement de la ponctuation ou des symboles. "
                        "Écrivez-y des lettres ou des chiffres : ce type de message en a besoin.",
    "review": "Le champ « {label} » : {advice}",
    "bad_email": "Le champ « {label} » attend une adresse e-mail complète, par exemple camille.durand@exemple.fr.",
    "bad_date": "Le champ « {label} » attend une date, par exemple 2026-03-02, 02/03/2026 ou 2 mars 2026.",
    "html": "Le champ « {label} » contient du code HTML (« {excerpt} ») : écrivez le texte seul, sans balises.",
}


def label(field: str) -> str:
    """The field's name as the form shows it (its visible label), else its short name."""
    return UI.get(f"label_{field}") or FIELD_LABELS.get(field, field)


def error_message(field: str, code: str, **params: object) -> str:
    template = _ERRORS.get(code, "Le champ « {label} » n’est pas valide.")
    return french(template.format(label=label(field), **params))
