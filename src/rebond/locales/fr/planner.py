"""French texts of the follow-up planner (steps, form, errors, dates).

Legal figures come from the facts registry, rebond.facts (Code du travail L1221-19, L1221-21, L1221-22; DARES 2015).
"""

from ...typography import french_catalog

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

CATEGORIES = {
    "employe": "Ouvrier ou employé",
    "technicien": "Technicien ou agent de maîtrise",
    "cadre": "Cadre",
    "unknown": "Je ne sais pas",
}

FORM = {
    "legend": "Votre situation",
    "refusal_date": "Date du refus",
    "refusal_date_hint": "Le jour où la décision vous a été annoncée.",
    "category": "Catégorie du poste",
    "category_hint": "Elle fixe la durée maximale de la période d’essai.",
    "start_date": "Arrivée estimée de la personne recrutée (facultatif)",
    "start_date_hint": "Vous ne pouvez pas la connaître : sans indication, le calendrier suppose un mois après le refus.",
    "renewal": "Le renouvellement de la période d’essai est plausible",
    "renewal_hint": "Possible une seule fois, si un accord de branche étendu le prévoit et si le contrat le mentionne.",
    "company": "Entreprise (facultatif)",
    "position": "Poste (facultatif)",
    "submit": "Calculer mon calendrier",
    "download": "Télécharger le calendrier (.ics)",
    "print": "Imprimer le calendrier",
    "result_heading": "Votre calendrier de suivi",
    "example_heading": "Exemple de calendrier",
    "error_summary": "Le formulaire contient des erreurs :",
    "loading": "Préparation du calcul…",
    "engine_failed": "Le calcul n’a pas pu démarrer dans ce navigateur. L’exemple ci-dessous et les règles restent valables.",
    "past": "date passée",
    "step_date": "Date",
    "step_what": "Étape",
    "link": "Écrire ce message",
}

STEPS = {
    "thanks": {
        "title": "Remercier le recruteur",
        "why": "Le jour ouvré qui suit le refus, pendant que votre échange est encore frais : un merci montre que vous prenez la décision avec recul.",
    },
    "feedback": {
        "title": "Demander un retour",
        "why": "Quelques jours après le merci, ou dans le même message : une ou deux questions précises sur ce qui a pesé (CV, lettre, entretien, tests). Les demandes trop larges obtiennent rarement une réponse.",
    },
    "linkedin": {
        "title": "Inviter le recruteur sur LinkedIn",
        "why": "Une invitation avec une courte note garde le lien professionnel. La longueur permise de la note dépend du compte : 200 ou 300 caractères selon les sources (vérifié en novembre 2026).",
    },
    "follow_up": {
        "title": "Relancer une fois, si vous n’avez pas de réponse",
        "why": "Deux semaines après votre demande de retour, et seulement si elle est restée sans réponse : une relance brève, la seule. Si rien ne vient ensuite, vous pouvez envoyer un dernier message qui laisse la porte ouverte, puis vous en tenir là.",
    },
    "news": {
        "title": "Suivre l’actualité de l’entreprise",
        "why": "Un mois après l’arrivée estimée de la personne recrutée : nouveaux postes, projets, recrutements. Il n’y a rien à envoyer : une offre qui s’ouvre sera une bonne raison de postuler.",
    },
    "trial_end": {
        "title": "Fin estimée de la période d’essai initiale",
        "why": "La période d’essai initiale dure {limit} ; elle peut être plus courte. Si le recruteur vous a répondu, un message bref peut entretenir le lien, sans jamais mentionner la personne recrutée. Un seul message de ce type : si vous l’envoyez maintenant, n’écrivez pas de nouveau à la fin d’un éventuel renouvellement.",
        "reference": "Code du travail, article L1221-19",
    },
    "renewal_end": {
        "title": "Fin estimée de la période d’essai renouvelée",
        "why": "Le renouvellement n’est possible qu’une fois, si un accord de branche étendu le prévoit et si le contrat le mentionne ; au total, l’essai dure alors {limit}. C’est l’autre moment possible pour le même message, si vous ne l’avez pas déjà envoyé.",
        "reference": "Code du travail, article L1221-21",
    },
}

# When each step applies (planner.STEP_CONDITIONS).
CONDITIONS = {
    "always": "À faire",
    "optional": "Facultatif",
    "if_no_answer": "Seulement sans réponse, une seule fois",
    "watch": "Rien à envoyer",
    "if_answered_once": "Facultatif, une seule fois, et seulement si le recruteur vous a répondu",
}

