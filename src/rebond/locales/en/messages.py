"""English phrase catalog: natural British/international business English.

English needs no agreement with the writer's gender, so ``sender_gender`` plays no part here;
the recipient's title ("Ms", "Mr") does.
"""

from __future__ import annotations

from ...context import Ctx

LANG = "en"
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def application(c: Ctx, *, with_company: bool = False) -> str:
    """"my application for the X role", "my application to Y" or "my application".

    `with_company` names both ("the X role at Y") where the message mentions the company nowhere else.
    """
    if c.position:
        where = f" at {c.company}" if with_company and c.company else ""
        return f"my application for the {c.position} role{where}"
    if c.company:
        return f"my application to {c.company}"
    return "my application"


def company(c: Ctx) -> str:
    return c.company or "your company"


def format_date(year: int, month: int, day: int) -> str:
    return f"{day} {MONTHS[month - 1]} {year}"


# --- salutations and closings ----------------------------------------------------------------

def _titled(c: Ctx) -> str:
    title = {"f": "Ms", "m": "Mr"}.get(c.rg)
    if c.rname:
        return f"{title} {c.rname}" if title else c.rname
    return ""


def salutation(c: Ctx) -> str:
    who = _titled(c)
    if who:
        return f"Dear {who},"
    if c.channel == "letter" or c.formal:
        return "Dear Sir or Madam,"
    return "Hello,"


def email_closing(c: Ctx) -> str:
    if c.formal:
        return c.pick("Kind regards,", "Best regards,", "With kind regards,")
    return c.pick("Best wishes,", "Warm regards,", "All the best,")


def letter_closing(c: Ctx) -> str:
    """"Yours sincerely" to a named person, "Yours faithfully" after "Dear Sir or Madam"."""
    return "Yours sincerely," if _titled(c) else "Yours faithfully,"


def recipient_line(c: Ctx) -> str:
    return _titled(c)


def place_date(c: Ctx, date: str) -> str:
    return date  # English business letters carry the date alone


def subject_line(subject: str) -> str:
    return f"Re: {subject}"


# --- subjects --------------------------------------------------------------------------------

def subject(c: Ctx) -> str:
    """The e-mail subject (and the letter's "Re:" line), built around the position when known."""
    about = f"{c.position} application" if c.position else (f"application to {c.company}" if c.company else "")
    app = application(c)
    k = c.kind
    if k == "thanks":
        return c.pick(f"Thank you – {about}" if about else "Thank you for your reply",
                      f"With thanks – {about}" if about else "With thanks for your reply",
                      f"Following your reply about {app}")
    if k == "feedback":
        return c.pick(f"Request for feedback – {about}" if about else "Request for feedback on my application",
                      f"Your feedback on {app}", f"A little advice on {app}")
    if k == "thanks_feedback":
        return c.pick(f"Thank you – {about}" if about else "Thank you for your reply",
                      f"Thanks, and a request for feedback – {about}" if about else "Thanks, and a request for feedback",
                      f"Following your reply about {app}")
    if k == "keep_in_touch":
        return c.pick(f"Keeping in touch – {c.company}" if c.company else "Keeping in touch",
                      f"Following our conversations – {about}" if about else "Following our conversations",
                      "Staying in touch")
    if k == "recontact_skill":
        return c.pick(f"An update since {app}", f"New skill: {c.new_skill}",
                      f"Following our conversations – {about}" if about else "Following our conversations")
    return c.pick(f"Following up – {about}" if about else "Following up on my previous message",
                  f"My request for feedback – {about}" if about else "My request for feedback",
                  f"Checking in on {app}")


# --- paragraphs ------------------------------------------------------------------------------

def _thanks_open(c: Ctx) -> str:
    app = application(c)
    return c.pick(
        f"Thank you for letting me know your decision about {app}, and for the time you gave me.",
        f"Thank you for your reply about {app}, and for the attention you gave my profile throughout the process.",
        f"I am grateful that you took the time to tell me the outcome of {app}.",
    )


