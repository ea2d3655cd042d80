"""English texts of the reviewer's findings (codes from rebond.review)."""

from __future__ import annotations

REVIEW = {
    "new_interview": ("This passage asks for a new interview, a second chance or for the decision to be reconsidered.",
                      "Remove it: thank them, ask for feedback, and leave the door open without pushing."),
    "insistent": ("This phrasing puts the recruiter under pressure (deadlines, reminders, urgency).",
                  "Leave them free to answer or not: one follow-up at most, short and without reproach."),
    "bitter": ("This phrasing sounds bitter.",
               "Keep the disappointment to yourself, or mention it briefly, without reproach."),
    "blame": ("This passage blames the recruiter.",
              "Talk about what you could have shown better rather than what they should have done."),
    "threat": ("This passage threatens to tell others or to post about it.",
               "Remove it: recruitment is a small world, and this is what they would remember of you."),
    "hired_person": ("This passage mentions the person hired, compares you with them or their probation period.",
                     "Remove it: get back in touch for a reason of your own (a new skill, the company\u2019s news)."),
    "familiar": ("Too familiar: \u201c{excerpt}\u201d.",
                 "Keep a warm but professional tone (\u201cKind regards\u201d, \u201cBest wishes\u201d)."),
    "dear_name": ("\u201c{excerpt}\u201d: a first name or a surname after \u201cCher\u201d or \u201cChère\u201d "
                  "is too familiar for a first contact in French.",
                  "Write \u201cMadame,\u201d, \u201cMonsieur,\u201d or \u201cMadame, Monsieur,\u201d without the name."),
    "dangling_closing": ("\u201c{excerpt}\u201d: the opening phrase does not share its subject with what follows.",
                         "Give it one: \u201cThanking you in advance, I look forward to hearing from you.\u201d"),
    "slip": ("A common slip: \u201c{excerpt}\u201d.",
             "Write{replacement} instead."),
    "missing_thanks": ("The message does not thank the recruiter.",
                       "Add a word of thanks for their time and their reply."),
    "too_long": ("The message is longer than the guide advises: {words} words, {max} at most (about {lines} lines).",
                 "Keep the essentials: thanks, one or two questions, an open door."),
    "too_many_points": ("Your notes have {count} points to make: the guide advises {max} at most.",
                        "Keep the two or three sentences that matter, and leave the rest to the conversation."),
    "linkedin_free": ("The note is over 200 characters, the limit for free accounts ({length} characters).",
                      "Shorten it, unless your account allows 300 characters."),
    "linkedin_premium": ("The note is over 300 characters ({length} characters): LinkedIn will refuse it.",
                         "Shorten it to 300 characters at most, or 200 for a free account."),
    "abbreviation": ("Avoid abbreviations in a professional message: \u201c{excerpt}\u201d.",
                     "Write the word in full{replacement}."),
    "gender_parenthesis": ("Bracketed form: \u201c{excerpt}\u201d.",
                           "Choose the agreement that fits you, or rephrase so that none is needed."),
    "typography": ("Missing non-breaking space (French typography).",
                   "French needs a non-breaking space before \u201c:\u201d and inside \u00ab guillemets \u00bb, "
                   "and a narrow one before ; ! ?."),
    "shouting": ("Capitals or repeated punctuation read as shouting.",
                 "Use lower case and one exclamation mark at most."),
    "placeholder": ("Leftover placeholder: \u201c{excerpt}\u201d.",
                    "Replace it with the real information, or remove it."),
    "too_many_questions": ("The message asks {count} questions: recruiters answer one or two more readily.",
                           "Keep the two most precise questions."),
    "cap_text": ("The message is very long: only its first {max} characters were reviewed.",
                 "Shorten it so that all of it is reviewed."),
    "cap_findings": ("Only the first {max} findings are shown.",
                     "Deal with these: the review will then show the next ones."),
    "spelling": ("Not in the dictionary: \u201c{excerpt}\u201d.",
                 "Check its spelling{replacement}."),
}

