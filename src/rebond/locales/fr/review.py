"""French texts of the reviewer's findings (codes from rebond.review)."""

from __future__ import annotations

from ...typography import french

REVIEW = {
    "new_interview": ("Ce passage demande un nouvel entretien, une seconde chance ou de revenir sur la décision.",
                      "Retirez-le : remerciez, demandez un retour, et laissez la porte ouverte sans insister."),
    "insistent": ("Cette tournure presse le recruteur (délais, relances, urgence).",
                  "Laissez-lui le temps de répondre, ou non : une seule relance, brève et sans reproche."),
    "bitter": ("Cette tournure laisse paraître de l’amertume.",
               "Gardez la déception pour vous, ou exprimez-la sobrement, sans reproche."),
    "blame": ("Ce passage reproche quelque chose au recruteur.",
              "Parlez de ce que vous auriez pu mieux montrer plutôt que de ce qu’il aurait dû faire."),
    "threat": ("Ce passage menace d’en parler autour de vous ou en ligne.",
               "Retirez-le : le monde du recrutement est petit, et c’est ce que l’on retiendrait de vous."),
    "hired_person": ("Ce passage évoque la personne recrutée, vous compare à elle ou parle de sa période d’essai.",
                     "Retirez-le : reprenez contact pour une raison qui vous appartient (une compétence, une "
                     "actualité de l’entreprise)."),
    "familiar": ("Tournure familière : « {excerpt} ».",
                 "Gardez le vouvoiement et un ton cordial, sans familiarité (« Bien à vous », « Cordialement »)."),
    "dear_name": ("« {excerpt} » : une appellation suivie d’un nom est familière pour un premier contact.",
                  "Écrivez « Madame, », « Monsieur, » ou « Madame, Monsieur, », sans le nom."),
    "dangling_closing": ("« {excerpt} » : le début de la formule n’a pas le même sujet que la suite.",
                         "Donnez-lui un sujet : « En vous remerciant par avance, je vous prie d’agréer… »."),
    "slip": ("Tournure à éviter : « {excerpt} ».",
             "Écrivez plutôt{replacement}."),
    "missing_thanks": ("Le message ne remercie pas le recruteur.",
                       "Ajoutez un remerciement pour son temps et pour sa réponse."),
    "too_long": ("Le message dépasse la longueur que conseille le guide : {words} mots, pour {max} au plus "
                 "(environ {lines} lignes).",
                 "Gardez l’essentiel : un remerciement, une ou deux questions, une ouverture."),
    "too_many_points": ("Vos notes comptent {count} points à dire : le guide en conseille {max} au plus.",
                        "Gardez les deux ou trois phrases qui comptent, et laissez le reste à la conversation."),
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
    "cap_text": ("Le message est très long : seuls ses {max} premiers caractères ont été relus.",
                 "Raccourcissez-le pour qu’il soit relu en entier."),
    "cap_findings": ("Seules les {max} premières remarques sont affichées.",
                     "Corrigez celles-ci : la relecture affichera les suivantes."),
    "spelling": ("Mot inconnu du dictionnaire : « {excerpt} ».",
                 "Vérifiez son orthographe{replacement}."),
}

# The guide's section behind each finding (a path from the language's root, and its title).
GUIDE = {
    "new_interview": ("guide/demander-un-retour/#ne-pas-demander-un-nouvel-entretien", "Ne pas demander un nouvel entretien"),
    "blame": ("guide/encaisser-le-refus/#reagir-mais-loin-du-recruteur", "Réagir, mais loin du recruteur"),
    "bitter": ("guide/encaisser-le-refus/#reagir-mais-loin-du-recruteur", "Réagir, mais loin du recruteur"),
    "threat": ("guide/encaisser-le-refus/#reagir-mais-loin-du-recruteur", "Réagir, mais loin du recruteur"),
    "insistent": ("guide/savoir-s-arreter/#quand-sarreter", "Quand s’arrêter"),
    "hired_person": ("guide/garder-le-contact/#la-fin-de-la-periode-dessai-ce-que-lon-sait-ce-que-lon-ignore",
                     "La fin de la période d’essai"),
    "familiar": ("guide/remercier/#ce-quil-vaut-mieux-eviter", "Ce qu’il vaut mieux éviter"),
    "dear_name": ("guide/remercier/#par-lettre", "Par lettre"),
    "dangling_closing": ("guide/remercier/#par-lettre", "Par lettre"),
    "too_long": ("guide/remercier/#ce-quil-vaut-mieux-eviter", "Ce qu’il vaut mieux éviter"),
    "too_many_points": ("guide/remercier/#par-telephone", "Par téléphone"),
    "linkedin_free": ("guide/garder-le-contact/#linvitation-linkedin", "L’invitation LinkedIn"),
    "linkedin_premium": ("guide/garder-le-contact/#linvitation-linkedin", "L’invitation LinkedIn"),
    "too_many_questions": ("guide/demander-un-retour/#poser-une-question-a-laquelle-on-peut-repondre",
                           "Poser une question à laquelle on peut répondre"),
}


