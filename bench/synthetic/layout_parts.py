"""Pieces shared by minutes and reports: who attended, who presented, questions from members,
resolutions, the deciding body and the time of a meeting."""

from __future__ import annotations

import random

from bench.synthetic.arrangements import Arrangement
from bench.synthetic.document import Document
from bench.synthetic.filler import councillor

BODIES = {
    "talks": ("Cabinet", "Executive", "Policy and Resources Committee"),
    "proposed": ("Cabinet", "Executive", "Strategy and Resources Committee"),
    "agreed": ("Council", "Council", "Cabinet"),
    "active": ("Cabinet", "Council", "Overview and Scrutiny Committee", "Executive"),
    "ended": ("Cabinet", "Council", "Executive"),
}
QUESTIONS = (
    ("whether staff and trade unions had been consulted",
     "The {officer} confirmed that staff and the trade unions had been briefed throughout."),
    ("how the savings would be shared between the councils",
     "In response, the {officer} explained that costs and savings would be shared in proportion "
     "to each council's budget."),
    ("what would happen if one council later wished to withdraw",
     "The {officer} advised that the agreement contained a twelve-month notice period."),
    ("how residents would be kept informed",
     "The {officer} said that updates would be published on the Council's website."),
    ("whether the arrangement would affect the Council's sovereignty",
     "The {officer} confirmed that each council would keep its own decision-making powers."),
    ("what the one-off costs of the change would be",
     "The {officer} undertook to provide a written answer after the meeting."),
)  # fmt: skip
OFFICER_TITLES = ("Chief Executive", "Monitoring Officer", "Head of Legal Services")


def meeting_times(rng: random.Random) -> tuple[str, str]:
    """When a meeting started and closed, written as minutes write times."""
    start = rng.choice((10, 14, 18, 19)) * 60 + rng.choice((0, 15, 30))
    close = start + rng.randint(4, 14) * 15
    return _clock(rng, start), _clock(rng, close)


def _clock(rng: random.Random, minutes: int) -> str:
    hour, minute = divmod(minutes, 60)
    twelve, suffix = (hour - 12 if hour > 12 else hour), ("pm" if hour >= 12 else "am")
    return rng.choice(
        (f"{twelve}.{minute:02d} {suffix}", f"{twelve}.{minute:02d}{suffix}",
         f"{twelve}:{minute:02d} {suffix}")
    )  # fmt: skip


def meeting_body(doc: Document, primary: Arrangement | None) -> str:
    phase = primary.phase(doc.day) if primary else "active"
    return doc.rng.choice(BODIES[phase])


def attendance(doc: Document, body: str) -> list[str]:
    """Who was present: the chair (the Mayor at a council meeting of a borough), the leader and
    deputy, other councillors, then officers."""
    pub = doc.publisher or ""
    members = [_chair(doc, body)]
    roles = [("leader", "Leader of the Council", 0.8), ("deputy_leader", "Deputy Leader", 0.8)]
    if body == "Council":
        roles.append(("opposition_leader", "Leader of the Opposition", 0.6))
    for role, label, chance in roles:
        name = doc.holder(pub, role)
        if name and doc.rng.random() < chance:
            members.append(f"{doc.person(name, role, pub)} ({label})")
    pool = doc.world.posts.councillors(pub)
    members += [
        doc.person(n, "councillor", pub) for n in doc.rng.sample(pool, doc.rng.randint(3, 9))
    ]
    lines = ["Present:", "Councillors " + ", ".join(members)]
    if doc.rng.random() < 0.5:
        lines = ["PRESENT:", *(f"Councillor {m}" for m in members)]
    return [*lines, "", _officers(doc)]


def _chair(doc: Document, body: str) -> str:
    pub = doc.publisher or ""
    mayor = doc.holder(pub, "mayor")
    if body == "Council" and mayor:
        return f"{doc.person(mayor, 'mayor', pub)} (Mayor, in the Chair)"
    return f"{councillor(doc)} (Chair)"


def _officers(doc: Document) -> str:
    pub = doc.publisher or ""
    posts = [("chief_executive", "Chief Executive"), ("section_151_officer", "Section 151 Officer")]
    posts += [("director", p) for p in doc.world.posts.director_posts(pub)[:2]]
    present = []
    for role, label in posts:
        key = label if role == "director" else role
        name = doc.holder(pub, key)
        if name and doc.rng.random() < 0.7:
            present.append(f"{doc.person(name, role, pub)} ({label})")
    present.append("Democratic Services Officer")
    return "Officers present: " + ", ".join(present) + "."


def joint_attendance(doc: Document, committee: Arrangement) -> list[str]:
    """Members of a joint committee, two from each council, with their councils."""
    lines = ["Present:"]
    for code in committee.current(doc.day):
        for name in doc.rng.sample(doc.world.posts.councillors(code), 2):
            who = doc.person(name, "councillor", code)
            lines.append(f"Councillor {who} ({doc.council(code, formal=True)})")
    return [*lines, "", _officers(doc)]


def presenter(doc: Document, title: str) -> str:
    pub = doc.publisher or ""
    leader = doc.holder(pub, "leader")
    if leader and doc.rng.random() < 0.5:
        who = f"The Leader of the Council, Councillor {doc.person(leader, 'leader', pub)},"
    else:
        who = doc.rng.choice(("The Chief Executive", "The Director of Resources", "The Leader"))
    if doc.rng.random() < 0.5:
        return f"{who} presented the report."
    return f'{who} introduced the report "{title}".'


def discussion(doc: Document) -> list[str]:
    out = []
    for question, answer in doc.rng.sample(QUESTIONS, doc.rng.randint(1, 2)):
        answer = answer.format(officer=doc.rng.choice(OFFICER_TITLES))
        out.append(f"Councillor {councillor(doc)} asked {question}. {answer}")
    return out


def resolved(doc: Document, resolutions: list[str]) -> str:
    """A RESOLVED block in one of the forms minutes use."""
    if len(resolutions) == 1 and doc.rng.random() < 0.5:
        return f"RESOLVED: {resolutions[0]}"
    style = doc.rng.randrange(3)
    if style == 0:
        items = (f"({i}) {_clause(r)};" for i, r in enumerate(resolutions, 1))
        return "RESOLVED that:\n" + "\n".join(items).rstrip(";") + "."
    if style == 1:
        return "RESOLVED:\n" + "\n".join(f"{i}. {r}" for i, r in enumerate(resolutions, 1))
    return "\n".join(f"Resolved - {r}" for r in resolutions)


def _clause(resolution: str) -> str:
    """ "That the report be noted." -> "the report be noted"."""
    text = resolution.removeprefix("That ").rstrip(".")
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first in ("The", "It", "All") else text