def _appreciated(c: Ctx) -> str:
    co = company(c)
    team = f"{c.company} and the team" if c.company else "your team"
    if c.detail:
        return c.pick(
            f"I really enjoyed the process, particularly {c.detail}.",
            f"Our conversations helped me get to know {co} better, and {c.detail} stood out for me.",
            f"I have very good memories of {c.detail}, which confirmed my interest in {co}.",
        )
    return c.pick(
        f"I really enjoyed getting to know {team} along the way.",
        f"Our conversations helped me get to know {co} better, and I have very good memories of them.",
        f"The process confirmed my interest in {co}.",
    )


def _disappointment(c: Ctx) -> str:
    co = company(c)
    return c.pick(
        "I won't hide that I am disappointed, as I was very motivated by this role; that motivation is still there.",
        f"Your answer is a disappointment, I admit, as I liked the role a great deal; it does not change my interest in {co}.",
        "I am naturally a little disappointed, as I could see myself in this role; my wish to work with you has not changed.",
    )


def _keep_cv(c: Ctx) -> str:
    where = f"at {c.company}" if c.company else "in your company"
    return c.pick(
        f"If another role that suits my profile opens up {where} or with one of your contacts, "
        "I would be glad if you thought of me, and you are welcome to keep my CV on file.",
        f"I would be grateful if you kept my CV on file for another opportunity {where} or among your contacts.",
        "If another opportunity comes up, with you or among your contacts, I would be delighted to hear "
        "about it; you are of course welcome to keep my CV.",
    )


def _good_luck(c: Ctx) -> str:
    return c.pick(
        f"I wish you and {c.company or 'the whole team'} every success.",
        f"All the best to you and to {c.company or 'your team'}.",
        f"I wish {c.company or 'your team'} and the person you chose every success.",
    )


_QUESTIONS = {
    ("cv",): "What in my CV could have been clearer or given more prominence?",
    ("letter",): "Did my cover letter come across as convincing, and what should I change first?",
    ("cv", "letter"): "What would you have liked to read more of, or differently, in my CV and cover letter?",
    ("interview",): "At the interview, which of my answers did you find least convincing?",
    ("tests",): "In which parts of the tests did my results fall short of your expectations?",
    ("interview", "tests"): "Between the interview and the tests, which stage weighed most in your decision, and on what point?",
}
_GENERAL = ("What weighed most in your decision?", "Is there one thing I should work on first?")


def questions(c: Ctx) -> list[str]:
    """At most two precise questions: documents (CV, letter), then the interview and tests."""
    docs = tuple(t for t in ("cv", "letter") if t in c.topics)
    live = tuple(t for t in ("interview", "tests") if t in c.topics)
    asked = [_QUESTIONS[group] for group in (docs, live) if group]
    return asked or list(_GENERAL)


def _feedback_open(c: Ctx) -> str:
    app = application(c, with_company=True)
    return c.pick(
        f"Thank you for your reply about {app}.",
        f"Thank you for letting me know your decision about {app}.",
        f"Thank you for telling me the outcome of {app}.",
    )


def _feedback_ask(c: Ctx) -> str:
    intro = c.pick(
        "Your view would be very valuable to me as I continue my search.",
        "For my next applications, I would like to understand what weighed in your decision.",
        "A few words of feedback from you would help me a great deal.",
    )
    ease = c.pick(
        "A few words would be plenty, and I will quite understand if you do not have the time.",
        "Even a brief answer would be very helpful.",
        "A couple of lines would already help, if your schedule allows.",
    )
    return " ".join([intro, *questions(c), ease])


def _skill(c: Ctx) -> str:
    return c.pick(
        f"I also suspect I did not do justice to my experience with {c.skill}. If that counted, "
        "I would be happy to send you a few concrete examples of my work in this area.",
        f"One more point: my experience with {c.skill} is stronger than our conversations may have "
        "suggested, and I can illustrate it with examples if that is useful.",
        f"A final word on {c.skill}: it is something I work with regularly, even if I probably said "
        "too little about it when we spoke.",
    )


