"""Text pools for the demo's relationship record: check-ins, ratings, reviews,
strategy outcomes, goal status changes, measures, milestones and agreements.
Placeholders as in ``text``."""

from __future__ import annotations

CHECKIN_COMMENTS = (
    "I feel like you get what I'm trying to say, even when I'm not clear.",
    "Sometimes the homework feels like too much, but the sessions help.",
    "I like that we have a plan now.",
    "It helps that you don't rush me.",
    "I wasn't sure at first, but I trust this now.",
    "I'd like a bit more time on the practical stuff.",
    "Honestly, some weeks I just need to talk, not do exercises.",
    "The goals still feel right to me.",
    "I'd like to look at the goals again, I think one has changed.",
    "It's hard work, but it's the right work.",
    "I feel safe saying things here I can't say anywhere else.",
    "I wish the sessions were longer.",
    "Last week was hard and I nearly didn't come. Glad I did.",
    "I think we're on the right track.",
    "It's good to see the ratings going up, even slowly.",
    "I'm not sure the breathing is for me, but the diary is.",
    "You remembered something I said weeks ago and that meant a lot.",
    "I feel a bit stuck, to be honest.",
    "More of the same, please.",
    "It's easier to come now than it was at the beginning.",
    "I'd like to talk more about my family at some point.",
    "Video works fine for me, I don't mind either way.",
    "I'm starting to notice things before they spiral.",
    "Sometimes I leave feeling raw, but in a good way.",
    "The summary you wrote helped me explain things to my partner.",
    "I'm not always sure what to bring, but it works out.",
    "I felt a bit judged last time. I know you didn't mean it.",
    "This is the most useful hour of my week.",
)

RATING_NOTES = {
    "same": (
        "Rated together at the start of the session.",
        "{n} chose the number and explained it with an example from the week.",
        "Therapist and client agreed on the rating after a short discussion.",
        "Steady since last time.",
        "{n} hesitated between two numbers and settled on the lower one.",
        "Rated quickly and confidently.",
        "We talked about what one point higher would look like.",
        "{n} rated it alone first, then we compared.",
        "Harder to rate this week; mixed days.",
    ),
    "up": (
        "Higher than expected; {n} put it down to the new routine.",
        "{n} said this is the highest it has felt in months.",
        "Up by one; small but real, in {p} words.",
        "Rating reflects two good weeks in a row.",
        "{n} laughed that it had crept up without noticing.",
        "Higher, and {n} could name exactly what made the difference.",
        "Up again; {n} wondered aloud whether it would last, and we talked about that.",
    ),
    "down": (
        "A dip this week, linked to the difficult phone call.",
        "Lower because of the setback; {n} noticed that the recovery was faster.",
        "Down a little; {n} was disappointed but not discouraged.",
        "Lower this time. We looked at what was different about the week.",
        "{n} expected it to be lower than it turned out to be.",
    ),
}

REVIEW_NARRATIVES = (
    "Since we started, {n} has moved from surviving the week to planning it. The goals still "
    "fit, and the ratings show real movement, with one setback that was worked through.",
    "We looked back over the last few months together. {n} named the biggest change as "
    "'not hiding any more', and the measures agree with that.",
    "Progress has been uneven but clear: fewer bad days, quicker recovery, and more honesty "
    "in sessions. One goal is close to achieved.",
    "{n} has worked hard between sessions. The summary shows steady improvement in mood and "
    "a stronger sense of what matters, with sleep still the slowest to change.",
)

REVIEW_NEXT_STEPS = (
    "Keep weekly sessions for another two months, then review moving to fortnightly.",
    "Revise the sleep goal into smaller steps; keep the other goals as they are.",
    "Start planning for the ending together: a relapse-prevention blueprint over six sessions.",
    "Add a goal about reconnecting with friends, in {n}'s words.",
)

REVIEW_REFLECTIONS = (
    "I didn't realise how far I'd come until I saw it written down.",
    "I'm proud of the work. I still want to keep going for a while.",
    "It's strange seeing the scores, but they're right.",
    "I want the next part to be about living, not just coping.",
)

