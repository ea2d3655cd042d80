"""English grammar: what the reader typed, placed in British English sentences.

- **Names**: "Dear Ms Martin" (title and surname), "Dear Zoe Martin" where no title applies;
  "Dr" and "Professor" kept (British usage writes Ms, Mr, Dr without a full stop).
- **Job titles**: ad marks removed (:mod:`rebond.inputs.job_titles`); "the Data Analyst role",
  but "the UX Researcher position" or "the Graduate Scheme 2026" when the title already says
  what it is; a title typed in capitals is written in title case.
- **Free text** is read as a noun phrase (a bare one gets "the"), a gerund ("meeting the
  team"; a bare verb becomes one), a name, or a whole sentence placed as a sentence.
"""

from __future__ import annotations

from functools import cached_property, lru_cache

from ...grammar import Grammar, Phrase
from ...inputs import text as typed
from ...inputs.job_titles import JobTitle

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_TITLES = {"f": "Ms", "m": "Mr", "x": "Mx", "dr": "Dr", "prof": "Professor"}
# A title that already names the kind of post: no "role" after it.
_POST_WORDS = ("role", "position", "job", "post", "scheme", "programme", "program", "internship",
               "apprenticeship", "placement", "traineeship", "vacancy")
_SMALL_WORDS = {"of", "and", "the", "for", "in", "at", "to", "a", "an", "on", "with", "de", "du", "des"}
_DETERMINERS = {
    "the": False, "a": False, "an": False, "your": False, "our": False, "their": False, "his": False,
    "her": False, "its": False, "this": False, "that": False, "these": True, "those": True, "some": True,
    "several": True, "two": True, "three": True, "many": True, "all": True, "each": False, "every": False,
}
_POSSESSIVE = {"my"}
_SUBJECTS = {"i", "we", "you", "he", "she", "they", "it", "there", "i’m", "i’ve", "it’s", "we’re", "you’re"}
_FINITE = frozenset("""
was were is are am had have has did do does showed gave made felt loved enjoyed liked helped taught
went spent passed got became
""".split())
# Bare verbs a reader may type ("meet the team"), made gerunds ("meeting the team").
_VERBS = frozenset("""
meet visit discuss see talk discover learn hear work tour chat present speak share explore present
ask answer build design run lead manage write test review plan explain show exchange
""".split())
CREDENTIALS = frozenset("""
certification certificate diploma degree licence license mba msc ba bsc phd master masters qualification
accreditation exam award prince2 pmp cfa acca cima toefl ielts cpd
""".split())
TRAININGS = frozenset("course training bootcamp mooc programme program workshop module apprenticeship".split())
EXPERIENCE = frozenset("experience months years internship placement secondment project".split())


