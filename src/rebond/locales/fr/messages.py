"""French phrase catalog: every French sentence the engine writes.

Written for the "vous" register, with the writer's gender agreement (``c.g``) or a wording
that needs none. Plain spaces before « : ; ! ? » are fine here: :func:`rebond.typography.french`
turns them into the right non-breaking spaces for the whole message.
"""

from __future__ import annotations

from ...context import Ctx

LANG = "fr"
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)
_VOWELS = "aeiouyàâäéèêëîïôöûùüœæhAEIOUYÀÂÄÉÈÊËÎÏÔÖÛÙÜŒÆH"


# --- small grammar helpers -------------------------------------------------------------------

def de(text: str) -> str:
    """"de" + noun phrase, with elision and contraction (d’Orange, du projet, des tests)."""
    low = text.lower()
    if low.startswith("le "):
        return "du " + text[3:]
    if low.startswith("les "):
        return "des " + text[4:]
    if text[:1] and text[0] in _VOWELS:
        return "d’" + text
    return "de " + text


def candidature(c: Ctx, *, with_company: bool = False) -> str:
    """"ma candidature au poste de X", "ma candidature chez Y" or "ma candidature".

    `with_company` names both ("au poste de X chez Y") for messages that do not mention the
    company anywhere else (a feedback request, a reminder): the reader may recruit for several.
    """
    if c.position:
        where = f" chez {c.company}" if with_company and c.company else ""
        return f"ma candidature au poste {de(c.position)}{where}"
    if c.company:
        return f"ma candidature chez {c.company}"
    return "ma candidature"


def entreprise(c: Ctx) -> str:
    """The company by name, or "votre entreprise"."""
    return c.company or "votre entreprise"


def format_date(year: int, month: int, day: int) -> str:
    return f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}"


# --- salutations and closings ----------------------------------------------------------------

def appellation(c: Ctx) -> str:
    """The formal address repeated in a letter's closing formula."""
    return {"f": "Madame", "m": "Monsieur"}.get(c.rg, "Madame, Monsieur")


def salutation(c: Ctx) -> str:
    if c.channel == "letter":
        return appellation(c) + ","  # never followed by the surname in a formal letter
    title = {"f": "Madame", "m": "Monsieur"}.get(c.rg, "")
    if c.formal and not c.rname:
        return title + "," if title else "Madame, Monsieur,"
    # In an e-mail, "Bonjour Madame Durand," is the courteous usage, formal or warm; only the
    # formal letter keeps the bare "Madame,".
    if title:
        return f"Bonjour {title} {c.rname}," if c.rname else f"Bonjour {title},"
    return f"Bonjour {c.rname}," if c.rname else "Bonjour,"


def email_closing(c: Ctx) -> str:
    if c.formal:
        return c.pick("Bien cordialement,", "Cordialement,", "Bien à vous,")
    return c.pick("Bien à vous,", "Bien cordialement,", "Très cordialement,")


def letter_closing(c: Ctx) -> str:
    """A closing formula that repeats the salutation between commas."""
    a = appellation(c)
    asking = c.kind in ("feedback", "thanks_feedback", "follow_up")
    if c.formal:
        return c.pick(
            f"Je vous prie d’agréer, {a}, l’expression de mes sentiments respectueux.",
            (f"En vous remerciant de l’attention que vous porterez à ma demande, je vous prie de "
             f"recevoir, {a}, mes salutations respectueuses.") if asking else
            f"En vous remerciant de votre attention, je vous prie de recevoir, {a}, mes salutations respectueuses.",
            f"Veuillez agréer, {a}, l’expression de ma considération distinguée.",
        )
    return c.pick(
        f"Je vous prie de croire, {a}, à l’assurance de mes sentiments les meilleurs.",
        f"Recevez, {a}, mes sincères salutations.",
        f"Je vous prie d’agréer, {a}, l’expression de mes sentiments dévoués.",
    )


def recipient_line(c: Ctx) -> str:
    """The addressee's line of a letter's recipient block (a title may precede the name here)."""
    if not c.rname:
        return ""
    title = {"f": "Madame", "m": "Monsieur"}.get(c.rg)
    return f"{title} {c.rname}" if title else c.rname


def place_date(c: Ctx, date: str) -> str:
    if not date:
        return ""
    if c.place:
        return f"{c.place}, le {date}"
    return f"Le {date}"


def subject_line(subject: str) -> str:
    return f"Objet : {subject}"


# --- subjects --------------------------------------------------------------------------------

