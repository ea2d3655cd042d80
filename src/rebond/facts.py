"""The facts registry: every figure and rule the site states, with its source, in every language.

The sources page is built from it (macros/sources.py), the build refuses a page that states a
figure the registry does not hold (hooks/facts_check.py), and the tests read it instead of any
file outside the project. Facts were copied from the project's reference list of facts (kept
outside the repository); change them here, with their source and the month they were checked.

A *figure* is a number the reader could quote: a percentage, or a number with a unit of time
or length ("2 mois", "48 hours", "200 caractères"). :data:`FIGURE_UNITS` names the units; each
fact lists its figures as ``(number, unit)`` pairs, language-neutral ("36.1", "percent").
Numbers written in words ("deux ou trois phrases") are advice, not figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypedDict

from rebond.typography import french_catalog

# Words of each language for each unit a figure may carry (singular and plural).
FIGURE_UNITS: dict[str, dict[str, str]] = {
    "fr": {"%": "percent", "mois": "month", "jour": "day", "jours": "day", "heure": "hour",
           "heures": "hour", "semaine": "week", "semaines": "week", "an": "year", "ans": "year",
           "année": "year", "années": "year", "caractère": "char", "caractères": "char"},
    "en": {"%": "percent", "month": "month", "months": "month", "day": "day", "days": "day",
           "hour": "hour", "hours": "hour", "week": "week", "weeks": "week", "year": "year",
           "years": "year", "character": "char", "characters": "char"},
}

CODE_DU_TRAVAIL_URL = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050/"


@dataclass(frozen=True)
class Source:
    """Where facts come from."""

    id: str
    name: dict[str, str]  # as the sources page cites it, per language
    url: str = ""

    def __post_init__(self) -> None:
        fr = self.name.get("fr", "")
        object.__setattr__(self, "name", {**self.name, "fr": french_catalog(fr)})


@dataclass(frozen=True)
class Fact:
    """One figure or rule the site may state."""

    id: str
    section: str  # "article", "figures", "rules", "linkedin", "rights", "help"
    source: str  # a Source id
    text: dict[str, str]  # what the fact says (sources page), per language
    checked: str  # "YYYY-MM": when the source was last read
    figures: tuple[tuple[str, str], ...] = ()  # (number, unit) pairs the pages may state
    label: dict[str, str] = field(default_factory=dict)  # the figure or article, as shown
    url: str = ""  # a more precise address than the source's


SOURCES: dict[str, Source] = {s.id: s for s in (
    Source("wttj", {
        "fr": "Ingrid Dupichot, « Comment réagir et rester en bons termes avec un recruteur après un refus ? », Welcome to the Jungle, 23 juillet 2020",
        "en": "Ingrid Dupichot, “Comment réagir et rester en bons termes avec un recruteur après un refus ?” (How to react and stay on good terms with a recruiter after a rejection), Welcome to the Jungle, 23 July 2020",
    }),
    Source("dares_2015", {
        "fr": "DARES, *Dares Analyses* n°\u00a0005, janvier 2015",
        "en": "DARES, *Dares Analyses* no. 005, January 2015",
    }),
    Source("code_du_travail", {"fr": "Code du travail", "en": "French Labour Code (Code du travail)"},
           CODE_DU_TRAVAIL_URL),
    Source("linkedin_help", {"fr": "Aide LinkedIn, réponse a550555",
                             "en": "LinkedIn Help, answer a550555"},
           "https://www.linkedin.com/help/linkedin/answer/a550555"),
    Source("linkedin_third_party", {"fr": "sources tierces et pages d’aide plus anciennes",
                                    "en": "third-party sources and older help pages"}),
    Source("cjeu_meister", {
        "fr": "Cour de justice de l’Union européenne, 19 avril 2012, Meister, C-415/10",
        "en": "Court of Justice of the European Union, 19 April 2012, Meister, C-415/10",
    }),
    Source("defenseur", {"fr": "Défenseur des droits", "en": "Défenseur des droits (the French rights ombudsman)"},
           "https://www.antidiscriminations.fr/"),
    Source("labour_ministry", {"fr": "ministère du Travail, page sur les discriminations à l’embauche",
                               "en": "French Ministry of Labour, page on discrimination in hiring"}),
    Source("gdpr", {"fr": "Règlement général sur la protection des données (RGPD)",
                    "en": "General Data Protection Regulation (GDPR)"}),
    Source("cnil", {"fr": "CNIL, recommandations sur le recrutement",
                    "en": "CNIL (the French data protection authority), guidance on recruitment"}),
    Source("public_services", {"fr": "France Travail, Apec, missions locales",
                               "en": "France Travail, Apec, missions locales"}),
)}


def _fact(id: str, section: str, source: str, checked: str, fr: str, en: str,
          figures: Iterable[tuple[str, str]] = (), label: dict[str, str] | None = None, url: str = "") -> Fact:
    """A fact; its French text gets French typography here, once."""
    return Fact(id, section, source, {"fr": french_catalog(fr), "en": en}, checked,
                tuple(figures), label or {}, url)


_DARES = "dares_2015"
_CDT = "code_du_travail"

FACTS: tuple[Fact, ...] = (
    # The source article: the guide's four steps.
    _fact("article_steps", "article", "wttj", "2026-11",
          "Les quatre étapes du guide : encaisser le refus en privé, remercier le recruteur, demander un retour, rester en contact et savoir s’arrêter.",
          "The four steps of the guide: take the rejection in private, thank the recruiter, ask for feedback, stay in touch and know when to stop."),
    # DARES: contracts broken early (2011 hires).
    _fact("cdi_first_year", "figures", _DARES, "2026-11",
          "CDI signés en 2011 rompus avant leur premier anniversaire",
          "CDI contracts signed in 2011 that ended before their first anniversary",
          [("36.1", "percent")], {"fr": "36,1\u00a0%", "en": "36.1%"}),
    _fact("cdi_resignation", "figures", _DARES, "2026-11",
          "CDI signés en 2011 rompus la première année par une démission",
          "CDI contracts signed in 2011 that ended in the first year through resignation",
          [("16.1", "percent")], {"fr": "16,1\u00a0%", "en": "16.1%"}),
    _fact("cdi_trial_2011", "figures", _DARES, "2026-11",
          "CDI signés en 2011 rompus pendant la période d’essai",
          "CDI contracts signed in 2011 that ended during the trial period",
          [("12.7", "percent")], {"fr": "12,7\u00a0%", "en": "12.7%"}),
    _fact("cdi_trial_2007", "figures", _DARES, "2026-11",
          "Même mesure pour les CDI signés en 2007",
          "The same measure for CDI contracts signed in 2007",
          [("9.8", "percent")], {"fr": "9,8\u00a0%", "en": "9.8%"}),
    _fact("cdi_young", "figures", _DARES, "2026-11",
          "CDI rompus avant un an chez les 15 à 24 ans (embauches de 2011)",
          "CDI contracts ended within a year among people aged 15 to 24 (2011 hires)",
          [("45.6", "percent"), ("24", "year")], {"fr": "45,6\u00a0%", "en": "45.6%"}),
    _fact("cdi_cadres", "figures", _DARES, "2026-11",
          "CDI rompus avant un an chez les cadres (embauches de 2011)",
          "CDI contracts ended within a year among cadres (2011 hires)",
          [("19.3", "percent")], {"fr": "19,3\u00a0%", "en": "19.3%"}),
    # Code du travail: the trial period.
    _fact("trial_initial", "rules", _CDT, "2026-11",
          "Durée maximale de la période d’essai initiale : 2 mois pour les ouvriers et employés, 3 mois pour les agents de maîtrise et techniciens, 4 mois pour les cadres",
          "Maximum initial trial period: 2 months for manual and clerical workers, 3 months for supervisors and technicians, 4 months for cadres",
          [("2", "month"), ("3", "month"), ("4", "month")], {"fr": "L1221-19", "en": "L1221-19"}),
    _fact("trial_renewal", "rules", _CDT, "2026-11",
          "Un seul renouvellement, si un accord de branche étendu le prévoit et si le contrat le mentionne ; au total 4, 6 ou 8 mois au plus",
          "One renewal only, where an extended industry-wide agreement allows it and the contract says so; 4, 6 or 8 months in total at most",
          [("4", "month"), ("6", "month"), ("8", "month")], {"fr": "L1221-21", "en": "L1221-21"}),
    _fact("trial_binding", "rules", _CDT, "2026-11",
          "Ces durées maximales s’imposent depuis le 9 septembre 2023 (les durées plus longues d’accords de branche conclus avant le 26 juin 2008 ne s’appliquent plus) ; une durée plus courte reste possible",
          "These maximum durations have been binding since 9 September 2023 (longer durations from industry agreements signed before 26 June 2008 no longer apply); a shorter period remains possible",
          [], {"fr": "L1221-22", "en": "L1221-22"}),
    _fact("trial_written", "rules", _CDT, "2026-11",
          "Période d’essai et renouvellement écrits dans le contrat ; accord exprès du salarié pour le renouvellement",
          "Trial period and renewal written into the contract; the employee’s express agreement to a renewal",
          [], {"fr": "L1221-23", "en": "L1221-23"}),
    _fact("trial_notice", "rules", _CDT, "2026-11",
          "Délai de prévenance de l’employeur qui met fin à la période d’essai : 24 heures en dessous de 8 jours de présence, 48 heures de 8 jours à un mois, 2 semaines après un mois, un mois après 3 mois de présence",
          "The notice an employer gives to end a trial period: 24 hours under 8 days in the job, 48 hours from 8 days to one month, 2 weeks after one month, one month after 3 months",
          [("24", "hour"), ("48", "hour"), ("8", "day"), ("2", "week"), ("1", "month"), ("3", "month")],
          {"fr": "L1221-25", "en": "L1221-25"}),
    _fact("public_holidays", "rules", _CDT, "2026-12",
          "Les jours fériés nationaux : 1er janvier, lundi de Pâques, 1er mai, 8 mai, Ascension, lundi de Pentecôte, 14 juillet, 15 août, 1er novembre, 11 novembre, 25 décembre ; le planificateur n’y place aucune étape",
          "The national public holidays: 1 January, Easter Monday, 1 May, 8 May, Ascension Day, Whit Monday, 14 July, 15 August, 1 November, 11 November, 25 December; the planner puts no step on them",
          [], {"fr": "L3133-1", "en": "L3133-1"}),
    # LinkedIn invitations.
    _fact("linkedin_notes", "linkedin", "linkedin_help", "2026-11",
          "Avec un compte gratuit, la note personnalisée n’est possible que pour un nombre limité d’invitations par mois (cinq au moment de la vérification) ; les comptes Premium n’ont pas cette limite mensuelle.",
          "With a free account, a personalised note is possible for only a limited number of invitations per month (five when checked); Premium accounts have no such monthly limit."),
    _fact("linkedin_length", "linkedin", "linkedin_third_party", "2026-11",
          "Longueur de la note : des sources tierces indiquent 200 caractères pour un compte gratuit et 300 pour un compte Premium ; des pages plus anciennes indiquent 300 pour tous. Aucune page officielle n’a été trouvée : nous présentons les deux limites et précisons qu’elles dépendent du compte.",
          "Note length: third-party sources report 200 characters for a free account and 300 for Premium; older pages say 300 for everyone. No official page was found: we show both limits and say that they depend on the account.",
          [("200", "char"), ("300", "char")]),
    _fact("linkedin_withdrawn", "linkedin", "linkedin_help", "2026-11",
          "Une invitation retirée ne peut pas être renvoyée à la même personne avant un délai pouvant atteindre trois semaines.",
          "A withdrawn invitation cannot be sent again to the same person for up to three weeks.",
          [("3", "week")]),
    # A candidate's rights.
    _fact("no_reasons", "rights", "cjeu_meister", "2026-12",
          "L’employeur n’est pas tenu de dire à un candidat écarté pourquoi il ne l’a pas retenu, ni qui il a recruté ; mais un refus de toute information peut être l’un des éléments qu’un juge prend en compte quand une discrimination est alléguée.",
          "An employer need not tell a rejected candidate why, nor whom it hired; but declining to give any information can be one of the facts a judge weighs when discrimination is alleged."),
    _fact("discrimination", "rights", _CDT, "2026-12",
          "Nul ne peut être écarté d’un recrutement en raison de l’un des critères que la loi énumère, parmi lesquels l’origine, le sexe, l’âge, la situation de famille, la grossesse, l’état de santé, le handicap, les opinions politiques, les activités syndicales, les convictions religieuses, l’apparence physique, le nom de famille ou le lieu de résidence.",
          "No one may be excluded from a recruitment on one of the grounds the law lists, among them origin, sex, age, family situation, pregnancy, state of health, disability, political opinions, trade-union activity, religious beliefs, physical appearance, surname or place of residence.",
          [], {"fr": "L1132-1", "en": "L1132-1"}),
    _fact("burden_of_proof", "rights", _CDT, "2026-12",
          "Le candidat présente des éléments de fait qui laissent supposer une discrimination ; il revient alors à l’employeur de prouver que sa décision repose sur des éléments objectifs.",
          "The candidate presents facts that suggest discrimination; the employer must then prove that its decision rests on objective grounds.",
          [], {"fr": "L1134-1", "en": "L1134-1"}),
    _fact("questions_allowed", "rights", _CDT, "2026-12",
          "Les informations demandées à un candidat ne peuvent avoir pour but que d’apprécier sa capacité à occuper le poste (L1221-6) ; il est informé à l’avance des méthodes de recrutement utilisées (L1221-8) ; aucune information le concernant ne peut être collectée par un moyen qui ne lui a pas été indiqué (L1221-9).",
          "A candidate may be asked only for information whose purpose is to assess their ability to do the job (L1221-6); they are told beforehand which recruitment methods are used (L1221-8); no information about them may be collected by a means not disclosed to them beforehand (L1221-9).",
          [], {"fr": "L1221-6, L1221-8, L1221-9", "en": "L1221-6, L1221-8, L1221-9"}),
    _fact("defenseur_3928", "rights", "defenseur", "2026-12",
          "Le Défenseur des droits aide gratuitement et confidentiellement les victimes de discrimination : par téléphone au 3928, ou sur antidiscriminations.fr.",
          "The Défenseur des droits helps victims of discrimination free of charge and in confidence: by phone on 3928 (from France), or at antidiscriminations.fr."),
    _fact("prudhommes_5_years", "rights", "labour_ministry", "2026-12",
          "Une action civile pour discrimination se porte devant le conseil de prud’hommes ; la page du ministère du Travail indique un délai de 5 ans pour agir. Syndicats, associations de lutte contre les discriminations et inspection du travail peuvent aussi aider.",
          "A civil claim for discrimination goes before the conseil de prud’hommes (employment tribunal); the Ministry of Labour’s page gives 5 years to act. Trade unions, anti-discrimination associations and the labour inspectorate can also help.",
          [("5", "year")]),
    _fact("data_access", "rights", "gdpr", "2026-12",
          "Droit d’accès à vos données (article 15), par exemple les notes d’entretien et les résultats de tests, et droit à leur effacement (article 17).",
          "The right of access to your data (article 15), for instance interview notes and test results, and the right to have it erased (article 17)."),
    _fact("cv_kept_2_years", "rights", "cnil", "2026-12",
          "La CNIL recommande de conserver le dossier d’un candidat non retenu au plus 2 ans après le dernier contact, et seulement s’il en a été informé et ne s’y est pas opposé. Demander au recruteur de garder votre CV est donc cohérent ; il peut aussi le supprimer.",
          "The CNIL recommends that a rejected candidate’s file be kept at most 2 years after the last contact, and only if the candidate was told and did not object. Asking a recruiter to keep your CV is consistent with this; the recruiter may also delete it.",
          [("2", "year")]),
    # Help with the search itself (named, with no claim about results).
    _fact("help_services", "help", "public_services", "2026-12",
          "France Travail accompagne toutes les personnes inscrites ; l’Apec, les cadres et les jeunes diplômés ; les missions locales, les jeunes de 16 à 25 ans.",
          "France Travail supports everyone registered with it; Apec, cadres and young graduates; the missions locales, young people aged 16 to 25.",
          [("25", "year")]),
)

_BY_ID = {fact.id: fact for fact in FACTS}

# The source article, as the home page and the footer credit it.
class Article(TypedDict):
    """The source article the guide paraphrases."""

    title: str
    author: str
    publisher: str
    date: dict[str, str]  # per language


ARTICLE: Article = {
    "title": "Comment réagir et rester en bons termes avec un recruteur après un refus ?",
    "author": "Ingrid Dupichot",
    "publisher": "Welcome to the Jungle",
    "date": {"fr": "23 juillet 2020", "en": "23 July 2020"},
}

_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def fact(fact_id: str) -> Fact:
    """One fact by id; KeyError for an unknown one."""
    return _BY_ID[fact_id]


def section(name: str) -> list[Fact]:
    """The facts of one section, in registry order."""
    return [f for f in FACTS if f.section == name]


def checked_label(value: str, lang: str) -> str:
    """"2026-11" -> "novembre 2026" / "November 2026"."""
    year, month = value.split("-")
    return f"{_MONTHS[lang][int(month) - 1]} {year}"


def figures() -> set[tuple[str, str]]:
    """Every (number, unit) pair any fact allows a page to state."""
    return {pair for f in FACTS for pair in f.figures}


def percentages() -> set[str]:
    """The percentages of the registry, as numbers with a point ("36.1")."""
    return {number for number, unit in figures() if unit == "percent"}
