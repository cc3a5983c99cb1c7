"""Sentences about partnerships (alliances, shared services, joint committees, combined
authorities, programmes, networks), by phase, plus details particular to each kind. `{thing}`
is the kind's noun ("shared ICT service", "joint committee"); `{name}` the partnership's name."""

from __future__ import annotations

TALKS = (
    "Officers from {members} have met informally to discuss whether some back-office services "
    "could be shared.",
    "{focus} is considering whether to explore joint working with {partners}, but no business "
    "case has been prepared.",
    "Early talks are taking place between {members} about a possible {thing}.",
    "No decision has been made about a {thing} with {partners}, and any proposal would come "
    "back to members first.",
    "The Leader said the Council remained open to conversations with {partners} about working "
    "together, although nothing specific was being proposed.",
)

PROSE = {
    "proposed": (
        "Proposals to set up a {thing} between {members} will be considered by each council on "
        "{next_date}.",
        "{members} are being asked to approve the creation of the {name}, which would begin "
        "{start_from}.",
        "A report to Cabinet recommends that {focus} joins {partners} in a new {thing}, subject "
        "to approval by full Council.",
        "The business case for a new {thing} covering {members} is due to be decided by "
        "councillors on {next_date}.",
        "Councillors will decide on {next_date} whether {focus} should enter into a {thing} with "
        "{partners}.",
        "Each of {members} will vote on whether to establish the proposed {name}.",
        "Under plans going to {focus_possessive} cabinet, the authority would form the {name} "
        "with {partners} {start_from}.",
    ),
    "agreed": (
        "{members} have agreed to form a {thing}, to be known as the {name}.",
        "Cabinet approved {focus_possessive} membership of the {name} alongside {partners}, with "
        "the new arrangements starting {start_from}.",
        "Councillors at {members} have signed up to a {thing} that is expected to go live "
        "{start_from}.",
        "The decision paves the way for the {name}, a partnership between {members}.",
        "{focus} has formally agreed to join {partners} in the {name}.",
        "All of the partner councils, {members}, have now approved the {name}.",
    ),
    "active": (
        "The {name}, run jointly by {members} since {start}, continues to perform well.",
        "{members} have operated a {thing} since {start}.",
        "{focus} has been part of the {name} with {partners} since {year}.",
        "The annual report of the {name}, whose members are {members}, was presented to the "
        "meeting.",
        "{members} work together through the {name}.",
        "The {name} brings together {members}.",
        "Members reviewed the performance of the {name}, the {thing} shared by {members}.",
        "{focus} and {partners} have run a {thing} together since {year}.",
    ),
    "ended": (
        "The {name} between {members} came to an end in {end}.",
        "{members} dissolved their {thing} in {end}, bringing the work back in-house.",
        "{focus} and {partners} wound up the {name} in {end}.",
        "The former {name}, which linked {members} from {year}, closed in {end}.",
    ),
}

DETAILS = {
    "shared_service": (
        "{focus} hosts the shared {service} service on behalf of {partners}.",
        "The shared {service} team employs {staff} staff and is expected to save {saving} a year.",
        "Staff transferred to the host council under TUPE when the service was set up.",
    ),
    "joint_committee": (
        "The joint committee operates under {basis}.",
        "The {name} exercises the {topic} functions delegated to it by {members} under {basis}.",
        "Each council appoints three members to the joint committee, and the chair rotates "
        "every year.",
    ),
    "combined_authority": (
        "The constituent councils are {members}.",
        "The {name} is led by its elected mayor, {mayor}.",
    ),
    "programme": (
        "The programme brings together {members} to work on shared priorities.",
        "Funding of {saving} has been set aside for the first phase of the programme.",
    ),
    "network": (
        "{focus} is one of a number of councils in the {name}, alongside {fellows}.",
        "Other members of the {name} include {fellows}.",
        "The annual subscription to the network is {fee}.",
    ),
    "strategic_alliance": (
        "The alliance covers a shared management team, joint procurement and a common approach "
        "to economic development.",
        "Under the {thing}, {members} share a management team while remaining separate councils.",
    ),
}

RESOLUTIONS = {
    "proposed": (
        "That Council be recommended to approve the establishment of the {name} with {partners}.",
        "That it be RECOMMENDED to Council that the Council enters into a {thing} with "
        "{partners} {start_from}.",
        "That the business case for the {name} be endorsed and referred to full Council for a "
        "decision.",
        "That the draft inter-authority agreement for the {name} with {partners} be recommended "
        "to Council for approval.",
    ),
    "agreed": (
        "That the Council joins the {name} with {partners} {start_from}.",
        "That the establishment of the {name} by {members} be approved.",
        "That the Council delegates its {topic} functions to the {name} under {basis}.",
        "That the Director of Resources be authorised to sign the inter-authority agreement with "
        "{partners} for the {thing}.",
    ),
    "active": (
        "That the annual report of the {name} be noted.",
        "That the performance of the {thing} with {partners} be noted.",
        "That the revised terms of reference of the {name} be approved.",
    ),
    "ended": (
        "That the termination of the {name} with {partners} be noted.",
        "That the exit arrangements following the end of the {thing} with {partners} be approved.",
    ),
}

TITLES = {
    "talks": ("Joint Working Opportunities", "Service Review - Options"),
    "proposed": ("Proposed {name}", "Business Case: {name}"),
    "agreed": ("{name}", "Establishment of the {name}"),
    "active": ("{name} - Annual Report", "{name} - Performance Update"),
    "ended": ("{name} - Exit Arrangements", "Ending of the {name}"),
}

