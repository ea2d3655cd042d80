"""English texts of the reviewer's findings (codes from rebond.review)."""

from __future__ import annotations


REVIEW = {
    "new_interview": ("This passage asks for a new interview or for the decision to be reconsidered.",
                      "Remove it: thank them, ask for feedback, and leave the door open without pushing."),
    "insistent": ("This phrasing may come across as pushy.",
                  "Keep it short and leave the recruiter free to answer or not."),
    "bitter": ("This phrasing sounds bitter.",
               "Keep the disappointment to yourself, or mention it briefly, without reproach."),
    "blame": ("This passage blames the recruiter.",
              "Talk about what you could have shown better rather than what they should have done."),
    "missing_thanks": ("The message does not thank the recruiter.",
                       "Add a word of thanks for their time and their reply."),
    "too_long": ("The message is long for this channel ({length} characters; {limit} at most is advisable).",
                 "Keep the essentials: thanks, one or two questions, an open door."),
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
}


def review_text(code: str, **params: object) -> tuple[str, str]:
    message, suggestion = REVIEW[code]
    return message.format(**params), suggestion.format(**params)


def proposal(replacement: str) -> str:
    """The replacement offered for an abbreviation, inside a suggestion."""
    return f": \u201c{replacement}\u201d" if replacement else ""


# --- what the reviewer looks for in a text of this language -------------------------------

# Phrases by family. Words are matched whole, case-insensitively; apostrophes may be ' or ’.
PATTERNS: dict[str, list[str]] = {
    "new_interview": [
        r"\b(?:another|a new|a second|one more) (?:interview|meeting|chance|opportunity to interview)\b",
        r"\breconsider\w*",
        r"\bre-?interview\w*",
        r"\bsecond chance\b",
        r"\bchange your (?:mind|decision)\b",
        r"\bgive me (?:a|another) (?:chance|try)\b",
        r"\brevisit (?:your|the) decision\b",
    ],
    "insistent": [
        r"\bI insist\b",
        r"\bstill (?:haven't|have not|not) (?:heard|received)",
        r"\bASAP\b",
        r"\bas soon as possible\b",
        r"\burgent(?:ly)?\b",
        r"\bdespite my (?:\w+ )?(?:e-?mails|messages|reminders)\b",
        r"\bI expect (?:a|your) (?:reply|answer|response)\b",
        r"\bawait(?:ing)? your (?:urgent )?reply\b",
    ],
    "bitter": [
        r"\bunfair\w*",
        r"\byour loss\b",
        r"\byou(?:'ll| will) regret\b",
        r"\bwaste of (?:my )?time\b",
        r"\bridiculous\b",
        r"\bdisgrace\w*",
        r"\bshameful\b",
        r"\bI (?:don't|do not|cannot|can't) understand (?:your|this|the) (?:decision|choice)\b",
        r"\bunacceptable\b",
        r"\bmissed out\b",
    ],
    "blame": [
        r"\byou (?:didn't|did not|never|failed to) (?:even )?(?:understand|read|listen|give|take the time)\w*",
        r"\byou should have\b",
        r"\byour mistake\b",
        r"\byou (?:were|are) wrong\b",
        r"\bbadly (?:organi[sz]ed|run|prepared|managed)\b",
        r"\bpoorly (?:organi[sz]ed|run|prepared|managed)\b",
        r"\byour fault\b",
        r"\bsloppy\b",
        r"\byou (?:have )?(?:\w+ )?made (?:a|the wrong|an?) (?:mistake|error|wrong (?:choice|decision))",
        r"\bwrong (?:choice|decision)\b",
    ],
}
# Any of these words means the text thanks its reader.
THANKS = r"\bthank\w*|\bgrateful\b|\bappreciat\w*|\bgratitude\b"
# Abbreviation -> full form ("" when it depends on the sentence).
ABBREVIATIONS: dict[str, str] = {
    "thx": "Thanks", "thnx": "Thanks", "tks": "Thanks", "ty": "Thank you", "rgds": "Regards",
    "brgds": "Best regards", "kr": "Kind regards", "pls": "please", "plz": "please", "u": "you",
    "ur": "your", "asap": "as soon as possible", "btw": "by the way", "imo": "in my opinion",
    "lmk": "let me know", "bc": "because", "cuz": "because", "tho": "though",
}
# French only: parenthesised gender forms ("déçu(e)") and non-breaking spaces.
CHECKS_GENDER_FORMS = False
CHECKS_TYPOGRAPHY = False
