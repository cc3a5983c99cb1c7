"""The councilgraph vocabulary, generated from ontology/councilgraph.ttl by
scripts/generate_vocab.py (`make vocab`). Do not edit: change the ontology and regenerate."""

# ruff: noqa: N815

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY = URIRef("https://w3id.org/councilgraph/def")
ID = Namespace("https://w3id.org/councilgraph/id/")


class CG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/councilgraph/def#")
    _fail = True

    Active: URIRef  # active
    Agreed: URIRef  # agreed
    Appointment: URIRef  # appointment
    ChiefExecutive: URIRef  # chief executive
    CityCorporation: URIRef  # city corporation
    CombinedAuthority: URIRef  # combined authority
    CombinedAuthorityArrangement: URIRef  # combined authority arrangement
    Council: URIRef  # council
    CouncilTypes: URIRef  # council types
    Councillor: URIRef  # councillor
    CountyCouncil: URIRef  # county council
    Declined: URIRef  # declined
    DeputyLeader: URIRef  # deputy leader
    Director: URIRef  # director
    Document: URIRef  # document
    Ended: URIRef  # ended
    England: URIRef  # England
    Evidence: URIRef  # evidence
    JointCommittee: URIRef  # joint committee
    Leader: URIRef  # leader
    LondonBoroughCouncil: URIRef  # London borough council
    LowerTier: URIRef  # lower tier
    Mayor: URIRef  # mayor
    MembershipStatus: URIRef  # membership status
    MembershipStatuses: URIRef  # membership statuses
    Merger: URIRef  # merger
    MetropolitanDistrictCouncil: URIRef  # metropolitan district council
    MonitoringOfficer: URIRef  # monitoring officer
    Nation: URIRef  # nation
    Nations: URIRef  # nations
    Network: URIRef  # network
    NonMetropolitanDistrictCouncil: URIRef  # non-metropolitan district council
    NorthernIreland: URIRef  # Northern Ireland
    NorthernIrelandDistrictCouncil: URIRef  # Northern Ireland district council
    OppositionLeader: URIRef  # opposition leader
    OtherPartnership: URIRef  # other partnership
    OtherRole: URIRef  # other role
    Partnership: URIRef  # partnership
    PartnershipKinds: URIRef  # partnership kinds
    PartnershipMembership: URIRef  # partnership membership
    Person: URIRef  # person
    PrincipalCouncil: URIRef  # principal council
    Programme: URIRef  # programme
    Proposed: URIRef  # proposed
    Region: URIRef  # region
    RegionalAuthority: URIRef  # strategic regional authority
    Reorganisation: URIRef  # reorganisation
    Roles: URIRef  # roles
    Saving: URIRef  # saving
    Scotland: URIRef  # Scotland
    ScottishUnitaryAuthority: URIRef  # Scottish unitary authority
    Section151Officer: URIRef  # section 151 officer
    Service: URIRef  # service
    SharedPost: URIRef  # shared post
    SharedServiceArrangement: URIRef  # shared-service arrangement
    SingleTier: URIRef  # single tier
    StrategicAlliance: URIRef  # strategic alliance
    SuiGenerisAuthority: URIRef  # sui generis authority
    Tier: URIRef  # tier
    Tiers: URIRef  # tiers
    UnitaryAuthority: URIRef  # unitary authority
    UpperTier: URIRef  # upper tier
    Wales: URIRef  # Wales
    WelshPrincipalCouncil: URIRef  # Welsh principal council
    combinedAuthority: URIRef  # combined authority
    confidence: URIRef  # confidence
    county: URIRef  # county
    during: URIRef  # during
    effectiveDate: URIRef  # effective date
    endDate: URIRef  # end date
    fileName: URIRef  # file name
    formerGssCode: URIRef  # former GSS code
    gssCode: URIRef  # GSS code
    instanceNamespace: URIRef  # instance namespace
    legalBasis: URIRef  # legal basis
    nation: URIRef  # nation
    neo4jLabel: URIRef  # Neo4j label
    neo4jType: URIRef  # Neo4j relationship type
    page: URIRef  # page
    period: URIRef  # period
    precision: URIRef  # precision
    quote: URIRef  # quote
    region: URIRef  # region
    registerCode: URIRef  # register code
    rule: URIRef  # rule
    saving: URIRef  # saving
    sharesService: URIRef  # shares service
    shortName: URIRef  # short name
    spanEnd: URIRef  # span end
    spanStart: URIRef  # span start
    startDate: URIRef  # start date
    status: URIRef  # status
    tier: URIRef  # tier


