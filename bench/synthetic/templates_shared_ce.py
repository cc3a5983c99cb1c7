"""Sentences about a shared chief executive, by phase. `PROSE` and `RESOLUTIONS` state the
arrangement (so they name every current member); `TALKS` only reports talks and states nothing.
Slots are filled by `statement.Statement`."""

from __future__ import annotations

TALKS = (
    "Leaders at {members} are understood to have held informal talks about whether one chief "
    "executive could serve both councils, although nothing has been put on paper.",
    "{members} have begun exploratory conversations about closer working; sharing a chief "
    "executive has been mentioned as one possibility but no proposal has been drafted.",
    "The idea of a joint chief executive for {members} has been raised by some members, but "
    "officers confirmed that no formal work had been commissioned.",
    "{focus} is thinking about whether a shared senior management team with {partners} might "
    "make sense in the longer term.",
    "Informal discussions between {members} on sharing senior staff are at a very early stage, "
    "the meeting was told.",
    "It is understood that {focus} has approached {partners} about the possibility of sharing "
    "a chief executive, though neither authority would confirm any timetable.",
)

PROSE = {
    "proposed": (
        "A report recommending that {members} appoint a single shared chief executive will go "
        "before both full councils on {next_date}.",
        "Councillors at {members} will be asked to approve plans to share a chief executive, with "
        "the final decision resting with each full council.",
        "Under the proposals, {person_lead} would become joint chief executive and head of paid "
        "service for {members}.",
        "A formal proposal for a joint Head of Paid Service covering {members} has been put to "
        "each council for decision.",
        "{focus} and {partners} are being recommended to create a shared chief executive post, "
        "which the business case says would save {saving} a year.",
        "Cabinet members at {members} have recommended a shared chief executive arrangement, "
        "which now goes to full council for approval.",
        "Plans for {bare} councils to share a chief executive are due to be voted on at "
        "meetings of both authorities on {next_date}.",
        "The joint appointments panel has recommended that {members} share one chief executive; "
        "the recommendation will be decided by each council in the coming weeks.",
    ),
    "agreed": (
        "{members} have agreed to share a chief executive {start_from}.",
        "Both {members} voted to approve a joint chief executive arrangement, with {person} "
        "taking up the shared post {start_from}.",
        "Full council meetings at {members} endorsed the appointment of a single chief executive "
        "to serve both authorities.",
        "The decision means {person_lead} will lead the officer teams of {members} as joint "
        "chief executive.",
        "{members} confirmed the appointment of a shared Head of Paid Service, who will take up "
        "the role {start_from}.",
        "Members of {members} have signed an agreement to share a chief executive, the first "
        "step in a wider programme of joint working.",
        "{bare} councils have given the go-ahead to a shared chief executive, expected to save "
        "{saving} a year.",
        "{focus} has agreed to share its chief executive with {partners} {start_from}.",
    ),
    "active": (
        "{members} have shared a chief executive since {start}.",
        "{person_ce}, the joint chief executive of {members}, told members that the "
        "arrangement continued to deliver savings.",
        "Since {start} {members} have been served by a single chief executive and a shared "
        "senior management team.",
        "{members} continue to share a chief executive, {person_ce}, under the arrangement "
        "that began in {year}.",
        "{focus} shares its chief executive, {person_ce}, with {partners}.",
        "The shared chief executive arrangement between {members} remains in place and is "
        "reviewed every year by both councils.",
        "As joint chief executive of {members}, {person_ce} has overseen the merger of the "
        "two councils' management teams.",
        "{bare} councils have had one chief executive between them since {year}.",
        "{focus} and {partners}, which have shared a head of paid service for several years, "
        "are now looking at further joint working.",
    ),
    "ended": (
        "{members} ended their shared chief executive arrangement in {end}, and each council "
        "has since appointed its own head of paid service.",
        "The joint chief executive post shared by {members} came to an end in {end}.",
        "{members} previously shared a chief executive, {person_ce}, until {end}.",
        "Until {end}, {members} shared a chief executive.",
        "{focus} stopped sharing its chief executive with {partners} in {end}.",
        "The former joint chief executive of {members}, {person_ce}, left when the shared "
        "arrangement was wound up in {end}.",
    ),
}

DETAILS = {
    "proposed": (
        "The business case estimates savings of {saving} a year from a single senior "
        "management structure.",
        "If approved, the shared arrangement would begin {start_from}.",
        "Staff and trade unions will be consulted before any changes to the management "
        "structure take effect.",
    ),
    "agreed": (
        "The two councils will remain separate, sovereign bodies with their own councillors, "
        "budgets and council tax.",
        "An inter-authority agreement sets out how the costs of the post will be split.",
        "A joint employment committee will oversee the arrangement.",
    ),
    "active": (
        "Savings from the shared management team are now put at {saving} a year.",
        "The councils keep their own identities, elected members and budgets.",
        "The arrangement is governed by an inter-authority agreement reviewed each year.",
    ),
    "ended": (
        "Both councils said the split was amicable.",
        "The end of the arrangement followed a review of each council's priorities.",
    ),
}

