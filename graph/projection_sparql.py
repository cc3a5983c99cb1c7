"""The SPARQL SELECTs the Neo4j projection reads the embedded store with.

Register facts (councils, their links and reorganisations) are read over the union of the
graphs. Document facts are read per named graph: each query projects `?g`, the graph stating the
fact, so one document's statements stay apart from another's, and binding `?g` reads a single
document. Coded terms come back as their notations (from the ontology graph), IRIs as strings.

Most document queries join one sub-select per triple pattern (`_each`) rather than a basic
graph pattern. A full sync reads every graph at once, and Oxigraph joins independent
sub-selects by hashing them, where it evaluates a basic graph pattern by looking up each next
pattern row by row: at a million triples these queries read in half the time, the same rows.
Bound to one graph (`?g`) they stay under a millisecond. Bound to one `?fact`, only the
queries sync_source reads that way are quick (partnerships, services, intervals, shared posts,
people); services and intervals stay basic graph patterns for that.
"""

from __future__ import annotations

import re

from graph.sparql_queries import PREFIXES
from graph.vocab import PROV, TIME

_PREFIXES = f"""{PREFIXES}PREFIX prov: <{PROV._NS}>
PREFIX time: <{TIME._NS}>
"""


def _each(pattern: str, in_graph: bool = True) -> str:
    """One triple pattern as a sub-select of its variables (and `?g`, the graph stating it,
    unless the pattern holds in the union of the graphs, as register codes and notations do)."""
    names = " ".join(dict.fromkeys(re.findall(r"\?\w+", pattern)))
    if in_graph:
        return f"{{ SELECT ?g {names} WHERE {{ GRAPH ?g {{ {pattern} }} }} }}"
    return f"{{ SELECT {names} WHERE {{ {pattern} }} }}"


_COUNCIL = _each("?council_iri cg:registerCode ?council", in_graph=False)
_STATUS = _each("?status_term skos:notation ?status", in_graph=False)
_ROLE = _each("?role_term skos:notation ?role", in_graph=False)

COUNCILS = f"""{_PREFIXES}
SELECT DISTINCT ?id ?gss ?name ?short_name ?type ?tier ?nation ?region ?start ?end ?lat ?long
    ?same_as
WHERE {{
    {{ SELECT ?council ?id ?name ?type WHERE {{
        ?council a cg:Council ; cg:registerCode ?id ; skos:prefLabel ?name ; a ?kind .
        ?kind skos:inScheme cg:CouncilTypes ; skos:notation ?type .
    }} }}
    OPTIONAL {_each("?council cg:shortName ?short_name", in_graph=False)}
    OPTIONAL {_each("?council cg:nation/skos:notation ?nation", in_graph=False)}
    OPTIONAL {_each("?council cg:gssCode ?gss", in_graph=False)}
    OPTIONAL {_each("?council cg:tier/skos:notation ?tier", in_graph=False)}
    OPTIONAL {_each("?council cg:region/skos:prefLabel ?region", in_graph=False)}
    OPTIONAL {_each("?council cg:startDate ?start", in_graph=False)}
    OPTIONAL {_each("?council cg:endDate ?end", in_graph=False)}
    OPTIONAL {_each("?council schema:latitude ?lat ; schema:longitude ?long", in_graph=False)}
    OPTIONAL {_each("?council owl:sameAs ?same_as", in_graph=False)}
}}
"""
"""Each council's properties. The councils themselves are a basic graph pattern: labels and
types are also every document's, and a sub-select would read all of them; the properties only
councils have are sub-selects, joined by hashing (40% quicker than ten lookups per council)."""

COUNCIL_NAMES = f"""{_PREFIXES}
SELECT DISTINCT ?id ?alt_name ?former_gss WHERE {{
    {{ SELECT ?council ?id WHERE {{ ?council a cg:Council ; cg:registerCode ?id }} }}
    {{ {_each("?council skos:altLabel ?alt_name", in_graph=False)} }}
    UNION {{ {_each("?council cg:formerGssCode ?former_gss", in_graph=False)} }}
}}
"""
"""A council's alternative names and former GSS codes, one per row."""