class ORG(DefinedNamespace):
    _NS = Namespace("http://www.w3.org/ns/org#")
    _fail = True

    ChangeEvent: URIRef  # change event
    FormalOrganization: URIRef  # formal organisation
    Membership: URIRef  # membership
    OrganizationalCollaboration: URIRef  # organisational collaboration
    Post: URIRef  # post
    Role: URIRef  # role
    changedBy: URIRef  # changed by
    heldBy: URIRef  # held by
    identifier: URIRef  # identifier
    member: URIRef  # member
    memberDuring: URIRef  # member during
    memberOf: URIRef  # member of
    organization: URIRef  # organisation
    originalOrganization: URIRef  # original organisation
    postIn: URIRef  # post in
    resultedFrom: URIRef  # resulted from
    resultingOrganization: URIRef  # resulting organisation
    role: URIRef  # role


class PROV(DefinedNamespace):
    _NS = Namespace("http://www.w3.org/ns/prov#")
    _fail = True

    Entity: URIRef  # entity
    Person: URIRef  # person
    wasDerivedFrom: URIRef  # was derived from
    wasQuotedFrom: URIRef  # was quoted from


class SDO(DefinedNamespace):
    _NS = Namespace("https://schema.org/")
    _fail = True

    CreativeWork: URIRef  # creative work
    Dataset: URIRef  # dataset
    MonetaryAmount: URIRef  # monetary amount
    Person: URIRef  # person
    currency: URIRef  # currency
    datePublished: URIRef  # date published
    dissolutionDate: URIRef  # dissolution date
    encodingFormat: URIRef  # encoding format
    foundingDate: URIRef  # founding date
    identifier: URIRef  # identifier
    latitude: URIRef  # latitude
    license: URIRef  # licence
    longitude: URIRef  # longitude
    mentions: URIRef  # mentions
    publisher: URIRef  # publisher
    text: URIRef  # text
    url: URIRef  # URL
    value: URIRef  # value


class TIME(DefinedNamespace):
    _NS = Namespace("http://www.w3.org/2006/time#")
    _fail = True

    Instant: URIRef  # instant
    Interval: URIRef  # interval
    TemporalUnit: URIRef  # temporal unit
    hasBeginning: URIRef  # has beginning
    hasEnd: URIRef  # has end
    inXSDDate: URIRef  # in XSD date
    unitDay: URIRef  # day
    unitMonth: URIRef  # month
    unitYear: URIRef  # year


class SKOS(DefinedNamespace):
    _NS = Namespace("http://www.w3.org/2004/02/skos/core#")
    _fail = True

    ConceptScheme: URIRef  # concept scheme
    altLabel: URIRef  # alternative label
    inScheme: URIRef  # in scheme
    notation: URIRef  # notation
    prefLabel: URIRef  # preferred label


COUNCIL_TYPES: dict[str, URIRef] = {
    "city_corporation": CG.CityCorporation,
    "combined_authority": CG.CombinedAuthority,
    "county": CG.CountyCouncil,
    "london_borough": CG.LondonBoroughCouncil,
    "metropolitan_district": CG.MetropolitanDistrictCouncil,
    "ni_district": CG.NorthernIrelandDistrictCouncil,
    "non_metropolitan_district": CG.NonMetropolitanDistrictCouncil,
    "regional_authority": CG.RegionalAuthority,
    "scottish_unitary": CG.ScottishUnitaryAuthority,
    "sui_generis": CG.SuiGenerisAuthority,
    "unitary": CG.UnitaryAuthority,
    "welsh_unitary": CG.WelshPrincipalCouncil,
}