def _feedback_close(c: Ctx) -> str:
    return c.pick("Thank you in advance for your time.", "Many thanks for your help.",
                  "Thank you for considering my request.")


def _recall(c: Ctx) -> str:
    about = (f"about the {c.position} role" if c.position else
             f"when I applied to {c.company}" if c.company else "about my application")
    detail = f", and I still remember {c.detail}" if c.detail else ""
    return c.pick(
        f"We spoke a few months ago {about}{detail}.",
        f"You may remember our conversations {about}{detail}.",
        f"A few months ago, we were in touch {about}{detail}.",
    )


def _keep_in_touch_body(c: Ctx) -> list[str]:
    at = f"at {c.company}" if c.company else "in your company"
    news = c.pick(
        f"Since then, I have kept following {c.company}'s news with interest." if c.company else
        "Since then, I have kept following your company's news with interest.",
        f"{c.company} remains a company I am very interested in." if c.company else
        "Your company remains one of those I am most interested in.",
        f"I still follow {c.company}'s projects closely." if c.company else "I still follow your projects closely.",
    )
    if c.new_skill:
        news += " " + c.pick(f"In particular, I have developed a new skill: {c.new_skill}.",
                             f"In the meantime, I have gained a new skill: {c.new_skill}.",
                             f"I have also made progress in an area useful to your teams: {c.new_skill}.")
    meeting = c.pick(
        "Would you have fifteen minutes in the coming weeks for a short conversation, by phone or "
        f"over a coffee? I would particularly like to know whether any roles are opening {at}.",
        "If you have time, I would be glad to catch up briefly, and to hear which roles "
        f"might open {at}.",
        "Would you be open to a short conversation, remotely or in person, in the coming weeks? "
        + (f"I would like to hear about {c.company}'s upcoming needs." if c.company else
           "I would like to hear about your upcoming needs."),
    )
    ease = c.pick("If the timing is not right, I will quite understand.",
                  "I know your time is precious: even a brief reply would be welcome.",
                  "No obligation, of course.")
    thanks = c.pick("Thank you in advance for your reply.", "Many thanks for reading.",
                    "Thank you for your attention.")
    return [_recall(c), news, meeting + " " + ease, thanks]


def _recontact_body(c: Ctx) -> list[str]:
    if c.skill:
        gap = c.pick(f"You mentioned that my experience with {c.skill} was still limited.",
                     f"You told me that {c.skill} was what I lacked at the time.",
                     f"In our conversations, {c.skill} came up as something to strengthen.")
    else:
        gap = c.pick("Your feedback helped me see what I still needed to learn.",
                     "Our conversations showed me what I still needed to learn.",
                     "I took away from our conversations the one area I needed to strengthen.")
    progress = c.pick(f"I have worked on it since, and here is where I stand: {c.new_skill}.",
                      f"I have put these months to good use, and can now tell you this: {c.new_skill}.",
                      f"I have since closed that gap: {c.new_skill}.")
    co = company(c)
    interest = c.pick(
        f"My interest in {co} is unchanged: if a role close to the one I applied for opens up, I would very much like to know.",
        f"I would be glad to apply again if an opportunity comes up at {co}.",
        (f"If {c.company} is hiring for this kind of role again" if c.company else
         "If you are hiring for this kind of role again") + ", I would be keen to be considered.",
    )
    thanks = c.pick("Thank you again for your advice at the time.",
                    "Thank you again for your feedback, which was very useful.",
                    "Thank you for reading this message.")
    return [_recall(c), gap + " " + progress, interest, thanks]


def _follow_up_body(c: Ctx) -> list[str]:
    app = application(c, with_company=True)
    first = c.pick(
        f"I am writing again about my previous message, in which I asked for your feedback on {app}.",
        f"Some time ago, I wrote to ask for your view on {app}.",
        f"I am getting back to you, just this once, about my request for feedback on {app}.",
    )
    ease = c.pick(
        "I know your schedule is busy: a few words would be enough, and I will quite understand if you cannot reply.",
        "A reply of a few lines would be very helpful; if that is not possible, I will understand.",
        "If you do not have time to answer, that is fine: thank you in any case for our conversations.",
    )
    thanks = c.pick("Thank you for your attention.", "Thank you again for your time.", "Thank you for reading.")
    return [first, ease, thanks]