HEADLINES = {
    "talks": ("Councils explore closer working", "Neighbouring councils discuss sharing services"),
    "proposed": (
        "Councils to vote on {thing} plan",
        "{bare} councils plan to join forces",
        "New partnership proposed",
    ),
    "agreed": (
        "Councils sign up to new {thing}",
        "{bare} councils agree to join forces",
        "Joint working deal approved",
    ),
    "active": (
        "Partnership 'delivering savings', councils say",
        "{bare} partnership marks milestone",
    ),
    "ended": ("Councils end {thing}", "{bare} partnership to be wound up"),
}

QUOTES = {
    "talks": (
        "We talk to our neighbours all the time. There is nothing more to it than that at "
        "this stage.",
    ),
    "proposed": (
        "Working together is the best way to protect the services residents rely on.",
        "This is a proposal, and members will rightly want to test it.",
    ),
    "agreed": (
        "By pooling our expertise we can do more for less.",
        "This partnership puts us in a much stronger position for the years ahead.",
    ),
    "active": (
        "The partnership has more than proved its worth.",
        "We have saved money without cutting a single front-line service.",
    ),
    "ended": (
        "It was the right time to bring the service back under our direct control.",
        "We are grateful to our partners, but the arrangement had run its course.",
    ),
}

DECLINED = (
    "{leaver} was invited to join but decided not to take part.",
    "{leaver} has chosen not to join the {thing}.",
    "{leaver} withdrew from the proposals before the decision was taken.",
)

NETWORK = {
    "proposed": (
        "Cabinet is asked to recommend to Council that {focus} joins the {name}, at an annual "
        "cost of {saving}.",
        "A recommendation that {focus} becomes a member of the {name} will be decided by full "
        "Council on {next_date}.",
    ),
    "agreed": (
        "{focus} has agreed to join the {name}.",
        "Members agreed that {focus} should become a member of the {name} {start_from}.",
    ),
    "active": (
        "{focus} is a member of the {name}.",
        "As a member of the {name}, {focus} takes part in national lobbying on funding.",
        "{focus} has belonged to the {name} since {year}.",
    ),
    "ended": (
        "{focus} ended its membership of the {name} in {end}.",
        "{focus} left the {name} in {end} to save the subscription.",
    ),
}

LEFT = (
    "{leaver} has since left the {name}.",
    "{leaver} withdrew from the arrangement and no longer takes part.",
    "{leaver} gave notice and has now left the {thing}.",
)

BACKGROUND = {
    "talks": (
        "The Council has a long record of working with neighbouring authorities where it "
        "makes sense for residents.",
        "Officers stressed that any proposal would be brought back to members with a full "
        "business case.",
    ),
    "proposed": (
        "The business case estimates savings of {saving} a year once the {thing} is fully "
        "established.",
        "An options appraisal considered keeping the service in-house, outsourcing, and a "
        "partnership; the partnership scored highest.",
        "About {staff} staff would be affected, and consultation would follow any decision.",
        "A draft inter-authority agreement has been prepared by the partner councils' legal teams.",
    ),
    "agreed": (
        "A partnership board of senior officers will oversee the implementation plan.",
        "The inter-authority agreement sets out how costs and savings will be shared and how a "
        "council may withdraw.",
        "Implementation will be phased over the first eighteen months.",
    ),
    "active": (
        "Performance against the agreed service standards was good, with most of the key "
        "indicators met in full.",
        "The partnership board meets quarterly and reports to each council's scrutiny committee.",
        "Savings of {saving} were delivered last year.",
    ),
    "ended": (
        "Staff who had transferred to the host council have returned to their original employers.",
        "The partner councils agreed to share the one-off costs of separation.",
    ),
}

# Context for the kinds the general BACKGROUND does not fit.
BACKGROUND_BY_KIND = {
    "combined_authority": {
        "talks": (
            "Ministers have said that any devolution deal would depend on a credible governance "
            "model for the whole area.",
        ),
        "proposed": (
            "The scheme would give the area control over transport, adult skills and economic "
            "development funding.",
            "Ministers must approve the scheme before any combined authority can be created.",
            "A public consultation on the governance review ran for eight weeks.",
        ),
        "agreed": (
            "The order creating the combined authority is expected to be laid before "
            "Parliament shortly.",
            "The combined authority would hold powers over transport, adult skills and "
            "economic development.",
        ),
        "active": (
            "The combined authority holds powers over transport, adult skills and economic "
            "development.",
            "Its board is made up of the leaders of the constituent councils.",
            "The investment fund is worth {saving} a year over thirty years.",
        ),
        "ended": ("The combined authority's functions passed to its successor body.",),
    },
    "network": {
        "talks": ("Officers have looked at the benefits of joining several national networks.",),
        "proposed": (
            "Membership would give the Council access to research, training and a collective "
            "voice with government.",
            "Several neighbouring councils are already members.",
        ),
        "agreed": ("Membership will begin at the start of the next financial year.",),
        "active": (
            "The network holds an annual conference and regular briefings for members.",
            "Officers attend the network's policy groups on housing and finance.",
        ),
        "ended": ("The subscription saving will be reinvested in the Council's policy team.",),
    },
}

PRESS_CONTEXT = {
    "any": (
        "Council tax levels will continue to be set separately by each authority.",
        "The councils say front-line services will not be affected.",
        "Each council will keep its own elected members.",
    ),
    "talks": ("Neither council would say when any proposal might be ready.",),
    "proposed": (
        "A report will be published on the councils' websites ahead of the meetings.",
        "Trade unions said they would be studying the detail.",
        "Residents are being encouraged to give their views.",
    ),
    "agreed": (
        "Work on the detail will now begin.",
        "Staff have been told what the changes mean for them.",
    ),
    "active": (
        "A review of the arrangement is due next year.",
        "The arrangement has been cited by ministers as an example for other councils.",
    ),
    "ended": ("The separation is expected to be complete within a year.",),
}