MEMBERSHIP_STATUSES: dict[str, URIRef] = {
    "active": CG.Active,
    "agreed": CG.Agreed,
    "declined": CG.Declined,
    "ended": CG.Ended,
    "proposed": CG.Proposed,
}

NATIONS: dict[str, URIRef] = {
    "England": CG.England,
    "Northern Ireland": CG.NorthernIreland,
    "Scotland": CG.Scotland,
    "Wales": CG.Wales,
}

PARTNERSHIP_KINDS: dict[str, URIRef] = {
    "combined_authority": CG.CombinedAuthorityArrangement,
    "joint_committee": CG.JointCommittee,
    "merger": CG.Merger,
    "network": CG.Network,
    "other": CG.OtherPartnership,
    "programme": CG.Programme,
    "shared_service": CG.SharedServiceArrangement,
    "strategic_alliance": CG.StrategicAlliance,
}

ROLES: dict[str, URIRef] = {
    "chief_executive": CG.ChiefExecutive,
    "councillor": CG.Councillor,
    "deputy_leader": CG.DeputyLeader,
    "director": CG.Director,
    "leader": CG.Leader,
    "mayor": CG.Mayor,
    "monitoring_officer": CG.MonitoringOfficer,
    "opposition_leader": CG.OppositionLeader,
    "other": CG.OtherRole,
    "section_151_officer": CG.Section151Officer,
}

TIERS: dict[str, URIRef] = {
    "lower": CG.LowerTier,
    "single": CG.SingleTier,
    "upper": CG.UpperTier,
}

SUPERCLASSES: dict[URIRef, tuple[URIRef, ...]] = {
    CG.Appointment: (ORG.Membership,),
    CG.CityCorporation: (CG.PrincipalCouncil, CG.Council, ORG.FormalOrganization),
    CG.CombinedAuthority: (CG.Council, ORG.FormalOrganization),
    CG.CombinedAuthorityArrangement: (CG.Partnership, ORG.OrganizationalCollaboration),
    CG.Council: (ORG.FormalOrganization,),
    CG.CountyCouncil: (CG.PrincipalCouncil, CG.Council, ORG.FormalOrganization),
    CG.Document: (PROV.Entity, SDO.CreativeWork),
    CG.Evidence: (PROV.Entity,),
    CG.JointCommittee: (CG.Partnership, ORG.OrganizationalCollaboration),
    CG.LondonBoroughCouncil: (CG.PrincipalCouncil, CG.Council, ORG.FormalOrganization),
    CG.MembershipStatus: (),
    CG.Merger: (CG.Partnership, ORG.OrganizationalCollaboration),
    CG.MetropolitanDistrictCouncil: (CG.PrincipalCouncil, CG.Council, ORG.FormalOrganization),
    CG.Nation: (),
    CG.Network: (CG.Partnership, ORG.OrganizationalCollaboration),
    CG.NonMetropolitanDistrictCouncil: (CG.PrincipalCouncil, CG.Council, ORG.FormalOrganization),
    CG.NorthernIrelandDistrictCouncil: (CG.Council, ORG.FormalOrganization),
    CG.OtherPartnership: (CG.Partnership, ORG.OrganizationalCollaboration),
    CG.Partnership: (ORG.OrganizationalCollaboration,),
    CG.PartnershipMembership: (ORG.Membership,),
    CG.Person: (PROV.Person, SDO.Person),
    CG.PrincipalCouncil: (CG.Council, ORG.FormalOrganization),
    CG.Programme: (CG.Partnership, ORG.OrganizationalCollaboration),
    CG.Region: (),
    CG.RegionalAuthority: (CG.Council, ORG.FormalOrganization),
    CG.Reorganisation: (ORG.ChangeEvent,),
    CG.Saving: (SDO.MonetaryAmount,),
    CG.ScottishUnitaryAuthority: (CG.Council, ORG.FormalOrganization),
    CG.Service: (),
    CG.SharedPost: (ORG.Post,),
    CG.SharedServiceArrangement: (CG.Partnership, ORG.OrganizationalCollaboration),
    CG.StrategicAlliance: (CG.Partnership, ORG.OrganizationalCollaboration),
    CG.SuiGenerisAuthority: (CG.PrincipalCouncil, CG.Council, ORG.FormalOrganization),
    CG.Tier: (),
    CG.UnitaryAuthority: (CG.PrincipalCouncil, CG.Council, ORG.FormalOrganization),
    CG.WelshPrincipalCouncil: (CG.Council, ORG.FormalOrganization),
}