# The guide's section behind each finding (a path from the language's root, and its title).
GUIDE = {
    "new_interview": ("guide/demander-un-retour/#dont-ask-for-another-interview", "Don\u2019t ask for another interview"),
    "blame": ("guide/encaisser-le-refus/#react-but-away-from-the-recruiter", "React, but away from the recruiter"),
    "bitter": ("guide/encaisser-le-refus/#react-but-away-from-the-recruiter", "React, but away from the recruiter"),
    "threat": ("guide/encaisser-le-refus/#react-but-away-from-the-recruiter", "React, but away from the recruiter"),
    "insistent": ("guide/savoir-s-arreter/#when-to-stop", "When to stop"),
    "hired_person": ("guide/garder-le-contact/#the-end-of-the-trial-period-what-you-know-what-you-dont",
                     "The end of the trial period"),
    "familiar": ("guide/remercier/#what-to-avoid", "What to avoid"),
    "dear_name": ("guide/remercier/#by-letter", "By letter"),
    "dangling_closing": ("guide/remercier/#by-letter", "By letter"),
    "too_long": ("guide/remercier/#what-to-avoid", "What to avoid"),
    "too_many_points": ("guide/remercier/#by-phone", "By phone"),
    "linkedin_free": ("guide/garder-le-contact/#the-linkedin-invitation", "The LinkedIn invitation"),
    "linkedin_premium": ("guide/garder-le-contact/#the-linkedin-invitation", "The LinkedIn invitation"),
    "too_many_questions": ("guide/demander-un-retour/#ask-a-question-that-can-be-answered",
                           "Ask a question that can be answered"),
}


def review_text(code: str, **params: object) -> tuple[str, str]:
    message, suggestion = REVIEW[code]
    return message.format(**params), suggestion.format(**params)


def proposal(replacement: str) -> str:
    """The replacement offered for an abbreviation, a slip or a misspelt word, inside a suggestion."""
    return f": \u201c{replacement}\u201d" if replacement else ""


# --- what the reviewer looks for in a text of this language (rebond.phrases) ----------------

from .lexicon import LEXICON  # noqa: E402,F401  (the forms of every word the rules name)

# Word classes: lemmas (all their forms) or, with "=", one exact form.
CLASSES: tuple[tuple[str, str], ...] = (
    ("REQUEST", "ask request beg love want wish hope welcome appreciate allow let give offer grant arrange "
                "schedule book organise organize set =please =could =would =can =may =possible =willing "
                "=open =like ='d =kindly"),
    ("AGAIN", "another second new further final"),
    ("MEETING", "interview call meeting chat conversation shot round look try slot discussion session"),
    ("CHANCE", "chance opportunity shot go"),
    ("GIVE", "give grant allow offer let"),
    ("MEET", "meet see call speak talk chat interview invite consider look =come =reassess"),
    ("PROVE", "show prove demonstrate convince present explain"),
    ("DECISION", "decision choice mind view opinion"),
    ("STEP", "interview =test =tests =assessment =assessments =exercise =task =case =presentation"),
    ("FINAL", "=final =irreversible =definitive =set"),
    ("WAIT", "=waiting =wait =awaiting chase =still =nothing =silence"),
    ("UNIT", "day week month hour"),
    ("COUNT", "=two =three =four =five =six =seven =eight =nine =ten =fifteen =several =few =%9"),
    ("NUMBER", "=a =an =one =two =three =four =five =six =seven =eight =nine =ten =fifteen =several =few =%9"),
    ("ORDINAL", "=second =third =fourth =fifth =umpteenth =nth =2nd =3rd =4th =5th"),
    ("WRITE", "write contact follow chase remind ask =emailed =e-mailed =emailing =messaged =reach =reaching"),
    ("REPLY", "reply respond answer hear =back response =know"),
    ("FAST", "=quickly =fast =promptly =soon =asap =urgently =immediately =today =tomorrow"),
    ("EXPECT", "expect need demand require insist =please =kindly want"),
    ("WEEKDAY", "=monday =tuesday =wednesday =thursday =friday =saturday =sunday =tomorrow =tonight =end"),
    ("PERSON", "person candidate applicant hire recruit starter one someone somebody"),
    ("CHOSEN", "hire choose pick select appoint recruit prefer =went"),
    ("NEWCOMER", "hire recruit starter =joiner =appointee"),
    ("BITTER", "unfair unjust unjustified ridiculous absurd pathetic appalling outrageous unacceptable "
               "disgraceful disgrace shameful disrespectful disrespect rude dismissive insulting incompetent "
               "incompetence sloppy unprofessional"),
    ("JOKE", "joke farce sham shambles =circus"),
    ("NEGLECT", "=read =listen =give =call =reply =bother =look =take =answer =respond =consider =even"),
    ("NEGLECTED", "=read =listened =gave =given =called =replied =bothered =looked =took =taken =answered "
                  "=responded =considered"),
    ("TALK", "post tell share write warn review =tweet"),
    ("ONLINE", "=linkedin =glassdoor =twitter =facebook =online =internet =reddit =social =indeed"),
    ("FAMILIAR", "=mate =buddy =dude =guys =pal =bro =xx =xxx =xoxo =hugs =kisses =luv"),
    ("GREETING", "=hey =yo =hiya =howdy =sup =heya"),
    ("GERUND", "=thanking =hoping =looking =awaiting =trusting =waiting"),
    ("CLOSE_IMPERATIVE", "=please =kindly =my =best =regards =yours =accept"),
)

