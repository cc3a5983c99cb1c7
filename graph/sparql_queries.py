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

from graph.vocab import CG, ORG, PROV, SDO, SKOS, TIME

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

# ---------------------------------------------------------------------------------------------
# The relationship snapshot (graph/embedded_facts.py): every fact, read once per store state.
# Statements and labels are read per named graph (?graph), so what each document says stays
# apart; the document stating them is the one cg:Document inside that graph (none for the
# curated graph). The union default graph repeats a triple once per graph holding it, so every
# query over document facts is DISTINCT; register facts live in the register graph alone (and
# the loader keys them by code), so those queries skip the cost.
# ---------------------------------------------------------------------------------------------

FACT_PREFIXES = f"""{PREFIXES}PREFIX prov: <{PROV._NS}>
PREFIX time: <{TIME._NS}>
"""

_GRAPH_DOCUMENT = """
        OPTIONAL {
            ?doc a cg:Document ; schema:identifier ?doc_id .
            OPTIONAL { ?doc schema:datePublished ?doc_date }
        }"""

COUNCIL_RECORDS = f"""{PREFIXES}
SELECT ?id ?gss ?name ?type ?start ?end ?county ?authority
WHERE {{{_COUNCIL}{_COUNCIL_FIELDS}
    OPTIONAL {{ ?council cg:combinedAuthority/cg:registerCode ?authority }}
}}
ORDER BY ?id
"""
"""Every council with its county and combined authority, by register code."""

COUNCIL_CODES = f"""{PREFIXES}
SELECT ?code ?id ?rank WHERE {{
    {{ ?council cg:registerCode ?code BIND (0 AS ?rank) }}
    UNION {{ ?council cg:gssCode ?code BIND (1 AS ?rank) }}
    UNION {{ ?council cg:formerGssCode ?code BIND (2 AS ?rank) }}
    ?council a cg:Council ; cg:registerCode ?id .
}}
ORDER BY DESC(?rank) DESC(?id)
"""
"""Every code a council is known by; read in this order, the last code written wins, so a
current code beats a former one and, between equals, the smallest register code wins."""

REORGANISATIONS = f"""{PREFIXES}
SELECT ?abolished ?successor ?effective WHERE {{
    ?event a cg:Reorganisation ; org:originalOrganization/cg:registerCode ?abolished .
    OPTIONAL {{ ?event org:resultingOrganization/cg:registerCode ?successor }}
    OPTIONAL {{ ?event cg:effectiveDate ?effective }}
}}
ORDER BY ?abolished ?successor
"""

REGISTER_DATASET = f"""{PREFIXES}
SELECT DISTINCT ?dataset ?title ?url WHERE {{
    ?dataset skos:prefLabel ?title .
    OPTIONAL {{ ?dataset schema:url ?url }}
}}
LIMIT 1
"""
"""The register dataset's title and URL; bind ?dataset to its IRI."""

FACT_STATEMENTS = f"""{FACT_PREFIXES}
SELECT DISTINCT ?fact ?doc_id ?doc_date ?status ?start ?end WHERE {{
    GRAPH ?graph {{
        ?fact cg:status ?status_term .
        OPTIONAL {{
            ?fact cg:during|org:memberDuring ?interval .
            OPTIONAL {{ ?interval time:hasBeginning/time:inXSDDate ?start }}
            OPTIONAL {{ ?interval time:hasEnd/time:inXSDDate ?end }}
        }}{_GRAPH_DOCUMENT}
    }}
    ?status_term skos:notation ?status .
}}
"""
"""What each graph states of each partnership, membership and shared post: status, dates."""

FACT_LABELS = f"""{FACT_PREFIXES}
SELECT DISTINCT ?node ?property ?label ?doc_id ?doc_date WHERE {{
    GRAPH ?graph {{
        {{ ?node a cg:Partnership ; skos:prefLabel ?label BIND ("name" AS ?property) }}
        UNION {{ ?node a cg:Person ; skos:prefLabel ?label BIND ("person" AS ?property) }}
        UNION {{ ?node cg:legalBasis ?label BIND ("legal_basis" AS ?property) }}{_GRAPH_DOCUMENT}
    }}
}}
"""
"""Names of partnerships ("name") and people ("person"), and legal bases ("legal_basis"), as
each graph gives them."""

FACT_EVIDENCE = f"""{FACT_PREFIXES}
SELECT DISTINCT ?fact ?evidence WHERE {{
    ?fact prov:wasDerivedFrom ?evidence .
    ?evidence a cg:Evidence .
}}
"""
"""Which evidence each fact (partnership, membership, post, appointment, saving) rests on."""

