"""English wordings of the message plans' parts (:mod:`rebond.plans`), in British English.

Same notation as the French catalog (:mod:`rebond.render`): ``{slot}``, ``{slot|text}``,
optional ``[...]``. English has no agreement with the writer, so there is no ``W(...)`` here.
Written as a British professional would write, not translated: short sentences, "Kind
regards", "Yours sincerely" to a named person and "Yours faithfully" after "Dear Sir or
Madam"; one thank-you per message; the company named at most twice; never a request for a new
interview.
"""

from __future__ import annotations

BULLET = "- "
# British layout: sender, date, recipient, salutation, then the subject; the closing and the
# name on consecutive lines.
LETTER_LAYOUT = ("sender", "dated", "recipient", "salutation", "subject", "body", "closing_signed")

PARTS: dict[str, object] = {
    # --- salutations, closings, letter lines (the first usable wording is taken) ----------
    "salutation.letter": ("Dear {title_surname},", "Dear {full_name},", "Dear Sir or Madam,"),
    "salutation.email": {
        "formal": ("Dear {title_surname},", "Dear {full_name},", "Dear Sir or Madam,"),
        "warm": ("Dear {given_name},", "Dear {title_surname},", "Hello,"),
    },
    "closing.email": {
        "formal": ("Kind regards,", "Best regards,", "With kind regards,"),
        "warm": ("Best wishes,", "Warm regards,", "All the best,"),
    },
    "closing.letter": ("Yours sincerely,{when_named}", "Yours faithfully,{when_unnamed}"),
    "dated": ("{date}",),
    "subject_line": ("Re: {subject}",),

    # --- subjects ----------------------------------------------------------------------------
    "subject.thanks": {
        "formal": ("Thank you – {role_title} application", "Thank you – my application to {company}",
                   "Thank you for your reply"),
        "warm": ("Thanks for your reply – {role_title}", "Thanks for your reply – {company}",
                 "Thanks for your reply"),
    },
    "subject.feedback": {
        "formal": ("Request for feedback – {role_title} application", "Request for feedback – {company}",
                   "Request for feedback on my application"),
        "warm": ("Your thoughts on my application – {role_title}", "Your thoughts on my application",),
    },
    "subject.thanks_feedback": {
        "formal": ("Thank you, and a request for feedback – {role_title}", "Thank you, and a request for feedback"),
        "warm": ("Thanks, and a quick question – {role_title}", "Thanks, and a quick question"),
    },
    "subject.keep_in_touch": {
        "formal": ("Keeping in touch – {role_title} application", "Keeping in touch"),
        "warm": ("Catching up – {role_title}", "Catching up", "Keeping in touch"),
    },
    "subject.recontact_skill": {
        "formal": ("An update since my {role_title} application", "An update since my application"),
        "warm": ("News since my application – {role_title}", "News since my application"),
    },
    "subject.follow_up": {
        "formal": ("My request for feedback – {role_title}", "My request for feedback"),
        "warm": ("My question about the {role_title} application", "My question about my application"),
    },

    # --- thanks ------------------------------------------------------------------------------
    "thanks.open": {
        "formal": (
            "Thank you for your reply about {application}, and for the time you gave me.",
            "Thank you for taking the trouble to tell me the outcome of {application}.",
            "I am grateful that you took the time to let me know the outcome of {application}.",
        ),
        "warm": (
            "Thank you so much for getting back to me about {application}, and for all your time.",
            "Many thanks for taking the time to write about {application}.",
            "Thanks for keeping me posted about {application}.",
        ),
    },
    "appreciated.detail": {
        "formal": (
            "I particularly valued {detail_np}, and the process confirmed my interest in {company|your company}.",
            "{Detail_np} stood out for me, and I have very good memories of the whole process.",
            "{Detail_sentence} The process confirmed my interest in {company|your company}.",
        ),
        "warm": (
            "I really enjoyed {detail_np}, and it gave me a very good impression of {company|your team}.",
            "{Detail_np} stood out for me: a real highlight.",
            "{Detail_sentence} It left me with a very good impression of {company|your team}.",
        ),
    },
    "appreciated.general": {
        "formal": (
            "Our conversations helped me get to know {company|your company} better, and I have very good "
            "memories of them.",
            "The process confirmed my interest in {company|your company} and its work.",
            "I valued the quality of our conversations throughout the process.",
        ),
        "warm": (
            "I really enjoyed discovering {company|your team} along the way.",
            "Our conversations left me with a very good impression of {company|your team}.",
            "I genuinely enjoyed our conversations from start to finish.",
        ),
    },
    "disappointment": {
        "formal": (
            "I will not hide that I am disappointed, as this role meant a lot to me; my enthusiasm is undiminished.",
            "Naturally, I am disappointed, as the role matched my aims; my wish to join your team is as strong as "
            "ever.",
            "I admit to some disappointment, but my enthusiasm for this kind of role remains.",
        ),
        "warm": (
            "I must admit I am somewhat disappointed, as I could see myself in the role. My wish to work with you "
            "is intact, though.",
            "I am disappointed, of course, as the role appealed to me enormously, but I am just as keen.",
            "I won’t pretend I am not disappointed; I would still love to join your team.",
        ),
    },
    "keep_cv": {
        "formal": (
            "If another role that suits my profile opens up {at_company|with you} or with one of your "
            "contacts, I would be glad if you thought of me, and you are welcome to keep my CV on file.",
            "I would be obliged if you kept my CV on file for another opportunity, {at_company|with you} "
            "or among your contacts.",
            "You are of course welcome to keep my CV: should another opportunity arise {at_company|with you} or "
            "with one of your contacts, I would be glad to hear about it.",
        ),
        "warm": (
            "Do feel free to keep my CV: if another role comes up {at_company|with you} or with one of your "
            "contacts, I would love you to think of me.",
            "If another opportunity comes up, with you or with someone you know, please do think of me; you are "
            "welcome to keep my CV.",
            "And if another role opens up {at_company|on your side}, I would be delighted if you kept my CV to hand.",
        ),
    },
    "good_luck": {
        "formal": (
            "I wish you and {company|your team} every success.",
            "I wish you and your colleagues every success in your projects.",
            "With my best wishes for your team’s future projects.",
        ),
        "warm": (
            "All the best to you and to everyone {at_company|in your team}.",
            "Wishing you and the team all the very best.",
            "I hope things go well for you and your team.",
        ),
    },

    # --- feedback ----------------------------------------------------------------------------
    "feedback.open": {
        "formal": (
            "Thank you for your message about {application_at}.",
            "Thank you for telling me the outcome of {application_at}.",
            "Thank you for your reply about {application_at}.",
        ),
        "warm": (
            "Thanks again for getting back to me about {application_at}.",
            "Thank you for your reply about {application_at}.",
            "Thanks for keeping me posted about {application_at}.",
        ),
    },
    "ask": {
        "formal": (
            "Your view would be very valuable to me as I continue my search. {questions}",
            "For my future applications, I would like to learn from this one. {questions}",
            "Your feedback would mean a lot to me as I prepare my next applications. {questions}",
        ),
        "warm": (
            "Your perspective would help me a lot with my next steps. {questions}",
            "I would love your honest view so that I can improve. {questions}",
            "For my next applications, your feedback would be most useful. {questions}",
        ),
    },
    "ask.ease": {
        "formal": (
            "A few words would be plenty, and I will quite understand if your schedule does not allow it.",
            "Even a brief answer would be very helpful.",
            "A couple of lines would be enough, if you are able to.",
        ),
        "warm": (
            "Even two or three lines would help a lot.",
            "A few words would be plenty; there is no need for more.",
            "A brief note would be more than enough.",
        ),
    },
    "skill": {
        "formal": (
            "I also suspect I did not do justice to my experience with {skill_np}; if that mattered, I would be "
            "happy to send you a few concrete examples of my work.",
            "One aspect may have been underplayed in our conversations: {skill_label}. If it mattered, I can "
            "illustrate it with concrete examples.",
            "One remark, if I may. {Skill_sentence} If this mattered, I can illustrate it with concrete examples.",
        ),
        "warm": (
            "I also wonder whether I said too little about my experience with {skill_np}: if that mattered, I "
            "would be glad to send you some examples.",
            "Something may have slipped through when we spoke: {skill_label}. If it mattered, I would be glad to "
            "send you some examples.",
            "Just a word to add. {Skill_sentence} If it mattered, I would be glad to send you some examples.",
        ),
    },
    "question.cv": ("What in my CV could have been clearer or given more prominence?",),
    "question.letter": ("Did my cover letter come across as convincing, and what should I change first?",),
    "question.cv+letter": ("What would you have liked to read more of, or differently, in my CV and cover letter?",),
    "question.interview": ("At the interview, where did I come across as least convincing?",),
    "question.tests": ("In which parts of the tests did my results fall short of what you were looking for?",),
    "question.interview+tests": ("Between the interview and the tests, which stage counted most in your "
                                 "decision, and on what point?",),
    "question.general": ("What counted most in your decision? Is there one thing I should work on first?",),

    # --- months later -------------------------------------------------------------------------
    "recall": {
        "formal": (
            "We were in touch a few months ago about {role}, and I have very good memories of {detail_np}.",
            "We were in touch a few months ago about {role}.",
            "You may remember {application} a few months ago; I have very good memories of {detail_np}.",
            "You may remember {application} a few months ago.",
            "We were in touch a few months ago about {role|my application}. {Detail_sentence}",
        ),
        "warm": (
            "We spoke a few months ago about {role}, and I have fond memories of {detail_np}.",
            "We spoke a few months ago about {role}.",
            "You may remember me: a few months ago I sent you {application}, and I have fond memories of "
            "{detail_np}.",
            "You may remember me: a few months ago I sent you {application}.",
            "We spoke a few months ago about {role|my application}. {Detail_sentence}",
        ),
    },
    "news": {
        "formal": (
            "Since then, I have continued to follow {company_s|your company’s} news closely.",
            "{Company|Your company} remains one of the organisations I would most like to work for.",
            "I still follow {company_s|your company’s} projects with interest.",
        ),
        "warm": (
            "Since then, I have been keeping an eye on {company_s|your} news.",
            "{Company|Your company} is very much at the top of my list.",
            "I have kept following your projects with real interest.",
        ),
    },
    "news.new_skill": {
        "formal": ("In the meantime, {new_skill_clause}.", "I have also kept developing: {new_skill_clause}.",
                   "I have also kept developing. {New_skill_sentence}"),
        "warm": ("In the meantime, {new_skill_clause}.", "I have been busy too: {new_skill_clause}.",
                 "I have been busy too. {New_skill_sentence}"),
    },
    "new_skill.clause": (
        "I have obtained {new_skill_credential}",
        "I have completed {new_skill_training}",
        "I have gained {new_skill_experience}",
        "I have become proficient in {new_skill_proper}",
        "I have built up my skills in {new_skill_area}",
        "I have improved {new_skill_possessive}",
        "I have spent time {new_skill_gerund}",
    ),
    "meeting": {
        "formal": (
            "Would you be open to a short conversation in the coming weeks, by phone or in person? I would like "
            "to hear about your plans for the year ahead.",
            "If you have a moment, I would welcome a brief conversation about roles that may open "
            "{at_company|with you}.",
            "Might you have fifteen minutes for a short call in the coming weeks? I would be curious to hear "
            "about your plans.",
        ),
        "warm": (
            "Would you have fifteen minutes in the next few weeks to catch up, over a coffee or by phone?",
            "I would love to buy you a coffee, if your diary allows, and hear about your plans.",
            "If you have a moment in the coming weeks, I would really like to catch up properly.",
        ),
    },
    "meeting.ease": {
        "formal": ("If the timing is not right, I will quite understand.",
                   "I will of course understand if your diary does not allow it.",
                   "There is, of course, no obligation."),
        "warm": ("No obligation, of course.", "And if now is not a good time, no problem at all.",
                 "I will understand entirely if the timing is not right."),
    },
    "keep.thanks": {
        "formal": ("Thank you for considering this message.", "Thank you for your attention.",
                   "Thank you in advance for your reply."),
        "warm": ("Thanks in advance for getting back to me.", "Thanks for reading.",
                 "Thank you for taking the time to read this."),
    },
    "gap": {
        "formal": (
            "At the time, you mentioned that my experience with {skill_np} was still limited.",
            "At the time, one point came up as needing work: {skill_label}.",
        ),
        "warm": (
            "You mentioned back then that my experience with {skill_np} was still a little thin.",
            "One thing came out of our conversations: {skill_label}.",
        ),
    },
    "gap.general": {
        "formal": ("Your feedback helped me see what I had yet to learn.",
                   "Our conversations showed me what I had yet to learn."),
        "warm": ("Your feedback really helped me see what was missing.",
                 "Our conversations showed me what I still had to work on."),
    },
    "progress": {
        "formal": ("Since then, {new_skill_clause}.", "I have put this time to good use: {new_skill_clause}.",
                   "I have put this time to good use. {New_skill_sentence}"),
        "warm": ("Since then, {new_skill_clause}.", "I have been working hard on it: {new_skill_clause}.",
                 "I have been working hard on it. {New_skill_sentence}"),
    },
    "interest": {
        "formal": (
            "My interest in {company|your company} is unchanged: should a role close to the one I applied for "
            "open up, I would very much like to know.",
            "I would be glad to apply again should an opportunity arise {at_company|with you}.",
            "If you are recruiting for this kind of role again, I would be pleased to be considered.",
        ),
        "warm": (
            "I would love to join {company|your team}: if a similar role comes up, I would be delighted to hear "
            "about it.",
            "If an opportunity comes up {at_company|with you}, I would happily apply again.",
            "If you are hiring for this kind of role again, do think of me.",
        ),
    },
    "recontact.close": {
        "formal": ("Thank you again for your advice at the time.",
                   "Thank you again for your feedback, which was very useful.",
                   "Thank you for taking the time to read this message."),
        "warm": ("Thanks again for your advice back then.", "Thanks again for your feedback: it really helped.",
                 "Thanks for taking the time to read this."),
    },

    # --- follow-up ------------------------------------------------------------------------------
    "follow.open": {
        "formal": (
            "I am writing once more about my request for feedback on {application_at}.",
            "A few weeks ago, I asked for your view on {application_at}.",
            "I wrote recently to ask for your feedback on {application_at}.",
        ),
        "warm": (
            "I wrote a little while ago to ask for your feedback on {application_at}.",
            "Just a brief note about my request for feedback on {application_at}.",
            "A few weeks ago, I asked for your view on {application_at}.",
        ),
    },
    "follow.question": {
        "formal": ("To recap, this is what would help me. {questions} A few words would be enough.",
                   "My question was this. {questions} Even a brief answer would be very helpful."),
        "warm": ("To recap, here is what would help me. {questions} Two or three lines would be plenty.",
                 "Here is my question again. {questions} A few words would already help a lot."),
    },
    "follow.last": {
        "formal": (
            "This is my last message on the subject, and I will understand if you cannot reply. Thank you for our "
            "conversations; I hope we stay in touch.",
            "I will not write again about this: if the timing is not right, I will understand. Thank you in any "
            "case for our conversations, and I hope our paths cross again.",
        ),
        "warm": (
            "This is my last message about it, I promise, and I will understand if you cannot reply. Thanks for "
            "our conversations; I would love to stay in touch.",
            "I won’t chase you again: if it is not possible, no problem at all. Thanks in any case for our "
            "conversations, and I hope our paths cross again.",
        ),
    },

    # --- after feedback received ------------------------------------------------------------
    "subject.thanks_for_feedback": {
        "formal": ("Thank you for your feedback – {role_title}", "Thank you for your feedback"),
        "warm": ("Thanks for your feedback – {role_title}", "Thanks for your feedback"),
    },
    "tff.open": {
        "formal": ("Thank you for taking the time to give me feedback on {application_at}.",
                   "Your feedback on {application_at} is very valuable to me, and I thank you for it.",
                   "I am grateful that you took the time to comment on {application_at}."),
        "warm": ("Thank you so much for taking the time to give me feedback on {application_at}.",
                 "Many thanks for your feedback on {application_at}: it is really useful.",
                 "Thanks for such detailed feedback on {application_at}."),
    },
    "tff.takeaway": {
        "formal": ("I will particularly bear this in mind: {takeaway_label}. It will help me prepare my next "
                   "applications.",
                   "{Takeaway_sentence} I will take it into account in my next applications."),
        "warm": ("What I will take away most is this: {takeaway_label}. I am going to work on it straight away.",
                 "{Takeaway_sentence} I am going to work on it straight away."),
    },
    "tff.takeaway.general": {
        "formal": ("Your remarks will help me prepare my next applications.",
                   "I will take them into account as my search continues."),
        "warm": ("Your remarks will really help me from here.", "I will put them to use in my next interviews."),
    },
    "tff.close": {
        "formal": ("There is no need to reply to this message; I wish you every success.",
                   "This message needs no reply. With my best wishes for your future projects.",
                   "No reply is needed. I wish you and your team all the best."),
        "warm": ("No need to reply; I hope our paths cross again.", "No need to reply: all the best to you and the team.",
                 "This needs no answer; I wish you all the very best."),
    },

    # --- a recruiter comes back --------------------------------------------------------------
    "subject.reply_comeback": {
        "formal": ("Your proposal – {role_title}", "Your proposal"),
        "warm": ("Your message – {role_title}", "Your message"),
    },
    "comeback.thanks": {
        "formal": ("Thank you for thinking of me for {role|this role}[ {at_company}].",
                   "I was very pleased to hear from you, and thank you for thinking of me[ for {role}][ {at_company}].",
                   "Thank you for thinking of {application_at} again."),
        "warm": ("Thank you so much for thinking of me for {role|this role}[ {at_company}]!",
                 "How lovely to hear from you, and thank you for thinking of me[ for {role}][ {at_company}].",
                 "Thanks for your message, and for coming back to {application_at}."),
    },
    "comeback.yes": {
        "formal": ("I am very interested in this proposal.", "This proposal interests me a great deal.",
                   "I would be glad to discuss it with you."),
        "warm": ("I am delighted: the proposal really appeals to me.", "The proposal is very tempting.",
                 "I would love to talk about it."),
    },
    "comeback.questions": {
        "formal": (
            "To make the best decision, could you tell me whether the responsibilities have changed since the "
            "first recruitment, what the next steps would be and on what timescale, and if there would be "
            "further interviews?",
            "To prepare properly, I would like to know whether the role has changed since my first application, "
            "what timetable you have in mind, and how the process would run.",
        ),
        "warm": (
            "To get a clear picture, could you tell me whether the responsibilities have changed, what the next "
            "steps are, and if there would be more interviews?",
            "I would just like to know if the role has changed since, what timetable you have in mind, and how "
            "things would go from here.",
        ),
    },
    "comeback.news": {
        "formal": ("Since we last spoke, {new_skill_clause}.", "One new development on my side: {new_skill_clause}.",
                   "One new development on my side. {New_skill_sentence}"),
        "warm": ("Since we last spoke, {new_skill_clause}.", "Some news from me: {new_skill_clause}.",
                 "Some news from me. {New_skill_sentence}"),
    },
    "comeback.next": {
        "formal": ("I am available to talk whenever suits you, by phone or in person.",
                   "I would be happy to arrange a conversation in the coming days."),
        "warm": ("I am free to talk whenever suits you.", "Just let me know when you are free and I will fit in."),
    },
    "comeback.no": {
        "formal": ("Unfortunately, I am not able to take this proposal further.",
                   "Having thought it over, I am unable to accept.", "I must regretfully decline this proposal."),
        "warm": ("Unfortunately, I will not be able to take it further.", "I am afraid I will have to decline.",
                 "Sadly, I will not be able to take it up."),
    },
    "comeback.reason": ("{Reason_sentence}", "In short: {reason_label}."),
    "comeback.door": {
        "formal": ("I would very much like to stay in touch, and I hope you find the right person soon.",
                   "I would be glad to stay in touch for future opportunities.",
                   "Your organisation still means a great deal to me, and I hope our paths cross again."),
        "warm": ("I really hope we stay in touch, and that you find the right person soon.",
                 "Let’s stay in touch: I would be delighted to hear of a future opportunity.",
                 "I hope our paths cross again soon."),
    },

    # --- declining another role the company offers -------------------------------------------
    "subject.decline_alternative": {
        "formal": ("Your proposal – {alt_role}", "The role you suggested"),
        "warm": ("Your offer – {alt_role}", "Your offer of another role"),
    },
    "alt.thanks": {
        "formal": ("Thank you for offering me {alt_role|the role you mentioned}.",
                   "Thank you for thinking of me for {alt_role|the role you mentioned}.",
                   "Thank you sincerely for your proposal."),
        "warm": ("Thank you so much for offering me {alt_role|the role you mentioned}.",
                 "Thanks for thinking of me for {alt_role|the role you mentioned}.",
                 "Thank you for your proposal: it was lovely to hear from you."),
    },
    "alt.no": {
        "formal": ("Having thought it over, I prefer not to take it further.", "After careful thought, I will decline.",
                   "I have taken time to consider it, and I prefer not to proceed."),
        "warm": ("Having thought it over, I would rather not take it further.", "I have thought it through, and I will pass.",
                 "I have mulled it over, and I will let this one go."),
    },
    "alt.reason": {
        "formal": ("The role does not match what I am looking for at the moment.",
                   "It is some way from my current career plans."),
        "warm": ("The role is not quite what I am looking for right now.", "It is a little away from what I am aiming for."),
    },
    "alt.door": {
        "formal": ("{Company|Your organisation} still interests me a great deal, particularly for {role|a role close "
                   "to the one I applied for}.",
                   "Should {role|a role close to the one I applied for} open {at_company|with you}, I would very much "
                   "like to know."),
        "warm": ("I would still love to join {company|your team}, particularly for {role|a role like the one I "
                 "applied for}.",
                 "If {role|a role like the one I applied for} comes up {at_company|with you}, I would be delighted to "
                 "hear about it."),
    },
    "hello.message": {
        "formal": ("Hello {title_surname},", "Hello {full_name},", "Hello,"),
        "warm": ("Hi {given_name},", "Hello {title_surname},", "Hello,"),
    },
    "closing.message": {
        "formal": ("Kind regards,", "Best regards,", "With best wishes,"),
        "warm": ("Best wishes,", "All the best,", "Speak soon,"),
    },

    # --- LinkedIn invitation note ------------------------------------------------------------
    "li.hello": {
        "formal": ("Dear {title_surname},", "Dear {full_name},", "Hello,"),
        "warm": ("Hello {given_name},", "Hello {title_surname},", "Hello,"),
    },
    "li.note": {
        "formal": (
            "{li_hello} thank you again for our conversations[ about {role}][ {at_company}][, especially "
            "{detail_np}]. I would be glad to stay in touch[ and follow {follow_company} news].[ {sender}]",
            "{li_hello} thank you for your reply[ about {role}][ {at_company}][ and for {detail_np}]. I would "
            "like to stay in touch[ and follow {follow_company} news].[ {sender}]",
            "{li_hello} thank you for your time[ on {role}][ {at_company}][, particularly {detail_np}]. I would "
            "welcome the chance to stay in touch[ and follow {follow_company} news].[ {sender}]",
        ),
        "warm": (
            "{li_hello} thanks again for our conversations[ about {role}][ {at_company}][, especially "
            "{detail_np}]. I would love to stay in touch[ and follow {follow_company} news].[ {sender}]",
            "{li_hello} thanks for your reply[ about {role}][ {at_company}][ and for {detail_np}]. I would "
            "really like to stay in touch[ and keep up with {follow_company} news].[ {sender}]",
            "{li_hello} thanks for your time and your reply[ about {role}][ {at_company}][, and for "
            "{detail_np}]. Let’s stay in touch, if you are happy to.[ {sender}]",
        ),
    },

    # --- phone notes ---------------------------------------------------------------------------
    "phone.title": ("Call with {recipient_line|the recruiter}[ – {role_title}][, {company}]",),
    "phone.core_heading": ("To say (two or three sentences):",),
    "phone.optional_heading": ("If the conversation allows:",),
    "phone.thanks": {
        "formal": ("Thank them for their time and for their answer, mentioning {detail_np}.",
                   "Say thank you for the answer and the conversations, citing {detail_np}.",
                   "Thank them for their time and for their answer, then say in one sentence what you "
                   "appreciated in the process.",
                   "Say thank you for the answer and the conversations, then name one moment you appreciated.",
                   "Open with thanks: for the answer, and for the time given to your application."),
        "warm": ("Start with a warm thank-you for their time and their answer, mentioning {detail_np}.",
                 "Simply thank them for the answer, recalling {detail_np}.",
                 "Start with a warm thank-you for their time and their answer, and say in one sentence what "
                 "you enjoyed.",
                 "Simply thank them for the answer, and name one moment of the process you liked.",
                 "Just say thank you, for the answer and for their time."),
    },
    "phone.ask": {
        "formal": ("Ask for feedback, in one or two questions: “{questions}”",
                   "Ask one or two precise questions: “{questions}”",
                   "Ask what would help you improve: “{questions}”"),
        "warm": ("Simply ask for feedback: “{questions}”", "Ask one or two questions, no more: “{questions}”",
                 "Ask for a tip for next time: “{questions}”"),
    },
    "phone.door": {
        "formal": ("Suggest they keep your CV for other roles, {at_company|in the company} or among their "
                   "contacts.",
                   "Ask whether your CV may be kept on file for another opportunity.",
                   "Leave the door open: they are welcome to keep your CV for other roles."),
        "warm": ("Say you would like to stay in touch, and that they are welcome to keep your CV for other "
                 "roles.",
                 "Suggest they keep your CV to hand for another role.",
                 "Leave the door open: your CV could suit another role."),
    },
    "phone.contact": {
        "formal": ("Say that you would like to stay in touch.", "Offer to stay in touch.",
                   "Leave the door open for the future."),
        "warm": ("Simply say that you would like to stay in touch.", "Offer to keep in touch.",
                 "Leave the door open for the future."),
    },
    "phone.disappointment": ("If you wish, say briefly that you are disappointed and still motivated.",
                             "If you want to, mention your disappointment in one sentence, without reproach.",
                             "Mention your disappointment briefly, and that you would still like to join them."),
    "phone.skill": (
        "If useful, calmly clarify your experience with {skill_np}, without arguing about the decision.",
        "If useful, calmly clarify one point: {skill_label}, without arguing about the decision.",
    ),
    "phone.linkedin": ("Ask whether you may add them to your LinkedIn contacts.",
                       "Offer to connect on LinkedIn to stay in touch.",
                       "Ask whether a LinkedIn invitation would be welcome."),
    "phone.listen": ("Listen, note the advice, and do not debate the choice.",
                     "Let them talk, take notes, and do not argue about the decision.",
                     "Listen to the end and take notes: the decision is made, so do not contest it."),
    "phone.good_luck": ("Close by wishing the team every success.", "Finish by wishing the team all the best.",
                        "End on a positive note: every success to the whole team."),
}
