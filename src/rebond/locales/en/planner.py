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
    "refusal_date": "Date of the refusal",
    "refusal_date_hint": "The day you were told the decision.",
    "category": "Job category",
    "category_hint": "It sets the maximum length of the trial period.",
    "start_date": "Estimated start date of the person hired (optional)",
    "start_date_hint": "You cannot know it: if left empty, the planner assumes one month after the refusal.",
    "renewal": "A renewal of the trial period is plausible",
    "renewal_hint": "Allowed once only, where an extended branch agreement provides for it and the contract says so.",
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
        "why": "Within two days, while your conversation is still fresh: a thank-you shows that you are taking the decision in your stride.",
    },
    "feedback": {
        "title": "Ask for feedback",
        "why": "A few days after your thanks, one or two precise questions on what weighed in the decision (CV, cover letter, interview, tests). Broad requests rarely get an answer.",
    },
    "linkedin": {
        "title": "Invite the recruiter on LinkedIn",
        "why": "An invitation with a short note keeps the professional link. How long the note may be depends on the account: 200 or 300 characters, depending on the source (checked in November 2026).",
    },
    "news": {
        "title": "Check the company’s news",
        "why": "A month after the estimated start of the person hired: new openings, projects, hiring. A new opening is a good reason to get back in touch.",
    },
    "trial_end": {
        "title": "Estimated end of the initial trial period",
        "why": "The initial trial period lasts {limit}; it may be shorter. If the trial does not work out, the job may open up again: a short message reminds them of your interest. Of the permanent contracts (CDI) signed in 2011, 12.7% ended during the trial period (DARES, 2015).",
        "reference": "French Labour Code (Code du travail), article L1221-19",
    },
    "renewal_end": {
        "title": "Estimated end of the renewed trial period",
        "why": "It can be renewed once only, where an extended branch agreement provides for it and the contract says so; in total, the trial then lasts {limit}.",
        "reference": "French Labour Code (Code du travail), article L1221-21",
    },
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
    "start_default": "You cannot know when the person hired starts: the plan assumes one month after the refusal. Change it if you know more.",
    "maxima": "The trial-period end dates are the latest possible: the contract may set a shorter trial, never a longer one than these maxima (French Labour Code, article L1221-22).",
}

STOP_RULE = {
    "title": "Knowing when to stop",
    "text": "After several unanswered follow-ups, stop writing: simply keep an eye on the company and get back in touch if a job opens up.",
}

EXAMPLE = "Worked out for a refusal on {refusal}, a technician’s job, the default estimated start on {start} (30 January plus one month gives 28 February, the last day of the month) and a plausible renewal."

DATE_RANGE = "between {start} and {end}"

ERRORS = {
    "required": "Enter the date of the refusal.",
    "malformed_date": "This is not a valid date: use the YYYY-MM-DD format, for example 2026-11-25.",
    "out_of_range": "This date is too far off: check the year.",
    "future_date": "The refusal date cannot be in the future.",
    "before_refusal": "The estimated start date cannot be before the refusal date.",
    "too_far": "The estimated start date must be within a year of the refusal.",
    "unknown_category": "Choose a category from the list (or “I don’t know”).",
    "invalid_choice": "Answer yes or no.",
    "too_long": "{limit} characters at most.",
    "unknown_lang": "Unknown language: choose French or English.",
}

ICS = {
    "calendar_name": "Rebond: my follow-ups",
    "filename": "rebond-follow-ups",
    "alarm": "Rebond reminder: {title}",
    "range": "Estimated date, {range}.",
}