def subject(c: Ctx) -> str:
    """The e-mail subject (and the letter's "Objet"), built around the position when known."""
    about = f"poste {de(c.position)}" if c.position else (f"candidature chez {c.company}" if c.company else "")
    cand = candidature(c)
    k = c.kind
    if k == "thanks":
        return c.pick(f"Merci pour votre retour – {about}" if about else "Merci pour votre retour",
                      f"Remerciements – {about}" if about else "Remerciements suite à votre réponse",
                      f"Suite à votre réponse concernant {cand}")
    if k == "feedback":
        return c.pick(f"Demande de retour – {about}" if about else "Demande de retour sur ma candidature",
                      f"Votre avis sur {cand}",
                      f"Quelques conseils pour progresser – {about}" if about else "Quelques conseils pour progresser")
    if k == "thanks_feedback":
        return c.pick(f"Merci pour votre retour – {about}" if about else "Merci pour votre retour",
                      f"Remerciements et demande de retour – {about}" if about else "Remerciements et demande de retour",
                      f"Suite à votre réponse concernant {cand}")
    if k == "keep_in_touch":
        return c.pick(f"Prendre de vos nouvelles – {c.company}" if c.company else "Prendre de vos nouvelles",
                      f"Suite à nos échanges – {about}" if about else "Suite à nos échanges",
                      "Rester en contact")
    if k == "recontact_skill":
        return c.pick(f"Du nouveau depuis {cand}", f"Nouvelle compétence : {c.new_skill}",
                      f"Suite à nos échanges – {about}" if about else "Suite à nos échanges")
    return c.pick(f"Suite à mon message – {about}" if about else "Suite à mon précédent message",
                  f"Ma demande de retour – {about}" if about else "Ma demande de retour",
                  f"Retour sur {cand}")


# --- paragraphs ------------------------------------------------------------------------------

def _thanks_open(c: Ctx) -> str:
    cand = candidature(c)
    return c.pick(
        c.g(f"Je vous remercie de m’avoir informé de votre décision concernant {cand}, "
            "ainsi que du temps que vous m’avez consacré.",
            f"Je vous remercie de m’avoir informée de votre décision concernant {cand}, "
            "ainsi que du temps que vous m’avez consacré.",
            f"Je vous remercie pour votre message concernant {cand}, "
            "ainsi que pour le temps que vous m’avez consacré."),
        f"Merci pour votre réponse au sujet de {cand}, et pour l’attention que vous avez portée "
        "à mon profil tout au long du processus.",
        c.g(f"Je vous suis reconnaissant d’avoir pris le temps de me tenir informé de l’issue de {cand}.",
            f"Je vous suis reconnaissante d’avoir pris le temps de me tenir informée de l’issue de {cand}.",
            f"Je vous remercie sincèrement d’avoir pris le temps de me faire connaître l’issue de {cand}."),
    )


def _appreciated(c: Ctx) -> str:
    co = entreprise(c)
    team = f"{c.company} et son équipe" if c.company else "votre équipe"
    if c.detail:
        return c.pick(
            f"J’ai beaucoup apprécié ce processus de recrutement, en particulier {c.detail}.",
            f"Nos échanges m’ont permis de mieux connaître {co}, et je retiens en particulier {c.detail}.",
            f"Je garde un excellent souvenir {de(c.detail)}, qui a confirmé tout l’intérêt que je porte à {co}.",
        )
    return c.pick(
        f"J’ai beaucoup apprécié de découvrir {team} au fil de nos échanges.",
        f"Nos échanges m’ont permis de mieux connaître {co}, et j’en garde un très bon souvenir.",
        f"Ce processus a confirmé tout l’intérêt que je porte à {co}.",
    )


def _disappointment(c: Ctx) -> str:
    co = entreprise(c)
    return c.pick(
        c.g("Je ne vous cache pas que je suis déçu, car ce poste me motivait beaucoup ; "
            "cette motivation reste intacte.",
            "Je ne vous cache pas que je suis déçue, car ce poste me motivait beaucoup ; "
            "cette motivation reste intacte.",
            "Je ne vous cache pas ma déception, car ce poste me motivait beaucoup ; "
            "cette motivation reste intacte."),
        f"Votre réponse me déçoit, je l’avoue, tant ce poste me plaisait ; elle ne change rien à "
        f"l’intérêt que je porte à {co}.",
        c.g("Je suis forcément un peu déçu, car je m’étais projeté dans ce poste ; "
            "mon envie de travailler avec vous reste la même.",
            "Je suis forcément un peu déçue, car je m’étais projetée dans ce poste ; "
            "mon envie de travailler avec vous reste la même.",
            "C’est une déception, car ce poste me tenait à cœur ; "
            "mon envie de travailler avec vous reste la même."),
    )