def review_text(code: str, **params: object) -> tuple[str, str]:
    message, suggestion = REVIEW[code]
    return french(message.format(**params)), french(suggestion.format(**params))


def proposal(replacement: str) -> str:
    """The replacement offered for an abbreviation, a slip or a misspelt word, inside a suggestion."""
    return f" : « {replacement} »" if replacement else ""



# --- what the reviewer looks for in a text of this language (rebond.phrases) ----------------

from .lexicon import LEXICON  # noqa: E402,F401  (the forms of every word the rules name)

# Word classes: lemmas (all their forms) or, with "=", one exact form.
CLASSES: tuple[tuple[str, str], ...] = (
    ("REQUEST", "demander redemander solliciter pouvoir accorder proposer donner redonner offrir =permettre =permettez "
                "=permettriez =permettrait =permettra "
                "laisser accepter envisager organiser programmer fixer caler planifier réclamer convoquer "
                "=souhaiterais =souhaiterait =souhaiterions =souhaite =souhaitons =aimerais =aimerait =aimerions "
                "=voudrais =voudrait =voudrions =veux =veuillez =espère =espérons =possible =envisageable "
                "=imaginable =accepteriez =auriez =seriez =pourrions =puis-je =donnez-moi =laissez-moi"),
    ("AGAIN", "nouveau nouvel second deuxième autre"),
    ("AGAIN_AFTER", "complémentaire supplémentaire"),
    ("MEETING", "entretien rendez-vous rencontre appel échange créneau entrevue visio visioconférence réunion "
                "rdv tour"),
    ("CHANCE", "chance occasion opportunité possibilité"),
    ("GIVE", "donner redonner laisser accorder offrir =donnez-moi =laissez-moi"),
    ("MEET", "rencontrer recevoir voir revoir rappeler appeler téléphoner retéléphoner reparler parler échanger "
             "convoquer reconvoquer"),
    ("PROVE", "montrer démontrer prouver convaincre présenter expliquer =preuves"),
    ("DECISION", "décision choix position candidature dossier"),
    ("STEP", "entretien =test =tests =épreuve =épreuves =évaluation =cas =oral"),
    ("FINAL", "=définitif =définitive =définitifs =irrévocable =final =finale"),
    ("WAIT", "=attends =attend =attendons =attendais =attendait =patiente =patientais =patientons relancer =relance "
             "=relances"),
    ("UNIT", "jour semaine mois heure"),
    ("COUNT", "=deux =trois =quatre =cinq =six =sept =huit =neuf =dix =quinze =vingt =plusieurs =quelques =%9"),
    ("NUMBER", "=un =une =deux =trois =quatre =cinq =six =sept =huit =neuf =dix =quinze =vingt =plusieurs =quelques =%9"),
    ("ORDINAL", "=deuxième =troisième =quatrième =cinquième =énième =nième =2e =3e =4e =5e"),
    ("WRITE", "écrire réécrire relancer contacter recontacter revenir solliciter envoyer renvoyer"),
    ("REPLY", "répondre réponse retour =nouvelles revenir rappeler informer"),
    ("FAST", "=rapidement =vite =urgemment =immédiatement rapide urgent =promptement"),
    ("EXPECT", "attendre falloir compter exiger =besoin =merci =veuillez =prie =répondez =répondez-moi =revenez"),
    ("WEEKDAY", "=lundi =mardi =mercredi =jeudi =vendredi =samedi =dimanche =demain =ce =soir"),
    ("PERSON", "personne candidat profil collaborateur recrue =celui =celle =quelqu'un"),
    ("CHOSEN", "retenir recruter choisir embaucher sélectionner préférer"),
    ("NEWCOMER", "recrue collaborateur =arrivant =arrivante =salarié =salariée =embauché =embauchée"),
    ("BITTER", "injuste injustice honteux honte scandaleux scandale absurde ridicule inadmissible inacceptable "
               "lamentable pitoyable mépris méprisant irrespectueux incompétent incompétence incompréhensible "
               "bâcler"),
    ("JOKE", "blague mascarade farce =cirque =plaisanterie"),
    ("MANNERS", "respect considération sérieux courtoisie politesse professionnalisme"),
    ("NEGLECT", "=lu =lue =relu =écouté =écoutée =laissé =laissée =répondu =rappelé =rappelée =regardé =daigné "
                "=su =pris =compris =comprise =donné =informé =informée =prévenu =prévenue =accordé =accordée =consulté"),
    ("NO", "=pas =jamais =point =rien =aucun =aucune =plus"),
    ("TALK", "parler raconter dire publier poster signaler dénoncer témoigner écrire"),
    ("ONLINE", "réseau =linkedin =glassdoor =indeed =twitter =facebook =internet =presse =google"),
    ("REVIEW_WORD", "avis =commentaire =témoignage =note"),
    ("FAMILIAR", "=tu =toi =te =tes =t' =ta bise bisou biz embrasser =coucou"),
    ("GREETING", "=salut =coucou =hello =hey =yo =wesh =hello"),
    ("CIVILITY", "=madame =monsieur =mademoiselle =mme"),
    ("GERUND", "=remerciant =espérant =attendant =souhaitant =restant =comptant =sachant"),
    ("CLOSE_IMPERATIVE", "=veuillez =recevez =agréez =croyez =acceptez"),
    ("ME", "=me =m'"),
)

