"""The SPARQL SELECTs the Neo4j projection reads the embedded store with.

Register facts (councils, their links and reorganisations) are read over the union of the
graphs. Document facts are read per named graph: each query projects `?g`, the graph stating the
fact, so one document's statements stay apart from another's, and binding `?g` reads a single
document. Coded terms come back as their notations (from the ontology graph), IRIs as strings.
"""

from __future__ import annotations

from graph.sparql_queries import PREFIXES
from graph.vocab import PROV, TIME

_PREFIXES = f"""{PREFIXES}PREFIX prov: <{PROV._NS}>
PREFIX time: <{TIME._NS}>
"""

COUNCILS = f"""{_PREFIXES}
SELECT DISTINCT ?id ?gss ?name ?short_name ?type ?tier ?nation ?region ?start ?end ?lat ?long
    ?same_as
WHERE {{
    ?council a cg:Council ; cg:registerCode ?id ; skos:prefLabel ?name ; a ?kind .
    ?kind skos:inScheme cg:CouncilTypes ; skos:notation ?type .
    OPTIONAL {{ ?council cg:shortName ?short_name }}
    OPTIONAL {{ ?council cg:nation/skos:notation ?nation }}
    OPTIONAL {{ ?council cg:gssCode ?gss }}
    OPTIONAL {{ ?council cg:tier/skos:notation ?tier }}
    OPTIONAL {{ ?council cg:region/skos:prefLabel ?region }}
    OPTIONAL {{ ?council cg:startDate ?start }}
    OPTIONAL {{ ?council cg:endDate ?end }}
    OPTIONAL {{ ?council schema:latitude ?lat ; schema:longitude ?long }}
    OPTIONAL {{ ?council owl:sameAs ?same_as }}
}}
"""

COUNCIL_NAMES = f"""{_PREFIXES}
SELECT DISTINCT ?id ?alt_name ?former_gss WHERE {{
    ?council a cg:Council ; cg:registerCode ?id .
    {{ ?council skos:altLabel ?alt_name }} UNION {{ ?council cg:formerGssCode ?former_gss }}
}}
"""
"""A council's alternative names and former GSS codes, one per row."""

COUNCIL_LINKS = f"""{_PREFIXES}
SELECT DISTINCT ?from ?to ?link WHERE {{
    {{ ?council cg:county ?other BIND ("county" AS ?link) }}
    UNION {{ ?council cg:combinedAuthority ?other BIND ("combined_authority" AS ?link) }}
    ?council cg:registerCode ?from . ?other cg:registerCode ?to .
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
    GRAPH ?g {{
        ?doc a cg:Document ; schema:identifier ?id .
        OPTIONAL {{ ?doc cg:fileName ?file_name }}
        OPTIONAL {{ ?doc skos:prefLabel ?title }}
        OPTIONAL {{ ?doc schema:url ?url }}
        OPTIONAL {{ ?doc schema:datePublished ?date }}
        OPTIONAL {{ ?doc schema:encodingFormat ?format }}
        OPTIONAL {{ ?doc schema:text ?text }}
    }}
    OPTIONAL {{ GRAPH ?g {{ ?doc schema:publisher ?by }} ?by cg:registerCode ?publisher }}
}}
"""

MENTIONS = f"""{_PREFIXES}
SELECT ?g ?doc ?council WHERE {{
    GRAPH ?g {{ ?doc a cg:Document ; schema:mentions ?council_iri }}
    ?council_iri cg:registerCode ?council .
}}
"""

EVIDENCE = f"""{_PREFIXES}
SELECT ?g ?evidence ?doc ?quote ?span_start ?span_end ?page ?rule ?confidence WHERE {{
    GRAPH ?g {{
        ?evidence a cg:Evidence ; prov:wasQuotedFrom ?doc ; cg:quote ?quote ;
            cg:spanStart ?span_start ; cg:spanEnd ?span_end ; cg:rule ?rule ;
            cg:confidence ?confidence .
        OPTIONAL {{ ?evidence cg:page ?page }}
    }}
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
SELECT ?g ?fact ?name ?status ?legal_basis WHERE {{
    GRAPH ?g {{
        ?fact a cg:Partnership ; skos:prefLabel ?name ; cg:status ?status_term .
        OPTIONAL {{ ?fact cg:legalBasis ?legal_basis }}
    }}
    ?status_term skos:notation ?status .
}}
"""

PARTNERSHIP_KINDS = f"""{_PREFIXES}
SELECT ?g ?fact ?kind WHERE {{
    ?cls skos:inScheme cg:PartnershipKinds ; skos:notation ?kind .
    GRAPH ?g {{ ?fact a ?cls }}
}}
"""
"""The kind each graph gives a partnership (a class of cg:PartnershipKinds), joined to the
PARTNERSHIPS rows in Python: in the same query Oxigraph matched `?fact a ?cls` against every
class of every partnership first (four times slower), and starting from the few kinds here is
what makes this one quick."""

SERVICES = f"""{_PREFIXES}
SELECT ?g ?fact ?service WHERE {{
    GRAPH ?g {{ ?fact a cg:Partnership ; cg:sharesService/skos:prefLabel ?service }}
}}
"""

SAVINGS = f"""{_PREFIXES}
SELECT ?g ?fact ?saving ?value ?currency ?period WHERE {{
    GRAPH ?g {{
        ?fact cg:saving ?saving . ?saving schema:value ?value .
        OPTIONAL {{ ?saving schema:currency ?currency }}
        OPTIONAL {{ ?saving cg:period ?period }}
    }}
}}
"""

MEMBERSHIPS = f"""{_PREFIXES}
SELECT ?g ?membership ?fact ?council ?status WHERE {{
    GRAPH ?g {{
        ?membership a cg:PartnershipMembership ; org:organization ?fact ;
            org:member ?council_iri ; cg:status ?status_term .
    }}
    ?council_iri cg:registerCode ?council .
    ?status_term skos:notation ?status .
}}
"""

SHARED_POSTS = f"""{_PREFIXES}
SELECT ?g ?fact ?role ?status ?person WHERE {{
    GRAPH ?g {{
        ?fact a cg:SharedPost ; org:role ?role_term ; cg:status ?status_term .
        OPTIONAL {{ ?fact org:heldBy ?person }}
    }}
    ?role_term skos:notation ?role .
    ?status_term skos:notation ?status .
}}
"""

POSTS_IN = f"""{_PREFIXES}
SELECT ?g ?fact ?council WHERE {{
    GRAPH ?g {{ ?fact a cg:SharedPost ; org:postIn ?council_iri }}
    ?council_iri cg:registerCode ?council .
}}
"""

PEOPLE = f"""{_PREFIXES}
SELECT ?g ?fact ?name WHERE {{ GRAPH ?g {{ ?fact a cg:Person ; skos:prefLabel ?name }} }}
"""

APPOINTMENTS = f"""{_PREFIXES}
SELECT ?g ?appointment ?person ?role ?council WHERE {{
    GRAPH ?g {{
        ?appointment a cg:Appointment ; org:member ?person ; org:role ?role_term .
    }}
    ?role_term skos:notation ?role .
    OPTIONAL {{
        GRAPH ?g {{ ?appointment org:organization ?at }} ?at cg:registerCode ?council
    }}
}}
"""

DERIVATIONS = f"""{_PREFIXES}
SELECT ?g ?fact ?evidence WHERE {{
    GRAPH ?g {{ ?fact prov:wasDerivedFrom ?evidence . ?evidence a cg:Evidence }}
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
    "partnership_kinds": PARTNERSHIP_KINDS,
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