def _keep_cv(c: Ctx) -> str:
    where = f"chez {c.company}" if c.company else "dans votre entreprise"
    co = entreprise(c)
    return c.pick(
        c.g(f"Si un autre poste correspondant à mon profil venait à s’ouvrir {where} ou chez l’un de "
            "vos contacts, je serais heureux que vous pensiez à moi : n’hésitez pas à conserver mon CV.",
            f"Si un autre poste correspondant à mon profil venait à s’ouvrir {where} ou chez l’un de "
            "vos contacts, je serais heureuse que vous pensiez à moi : n’hésitez pas à conserver mon CV.",
            f"Si un autre poste correspondant à mon profil venait à s’ouvrir {where} ou chez l’un de "
            "vos contacts, n’hésitez pas à conserver mon CV et à penser à moi."),
        c.g(f"Je vous serais reconnaissant de garder mon CV en vue d’un autre poste, {where} "
            "ou auprès de vos contacts.",
            f"Je vous serais reconnaissante de garder mon CV en vue d’un autre poste, {where} "
            "ou auprès de vos contacts.",
            f"Je me permets de vous confier mon CV en vue d’un autre poste, {where} "
            "ou auprès de vos contacts."),
        c.g("Si une autre occasion se présente, chez vous ou auprès de vos contacts, je serais ravi "
            "d’en entendre parler ; vous pouvez bien sûr conserver mon CV.",
            "Si une autre occasion se présente, chez vous ou auprès de vos contacts, je serais ravie "
            "d’en entendre parler ; vous pouvez bien sûr conserver mon CV.",
            "Si une autre occasion se présente, chez vous ou auprès de vos contacts, j’aurais grand "
            "plaisir à en entendre parler ; vous pouvez bien sûr conserver mon CV."),
    )


def _good_luck(c: Ctx) -> str:
    team = c.company or "toute l’équipe"
    return c.pick(
        f"Je vous souhaite, ainsi qu’à {team}, une belle réussite dans vos projets.",
        f"Je vous souhaite bonne continuation, à vous comme à {c.company or 'votre équipe'}.",
        f"Je souhaite plein succès à {c.company or 'votre équipe'} et à la personne retenue.",
    )


_QUESTIONS = {
    ("cv",): "Qu’est-ce qui, dans mon CV, aurait gagné à être plus clair ou mieux mis en avant ?",
    ("letter",): "Ma lettre de motivation vous a-t-elle paru convaincante, et que faudrait-il y changer en priorité ?",
    ("cv", "letter"): "Qu’auriez-vous aimé lire de plus, ou autrement, dans mon CV et ma lettre de motivation ?",
    ("interview",): "Lors de l’entretien, sur quel point mes réponses vous ont-elles semblé les moins convaincantes ?",
    ("tests",): "Sur quelles parties des tests mes résultats étaient-ils en deçà de vos attentes ?",
    ("interview", "tests"): "Entre l’entretien et les tests, quelle étape a le plus pesé dans votre décision, et sur quel point ?",
}
_GENERAL = ("Qu’est-ce qui a le plus pesé dans votre décision ?",
            "Y a-t-il un point que je devrais travailler en priorité ?")


def questions(c: Ctx) -> list[str]:
    """At most two precise questions: documents (CV, letter), then the interview and tests."""
    docs = tuple(t for t in ("cv", "letter") if t in c.topics)
    live = tuple(t for t in ("interview", "tests") if t in c.topics)
    asked = [_QUESTIONS[group] for group in (docs, live) if group]
    return asked or list(_GENERAL)


def _feedback_open(c: Ctx) -> str:
    cand = candidature(c, with_company=True)
    return c.pick(
        f"Je vous remercie pour votre réponse concernant {cand}.",
        f"Merci de m’avoir fait part de votre décision concernant {cand}.",
        c.g(f"Je vous remercie de m’avoir tenu au courant de l’issue de {cand}.",
            f"Je vous remercie de m’avoir tenue au courant de l’issue de {cand}.",
            f"Je vous remercie de m’avoir fait connaître l’issue de {cand}."),
    )