CONSIDERATIONS = (
    "Prefers afternoon appointments; hard of hearing on the left side, so sit to the right.",
    "Observes Ramadan: offer later slots during that month.",
    "Dyslexic: prefers worksheets in a larger font and spoken summaries.",
    "Works shifts; the rota comes out monthly, so book ahead.",
    "Uses a wheelchair; the ground-floor room is needed.",
    "English is a second language; check understanding of idioms gently.",
    "Single parent: childcare falls through sometimes, video is a good fallback.",
    "Prefers not to be contacted by phone; email only.",
    "Has asked that letters never go to the home address.",
    "Autistic: appreciates clear agendas and a warning before any change of routine.",
    "",
    "",
)

OUTCOME_NOTES = {
    "helped": (
        "Clearly helped; {n} now uses it without prompting.",
        "{n} said this made the biggest difference of anything so far.",
        "Helped most on workdays; kept as a regular practice.",
        "Worked well once it was made smaller.",
        "Helped, and {n} adapted it in a way that suits {o} better.",
    ),
    "partly": (
        "Helped on good days, harder to use when stressed.",
        "Some benefit; {n} wants to keep it but less often.",
        "Useful at home, not yet at work.",
        "Mixed results; we will look at timing.",
    ),
    "did_not_help": (
        "{n} tried it honestly for three weeks; it did not fit. Dropped together.",
        "Felt mechanical to {n}; replaced with something more personal.",
        "Made the worry louder at first; stopped and reviewed.",
    ),
}

STATUS_REASONS = {
    "achieved": (
        "{n} rated it at the top of the scale and said it is 'just how things are now'.",
        "Achieved: {n} described the change as settled, and we agreed to mark it done.",
        "{n} said this no longer feels like a goal, just everyday life.",
    ),
    "paused": (
        "Paused at {n}'s request while other things take priority.",
        "Paused for now: {n} wants to focus energy elsewhere for a few months.",
    ),
}

MEASURE_NOTES = (
    "Item 9 answered 'several days'. Discussed straight away: passive thoughts, no plan or "
    "intent; safety plan made together and crisis numbers shared.",
    "Item 9 again above zero, less often than before. Safety plan reviewed; {n} has used "
    "step two once.",
)

MILESTONE_NOTES: dict[str, tuple[str, ...]] = {
    "confidentiality_explained": (
        "Explained confidentiality and its limits (risk to self or others, safeguarding, court "
        "order, supervision). {n} asked good questions about the notes and who sees them.",
        "Went through the limits of confidentiality at the start. {n} wanted to know how the "
        "notes are stored and was reassured they are encrypted and stay here.",
        "Confidentiality and its limits explained and discussed; {n} said it was the first time "
        "anyone had explained it properly.",
    ),
    "goal_set_together": (
        "Agreed the first goals together, in {n}'s own words.",
        "Goals set after two sessions of getting to know each other; {n} chose the wording.",
        "We turned the long list of problems into three goals {n} cares about.",
    ),
    "first_disclosure": (
        "{n} shared something not told to anyone before. Handled gently; {n} said it felt "
        "like a weight lifting.",
        "First disclosure about the family history. We agreed to go at {p} pace.",
        "{n} talked for the first time about what happened at school.",
    ),
    "first_homework": (
        "First homework completed in full; {n} brought it written out.",
        "{n} did the between-session task for the first time and was proud of it.",
        "Homework done, and {n} could say what got in the way on the days it wasn't.",
    ),
    "disagreement_voiced": (
        "{n} told me the exercise felt pointless. We talked about it and changed it.",
        "{n} disagreed with my summary and corrected it, clearly and calmly.",
        "First time {n} said no to a suggestion in session. A good sign.",
    ),
    "rupture_repair": (
        "After last week's session {n} felt unheard. We named it, I apologised for rushing, "
        "and we agreed a signal for 'slow down'.",
        "Tension after the missed session; talked it through openly and the work feels "
        "stronger for it.",
        "{n} was hurt by a comment of mine about the homework. Acknowledged and repaired.",
    ),
    "feedback_given": (
        "{n} gave feedback on the sessions: more structure, fewer worksheets.",
        "Asked for feedback; {n} said the check-ins help and the pace feels right.",
        "{n} said the summaries at the end of each session are the most useful part.",
    ),
    "setback_worked_through": (
        "A hard fortnight, with symptoms returning. We worked through it without "
        "changing the plan, and {n} saw how quickly things recovered.",
        "Setback after the family visit. {n} used the blueprint and came back to the work.",
        "{n} worried that the setback meant starting again; we looked at the evidence "
        "together.",
    ),
    "asked_for_help": (
        "{n} asked for a session to be moved rather than cancelling, which is new.",
        "{n} asked directly for help writing an email to {p} manager.",
        "{n} asked for a longer session before the anniversary. Agreed.",
    ),
}

