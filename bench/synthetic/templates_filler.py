"""Ordinary council business that fills out a document to a realistic length and names no
council other than the publisher. Each topic has an agenda title, paragraphs, resolutions and
a line a newspaper might add. `{councillor}` is a councillor of the publishing council."""

from __future__ import annotations

TOPICS = (
    {
        "title": "Revenue Budget Monitoring - Quarter {quarter}",
        "body": (
            "The Director of Resources presented the budget monitoring report for quarter "
            "{quarter}, which forecast an overspend of {amount} against the approved budget, "
            "largely because of pressures in temporary accommodation.",
            "Councillor {councillor} asked what action was being taken to bring spending back "
            "in line. Officers explained that a recruitment freeze on non-essential posts had "
            "been introduced and that income from car parking was {percent} per cent above "
            "forecast.",
            "Members noted that the general fund reserve stood at {amount} and that the "
            "position would be kept under review.",
        ),
        "resolved": (
            "That the forecast revenue outturn position be noted.",
            "That the virements set out in Appendix B be approved.",
        ),
        "press": "The council is also forecasting an overspend of {amount} this year.",
    },
    {
        "title": "Capital Programme {year}/{next_year}",
        "body": (
            "The report set out a capital programme of {amount} for {year}/{next_year}, "
            "including the refurbishment of the {ward} leisure centre and improvements to "
            "play areas.",
            "In answer to a question from Councillor {councillor}, the portfolio holder "
            "confirmed that the scheme would be funded partly from prudential borrowing and "
            "partly from capital receipts.",
        ),
        "resolved": ("That the capital programme be recommended to Council for approval.",),
        "press": "A {amount} refurbishment of the {ward} leisure centre is due to begin next year.",
    },
    {
        "title": "Local Plan - Regulation 18 Consultation",
        "body": (
            "Members considered the draft Local Plan, which identifies land for {count} new "
            "homes over the plan period, together with sites for employment.",
            "Councillor {councillor} raised concerns about the capacity of local roads and "
            "schools in the {ward} area, and asked that the infrastructure delivery plan be "
            "published alongside the consultation.",
            "The Head of Planning Policy advised that the consultation would run for eight "
            "weeks and that all responses would be reported back to members.",
        ),
        "resolved": (
            "That the draft Local Plan be approved for public consultation.",
            "That the Head of Planning Policy be authorised to make minor editorial changes "
            "before publication.",
        ),
        "press": "A draft local plan proposing {count} new homes goes out to consultation this "
        "month.",
    },
    {
        "title": "Fees and Charges {next_year}",
        "body": (
            "The report proposed an average increase of {percent} per cent in discretionary "
            "fees and charges, in line with inflation.",
            "Garden waste subscriptions would rise to {small} under the proposals, which are "
            "expected to generate an additional {amount} over the year.",
        ),
        "resolved": ("That the schedule of fees and charges at Appendix A be approved.",),
        "press": "Garden waste charges are set to rise by {percent} per cent.",
    },
    {
        "title": "Homelessness and Rough Sleeping Strategy",
        "body": (
            "The Housing Manager reported that the number of households in temporary "
            "accommodation had risen to {count}, the highest figure for several years.",
            "Councillor {councillor} welcomed the strategy's emphasis on prevention and asked "
            "how many households had been helped to stay in their homes. Officers undertook "
            "to circulate the figures after the meeting.",
        ),
        "resolved": ("That the Homelessness and Rough Sleeping Strategy be adopted.",),
        "press": "The number of households in temporary accommodation has risen to {count}.",
    },
    {
        "title": "Climate Emergency Action Plan - Progress Report",
        "body": (
            "Members received an update on the action plan, which showed that the Council's "
            "own carbon emissions had fallen by {percent} per cent since the baseline year.",
            "The installation of solar panels on the depot roof was complete and a further "
            "{count} electric vehicle charging points were planned across the district.",
        ),
        "resolved": ("That progress against the Climate Emergency Action Plan be noted.",),
        "press": "The council says its own carbon emissions have fallen by {percent} per cent.",
    },
    {
        "title": "Council Tax Base",
        "body": (
            "The report set the council tax base at {count} Band D equivalent properties, an "
            "increase of {percent} per cent on the previous year, reflecting new housing "
            "completions.",
        ),
        "resolved": ("That the council tax base for {next_year} be approved.",),
        "press": "Council tax bills are expected to rise by {percent} per cent in April.",
    },
    {
        "title": "Treasury Management Mid-Year Review",
        "body": (
            "The Section 151 Officer reported that investment income was ahead of budget "
            "because of higher interest rates, and that all treasury activity had complied "
            "with the approved prudential indicators.",
            "External borrowing stood at {amount}, unchanged since the start of the year.",
        ),
        "resolved": ("That the treasury management mid-year review be noted.",),
        "press": "Investment income is {amount} higher than expected.",
    },
    {
        "title": "Car Parking Strategy",
        "body": (
            "The Cabinet considered proposals to introduce cashless payment in all council car "
            "parks and to extend free parking on Saturdays in the run-up to Christmas.",
            "Councillor {councillor} asked that the needs of residents without smartphones be "
            "considered; the portfolio holder confirmed that pay-by-phone would sit alongside "
            "card payment machines.",
        ),
        "resolved": ("That the Car Parking Strategy be approved.",),
        "press": "Free Saturday parking will return in the run-up to Christmas.",
    },
    {
        "title": "Community Grants Scheme",
        "body": (
            "Members considered {few} applications to the community grants scheme and "
            "agreed awards totalling {small}, including support for a youth club in {ward} "
            "and a community transport scheme.",
        ),
        "resolved": ("That the grant awards set out in the appendix be approved.",),
        "press": "Community groups have shared {small} in grants.",
    },
    {
        "title": "Waste Collection Round Changes",
        "body": (
            "The Head of Environmental Services explained that rounds would be redesigned to "
            "reflect new housing, affecting around {count} households.",
            "Residents would be written to at least four weeks before any change to their "
            "collection day.",
        ),
        "resolved": ("That the revised collection rounds be noted.",),
        "press": "Around {count} households will see their bin collection day change.",
    },
    {
        "title": "Corporate Risk Register",
        "body": (
            "The Audit Committee reviewed the corporate risk register. The highest-scoring "
            "risks related to the medium-term financial position and cyber security.",
            "Councillor {councillor} asked whether the cyber security risk had been tested; "
            "officers confirmed that an external penetration test had taken place in the "
            "autumn.",
        ),
        "resolved": ("That the corporate risk register be noted.",),
        "press": "Cyber security is now one of the council's highest-rated risks.",
    },
    {
        "title": "Petition - {ward} Play Area",
        "body": (
            "A petition signed by {count} residents asking for the {ward} play area to be "
            "refurbished was presented by the lead petitioner.",
            "The portfolio holder thanked residents and said that the play area was included "
            "in the programme for the coming year.",
        ),
        "resolved": ("That the petition be referred to Cabinet for consideration.",),
        "press": "More than {count} people signed a petition about the {ward} play area.",
    },
    {
        "title": "Members' Allowances Scheme",
        "body": (
            "The Council considered the recommendations of the Independent Remuneration Panel, "
            "which proposed an increase of {percent} per cent in the basic allowance.",
            "Several members spoke against any increase given the pressure on household "
            "budgets, and an amendment to freeze allowances was moved by Councillor "
            "{councillor}.",
        ),
        "resolved": ("That the Members' Allowances Scheme be approved as amended.",),
        "press": "Councillors have voted to freeze their allowances.",
    },
    {
        "title": "Public Questions",
        "body": (
            "A member of the public asked about litter on the approach roads to {ward}. The "
            "portfolio holder replied that additional litter picks had been scheduled and "
            "that enforcement patrols would be increased.",
        ),
        "resolved": ("That the questions and answers be noted.",),
        "press": "Residents have complained about litter on roads into {ward}.",
    },
)

OPENINGS = (
    "APOLOGIES FOR ABSENCE",
    "DECLARATIONS OF INTEREST",
    "MINUTES OF THE PREVIOUS MEETING",
)
APOLOGIES = (
    "Apologies for absence were received from Councillors {absent}.",
    "Apologies for absence were received from Councillor {apology}.",
    "Apologies were received from Councillor {apology}.",
    "There were no apologies for absence.",
)
DECLARATIONS = (
    "There were no declarations of interest.",
    "Councillor {declarer} declared a non-pecuniary interest in the item on community grants "
    "as a trustee of a local charity.",
    "No declarations of interest were made.",
)
PREVIOUS = (
    "RESOLVED that the minutes of the meeting held on {previous} be approved as a correct "
    "record and signed by the Chair.",
    "The minutes of the meeting held on {previous} were confirmed as a correct record.",
)
