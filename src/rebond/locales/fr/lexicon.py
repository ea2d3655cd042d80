"""French words the reviewer's rules read, with their forms (rebond.phrases).

Each entry of ``LEXICON`` is one lemma and its forms: "demander demande demandes ...". Regular
verbs are conjugated by :func:`er`, :func:`ir` and :func:`re_` (every tense a reader may use:
present, imperfect, future, conditional, subjunctive, imperative, participles); irregular verbs
and other words are written out. A rule names a lemma once and reads all of its forms.
"""

from __future__ import annotations

_ER_PRESENT = ("e", "es", "e", "ons", "ez", "ent")
_ER_IMPERFECT = ("ais", "ait", "ions", "iez", "aient")
_FUTURE = ("ai", "as", "a", "ons", "ez", "ont")
_CONDITIONAL = ("ais", "ait", "ions", "iez", "aient")
_PARTICIPLE = ("", "e", "s", "es")


def _agree(base: str) -> list[str]:
    return [base + end for end in _PARTICIPLE]


def er(infinitive: str, *extra: str) -> str:
    """A regular -er verb: "demander" and its forms (é/è and doubled consonants included)."""
    stem = infinitive[:-2]
    soft = stem + ("e" if stem.endswith("g") else "")  # changeons, changeais
    soft = soft[:-1] + "ç" if stem.endswith("c") else soft  # lançons, lançais
    strong = [stem]
    i = stem.rfind("é")
    if i >= 0 and i >= len(stem) - 3:
        strong.append(stem[:i] + "è" + stem[i + 1:])  # espère, reconsidère
    if stem.endswith(("el", "et")):
        strong.append(stem + stem[-1])  # rappelle, jette
    forms = [infinitive, *extra, *_agree(stem + "é"), soft + "ant"]
    for s in strong:
        forms += [s + e for e in ("e", "es", "ent")]
        forms += [s + "er" + e for e in _FUTURE] + [s + "er" + e for e in _CONDITIONAL]
    forms += [stem + "ons", stem + "ez", soft + "ons"]
    forms += [soft + e for e in _ER_IMPERFECT] + [stem + e for e in ("ions", "iez")]
    forms += [infinitive + e for e in _FUTURE] + [infinitive + e for e in _CONDITIONAL]
    forms += [soft + "a", soft + "ai", soft + "as", stem + "èrent"]
    return " ".join(dict.fromkeys(forms))


def ir(infinitive: str) -> str:
    """A regular -ir verb of the second group (choisir: choisis, choisissons...)."""
    stem = infinitive[:-2]
    forms = [infinitive, stem + "is", stem + "it", stem + "issons", stem + "issez", stem + "issent",
             stem + "issais", stem + "issait", stem + "issions", stem + "issiez", stem + "issaient",
             stem + "isse", stem + "isses", stem + "issant", *_agree(stem + "i")]
    forms += [infinitive + e for e in _FUTURE] + [infinitive + e for e in _CONDITIONAL]
    return " ".join(dict.fromkeys(forms))


def re_(infinitive: str) -> str:
    """A regular -re verb (attendre, perdre, répondre, rendre)."""
    stem = infinitive[:-2]
    forms = [infinitive, stem + "s", stem, stem + "ons", stem + "ez", stem + "ent", stem + "e", stem + "es",
             stem + "ant", stem + "it", *_agree(stem + "u")]
    forms += [stem + e for e in _ER_IMPERFECT] + [stem + e for e in ("ions", "iez")]
    forms += [stem + "r" + e for e in _FUTURE] + [stem + "r" + e for e in _CONDITIONAL]
    return " ".join(dict.fromkeys(forms))


def adj(masculine: str, feminine: str = "", plural: str = "", feminine_plural: str = "") -> str:
    """An adjective or a noun that agrees: masculine, feminine and their plurals."""
    feminine = feminine or (masculine if masculine.endswith("e") else masculine + "e")
    plural = plural or (masculine if masculine.endswith(("s", "x")) else masculine + "s")
    feminine_plural = feminine_plural or feminine + "s"
    return " ".join(dict.fromkeys((masculine, feminine, plural, feminine_plural)))


def noun(singular: str, plural: str = "") -> str:
    return f"{singular} {plural or (singular if singular.endswith(('s', 'x', 'z')) else singular + 's')}"


def _prefixed(prefix: str, entry: str) -> str:
    return " ".join(prefix + w for w in entry.split())


_POUVOIR = ("pouvoir peux peut pouvons pouvez peuvent pouvais pouvait pouvions pouviez pouvaient pourrai "
            "pourras pourra pourrons pourrez pourront pourrais pourrait pourrions pourriez pourraient puisse "
            "puisses puissions puissiez puissent pu pus put")
