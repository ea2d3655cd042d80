"""English texts of the checklists (ids are fixed in rebond.checklists)."""

from typing import Any

CHECKLISTS: dict[str, dict[str, Any]] = {
    "first_hour": {
        "title": "In the first hour",
        "intro": "Right after hearing the news: look after yourself and burn no bridges.",
        "items": {
            "breathe": "I give myself time to take in the news, away from my inbox.",
            "no_reply_hot": "I don’t reply in the heat of the moment: no message to the recruiter while I’m still angry or upset.",
            "vent_privately": "If I need to let off steam, I do it with someone close, never with the recruiter or on social media.",
            "not_a_verdict": "I remind myself that someone else being chosen doesn’t prove my application was poor.",
            "note_details": "I jot down what I remember: my contact’s name, what they said, one detail that stood out in the interview.",
            "other_applications": "I look at my other applications and upcoming interviews: they deserve my full attention.",
            "plan_thanks": "I set aside a moment within the next two days to write my thank-you message.",
        },
    },
    "within_48h": {
        "title": "Within two days",
        "intro": "The thank-you goes out while the interview is still fresh in everyone’s mind.",
        "items": {
            "write_thanks": "I write to my contact to thank them for their time and for letting me know.",
            "appreciated": "I say what I appreciated about the company or our conversations, with one specific detail.",
            "keep_cv": "I ask them to keep my CV for another opening, at the company or among their contacts.",
            "motivation": "If I want to, I mention my disappointment in one sentence and that I’m still keen, without pushing.",
            "no_new_interview": "I don’t ask for another interview.",
            "wish_well": "I close by wishing the company and my contact well.",
            "continue_search": "I get back to my search: one application sent or one interview prepared straight away.",
        },
    },
    "before_sending": {
        "title": "Before I send my message",
        "intro": "One last check, box by box.",
        "items": {
            "name_spelling": "My contact’s name and the company’s name are spelt correctly.",
            "salutation": "The greeting suits the channel: in an email, “Dear Ms Martin,”; in a French letter, “Madame,” or “Monsieur,” alone, never followed by the surname.",
            "register": "The tone stays polite and professional from start to finish.",
            "one_detail": "The message mentions one concrete detail from the interview, so it doesn’t read like a template.",
            "no_reproach": "No sentence disputes the decision or sounds like a reproach.",
            "short": "The message is a few lines long and can be read without scrolling.",
            "closing": "The sign-off suits the channel: “Kind regards” or “Best wishes” in an email; in a French letter, a closing formula that repeats the greeting.",
            "agreement": "Spelling and grammar are checked, names and titles included.",
            "reread": "I read it aloud one last time before sending.",
        },
    },
    "feedback_request": {
        "title": "Preparing my feedback request",
        "intro": "Useful feedback is asked for precisely and without pressure.",
        "items": {
            "purpose": "I know why I’m asking: to do better in my next applications.",
            "precise_questions": "I ask one or two precise questions that take a few minutes to answer.",
            "which_stage": "I focus on one stage: CV, cover letter, interview or tests.",
            "misunderstanding": "If a skill was misunderstood, I clear it up briefly, without arguing my case.",
            "no_new_interview": "I don’t ask for another interview.",
            "thanks_first": "I thank them in advance and say that a short answer is enough.",
            "accept_silence": "If no answer comes, I don’t take it personally: one follow-up, then I move on.",
            "write_down": "When the feedback arrives, I write it down and pick one thing to work on.",
        },
    },
    "followups": {
        "title": "My follow-ups",
        "intro": "A table to fill in by hand, one line per message sent or received.",
        "items": {
            "one_line": "One line per exchange: what goes out as well as what comes in.",
            "trial_dates": "I also write down the estimated trial-period end dates from the planner.",
            "stop": "A thank-you, one follow-up, perhaps one last message that leaves the door open: after that, I stop writing and simply keep an eye on the company.",
        },
        "columns": {
            "date": "Date",
            "sent": "What I sent",
            "answer": "Answer",
            "next_step": "Next step",
        },
    },
}

LABELS: dict[str, str] = {
    "site_name": "Rebond",
    "date_line": "Date:",
    "job_line": "Job:",
    "remember": "Keep my ticks on this device",
    "reset": "Clear the ticks",
    "print": "Print",
    "storage_note": "Nothing is sent. If you ask to keep your ticks, they stay in this browser only; “Clear the ticks” removes them.",
    "tips": "Remember",
    "notes": "Notes",  # the ruled lines that fill a printed list's sheet
    "link_sep": " — ",  # between a checklist's link and its introduction
    "row": "Line",
}