CLASSES: frozenset[URIRef] = frozenset(
    {
        CG.Appointment,
        CG.CityCorporation,
        CG.CombinedAuthority,
        CG.CombinedAuthorityArrangement,
        CG.Council,
        CG.CountyCouncil,
        CG.Document,
        CG.Evidence,
        CG.JointCommittee,
        CG.LondonBoroughCouncil,
        CG.MembershipStatus,
        CG.Merger,
        CG.MetropolitanDistrictCouncil,
        CG.Nation,
        CG.Network,
        CG.NonMetropolitanDistrictCouncil,
        CG.NorthernIrelandDistrictCouncil,
        CG.OtherPartnership,
        CG.Partnership,
        CG.PartnershipMembership,
        CG.Person,
        CG.PrincipalCouncil,
        CG.Programme,
        CG.Region,
        CG.RegionalAuthority,
        CG.Reorganisation,
        CG.Saving,
        CG.ScottishUnitaryAuthority,
        CG.Service,
        CG.SharedPost,
        CG.SharedServiceArrangement,
        CG.StrategicAlliance,
        CG.SuiGenerisAuthority,
        CG.Tier,
        CG.UnitaryAuthority,
        CG.WelshPrincipalCouncil,
        ORG.ChangeEvent,
        ORG.FormalOrganization,
        ORG.Membership,
        ORG.OrganizationalCollaboration,
        ORG.Post,
        ORG.Role,
        PROV.Entity,
        PROV.Person,
        SDO.CreativeWork,
        SDO.Dataset,
        SDO.MonetaryAmount,
        SDO.Person,
        SKOS.ConceptScheme,
        TIME.Instant,
        TIME.Interval,
        TIME.TemporalUnit,
    }
)

OBJECT_PROPERTIES: frozenset[URIRef] = frozenset(
    {
        CG.combinedAuthority,
        CG.county,
        CG.during,
        CG.nation,
        CG.precision,
        CG.region,
        CG.saving,
        CG.sharesService,
        CG.status,
        CG.tier,
        ORG.changedBy,
        ORG.heldBy,
        ORG.member,
        ORG.memberDuring,
        ORG.memberOf,
        ORG.organization,
        ORG.originalOrganization,
        ORG.postIn,
        ORG.resultedFrom,
        ORG.resultingOrganization,
        ORG.role,
        PROV.wasDerivedFrom,
        PROV.wasQuotedFrom,
        SDO.license,
        SDO.mentions,
        SDO.publisher,
        SKOS.inScheme,
        TIME.hasBeginning,
        TIME.hasEnd,
    }
)

DATATYPE_PROPERTIES: frozenset[URIRef] = frozenset(
    {
        CG.confidence,
        CG.effectiveDate,
        CG.endDate,
        CG.fileName,
        CG.formerGssCode,
        CG.gssCode,
        CG.legalBasis,
        CG.page,
        CG.period,
        CG.quote,
        CG.registerCode,
        CG.rule,
        CG.shortName,
        CG.spanEnd,
        CG.spanStart,
        CG.startDate,
        ORG.identifier,
        SDO.currency,
        SDO.datePublished,
        SDO.dissolutionDate,
        SDO.encodingFormat,
        SDO.foundingDate,
        SDO.identifier,
        SDO.latitude,
        SDO.longitude,
        SDO.text,
        SDO.url,
        SDO.value,
        SKOS.notation,
        TIME.inXSDDate,
    }
)

ANNOTATION_PROPERTIES: frozenset[URIRef] = frozenset(
    {
        CG.instanceNamespace,
        CG.neo4jLabel,
        CG.neo4jType,
        SKOS.altLabel,
        SKOS.prefLabel,
    }
)