_VOULOIR = ("vouloir veux veut voulons voulez veulent voulais voulait voulions vouliez voulaient voudrai "
            "voudras voudra voudrons voudrez voudront voudrais voudrait voudrions voudriez voudraient veuille "
            "veuilles veuillez veuillent voulu voulant")
_VOIR = ("voir vois voit voyons voyez voient voyais voyait voyions voyiez voyaient verrai verras verra verrons "
         "verrez verront verrais verrait verrions verriez verraient voie voies vu vue vus vues voyant")
_VENIR = ("venir viens vient venons venez viennent venais venait venions veniez venaient viendrai viendras "
          "viendra viendrons viendrez viendront viendrais viendrait viendrions viendriez viendraient vienne "
          "viennes venu venue venus venues venant")
_PRENDRE = ("prendre prends prend prenons prenez prennent prenais prenait prenions preniez prenaient prendrai "
            "prendras prendra prendrons prendrez prendront prendrais prendrait prendrions prendriez prendraient "
            "prenne prennes pris prise prises prenant")
_FAIRE = ("faire fais fait faisons faites font faisais faisait faisions faisiez faisaient ferai feras fera "
          "ferons ferez feront ferais ferait ferions feriez feraient fasse fasses fassions fassiez fassent "
          "faite faits faites faisant")
_METTRE = ("mettre mets met mettons mettez mettent mettais mettait mettrai mettra mettrais mettrait mettriez "
           "mette mis mise mises mettant")
_RECEVOIR = ("recevoir reçois reçoit recevons recevez reçoivent recevais recevait recevrai recevra recevrez "
             "recevrais recevrait recevriez reçoive reçu reçue reçus reçues recevant")
_ECRIRE = ("écrire écris écrit écrivons écrivez écrivent écrivais écrivait écrirai écrira écrirais écrirait "
           "écrive écrite écrits écrites écrivant")
_AVOIR = ("avoir ai as a avons avez ont avais avait avions aviez avaient aurai auras aura aurons aurez auront "
          "aurais aurait aurions auriez auraient aie aies ait ayons ayez aient eu eue eus eues ayant")
_ETRE = ("être suis es est sommes êtes sont étais était étions étiez étaient serai seras sera serons serez "
         "seront serais serait serions seriez seraient sois soit soyons soyez soient été fus fut étant")
_DEVOIR = ("devoir dois doit devons devez doivent devais devait devions deviez devaient devrai devra devrez "
           "devrais devrait devrions devriez devraient doive dû due dus dues devant")
_FALLOIR = "falloir faut faudra faudrait fallait faille fallu"
_DIRE = ("dire dis dit disons dites disent disais disait dirai dira direz dirais dirait diriez dise disant "
         "dite dits")
_OFFRIR = ("offrir offre offres offrons offrez offrent offrais offrait offrirai offrira offrirais offrirait "
           "offririez offert offerte offrant")
_OBTENIR = ("obtenir obtiens obtient obtenons obtenez obtiennent obtenais obtenait obtiendrai obtiendra "
            "obtiendrais obtiendrait obtienne obtenu obtenue obtenant")
_LIRE = "lire lis lit lisons lisez lisent lisais lisait lirai lira lirais lirait lise lu lue lus lues lisant"
_CONNAITRE = ("connaître connais connaît connaissons connaissez connaissent connaissais connaissait connu connue "
              "connaîtrai connaîtrais")

_CONVAINCRE = ("convaincre convaincs convainc convainquons convainquez convainquent convaincrai convaincrais "
               "convaincrait convainque convaincu convaincue convaincus convainquant")
_RETENIR = ("retenir retiens retient retenons retenez retiennent retenais retenait retiendrai retiendrait "
            "retienne retenu retenue retenus retenues retenant")