RESOLUTIONS = {
    "proposed": (
        "That Council be recommended to create the post of joint Chief Executive "
        "(Head of Paid Service) shared between {members}.",
        "That it be RECOMMENDED to Council that the Council enters into a shared chief "
        "executive arrangement with {partners} {start_from}.",
        "That the business case for a single Chief Executive serving {members} be endorsed and "
        "referred to full Council for decision.",
        "That full Council be asked to designate a shared Head of Paid Service for {members} on "
        "the terms set out in the report.",
    ),
    "agreed": (
        "That the Council approves the sharing of a Chief Executive and Head of Paid Service "
        "with {partners} {start_from}.",
        "That {person_lead} be appointed as joint Chief Executive of {members} {start_from}.",
        "That the inter-authority agreement between {members} for a shared chief executive be "
        "approved and the Monitoring Officer be authorised to complete it.",
        "That the Council agrees to share its Chief Executive with {partners}.",
    ),
    "active": (
        "That the annual review of the shared Chief Executive arrangement with {partners} be "
        "noted.",
        "That the continuation of the joint Chief Executive arrangement between {members} be "
        "endorsed.",
    ),
    "ended": (
        "That the termination of the shared Chief Executive arrangement with {partners} be noted.",
        "That the Council notes the end of the shared Head of Paid Service arrangement between "
        "{members} and confirms its own interim arrangements.",
    ),
}

TITLES = {
    "talks": ("Future Working Arrangements", "Closer Working with Neighbouring Councils"),
    "proposed": ("Shared Chief Executive Proposal", "Joint Head of Paid Service"),
    "agreed": ("Shared Chief Executive - Decision", "Appointment of Joint Chief Executive"),
    "active": ("Shared Management Arrangements - Annual Review", "Joint Working Update"),
    "ended": ("Senior Management Arrangements", "End of Shared Chief Executive Arrangement"),
}

HEADLINES = {
    "talks": ("Councils in early talks over top job", "Could {bare} share a chief executive?"),
    "proposed": (
        "Councils consider sharing top job",
        "Plan for {bare} councils to share a chief executive",
        "Shared chief executive plan goes to the vote",
        "Two councils could soon share one boss",
    ),
    "agreed": (
        "Councils agree to share chief executive",
        "{bare} to share a chief executive",
        "Green light for shared council chief",
        "Joint council boss approved",
    ),
    "active": (
        "Shared council boss 'has saved thousands'",
        "{bare} councils mark anniversary of joint working",
        "Shared chief executive arrangement to continue",
    ),
    "ended": (
        "Councils end shared chief executive deal",
        "{bare} councils to go their separate ways",
        "Shared management arrangement wound up",
    ),
}

QUOTES = {
    "talks": (
        "We are open to any idea that protects services, but nothing has been decided and "
        "there is no proposal on the table.",
        "It would be wrong to speculate. We talk to our neighbours all the time.",
    ),
    "proposed": (
        "This is about protecting front-line services when budgets are under real pressure. "
        "Councillors will have the final say.",
        "Sharing a chief executive is a sensible step, and I will be asking members to back it.",
        "Both councils keep their own identity. What changes is how we are managed.",
    ),
    "agreed": (
        "I'm delighted both councils have backed this. It saves money and gives us a stronger "
        "voice.",
        "Residents will not notice any difference to their services, but they will notice the "
        "savings.",
        "This is a good day for both councils and for the people we serve.",
    ),
    "active": (
        "The shared arrangement has saved more than {saving} since it began, and services have "
        "improved.",
        "Working together has made both councils more resilient.",
    ),
    "ended": (
        "The arrangement served both councils well, but our priorities have moved apart.",
        "We will keep working with our neighbours where it makes sense.",
    ),
}

OPPOSITION = (
    "We have real concerns that residents will lose their local voice.",
    "The savings have been overstated from the start, and nobody has asked residents.",
    "This is a merger by the back door, whatever the administration says.",
    "I want to see the detail before anyone claims this will save money.",
)

DECLINED = (
    "{leaver} was invited to take part in a three-way arrangement but decided not to.",
    "{leaver} declined to join the shared management proposals.",
    "{leaver} had been part of the early discussions but chose to keep its own chief executive.",
)

BACKGROUND = {
    "talks": (
        "Like most councils, the authority faces a significant gap in its medium-term financial "
        "plan and has been looking at every option to close it.",
        "Members were reminded that any formal proposal would need a business case and a "
        "decision of full Council.",
    ),
    "proposed": (
        "The report set out the outcome of a review of senior management capacity, which "
        "concluded that a single management team would be more resilient.",
        "A joint member working group met four times to consider the options and recommended "
        "a shared head of paid service as the first phase.",
        "The proposal would reduce the number of senior posts from {senior} to a smaller "
        "shared structure, with no compulsory redundancies expected below the top tier.",
        "Consultation with affected staff would begin once both councils had made a decision.",
    ),
    "agreed": (
        "The inter-authority agreement includes a protocol for resolving any conflict of "
        "interest between the councils.",
        "Costs of the post will be split equally, and each council keeps the right to withdraw "
        "on twelve months' notice.",
        "A joint appointments committee will oversee the recruitment of the remaining shared "
        "senior posts.",
    ),
    "active": (
        "The annual review found that the shared management team had delivered the savings "
        "set out in the original business case.",
        "Members noted that the arrangement had also improved resilience in specialist services.",
        "Staff survey results showed that most employees felt the change had been well managed.",
    ),
    "ended": (
        "Both councils have since reviewed their senior management structures.",
        "The costs of separating the shared posts were met from reserves.",
    ),
}
