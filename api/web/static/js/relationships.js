// One relationship of a council (or a person, or a hop of a path) as a sentence with its
// status, dates and evidence, and as a CSV row.
import { h } from './dom.js';
import { evidenceDetails } from './evidence.js';
import { dateRange, kindLabel, names, words } from './format.js';
import { councilLinks, partnershipLink, personLink } from './links.js';
import { evidenceColumns } from './tools.js';

function sentence(relationship) {
  const { kind, councils, partnership, person, role } = relationship;
  switch (kind) {
    case 'partnership':
      return [
        partnershipLink(partnership),
        ` (${words(partnership.kind)})`,
        councils.length ? [' with ', councilLinks(councils)] : ' (no other members recorded)',
      ];
    case 'shared_post':
      return [
        `${words(role)} shared with `,
        councilLinks(councils),
        person ? [': ', personLink(person)] : '',
      ];
    case 'appointment':
      return [person ? [personLink(person), ', '] : '', words(role), councils.length ? [' of ', councilLinks(councils)] : ''];
    default:
      return [`${kindLabel(kind)}: `, councilLinks(councils)];
  }
}

export function relationshipItem(relationship) {
  const { kind, status, start, end } = relationship;
  return h(
    'li',
    { class: `relationship kind-${kind}`, 'data-kind': kind },
    h('p', { class: 'relationship-sentence' }, sentence(relationship)),
    h(
      'p',
      { class: 'relationship-meta' },
      h('span', { class: `status status-${status}` }, words(status)),
      ` · ${dateRange(start, end)}`,
    ),
    evidenceDetails(relationship.evidence),
  );
}

export function relationshipList(relationships, emptyText) {
  if (!relationships.length) return h('p', { class: 'muted' }, emptyText);
  return h('ul', { class: 'relationships' }, relationships.map(relationshipItem));
}

export const RELATIONSHIP_HEADER = [
  'kind', 'partnership', 'partnership_kind', 'role', 'person', 'councils', 'council_ids',
  'status', 'start', 'end', 'evidence_quotes', 'evidence_urls',
];

export function relationshipRow(relationship) {
  const { partnership, person } = relationship;
  return [
    relationship.kind,
    partnership?.name,
    partnership?.kind,
    relationship.role,
    person?.name,
    names(relationship.councils),
    relationship.councils.map((council) => council.id).join(' '),
    relationship.status,
    relationship.start,
    relationship.end,
    ...evidenceColumns(relationship.evidence),
  ];
}