def gerund(verb: str) -> str:
    """"meet" -> "meeting", "discuss" -> "discussing", "make" -> "making", "run" -> "running"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if (len(verb) == 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou"):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def title_case(text: str) -> str:
    """"DATA ENGINEER" -> "Data Engineer" (small words in lower case, acronyms of two letters kept)."""
    out = []
    for i, word in enumerate(text.split(" ")):
        low = word.lower()
        if i > 0 and low in _SMALL_WORDS:
            out.append(low)
        elif len(word) <= 2 and word.isalpha():
            out.append(word)
        else:
            out.append(low[:1].upper() + low[1:])
    return " ".join(out)


def possessive(name: str) -> str:
    """"Acme" -> "Acme’s", "Marks & Spencer" -> "Marks & Spencer’s", "NHS England" -> "NHS England’s"."""
    return name + "’" if name.endswith("s") and not name.endswith("ss") and name[-2:-1].islower() else name + "’s"


class EnglishGrammar(Grammar):
    """English slots for one message (see :mod:`rebond.render` for how wordings use them)."""

    QUOTES = ("“", "”")
    ARTICLES = ("the ",)

    @staticmethod
    def date(year: int, month: int, day: int) -> str:
        return f"{day} {MONTHS[month - 1]} {year}"

    @staticmethod
    def by(name: str) -> str:
        return f"by {name}"

    # --- the company -------------------------------------------------------------------------

    def slot_company(self) -> str | None:
        return self.named(self.company)

    def slot_company_s(self) -> str | None:
        """The company's possessive: "Acme’s news"."""
        return self.named(possessive(self.company))

    def slot_at_company(self) -> str | None:
        return self.named(f"at {self.company}")

    def slot_follow_company(self) -> str | None:
        """The company whose news the writer will follow (a LinkedIn note may leave it out)."""
        return self.slot_company_s() if "follow" not in self.omit else None

    # --- the position ------------------------------------------------------------------------

    @cached_property
    def title(self) -> str:
        return self._title_of(self.c.position) if "position" not in self.omit else ""

    @cached_property
    def alt_title(self) -> str:
        return self._title_of(self.c.alt_position)

    def _title_of(self, job: JobTitle | None) -> str:
        if not job:
            return ""
        text = typed.tidy(job.masculine, self.QUOTES)
        return title_case(text) if typed.shouted(text) or (text.isupper() and len(text) > 3) else text

    def slot_role(self) -> str | None:
        """"the Data Analyst role", "the UX Researcher position", "the Graduate Scheme 2026"."""
        if not self.title:
            return None
        words = self.title.lower().replace("2026", "").split()
        names_itself = any(w in _POST_WORDS for w in words[-2:])
        return f"the {self.title}" if names_itself else f"the {self.title} role"

    def slot_alt_role(self) -> str | None:
        """"the Junior Analyst role": the role offered instead."""
        if not self.alt_title:
            return None
        last = self.alt_title.lower().split()[-1]
        return f"the {self.alt_title}" if last in _POST_WORDS else f"the {self.alt_title} role"

    def slot_role_title(self) -> str | None:
        """The title alone, for a subject line: "Data Analyst" (not "Data Analyst role")."""
        words = self.title.split(" ")
        if len(words) > 1 and words[-1].lower() in ("role", "position", "job", "post"):
            words = words[:-1]
        return " ".join(words) or None

    def slot_application(self) -> str:
        """"my application for the X role", else "my application to Y", else "my application"."""
        if self.title:
            return f"my application for {self.slot_role()}"
        company = self.slot_company() if self.c.company else None
        return f"my application to {company}" if company else "my application"

    def slot_application_at(self) -> str:
        """Position and company both, for messages that name the company nowhere else."""
        company = self.slot_company() if self.c.company else None
        if self.title:
            return f"my application for {self.slot_role()}" + (f" at {company}" if company else "")
        return f"my application to {company}" if company else "my application"

    # --- free text ---------------------------------------------------------------------------

    @staticmethod
    @lru_cache(maxsize=256)
    def _read(text: str) -> Phrase:
        """Read tidied free text (detail, skill, new skill...) as a piece of an English sentence."""
        if not text:
            return Phrase("np", "")
        bare = text.rstrip(".!?… ").rstrip()
        words = bare.split(" ")
        lows = [w.lower().strip(",;:") for w in words]
        if lows[0] in _SUBJECTS or set(lows[1:]) & _FINITE or (text[-1:] in ".!?" and len(words) >= 4
                                                                  and lows[0] not in _DETERMINERS):
            return Phrase("sentence", text)
        if lows[0] in _POSSESSIVE:
            return Phrase("possessive", typed.first_lower(bare), lows[-1])
        if lows[0] in _DETERMINERS:
            head = _head(lows[1:])
            plural = _DETERMINERS[lows[0]] or (head.endswith("s") and not head.endswith(("ss", "us", "is")))
            return Phrase("np", typed.first_lower(bare), head, plural)
        if lows[0].endswith("ing") and len(lows[0]) > 4:
            return Phrase("vp", typed.first_lower(bare), lows[0])
        if lows[0] in _VERBS and len(words) > 1:
            return Phrase("vp", " ".join([gerund(lows[0]), *words[1:]]), lows[0])
        if words[0][:1].isupper() and len(words) <= 3:
            return Phrase("proper", bare, _head(lows))
        return Phrase("bare", typed.first_lower(bare), _head(lows))

    def _np(self, phrase: Phrase) -> str | None:
        """A phrase that can follow "especially" or "with": a bare noun phrase gets "the"."""
        if not phrase.text:
            return None
        if phrase.form in ("np", "vp", "possessive", "proper"):
            return phrase.text
        if phrase.form == "bare":
            return "the " + phrase.text
        return None

    def slot_detail_np(self) -> str | None:
        return self._np(self.detail)

    def slot_skill_np(self) -> str | None:
        """A skill that can follow "my experience with": not "my French" nor a sentence."""
        return self.skill.text if self.skill.form in ("np", "bare", "proper", "vp") else None

    def slot_skill_label(self) -> str | None:
        """A skill only a colon can introduce ("my French"); the other forms have better frames."""
        return self.skill.text if self.skill.form == "possessive" else None

    def _new(self, heads: frozenset[str]) -> str | None:
        phrase = self.new_skill
        if phrase.form not in ("np", "bare"):
            return None
        return phrase.text if phrase.head in heads else None

    def slot_new_skill_credential(self) -> str | None:
        return self._new(CREDENTIALS)

    def slot_new_skill_training(self) -> str | None:
        return self._new(TRAININGS)

    def slot_new_skill_experience(self) -> str | None:
        return self._new(EXPERIENCE)

    def slot_new_skill_proper(self) -> str | None:
        return self.new_skill.text if self.new_skill.form == "proper" else None

    def slot_new_skill_area(self) -> str | None:
        """A skill named by its area ("stakeholder management", "the basics of SQL")."""
        phrase = self.new_skill
        if phrase.form not in ("np", "bare") or phrase.head in CREDENTIALS | TRAININGS | EXPERIENCE:
            return None
        return phrase.text

    def slot_new_skill_possessive(self) -> str | None:
        return self.new_skill.text if self.new_skill.form == "possessive" else None

    def slot_new_skill_gerund(self) -> str | None:
        return self.new_skill.text if self.new_skill.form == "vp" else None

    # --- people ------------------------------------------------------------------------------

    def _title(self) -> str | None:
        """"Ms", "Mr", "Mx", "Dr", "Professor": a typed "Dr" or "Professor" (British usage keeps
        them whatever the gender: "Dear Dr Patel"), else the chosen form of address, else the
        typed title."""
        if self.c.recipient.title in ("dr", "prof"):
            return _TITLES[self.c.recipient.title]
        if self.c.rg in ("f", "m"):
            return _TITLES[self.c.rg]
        return _TITLES.get(self.c.recipient.title)

    def slot_title_surname(self) -> str | None:
        title = self._title()
        return f"{title} {self.c.recipient.surname}" if title and self.c.recipient.surname else None

    def slot_full_name(self) -> str | None:
        """The name in full where no title applies ("Dear Sam Lee"); never a lone word."""
        if self._title() or not self.c.recipient.given:
            return None
        return self.c.recipient.full

    def slot_given_name(self) -> str | None:
        return self.c.recipient.given.split(" ")[0] if self.c.recipient.given else None

    def slot_when_named(self) -> str | None:
        """Empty when the letter greets someone by name ("Yours sincerely"), else None."""
        return "" if self.slot_title_surname() or self.slot_full_name() else None

    def slot_when_unnamed(self) -> str | None:
        return None if self.slot_when_named() is not None else ""

    def slot_recipient_line(self) -> str | None:
        full = self.c.recipient.full
        if not full:
            return None
        title = self._title()
        return f"{title} {full}" if title else full


def _head(words: list[str]) -> str:
    """The main word of a noun phrase: before "of"/"in"/"on", else the last word."""
    for i, word in enumerate(words):
        if word in ("of", "in", "on", "for", "with") and i > 0:
            return words[i - 1]
    return words[-1] if words else ""