def paragraphs(c: Ctx) -> list[str]:
    """The body of an e-mail or letter, one string per paragraph."""
    k = c.kind
    if k in ("thanks", "thanks_feedback"):
        parts = [_thanks_open(c) + " " + _appreciated(c)]
        if c.disappointment:
            parts.append(_disappointment(c))
        if k == "thanks_feedback":
            parts.append(_feedback_ask(c))
            if c.skill:
                parts.append(_skill(c))
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
    if k == "keep_in_touch":
        return _keep_in_touch_body(c)
    if k == "recontact_skill":
        return _recontact_body(c)
    return _follow_up_body(c)


# --- LinkedIn invitation note ----------------------------------------------------------------

def linkedin_notes(c: Ctx) -> list[str]:
    """Candidate notes, richest first; the composer keeps the first that fits."""
    who = _titled(c)
    hello = f"Dear {who}," if who and c.formal else f"Hello {who}," if who else "Hello,"
    about = f" about the {c.position} role" if c.position else ""
    thanks = c.pick("thank you again for our conversations", "thank you for your time and your reply",
                    "thank you for your reply and our conversations")
    detail = f", especially {c.detail}" if c.detail else ""
    stay = c.pick("I would be glad to stay in touch", "I would very much like to stay in touch",
                  "Let's stay in touch, if you are happy to")
    follow = f" and follow {c.company}'s news" if c.company and not stay.startswith("Let's") else ""
    sign = f" {c.name}" if c.name else ""
    # The detail matters more than the signature (LinkedIn shows who sends the invitation).
    full = f"{hello} {thanks}{about}{detail}. {stay}{follow}."
    lean = f"{hello} {thanks}{about}{detail}. {stay}."
    no_detail = f"{hello} {thanks}{about}. {stay}{follow}."
    short = f"{hello} {thanks}. {stay}."
    return [full + sign, full, lean + sign, lean, no_detail + sign, no_detail, short + sign, short]


# --- phone talking points --------------------------------------------------------------------

def phone_points(c: Ctx) -> tuple[str, list[str]]:
    """A title and the points to cover in a call (notes for the reader, not a script)."""
    who = _titled(c) or "the recruiter"
    role = f"{c.position} role"
    about = f" ({c.company}, {role})" if c.company and c.position else (
        f" ({c.company})" if c.company else f" ({role})" if c.position else "")
    title = f"Call with {who}{about}: points to cover"
    points = [c.pick("Thank them for their time and for telling you the decision.",
                     "Start with thanks: for the time they gave you and for their answer.",
                     "Thank them for keeping you informed, and for the conversations during the process.")]
    points.append(f"Say what you appreciated: {c.detail}." if c.detail else
                  "Say in one sentence what you appreciated in the process.")
    if c.disappointment:
        points.append("If you wish, say briefly that you are disappointed and still motivated.")
    points.append("Ask for feedback (one or two questions, no more): " + " ".join(questions(c)))
    if c.skill:
        points.append(f"If useful, calmly clarify your experience with {c.skill}, without arguing about the decision.")
    points.append(c.pick("Listen, note the advice, do not debate the choice.",
                         "Let them talk, take notes, do not argue about the decision.",
                         "Listen to the end and take notes; the decision is made, so do not contest it."))
    if c.keep_cv:
        points.append("Suggest they keep your CV for other roles, there or among their contacts.")
    points.append("Ask whether you may add them to your LinkedIn contacts.")
    if c.good_luck:
        points.append(c.pick("End by wishing them well.",
                             "Finish by wishing the team and the person they chose every success.",
                             "Close on a positive note: all the best to the team."))
    return title, points


BULLET = "- "