COUNCIL_LINKS = f"""{_PREFIXES}
SELECT DISTINCT ?from ?to ?link WHERE {{
    {{ {_each("?council cg:county ?other", in_graph=False)} BIND ("county" AS ?link) }}
    UNION {{
        {_each("?council cg:combinedAuthority ?other", in_graph=False)}
        BIND ("combined_authority" AS ?link)
    }}
    {_each("?council cg:registerCode ?from", in_graph=False)}
    {_each("?other cg:registerCode ?to", in_graph=False)}
}}
"""

REORGANISATIONS = f"""{_PREFIXES}
SELECT DISTINCT ?event ?from ?to ?date WHERE {{
    ?event a cg:Reorganisation ; org:originalOrganization/cg:registerCode ?from ;
        org:resultingOrganization/cg:registerCode ?to .
    OPTIONAL {{ ?event cg:effectiveDate ?date }}
}}
"""

REGISTER_DATASET = f"""{_PREFIXES}
SELECT ?g ?dataset ?name ?url WHERE {{
    GRAPH ?g {{
        ?dataset a schema:Dataset ; skos:prefLabel ?name .
        OPTIONAL {{ ?dataset schema:url ?url }}
    }}
}}
"""

COUNCIL_SOURCES = f"""{_PREFIXES}
SELECT DISTINCT ?id ?dataset WHERE {{ ?council cg:registerCode ?id ; prov:wasDerivedFrom ?dataset .
    ?dataset a schema:Dataset }}
"""

DOCUMENTS = f"""{_PREFIXES}
SELECT ?g ?doc ?id ?file_name ?title ?url ?date ?format ?text ?publisher WHERE {{
    {_each("?doc a cg:Document")}
    {_each("?doc schema:identifier ?id")}
    OPTIONAL {_each("?doc cg:fileName ?file_name")}
    OPTIONAL {_each("?doc skos:prefLabel ?title")}
    OPTIONAL {_each("?doc schema:url ?url")}
    OPTIONAL {_each("?doc schema:datePublished ?date")}
    OPTIONAL {_each("?doc schema:encodingFormat ?format")}
    OPTIONAL {_each("?doc schema:text ?text")}
    OPTIONAL {{
        {_each("?doc schema:publisher ?by")}
        {_each("?by cg:registerCode ?publisher", in_graph=False)}
    }}
}}
"""

MENTIONS = f"""{_PREFIXES}
SELECT ?g ?doc ?council WHERE {{
    {_each("?doc a cg:Document")}
    {_each("?doc schema:mentions ?council_iri")}
    {_COUNCIL}
}}
"""

EVIDENCE = f"""{_PREFIXES}
SELECT ?g ?evidence ?doc ?quote ?span_start ?span_end ?page ?rule ?confidence WHERE {{
    {_each("?evidence a cg:Evidence")}
    {_each("?evidence prov:wasQuotedFrom ?doc")}
    {_each("?evidence cg:quote ?quote")}
    {_each("?evidence cg:spanStart ?span_start")}
    {_each("?evidence cg:spanEnd ?span_end")}
    {_each("?evidence cg:rule ?rule")}
    {_each("?evidence cg:confidence ?confidence")}
    OPTIONAL {_each("?evidence cg:page ?page")}
}}
"""

INTERVALS = f"""{_PREFIXES}
SELECT ?g ?fact ?start ?start_precision ?end ?end_precision WHERE {{
    GRAPH ?g {{
        ?fact cg:during|org:memberDuring ?interval .
        OPTIONAL {{ ?interval time:hasBeginning ?b . ?b time:inXSDDate ?start ;
            cg:precision ?start_precision }}
        OPTIONAL {{ ?interval time:hasEnd ?e . ?e time:inXSDDate ?end ;
            cg:precision ?end_precision }}
    }}
}}
"""
"""The interval each graph gives a partnership, shared post (cg:during) or membership
(org:memberDuring), as first days and precisions. Read apart from the facts and joined in
Python: Oxigraph plans nested OPTIONALs inside a GRAPH pattern poorly (ten times slower)."""

PARTNERSHIPS = f"""{_PREFIXES}
SELECT ?g ?fact ?kind ?name ?status ?legal_basis WHERE {{
    {_each("?fact a cg:Partnership")}
    {{ SELECT ?g ?fact ?kind WHERE {{
        ?cls skos:inScheme cg:PartnershipKinds ; skos:notation ?kind .
        GRAPH ?g {{ ?fact a ?cls }}
    }} }}
    {_each("?fact skos:prefLabel ?name")}
    {_each("?fact cg:status ?status_term")}
    OPTIONAL {_each("?fact cg:legalBasis ?legal_basis")}
    {_STATUS}
}}
"""
"""The kind is a class of cg:PartnershipKinds: its sub-select starts from those few classes,
since matching `?fact a ?cls` first would meet every class of every partnership."""