# Patterns that say what a clause or a sentence is about ("#NAME" in a rule).
CONTEXTS: tuple[tuple[str, str], ...] = (
    ("ELSEWHERE", "=ailleurs"),
    ("ELSEWHERE", "autre +1 employeur|entreprise|société|cabinet|structure|recruteur|groupe|poste|agence|boîte"),
    ("ELSEWHERE", "chez|dans|pour +1 une|un +0 entreprise|société|cabinet|structure|agence|start-up|startup"),
    ("ELSEWHERE", "chez +0 %C"),
    ("LATER", "dans|d' +1 ici +2 @NUMBER|un|une|=an +0 mois|an|ans|année|années"),
    ("LATER", "dans +2 @NUMBER|un|une +0 mois|an|ans|année|années"),
    ("LATER", "plus +0 tard"),
    ("LATER", "un +0 jour"),
    ("LATER", "=l'an|=l'année +0 prochain|prochaine"),
    ("LATER", "l' +0 an|année +0 prochain|prochaine"),
    ("LATER", "à +0 l' +0 avenir"),
    ("LATER", "le +0 moment +0 venu"),
    ("SOON", "semaine|quinzaine +0 prochaine"),
    ("SOON", "cette +0 semaine"),
    ("SOON", "=demain|=bientôt|=rapidement"),
    ("SOON", "ces +0 jours"),
    ("SOON", "dès +0 que +0 possible"),
    ("NO_ANSWER", "sans|faute|pas|aucune +2 réponse|retour|nouvelles|suite"),
    ("NO_ANSWER", "toujours +0 pas|sans"),
    ("PAST_THANKS", "merci|remercier +2 de|pour +1 votre|cette|la|ta +1 réponse|retour"),
    ("PAST_THANKS", "avoir +1 répondu"),
    ("CARE", "=urgences"),
    ("TONE", "le|un|du|ce|votre|mon|son|leur|quel|même|bon|au|=beau +0 =ton"),
)

