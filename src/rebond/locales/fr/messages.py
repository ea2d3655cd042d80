"""French wordings of the message plans' parts (:mod:`rebond.plans`).

How to read and write them (:mod:`rebond.render`): ``{slot}`` is what the reader typed, placed
by the French grammar (:mod:`.grammar`: "du Bon Marché", "au poste de chargée de
communication"); ``{slot|texte}`` gives "texte" when the slot is empty; ``[...]`` is left out
when a slot inside is empty; ``W("… ravi·e …", n="…")`` is a wording that agrees with the
writer, with its neutral form for a writer who chose no agreement. Each part has its wordings
by register ("formal": soutenu, "warm": chaleureux); the variant picks one.

Editorial rules (FACTS.md and the guide): "vous" throughout; one thank-you per message; the
company named at most twice; never "Suite à", "revenir vers vous", "déçu(e)"; no request for
a new interview; a formal letter's closing repeats its form of address and never says
"l’expression de mes salutations distinguées". Plain spaces before « : ; ! ? » are fine here:
the composer applies French typography to the whole message.
"""

from __future__ import annotations

from ...render import W

BULLET = "– "
# Letters: the French layout (sender top left, recipient on the right for a window envelope,
# place and date, "Objet :", then the salutation); the closing formula, then the name.
LETTER_LAYOUT = ("sender", "recipient", "dated", "subject", "salutation", "body", "closing", "signature")