def _feedback_ask(c: Ctx) -> str:
    intro = c.pick(
        "Afin de progresser dans mes recherches, votre avis me serait précieux.",
        "Pour mes prochaines candidatures, j’aimerais comprendre ce qui a pesé dans votre décision.",
        "Un retour de votre part m’aiderait beaucoup à m’améliorer pour la suite.",
    )
    ease = c.pick(
        "Quelques mots suffiront, et je comprendrai tout à fait si vous n’en avez pas le temps.",
        "Une réponse brève me serait déjà très utile.",
        "Même quelques lignes m’aideraient, si votre emploi du temps le permet.",
    )
    return " ".join([intro, *questions(c), ease])


def _skill(c: Ctx) -> str:
    return c.pick(
        f"Par ailleurs, je crains d’avoir trop peu montré un point lors de nos échanges : {c.skill}. "
        "Si cela a compté, je peux vous transmettre quelques exemples concrets de mon travail dans ce domaine.",
        f"Je tiens aussi à préciser un point, {c.skill} : mon expérience y est plus solide que ce que "
        "nos échanges ont peut-être laissé paraître, et je peux l’illustrer par des exemples si cela vous est utile.",
        f"Un mot enfin sur {c.skill} : c’est un domaine que je pratique régulièrement, même si je l’ai "
        "sans doute trop peu développé lors de nos échanges.",
    )


def _feedback_close(c: Ctx) -> str:
    return c.pick(
        "Je vous remercie par avance du temps que vous voudrez bien y consacrer.",
        "Merci d’avance pour votre aide.",
        "Je vous remercie de l’attention que vous porterez à ma demande.",
    )


def _recall(c: Ctx) -> str:
    """Remind the recipient who is writing, months later."""
    about = f"au sujet {du_poste(c)}" if c.position else (f"lors de ma candidature chez {c.company}"
                                                           if c.company else "au sujet de ma candidature")
    detail = f", et je garde un bon souvenir {de(c.detail)}" if c.detail else ""
    return c.pick(
        f"Nous avions échangé il y a quelques mois {about}{detail}.",
        f"Vous vous souvenez peut-être de nos échanges {about}{detail}.",
        f"Il y a quelques mois, nous nous étions parlé {about}{detail}.",
    )


def du_poste(c: Ctx) -> str:
    return f"du poste {de(c.position)}"


def chez(c: Ctx) -> str:
    """"chez X" or "dans votre entreprise"."""
    return f"chez {c.company}" if c.company else "dans votre entreprise"


def _keep_in_touch_body(c: Ctx) -> list[str]:
    news = c.pick(
        f"Depuis, je continue de suivre avec intérêt l’actualité {de(c.company)}." if c.company else
        "Depuis, je continue de suivre avec intérêt l’actualité de votre entreprise.",
        f"{c.company} reste une entreprise qui m’intéresse beaucoup." if c.company else
        "Votre entreprise reste l’une de celles qui m’intéressent le plus.",
        f"Je suis toujours avec attention les projets {de(c.company)}." if c.company else
        "Je suis toujours avec attention vos projets.",
    )
    if c.new_skill:
        news += " " + c.pick(
            f"J’ai notamment développé une nouvelle compétence : {c.new_skill}.",
            f"Entre-temps, j’ai acquis une nouvelle compétence : {c.new_skill}.",
            f"J’ai par ailleurs progressé sur un point utile à vos équipes : {c.new_skill}.",
        )
    meeting = c.pick(
        "Auriez-vous un quart d’heure dans les prochaines semaines pour un court échange, par "
        f"téléphone ou autour d’un café ? J’aimerais notamment savoir si des postes s’ouvrent {chez(c)}.",
        c.g("Si vous en avez le temps, je serais heureux d’en parler lors d’un bref rendez-vous",
            "Si vous en avez le temps, je serais heureuse d’en parler lors d’un bref rendez-vous",
            "Si vous en avez le temps, j’aurais plaisir à en parler lors d’un bref rendez-vous")
        + f", et d’apprendre quels postes pourraient s’ouvrir {chez(c)}.",
        "Accepteriez-vous un court échange, à distance ou en personne, dans les semaines qui viennent ? "
        + c.g("Je serais curieux de connaître", "Je serais curieuse de connaître", "J’aimerais connaître")
        + (f" les besoins à venir {de(c.company)}." if c.company else " vos besoins à venir."),
    )
    ease = c.pick(
        "Si le moment ne s’y prête pas, je le comprendrai tout à fait.",
        "Je sais que votre temps est précieux : une réponse, même brève, me ferait plaisir.",
        "Sans aucune obligation, bien sûr.",
    )
    thanks = c.pick("Je vous remercie par avance de votre réponse.", "Merci d’avance pour votre retour.",
                    "Je vous remercie de votre attention.")
    return [_recall(c), news, meeting + " " + ease, thanks]