# Patterns that say what a clause or a sentence is about ("#NAME" in a rule).
CONTEXTS: tuple[tuple[str, str], ...] = (
    ("ELSEWHERE", "=elsewhere"),
    ("ELSEWHERE", "another|other +1 company|employer|firm|organisation|organization|agency|business|role|job|team"),
    ("ELSEWHERE", "with|at|for +0 a|an +1 company|firm|employer|agency|start-up|startup"),
    ("LATER", "in +2 @NUMBER|a|=six|couple +2 month|year|week"),
    ("LATER", "later +1 this|next|in|on|in +0 year|month|the"),
    ("LATER", "next +0 year|spring|summer|autumn|winter"),
    ("LATER", "in +0 the +0 future"),
    ("LATER", "some|one +0 day"),
    ("LATER", "down +0 the +0 line"),
    ("SOON", "next|this +0 week"),
    ("SOON", "=tomorrow|=soon|=asap|=today"),
    ("SOON", "as +0 soon +0 as"),
    ("NO_ANSWER", "no|without|not|n't|never +4 reply|answer|response|word|news|back"),
    ("NO_ANSWER", "not|n't +2 heard|hear"),
    ("NO_ANSWER", "=unanswered"),
    ("SINCE_LAST", "since +1 my|our +0 last|previous|first|initial"),
    ("CARE", "urgent +0 care|treatment|medicine|cases|services|centre|center"),
)