INDIVIDUALS: frozenset[URIRef] = frozenset(
    {
        CG.Active,
        CG.Agreed,
        CG.ChiefExecutive,
        CG.CouncilTypes,
        CG.Councillor,
        CG.Declined,
        CG.DeputyLeader,
        CG.Director,
        CG.Ended,
        CG.England,
        CG.Leader,
        CG.LowerTier,
        CG.Mayor,
        CG.MembershipStatuses,
        CG.MonitoringOfficer,
        CG.Nations,
        CG.NorthernIreland,
        CG.OppositionLeader,
        CG.OtherRole,
        CG.PartnershipKinds,
        CG.Proposed,
        CG.Roles,
        CG.Scotland,
        CG.Section151Officer,
        CG.SingleTier,
        CG.Tiers,
        CG.UpperTier,
        CG.Wales,
        TIME.unitDay,
        TIME.unitMonth,
        TIME.unitYear,
    }
)

NEO4J_LABELS: dict[URIRef, str] = {
    CG.Council: "Council",
    CG.Document: "Document",
    CG.Evidence: "Evidence",
    CG.Partnership: "Partnership",
    CG.Person: "Person",
    CG.Saving: "Saving",
    CG.SharedPost: "SharedPost",
    SDO.Dataset: "Dataset",
}

NEO4J_TYPES: dict[URIRef, str] = {
    CG.Appointment: "HOLDS",
    CG.PartnershipMembership: "MEMBER_OF",
    CG.Reorganisation: "REPLACED_BY",
    CG.combinedAuthority: "IN_COMBINED_AUTHORITY",
    CG.county: "IN_COUNTY",
    CG.saving: "HAS_SAVING",
    ORG.heldBy: "HELD_BY",
    ORG.postIn: "POST_IN",
    PROV.wasDerivedFrom: "SUPPORTS",
    PROV.wasQuotedFrom: "QUOTED_FROM",
    SDO.mentions: "MENTIONS",
    SDO.publisher: "PUBLISHED_BY",
}

