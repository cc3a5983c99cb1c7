"""Every SPARQL query the embedded backend runs: named constants and small builders.

Values never enter the query text. Each query names its parameters as variables, and
`GraphStore.select` substitutes RDF terms for them (Oxigraph's SEP-0007 substitution). Oxigraph
substitutes only variables in the outermost projection, so every query projects its parameters
(and a count groups by them). Optional filters are whole fragments, chosen by the builder from
this module's constants, never from input; LIMIT and OFFSET are ints formatted as ints.

Queries run over the union of the named graphs, including the ontology's, which is where the
notations (`county`, `upper`...) of coded terms come from.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import OWL

from graph.vocab import CG, ORG, SDO, SKOS

PREFIXES = f"""PREFIX cg: <{CG._NS}>
PREFIX org: <{ORG._NS}>
PREFIX owl: <{OWL._NS}>
PREFIX schema: <{SDO._NS}>
PREFIX skos: <{SKOS._NS}>
"""

# The council's kind, as the notation of its class in the council-types scheme.
_COUNCIL = """
    ?council a cg:Council ; cg:registerCode ?id ; skos:prefLabel ?name ; a ?kind .
    ?kind skos:inScheme cg:CouncilTypes ; skos:notation ?type .
"""
_COUNCIL_FIELDS = """
    OPTIONAL { ?council cg:gssCode ?gss }
    OPTIONAL { ?council cg:tier/skos:notation ?tier }
    OPTIONAL { ?council cg:county/cg:registerCode ?county }
    OPTIONAL { ?council cg:startDate ?start }
    OPTIONAL { ?council cg:endDate ?end }
"""

# Filters of the council list: parameter name -> pattern. ?type, ?tier and ?county are output
# variables too, so substituting them restricts the rows; their patterns make them required.
COUNCIL_FILTERS = {
    "type": "",
    "tier": "    ?council cg:tier/skos:notation ?tier .\n",
    "county": "    ?council cg:county/cg:registerCode ?county .\n",
    "as_of": """    FILTER ((!BOUND(?start) || ?start <= ?as_of) && (!BOUND(?end) || ?as_of < ?end))
""",
    "q": """    FILTER (LCASE(?id) = ?q || LCASE(COALESCE(?gss, "")) = ?q || EXISTS {
        ?council skos:prefLabel|cg:shortName|skos:altLabel ?label .
        FILTER (CONTAINS(LCASE(STR(?label)), ?q))
    })
""",
}
COUNCIL_COLUMNS = "?council ?id ?gss ?name ?type ?tier ?county ?start ?end"


@dataclass(frozen=True, slots=True)
class Query:
    """A query's text and the parameters to bind in it."""

    text: str
    bindings: dict[str, object]


def _where(params: dict[str, object]) -> str:
    fragments = "".join(COUNCIL_FILTERS[name] for name in COUNCIL_FILTERS if name in params)
    return f"WHERE {{{_COUNCIL}{_COUNCIL_FIELDS}{fragments}}}"


def _params(params: dict[str, object]) -> str:
    """Parameters not already among the output columns, as projected variables."""
    return "".join(f" ?{name}" for name in params if f"?{name} " not in COUNCIL_COLUMNS + " ")


def list_councils(params: dict[str, object], limit: int, offset: int) -> Query:
    """One page of councils matching `params` (keys of COUNCIL_FILTERS), by name then id."""
    text = (
        f"{PREFIXES}SELECT {COUNCIL_COLUMNS}{_params(params)}\n{_where(params)}\n"
        f"ORDER BY LCASE(STR(?name)) ?id\nLIMIT {int(limit)} OFFSET {int(offset)}"
    )
    return Query(text, params)


def count_councils(params: dict[str, object]) -> Query:
    """How many councils match `params`. Grouped by the parameters so that they are
    projected; with no match there is no row, which means 0."""
    names = "".join(f" ?{name}" for name in params)
    group = f"\nGROUP BY{names}" if names else ""
    text = f"{PREFIXES}SELECT{names} (COUNT(DISTINCT ?council) AS ?total)\n{_where(params)}{group}"
    return Query(text, params)


RESOLVE_COUNCIL = f"""{PREFIXES}
SELECT ?key ?council ?id WHERE {{
    {{ ?council cg:registerCode ?key BIND (0 AS ?rank) }}
    UNION {{ ?council cg:gssCode ?key BIND (1 AS ?rank) }}
    UNION {{ ?council cg:formerGssCode ?key BIND (2 AS ?rank) }}
    ?council a cg:Council ; cg:registerCode ?id .
}}
ORDER BY ?rank ?id
LIMIT 1
"""
"""The council (and its register code) whose register code, GSS code or former GSS code is
?key; a current code wins over a former one. The queries below take the council's IRI as
?council: bound to an IRI they run ten times faster than bound to a code."""

COUNCIL_DETAIL = f"""{PREFIXES}
SELECT {COUNCIL_COLUMNS} ?short_name ?nation ?region ?lat ?long ?same_as
WHERE {{{_COUNCIL}{_COUNCIL_FIELDS}
    ?council cg:shortName ?short_name ; cg:nation/skos:notation ?nation .
    OPTIONAL {{ ?council cg:region/skos:prefLabel ?region }}
    OPTIONAL {{ ?council schema:latitude ?lat ; schema:longitude ?long }}
    OPTIONAL {{ ?council owl:sameAs ?same_as }}
}}
LIMIT 1
"""

COUNCIL_NAMES = f"""{PREFIXES}
SELECT ?council ?alt_name ?former_gss WHERE {{
    {{ ?council skos:altLabel ?alt_name }} UNION {{ ?council cg:formerGssCode ?former_gss }}
}}
ORDER BY ?alt_name ?former_gss
"""
"""A council's alternative names and former GSS codes, one per row."""

RELATED_COUNCILS = f"""{PREFIXES}
SELECT ?council ?relation ?other_id ?other_gss ?other_name ?other_type ?other_start ?other_end
WHERE {{
    {{ ?council cg:county ?other BIND ("county" AS ?relation) }}
    UNION {{ ?other cg:county ?council BIND ("district" AS ?relation) }}
    UNION {{ ?council cg:combinedAuthority ?other BIND ("combined_authority" AS ?relation) }}
    UNION {{ ?other cg:combinedAuthority ?council BIND ("constituent" AS ?relation) }}
    UNION {{
        ?event org:resultingOrganization ?council ; org:originalOrganization ?other .
        BIND ("predecessor" AS ?relation)
    }}
    UNION {{
        ?event org:originalOrganization ?council ; org:resultingOrganization ?other .
        BIND ("successor" AS ?relation)
    }}
    ?other cg:registerCode ?other_id ; skos:prefLabel ?other_name ; a ?kind .
    ?kind skos:inScheme cg:CouncilTypes ; skos:notation ?other_type .
    OPTIONAL {{ ?other cg:gssCode ?other_gss }}
    OPTIONAL {{ ?other cg:startDate ?other_start }}
    OPTIONAL {{ ?other cg:endDate ?other_end }}
}}
ORDER BY ?relation LCASE(STR(?other_name)) ?other_id
"""
"""Every council related to ?council: its county, districts, combined authority, the councils it
leads as a combined authority, and its predecessors and successors in reorganisations."""

REGISTER_PRESENT = f"""{PREFIXES}
SELECT (COUNT(?council) AS ?councils) WHERE {{ ?council a cg:Council }}
"""