SERVICES = f"""{_PREFIXES}
SELECT ?g ?fact ?service WHERE {{
    GRAPH ?g {{ ?fact a cg:Partnership ; cg:sharesService/skos:prefLabel ?service }}
}}
"""

SAVINGS = f"""{_PREFIXES}
SELECT ?g ?fact ?saving ?value ?currency ?period WHERE {{
    {_each("?fact cg:saving ?saving")}
    {_each("?saving schema:value ?value")}
    OPTIONAL {_each("?saving schema:currency ?currency")}
    OPTIONAL {_each("?saving cg:period ?period")}
}}
"""

MEMBERSHIPS = f"""{_PREFIXES}
SELECT ?g ?membership ?fact ?council ?status WHERE {{
    {_each("?membership a cg:PartnershipMembership")}
    {_each("?membership org:organization ?fact")}
    {_each("?membership org:member ?council_iri")}
    {_each("?membership cg:status ?status_term")}
    {_COUNCIL}
    {_STATUS}
}}
"""

SHARED_POSTS = f"""{_PREFIXES}
SELECT ?g ?fact ?role ?status ?person WHERE {{
    {_each("?fact a cg:SharedPost")}
    {_each("?fact org:role ?role_term")}
    {_each("?fact cg:status ?status_term")}
    OPTIONAL {_each("?fact org:heldBy ?person")}
    {_ROLE}
    {_STATUS}
}}
"""

POSTS_IN = f"""{_PREFIXES}
SELECT ?g ?fact ?council WHERE {{
    {_each("?fact a cg:SharedPost")}
    {_each("?fact org:postIn ?council_iri")}
    {_COUNCIL}
}}
"""

PEOPLE = f"""{_PREFIXES}
SELECT ?g ?fact ?name WHERE {{
    {_each("?fact a cg:Person")}
    {_each("?fact skos:prefLabel ?name")}
}}
"""

APPOINTMENTS = f"""{_PREFIXES}
SELECT ?g ?appointment ?person ?role ?council WHERE {{
    {_each("?appointment a cg:Appointment")}
    {_each("?appointment org:member ?person")}
    {_each("?appointment org:role ?role_term")}
    {_ROLE}
    OPTIONAL {{
        {_each("?appointment org:organization ?at")}
        {_each("?at cg:registerCode ?council", in_graph=False)}
    }}
}}
"""

DERIVATIONS = f"""{_PREFIXES}
SELECT ?g ?fact ?evidence WHERE {{
    {_each("?fact prov:wasDerivedFrom ?evidence")}
    {_each("?evidence a cg:Evidence")}
}}
"""
"""Which evidence each fact (partnership, membership, shared post, appointment, saving) was
read from, in the graph that says so."""

FACT_SOURCES = f"""{_PREFIXES}
SELECT DISTINCT ?g WHERE {{
    GRAPH ?g {{ ?fact prov:wasDerivedFrom ?evidence . ?evidence a cg:Evidence }}
}}
"""
"""Every graph stating facts with evidence: the documents' graphs and the curated one."""

DOCUMENT_QUERIES = {
    "documents": DOCUMENTS,
    "mentions": MENTIONS,
    "evidence": EVIDENCE,
    "partnerships": PARTNERSHIPS,
    "services": SERVICES,
    "savings": SAVINGS,
    "memberships": MEMBERSHIPS,
    "shared_posts": SHARED_POSTS,
    "posts_in": POSTS_IN,
    "people": PEOPLE,
    "appointments": APPOINTMENTS,
    "derivations": DERIVATIONS,
    "intervals": INTERVALS,
}
"""Every per-graph query, by the name the projection reads its rows under."""

REGISTER_QUERIES = {
    "councils": COUNCILS,
    "council_names": COUNCIL_NAMES,
    "council_links": COUNCIL_LINKS,
    "reorganisations": REORGANISATIONS,
    "datasets": REGISTER_DATASET,
    "council_sources": COUNCIL_SOURCES,
}