# Rules by finding code (see rebond.phrases for the notation).
RULES: dict[str, tuple[str, ...]] = {
    "new_interview": (
        "@AGAIN +1 @MEETING &@REQUEST|? !#ELSEWHERE !!#LATER",
        "@AGAIN +1 @MEETING|@CHANCE +8 de|pour|afin +3 @PROVE !#ELSEWHERE !!#LATER",
        "@GIVE +3 @AGAIN +1 @CHANCE !#ELSEWHERE !!#LATER",
        "redonner +3 chance|=ma +0 chance",
        "second|deuxième|dernier +0 chance &@REQUEST|? !#ELSEWHERE !!#LATER",
        "=dernier|=dernière +0 @MEETING &@REQUEST|? !#ELSEWHERE !!#LATER",
        "@MEETING @AGAIN_AFTER &@REQUEST|? !#ELSEWHERE !!#LATER",
        "reconsidérer|réexaminer|réétudier|reconvoquer",
        "revenir +1 sur +3 @DECISION",
        "revoir +2 @DECISION",
        "changer +3 d' +0 avis",
        "@DECISION +4 =revue|=réexaminée|=reconsidérée|=réétudiée|=revu|=réexaminé|=reconsidéré",
        "changer +1 votre|vos +0 avis|décision|choix|position",
        "remettre +1 en +0 cause|question +3 @DECISION",
        "contester +2 @DECISION",
        "se|nous +1 revoir &@REQUEST|@PROVE|? !#ELSEWHERE !!#LATER",
        "@MEET +3 à +0 nouveau &@REQUEST|@PROVE|? !#ELSEWHERE !!#LATER",
        "@MEET +3 de +0 nouveau &@REQUEST|@PROVE|? !#ELSEWHERE !!#LATER",
        "@MEET +3 nouvelle|seconde|deuxième|autre +0 fois &@REQUEST|@PROVE|? !#ELSEWHERE !!#LATER",
        "@MEET +3 encore &@REQUEST|@PROVE|? !#ELSEWHERE !!#LATER",
        "repasser|refaire +3 @MEETING|@STEP !#ELSEWHERE !!#LATER",
        "@STEP +4 une +0 seconde|nouvelle|deuxième|autre +0 fois &@REQUEST|? !#ELSEWHERE !!#LATER",
        "@STEP +4 à|de +0 nouveau &@REQUEST|? !#ELSEWHERE !!#LATER",
        "@MEETING|@MEET +8 pour|afin +3 @PROVE &@REQUEST|? !#ELSEWHERE !!#LATER",
        "@MEETING|@MEET &#SOON &@REQUEST|? !#ELSEWHERE !!#LATER",
        "tenter|retenter +2 @CHANCE &@REQUEST|?|encore !#ELSEWHERE !!#LATER",
        "@DECISION +3 @FINAL &?",
        "@PROVE +4 ce +0 dont +0 je +0 suis +0 capable &@REQUEST|@MEETING|@MEET|?",
        "@PROVE +4 ce +0 que +0 je +0 vaux &@REQUEST|@MEETING|@MEET|?",
    ),
    "blame": (
        "vous +2 faire|commettre +2 erreur|faute|bêtise",
        "votre|vos +0 erreur|faute|bêtise",
        "vous +2 tromper",
        "vous +3 tort",
        "~vous +3 @NO +3 @NEGLECT",
        "~personne|nul +0 ne|n' +3 @NEGLECT",
        "daigner",
        "vous +1 =auriez|=aviez +0 =pu|=dû",
        "manquer +2 de +1 @MANNERS",
        "~pas|peu|non|guère|=manque +2 professionnel|@MANNERS",
        "laisser +1 à +0 désirer",
        "vous +3 moquer",
        "mal +0 =organisé|=organisée|=organisés|=préparé|=préparée|=mené|=menée|=conduit|=conduite|=géré|=gérée",
        "mauvais +0 choix",
        "traiter +3 comme +2 numéro|pion|=moins",
    ),
    "bitter": (
        "@BITTER",
        "~comprendre +2 pas +3 @DECISION|pourquoi",
        "perte +1 de +2 temps",
        "perdre|gâcher +2 mon|notre|du +0 temps",
        "vous +2 regretter",
        "dommage|pis +0 pour +0 vous",
        "vous +3 passer +2 côté",
        "être +3 @JOKE",
        "~jamais|pas|plus +1 recommander +2 votre|vos|cette +0 entreprise|société|cabinet|groupe",
        "~ne|n' +1 recommander +1 jamais|pas|plus +2 votre|vos|cette +0 entreprise|société|cabinet|groupe",
    ),
    "threat": (
        "@TALK +5 @ONLINE",
        "@TALK +3 autour +1 de +0 moi",
        "laisser|publier|poster|écrire|mettre +2 @REVIEW_WORD +3 sur|en",
        "prévenir|avertir +2 autres +0 candidats|=candidates",
        "vous +2 =paierez|=payerez|=paierez|=regretterez",
    ),
    "insistent": (
        "~cela|ça|voilà|il +3 @NUMBER +1 @UNIT &@WAIT|#NO_ANSWER",
        "~depuis +2 @NUMBER +1 @UNIT &@WAIT|#NO_ANSWER",
        "~@ORDINAL +0 fois &@WRITE",
        "~@COUNT +0 fois &@WRITE",
        "~@ORDINAL +1 message|mail|e-mail|courriel|relance",
        "relancer +3 encore|nouveau|fois",
        "au +0 plus +0 vite|tôt",
        "dans +0 les +0 plus|meilleurs +0 brefs|délais",
        "dès +0 que +0 possible &@REPLY|@EXPECT",
        "~sans +0 tarder",
        "@REPLY +3 @FAST &@EXPECT|? !#PAST_THANKS",
        "urgent|=urgemment !#CARE",
        "en|toute +0 urgence",
        "~toujours +0 pas|sans &@REPLY|@WRITE|#NO_ANSWER",
        "avant|ici +1 @WEEKDAY &@REPLY &@EXPECT|?",
        "~@COUNT|=précédents|=derniers +2 =e-mails|=messages|=mails|=relances|=courriels &#NO_ANSWER",
        "~faute +1 de +0 réponse|retour|nouvelles",
        "insister !sur",
        "~malgré|=après +3 =relances|=messages|=mails|=e-mails|=courriels|=appels",
        "~sans +1 réponse|nouvelles +2 de +0 votre +0 part",
        "~j' +0 attendre +1 votre|une|=vos +0 réponse|retour",
        "exiger",
    ),
    "hired_person": (
        "~@PERSON +4 @CHOSEN",
        "~nouveau|nouvel +0 @NEWCOMER",
        "~l' +0 autre +0 =candidat|=candidate",
        "~plus|moins +5 que|qu' +0 moi",
        "~plus|moins +5 que|qu' +1 le|la +0 =mien|=mienne",
        "~préférer +3 profil|candidat|=quelqu'un|personne",
        "~période +0 d' +0 =essai !=ma|=mon|=mes|=notre",
        "~pas +1 l' +0 affaire",
        "~à +0 ma +0 place",
        "~si +3 choix|recrutement|recrue|=cela|=ça +4 pas +2 confirmer|convenir|marcher|fonctionner",
        "~si +3 choix|recrutement|recrue|=cela|=ça +3 confirmer|convenir|marcher|fonctionner +1 pas",
    ),
    "familiar": (
        "@FAMILIAR",
        "=ton !#TONE",
        "^^@GREETING",
        "^à +0 plus",
    ),
    "dear_name": (
        "^^cher +0 @CIVILITY +0 %C",
        "^^cher +0 %C !@CIVILITY",
    ),
    "dangling_closing": (
        "^^en +2 @GERUND +14 ^@CLOSE_IMPERATIVE",
        "^^dans +0 l' +0 attente +14 ^@CLOSE_IMPERATIVE",
    ),
}