LABELS: dict[URIRef, str] = {
    CG.Active: "active",
    CG.Agreed: "agreed",
    CG.Appointment: "appointment",
    CG.ChiefExecutive: "chief executive",
    CG.CityCorporation: "city corporation",
    CG.CombinedAuthority: "combined authority",
    CG.CombinedAuthorityArrangement: "combined authority arrangement",
    CG.Council: "council",
    CG.CouncilTypes: "council types",
    CG.Councillor: "councillor",
    CG.CountyCouncil: "county council",
    CG.Declined: "declined",
    CG.DeputyLeader: "deputy leader",
    CG.Director: "director",
    CG.Document: "document",
    CG.Ended: "ended",
    CG.England: "England",
    CG.Evidence: "evidence",
    CG.JointCommittee: "joint committee",
    CG.Leader: "leader",
    CG.LondonBoroughCouncil: "London borough council",
    CG.LowerTier: "lower tier",
    CG.Mayor: "mayor",
    CG.MembershipStatus: "membership status",
    CG.MembershipStatuses: "membership statuses",
    CG.Merger: "merger",
    CG.MetropolitanDistrictCouncil: "metropolitan district council",
    CG.MonitoringOfficer: "monitoring officer",
    CG.Nation: "nation",
    CG.Nations: "nations",
    CG.Network: "network",
    CG.NonMetropolitanDistrictCouncil: "non-metropolitan district council",
    CG.NorthernIreland: "Northern Ireland",
    CG.NorthernIrelandDistrictCouncil: "Northern Ireland district council",
    CG.OppositionLeader: "opposition leader",
    CG.OtherPartnership: "other partnership",
    CG.OtherRole: "other role",
    CG.Partnership: "partnership",
    CG.PartnershipKinds: "partnership kinds",
    CG.PartnershipMembership: "partnership membership",
    CG.Person: "person",
    CG.PrincipalCouncil: "principal council",
    CG.Programme: "programme",
    CG.Proposed: "proposed",
    CG.Region: "region",
    CG.RegionalAuthority: "strategic regional authority",
    CG.Reorganisation: "reorganisation",
    CG.Roles: "roles",
    CG.Saving: "saving",
    CG.Scotland: "Scotland",
    CG.ScottishUnitaryAuthority: "Scottish unitary authority",
    CG.Section151Officer: "section 151 officer",
    CG.Service: "service",
    CG.SharedPost: "shared post",
    CG.SharedServiceArrangement: "shared-service arrangement",
    CG.SingleTier: "single tier",
    CG.StrategicAlliance: "strategic alliance",
    CG.SuiGenerisAuthority: "sui generis authority",
    CG.Tier: "tier",
    CG.Tiers: "tiers",
    CG.UnitaryAuthority: "unitary authority",
    CG.UpperTier: "upper tier",
    CG.Wales: "Wales",
    CG.WelshPrincipalCouncil: "Welsh principal council",
    CG.combinedAuthority: "combined authority",
    CG.confidence: "confidence",
    CG.county: "county",
    CG.during: "during",
    CG.effectiveDate: "effective date",
    CG.endDate: "end date",
    CG.fileName: "file name",
    CG.formerGssCode: "former GSS code",
    CG.gssCode: "GSS code",
    CG.instanceNamespace: "instance namespace",
    CG.legalBasis: "legal basis",
    CG.nation: "nation",
    CG.neo4jLabel: "Neo4j label",
    CG.neo4jType: "Neo4j relationship type",
    CG.page: "page",
    CG.period: "period",
    CG.precision: "precision",
    CG.quote: "quote",
    CG.region: "region",
    CG.registerCode: "register code",
    CG.rule: "rule",
    CG.saving: "saving",
    CG.sharesService: "shares service",
    CG.shortName: "short name",
    CG.spanEnd: "span end",
    CG.spanStart: "span start",
    CG.startDate: "start date",
    CG.status: "status",
    CG.tier: "tier",
    ORG.ChangeEvent: "change event",
    ORG.FormalOrganization: "formal organisation",
    ORG.Membership: "membership",
    ORG.OrganizationalCollaboration: "organisational collaboration",
    ORG.Post: "post",
    ORG.Role: "role",
    ORG.changedBy: "changed by",
    ORG.heldBy: "held by",
    ORG.identifier: "identifier",
    ORG.member: "member",
    ORG.memberDuring: "member during",
    ORG.memberOf: "member of",
    ORG.organization: "organisation",
    ORG.originalOrganization: "original organisation",
    ORG.postIn: "post in",
    ORG.resultedFrom: "resulted from",
    ORG.resultingOrganization: "resulting organisation",
    ORG.role: "role",
    PROV.Entity: "entity",
    PROV.Person: "person",
    PROV.wasDerivedFrom: "was derived from",
    PROV.wasQuotedFrom: "was quoted from",
    SDO.CreativeWork: "creative work",
    SDO.Dataset: "dataset",
    SDO.MonetaryAmount: "monetary amount",
    SDO.Person: "person",
    SDO.currency: "currency",
    SDO.datePublished: "date published",
    SDO.dissolutionDate: "dissolution date",
    SDO.encodingFormat: "encoding format",
    SDO.foundingDate: "founding date",
    SDO.identifier: "identifier",
    SDO.latitude: "latitude",
    SDO.license: "licence",
    SDO.longitude: "longitude",
    SDO.mentions: "mentions",
    SDO.publisher: "publisher",
    SDO.text: "text",
    SDO.url: "URL",
    SDO.value: "value",
    SKOS.ConceptScheme: "concept scheme",
    SKOS.altLabel: "alternative label",
    SKOS.inScheme: "in scheme",
    SKOS.notation: "notation",
    SKOS.prefLabel: "preferred label",
    TIME.Instant: "instant",
    TIME.Interval: "interval",
    TIME.TemporalUnit: "temporal unit",
    TIME.hasBeginning: "has beginning",
    TIME.hasEnd: "has end",
    TIME.inXSDDate: "in XSD date",
    TIME.unitDay: "day",
    TIME.unitMonth: "month",
    TIME.unitYear: "year",
}