# Rules by finding code (see rebond.phrases for the notation).
RULES: dict[str, tuple[str, ...]] = {
    "new_interview": (
        "@AGAIN +1 @MEETING &@REQUEST|? !#ELSEWHERE !!#LATER",
        "@AGAIN +1 @MEETING|@CHANCE +8 to|so|and +3 @PROVE !#ELSEWHERE !!#LATER",
        "@GIVE +3 @AGAIN +1 @CHANCE !#ELSEWHERE !!#LATER",
        "second|last +0 chance &@REQUEST|? !#ELSEWHERE !!#LATER",
        "give +2 me +0 a|another +0 chance|try|go",
        "one +0 more|last +1 @MEETING|go &@REQUEST|? !#ELSEWHERE !!#LATER",
        "follow +0 up +1 interview|call|meeting|chat &@REQUEST|? !#ELSEWHERE !!#LATER",
        "reconsider|reinterview|re-interview|reevaluate|re-evaluate",
        "rethink|revisit|review +2 @DECISION",
        "change +2 mind|decision|view|opinion",
        "decision|choice|application +3 be +1 =revisited|=reconsidered|=reviewed|=changed|=rethought|=reversed",
        "@MEET +4 again &@REQUEST|? !#ELSEWHERE !!#LATER",
        "@MEET +4 once +0 more &@REQUEST|? !#ELSEWHERE !!#LATER",
        "invite|bring +2 back &@REQUEST|? !#ELSEWHERE !!#LATER",
        "=resit|=retake|=redo +3 @STEP !#ELSEWHERE !!#LATER",
        "@STEP +3 again &@REQUEST|? !#ELSEWHERE !!#LATER",
        "@STEP +3 once +0 more &@REQUEST|? !#ELSEWHERE !!#LATER",
        "still +2 be +0 considered",
        "decision|choice +3 @FINAL &?",
        "@PROVE +3 what +0 i +0 can|could +0 do &@REQUEST|@MEETING|@MEET|?",
        "@PROVE +2 you +2 in +0 person &@REQUEST|?",
        "@MEETING|@MEET +8 to|so +4 @PROVE &@REQUEST|? !#ELSEWHERE !!#LATER",
        "@MEETING|@MEET &#SOON &@REQUEST|? !#ELSEWHERE !!#LATER",
    ),
    "blame": (
        "you +3 make +2 mistake|error|=wrong",
        "your +0 mistake|fault|error",
        "you +2 =wrong",
        "~you +2 did +1 n't|not +2 @NEGLECT",
        "~you +2 never +2 @NEGLECTED|@NEGLECT",
        "~you +2 have +1 n't|not|never +2 @NEGLECTED",
        "~nobody +3 @NEGLECT",
        "~no +0 one +3 @NEGLECT",
        "you +2 should|could|ought +1 have",
        "you +2 already +1 choose|decide|pick|make",
        "shame +0 on +0 you",
        "~not +2 professional|respectful|fair|serious|courteous",
        "badly|poorly +0 =organised|=organized|=run|=prepared|=managed|=handled",
        "wrong +0 choice|decision",
    ),
    "bitter": (
        "@BITTER",
        "waste +3 time",
        "waste +0 of",
        "you +2 regret",
        "your +0 loss",
        "missed +0 out",
        "be +3 @JOKE",
        "~never|not|n't +1 recommend +2 your|this|the +0 company|firm|business|organisation",
        "~not|n't +0 understand +2 your|this|the +0 decision|choice",
    ),
    "threat": (
        "@TALK +6 @ONLINE",
        "everyone|everybody +2 know|hear|find",
        "leave|write|post +2 review +2 on",
        "warn +2 other +0 candidates|applicants|people",
        "you +1 'll|will +0 =pay",
    ),
    "insistent": (
        "~@ORDINAL +0 time &@WRITE",
        "~@NUMBER +1 @UNIT &@WAIT|#NO_ANSWER|#SINCE_LAST",
        "~many|multiple|numerous|@COUNT +0 times &@WRITE",
        "~still +3 =waiting|=waited|=heard|=hear|=nothing|=no",
        "=asap",
        "@REPLY +3 @FAST &@EXPECT|?",
        "as +0 soon +0 as +0 possible &@REPLY|@EXPECT",
        "urgent|urgently !#CARE",
        "at +0 the +0 latest",
        "by +1 @WEEKDAY &@REPLY &@EXPECT|?",
        "~@COUNT|=previous|=last +2 =emails|=e-mails|=messages|=reminders &#NO_ANSWER",
        "expect +3 hear|reply|answer|response|=back",
        "chase +2 up|again",
        "~once|yet +0 again &@WRITE",
        "insist !on",
        "demand +3 answer|reply|response|explanation",
        "~despite +3 =emails|=e-mails|=messages|=reminders|=calls|=attempts",
        "await +3 reply|response|answer",
    ),
    "hired_person": (
        "~@PERSON +3 @CHOSEN",
        "~choose|pick|hire|prefer +2 someone|somebody",
        "~successful +0 candidate|applicant",
        "~the|your +0 new +0 @NEWCOMER",
        "~the|that +0 other +0 =candidate|=applicant|=person",
        "~more|less|better +5 than +0 me|mine",
        "~probation|trial +0 period !!=my|=our",
        "~if +4 n't|not +2 work +0 out",
        "~instead +0 of +0 me",
    ),
    "familiar": (
        "@FAMILIAR",
        "^^@GREETING",
        "^lots +0 of +0 love",
        "^^love",
        "thanks +0 a +0 bunch",
    ),
    "dangling_closing": (
        "^^@GERUND +14 ^@CLOSE_IMPERATIVE",
    ),
}

