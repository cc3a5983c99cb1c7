// A council's neighbourhood drawn with cytoscape (pan, zoom, click through), and listed.
import { getJSON } from '../api.js';
import { attachCouncilPicker, pickedCouncil, showCouncil } from '../combobox.js';
import { byId, h, replace, setStatus, showError } from '../dom.js';
import { evidenceDetails } from '../evidence.js';
import { dateRange, words } from '../format.js';
import { EDGE_KINDS, MAX_NODES, neighbourhood } from '../neighbourhood.js';
import { setTitle, startPage } from '../page.js';
import { evidenceColumns, offerDownloads } from '../tools.js';
import { onNavigate, readQuery, writeQuery } from '../url.js';

function nodeHref(node) {
  const segment = node.type === 'partnership' ? 'partnerships' : 'councils';
  return `/${segment}/${encodeURIComponent(node.ref.id)}`;
}

function recentre(id, hops) {
  return `/network?council=${encodeURIComponent(id)}&hops=${hops}`;
}

function nodeItem(node, hops) {
  const kind = node.type === 'partnership' ? 'partnership' : `council, ${node.hop ? `${node.hop} hop${node.hop > 1 ? 's' : ''} away` : 'centre'}`;
  return h(
    'li',
    { 'data-node': node.id },
    h('a', { href: nodeHref(node) }, node.name),
    ` (${kind})`,
    node.type === 'council' && node.hop ? [' · ', h('a', { href: recentre(node.ref.id, hops), 'aria-label': `Network around ${node.name}` }, 'centre here')] : null,
  );
}

function edgeRow(edge, nodes) {
  const r = edge.relationship;
  return h(
    'tr',
    {},
    h('td', { 'data-label': 'From' }, nodes.get(edge.source).name),
    h('td', { 'data-label': 'Link' }, edge.label ? `${EDGE_KINDS[edge.kind].label}: ${edge.label}` : EDGE_KINDS[edge.kind].label),
    h('td', { 'data-label': 'To' }, nodes.get(edge.target).name),
    h('td', { 'data-label': 'Status' }, `${words(r.status)}, ${dateRange(r.start, r.end)}`),
    h('td', { 'data-label': 'Evidence' }, evidenceDetails(r.evidence)),
  );
}

function edgeTable(network) {
  const head = ['From', 'Link', 'To', 'Status and dates', 'Evidence'].map((t) => h('th', { scope: 'col' }, t));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'cards' }, h('thead', {}, h('tr', {}, head)), h('tbody', {}, [...network.edges.values()].map((e) => edgeRow(e, network.nodes)))));
}

function legend() {
  const edges = Object.values(EDGE_KINDS).map((kind) => h('li', {}, h('span', { class: `swatch ${kind.line}`, style: `border-top-color: ${kind.colour}` }), kind.label));
  return [...edges, h('li', {}, '● council (large: the centre)'), h('li', {}, '◆ partnership')];
}

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 140, 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
      'background-color': '#505a5f', width: 14, height: 14, color: '#1b1b1b',
    },
  },
  { selector: 'node[type="partnership"]', style: { shape: 'diamond', 'background-color': '#0072B2', width: 18, height: 18 } },
  { selector: 'node[?centre]', style: { 'background-color': '#0b3d91', width: 26, height: 26, 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffbf47' } },
  ...Object.entries(EDGE_KINDS).map(([kind, s]) => ({ selector: `edge[kind="${kind}"]`, style: { 'line-color': s.colour, 'line-style': s.line, width: kind === 'shared_post' ? 4 : 2, 'curve-style': 'bezier' } })),
];

// Force-directed, spread out enough for the labels.
const LAYOUT = { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 1_000_000, idealEdgeLength: () => 90, nodeOverlap: 40, padding: 30 };

function select(node, hops) {
  const links = [h('a', { href: nodeHref(node) }, node.type === 'partnership' ? 'Open partnership' : 'Open council page')];
  if (node.type === 'council') links.push(' · ', h('a', { href: recentre(node.ref.id, hops) }, 'Redraw around it'));
  replace(byId('network-selection'), h('h2', {}, node.name), h('p', {}, links));
}

let drawing = null;

function draw(network, centre, hops) {
  const container = byId('network-canvas');
  if (!container || !window.cytoscape) return;
  drawing?.destroy();
  const nodes = [...network.nodes.values()].map((n) => ({ data: { id: n.id, label: n.name, type: n.type, centre: n.id === centre } }));
  const edges = [...network.edges.values()].map((e) => ({ data: { id: e.id, source: e.source, target: e.target, kind: e.kind } }));
  drawing = window.cytoscape({ container, elements: [...nodes, ...edges], style: STYLE, layout: LAYOUT });
  drawing.on('tap', 'node', (event) => select(network.nodes.get(event.target.id()), hops));
}

function offer(network, query) {
  const rows = [...network.edges.values()].map((e) => {
    const r = e.relationship;
    return [network.nodes.get(e.source).name, e.source, e.kind, e.label, network.nodes.get(e.target).name, e.target, r.status, r.start, r.end, ...evidenceColumns(r.evidence)];
  });
  offerDownloads(`network-${query.council}-${query.hops}`, {
    csv: { header: ['source', 'source_id', 'kind', 'detail', 'target', 'target_id', 'status', 'start', 'end', 'evidence_quotes', 'evidence_urls'], rows },
    json: { council: query.council, hops: Number(query.hops), as_of: query.as_of || null, nodes: [...network.nodes.values()], edges: [...network.edges.values()] },
  });
}

async function render(query) {
  if (!query.council) return setStatus('Choose a council to draw its network.');
  const hops = query.hops === '2' ? 2 : 1;
  byId('network-hops').value = String(hops);
  setStatus('Loading…');
  try {
    const council = await getJSON(`/v1/councils/${encodeURIComponent(query.council)}`);
    showCouncil(byId('network-council'), council);
    setTitle(`Network of ${council.name}`);
    const network = await neighbourhood(council.id, hops, query.as_of);
    replace(byId('network-nodes'), [...network.nodes.values()].map((node) => nodeItem(node, hops)));
    replace(byId('network-edges'), edgeTable(network));
    draw(network, council.id, hops);
    offer(network, { ...query, council: council.id, hops });
    const cut = network.truncated ? ` Only the first ${MAX_NODES} are drawn.` : '';
    setStatus(`${network.nodes.size} nodes and ${network.edges.size} links within ${hops} hop${hops > 1 ? 's' : ''}.${cut}`);
  } catch (error) {
    showError(byId('network-nodes'), error);
    setStatus('');
  }
}

startPage();
const legendList = byId('network-legend');
if (legendList) replace(legendList, legend());
attachCouncilPicker(byId('network-council'));
byId('network-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const council = await pickedCouncil(byId('network-council'));
  if (!council) return setStatus('No council matches that name.');
  writeQuery({ council, hops: byId('network-hops').value, as_of: readQuery().as_of });
  render(readQuery());
});
onNavigate(render);
render(readQuery());
