"""The SPARQL the peer comparison runs, word for word the same on Oxigraph and on rdflib.

Two of the API's questions written as one SPARQL query each (a plain reading of the rules:
dates from every document's interval, the earliest start and latest end), and three of the
SELECTs the embedded backend runs to read its snapshot (graph/sparql_queries.py). The
benchmark's own constants (a date, a register code) are written into the text, so both engines
parse the same string; no outside input reaches it.
"""

from __future__ import annotations

import re
from datetime import date

from graph import ids
from graph import sparql_queries as embedded

PREFIXES = f"""{embedded.FACT_PREFIXES}PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

# Oxigraph's union default graph repeats a triple once per document graph holding it, and
# joined directly the repeats multiply (a minute for a thousand documents); so facts and their
# dates are read inside GRAPH (one row per document stating them) and made DISTINCT or
# aggregated before any join, as the embedded backend's own snapshot queries do.
_DATES = """
    OPTIONAL {{ SELECT ?{fact} (MIN(?start) AS ?first) WHERE {{ GRAPH ?graph {{
        ?{fact} {anchor}{during}/time:hasBeginning/time:inXSDDate ?start }} }} GROUP BY ?{fact} }}
    OPTIONAL {{ SELECT ?{fact} (MAX(?end) AS ?last) WHERE {{ GRAPH ?graph {{
        ?{fact} {anchor}{during}/time:hasEnd/time:inXSDDate ?end }} }} GROUP BY ?{fact} }}
    FILTER ((!BOUND(?first) || ?first <= "{day}"^^xsd:date)
        && (!BOUND(?last) || "{day}"^^xsd:date < ?last))"""
"""A fact holds on the day when its earliest stated start is on or before it (or none is
stated) and its latest stated end is after it (or none is stated)."""

_SHARED_CHIEF_EXECUTIVES = """
SELECT ?post (GROUP_CONCAT(?code; separator=" ") AS ?councils) WHERE {{
    {{
        SELECT DISTINCT ?post ?code WHERE {{
            GRAPH ?graph {{ ?post a cg:SharedPost ; org:role ?role ; org:postIn ?council }}
            ?role skos:notation "chief_executive" .
            ?council cg:registerCode ?code .
        }}
    }}{dates}
}}
GROUP BY ?post
ORDER BY ?councils
"""

_COUNCIL_RELATIONSHIPS = """
SELECT DISTINCT ?kind ?via ?other WHERE {{
    {{
        {{ SELECT DISTINCT ?membership ?via WHERE {{ GRAPH ?graph {{
            ?membership org:member {council} ; org:organization ?via }} }} }}
        OPTIONAL {{ SELECT DISTINCT ?membership ?declined WHERE {{
            GRAPH ?graph {{ ?membership org:member {council} ; cg:status ?status }}
            ?status skos:notation "declined" BIND (true AS ?declined) }} }}
        FILTER (!BOUND(?declined)){membership_dates}
        {{ SELECT DISTINCT ?via ?member WHERE {{ GRAPH ?graph {{
            ?fellow org:organization ?via ; org:member ?member }} }} }}
        BIND ("partnership" AS ?kind)
    }} UNION {{
        {{ SELECT DISTINCT ?via ?member WHERE {{ GRAPH ?graph {{
            ?via a cg:SharedPost ; org:postIn {council}, ?member }} }} }}{post_dates}
        BIND ("shared_post" AS ?kind)
    }}
    UNION {{ {council} cg:county ?member BIND ("county" AS ?kind) }}
    UNION {{ ?member cg:county {council} BIND ("district" AS ?kind) }}
    UNION {{ {council} cg:combinedAuthority ?member BIND ("combined_authority" AS ?kind) }}
    UNION {{ ?member cg:combinedAuthority {council} BIND ("constituent" AS ?kind) }}
    FILTER (?member != {council})
    ?member cg:registerCode ?other .
}}
ORDER BY ?kind ?other ?via
"""

_CODE = re.compile(r"[A-Z0-9]{2,12}")
DAY = date(2020, 4, 1)  # the day the questions are asked as of


def shared_chief_executives(day: date) -> str:
    """Chief-executive posts shared on `day`, with their councils."""
    dates = _DATES.format(fact="post", anchor="", during="cg:during", day=day.isoformat())
    return PREFIXES + _SHARED_CHIEF_EXECUTIVES.format(dates=dates)


def council_relationships(code: str, day: date) -> str:
    """The councils linked to the council `code` on `day`, and through what."""
    if not _CODE.fullmatch(code):
        raise ValueError(f"not a register code: {code!r}")
    council = f"<{ids.council(code)}>"
    membership = _DATES.format(
        fact="membership",
        anchor=f"org:member {council} ; ",
        during="org:memberDuring",
        day=day.isoformat(),
    )
    post = _DATES.format(
        fact="via", anchor=f"org:postIn {council} ; ", during="cg:during", day=day.isoformat()
    )
    return PREFIXES + _COUNCIL_RELATIONSHIPS.format(
        council=council, membership_dates=membership, post_dates=post
    )


def snapshot_queries() -> dict[str, str]:
    """Three of the embedded backend's snapshot SELECTs, run as it runs them."""
    return {
        "snapshot: shared posts": embedded.SHARED_POST_FACTS,
        "snapshot: memberships": embedded.MEMBERSHIP_FACTS,
        "snapshot: statements per graph": embedded.FACT_STATEMENTS,
    }