def _recontact_body(c: Ctx) -> list[str]:
    co = entreprise(c)
    if c.skill:
        gap = c.pick(f"Vous m’aviez fait remarquer que mon expérience {de(c.skill)} était encore limitée.",
                     f"Vous m’aviez indiqué que {c.skill} me faisait alors défaut.",
                     f"Lors de nos échanges, un point était apparu à renforcer : {c.skill}.")
    else:
        gap = c.pick(c.g("Votre retour m’avait aidé à voir ce qu’il me restait à acquérir.",
                         "Votre retour m’avait aidée à voir ce qu’il me restait à acquérir.",
                         "Votre retour m’avait permis de voir ce qu’il me restait à acquérir."),
                     "Nos échanges m’avaient montré ce qu’il me restait à acquérir.",
                     "J’avais retenu de nos échanges le point qu’il me fallait renforcer.")
    progress = c.pick(
        f"Depuis, j’ai travaillé ce point, et voici où j’en suis : {c.new_skill}.",
        f"J’ai mis ces mois à profit, et je peux aujourd’hui vous l’annoncer : {c.new_skill}.",
        f"J’ai depuis comblé ce manque : {c.new_skill}.",
    )
    interest = c.pick(
        f"Mon intérêt pour {co} est intact : si un poste proche de celui pour lequel j’avais postulé "
        "venait à s’ouvrir, " + c.g("je serais très intéressé d’en être informé.",
                                    "je serais très intéressée d’en être informée.",
                                    "j’aimerais beaucoup le savoir."),
        c.g("Je serais heureux", "Je serais heureuse", "J’aurais plaisir")
        + (" de postuler" if c.sg in "mf" else " à postuler")
        + f" de nouveau si une occasion se présentait {chez(c)}.",
        (f"Si {c.company} recrute de nouveau sur ce type de poste" if c.company else
         "Si vous recrutez de nouveau sur ce type de poste") + ", ma candidature vous est toute acquise.",
    )
    thanks = c.pick("Je vous remercie encore pour vos conseils de l’époque.",
                    "Merci encore pour votre retour, qui m’a été très utile.",
                    "Je vous remercie de l’attention que vous porterez à ce message.")
    return [_recall(c), gap + " " + progress, interest, thanks]


def _follow_up_body(c: Ctx) -> list[str]:
    cand = candidature(c, with_company=True)
    first = c.pick(
        f"Je me permets de revenir vers vous au sujet de mon précédent message, dans lequel je vous "
        f"demandais un retour sur {cand}.",
        f"Il y a quelque temps, je vous ai écrit pour vous demander un avis sur {cand}.",
        f"Je reviens vers vous, une seule fois, au sujet de ma demande de retour sur {cand}.",
    )
    ease = c.pick(
        "Je sais que votre emploi du temps est chargé : quelques mots suffiraient, et je comprendrai "
        "tout à fait si vous ne pouvez pas y donner suite.",
        "Une réponse de quelques lignes me serait très utile ; si ce n’est pas possible, je le comprendrai.",
        "Si vous n’avez pas le temps d’y répondre, aucun souci : merci en tout cas pour nos échanges.",
    )
    thanks = c.pick("Je vous remercie de votre attention.", "Merci encore pour votre temps.",
                    "Je vous remercie pour votre lecture.")
    return [first, ease, thanks]


def paragraphs(c: Ctx) -> list[str]:
    """The body of an e-mail or letter, one string per paragraph."""
    k = c.kind
    if k == "thanks":
        parts = [_thanks_open(c) + " " + _appreciated(c)]
        if c.disappointment:
            parts.append(_disappointment(c))
        if c.keep_cv:
            parts.append(_keep_cv(c))
        if c.good_luck:
            parts.append(_good_luck(c))
        return parts
    if k == "feedback":
        parts = [_feedback_open(c), _feedback_ask(c)]
        if c.skill:
            parts.append(_skill(c))
        if c.channel == "email":
            parts.append(_feedback_close(c))
        return parts
    if k == "thanks_feedback":
        parts = [_thanks_open(c) + " " + _appreciated(c)]
        if c.disappointment:
            parts.append(_disappointment(c))
        parts.append(_feedback_ask(c))
        if c.skill:
            parts.append(_skill(c))
        if c.keep_cv:
            parts.append(_keep_cv(c))
        if c.good_luck:
            parts.append(_good_luck(c))
        return parts
    if k == "keep_in_touch":
        return _keep_in_touch_body(c)
    if k == "recontact_skill":
        return _recontact_body(c)
    return _follow_up_body(c)