# Slips a word list cannot see: (pattern, fix with $1... the words matched ("" = none), what to
# write instead). A small list, on purpose: each entry is a known mistake, in any position.
SLIPS: tuple[tuple[str, str, str], ...] = (
    ("malgré +0 que|qu'", "bien $2", "bien que"),
    ("pallier +0 =à", "$1", "pallier (sans « à »)"),
    ("pallier +0 =au", "$1 le", "pallier le"),
    ("pallier +0 =aux", "$1 les", "pallier les"),
    ("suite +0 =à !faire", "à la suite de", "à la suite de"),
    ("suite +0 =au !faire", "à la suite du", "à la suite du"),
    ("suite +0 =aux !faire", "à la suite des", "à la suite des"),
    ("revenir +0 vers +0 vous|toi", "", "reprendre contact avec vous, vous écrire de nouveau"),
    ("je|j' +0 me +0 =rappelle|=rappelais +0 =de", "", "je me souviens de"),
    ("je|j' +0 me +0 =rappelle|=rappelais +0 =du", "$1 $2 $3 le", "je me rappelle le"),
    ("je|j' +0 me +0 =rappelle|=rappelais +0 =des", "$1 $2 $3 les", "je me rappelle les"),
    ("au +0 jour +0 d' +0 =aujourd'hui", "aujourd’hui", "aujourd’hui"),
    ("=courriel", "e-mail", "e-mail"),
    ("=courriels", "e-mails", "e-mails"),
    ("un|par|votre|mon|ce|cet|ton|son|leur|premier|dernier|nouveau +0 =mail", "$1 e-mail", "e-mail"),
    ("mes|vos|nos|ces|des|plusieurs|deux|trois +0 =mails", "$1 e-mails", "e-mails"),
)

