"""French texts of the checklists (ids are fixed in rebond.checklists).

Written in the first person and without any agreement that depends on the writer's gender,
so one text suits every reader. Advice paraphrases the source article (see rebond.facts).
"""

from typing import Any

from ...typography import french_catalog

CHECKLISTS: dict[str, dict[str, Any]] = {
    "first_hour": {
        "title": "Dans l’heure qui suit",
        "intro": "Juste après l’annonce du refus : se protéger et ne rien abîmer.",
        "items": {
            "breathe": "Je m’accorde un moment pour encaisser la nouvelle, loin de ma messagerie.",
            "no_reply_hot": "Je ne réponds pas à chaud : aucun message au recruteur tant que la colère ou la tristesse dominent.",
            "vent_privately": "Si j’ai besoin de vider mon sac, je le fais auprès d’un proche, jamais auprès du recruteur ni sur les réseaux.",
            "not_a_verdict": "Je me rappelle qu’une autre candidature retenue ne prouve pas que la mienne était mauvaise.",
            "note_details": "Je note ce dont je me souviens : le nom de mon contact, ce qu’il m’a dit, un détail marquant de l’entretien.",
            "other_applications": "Je regarde mes autres candidatures et mes entretiens à venir : ils méritent toute mon attention.",
            "plan_thanks": "Je réserve un moment, dans les deux jours, pour écrire mon message de remerciement.",
        },
    },
    "within_48h": {
        "title": "Dans les deux jours",
        "intro": "Le remerciement part pendant que l’entretien est encore frais dans les mémoires.",
        "items": {
            "write_thanks": "J’écris à mon contact pour le remercier du temps consacré et de la réponse donnée.",
            "appreciated": "Je dis ce que j’ai apprécié dans l’entreprise ou dans nos échanges, avec un détail précis.",
            "keep_cv": "Je demande que mon CV soit gardé pour un autre poste, dans l’entreprise ou chez ses contacts.",
            "motivation": "Si je le souhaite, j’exprime ma déception en une phrase et ma motivation intacte, sans insister.",
            "no_new_interview": "Je ne demande pas de nouvel entretien.",
            "wish_well": "Je termine en souhaitant bonne continuation à l’entreprise et à mon interlocuteur.",
            "continue_search": "Je reprends ma recherche : une candidature envoyée ou un entretien préparé dans la foulée.",
        },
    },
    "before_sending": {
        "title": "Avant d’envoyer mon message",
        "intro": "Une dernière relecture, case par case.",
        "items": {
            "name_spelling": "Le nom de mon contact et celui de l’entreprise sont bien orthographiés.",
            "salutation": "L’appel convient au canal : par e-mail, « Bonjour Madame Martin, » ; par lettre, « Madame, », « Monsieur, » ou « Madame, Monsieur, », jamais suivi du nom de famille.",
            "register": "Je vouvoie mon interlocuteur du début à la fin.",
            "one_detail": "Le message cite un détail concret de l’entretien, pour ne pas sonner comme un modèle.",
            "no_reproach": "Aucune phrase ne conteste la décision ni ne sonne comme un reproche.",
            "short": "Le message tient en quelques lignes et se lit sans faire défiler.",
            "closing": "La formule finale convient : « Cordialement » ou « Bien à vous » par e-mail, jamais « Cdt » ; par lettre, une formule qui reprend l’appel (« Je vous prie d’agréer, Madame, … »).",
            "agreement": "Les accords qui me concernent sont écrits au masculin ou au féminin, jamais avec des parenthèses.",
            "reread": "Je relis une dernière fois à voix haute avant d’envoyer.",
        },
    },
    "feedback_request": {
        "title": "Préparer ma demande de retour",
        "intro": "Un retour utile se demande avec précision et sans pression.",
        "items": {
            "purpose": "Je sais pourquoi je demande un retour : progresser pour mes prochaines candidatures.",
            "precise_questions": "Je pose une ou deux questions précises, faciles à traiter en quelques minutes.",
            "which_stage": "Je cible une étape : CV, lettre de motivation, entretien ou tests.",
            "misunderstanding": "Si une compétence a été mal comprise, je le précise brièvement, sans plaider ma cause.",
            "no_new_interview": "Je ne demande pas de nouvel entretien.",
            "thanks_first": "Je remercie d’avance et j’indique qu’une réponse courte me suffit.",
            "accept_silence": "Si aucune réponse ne vient, je ne le prends pas pour moi : une seule relance, puis je passe à autre chose.",
            "write_down": "Quand le retour arrive, je le note et je choisis un point à travailler.",
        },
    },
    "followups": {
        "title": "Mon suivi",
        "intro": "Un tableau à remplir à la main, une ligne par message envoyé ou reçu.",
        "items": {
            "one_line": "Une ligne par échange : ce qui part comme ce qui arrive.",
            "trial_dates": "J’y reporte aussi les fins de période d’essai estimées par le planificateur.",
            "stop": "Un merci, une seule relance, éventuellement un dernier message qui laisse la porte ouverte : ensuite, je n’écris plus et je me contente de suivre l’entreprise.",
        },
        "columns": {
            "date": "Date",
            "sent": "Ce que j’ai envoyé",
            "answer": "Réponse",
            "next_step": "Prochaine étape",
        },
    },
}

LABELS: dict[str, str] = {
    "site_name": "Rebond",
    "date_line": "Date :",
    "job_line": "Poste :",
    "remember": "Garder mes coches sur cet appareil",
    "reset": "Effacer les coches",
    "print": "Imprimer",
    "storage_note": "Rien n’est envoyé. Si vous demandez à garder vos coches, elles restent dans ce navigateur seulement ; « Effacer les coches » les supprime.",
    "tips": "À retenir",
    "notes": "Notes",  # the ruled lines that fill a printed list's sheet
    "link_sep": " — ",  # between a checklist's link and its introduction
    "row": "Ligne",
}

# French typography (non-breaking spaces, apostrophes) applied once, here, at import.

CHECKLISTS, LABELS = french_catalog((CHECKLISTS, LABELS))
