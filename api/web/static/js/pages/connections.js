// How two councils are connected: the shortest paths, with evidence for every hop.
import { getJSON } from '../api.js';
import { attachCouncilPicker, pickedCouncil, showCouncil } from '../combobox.js';
import { byId, h, replace, setStatus, showError } from '../dom.js';
import { today } from '../format.js';
import { startPage } from '../page.js';
import { RELATIONSHIP_HEADER, relationshipList, relationshipRow } from '../relationships.js';
import { offerDownloads } from '../tools.js';
import { onNavigate, readQuery, writeQuery } from '../url.js';

function endpoint(node) {
  const segment = node.type === 'person' ? 'people' : 'councils';
  return h('a', { href: `/${segment}/${encodeURIComponent(node.id)}` }, node.name);
}

function hopItem(hop) {
  return h(
    'li',
    { class: 'hop' },
    h('p', { class: 'hop-ends' }, endpoint(hop.from), ' → ', endpoint(hop.to)),
    relationshipList(hop.relationships, 'No relationship recorded.'),
  );
}

function pathSection(path, index) {
  const count = path.hops.length;
  return h(
    'section',
    { class: 'path', 'aria-label': `Path ${index + 1}` },
    h('h3', {}, `Path ${index + 1}: ${count} hop${count === 1 ? '' : 's'}`),
    h('ol', { class: 'hops' }, path.hops.map(hopItem)),
  );
}

function csvRows(paths) {
  return paths.flatMap((path, p) => path.hops.flatMap((hop, i) => hop.relationships.map((r) => [p + 1, i + 1, hop.from.name, hop.from.id, hop.to.name, hop.to.id, ...relationshipRow(r)])));
}

async function showEnds(query) {
  const ends = await Promise.all([query.from, query.to].map((id) => getJSON(`/v1/councils/${encodeURIComponent(id)}`)));
  showCouncil(byId('connection-from'), ends[0]);
  showCouncil(byId('connection-to'), ends[1]);
}

async function render(query) {
  byId('as-of').value = query.as_of || today();
  if (query.max_hops) byId('connection-hops').value = query.max_hops;
  if (!query.from || !query.to) {
    if (query.from) showCouncil(byId('connection-from'), await getJSON(`/v1/councils/${encodeURIComponent(query.from)}`));
    return setStatus('Choose two councils.');
  }
  setStatus('Searching…');
  try {
    await showEnds(query);
    const params = { from: query.from, to: query.to, max_hops: query.max_hops, as_of: query.as_of };
    const answer = await getJSON('/v1/connections', params);
    const paths = answer.data;
    replace(byId('paths'), paths.length ? paths.map(pathSection) : h('p', {}, `No path of at most ${query.max_hops || 3} hops.`));
    offerDownloads(`connections-${query.from}-${query.to}`, {
      csv: { header: ['path', 'hop', 'source', 'source_id', 'target', 'target_id', ...RELATIONSHIP_HEADER], rows: csvRows(paths) },
      json: { ...params, data: paths },
    });
    setStatus(`${paths.length} shortest path${paths.length === 1 ? '' : 's'}.`);
  } catch (error) {
    showError(byId('paths'), error);
    setStatus('');
  }
}

startPage();
attachCouncilPicker(byId('connection-from'));
attachCouncilPicker(byId('connection-to'));
byId('connections-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const [from, to] = await Promise.all([pickedCouncil(byId('connection-from')), pickedCouncil(byId('connection-to'))]);
  if (!from || !to) return setStatus('No council matches one of those names.');
  writeQuery({ from, to, max_hops: byId('connection-hops').value, as_of: byId('as-of').value });
  render(readQuery());
});
onNavigate(render);
render(readQuery());
