// A council: what the register says, then every relationship with its evidence.
import { getJSON } from '../api.js';
import { byId, h, replace, setStatus, showError } from '../dom.js';
import { dateRange, today, words } from '../format.js';
import { councilLink, councilLinks } from '../links.js';
import { attachAsOf, setTitle, startPage } from '../page.js';
import { RELATIONSHIP_HEADER, relationshipList, relationshipRow } from '../relationships.js';
import { offerDownloads } from '../tools.js';
import { onNavigate, readQuery, writeQuery } from '../url.js';

const CURRENT = new Set(['proposed', 'agreed', 'active']);
const STRUCTURE = ['county', 'district', 'combined_authority', 'constituent', 'predecessor', 'successor'];

function fact(term, ...value) {
  const parts = value.flat().filter((part) => part !== null && part !== undefined && part !== '');
  return parts.length ? [h('dt', {}, term), h('dd', {}, parts)] : [];
}

function refs(list) {
  return list.length ? councilLinks(list) : null;
}

function renderFacts(council) {
  replace(
    byId('council-facts'),
    fact('Type', words(council.type)),
    fact('Tier', council.tier && words(council.tier)),
    fact('GSS code', council.gss),
    fact('Former GSS codes', council.former_gss.join(', ')),
    fact('Register code', council.id),
    fact('Region', council.region, council.region ? `, ${council.nation}` : council.nation),
    fact('Existed', council.start || council.end ? dateRange(council.start, council.end) : 'Current council'),
    fact('Also known as', council.alt_names.join('; ')),
    fact('County', council.county && councilLink(council.county)),
    fact('Districts', refs(council.districts)),
    fact('Combined authority', council.combined_authority && councilLink(council.combined_authority)),
    fact('Constituent councils', refs(council.constituents)),
    fact('Predecessors', refs(council.predecessors)),
    fact('Successors', refs(council.successors)),
  );
}

function renderRelationships(relationships) {
  const of = (test) => relationships.filter(test);
  const partnerships = of((r) => r.kind === 'partnership');
  replace(byId('shared-posts'), relationshipList(of((r) => r.kind === 'shared_post'), 'No shared posts recorded.'));
  replace(
    byId('partnerships'),
    h('h3', {}, 'Current'),
    relationshipList(partnerships.filter((r) => CURRENT.has(r.status)), 'No current partnerships recorded.'),
    h('h3', {}, 'Past, ended or declined'),
    relationshipList(partnerships.filter((r) => !CURRENT.has(r.status)), 'None recorded.'),
  );
  replace(byId('structure'), relationshipList(of((r) => STRUCTURE.includes(r.kind)), 'None recorded.'));
}

function renderCouncil(council) {
  setTitle(council.name);
  const codes = [council.id, council.gss].filter(Boolean).join(' · ');
  replace(byId('council-summary'), `${words(council.type)} · ${codes}`);
  renderFacts(council);
}

async function render(id, { as_of: asOf = '' }) {
  byId('as-of').value = asOf || today();
  setStatus('Loading…');
  let council;
  let relationships;
  try {
    council = await getJSON(`/v1/councils/${encodeURIComponent(id)}`);
    renderCouncil(council);
    const path = `/v1/councils/${encodeURIComponent(id)}/relationships`;
    relationships = await getJSON(path, { as_of: asOf, limit: 500 });
  } catch (error) {
    showError(byId(council ? 'shared-posts' : 'council-facts'), error);
    setStatus('');
    return;
  }
  renderRelationships(relationships.data);
  offerDownloads(`council-${council.id}${asOf ? `-${asOf}` : ''}`, {
    csv: { header: RELATIONSHIP_HEADER, rows: relationships.data.map(relationshipRow) },
    json: { council, relationships: relationships.data },
  });
  setStatus(`${relationships.count} relationships.`);
}

const id = startPage();
attachAsOf((asOf) => {
  writeQuery({ as_of: asOf });
  render(id, readQuery());
});
onNavigate((query) => render(id, query));
render(id, readQuery());