# Slips a word list cannot see: (pattern, fix with $1... the words matched ("" = none), what to
# write instead). A small list, on purpose: each entry is a known mistake, in any position.
SLIPS: tuple[tuple[str, str, str], ...] = (
    ("=could|=would|=should|=must|=might +0 =of", "$1 have", "could have, would have"),
    ('"i', "I", "I"),
    ("=alot", "a lot", "a lot"),
    ("=irregardless", "regardless", "regardless"),
    ("=thank +0 's", "thanks", "thanks"),
    ("forward +1 to +0 =here", "$1 $2 hear", "hear"),
    ("=per +0 =say", "per se", "per se"),
)

# Negation: these words negate what follows in their clause.
NEGATORS = "not n't never no without nor neither nobody nothing none hardly"
NEGATORS_WITH_NE = ""
NE = ""
# A negation word followed by one of these is not a negation.
NOT_NEGATION = ("not only", "not just", "no doubt", "nothing but")
# In a question, a negation next to one of these asks rather than denies ("Couldn't you ...?").
QUESTION_CUES = "you why"
# Words that open a new clause: a negation before them does not reach past them.
BOUNDARIES = "but however although though whereas yet because"
ELISIONS = ""
# Contractions split from their word ("didn't" -> "did", "n't"), the longest first.
CONTRACTIONS = "n't 're 've 'll 'm 'd 's"

# Spelling (rebond.spelling): pyspellchecker's dictionary (American spellings), the words the site
# writes that it lacks, and the British spellings it lacks ("colour", "organise", "centre").
SPELLING = "en"
SPELLING_WORDS = "whilst amongst cheque learnt spelt judgement enrol enrolment tyre kerb grey aluminium"
SPELLING_VARIANTS: tuple[tuple[str, str], ...] = (
    ("our", "or"), ("isation", "ization"), ("ise", "ize"), ("ising", "izing"), ("ised", "ized"), ("yse", "yze"),
    ("ysed", "yzed"), ("tre", "ter"), ("ence", "ense"), ("ogue", "og"), ("mme", "m"), ("lled", "led"),
    ("lling", "ling"), ("ae", "e"), ("oe", "e"),
)

# Words that make a run of capitals a sentence (shouting) rather than acronyms ("SQL, AWS").
SHOUT_WORDS = "i a an the is are am you your not this it to and of my me we why did do was be what how so very please thank"
# A block that opens the message (salutation) and one that starts its closing, for the length.
SUBJECT_LINES = ("re:", "subject:")
SALUTATIONS = ("dear", "hello", "hi", "good morning", "good afternoon")
CLOSINGS = ("kind regards", "best regards", "with kind regards", "best wishes", "warm regards", "all the best",
            "yours sincerely", "yours faithfully", "regards", "many thanks", "sincerely", "with best wishes")

# Any of these words means the text thanks its reader.
THANKS = r"\bthank\w*|\bgrateful\b|\bappreciat\w*|\bgratitude\b"
# Abbreviation -> full form ("" when it depends on the sentence). "ASAP" is pressure, not only an
# abbreviation: its rule reports it (once).
ABBREVIATIONS: dict[str, str] = {
    "thx": "Thanks", "thnx": "Thanks", "tks": "Thanks", "ty": "Thank you", "rgds": "Regards",
    "brgds": "Best regards", "kr": "Kind regards", "pls": "please", "plz": "please", "u": "you",
    "ur": "your", "btw": "by the way", "imo": "in my opinion",
    "lmk": "let me know", "bc": "because", "cuz": "because", "tho": "though",
}
# French only: parenthesised gender forms ("déçu(e)") and non-breaking spaces.
CHECKS_GENDER_FORMS = False
CHECKS_TYPOGRAPHY = False
