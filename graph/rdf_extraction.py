"""What one document says, as RDF for that document's named graph.

Shape (every id from graph/ids.py, every term from graph/vocab.py):

- the document: cg:Document with schema:identifier, cg:fileName, skos:prefLabel (title, else
  file name), schema:url, schema:datePublished, schema:text (the clean text spans index into),
  schema:publisher and schema:mentions councils;
- each piece of evidence: cg:Evidence prov:wasQuotedFrom the document, with cg:quote,
  cg:spanStart, cg:spanEnd, cg:page (paged documents), cg:rule and cg:confidence;
- each fact is prov:wasDerivedFrom its evidence:
  - a partnership: a cg:Partnership subclass per kind, skos:prefLabel, cg:status, cg:during,
    cg:legalBasis, cg:sharesService cg:Service, cg:saving cg:Saving; each member council and
    each council that declined has a cg:PartnershipMembership (org:member, org:organization,
    cg:status, org:memberDuring), declined ones with status cg:Declined;
  - a shared post: cg:SharedPost with org:role, org:postIn each council, cg:status, cg:during
    and org:heldBy the cg:Person when named;
  - a person's role: cg:Appointment with org:member the cg:Person, org:role and
    org:organization the council.

Facts with no start date keep the document's schema:datePublished reachable through their
evidence, the earliest day an `as_of` query can assume they hold. Talks and speculation
(`Extraction.candidates`) are not facts and are not written.
"""

from __future__ import annotations

from rdflib import XSD, Graph, Literal, URIRef

from councilgraph.errors import DocumentError
from graph import ids
from graph.model import Evidence, Extraction, Partnership, PersonRole, Saving, SharedPost
from graph.rdf_nodes import add_date, add_text, add_typed
from graph.rdf_time import add_interval
from graph.vocab import CG, MEMBERSHIP_STATUSES, ORG, PARTNERSHIP_KINDS, PROV, ROLES, SDO, SKOS
from loaders.register_reader import Register


def extraction_graph(extraction: Extraction, register: Register) -> Graph:
    """The named-graph content for one document. Raises DocumentError when a fact names a
    council the register does not hold or gives a date that is not ISO 8601."""
    return _DocumentGraph(extraction, register).build()