EVIDENCE_RECORDS = f"""{FACT_PREFIXES}
SELECT DISTINCT ?evidence ?doc_id ?quote ?start ?end ?rule ?confidence ?page WHERE {{
    ?evidence a cg:Evidence ; prov:wasQuotedFrom/schema:identifier ?doc_id ; cg:quote ?quote ;
        cg:spanStart ?start ; cg:spanEnd ?end ; cg:rule ?rule ; cg:confidence ?confidence .
    OPTIONAL {{ ?evidence cg:page ?page }}
}}
"""
"""Every piece of evidence and the id of the document it quotes (read apart from the facts:
Oxigraph answers the two simple joins faster than the one wide one)."""

PARTNERSHIP_FACTS = f"""{PREFIXES}
SELECT DISTINCT ?partnership ?kind WHERE {{
    ?partnership a cg:Partnership , ?class .
    ?class skos:inScheme cg:PartnershipKinds ; skos:notation ?kind .
}}
"""

PARTNERSHIP_SERVICES = f"""{PREFIXES}
SELECT DISTINCT ?partnership ?service WHERE {{
    ?partnership cg:sharesService/skos:prefLabel ?service .
}}
"""

PARTNERSHIP_SAVINGS = f"""{PREFIXES}
SELECT DISTINCT ?partnership ?saving ?amount ?period WHERE {{
    ?partnership cg:saving ?saving .
    ?saving schema:value ?amount .
    OPTIONAL {{ ?saving cg:period ?period }}
}}
"""

# A fact's triples repeat in every graph that states it, so joining them directly makes k**3
# rows of a fact stated k times (a membership stated 100 times: a million rows, 336 s for the
# memberships of 10,000 documents). Each pattern is made DISTINCT on its own before the join.

MEMBERSHIP_FACTS = f"""{PREFIXES}
SELECT DISTINCT ?membership ?partnership ?council WHERE {{
    {{ SELECT DISTINCT ?membership WHERE {{ ?membership a cg:PartnershipMembership }} }}
    {{
        SELECT DISTINCT ?membership ?partnership
        WHERE {{ ?membership org:organization ?partnership }}
    }}
    {{ SELECT DISTINCT ?membership ?member WHERE {{ ?membership org:member ?member }} }}
    ?member cg:registerCode ?council .
}}
"""

SHARED_POST_FACTS = f"""{PREFIXES}
SELECT DISTINCT ?post ?role ?council ?person WHERE {{
    {{ SELECT DISTINCT ?post WHERE {{ ?post a cg:SharedPost }} }}
    {{ SELECT DISTINCT ?post ?role WHERE {{ ?post org:role/skos:notation ?role }} }}
    {{ SELECT DISTINCT ?post ?in WHERE {{ ?post org:postIn ?in }} }}
    ?in cg:registerCode ?council .
    OPTIONAL {{ SELECT DISTINCT ?post ?person WHERE {{ ?post org:heldBy ?person }} }}
}}
"""
"""One row per council of each shared post (and per holder, when named)."""

APPOINTMENT_FACTS = f"""{PREFIXES}
SELECT DISTINCT ?appointment ?person ?role ?council WHERE {{
    {{ SELECT DISTINCT ?appointment WHERE {{ ?appointment a cg:Appointment }} }}
    {{ SELECT DISTINCT ?appointment ?person WHERE {{ ?appointment org:member ?person }} }}
    {{ SELECT DISTINCT ?appointment ?role WHERE {{ ?appointment org:role/skos:notation ?role }} }}
    OPTIONAL {{
        SELECT DISTINCT ?appointment ?council
        WHERE {{ ?appointment org:organization/cg:registerCode ?council }}
    }}
}}
"""

DOCUMENT_RECORDS = f"""{PREFIXES}
SELECT DISTINCT ?id ?title ?url ?date ?format ?publisher WHERE {{
    ?doc a cg:Document ; schema:identifier ?id ; skos:prefLabel ?title .
    OPTIONAL {{ ?doc schema:url ?url }}
    OPTIONAL {{ ?doc schema:datePublished ?date }}
    OPTIONAL {{ ?doc schema:encodingFormat ?format }}
    OPTIONAL {{ ?doc schema:publisher/cg:registerCode ?publisher }}
}}
"""

DOCUMENT_MENTIONS = f"""{PREFIXES}
SELECT DISTINCT ?id ?council WHERE {{
    ?doc a cg:Document ; schema:identifier ?id ; schema:mentions/cg:registerCode ?council .
}}
ORDER BY ?council
"""
"""The councils the document ?id mentions; bind ?id."""

DOCUMENT_TEXT = f"""{PREFIXES}
SELECT DISTINCT ?id ?text WHERE {{
    ?doc a cg:Document ; schema:identifier ?id .
    OPTIONAL {{ ?doc schema:text ?text }}
}}
LIMIT 1
"""
"""The clean text of the document ?id (spans index into it), when the graph stores it."""