# Negation: these words negate what follows in their clause ("pas", "jamais"); these only
# after "ne" ("ne ... plus", "ne ... rien"); "ne" alone is not a negation ("ne ... que").
NEGATORS = "pas jamais aucun aucune aucunement nullement sans guère"
NEGATORS_WITH_NE = "plus rien personne point"
NE = "ne n'"
# A negation word followed by one of these is not a negation.
NOT_NEGATION = ("sans doute", "pas seulement", "pas uniquement", "pas que", "sans faute")
# In a question, a negation next to one of these asks rather than denies ("Ne pourriez-vous pas ...?").
QUESTION_CUES = "vous pourquoi il"
# Words that open a new clause: a negation before them does not reach past them.
BOUNDARIES = "mais cependant pourtant toutefois néanmoins car puisque"
# Elided words split from the next one ("qu'on" -> "qu'", "on").
ELISIONS = "l' d' j' m' t' s' n' c' qu' jusqu' lorsqu' puisqu' quoiqu' presqu'"
CONTRACTIONS = ""

# Spelling (rebond.spelling): pyspellchecker's dictionary, the words the site itself writes that
# it lacks, and spellings it lacks that French accepts.
SPELLING = "fr"
SPELLING_WORDS = ("e-mail e-mails recroiser recroiseront cheffe cheffes ingénieure ingénieures autrice autrices "
                  "docteure professeure auteure")
SPELLING_VARIANTS: tuple[tuple[str, str], ...] = (("œ", "oe"), ("æ", "ae"))

# Words that make a run of capitals a sentence (shouting) rather than acronyms ("SQL, AWS").
SHOUT_WORDS = ("je j c est vous tu il elle nous ne pas de du des le la les un une et ce ça me moi mon ma "
               "votre merci que qui pour")
# A block that opens the message (salutation) and one that starts its closing, for the length.
SUBJECT_LINES = ("objet",)
SALUTATIONS = ("madame", "monsieur", "bonjour", "cher", "chère", "mademoiselle")
CLOSINGS = ("je vous prie", "veuillez", "recevez", "cordialement", "bien cordialement", "très cordialement",
            "respectueusement", "bien à vous", "au plaisir", "sincères salutations", "salutations", "belle journée",
            "bonne journée", "à bientôt")

# Any of these words means the text thanks its reader.
THANKS = r"\bmerci\b|\bremerci\w*|\breconnaissant\w*|\bgratitude\b|\bsais gré\b"
# Abbreviation -> full form ("" when it depends on the sentence).
ABBREVIATIONS: dict[str, str] = {
    "cdt": "Cordialement", "cdlt": "Cordialement", "cordt": "Cordialement", "bcp": "beaucoup",
    "svp": "s’il vous plaît", "stp": "", "slt": "", "bjr": "Bonjour",
    "pcq": "parce que", "dsl": "désolé", "tkt": "", "jsp": "", "rdv": "rendez-vous", "pr": "pour",
    "qqch": "quelque chose", "qqn": "quelqu’un", "mr": "M.", "mlle": "Mme", "dc": "donc", "tt": "",
    "bsr": "Bonsoir",
}
# French only: parenthesised gender forms ("déçu(e)") and non-breaking spaces.
CHECKS_GENDER_FORMS = True
CHECKS_TYPOGRAPHY = True
