"""English words the reviewer's rules read, with their forms (rebond.phrases).

Each entry of ``LEXICON`` is one lemma and its forms: "ask asks asked asking". Regular verbs and
nouns are inflected by :func:`verb` and :func:`noun`; irregular forms are given.
"""

from __future__ import annotations


def verb(base: str, *irregular: str) -> str:
    """A verb and its forms: -s, -ed, -ing (with the usual spelling changes), plus ``irregular``."""
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        ed, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        ed, ing = base[:-1] + "ied", base + "ing"
    else:
        ed, ing = base + "ed", base + "ing"
    s = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        s = base[:-1] + "ies"
    forms = [base, s, ed, ing, *irregular]
    if len(base) > 2 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3] not in "aeiou":
        forms += [base + base[-1] + "ed", base + base[-1] + "ing"]  # chat, chatted; plan, planned
    return " ".join(dict.fromkeys(forms))


def noun(singular: str, plural: str = "") -> str:
    if not plural:
        plural = singular + ("es" if singular.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return f"{singular} {plural}"


LEXICON: tuple[str, ...] = (
    # --- verbs ----------------------------------------------------------------------------------
    "be am is are was were been being 're 'm 's",
    "have has had having 've 'd",
    "do does did done doing",
    "can could ca",
    "will would won wo 'll",
    "shall should sha",
    "may might",
    "must",
    verb("ask"), verb("request"), verb("beg"), verb("like"), verb("love"), verb("want"), verb("wish"),
    verb("hope"), verb("welcome"), verb("appreciate"), verb("allow"), verb("let", "let", "letting"),
    verb("give", "gave", "given", "giving"), verb("offer"), verb("grant"), verb("arrange"), verb("schedule"),
    verb("book"), verb("organise"), verb("organize"), verb("set", "set", "setting"), verb("fix"),
    verb("reconsider"), verb("revisit"), verb("rethink", "rethought"), verb("review"), verb("re-interview"),
    verb("reinterview"), verb("reassess"), verb("reevaluate"), verb("re-evaluate"), verb("change"),
    verb("meet", "met"), verb("see", "saw", "seen"), verb("call"), verb("speak", "spoke", "spoken"),
    verb("talk"), verb("chat"), verb("interview"), verb("invite"), verb("come", "came", "coming"),
    verb("consider"), verb("look"), verb("show", "shown"), verb("prove", "proven"), verb("demonstrate"),
    verb("convince"), verb("present"), verb("explain"), verb("try", "tried"),
    verb("wait"), verb("await"), verb("chase"), verb("write", "wrote", "written", "writing"), verb("email"),
    verb("e-mail"), verb("message"), verb("contact"), verb("follow"), verb("remind"), verb("reply", "replied"),
    verb("respond"), verb("answer"), verb("hear", "heard"), verb("get", "got", "gotten", "getting"),
    verb("expect"), verb("need"), verb("demand"), verb("insist"), verb("require"),
    verb("waste"), verb("make", "made", "making"), verb("read", "read"), verb("listen"), verb("bother"),
    verb("take", "took", "taken", "taking"), verb("treat"), verb("regret", "regretted", "regretting"),
    verb("post"), verb("tell", "told"), verb("share"), verb("warn"), verb("know", "knew", "known"),
    verb("blame"), verb("hire"), verb("choose", "chose", "chosen", "choosing"), verb("pick"), verb("select"),
    verb("appoint"), verb("recruit"), verb("prefer", "preferred", "preferring"), verb("replace"),
    verb("leave", "left", "leaving"), verb("work"), verb("go", "went", "gone", "goes"), verb("decide"),
    verb("keep", "kept"), verb("miss"), verb("hug", "hugged", "hugging"), verb("thank"), verb("find", "found"),
    verb("rush"), verb("understand", "understood"), verb("learn", "learnt"), verb("recommend"),
    verb("pay", "paid"),
    # --- nouns and adjectives ---------------------------------------------------------------------
    noun("interview"), noun("call"), noun("meeting"), noun("chat"), noun("conversation"), noun("chance"),
    noun("opportunity", "opportunities"), noun("shot"), noun("round"), noun("look"), noun("try", "tries"),
    noun("slot"), noun("coffee"), noun("discussion"), noun("session"),
    noun("decision"), noun("choice"), noun("mind"), noun("view"), noun("application"), noun("candidacy"),
    noun("mistake"), noun("error"), noun("fault"),
    noun("person", "people"), noun("candidate"), noun("applicant"), noun("hire"), noun("recruit"),
    noun("starter"), noun("one"), noun("someone"), noun("somebody"),
    "new", "another", "second", "further", "final", "other",
    noun("day"), noun("week"), noun("month"), noun("hour"), noun("year"),
    "unfair", "unjust", "unjustified", "ridiculous", "absurd", "pathetic", "appalling", "outrageous",
    "unacceptable", "disgraceful", "disgrace", "shameful", "shame", "disrespectful", noun("disrespect"), "rude",
    "dismissive", "insulting", "incompetent", noun("incompetence"), "sloppy", "unprofessional",
    noun("joke"), noun("farce"), noun("sham"), noun("shambles"),
    noun("answer"), noun("reply", "replies"), noun("response"), noun("email"), noun("e-mail"), noun("message"),
    noun("reminder"), noun("follow-up"), "urgent urgently", "quick quickly", "fast", "soon", "prompt promptly",
    noun("review"), noun("probation"), noun("trial"),
    noun("company", "companies"), noun("employer"), noun("firm"), noun("agency", "agencies"), noun("business"),
    noun("organisation"), noun("organization"), noun("role"), noun("job"), noun("team"), noun("explanation"),
    verb("bring", "brought"),
    noun("hug"), noun("kiss", "kisses"), noun("mate"), noun("buddy", "buddies"), noun("dude"), noun("guy"),
)