# A step that falls on a weekend or a public holiday moves to the next working day.
MOVED = "Date reportée au {moved} : le {day} est {reason}."
NOT_WORKING = {
    "saturday": "un samedi",
    "sunday": "un dimanche",
    "new_year": "férié (jour de l’An)",
    "easter_monday": "férié (lundi de Pâques)",
    "labour_day": "férié (fête du Travail)",
    "victory_1945": "férié (8 Mai)",
    "ascension": "férié (Ascension)",
    "whit_monday": "férié (lundi de Pentecôte)",
    "bastille_day": "férié (fête nationale)",
    "assumption": "férié (Assomption)",
    "all_saints": "férié (Toussaint)",
    "armistice_1918": "férié (11 Novembre)",
    "christmas": "férié (Noël)",
}

# Maximum durations, per category (unknown: from the shortest to the longest).
LIMITS = {
    "initial": {
        "employe": "au plus 2 mois pour les ouvriers et employés",
        "technicien": "au plus 3 mois pour les techniciens et agents de maîtrise",
        "cadre": "au plus 4 mois pour les cadres",
        "unknown": "de 2 mois (ouvriers, employés) à 4 mois (cadres) au plus, selon la catégorie",
    },
    "renewed": {
        "employe": "au plus 4 mois pour les ouvriers et employés",
        "technicien": "au plus 6 mois pour les techniciens et agents de maîtrise",
        "cadre": "au plus 8 mois pour les cadres",
        "unknown": "de 4 mois (ouvriers, employés) à 8 mois (cadres) au plus, selon la catégorie",
    },
}

NOTES = {
    "start_default": "Vous ne pouvez pas connaître la date d’arrivée de la personne recrutée : le calendrier suppose un mois après le refus. Corrigez-la si vous en savez plus.",
    "maxima": "Les fins de période d’essai sont des dates au plus tard : le contrat peut prévoir un essai plus court, jamais plus long que ces maxima (Code du travail, article L1221-22).",
    "working_days": "Aucune étape ne tombe un samedi, un dimanche ou un jour férié national (Code du travail, article L3133-1) : elle passe au jour ouvré suivant, et le calendrier le signale.",
}

STOP_RULE = {
    "title": "Savoir s’arrêter",
    "text": "Un merci, une seule relance, éventuellement un dernier message qui laisse la porte ouverte, puis le silence. Ensuite, suivez simplement l’entreprise, et postulez si une offre vous correspond.",
}

EXAMPLE = "Exemple calculé pour un refus annoncé le {refusal}, un poste de technicien, une arrivée estimée par défaut le {start} (le 30 janvier plus un mois donne le 28 février, dernier jour du mois) et un renouvellement plausible."

DATE_RANGE = "entre le {start} et le {end}"

ERRORS = {
    "required": "Indiquez la date du refus.",
    "malformed_date": "Cette date n’est pas valide : utilisez le format AAAA-MM-JJ, par exemple 2026-11-25.",
    "out_of_range": "Cette date est trop éloignée : vérifiez l’année.",
    "too_old": "Cette date est antérieure à l’an 2000 : vérifiez l’année, par exemple 2026-11-25.",
    "future_date": "La date du refus ne peut pas être dans le futur.",
    "before_refusal": "La date d’arrivée estimée ne peut pas précéder la date du refus.",
    "too_far": "La date d’arrivée estimée doit se situer dans l’année qui suit le refus.",
    "category.unknown_value": "Choisissez une catégorie dans la liste (ou « Je ne sais pas »).",
    "bad_bool": "Répondez par oui ou par non.",
    "bad_type": "Ce champ n’a pas le bon format.",
    "too_long": "{max} caractères au maximum.",
    "lang.unknown_value": "Langue inconnue : choisissez le français ou l’anglais.",
}

ICS = {
    "calendar_name": "Rebond : mon suivi",
    "filename": "rebond-suivi",
    "alarm": "Rappel Rebond : {title}",
    "range": "Date estimée, {range}.",
}

# French typography (non-breaking spaces, apostrophes) applied once, here, at import.

(FORM, STEPS, CONDITIONS, MOVED, NOT_WORKING, LIMITS, NOTES, STOP_RULE, EXAMPLE, DATE_RANGE,
 ERRORS, ICS) = french_catalog(
    (FORM, STEPS, CONDITIONS, MOVED, NOT_WORKING, LIMITS, NOTES, STOP_RULE, EXAMPLE, DATE_RANGE,
     ERRORS, ICS))
