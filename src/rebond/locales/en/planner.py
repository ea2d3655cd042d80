"""English texts of the follow-up planner (steps, form, errors, dates).

French legal terms are kept in brackets where the reader may meet them in a contract.
"""

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

CATEGORIES = {
    "employe": "Worker or employee (ouvrier, employé)",
    "technicien": "Technician or supervisor (technicien, agent de maîtrise)",
    "cadre": "Manager or professional (cadre)",
    "unknown": "I don’t know",
}

FORM = {
    "legend": "Your situation",
    "refusal_date": "Date of the rejection",
    "refusal_date_hint": "The day you were told the decision.",
    "category": "Job category",
    "category_hint": "It sets the maximum length of the trial period.",
    "start_date": "Estimated start date of the person hired (optional)",
    "start_date_hint": "You cannot know it: if left empty, the planner assumes one month after the rejection.",
    "renewal": "A renewal of the trial period is plausible",
    "renewal_hint": "Allowed once only, where an extended industry-wide agreement provides for it and the contract says so.",
    "company": "Company (optional)",
    "position": "Job title (optional)",
    "submit": "Plan my follow-ups",
    "download": "Download the calendar (.ics)",
    "print": "Print the plan",
    "result_heading": "Your follow-up plan",
    "example_heading": "Example plan",
    "error_summary": "The form has errors:",
    "loading": "Getting the planner ready…",
    "engine_failed": "The planner could not start in this browser. The example below and the rules still apply.",
    "past": "date passed",
    "step_date": "Date",
    "step_what": "Step",
    "link": "Write this message",
}

STEPS = {
    "thanks": {
        "title": "Thank the recruiter",
        "why": "The working day after the rejection, while your conversation is still fresh: a thank-you shows that you are taking the decision in your stride.",
    },
    "feedback": {
        "title": "Ask for feedback",
        "why": "A few days after your thanks, or in the same message: one or two precise questions on what weighed in the decision (CV, cover letter, interview, tests). Broad requests rarely get an answer.",
    },
    "linkedin": {
        "title": "Invite the recruiter on LinkedIn",
        "why": "An invitation with a short note keeps the professional link. How long the note may be depends on the account: 200 or 300 characters, depending on the source (checked in November 2026).",
    },
    "follow_up": {
        "title": "Follow up once, if you have had no answer",
        "why": "Two weeks after your feedback request, and only if it went unanswered: one short follow-up, the only one. If nothing comes after that, you may send one last message that leaves the door open, then leave it there.",
    },
    "news": {
        "title": "Keep an eye on the company’s news",
        "why": "A month after the estimated start of the person hired: new openings, projects, hiring. There is nothing to send: a new opening will be a good reason to apply.",
    },
    "trial_end": {
        "title": "Estimated end of the initial trial period",
        "why": "The initial trial period lasts {limit}; it may be shorter. If the recruiter answered you, a short message can keep the connection alive, without ever mentioning the person hired. One such message only: if you send it now, do not write again at the end of any renewal.",
        "reference": "French Labour Code (Code du travail), article L1221-19",
    },
    "renewal_end": {
        "title": "Estimated end of the renewed trial period",
        "why": "It can be renewed once only, where an extended industry-wide agreement provides for it and the contract says so; in total, the trial then lasts {limit}. This is the other possible moment for the same message, if you have not sent it already.",
        "reference": "French Labour Code (Code du travail), article L1221-21",
    },
}

# When each step applies (planner.STEP_CONDITIONS).
CONDITIONS = {
    "always": "To do",
    "optional": "Optional",
    "if_no_answer": "Only if there is no answer, and once only",
    "watch": "Nothing to send",
    "if_answered_once": "Optional, once only, and only if the recruiter answered you",
}

# A step that falls on a weekend or a public holiday moves to the next working day.
MOVED = "Moved to {moved}: {day} is {reason}."
NOT_WORKING = {
    "saturday": "a Saturday",
    "sunday": "a Sunday",
    "new_year": "a public holiday in France (New Year’s Day)",
    "easter_monday": "a public holiday in France (Easter Monday)",
    "labour_day": "a public holiday in France (Labour Day)",
    "victory_1945": "a public holiday in France (VE Day)",
    "ascension": "a public holiday in France (Ascension Day)",
    "whit_monday": "a public holiday in France (Whit Monday)",
    "bastille_day": "a public holiday in France (Bastille Day)",
    "assumption": "a public holiday in France (Assumption Day)",
    "all_saints": "a public holiday in France (All Saints’ Day)",
    "armistice_1918": "a public holiday in France (Armistice Day)",
    "christmas": "a public holiday in France (Christmas Day)",
}

LIMITS = {
    "initial": {
        "employe": "at most 2 months for workers and employees",
        "technicien": "at most 3 months for technicians and supervisors",
        "cadre": "at most 4 months for managers and professionals (cadres)",
        "unknown": "at most 2 months (workers, employees) to 4 months (cadres), depending on the category",
    },
    "renewed": {
        "employe": "at most 4 months for workers and employees",
        "technicien": "at most 6 months for technicians and supervisors",
        "cadre": "at most 8 months for managers and professionals (cadres)",
        "unknown": "at most 4 months (workers, employees) to 8 months (cadres), depending on the category",
    },
}

NOTES = {
    "start_default": "You cannot know when the person hired starts: the plan assumes one month after the rejection. Change it if you know more.",
    "maxima": "The trial-period end dates are the latest possible: the contract may set a shorter trial, never a longer one than these maxima (French Labour Code, article L1221-22).",
    "working_days": "No step falls on a Saturday, a Sunday or a French national public holiday (French Labour Code, article L3133-1): it moves to the next working day, and the plan says so.",
}

STOP_RULE = {
    "title": "Knowing when to stop",
    "text": "A thank-you, one follow-up, perhaps one last message that leaves the door open, then silence. After that, simply keep an eye on the company, and apply if a role suits you.",
}

EXAMPLE = "Worked out for a rejection on {refusal}, a technician’s job, the default estimated start on {start} (30 January plus one month gives 28 February, the last day of the month) and a plausible renewal."

DATE_RANGE = "between {start} and {end}"

ERRORS = {
    "required": "Enter the date of the rejection.",
    "malformed_date": "This is not a valid date: use the YYYY-MM-DD format, for example 2026-11-25.",
    "out_of_range": "This date is too far off: check the year.",
    "too_old": "This date is before the year 2000: check the year, for example 2026-11-25.",
    "future_date": "The rejection date cannot be in the future.",
    "before_refusal": "The estimated start date cannot be before the rejection date.",
    "too_far": "The estimated start date must be within a year of the rejection.",
    "category.unknown_value": "Choose a category from the list (or “I don’t know”).",
    "bad_bool": "Answer yes or no.",
    "bad_type": "This field is not in the right format.",
    "too_long": "{max} characters at most.",
    "lang.unknown_value": "Unknown language: choose French or English.",
}

ICS = {
    "calendar_name": "Rebond: my follow-ups",
    "filename": "rebond-follow-ups",
    "alarm": "Rebond reminder: {title}",
    "range": "Estimated date, {range}.",
}
