"""French grammar: what the reader typed, placed in French sentences.

- **Elision and contraction** (:func:`de`, :func:`a`): "d’Orange", "du Bon Marché", "des Échos",
  "au Bon Marché", "de La Poste", "de Yoplait" (y before a vowel), "d’Yves Rocher" (y before a
  consonant), "de Hyundai" (aspirated h), "d’Hermès" (mute h), "d’EDF" but "de SNCF" (acronyms
  elide after a vowel letter only, as the press writes them). Which h is mute: for common nouns,
  mute unless listed in :data:`ASPIRATED_H`; for names (companies), aspirated unless their first
  word is listed in :data:`MUTE_H`, the safer default for the brand names readers type.
- **Job titles**: marks of ads removed (:mod:`rebond.inputs.job_titles`), the title agreed with
  the writer (a masculine title made feminine for a writer who chose the feminine, with its known
  adjectives: "directrice commerciale"); for a writer who chose no agreement, the post is named
  as the ad names it, in the masculine form a post takes in French ("le poste de directeur").
  Case is that of running text: "responsable logistique", "chargé de mission RSE".
- **Free text** (detail, skill, new skill) is read as a noun phrase (with or without its
  determiner), a name, an infinitive, or a whole sentence (:meth:`FrenchGrammar.read`).
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from ... import typography
from ...grammar import Grammar, Phrase
from ...inputs import text as typed
from ...inputs.job_titles import JobTitle

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
_VOWELS = "aeiouàâäéèêëîïôöûùüœæ"
# Acronyms said the English way ("you-ex"): no elision ("poste de UX designer").
_SPOKEN_IN_ENGLISH = frozenset({"UX", "UI", "UK", "US", "USA"})

# Common nouns whose h is aspirated (no elision: "de hockey"); every other h is mute.
ASPIRATED_H = frozenset("""
hache haine hall halle halte hameau hamster hanche handball handicap hangar harcèlement hardi
hardware haricot harpe hasard hâte hausse haut haute hauteur havre hérisson hernie héron héros
hêtre hibou hiérarchie hiérarchique hockey hollandais homard hongrois honte hoquet hors hotte
houle housse hublot huit huitième hurler hutte hacker hackathon hub
""".split())
# Names (companies) whose first word starts with a mute h ("d’Hermès"); other names keep "de".
MUTE_H = frozenset("""
hermès harmonie habitat histoire homme horizon huile hygiène hôtel hôtels hôpital hôpitaux
hospices héritage hôtellerie horlogerie humanis humanité hydro hypermarché hippodrome
""".split())

_FUNCTION_WORDS = {"de", "du", "des", "d’", "la", "le", "les", "l’", "en", "et", "à", "au", "aux",
                   "pour", "sur", "par", "avec", "ou", "dans", "chez"}
# Capitalised words that stay capitalised in running text (languages, tools, brands).
PROPER = frozenset("""
Python Java JavaScript TypeScript Excel Word PowerPoint Outlook SAP Salesforce Figma Photoshop Illustrator
InDesign Google Microsoft Azure Linux Windows Android React Angular Node Django Symfony Kotlin Swift
Tableau Looker Jira Notion HubSpot Shopify WordPress Paris Lyon Marseille Lille Nantes Bordeaux Toulouse
Europe France Bretagne Normandie Anglais Allemand Espagnol Power BI AutoCAD Revit SolidWorks Odoo
""".split())
# Acronyms that stay in capitals when a whole title was typed in capitals.
ACRONYMS = frozenset("""
RH IT BI RSE UX UI SEO SEA SAP CRM ERP QA QHSE HSE DAF DRH DSI PME BTP IA AI JS PHP SQL AWS CFO CTO CEO
VIE KAM GRH SIRH ADV CHR SAV B2B B2C R&D PMO MOA MOE CDP DPO CNIL ETL API QSE TMA SI
""".split())
# "Educateur" typed without its accent: the accented lower case of common job words.
_E_ACUTE = ("duc", "lectr", "quip", "conom", "dit", "tud", "vén", "ven", "lev", "crivain", "labor", "tabli")

# Feminine of the head noun of a job title, by ending (checked in this order).
_FEM_WORDS = {"chef": "cheffe", "hôte": "hôtesse", "maître": "maîtresse", "acheteur": "acheteuse",
              "chanteur": "chanteuse", "ajusteur": "ajusteuse", "monteur": "monteuse", "porteur": "porteuse",
              "auteur": "autrice", "docteur": "docteure", "professeur": "professeure", "ingénieur": "ingénieure",
              "procureur": "procureure", "proviseur": "proviseure", "superviseur": "superviseuse",
              "conseiller": "conseillère", "boulanger": "boulangère", "horloger": "horlogère",
              "boucher": "bouchère", "berger": "bergère", "officier": "officière", "commis": "commise",
              "compagnon": "compagne", "patron": "patronne", "fils": "fille", "dirigeant": "dirigeante"}
_FEM_ENDINGS = (("ateur", "atrice"), ("cteur", "ctrice"), ("iteur", "itrice"), ("teur", "teuse"),
                ("eur", "euse"), ("ier", "ière"), ("ien", "ienne"), ("é", "ée"), ("ant", "ante"),
                ("ent", "ente"), ("int", "inte"), ("if", "ive"), ("al", "ale"), ("el", "elle"),
                ("ais", "aise"), ("ois", "oise"), ("ot", "otte"), ("in", "ine"))
# Adjectives that agree inside a job title (nouns such as "qualité" must never take an "e").
_TITLE_ADJECTIVES = frozenset("""
administratif commercial principal confirmé expérimenté polyvalent spécialisé qualifié diplômé adjoint
général régional national international territorial itinérant indépendant financier social digital
associé délégué libéral médical paramédical municipal départemental culturel éditorial industriel
technico-commercial chargé supérieur junior senior sédentaire technique juridique artistique numérique
logistique informatique
""".split())
_INVARIABLE = frozenset("junior senior sédentaire technique juridique artistique numérique logistique "
                        "informatique comptable responsable".split())
# English words common in French job titles: invariable ("une product owner").
_ENGLISH = re.compile(r"(?:er|or|ist|ant|ive|ead|ner|ger|ect)$")
_ENGLISH_WORDS = frozenset("""
manager designer developer owner analyst engineer officer leader partner researcher writer marketer
planner buyer recruiter trainer controller director scientist architect consultant executive head
lead growth data product account sales customer success support business scrum master ux ui full
stack front back end devops coach community content brand
""".split())
# Head words whose post is not a "poste de ...": "un stage", "une alternance".
_OWN_NOUN = {"stage": "le", "alternance": "l’", "apprentissage": "l’", "vie": "le", "job": "le", "cdd": "le"}

# Free text: determiners that open a noun phrase, and their number.
_DETERMINERS = {
    "le": False, "la": False, "l’": False, "les": True, "un": False, "une": False, "des": True, "du": False,
    "mon": False, "ma": False, "mes": True, "votre": False, "vos": True, "notre": False, "nos": True,
    "ce": False, "cet": False, "cette": False, "ces": True, "son": False, "sa": False, "ses": True,
    "leur": False, "leurs": True, "quelques": True, "plusieurs": True, "deux": True, "trois": True,
    "tout": False, "toute": False, "tous": True, "toutes": True, "chaque": False, "certains": True,
    "certaines": True, "cinq": True, "six": True, "dix": True,
}
_POSSESSIVE = {"mon", "ma", "mes"}
# Words that make a text a sentence of its own: subject pronouns and finite verbs.
_SUBJECTS = {"je", "j’", "vous", "nous", "on", "il", "elle", "ils", "elles", "c’", "ce", "cela", "ça", "tu"}
_FINITE = frozenset("""
est était sont étaient a ai avait avez avons ont as suis étais fut furent sera serait m’a m’ont
m’avez m’avait m’ont m’a-t-il j’ai c’était c’est
""".split())
_INFINITIVE = re.compile(r"^[a-zàâçéèêëîïôûùüœ-]+(?:er|ir|re|oir)$")
# Credentials are obtained, trainings followed, experience gained.
CREDENTIALS = frozenset("""
certification certificat diplôme master licence permis titre habilitation caces toeic toefl bts dut but
mba doctorat agrément brevet attestation delf dalf ielts bac baccalauréat cap bep pmp prince2 cpf mastère
accréditation qualification
""".split())
TRAININGS = frozenset("formation cours bootcamp mooc parcours cursus programme module atelier séminaire".split())
ACQUIRED = frozenset("expérience expériences année années mois".split())
DONE = frozenset("mission stage alternance projet contrat cdd remplacement apprentissage".split())
KNOWLEDGE = frozenset("maîtrise connaissance pratique compréhension".split())


def _first_word(text: str) -> str:
    word = text.split(" ", 1)[0]
    return word.split("’", 1)[0] + "’" if "’" in word[:3] else word


def vowel_sound(text: str, *, name: bool = False) -> bool:
    """Whether a word or name starts with a vowel sound (so "de" becomes "d’")."""
    word = text.strip().split(" ", 1)[0]
    if not word:
        return False
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):  # an acronym: by its first letter
        return word[0] in "AEIOU" and word not in _SPOKEN_IN_ENGLISH
    low = word.lower()
    first = low[0]
    if first == "y":
        return len(low) > 1 and low[1] not in _VOWELS  # "d’Yves", but "de Yoplait"
    if first == "h":
        stem = low.rstrip(".,")
        if name:
            return stem in MUTE_H or any(stem.startswith(m) for m in ("hôtel", "hôpit", "hydro"))
        return stem not in ASPIRATED_H
    return first in _VOWELS


def _article(text: str) -> tuple[str, str]:
    """Split a leading article: ("le"|"la"|"les"|"l’"|"", rest), case-insensitive."""
    low = text.lower()
    for article in ("les ", "le ", "la "):
        if low.startswith(article):
            return article.strip(), text[len(article):]
    if low.startswith("l’") and len(text) > 2:
        return "l’", text[2:]
    return "", text


def de(text: str, *, name: bool = False) -> str:
    """"de" + a noun phrase: "du projet", "des tests", "de la visite", "d’Orange", "de Hyundai"."""
    article, rest = _article(text)
    if article == "le":
        return f"du {rest}"
    if article == "les":
        return f"des {rest}"
    if article in ("la", "l’"):
        return f"de {text}"
    first = text.split(" ", 1)[0].lower()
    if first in ("des", "du") and not name:
        return text  # "de" + "des échanges" is "des échanges"
    return f"d’{text}" if vowel_sound(text, name=name) else f"de {text}"


def a(text: str) -> str:
    """"à" + a noun phrase: "au Bon Marché", "aux Échos", "à La Poste", "à l’atelier"."""
    article, rest = _article(text)
    if article == "le":
        return f"au {rest}"
    if article == "les":
        return f"aux {rest}"
    return f"à {text}"


def _feminine_word(word: str, adjective: bool = False) -> str:
    low = word.lower()
    if low in _INVARIABLE or (low.endswith("e") and not low.endswith("é")):
        return word
    if low in _FEM_WORDS:
        return _same_case(word, _FEM_WORDS[low])
    if not adjective and (low in _ENGLISH_WORDS or ((_ENGLISH.search(low) and low not in _FEM_WORDS)
                          and low.endswith(("er", "or", "ist", "ead")))):
        return word  # "product owner", "data analyst": invariable loanwords
    for masc, fem in _FEM_ENDINGS:
        if low.endswith(masc):
            return word[: len(word) - len(masc)] + fem
    return word if not adjective else word + "e"


def _masculine_word(word: str) -> str:
    low = word.lower()
    for masc, fem in _FEM_WORDS.items():
        if low == fem:
            return _same_case(word, masc)
    for masc, fem in _FEM_ENDINGS:
        if low.endswith(fem) and len(low) > len(fem) + 1:
            return word[: len(word) - len(fem)] + masc
    return word


def _same_case(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


@lru_cache(maxsize=256)
def agree(title: str, feminine: bool) -> str:
    """A masculine title made feminine (or a feminine one masculine): the head noun and the
    listed adjectives that follow it, up to the first preposition."""
    words = title.split(" ")
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i > 0 and (low in _FUNCTION_WORDS or low.startswith(("d’", "l’"))):
            out.extend(words[i:])
            break
        if i == 0 or low in _TITLE_ADJECTIVES or low.rstrip("e") in _TITLE_ADJECTIVES:
            out.append(_feminine_word(word, adjective=i > 0) if feminine else _masculine_word(word))
        else:
            out.append(word)
    return " ".join(out)


def _acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _lower(word: str) -> str:
    low = word.lower()
    if word[:1] == "E" and low[1:].startswith(_E_ACUTE):
        return "é" + low[1:]
    return low


@lru_cache(maxsize=256)
def running_case(title: str) -> str:
    """A job title in the case of running text: "Responsable logistique" -> "responsable
    logistique", "CHEF DE PROJET DIGITAL" -> "chef de projet digital", "Chargé De Mission RSE" ->
    "chargé de mission RSE"; acronyms, names and words with inner capitals ("iOS") are kept."""
    words = title.split(" ")
    shouting = typed.shouted(title)
    content = [w for w in words if len(w) >= 3 and w.lower() not in _FUNCTION_WORDS
               and w not in PROPER and not _acronym(w)]
    title_case = len(content) >= 2 and all(w[:1].isupper() for w in content)
    out = []
    for i, word in enumerate(words):
        if shouting:
            keep = word in ACRONYMS or (len(word) <= 3 and word.lower() not in _FUNCTION_WORDS and word.isalpha())
            out.append(word if keep else _lower(word))
        elif word in PROPER or _acronym(word) or any(ch.isupper() for ch in word[1:]):
            out.append(word)
        elif i == 0 or title_case or word.lower() in _FUNCTION_WORDS:
            out.append(_lower(word) if word[:1].isupper() else word)
        else:
            out.append(word)
    return " ".join(out)


class FrenchGrammar(Grammar):
    """French slots for one message (see :mod:`rebond.render` for how wordings use them)."""

    QUOTES = ("«\u00a0", "\u00a0»")
    ARTICLES = ("le ", "la ", "les ", "l’")
    AGREES_WITH_WRITER = True

    @staticmethod
    def date(year: int, month: int, day: int) -> str:
        # "1ᵉʳ" with superscript letters, as French typography writes the ordinal.
        return f"{'1ᵉʳ' if day == 1 else day} {MONTHS[month - 1]} {year}"

    @staticmethod
    def by(name: str) -> str:
        return de(name, name=True)

    @staticmethod
    def finish(text: str) -> str:
        """French typography: the right non-breaking spaces (rebond.typography)."""
        return typography.french(text)

    # --- the company -------------------------------------------------------------------------

    def slot_company(self) -> str | None:
        return self.named(self.company)

    def slot_de_company(self) -> str | None:
        return self.named(de(self.company, name=True))

    def slot_a_company(self) -> str | None:
        """"à" + the company: "au Bon Marché", "aux Échos", "à Orange"."""
        return self.named(a(self.company))

    def slot_follow_company(self) -> str | None:
        """The company whose news the writer will follow (a LinkedIn note may leave it out)."""
        return self.slot_de_company() if "follow" not in self.omit else None

    def slot_chez_company(self) -> str | None:
        """"chez Orange", "au Bon Marché", "à La Poste", "chez L’Oréal" (a brand, not an article)."""
        article, _rest = _article(self.company)
        if article in ("le", "les") or (article and self.company[:2] != "L’"):
            return self.named(a(self.company))
        return self.named(f"chez {self.company}")

    # --- the position ------------------------------------------------------------------------

    @cached_property
    def title(self) -> str:
        """The job title, agreed with the writer and in running case ("" when not given)."""
        return self._agreed(self.c.position) if "position" not in self.omit else ""

    @cached_property
    def alt_title(self) -> str:
        """The role the company offers instead, agreed and in running case."""
        return self._agreed(self.c.alt_position)

    def _agreed(self, job: JobTitle | None) -> str:
        if not job:
            return ""
        masculine, feminine = (running_case(typed.tidy(form, self.QUOTES)) for form in (job.masculine, job.feminine))
        if self.c.sg == "f":
            chosen = feminine if job.marked else agree(masculine, feminine=True)
        elif self.c.sg == "m":
            chosen = masculine if job.marked else agree(masculine, feminine=False)
        else:
            chosen = masculine  # the post's own name (a marked title: its masculine form)
        return chosen

    @cached_property
    def _post(self) -> tuple[str, str]:
        """(article, noun phrase) of the post: ("le", "poste de comptable"), ("le", "stage marketing")."""
        head = self.title.split(" ", 1)[0].lower()
        if head in _OWN_NOUN:
            return _OWN_NOUN[head], self.title
        return "le", "poste " + de(self.title)

    def slot_poste(self) -> str | None:
        return self._post[1] if self.title else None

    def slot_alt_poste(self) -> str | None:
        """"poste de chef de projet junior": the role offered instead."""
        return "poste " + de(self.alt_title) if self.alt_title else None

    def slot_le_poste(self) -> str | None:
        return f"{self._post[0]}{'' if self._post[0].endswith('’') else ' '}{self._post[1]}" if self.title else None

    def slot_du_poste(self) -> str | None:
        le_poste = self.slot_le_poste()
        return de(le_poste) if le_poste else None

    def slot_au_poste(self) -> str | None:
        le_poste = self.slot_le_poste()
        return a(le_poste) if le_poste else None

    def slot_candidature(self) -> str:
        """"ma candidature au poste de X", else "ma candidature chez Y", else "ma candidature"."""
        if self.title:
            return f"ma candidature {self.slot_au_poste()}"
        where = self.slot_chez_company() if self.c.company else None
        return f"ma candidature {where}" if where else "ma candidature"

    def slot_candidature_chez(self) -> str:
        """Position and company both ("au poste de X chez Y"), for messages that name the
        company nowhere else; each part only when known."""
        where = self.slot_chez_company() if self.c.company else None
        if self.title:
            return f"ma candidature {self.slot_au_poste()}" + (f" {where}" if where else "")
        return f"ma candidature {where}" if where else "ma candidature"

    # --- free text ---------------------------------------------------------------------------

    @staticmethod
    @lru_cache(maxsize=256)
    def _read(text: str) -> Phrase:
        """Read tidied free text (detail, skill, new skill...) as a piece of a French sentence."""
        if not text:
            return Phrase("np", "")
        words = text.rstrip(".!?… ").split(" ")
        first = _first_word(text).lower()
        lows = {w.lower().strip(",;:") for w in words}
        if first in _SUBJECTS or lows & _FINITE or any(w.lower().startswith(("j’", "m’a", "c’est", "c’était"))
                                                       for w in words):
            return Phrase("sentence", text)
        phrase = text.rstrip(".!?… ").rstrip()
        if first in _DETERMINERS:
            rest = phrase[len(first):].lstrip() if not first.endswith("’") else phrase[len(first):]
            head = rest.split(" ", 1)[0].lower() if rest else ""
            form = "possessive" if first in _POSSESSIVE else "np"
            return Phrase(form, typed.first_lower(phrase), head, _DETERMINERS[first])
        head = words[0].lower()
        if words[0] in PROPER or _acronym(words[0]) or (words[0][:1].isupper() and len(words) <= 2
                                                        and not _INFINITIVE.match(head)):
            return Phrase("proper", phrase, head)
        if _INFINITIVE.match(head) and head not in CREDENTIALS | TRAININGS | ACQUIRED | DONE | KNOWLEDGE:
            return Phrase("vp", typed.first_lower(phrase), head)
        plural = head.endswith(("s", "x")) and not head.endswith(("ss", "is", "us"))
        return Phrase("bare", typed.first_lower(phrase), head, plural)

    def _np(self, phrase: Phrase) -> str | None:
        """A noun phrase with a determiner: a bare one gets "notre" / "nos"."""
        if not phrase.text:
            return None
        if phrase.form in ("np", "possessive", "proper"):
            return phrase.text
        if phrase.form == "bare":
            return ("nos " if phrase.plural else "notre ") + phrase.text
        return None

    # Detail: "la visite du labo", "nos échanges avec Paul", "rencontrer l’équipe", a sentence.
    def slot_detail_np(self) -> str | None:
        return self._np(self.detail)

    def slot_de_detail(self) -> str | None:
        np = self.slot_detail_np()
        return de(np) if np else None

    def slot_detail_vp(self) -> str | None:
        return self.detail.text if self.detail.form == "vp" else None

    # Skill to clarify: "la gestion de budget", "Python", "animer des ateliers", "mon anglais".
    def slot_skill_label(self) -> str | None:
        """A skill only a colon can introduce ("mon anglais"); the other forms have better frames."""
        return self.skill.text if self.skill.form == "possessive" else None

    def slot_de_skill(self) -> str | None:
        if self.skill.form == "np":
            return de(self.skill.text)
        if self.skill.form == "proper":
            return de(self.skill.text, name=True)
        return None

    def slot_en_skill(self) -> str | None:
        return f"en {self.skill.text}" if self.skill.form in ("bare", "proper") else None

    def slot_skill_vp(self) -> str | None:
        return self.skill.text if self.skill.form == "vp" else None

    # New skill, by what it is: a credential is obtained, a training followed...
    def _new(self, heads: frozenset[str] | None) -> str | None:
        phrase = self.new_skill
        if phrase.form != "np":
            return None
        head = phrase.head.split("’")[-1]
        kinds = (CREDENTIALS, TRAININGS, ACQUIRED, DONE, KNOWLEDGE)
        if heads is None:
            return phrase.text if not any(head in k for k in kinds) else None
        return phrase.text if head in heads else None

    def slot_new_skill_credential(self) -> str | None:
        return self._new(CREDENTIALS)

    def slot_new_skill_training(self) -> str | None:
        return self._new(TRAININGS)

    def slot_new_skill_acquired(self) -> str | None:
        return self._new(ACQUIRED)

    def slot_new_skill_done(self) -> str | None:
        return self._new(DONE)

    def slot_new_skill_possessive(self) -> str | None:
        return self.new_skill.text if self.new_skill.form == "possessive" else None

    def slot_new_skill_knowledge(self) -> str | None:
        return self._new(KNOWLEDGE)

    def slot_new_skill_np(self) -> str | None:
        return self._new(None) or (self.new_skill.text if self.new_skill.form == "proper" else None)

    def slot_en_new_skill(self) -> str | None:
        return f"en {self.new_skill.text}" if self.new_skill.form == "bare" else None

    def slot_de_new_skill_vp(self) -> str | None:
        return de(self.new_skill.text) if self.new_skill.form == "vp" else None

    # --- people ------------------------------------------------------------------------------

    def slot_appellation(self) -> str:
        """The form of address of a letter and of its closing formula (never with the surname)."""
        return {"f": "Madame", "m": "Monsieur"}.get(self.c.rg, "Madame, Monsieur")

    def slot_title_surname(self) -> str | None:
        """"Madame Martin": a title and the surname, the courteous form of an e-mail."""
        title = {"f": "Madame", "m": "Monsieur"}.get(self.c.rg)
        return f"{title} {self.c.recipient.surname}" if title and self.c.recipient.surname else None

    def slot_given_name(self) -> str | None:
        """The first name, for a warm message to a connection ("Bonjour Zoé")."""
        return self.c.recipient.given.split(" ")[0] if self.c.recipient.given else None

    def slot_title_alone(self) -> str | None:
        return {"f": "Madame", "m": "Monsieur"}.get(self.c.rg)

    def slot_full_name(self) -> str | None:
        """The name in full, where no form of address applies ("Bonjour Zoé Martin")."""
        if self.c.rg in ("f", "m") or not self.c.recipient.given:
            return None  # a lone word may be a surname: "Bonjour Martin" would be curt
        return self.c.recipient.full

    def slot_recipient_line(self) -> str | None:
        """The addressee of a letter's address block: "Madame Zoé Martin"."""
        title = {"f": "Madame", "m": "Monsieur"}.get(self.c.rg)
        full = self.c.recipient.full
        if not full:
            return None
        return f"{title} {full}" if title else full