class _DocumentGraph:
    def __init__(self, extraction: Extraction, register: Register) -> None:
        self.extraction = extraction
        self.document = extraction.document
        self.register = register
        self.graph = Graph()

    def build(self) -> Graph:
        self._add_document()
        for partnership in self.extraction.partnerships:
            self._add_partnership(partnership)
        for post in self.extraction.shared_posts:
            self._add_shared_post(post)
        for person_role in self.extraction.people:
            self._add_person_role(person_role)
        return self.graph

    def _council(self, code: str) -> str:
        resolved = self.register.resolve(code)
        if resolved is None:
            raise DocumentError(self.document.name, f"names no council in the register: {code!r}")
        return resolved

    def _interval(self, start: str | None, end: str | None) -> URIRef | None:
        try:
            return add_interval(self.graph, start, end)
        except ValueError as e:
            raise DocumentError(self.document.name, str(e)) from e

    def _add_document(self) -> None:
        doc, graph = self.document, self.graph
        node = add_typed(graph, ids.document(doc.id), CG.Document)
        graph.add((node, SDO.identifier, Literal(doc.id)))
        graph.add((node, CG.fileName, Literal(doc.name)))
        graph.add((node, SKOS.prefLabel, Literal(doc.title or doc.name)))
        if doc.url:
            graph.add((node, SDO.url, Literal(doc.url, datatype=XSD.anyURI)))
        add_date(graph, node, SDO.datePublished, doc.date)
        add_text(graph, node, SDO.encodingFormat, doc.format)
        add_text(graph, node, SDO.text, doc.text)
        if doc.publisher:
            graph.add((node, SDO.publisher, ids.council(self._council(doc.publisher))))
        for code in self.extraction.councils():
            graph.add((node, SDO.mentions, ids.council(self._council(code))))

    def _derive(self, fact: URIRef, evidence: tuple[Evidence, ...]) -> None:
        for each in evidence:
            self.graph.add((fact, PROV.wasDerivedFrom, self._add_evidence(each)))

    def _add_evidence(self, evidence: Evidence) -> URIRef:
        graph = self.graph
        node = ids.evidence(evidence.document_id, evidence.start, evidence.end, evidence.rule)
        add_typed(graph, node, CG.Evidence)
        graph.add((node, PROV.wasQuotedFrom, ids.document(evidence.document_id)))
        graph.add((node, CG.quote, Literal(evidence.quote)))
        graph.add((node, CG.spanStart, Literal(evidence.start, datatype=XSD.integer)))
        graph.add((node, CG.spanEnd, Literal(evidence.end, datatype=XSD.integer)))
        graph.add((node, CG.rule, Literal(evidence.rule)))
        # one passage read by one rule is one piece of evidence: if the rule scored it for two
        # facts, the higher confidence stands
        known = graph.value(node, CG.confidence)
        if known is None or known.toPython() < evidence.confidence:
            graph.set((node, CG.confidence, Literal(evidence.confidence, datatype=XSD.decimal)))
        page = self.document.page_of(evidence.start)
        if page is not None:
            graph.add((node, CG.page, Literal(page, datatype=XSD.integer)))
        return node

    def _add_partnership(self, partnership: Partnership) -> None:
        members = [self._council(code) for code in partnership.members]
        declined = [self._council(code) for code in partnership.declined]
        # a partnership is its kind and members; one with no members left is keyed by name
        node = ids.partnership(partnership.kind, members or [partnership.name.casefold()])
        add_typed(self.graph, node, PARTNERSHIP_KINDS[partnership.kind])
        self.graph.add((node, SKOS.prefLabel, Literal(partnership.name)))
        self.graph.add((node, CG.status, MEMBERSHIP_STATUSES[partnership.status]))
        interval = self._interval(partnership.start, partnership.end)
        if interval is not None:
            self.graph.add((node, CG.during, interval))
        add_text(self.graph, node, CG.legalBasis, partnership.legal_basis)
        self._derive(node, partnership.evidence)
        for code in members:
            self._add_membership(node, code, partnership.status, interval, partnership.evidence)
        for code in declined:
            self._add_membership(node, code, "declined", None, partnership.evidence)
        self._add_services(node, partnership)

    def _add_membership(
        self,
        partnership: URIRef,
        code: str,
        status: str,
        interval: URIRef | None,
        evidence: tuple[Evidence, ...],
    ) -> None:
        council = ids.council(code)
        node = add_typed(self.graph, ids.membership(partnership, council), CG.PartnershipMembership)
        self.graph.add((node, ORG.member, council))
        self.graph.add((node, ORG.organization, partnership))
        self.graph.add((node, CG.status, MEMBERSHIP_STATUSES[status]))
        if interval is not None:
            self.graph.add((node, ORG.memberDuring, interval))
        self._derive(node, evidence)

    def _add_services(self, node: URIRef, partnership: Partnership) -> None:
        for name in partnership.services:
            service = add_typed(self.graph, ids.service(name), CG.Service)
            self.graph.add((service, SKOS.prefLabel, Literal(name)))
            self.graph.add((node, CG.sharesService, service))
        for saving in partnership.savings:
            self.graph.add((node, CG.saving, self._add_saving(node, saving)))

    def _add_saving(self, partnership: URIRef, saving: Saving) -> URIRef:
        evidence = self._add_evidence(saving.evidence)
        node = ids.saving(partnership, saving.amount_gbp, saving.period, evidence)
        add_typed(self.graph, node, CG.Saving)
        self.graph.add((node, SDO.value, Literal(saving.amount_gbp, datatype=XSD.decimal)))
        self.graph.add((node, SDO.currency, Literal("GBP")))
        add_text(self.graph, node, CG.period, saving.period)
        self.graph.add((node, PROV.wasDerivedFrom, evidence))
        return node

    def _add_shared_post(self, post: SharedPost) -> None:
        councils = sorted({self._council(code) for code in post.councils})
        node = add_typed(self.graph, ids.shared_post(post.post, councils), CG.SharedPost)
        self.graph.add((node, ORG.role, ROLES[post.post]))
        self.graph.add((node, CG.status, MEMBERSHIP_STATUSES[post.status]))
        for code in councils:
            self.graph.add((node, ORG.postIn, ids.council(code)))
        interval = self._interval(post.start, post.end)
        if interval is not None:
            self.graph.add((node, CG.during, interval))
        if post.person:
            # the holder is keyed to the first council, as a person is a name at a council
            self.graph.add((node, ORG.heldBy, self._add_person(post.person, councils[0])))
        self._derive(node, post.evidence)

    def _add_person(self, name: str, council: str | None) -> URIRef:
        node = add_typed(self.graph, ids.person(name, council), CG.Person)
        self.graph.add((node, SKOS.prefLabel, Literal(name)))
        return node

    def _add_person_role(self, person_role: PersonRole) -> None:
        council = self._council(person_role.council) if person_role.council else None
        person = self._add_person(person_role.name, council)
        node = ids.appointment(person, person_role.role, council)
        add_typed(self.graph, node, CG.Appointment)
        self.graph.add((node, ORG.member, person))
        self.graph.add((node, ORG.role, ROLES[person_role.role]))
        if council:
            self.graph.add((node, ORG.organization, ids.council(council)))
        self._derive(node, person_role.evidence)