LEXICON: tuple[str, ...] = (
    # --- verbs ----------------------------------------------------------------------------------
    _POUVOIR, _VOULOIR, _VOIR, _prefixed("re", _VOIR), _VENIR,
    _prefixed("re", _VENIR), _PRENDRE, _prefixed("re", _PRENDRE), _FAIRE, _prefixed("re", _FAIRE), _METTRE,
    _prefixed("re", _METTRE), _prefixed("per", _METTRE), _RECEVOIR, _ECRIRE, _prefixed("ré", _ECRIRE), _AVOIR,
    _ETRE, _DEVOIR, _FALLOIR, _DIRE, _OFFRIR, _OBTENIR, _LIRE, _prefixed("re", _LIRE), _CONNAITRE,
    er("demander"), er("redemander"), er("souhaiter"), er("aimer"), er("espérer"), er("solliciter"),
    er("accorder"), er("proposer"), er("donner"), er("redonner"), er("laisser"), er("accepter"), er("envisager"),
    er("organiser"), er("programmer"), er("fixer"), er("caler"), er("planifier"), er("trouver"), er("chercher"),
    er("reconsidérer"), er("réexaminer"), er("réétudier"), er("examiner"), er("étudier"), er("changer"),
    er("rencontrer"), er("appeler"), er("rappeler"), er("retéléphoner"), er("téléphoner"), er("reparler"),
    er("parler"), er("échanger"), er("montrer"), er("démontrer"), er("prouver"), _CONVAINCRE,
    er("présenter"), er("expliquer"), er("tenter"), er("retenter"), er("convoquer"), er("reconvoquer"),
    er("insister"), er("relancer"), er("patienter"), er("compter"), er("exiger"), er("presser"),
    er("tromper"), er("gâcher"), er("daigner"), er("manquer"), er("écouter"), er("regarder"), er("traiter"),
    er("regretter"), er("passer"), er("publier"), er("poster"), er("signaler"), er("raconter"),
    er("recruter"), er("embaucher"), er("sélectionner"), er("préférer"), er("remplacer"), er("quitter"),
    _RETENIR, _prefixed("com", _PRENDRE), er("embrasser"), er("pallier"), er("moquer"), er("témoigner"),
    er("repasser"), ir("avertir"), _prefixed("com", _METTRE), er("recommander"), er("confirmer"), er("marcher"),
    er("fonctionner"), _prefixed("con", _VENIR), er("payer", "paie", "paies", "paient", "paierai", "paierez", "paieriez"),
    er("dénoncer"), er("contacter"), er("recontacter"), er("informer"), er("contester"), er("remercier"),
    er("réécouter"), er("réclamer"), er("renvoyer", "renvoie", "renverrai"), er("envoyer", "envoie", "enverrai"),
    er("rassurer"), er("attester"),
    ir("choisir"), ir("réfléchir"), ir("finir"), ir("réussir"),
    re_("attendre"), re_("perdre"), re_("répondre"), re_("rendre"), re_("entendre"), re_("descendre"),
    # --- nouns and adjectives ---------------------------------------------------------------------
    noun("entretien"), noun("rendez-vous"), noun("rencontre"), noun("appel"), noun("échange"), noun("créneau", "créneaux"),
    noun("entrevue"), noun("visio"), noun("visioconférence"), noun("réunion"), noun("rdv"), noun("café"),
    noun("chance"), noun("occasion"), noun("opportunité"), noun("possibilité"), noun("tour"),
    noun("décision"), noun("choix"), noun("avis"), noun("candidature"), noun("dossier"), noun("position"),
    noun("erreur"), noun("faute"), noun("bêtise"), noun("tort"),
    noun("personne"), adj("candidat"), noun("profil"), adj("collaborateur", "collaboratrice"), noun("recrue"),
    adj("nouveau", "nouvelle", "nouveaux"), "nouvel", adj("second"), adj("deuxième"), adj("autre"),
    adj("dernier", "dernière"), adj("complémentaire"), adj("supplémentaire"),
    adj("troisième"), adj("quatrième"), adj("cinquième"), adj("énième"), adj("nième"),
    noun("jour"), noun("semaine"), noun("mois"), noun("heure"), noun("an"), noun("année"),
    adj("injuste"), noun("injustice"), adj("honteux", "honteuse"), noun("honte"), adj("scandaleux", "scandaleuse"),
    noun("scandale"), adj("absurde"), adj("ridicule"), adj("inadmissible"), adj("inacceptable"),
    adj("lamentable"), adj("pitoyable"), noun("mépris"), adj("méprisant"), adj("irrespectueux", "irrespectueuse"),
    adj("incompétent"), noun("incompétence"), adj("incompréhensible"), er("bâcler"), adj("mauvais", "mauvaise"), noun("mascarade"), noun("blague"), noun("farce"),
    noun("réponse"), noun("retour"), noun("nouvelle"), adj("urgent"), adj("rapide"), noun("délai"),
    noun("relance"), noun("message"), noun("mail"), noun("courriel"), noun("e-mail"),
    adj("professionnel", "professionnelle"), noun("professionnalisme"), noun("respect"), noun("considération"),
    noun("sérieux"), noun("courtoisie"), noun("politesse"),
    noun("bise"), noun("bisou", "bisous"), noun("biz"), adj("cher", "chère"),
    noun("employeur"), noun("entreprise"), noun("société"), noun("agence"), noun("cabinet"), noun("groupe"),
    noun("structure"), noun("boîte"), adj("recruteur", "recruteuse"), noun("poste"), noun("numéro"), noun("pion"),
    _prefixed("pré", _VENIR), noun("explication"),
    noun("réseau", "réseaux"), noun("avis"), "peut-être", "c'est-à-dire", "aujourd'hui",
)