PARTS: dict[str, object] = {
    # --- salutations, closings, letter lines (the first usable wording is taken) ----------
    "salutation.letter": ("{appellation},",),
    "salutation.email": {
        "formal": ("{title_alone},", "Bonjour {full_name},", "Madame, Monsieur,"),
        "warm": ("Bonjour {title_surname},", "Bonjour {title_alone},", "Bonjour {full_name},", "Bonjour,"),
    },
    "closing.email": {
        "formal": ("Bien cordialement,", "Cordialement,", "Respectueusement,"),
        "warm": ("Bien à vous,", "Très cordialement,", "Au plaisir d’échanger de nouveau,"),
    },
    "closing.letter": {
        "formal": (
            "Je vous prie d’agréer, {appellation}, l’expression de mes sentiments respectueux.",
            "Veuillez agréer, {appellation}, mes salutations distinguées.",
            "Je vous prie de recevoir, {appellation}, mes salutations respectueuses.",
        ),
        "warm": (
            "Je vous prie de croire, {appellation}, à l’assurance de mes sentiments les meilleurs.",
            "Recevez, {appellation}, mes sincères salutations.",
            "Je vous prie d’agréer, {appellation}, mes salutations les plus cordiales.",
        ),
    },
    "dated": ("{place}, le {date}", "Le {date}"),
    "subject_line": ("Objet : {subject}",),

    # --- subjects (the richest that fits in the subject's length) -------------------------
    "subject.thanks": {
        "formal": ("Remerciements – {Poste}", "Remerciements – candidature {chez_company}",
                   "Remerciements pour votre réponse"),
        "warm": ("Merci pour votre réponse – {poste}", "Merci – candidature {chez_company}",
                 "Merci pour votre réponse"),
    },
    "subject.feedback": {
        "formal": ("Demande de retour – {Poste}", "Demande de retour – candidature {chez_company}",
                   "Demande de retour sur ma candidature"),
        "warm": ("Votre avis sur ma candidature – {poste}", "Votre avis sur ma candidature {chez_company}",
                 "Votre avis sur ma candidature"),
    },
    "subject.thanks_feedback": {
        "formal": ("Remerciements et demande de retour – {Poste}", "Remerciements et demande de retour",),
        "warm": ("Merci, et une question – {poste}", "Merci, et une question sur ma candidature"),
    },
    "subject.keep_in_touch": {
        "formal": ("Prendre de vos nouvelles – {Poste}", "Prendre de vos nouvelles", "Rester en contact"),
        "warm": ("Des nouvelles, quelques mois après – {poste}", "Des nouvelles, quelques mois après",
                 "Rester en contact"),
    },
    "subject.recontact_skill": {
        "formal": ("Point d’étape depuis ma candidature – {Poste}", "Point d’étape depuis ma candidature"),
        "warm": ("Du nouveau depuis ma candidature – {poste}", "Du nouveau depuis ma candidature"),
    },
    "subject.follow_up": {
        "formal": ("Ma demande de retour – {Poste}", "Ma demande de retour sur ma candidature"),
        "warm": ("Ma question sur ma candidature – {poste}", "Ma question sur ma candidature"),
    },

    # --- thanks ------------------------------------------------------------------------------
    "thanks.open": {
        "formal": (
            W("Je vous remercie de m’avoir informé·e de votre choix concernant {candidature}, ainsi que du "
              "temps que vous m’avez consacré.",
              n="Je vous remercie pour votre réponse concernant {candidature}, ainsi que pour le temps que "
                "vous m’avez consacré."),
            "Je vous remercie d’avoir pris la peine de me faire connaître l’issue de {candidature}.",
            W("Je vous suis reconnaissant·e de m’avoir tenu·e au courant de l’issue de {candidature}.",
              n="Je vous sais gré de m’avoir fait connaître l’issue de {candidature}."),
        ),
        "warm": (
            "Merci pour votre réponse au sujet de {candidature}, et pour le temps que vous m’avez accordé.",
            "Merci d’avoir pris le temps de m’écrire au sujet de {candidature}.",
            W("Merci de m’avoir tenu·e au courant pour {candidature}.",
              n="Merci de m’avoir donné des nouvelles de {candidature}."),
        ),
    },
    "appreciated.detail": {
        "formal": (
            "Je me souviens notamment {de_detail}, et ce recrutement a confirmé l’intérêt que j’ai pour "
            "{company|votre entreprise}.",
            "Je retiens en particulier {detail_np}, qui reste pour moi un moment fort de ce recrutement.",
            "J’ai particulièrement apprécié d’avoir pu {detail_vp}, et ce recrutement a confirmé l’intérêt que "
            "j’ai pour {company|votre entreprise}.",
            "Avoir pu {detail_vp} reste pour moi un moment fort de ce recrutement.",
            "{Detail_sentence} Ce recrutement a confirmé l’intérêt que j’ai pour {company|vos activités}.",
        ),
        "warm": (
            "J’ai vraiment apprécié {detail_np} : un excellent souvenir.",
            "Je me souviens avec plaisir {de_detail} : cela m’a donné une belle image "
            "{de_company|de votre entreprise}.",
            "J’ai vraiment aimé pouvoir {detail_vp} : un excellent souvenir.",
            "Pouvoir {detail_vp} m’a donné une belle image {de_company|de votre entreprise}.",
            "{Detail_sentence} Cela m’a laissé un excellent souvenir.",
        ),
    },
    "appreciated.general": {
        "formal": (
            "Nos échanges m’ont permis de découvrir {company|votre entreprise}, et j’en garde un très bon "
            "souvenir.",
            "Ce recrutement a confirmé l’intérêt que j’ai pour {company|votre entreprise}.",
            "J’ai apprécié la qualité de nos échanges tout au long de ce recrutement.",
        ),
        "warm": (
            "J’ai vraiment aimé découvrir {company|votre entreprise} au fil de nos échanges.",
            "Nos échanges m’ont donné une très belle image {de_company|de votre entreprise}.",
            "J’ai vraiment apprécié nos échanges tout au long de ce recrutement.",
        ),
    },
    "disappointment": {
        "formal": (
            W("Je ne vous cache pas que je suis déçu·e, car ce poste me tenait à cœur ; mon enthousiasme est intact.",
              n="Je ne vous cache pas ma déception, car ce poste me tenait à cœur ; mon enthousiasme est intact."),
            W("Je suis naturellement déçu·e, tant ce poste correspondait à ce que je recherche ; mon envie de vous "
              "rejoindre n’a pas faibli.",
              n="C’est naturellement une déception, tant ce poste correspondait à ce que je recherche ; mon "
                "envie de vous rejoindre n’a pas faibli."),
            W("Je l’avoue, je suis déçu·e ; mon enthousiasme pour ce type de poste, lui, est intact.",
              n="J’avoue ma déception ; mon enthousiasme pour ce type de poste, lui, est intact."),
        ),
        "warm": (
            W("J’avoue être un peu déçu·e : je m’étais déjà projeté·e dans ce poste. Mon envie de vous rejoindre, "
              "elle, n’a pas faibli.",
              n="J’avoue ma déception : ce poste me tenait à cœur. Mon envie de vous rejoindre, elle, n’a pas "
                "faibli."),
            W("Je suis forcément déçu·e, car ce poste m’attirait énormément, mais mon enthousiasme est intact.",
              n="C’est forcément une déception, car ce poste m’attirait énormément, mais mon enthousiasme est "
                "intact."),
            W("Je ne vais pas vous cacher que je suis déçu·e ; j’ai toujours autant envie de vous rejoindre.",
              n="Je ne vais pas vous cacher ma déception ; j’ai toujours autant envie de vous rejoindre."),
        ),
    },
    "keep_cv": {
        "formal": (
            W("Si un autre poste correspondant à mon profil venait à s’ouvrir {chez_company|chez vous} ou chez "
              "l’un de vos contacts, je serais heureux·se que vous pensiez à moi : je vous laisse "
              "volontiers mon CV à cet effet.",
              n="Si un autre poste correspondant à mon profil venait à s’ouvrir {chez_company|chez vous} ou chez "
                "l’un de vos contacts, je vous saurais gré de penser à moi : je vous laisse "
                "volontiers mon CV à cet effet."),
            W("Je vous serais obligé·e de conserver mon CV en vue d’une autre opportunité, {chez_company|chez "
              "vous} ou auprès de vos contacts.",
              n="Je vous laisse volontiers mon CV en vue d’une autre opportunité, {chez_company|chez vous} ou "
                "auprès de vos contacts."),
            "Vous pouvez bien entendu conserver mon CV : si une autre opportunité se présentait {chez_company|"
            "chez vous} ou chez l’un de vos contacts, j’aimerais beaucoup le savoir.",
        ),
        "warm": (
            W("N’hésitez pas à conserver mon CV : si un autre poste s’ouvre {chez_company|chez vous} ou chez l’un "
              "de vos contacts, je serai ravi·e que vous pensiez à moi.",
              n="N’hésitez pas à conserver mon CV : si un autre poste s’ouvre {chez_company|chez vous} ou chez "
                "l’un de vos contacts, ce sera un plaisir que vous pensiez à moi."),
            "Si une autre occasion se présente, chez vous ou autour de vous, pensez à moi : vous pouvez conserver "
            "mon CV.",
            W("Et si un autre poste se libère {chez_company|chez vous}, je serai content·e que vous gardiez mon CV "
              "sous le coude.",
              n="Et si un autre poste se libère {chez_company|chez vous}, gardez mon CV sous le coude : cela me "
                "ferait très plaisir."),
        ),
    },
    "good_luck": {
        "formal": (
            "Je vous souhaite, ainsi qu’{a_company|à toute votre équipe}, pleine réussite dans vos projets.",
            "Je vous souhaite une excellente continuation, ainsi qu’à toute votre équipe.",
            "Je souhaite à votre équipe de réussir pleinement dans ses projets.",
        ),
        "warm": (
            "Je vous souhaite tout le meilleur, à vous et à toute l’équipe[ {de_company}].",
            "Bonne continuation à vous et à toute votre équipe.",
            "Je vous souhaite le meilleur pour vos projets, à vous comme à votre équipe.",
        ),
    },

    # --- feedback ----------------------------------------------------------------------------
    "feedback.open": {
        "formal": (
            "Je vous remercie de m’avoir répondu au sujet de {candidature_chez}.",
            W("Je vous remercie de m’avoir tenu·e informé·e de l’issue de {candidature_chez}.",
              n="Je vous remercie de m’avoir fait part de l’issue de {candidature_chez}."),
            "Je vous remercie pour votre réponse concernant {candidature_chez}.",
        ),
        "warm": (
            "Merci encore pour votre réponse au sujet de {candidature_chez}.",
            "Merci de m’avoir écrit au sujet de {candidature_chez}.",
            W("Merci de m’avoir tenu·e au courant pour {candidature_chez}.",
              n="Merci de m’avoir donné des nouvelles de {candidature_chez}."),
        ),
    },
    "ask": {
        "formal": (
            "Afin d’avancer dans mes recherches, votre avis me serait précieux. {questions}",
            "Pour mes prochaines candidatures, j’aimerais comprendre ce qui a fait la différence. {questions}",
            "Un retour de votre part m’aiderait à m’améliorer. {questions}",
        ),
        "warm": (
            "Votre regard me serait très utile pour mes prochaines démarches. {questions}",
            "J’aimerais avoir votre avis pour m’améliorer. {questions}",
            "Pour mes prochaines candidatures, votre retour me serait précieux. {questions}",
        ),
    },
    "ask.ease": {
        "formal": (
            "Quelques mots suffiront, et je comprendrai tout à fait si votre agenda ne le permet pas.",
            "Une réponse brève me serait déjà très utile.",
            "Quelques lignes suffiront, si vous en avez la possibilité.",
        ),
        "warm": (
            "Deux ou trois lignes suffiront largement.",
            "Pas besoin d’un long message : quelques mots suffiront.",
            "Un message court me conviendra tout à fait.",
        ),
    },
    "skill": {
        "formal": (
            "Je crains enfin d’avoir trop peu mis en avant mon expérience {de_skill} ; si cela a joué, je peux "
            "vous en donner des exemples concrets.",
            "Je crains enfin d’avoir trop peu mis en avant mes compétences {en_skill} ; si cela a joué, je peux "
            "vous en donner des exemples concrets.",
            "Je crains enfin d’avoir trop peu montré ma capacité à {skill_vp} ; si cela a joué, je peux vous en "
            "donner des exemples concrets.",
            "Un aspect a sans doute été trop peu abordé lors de nos échanges : {skill_label}. Si cela a joué, je "
            "peux l’illustrer par des exemples concrets.",
            "J’ajoute un mot. {Skill_sentence} Si cela a joué, je peux l’illustrer par des exemples concrets.",
        ),
        "warm": (
            "Je me dis aussi que j’ai peut-être trop peu parlé de mon expérience {de_skill} : si ça a joué, je "
            "vous envoie volontiers des exemples.",
            "Je me dis aussi que j’ai peut-être trop peu parlé de mes compétences {en_skill} : si ça a joué, je "
            "vous envoie volontiers des exemples.",
            "Je me dis aussi que j’ai peut-être trop peu montré ma capacité à {skill_vp} : si ça a joué, je "
            "vous envoie volontiers des exemples.",
            "Un aspect est peut-être passé un peu vite lors de nos échanges : {skill_label}. Si ça a joué, je "
            "vous envoie volontiers des exemples.",
            "Un mot encore, au passage. {Skill_sentence} Si ça a joué, je vous envoie volontiers des exemples.",
        ),
    },
    # Questions by topic (at most two: documents, then interview and tests); "question.general"
    # when the reader chose none.
    "question.cv": ("Qu’est-ce qui, dans mon CV, aurait gagné à être plus clair ou mieux mis en valeur ?",),
    "question.letter": ("Ma lettre de motivation vous a-t-elle paru convaincante, et que faudrait-il y changer "
                        "en priorité ?",),
    "question.cv+letter": ("Qu’auriez-vous aimé lire de plus, ou autrement, dans mon CV et ma lettre de "
                           "motivation ?",),
    "question.interview": ("Lors de l’entretien, sur quel point mes arguments vous ont-ils semblé les moins "
                           "convaincants ?",),
    "question.tests": ("Sur quelles parties des tests mes résultats étaient-ils en deçà de vos attentes ?",),
    "question.interview+tests": ("Entre l’entretien et les tests, quelle étape a le plus compté dans votre "
                                 "décision, et sur quel point ?",),
    "question.general": ("Qu’est-ce qui a le plus compté dans votre décision ? Sur quoi devrais-je progresser "
                         "en priorité ?",),

    # --- months later: keep in touch, recontact after a new skill ---------------------------
    "recall": {
        "formal": (
            "Nous avions échangé il y a quelques mois au sujet {du_poste}, et il me reste un excellent souvenir "
            "{de_detail}.",
            "Nous avions échangé il y a quelques mois au sujet {du_poste}, et il me reste un excellent souvenir "
            "d’avoir pu {detail_vp}.",
            "Nous avions échangé il y a quelques mois au sujet {du_poste}.",
            "Vous vous rappelez peut-être {candidature}, il y a quelques mois ; il m’en reste un excellent "
            "souvenir, en particulier {detail_np}.",
            "Vous vous rappelez peut-être {candidature}, il y a quelques mois.",
            "Nous avions échangé il y a quelques mois au sujet {du_poste|de ma candidature}. {Detail_sentence}",
        ),
        "warm": (
            "Nous nous étions parlé il y a quelques mois au sujet {du_poste}, et il me reste un très bon souvenir "
            "{de_detail}.",
            "Nous nous étions parlé il y a quelques mois au sujet {du_poste}, et il me reste un très bon souvenir "
            "d’avoir pu {detail_vp}.",
            "Nous nous étions parlé il y a quelques mois au sujet {du_poste}.",
            "Vous vous rappelez peut-être : il y a quelques mois, je vous avais adressé {candidature}, et il m’en "
            "reste un très bon souvenir, en particulier {detail_np}.",
            "Vous vous rappelez peut-être : il y a quelques mois, je vous avais adressé {candidature}.",
            "Nous nous étions parlé il y a quelques mois au sujet {du_poste|de ma candidature}. {Detail_sentence}",
        ),
    },
    "news": {
        "formal": (
            "Depuis, je continue de suivre de près l’actualité {de_company|de votre entreprise}.",
            "L’actualité {de_company|de votre entreprise} m’intéresse toujours de près.",
            "Je suis toujours avec intérêt les nouvelles {de_company|de votre entreprise}.",
        ),
        "warm": (
            "Depuis, je suis de près l’actualité {de_company|de votre entreprise}.",
            "Je garde un œil attentif sur les nouvelles {de_company|de votre entreprise}.",
            "Je continue de suivre vos actualités avec plaisir.",
        ),
    },
    "news.new_skill": {
        "formal": ("Par ailleurs, {new_skill_clause}.", "J’ai par ailleurs progressé : {new_skill_clause}.",
                   "De mon côté, j’ai progressé. {New_skill_sentence}"),
        "warm": ("Et de mon côté, {new_skill_clause}.", "De mon côté, j’ai avancé : {new_skill_clause}.",
                 "De mon côté, j’ai avancé. {New_skill_sentence}"),
    },
    "new_skill.clause": (
        "j’ai obtenu {new_skill_credential}",
        "j’ai suivi {new_skill_training}",
        "j’ai acquis {new_skill_acquired}",
        "j’ai effectué {new_skill_done}",
        "j’ai acquis {new_skill_knowledge}",
        "j’ai amélioré {new_skill_possessive}",
        "j’ai appris à maîtriser {new_skill_np}",
        "j’ai acquis des compétences {en_new_skill}",
        "j’ai décidé {de_new_skill_vp}",
    ),
    "meeting": {
        "formal": (
            "Accepteriez-vous un court rendez-vous dans les prochaines semaines, à distance ou en personne ? "
            "J’aimerais connaître vos besoins pour l’année qui vient.",
            W("Si vous en avez la possibilité, je serais heureux·se de m’entretenir brièvement avec vous des postes "
              "susceptibles de s’ouvrir {chez_company|chez vous}.",
              n="Si vous en avez la possibilité, j’aurais plaisir à m’entretenir brièvement avec vous des postes "
                "susceptibles de s’ouvrir {chez_company|chez vous}."),
            W("Auriez-vous un quart d’heure à m’accorder prochainement, par téléphone ? Je serais curieux·se de "
              "connaître vos priorités de recrutement.",
              n="Auriez-vous un quart d’heure à m’accorder prochainement, par téléphone ? J’aimerais connaître "
                "vos priorités de recrutement."),
        ),
        "warm": (
            "Auriez-vous un quart d’heure dans les prochaines semaines pour en parler, autour d’un café ou par "
            "téléphone ?",
            W("Je serais ravi·e de prendre un café avec vous, si votre agenda le permet, pour parler de vos "
              "projets.",
              n="Ce serait un plaisir de prendre un café avec vous, si votre agenda le permet, pour parler de vos "
                "projets."),
            "Si vous avez un créneau dans les semaines qui viennent, j’aimerais prendre de vos nouvelles de vive "
            "voix.",
        ),
    },
    "meeting.ease": {
        "formal": ("Si le moment ne s’y prête pas, je le comprendrai tout à fait.",
                   "Je comprendrai bien sûr que votre agenda ne le permette pas.",
                   "Sans aucune obligation de votre part, bien entendu."),
        "warm": ("Sans aucune obligation, bien sûr.", "Et si le moment ne s’y prête pas, aucun problème.",
                 "Je comprendrai tout à fait si ce n’est pas le bon moment."),
    },
    "keep.thanks": {
        "formal": ("Je vous remercie de l’attention que vous porterez à ce message.",
                   "Je vous remercie de votre lecture.",
                   "Je vous remercie de votre attention."),
        "warm": ("Merci d’avance pour votre réponse.", "Merci de m’avoir lu.",
                 "Merci d’avoir pris le temps de me lire."),
    },
    "gap": {
        "formal": (
            "Vous m’aviez alors indiqué que mon expérience {de_skill} était encore limitée.",
            "Vous m’aviez alors recommandé de me renforcer {en_skill}.",
            "Vous m’aviez alors recommandé de progresser dans ma capacité à {skill_vp}.",
            "Lors de nos échanges, un aspect était apparu à renforcer : {skill_label}.",
        ),
        "warm": (
            "Vous m’aviez dit que mon expérience {de_skill} était encore un peu juste.",
            "Vous m’aviez recommandé de me renforcer {en_skill}.",
            "Vous m’aviez recommandé de travailler ma capacité à {skill_vp}.",
            "Un aspect était ressorti de nos échanges : {skill_label}.",
        ),
    },
    "gap.general": {
        "formal": (W("Votre retour m’avait aidé·e à voir ce qu’il me restait à acquérir.",
                     n="Votre retour m’avait permis de voir ce qu’il me restait à acquérir."),
                   "Nos échanges m’avaient montré ce qu’il me restait à acquérir."),
        "warm": (W("Votre retour m’avait bien aidé·e à voir ce qui me manquait.",
                   n="Votre retour m’avait permis de bien voir ce qui me manquait."),
                 "Nos échanges m’avaient montré ce qui me manquait encore."),
    },
    "progress": {
        "formal": ("Depuis, {new_skill_clause}.", "J’ai mis cette période à profit : {new_skill_clause}.",
                   "J’ai mis cette période à profit. {New_skill_sentence}"),
        "warm": ("Depuis, {new_skill_clause}.", "J’ai bien avancé de mon côté : {new_skill_clause}.",
                 "J’ai bien avancé de mon côté. {New_skill_sentence}"),
    },
    "interest": {
        "formal": (
            "Mon intérêt pour {company|votre entreprise} est intact : si un poste proche de celui pour lequel "
            "j’avais postulé venait à s’ouvrir, j’aimerais beaucoup le savoir.",
            W("Je serais heureux·se de postuler de nouveau si une occasion s’offrait {chez_company|chez vous}.",
              n="J’aurais plaisir à postuler de nouveau si une occasion s’offrait {chez_company|chez vous}."),
            W("Si vous recrutez de nouveau sur ce type de poste, je serais heureux·se de vous proposer ma "
              "candidature.",
              n="Si vous recrutez de nouveau sur ce type de poste, j’aurais plaisir à vous proposer ma "
                "candidature."),
        ),
        "warm": (
            W("J’ai toujours autant envie de rejoindre {company|votre équipe} : si un poste proche s’ouvre, je "
              "serais ravi·e de le savoir.",
              n="J’ai toujours autant envie de rejoindre {company|votre équipe} : si un poste proche s’ouvre, "
                "j’aimerais beaucoup le savoir."),
            "Si une occasion se présente {chez_company|chez vous}, je postulerai de nouveau avec plaisir.",
            "Si vous recrutez de nouveau sur ce type de poste, pensez à moi !",
        ),
    },
    "recontact.close": {
        "formal": ("Je vous remercie encore pour vos conseils de l’époque.",
                   "Je vous remercie encore pour vos remarques, qui m’ont été très utiles.",
                   "Je vous remercie de l’attention que vous porterez à ce message."),
        "warm": ("Merci encore pour vos conseils de l’époque.", "Merci encore pour vos remarques, qui m’ont bien servi.",
                 "Merci d’avoir pris le temps de me lire."),
    },

    # --- follow-up: once, restating the question, and saying it is the last message --------
    "follow.open": {
        "formal": (
            "Je me permets de vous écrire de nouveau au sujet de ma demande de retour sur {candidature_chez}.",
            "Il y a quelques semaines, je vous ai sollicité pour un avis sur {candidature_chez}.",
            "Je vous ai écrit récemment pour solliciter votre avis sur {candidature_chez}.",
        ),
        "warm": (
            "Je vous avais écrit il y a quelque temps pour vous demander un retour sur {candidature_chez}.",
            "Je me permets un petit message au sujet de ma demande de retour sur {candidature_chez}.",
            "Il y a quelques semaines, je vous ai écrit pour avoir votre avis sur {candidature_chez}.",
        ),
    },
    "follow.question": {
        "formal": ("Pour mémoire, voici ce qui m’aiderait. {questions} Quelques mots suffiraient.",
                   "Je vous la résume. {questions} Une réponse brève me serait déjà précieuse."),
        "warm": ("Pour mémoire, voici ce qui m’aiderait. {questions} Deux ou trois lignes suffiraient.",
                 "Je vous la résume. {questions} Quelques mots suffiraient largement."),
    },
    "follow.last": {
        "formal": (
            "Ce sera mon dernier message : si vous ne pouvez pas y donner suite, je le comprendrai. Je vous "
            "remercie en tout cas pour nos échanges, en espérant rester en contact.",
            "Je ne vous relancerai pas : si le moment ne s’y prête pas, je le comprendrai. Je vous remercie en "
            "tout cas pour nos échanges, en espérant que nos chemins se recroiseront.",
        ),
        "warm": (
            "C’est mon dernier message, promis : si ce n’est pas possible pour vous, je comprendrai. Merci en "
            "tout cas pour nos échanges, et au plaisir de rester en contact.",
            "Je ne vous relancerai pas : si ce n’est pas possible, je comprendrai. Merci en tout cas pour nos "
            "échanges, et au plaisir de se recroiser.",
        ),
    },

    # --- after feedback received: thanks, what the reader retains, no call for an answer -----
    "subject.thanks_for_feedback": {
        "formal": ("Remerciements pour votre retour – {Poste}", "Remerciements pour votre retour"),
        "warm": ("Merci pour votre retour – {poste}", "Merci pour votre retour"),
    },
    "tff.open": {
        "formal": (
            "Je vous remercie d’avoir pris le temps de me faire part de votre retour sur {candidature_chez}.",
            "Votre retour sur {candidature_chez} m’est précieux, et je vous en remercie.",
            W("Je vous suis reconnaissant·e d’avoir pris le temps de commenter {candidature_chez}.",
              n="Je vous sais gré d’avoir pris le temps de commenter {candidature_chez}."),
        ),
        "warm": (
            "Merci beaucoup d’avoir pris le temps de me faire ce retour sur {candidature_chez}.",
            "Merci pour votre retour sur {candidature_chez} : il m’est très utile.",
            "Merci d’avoir pris le temps de commenter aussi précisément {candidature_chez}.",
        ),
    },
    "tff.takeaway": {
        "formal": (
            "Je retiens en particulier ce point : {takeaway_label}. Il m’aidera à préparer mes prochaines "
            "candidatures.",
            "{Takeaway_sentence} J’en tiendrai compte pour mes prochaines candidatures.",
        ),
        "warm": (
            "Je retiens surtout ceci : {takeaway_label}. Je vais m’y atteler dès maintenant.",
            "{Takeaway_sentence} Je vais m’y atteler dès maintenant.",
        ),
    },
    "tff.takeaway.general": {
        "formal": ("Vos remarques m’aideront à préparer mes prochaines candidatures.",
                   "J’en tiendrai compte pour la suite de mes recherches."),
        "warm": ("Vos remarques vont vraiment m’aider pour la suite.",
                 "Je vais m’en servir pour mes prochains entretiens."),
    },
    "tff.close": {
        "formal": ("Ce message n’appelle pas de réponse ; je vous souhaite une excellente continuation.",
                   "Nul besoin de répondre à ce message. Je vous souhaite pleine réussite dans vos projets.",
                   "Ce message n’appelle pas de réponse. Je vous souhaite, ainsi qu’à votre équipe, une belle "
                   "continuation."),
        "warm": ("Pas besoin de me répondre ; au plaisir de vous recroiser.",
                 "Nul besoin de répondre : bonne continuation à vous et à votre équipe.",
                 "Ce message n’attend pas de réponse ; je vous souhaite le meilleur."),
    },

    # --- a recruiter comes back --------------------------------------------------------------
    "subject.reply_comeback": {
        "formal": ("Votre proposition – {Poste}", "Votre proposition"),
        "warm": ("Votre message – {poste}", "Votre message"),
    },
    "comeback.thanks": {
        "formal": (
            "Je vous remercie d’avoir pensé à moi pour {le_poste|ce poste}[ {chez_company}].",
            "Votre message est une agréable surprise, et je vous remercie d’avoir pensé à moi[ pour {le_poste}][ {chez_company}].",
            "Je vous remercie d’avoir repensé à {candidature_chez}.",
        ),
        "warm": (
            "Merci beaucoup d’avoir pensé à moi pour {le_poste|ce poste}[ {chez_company}] !",
            "Quel plaisir d’avoir de vos nouvelles, et merci d’avoir pensé à moi[ pour {le_poste}][ {chez_company}].",
            "Merci pour votre message, et d’avoir repensé à {candidature_chez}.",
        ),
    },
    "comeback.yes": {
        "formal": (
            "Cette proposition m’intéresse vivement.",
            W("Je suis très intéressé·e par cette proposition.", n="Cette proposition m’intéresse beaucoup."),
            W("Je serais heureux·se d’en discuter avec vous.", n="J’aurais plaisir à en discuter avec vous."),
        ),
        "warm": (
            W("Je suis ravi·e : la proposition me tente vraiment.",
              n="La proposition me tente vraiment, je l’avoue."),
            "La proposition me tente énormément.",
            W("Je suis très partant·e !", n="J’ai très envie d’en discuter avec vous."),
        ),
    },
    "comeback.questions": {
        "formal": (
            "Pour me décider au mieux, pourriez-vous me préciser si les missions ont évolué depuis le premier "
            "recrutement, quelles seraient les prochaines étapes et dans quels délais, et s’il faudrait "
            "repasser des entretiens ?",
            "Afin de bien préparer la suite, j’aimerais savoir si le poste a changé depuis ma première "
            "candidature, quel calendrier vous envisagez, et comment se déroulerait la procédure.",
        ),
        "warm": (
            "Pour y voir clair, pourriez-vous me dire si les missions ont évolué, quelles sont les prochaines "
            "étapes, et s’il faudra repasser des entretiens ?",
            "J’aimerais juste savoir si le poste a changé depuis, quel calendrier vous prévoyez, et comment se "
            "passerait la suite.",
        ),
    },
    "comeback.news": {
        "formal": ("Depuis nos derniers échanges, {new_skill_clause}.",
                   "Un élément nouveau de mon côté : {new_skill_clause}.",
                   "Un élément nouveau de mon côté. {New_skill_sentence}"),
        "warm": ("Depuis nos derniers échanges, {new_skill_clause}.", "Un changement de mon côté : {new_skill_clause}.",
                 "Un changement de mon côté. {New_skill_sentence}"),
    },
    "comeback.next": {
        "formal": ("Je suis disponible pour en parler quand vous le souhaitez, par téléphone ou de vive voix.",
                   "Je me tiens à votre disposition pour un échange dans les prochains jours."),
        "warm": ("Je suis disponible pour en parler quand cela vous arrange.",
                 "Dites-moi quand vous êtes disponible : je m’adapterai."),
    },
    "comeback.no": {
        "formal": ("Je ne vais malheureusement pas pouvoir donner suite à cette proposition.",
                   "Après réflexion, je ne vais pas pouvoir y donner suite.",
                   "Je dois malheureusement décliner cette proposition."),
        "warm": ("Je ne vais malheureusement pas pouvoir y donner suite.", "Je vais devoir décliner, à regret.",
                 "Ce ne sera malheureusement pas possible pour moi."),
    },
    "comeback.reason": ("{Reason_sentence}", "En deux mots : {reason_label}."),
    "comeback.door": {
        "formal": (
            "J’aimerais beaucoup que nous restions en contact, et je vous souhaite de trouver rapidement la bonne "
            "personne.",
            W("Je serais heureux·se de rester en contact pour de futures occasions.",
              n="J’aurais plaisir à rester en contact pour de futures occasions."),
            W("Je reste très attaché·e à votre entreprise, et j’espère que nos chemins se recroiseront.",
              n="Votre entreprise compte toujours beaucoup pour moi, et j’espère que nos chemins se recroiseront."),
        ),
        "warm": (
            "J’espère vraiment que nous resterons en contact, et je vous souhaite de trouver vite la bonne "
            "personne.",
            "Restons en contact pour une prochaine occasion.",
            "J’espère que nos chemins se recroiseront bientôt.",
        ),
    },

    # --- declining another role the company offers -------------------------------------------
    "subject.decline_alternative": {
        "formal": ("Votre proposition – {Alt_poste}", "Votre proposition de poste"),
        "warm": ("Votre proposition – {alt_poste}", "Votre proposition de poste"),
    },
    "alt.thanks": {
        "formal": ("Je vous remercie de m’avoir proposé le {alt_poste|poste dont vous m’avez parlé}.",
                   "Je vous remercie d’avoir pensé à moi pour le {alt_poste|poste dont vous m’avez parlé}.",
                   "Je vous remercie sincèrement pour votre proposition."),
        "warm": ("Merci beaucoup de m’avoir proposé le {alt_poste|poste dont vous m’avez parlé}.",
                 "Merci d’avoir pensé à moi pour le {alt_poste|poste dont vous m’avez parlé}.",
                 "Merci pour votre proposition, qui m’a fait très plaisir."),
    },
    "alt.no": {
        "formal": ("Après réflexion, je préfère ne pas y donner suite.", "Après mûre réflexion, je ne donnerai pas suite.",
                   "J’ai pris le temps d’y réfléchir, et je préfère ne pas donner suite."),
        "warm": ("Après réflexion, je préfère ne pas donner suite.", "J’ai bien réfléchi, et je vais décliner.",
                 "J’y ai réfléchi, et je préfère passer mon tour."),
    },
    "alt.reason": {
        "formal": ("Ce poste ne correspond pas à ce que je recherche en ce moment.",
                   "Il s’éloigne de mon projet professionnel actuel."),
        "warm": ("Ce poste ne correspond pas tout à fait à ce que je cherche en ce moment.",
                 "Il s’éloigne un peu de ce que je vise aujourd’hui."),
    },
    "alt.door": {
        "formal": (
            "Je garde un vif intérêt pour {company|votre entreprise}, en particulier pour un {poste|poste proche de "
            "celui pour lequel j’avais postulé}.",
            "Si un {poste|poste proche de celui pour lequel j’avais postulé} venait à s’ouvrir {chez_company|chez "
            "vous}, j’aimerais beaucoup le savoir.",
        ),
        "warm": (
            "J’ai toujours très envie de rejoindre {company|votre entreprise}, en particulier pour un {poste|poste "
            "proche de celui que je visais}.",
            W("Si un {poste|poste proche de celui que je visais} s’ouvre {chez_company|chez vous}, je serai ravi·e "
              "de le savoir.",
              n="Si un {poste|poste proche de celui que je visais} s’ouvre {chez_company|chez vous}, j’aimerais "
                "beaucoup le savoir."),
        ),
    },
    "hello.message": {
        "formal": ("Bonjour {title_surname},", "Bonjour {full_name},", "Bonjour,"),
        "warm": ("Bonjour {given_name},", "Bonjour {title_surname},", "Bonjour,"),
    },
    "closing.message": {
        "formal": ("Bien à vous,", "Cordialement,", "Bien cordialement,"),
        "warm": ("Belle journée,", "À bientôt,", "Bien à vous,"),
    },

    # --- LinkedIn invitation note ------------------------------------------------------------
    "li.hello": ("Bonjour {title_surname},", "Bonjour {full_name},", "Bonjour,"),
    "li.note": {
        "formal": (
            W("{li_hello} je vous remercie encore pour nos échanges[ au sujet {du_poste}][ {chez_company}][, en particulier "
              "pour {detail_np}]. Je serais heureux·se de rester en contact[ et de suivre l’actualité "
              "{follow_company}].[ {sender}]",
              n="{li_hello} je vous remercie encore pour nos échanges[ au sujet {du_poste}][ {chez_company}][, en particulier "
                "pour {detail_np}]. J’aurais plaisir à rester en contact[ et à suivre l’actualité "
                "{follow_company}].[ {sender}]"),
            "{li_hello} je vous remercie pour votre réponse[ concernant {le_poste}][ {chez_company}][ et pour "
            "{detail_np}]. Je souhaiterais rester en contact[ et suivre l’actualité {follow_company}].[ {sender}]",
            "{li_hello} je vous remercie pour le temps que vous m’avez consacré[ au sujet {du_poste}][ {chez_company}][, "
            "notamment pour {detail_np}]. J’aimerais rester en contact[ et suivre l’actualité "
            "{follow_company}].[ {sender}]",
        ),
        "warm": (
            W("{li_hello} merci encore pour nos échanges[ au sujet {du_poste}][ {chez_company}][, et surtout pour "
              "{detail_np}]. Je serais ravi·e de rester en contact[ et de suivre l’actualité {follow_company}]."
              "[ {sender}]",
              n="{li_hello} merci encore pour nos échanges[ au sujet {du_poste}][ {chez_company}][, et surtout "
                "pour {detail_np}]. Au plaisir de rester en contact[ et de suivre l’actualité "
                "{follow_company}] ![ {sender}]"),
            "{li_hello} merci pour votre réponse[ au sujet {du_poste}][ {chez_company}][ et pour {detail_np}]. "
            "J’aimerais beaucoup rester en contact[ et suivre l’actualité {follow_company}].[ {sender}]",
            "{li_hello} merci pour votre temps et votre réponse[ au sujet {du_poste}][ {chez_company}][, et pour "
            "{detail_np}]. Restons en contact, si vous le voulez bien ![ {sender}]",
        ),
    },

    # --- phone notes ---------------------------------------------------------------------------
    "phone.title": ("Appel avec {recipient_line|la personne qui vous a répondu}[ – {poste}][, {company}]",),
    "phone.core_heading": ("À dire (deux ou trois phrases) :",),
    "phone.optional_heading": ("Si la conversation s’y prête :",),
    "phone.thanks": {
        "formal": ("Remercier pour le temps accordé et pour la réponse, en évoquant {detail_np}.",
                   "Dire merci pour la réponse et pour les échanges, en citant {detail_np}.",
                   "Remercier pour le temps accordé et pour la réponse, en disant combien vous avez apprécié "
                   "d’avoir pu {detail_vp}.",
                   "Remercier pour le temps accordé et pour la réponse, puis dire en une phrase ce que vous avez "
                   "apprécié dans le recrutement.",
                   "Dire merci pour la réponse et pour les échanges, puis citer un moment que vous avez apprécié.",
                   "Commencer par remercier : pour la réponse, et pour le temps consacré à votre candidature."),
        "warm": ("Commencer par un merci chaleureux pour le temps et la réponse, en évoquant {detail_np}.",
                 "Remercier simplement pour la réponse, en rappelant {detail_np}.",
                 "Commencer par un merci chaleureux pour le temps et la réponse, en disant combien vous avez aimé "
                 "pouvoir {detail_vp}.",
                 "Commencer par un merci chaleureux pour le temps et la réponse, et dire en une phrase ce que "
                 "vous avez aimé.",
                 "Remercier simplement pour la réponse, et citer un moment du recrutement qui vous a plu.",
                 "Dire merci, tout simplement, pour la réponse et pour le temps accordé."),
    },
    "phone.ask": {
        "formal": ("Demander un retour, en une ou deux questions : « {questions} »",
                   "Poser une ou deux questions précises : « {questions} »",
                   "Demander ce qui vous aiderait à progresser : « {questions} »"),
        "warm": ("Demander simplement un retour : « {questions} »",
                 "Poser une ou deux questions, pas plus : « {questions} »",
                 "Demander un conseil pour la suite : « {questions} »"),
    },
    "phone.door": {
        "formal": ("Proposer que votre CV soit conservé pour d’autres postes, {chez_company|dans l’entreprise} "
                   "ou chez ses contacts.",
                   "Demander si votre CV peut être conservé pour une autre opportunité.",
                   "Laisser la porte ouverte : votre CV peut être conservé pour d’autres postes."),
        "warm": ("Dire que vous aimeriez rester en contact, et qu’on peut garder votre CV pour d’autres "
                 "postes.",
                 "Proposer que votre CV reste sous le coude pour un autre poste.",
                 "Laisser la porte ouverte : votre CV peut servir pour un autre poste."),
    },
    "phone.contact": {
        "formal": ("Dire que vous aimeriez rester en contact.", "Proposer de rester en contact.",
                   "Laisser la porte ouverte pour la suite."),
        "warm": ("Dire que vous aimeriez rester en contact, tout simplement.", "Proposer de garder le contact.",
                 "Laisser la porte ouverte pour la suite."),
    },
    "phone.disappointment": ("Si vous le souhaitez, dire sobrement votre déception, et votre motivation intacte.",
                             "Dire, si vous le voulez, votre déception en une phrase, sans reproche.",
                             "Mentionner sobrement votre déception, et votre envie de rejoindre l’équipe."),
    "phone.skill": (
        "Si c’est utile, préciser calmement votre expérience {de_skill}, sans discuter la décision.",
        "Si c’est utile, préciser calmement vos compétences {en_skill}, sans discuter la décision.",
        "Si c’est utile, préciser calmement votre capacité à {skill_vp}, sans discuter la décision.",
        "Si c’est utile, préciser calmement un point : {skill_label}, sans discuter la décision.",
    ),
    "phone.linkedin": ("Demander si vous pouvez ajouter la personne à vos contacts LinkedIn.",
                       "Proposer une invitation LinkedIn pour rester en contact.",
                       "Demander si une invitation LinkedIn serait la bienvenue."),
    "phone.listen": ("Écouter, noter les conseils, ne pas débattre du choix.",
                     "Laisser parler, prendre des notes, ne pas débattre de la décision.",
                     "Écouter jusqu’au bout et noter : la décision est prise, ne pas la discuter."),
    "phone.good_luck": ("Conclure en souhaitant une belle réussite à l’équipe.",
                        "Finir en souhaitant bonne continuation à l’équipe.",
                        "Terminer sur une note positive : bonne continuation à toute l’équipe."),
}
