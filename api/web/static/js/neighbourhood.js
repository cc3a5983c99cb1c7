// A council's neighbourhood to 1 or 2 hops, from /v1/councils/{id}/relationships: councils and
// partnerships as nodes, relationships as edges of five kinds.
import { getJSON, mapLimited } from './api.js';
import { words } from './format.js';

export const MAX_NODES = 150;

// Relationship kind -> edge kind (the legend's entries).
const EDGE_KIND = {
  partnership: 'partnership',
  shared_post: 'shared_post',
  county: 'tier',
  district: 'tier',
  combined_authority: 'combined_authority',
  constituent: 'combined_authority',
  predecessor: 'reorganisation',
  successor: 'reorganisation',
};

export const EDGE_KINDS = {
  partnership: { label: 'Partnership membership', colour: '#0072B2', line: 'solid' },
  shared_post: { label: 'Shared post (e.g. chief executive)', colour: '#D55E00', line: 'solid' },
  tier: { label: 'County and district', colour: '#009E73', line: 'dotted' },
  combined_authority: { label: 'Combined authority', colour: '#CC79A7', line: 'solid' },
  reorganisation: { label: 'Predecessor or successor', colour: '#B07800', line: 'dashed' },
};

class Network {
  constructor() {
    this.nodes = new Map();
    this.edges = new Map();
    this.truncated = false;
  }

  node(id, fields) {
    if (this.nodes.has(id)) return true;
    if (this.nodes.size >= MAX_NODES) {
      this.truncated = true;
      return false;
    }
    this.nodes.set(id, { id, ...fields });
    return true;
  }

  edge(source, target, kind, relationship) {
    const [a, b] = [source, target].sort();
    const key = `${a}|${b}|${kind}`;
    if (this.edges.has(key)) return;
    // The legend names the edge kind; the label adds what it leaves out (which post, which tier).
    const label = { shared_post: words(relationship.role), partnership: '' }[relationship.kind] ?? words(relationship.kind);
    this.edges.set(key, { id: key, source, target, kind, label, relationship });
  }

  // Adds what `relationship` of council `from` links to; returns the councils newly added.
  add(from, relationship, hop) {
    const kind = EDGE_KIND[relationship.kind];
    if (!kind) return [];
    const added = [];
    let via = from;
    if (relationship.kind === 'partnership') {
      const p = relationship.partnership;
      via = `partnership:${p.id}`;
      if (!this.node(via, { type: 'partnership', name: p.name, ref: p, hop })) return [];
      this.edge(from, via, kind, relationship);
    }
    for (const council of relationship.councils) {
      const isNew = !this.nodes.has(council.id);
      if (!this.node(council.id, { type: 'council', name: council.name, ref: council, hop })) continue;
      if (isNew) added.push(council.id);
      this.edge(via, council.id, kind, relationship);
    }
    return added;
  }
}

async function relationshipsOf(id, asOf) {
  return getJSON(`/v1/councils/${encodeURIComponent(id)}/relationships`, { as_of: asOf, limit: 500 });
}

export async function neighbourhood(center, hops, asOf) {
  const network = new Network();
  let frontier = [center];
  for (let hop = 1; hop <= hops && frontier.length; hop += 1) {
    const answers = await mapLimited(frontier, 6, (id) => relationshipsOf(id, asOf));
    const next = [];
    answers.forEach((answer) => {
      const from = answer.council;
      network.node(from.id, { type: 'council', name: from.name, ref: from, hop: hop - 1 });
      for (const relationship of answer.data) next.push(...network.add(from.id, relationship, hop));
    });
    frontier = next;
  }
  return network;
}
