// Councils sharing a chief executive, as of a date: a sortable table and a map.
import { getAll } from '../api.js';
import { byId, h, replace, setStatus, showError } from '../dom.js';
import { evidenceDetails } from '../evidence.js';
import { formatDate, names, today, words } from '../format.js';
import { councilLinks, personLink } from '../links.js';
import { drawMap } from '../map.js';
import { attachAsOf, startPage } from '../page.js';
import { sortableTable, sortRows } from '../sortable.js';
import { evidenceColumns, offerDownloads } from '../tools.js';
import { onNavigate, readQuery, writeQuery } from '../url.js';

const COLUMNS = [
  { key: 'councils', label: 'Councils', cell: (g) => councilLinks(g.group.councils) },
  { key: 'person', label: 'Chief executive', cell: (g) => (g.group.person ? personLink(g.group.person) : 'not named') },
  { key: 'start', label: 'From', cell: (g) => formatDate(g.start) },
  { key: 'end', label: 'Until', cell: (g) => formatDate(g.end) },
  { key: 'status', label: 'Status', cell: (g) => words(g.status) },
  { key: 'evidence', label: 'Evidence', unsorted: true, cell: (g) => evidenceDetails(g.group.evidence) },
];

// Each group with the values its columns sort by.
function sortable(group) {
  return {
    group,
    councils: names(group.councils),
    person: group.person?.name,
    start: group.start,
    end: group.end,
    status: group.status,
  };
}

const HEADER = ['councils', 'council_ids', 'chief_executive', 'start', 'end', 'status', 'evidence_quotes', 'evidence_urls'];

function csvRow(group) {
  return [
    names(group.councils),
    group.councils.map((c) => c.id).join(' '),
    group.person?.name,
    group.start,
    group.end,
    group.status,
    ...evidenceColumns(group.evidence),
  ];
}

function render(groups, query) {
  const asOf = query.as_of || today();
  const sort = query.sort || 'councils';
  const order = query.order || 'ascending';
  const rows = sortRows(groups.map(sortable), sort, order);
  const onSort = (key, next) => {
    writeQuery({ ...readQuery(), sort: key, order: next });
    render(groups, readQuery());
    byId('groups').querySelector(`th[aria-sort="${next}"] button`).focus();
  };
  const caption = `Groups of councils sharing a chief executive, as of ${formatDate(asOf)}`;
  replace(
    byId('groups'),
    rows.length
      ? sortableTable(caption, COLUMNS, rows, { sort, order, onSort })
      : h('p', {}, 'No councils share a chief executive on this date.'),
  );
  offerDownloads(`shared-chief-executives-${asOf}`, {
    csv: { header: HEADER, rows: rows.map((row) => csvRow(row.group)) },
    json: { as_of: asOf, data: rows.map((row) => row.group) },
  });
}

async function load(query) {
  const asOf = query.as_of || '';
  byId('as-of').value = asOf || today();
  setStatus('Loading…');
  try {
    const { data: groups } = await getAll('/v1/shared-chief-executives', { as_of: asOf });
    render(groups, query);
    setStatus(`${groups.length} groups of councils share a chief executive.`);
    const caption = `Councils sharing a chief executive on ${formatDate(asOf || today())}, joined by lines.`;
    await drawMap(byId('map'), groups.map((g) => g.councils.map((c) => c.id)), caption);
  } catch (error) {
    showError(byId('groups'), error);
    setStatus('');
  }
}

startPage();
attachAsOf((asOf) => {
  writeQuery({ ...readQuery(), as_of: asOf });
  load(readQuery());
});
onNavigate(load);
load(readQuery());