# --- LinkedIn invitation note ----------------------------------------------------------------

def linkedin_notes(c: Ctx) -> list[str]:
    """Candidate notes, richest first; the composer keeps the first that fits."""
    title = {"f": "Madame", "m": "Monsieur"}.get(c.rg)
    hello = (f"Bonjour {title} {c.rname}," if title and c.rname else
             f"Bonjour {c.rname}," if c.rname else f"Bonjour {title}," if title else "Bonjour,")
    about = f"au sujet {du_poste(c)}" if c.position else "lors de ce recrutement"
    thanks = c.pick("merci encore pour nos échanges", "merci pour votre temps et votre réponse",
                    "merci pour votre retour et nos échanges")
    detail = f", et en particulier pour {c.detail}" if c.detail else ""
    stay = c.pick(
        c.g("Je serais ravi de rester en contact", "Je serais ravie de rester en contact",
            "Au plaisir de rester en contact"),
        "J’aimerais beaucoup rester en contact",
        "Restons en contact, si vous le voulez bien",
    )
    link = " et suivre" if stay.startswith("J’aimerais") else " et de suivre"
    follow = f"{link} l’actualité {de(c.company)}" if c.company and not stay.startswith("Restons") else ""
    sign = f" {c.name}" if c.name else ""
    # The detail matters more than the signature (LinkedIn shows who sends the invitation).
    full = f"{hello} {thanks} {about}{detail}. {stay}{follow}."
    lean = f"{hello} {thanks} {about}{detail}. {stay}."
    no_detail = f"{hello} {thanks} {about}. {stay}{follow}."
    short = f"{hello} {thanks}. {stay}."
    return [full + sign, full, lean + sign, lean, no_detail + sign, no_detail, short + sign, short]


# --- phone talking points --------------------------------------------------------------------

def phone_points(c: Ctx) -> tuple[str, list[str]]:
    """A title and the points to cover in a call (notes for the reader, not a script)."""
    who = recipient_line(c) or "le recruteur ou la recruteuse"
    role = f"poste {de(c.position)}"
    about = f" ({c.company}, {role})" if c.company and c.position else (
        f" ({c.company})" if c.company else f" ({role})" if c.position else "")
    title = f"Appel avec {who}{about} : points à aborder"
    points = [c.pick("Remercier pour le temps accordé et pour l’annonce de la décision.",
                     "Commencer par un merci : pour le temps consacré et pour la réponse donnée.",
                     "Remercier d’avoir été tenu au courant, et pour les échanges du processus."
                     if c.sg == "m" else "Remercier d’avoir été tenue au courant, et pour les échanges du processus."
                     if c.sg == "f" else "Remercier pour la réponse, et pour les échanges du processus.")]
    if c.detail:
        points.append(f"Dire ce que vous avez apprécié : {c.detail}.")
    else:
        points.append("Dire en une phrase ce que vous avez apprécié dans le processus.")
    if c.disappointment:
        points.append("Si vous le souhaitez, exprimer votre déception sobrement, et votre motivation intacte.")
    topics = questions(c)
    points.append("Demander un retour (une ou deux questions, pas plus) : " + " ".join(topics))
    if c.skill:
        points.append(f"Si c’est utile, préciser calmement votre expérience {de(c.skill)}, sans argumenter sur la décision.")
    points.append(c.pick("Écouter, noter les conseils, ne pas discuter le choix.",
                         "Laisser parler, prendre des notes, ne pas débattre de la décision.",
                         "Écouter jusqu’au bout et noter ; la décision est prise, ne pas la discuter."))
    if c.keep_cv:
        points.append("Proposer qu’on garde votre CV pour d’autres postes, ici ou chez ses contacts.")
    points.append("Demander si vous pouvez l’ajouter à vos contacts LinkedIn.")
    if c.good_luck:
        points.append(c.pick("Conclure en souhaitant bonne continuation.",
                             "Finir en souhaitant bonne chance à l’équipe et à la personne retenue.",
                             "Terminer sur une note positive : bonne continuation à l’équipe."))
    return title, points


BULLET = "– "