AGREEMENTS: dict[str, tuple[str, ...]] = {
    "confidentiality": (
        "What you say here stays between us, with these exceptions: if I believe you or "
        "someone else is at serious risk of harm, safeguarding concerns about a child or "
        "vulnerable adult, a court order, and anonymised discussion in clinical supervision.",
        "Sessions are confidential. I would break confidentiality only where there is a "
        "serious risk to your life or someone else's, for safeguarding, or if the law "
        "requires it. Where possible I would talk to you first.",
    ),
    "contact_between_sessions": (
        "Email is for arranging and changing appointments only. I reply within two working "
        "days. I don't offer support by email or text between sessions.",
        "Texts are for scheduling only. If something urgent comes up, use the crisis plan.",
    ),
    "cancellations": (
        "Please give 48 hours' notice to cancel. Later cancellations and missed sessions are "
        "charged at the full fee, except in emergencies.",
        "Cancel at least 24 hours ahead to avoid a charge. Two missed sessions in a row and "
        "we'll talk about whether this is the right time for therapy.",
    ),
    "session_length": (
        "Weekly sessions of 50 minutes, same day and time, reviewed every twelve weeks.",
        "Fifty-minute sessions weekly, moving to fortnightly when we both agree.",
    ),
    "fees": (
        "The fee is paid by bank transfer within a week of each session. Reduced fee agreed "
        "while on statutory sick pay.",
        "Sessions are paid in advance monthly. Fees are reviewed once a year in January.",
    ),
    "social_media": (
        "I don't connect with clients on social media. If we meet by chance, I won't "
        "acknowledge you first, to protect your privacy.",
    ),
    "gifts": (
        "Small tokens are fine at the end of therapy; I can't accept money or valuable gifts.",
    ),
    "crisis_plan": (
        "If you feel unsafe: call your GP or the out-of-hours line, NHS 111, or 999 in an "
        "emergency. The safety plan in your notebook lists your own steps first.",
    ),
    "recording": (
        "Sessions are not recorded. You may make notes during the session if you wish.",
    ),
    "ending_therapy": (
        "We will plan the ending together, with at least four sessions' notice either way, "
        "and a follow-up session three months later.",
    ),
}

REVISIONS: dict[str, tuple[str, str]] = {
    "contact_between_sessions": (
        "Email or text for arranging appointments. A short check-in text is okay in the week "
        "of the anniversary; I'll reply within a working day.",
        "Agreed extra contact around the anniversary, time-limited.",
    ),
    "cancellations": (
        "Please give 24 hours' notice to cancel. With shift work, a late cancellation because "
        "of a rota change is not charged if you tell me as soon as you know.",
        "New shift pattern at work; notice period adjusted.",
    ),
    "session_length": (
        "Fortnightly sessions of 50 minutes from now on, with a review in two months.",
        "Moving to fortnightly as the goals are largely met.",
    ),
    "fees": (
        "The fee is paid by bank transfer within a week of each session, at the standard rate "
        "now that {n} is back at work.",
        "Reduced fee ended on return to work, as agreed at the start.",
    ),
    "crisis_plan": (
        "If you feel unsafe: follow the steps in your safety plan, then call your sister, "
        "then your GP or NHS 111; 999 in an emergency. Samaritans on 116 123 any time.",
        "Safety plan updated with a new support person and the Samaritans number.",
    ),
}
